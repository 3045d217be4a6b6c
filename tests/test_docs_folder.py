"""docs/: generated pages are rewritten only when they change, pages no longer generated are
removed, the site's own assets stay, and a preview of one language removes nothing."""

from __future__ import annotations

from pathlib import Path

from returnguide.pages.render import GENERATED
from returnguide.pipeline import Generation
from returnguide.project import Project
from returnguide.site.docs_folder import write_docs

from .conftest import LANGUAGES
from .projects import copy_project, render


def test_unchanged_pages_are_not_rewritten(tmp_path: Path) -> None:
    pages = {"en/a.md": "A\n", "en/b.md": "B\n"}
    assert write_docs(tmp_path, pages) == ["en/a.md", "en/b.md"]
    before = (tmp_path / "en/a.md").stat().st_mtime_ns
    assert write_docs(tmp_path, {**pages, "en/b.md": "B2\n"}) == ["en/b.md"]
    assert (tmp_path / "en/a.md").stat().st_mtime_ns == before
    assert (tmp_path / "en/b.md").read_text() == "B2\n"


def test_only_what_is_generated_and_the_assets_remain(tmp_path: Path) -> None:
    write_docs(tmp_path, {"en/a.md": "A\n", "en/old/b.md": "old\n"})
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "site.css").write_text("body {}\n")
    (tmp_path / ".snapshot.pickle").write_bytes(b"left by an older version")
    write_docs(tmp_path, {"en/a.md": "A\n"})
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert files == ["assets", "assets/site.css", "en", "en/a.md"]


def test_a_preview_removes_nothing_the_last_build_wrote(tmp_path: Path) -> None:
    write_docs(tmp_path, {"en/a.md": "A\n", "fr/a.md": "A\n"})
    write_docs(tmp_path, {"en/a.md": "A2\n"}, prune=False)  # a preview of English
    assert (tmp_path / "fr/a.md").read_text() == "A\n"


def test_generated_pages_say_so(built: Project) -> None:
    page = (built.docs / "ar" / "countries" / "nigeria.md").read_text(encoding="utf-8")
    assert page.startswith("---\n")
    assert f'generated: "{GENERATED}"' in page


def test_changing_one_country_changes_only_its_files(
    small: Project, generation: Generation, tmp_path: Path
) -> None:
    """Its page and leaflet in every language, and the editors' list of facts to check (the new
    override is one): nothing else lists what changed, so MkDocs and the OS keep every other
    file cached."""
    copy = copy_project(small, tmp_path)
    before = generation.files  # of the copy as it is
    with (copy.content / "countries/nigeria.yml").open("a", encoding="utf-8") as file:
        file.write(
            "overrides:\n"
            "  - programme: additional\n"
            "    status: available\n"
            '    reason: "De DT&V noemt %(country)s als land waar ERIN-hulp is na gedwongen '
            'terugkeer."\n'
            "    source: dtv-text\n"
            "    transcribed_on: 2026-11-28\n"
        )
    after = render(copy).files
    assert after.keys() == before.keys()
    changed = {path for path in after if after[path] != before[path]}
    expected = {f"{code}/countries/nigeria.md" for code in LANGUAGES}
    expected |= {f"{code}/leaflets/nigeria.html" for code in LANGUAGES}
    expected.add("nl/translation-status.md")
    assert changed == expected
    assert '{#additional data-status="available"}' in str(after["en/countries/nigeria.md"])
