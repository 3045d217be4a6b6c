"""Generated Markdown: rewritten only when it changes, stale pages removed, marked as generated."""

from __future__ import annotations

from pathlib import Path

from returnguide.generate import MANIFEST, Project, write_pages
from returnguide.render import GENERATED


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


def test_generated_pages_say_so(site_dir: Path, project: Project) -> None:
    page = (project.docs / "ar" / "countries" / "nigeria.md").read_text(encoding="utf-8")
    assert page.startswith("---\n")
    assert f'generated: "{GENERATED}"' in page
