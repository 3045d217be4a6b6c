"""The site search: Pagefind indexes the built site, one index per <html lang>, which readers
download only when they search. Pages marked data-pagefind-body are indexed (see main.html)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Every page is a folder's index.html; the leaflets (<slug>.html, as many as the country pages)
# and the 404 page are not indexed, and Pagefind need not read them at all.
PAGES = "**/index.html"


def index_site(site_dir: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--glob", PAGES, "--silent"],
        check=True,
    )
    # Pagefind lists the languages in hash-map order, which changes from run to run; builds of
    # one commit must be byte-identical.
    entry = site_dir / "pagefind" / "pagefind-entry.json"
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")), encoding="utf-8")
