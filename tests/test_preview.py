"""`make serve ONLY=ar`: an editor previews one language; an edit shows without the other
languages being generated (the time it takes is printed by `make bench`, not asserted)."""

from __future__ import annotations

from pathlib import Path

from preview_timer import preview_seconds
from synthetic import synthetic_project

from .conftest import ROOT


def test_an_edit_shows_in_the_preview_of_one_language_and_nothing_else_is_generated(
    tmp_path: Path,
) -> None:
    project = synthetic_project(ROOT, tmp_path, countries=5, languages=4)  # nl, en, ar, fa-AF
    about = project.pages / "ar" / "about.md"
    before = about.read_text(encoding="utf-8")
    seconds = preview_seconds(project, "ar")  # raises if the edit never shows
    print(f"the edit showed after {seconds:.1f} s")
    assert about.read_text(encoding="utf-8") == before  # the edit is undone afterwards
    # Arabic only: English and Dutch, which it falls back to, are rendered to know what Arabic
    # readers get, but not written; Dari is not even rendered. Nothing else is left in docs/:
    # no state of the build (no pickles, no manifest), only the pages and the site's assets.
    assert {path.name for path in project.docs.iterdir()} == {"ar", "assets"}
