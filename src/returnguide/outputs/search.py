"""The site search: Pagefind indexes each language's pages into a bundle of that language's own
(pagefind/<code>/), which its readers download only when they search. Pages marked
data-pagefind-body are indexed (see main.html). One bundle per language lets each language's
index be made as soon as its pages are built, beside the other languages' builds, and keeps
Pagefind's memory to one language's index."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Pagefind's ready-made search interfaces: the site has its own (assets/search.js).
INTERFACES = [
    "pagefind-component-ui.css",
    "pagefind-component-ui.js",
    "pagefind-highlight.js",
    "pagefind-modular-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-ui.css",
    "pagefind-ui.js",
]


def bundle(code: str) -> str:
    """The site-relative folder of a language's search index."""
    return f"pagefind/{code}"


def pages_glob(site_dir: Path, code: str, root: bool, codes: list[str]) -> str:
    """The language's pages, relative to the site folder: every page is a folder's index.html,
    so the leaflets (<slug>.html, as many as the country pages) and the 404 page are not read.
    The root language's pages are the site's top folders that are not another language's."""
    if not root:
        return f"{code}/**/index.html"
    folders = sorted(p.name for p in site_dir.iterdir() if p.is_dir() and p.name not in codes)
    return "{" + ",".join(["index.html", *(f"{name}/**/index.html" for name in folders)]) + "}"


def index_language(site_dir: Path, code: str, root: bool, codes: list[str]) -> None:
    output = site_dir / bundle(code)
    glob = pages_glob(site_dir, code, root, codes)
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--glob", glob]
    subprocess.run([*command, "--output-path", str(output), "--silent"], check=True)
    for name in INTERFACES:
        (output / name).unlink()
    # Pagefind writes its entry's keys in hash-map order, which may change from run to run;
    # builds of one commit must be byte-identical.
    entry = output / "pagefind-entry.json"
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")), encoding="utf-8")
