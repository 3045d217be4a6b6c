"""Valid pages and working links: the Nu HTML Checker (npm vnu-jar, run with Java) finds no
error in any page template in any language, and linkinator, crawling the site on a loopback
server, finds no broken internal link; every anchor leads to an id."""

from __future__ import annotations

import csv
import functools
import io
import subprocess
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from returnguide.content.models import Content

from . import browser
from .conftest import LANGUAGES, ROOT, TEMPLATES, prefix
from .pages import attributes, start_tags, unnamed

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu(paths: list[Path]) -> subprocess.CompletedProcess[str]:
    if not VNU.is_file():
        pytest.fail("the Nu HTML Checker is missing: run `make test`, which installs it with npm")
    return subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", *map(str, paths)],
        capture_output=True,
        text=True,
    )


def test_every_template_in_every_language_is_valid_html(site_dir: Path) -> None:
    pages = [
        site_dir / prefix(lang) / template / "index.html"
        for lang in LANGUAGES
        for template in TEMPLATES
    ]
    pages += [site_dir / "404.html", site_dir / "translation-status" / "index.html"]
    result = vnu(pages)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_every_template_as_served_names_its_headings_links_and_controls(site_dir: Path) -> None:
    """Before any script runs: what a screen reader or a checker other than axe (which skips
    what is hidden) finds in the HTML itself."""
    pages = [prefix(lang) + template for lang in LANGUAGES for template in TEMPLATES]
    found = {
        path: problems
        for path in pages
        if (problems := unnamed((site_dir / path / "index.html").read_text(encoding="utf-8")))
    }
    assert found == {}


def test_nameless_headings_links_and_controls_are_found() -> None:
    html = (
        '<h2 id="x"></h2><h3><img alt="Kaart"></h3>'
        '<a href="/"></a><a href="/" aria-label="Home"></a>'
        '<label>Land <input name="a"></label><input id="b"><label for="c">C</label><input id="c">'
        '<input type="checkbox" id="d"><input type="submit" value="Zoek"><button></button>'
    )
    assert unnamed(html) == [
        "empty heading <h2 {'id': 'x'}>",
        "link without text <a {'href': '/'}>",
        "button without text <button {}>",
        "control without a name {'tag': 'input', 'id': 'b'}",
        "control without a name {'tag': 'input', 'type': 'checkbox', 'id': 'd'}",
    ]


def test_the_checker_reports_invalid_html(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text("<!doctype html><html lang=en><title>x</title><p><div></p>", encoding="utf-8")
    result = vnu([page])
    assert result.returncode != 0
    assert "error" in result.stderr


LINKINATOR = ROOT / "node_modules" / ".bin" / "linkinator"


def linkinator(url: str) -> list[list[str]]:
    """linkinator's verdict on every link of the site it finds from `url`: (url, status, state,
    parent). Only links into the site count; other hosts are not contacted (https) or left out
    (the http://localhost:8000/ alternates of the default SITE_URL)."""
    if not LINKINATOR.is_file():
        pytest.fail("linkinator is missing: run `make test`, which installs it with npm")
    result = subprocess.run(
        [str(LINKINATOR), url, "--recurse", "--format", "csv", "--skip", "^https://"],
        capture_output=True,
        text=True,
    )
    rows = [row[:4] for row in csv.reader(io.StringIO(result.stdout))][1:]
    return [row for row in rows if row[0].startswith(url)]


def test_no_internal_link_is_broken(server: str, content: Content) -> None:
    rows = linkinator(server)  # one row per address found, however many pages link to it
    assert len(rows) > 12 * len(content.countries), "it crawled every country page"
    assert [row for row in rows if row[2] == "BROKEN"] == []


def test_the_link_checker_reports_a_broken_link(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        '<!doctype html><title>x</title><a href="missing/">x</a>', encoding="utf-8"
    )
    handler = functools.partial(browser.QuietHandler, directory=str(tmp_path))
    httpd = browser.QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    rows = linkinator(f"http://127.0.0.1:{httpd.server_address[1]}/")
    httpd.shutdown()
    httpd.server_close()
    assert [(row[0].rsplit("/", 2)[-2], row[2]) for row in rows if row[2] == "BROKEN"] == [
        ("missing", "BROKEN")
    ]


@pytest.mark.xdist_group("every-page")  # one worker parses the pages once
def test_every_anchor_leads_to_an_id_on_its_page(site_dir: Path) -> None:
    """linkinator does not check fragments: every `#id` of an internal link must exist."""
    ids: dict[Path, set[str]] = {}
    broken = []
    for page in site_dir.rglob("*.html"):
        for link in attributes(page, "a"):
            target, _, fragment = link.get("href", "").partition("#")
            if not fragment or urlsplit(target).scheme:
                continue
            folder = site_dir if target.startswith("/") else page.parent  # the 404 page's links
            file = (folder / target.lstrip("/")).resolve()
            file = file / "index.html" if file.is_dir() else file
            if file not in ids:
                ids[file] = {found["id"] for _, found in start_tags(file) if "id" in found}
            if fragment not in ids[file]:
                broken.append(f"{page.relative_to(site_dir)}: {link['href']}")
    assert broken == []
