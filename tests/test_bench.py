"""`make bench` on the small synthetic tree, as CI runs it: the real pipeline, the figures of
one run, and a failure when a page type outgrows the readers' weight budget. The scripts are
importable through pytest's `pythonpath = ["scripts"]` (pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

from bench import BUDGET, Result, measured, over_budget
from bench_table import table, targets
from synthetic import synthetic_project

from returnguide.content.load import load_content

from .conftest import ROOT

STAGES = {"load", "rules", "render", "mkdocs", "post-build"}
PAGE_TYPES = {"home", "programme", "country", "countries", "search", "leaflets"}
# The pages every language has besides the programmes, the countries and its hand-written
# pages: home, organisations, sources, the countries index, search, the leaflets index.
FIXED_PAGES = 6


def expected_pages(tmp_path: Path, countries: int, languages: int) -> int:
    """The pages of a synthetic site, counted from its content."""
    project = synthetic_project(ROOT, tmp_path, countries, languages)
    content = load_content(project.content)
    handwritten = len(list((project.pages / content.source_language.code).glob("*.md")))
    per_language = FIXED_PAGES + len(content.programmes) + len(content.countries) + handwritten
    return per_language * len(content.languages) + 1  # and the source language's status page


def test_small_benchmark_builds_and_stays_within_the_budget(tmp_path: Path) -> None:
    result = measured(ROOT, 10, 2, jobs=None)  # `make bench SIZE=small`, in its own process
    print(table([result], BUDGET))  # the timings are for people to read, not asserted
    assert (result.countries, result.languages) == (10, 2)
    assert result.pages == expected_pages(tmp_path, 10, 2)
    assert result.wall > 0
    for stages in (result.stages, result.rebuild_stages):
        assert set(stages) == STAGES
        assert all(seconds >= 0 for seconds in stages.values())
    assert result.peak_mb > 0
    assert set(result.weights) == {"HTML (per page)", "CSS", "JS", "search index"}
    assert all(raw > 0 and packed > 0 for raw, packed in result.weights.values())
    assert set(result.first_visit) == PAGE_TYPES
    assert all(0 < size <= BUDGET for size in result.first_visit.values())
    assert over_budget(result) == {}
    assert result.hugo is None or result.hugo > 0  # Hugo is optional (requirements/dev.txt)
    assert result.rebuild > 0
    assert result.preview > 0
    assert result.previewed == "nl"  # of nl and en, the last; Arabic when there is Arabic


def test_a_page_over_the_budget_fails_the_benchmark() -> None:
    result = Result(1, 1, 1, 1.0, {}, 1.0, {}, {"home": BUDGET, "country": BUDGET + 1})
    assert over_budget(result) == {"country": BUDGET + 1}


def test_the_report_says_which_of_the_languages_issues_targets_are_met() -> None:
    result = Result(173, 27, 4996, 41.0, {}, 900.0, {}, {"home": 30_000, "country": 30_001})
    result.rebuild, result.preview = 25.0, 2.6
    assert [(name, met) for name, _, _, met in targets(result)] == [
        ("first build", False),
        ("rebuild after editing one country file", True),
        ("preview shows an edit", False),
        ("peak memory", True),
        ("heaviest first visit", False),
    ]


def test_synthetic_tree_is_the_project_cut_to_size(tmp_path: Path) -> None:
    project = synthetic_project(ROOT, tmp_path, countries=5, languages=3)
    content = load_content(project.content)  # still valid content: lists cut to the countries
    assert len(content.countries) == 5
    assert [lang.code for lang in content.languages] == ["nl", "en", "ar"]
    assert all(set(lst.members) <= set(content.countries) for lst in content.lists.values())
