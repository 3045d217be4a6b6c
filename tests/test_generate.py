"""Generated Markdown: rewritten only when it changes, stale pages removed, marked as generated."""

from __future__ import annotations

from pathlib import Path

from bench import synthetic_project
from returnguide.cli import main
from returnguide.generate import MANIFEST, Project, generate, load_snapshot, write_pages
from returnguide.pages.render import GENERATED

from .conftest import LANGUAGES, ROOT
from .test_cli import copy_project


def test_unchanged_pages_are_not_rewritten(tmp_path: Path) -> None:
    pages = {Path("en/a.md"): "A\n", Path("en/b.md"): "B\n"}
    assert write_pages(tmp_path, pages) == [Path("en/a.md"), Path("en/b.md")]
    before = (tmp_path / "en/a.md").stat().st_mtime_ns
    assert write_pages(tmp_path, {**pages, Path("en/b.md"): "B2\n"}) == [Path("en/b.md")]
    assert (tmp_path / "en/a.md").stat().st_mtime_ns == before
    assert (tmp_path / "en/b.md").read_text() == "B2\n"


def test_pages_no_longer_generated_are_removed(tmp_path: Path) -> None:
    write_pages(tmp_path, {Path("en/a.md"): "A\n", Path("en/old.md"): "old\n"})
    (tmp_path / "en/hand-written.md").write_text("kept\n")
    write_pages(tmp_path, {Path("en/a.md"): "A\n"})
    assert not (tmp_path / "en/old.md").exists()
    assert (tmp_path / "en/hand-written.md").exists()
    assert (tmp_path / MANIFEST).read_text() == "en/a.md\n"


def test_a_preview_removes_nothing_the_last_build_wrote(tmp_path: Path) -> None:
    write_pages(tmp_path, {Path("en/a.md"): "A\n", Path("fr/a.md"): "A\n"})
    write_pages(tmp_path, {Path("en/a.md"): "A2\n"}, prune=False)  # a preview of English
    assert (tmp_path / "fr/a.md").exists()
    assert (tmp_path / MANIFEST).read_text() == "en/a.md\nfr/a.md\n"


def test_a_snapshot_never_outlives_a_change_to_docs(tmp_path: Path) -> None:
    project = synthetic_project(ROOT, tmp_path, countries=3, languages=3)
    generate(project)
    assert load_snapshot(project) is not None
    # A preview rewrites Arabic with the preview server's address: the whole site's snapshot
    # no longer describes docs/, so `mkdocs build` must generate again rather than trust it.
    generate(project, "http://127.0.0.1:8000/", only="ar")
    assert load_snapshot(project) is None
    assert load_snapshot(project, "ar") is not None
    generate(project)
    assert load_snapshot(project, "ar") is None


def test_generated_pages_say_so(site_dir: Path, project: Project) -> None:
    page = (project.docs / "ar" / "countries" / "nigeria.md").read_text(encoding="utf-8")
    assert page.startswith("---\n")
    assert f'generated: "{GENERATED}"' in page


def modification_times(docs: Path) -> dict[str, int]:
    return {
        path.relative_to(docs).as_posix(): path.stat().st_mtime_ns
        for path in docs.rglob("*")
        if path.is_file() and not path.name.startswith(".")
    }


def test_changing_one_country_regenerates_only_its_pages(project: Project, tmp_path: Path) -> None:
    """Its page and leaflet in every language, and the editors' list of facts to check (the new
    override is one): nothing else lists what changed (its answer for one kind of support), so
    MkDocs and the OS keep every other file cached."""
    root = copy_project(project, tmp_path)
    assert main(["generate", "--project", str(root)]) == 0
    before = modification_times(root / "docs")
    with (root / "content/countries/nigeria.yml").open("a", encoding="utf-8") as file:
        file.write(
            "overrides:\n"
            "  - programme: additional\n"
            "    status: available\n"
            '    reason: "De DT&V noemt %(country)s als land waar ERIN-hulp is na gedwongen '
            'terugkeer."\n'
            "    source: dtv-text\n"
            "    transcribed_on: 2026-11-28\n"
        )
    assert main(["generate", "--project", str(root)]) == 0
    after = modification_times(root / "docs")
    assert after.keys() == before.keys()
    changed = {path for path in after if after[path] != before[path]}
    expected = {f"{code}/countries/nigeria.md" for code in LANGUAGES}
    expected |= {f"{code}/leaflets/nigeria.html" for code in LANGUAGES}
    expected.add("nl/translation-status.md")
    assert changed == expected
    page = (root / "docs/en/countries/nigeria.md").read_text(encoding="utf-8")
    assert '{#additional data-status="available"}' in page
