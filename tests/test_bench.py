"""`make bench` on the small synthetic tree, as CI runs it: the real pipeline, a table of
timings and weights, and a failure when a page type outgrows the readers' weight budget."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import BUDGET, Result, main, over_budget, synthetic_project
from returnguide.content.load import load_content

from .conftest import ROOT


def test_small_benchmark_builds_and_stays_within_the_budget(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--size", "small", "--project", str(ROOT)]) == 0
    table = capsys.readouterr().out
    print(table)  # the timings are for people to read, not asserted
    assert "| 10 x 2 | 4" in table  # countries x languages, then the number of pages
    for column in ("wall s", "pages/s", "peak MB", "load s", "render s", "mkdocs s", "x Hugo"):
        assert column in table
    for column in ("generation s", "rebuild s", "preview s"):
        assert column in table
    assert "| 10 x 2 | " in table.split("After editing one page")[1]  # the rebuild's row
    for kind in ("HTML (per page)", "CSS", "JS", "search index"):
        assert f"- {kind}: " in table


def test_a_page_over_the_budget_fails_the_benchmark() -> None:
    result = Result(1, 1, 1, 1.0, {}, 1.0, {}, {"home": BUDGET, "country": BUDGET + 1})
    assert over_budget(result) == {"country": BUDGET + 1}


def test_synthetic_tree_is_the_project_cut_to_size(tmp_path: Path) -> None:
    project = synthetic_project(ROOT, tmp_path, countries=5, languages=3)
    content = load_content(project.content)  # still valid content: lists cut to the countries
    assert len(content.countries) == 5
    assert [lang.code for lang in content.languages] == ["nl", "en", "ar"]
    assert all(set(lst.members) <= set(content.countries) for lst in content.lists.values())
