"""The way back, step by step: which steps a page shows, in which order, and who does them."""

from __future__ import annotations

from returnguide.content.models import Content
from returnguide.content.programme import PHASES
from returnguide.pages.steps import (
    country_journey,
    programme_journey,
    situation_journey,
    step_who,
)
from returnguide.rules.decide import Matrix


def phases(journey: list) -> list[int]:
    return [PHASES.index(step.phase) for _, step in journey]


def test_the_way_for_people_who_return_themselves_runs_from_first_talk_to_after_arrival(
    content: Content,
) -> None:
    journey = situation_journey(content, "voluntary")
    assert phases(journey) == sorted(phases(journey))
    shown = {programme.id for programme, _ in journey}
    assert shown == {"basic-departure", "reintegration"}, "priority help has its own page"
    assert len(journey) == sum(len(content.programmes[p].steps) for p in shown)
    first, _ = journey[0]
    assert journey[0][1].phase == "first" and first.id == "basic-departure"


def test_reintegration_page_shows_the_basic_support_it_comes_on_top_of(content: Content) -> None:
    reintegration = content.programmes["reintegration"]
    journey = programme_journey(content, reintegration)
    assert [step for _, step in journey] == [
        step for _, step in situation_journey(content, "voluntary")
    ]
    assert [step for _, step in programme_journey(content, content.programmes["erin"])] == (
        content.programmes["erin"].steps
    )


def test_a_country_leaflet_leaves_out_the_steps_of_help_ruled_out_there(
    content: Content, matrix: Matrix
) -> None:
    assert matrix["RU"]["reintegration"].status == "not-available"
    assert [p.id for p, _ in country_journey(content, matrix["RU"], "voluntary")] == [
        "basic-departure"
    ] * len(content.programmes["basic-departure"].steps)
    assert country_journey(content, matrix["RU"], "forced") == []
    assert len(country_journey(content, matrix["AF"], "forced")) == len(
        content.programmes["erin"].steps
    )


def test_who_does_a_step_links_each_organisation_and_names_the_others_last(
    content: Content,
) -> None:
    step = content.programmes["basic-departure"].steps[0]
    dutch = content.source_language
    linked = step_who(content, step, str, dutch, lambda name, id_: f"[{name}]({id_})")
    assert linked == ("[de DT&V](dtv), [IOM](iom) en maatschappelijke organisaties in Nederland")
