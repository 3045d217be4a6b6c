"""The eligibility rules, on the real content and on small hand-made rule sets."""

from __future__ import annotations

import datetime

import pytest

from returnguide.content.models import Caveat, Content, Country, Override, Scope
from returnguide.rules.decide import RuleError, evaluate

ERIN_COUNTRIES = ["AF", "BD", "GN", "IN", "IQ", "CI", "NP", "NG", "PK", "SN", "SO", "LK", "SD"]

# country, basic-departure, reintegration, additional, erin, why
CASES = [
    ("NG", "available", "available", "ask", "available", "visa required, DAC, ERIN"),
    ("AF", "available", "available", "ask", "available", "visa required, DAC, ERIN"),
    ("CN", "available", "available", "ask", "not-available", "visa required, DAC, no ERIN"),
    ("RU", "available", "not-available", "ask", "not-available", "visa required, not on DAC"),
    ("SA", "available", "not-available", "ask", "not-available", "visa required, not on DAC"),
    (
        "TR",
        "available",
        "ask",
        "ask",
        "not-available",
        "candidate of the unpublished EU-vicinity list",
    ),
    (
        "PS",
        "available",
        "ask",
        "ask",
        "not-available",
        "southern neighbourhood, like Lebanon and Jordan: a candidate of the EU-vicinity list",
    ),
    (
        "MA",
        "available",
        "ask",
        "ask",
        "not-available",
        "candidate of the unpublished EU-vicinity list",
    ),
    ("AL", "not-available", "not-available", "ask", "not-available", "visa-exempt, so no basic"),
    ("UA", "not-available", "not-available", "ask", "not-available", "visa-exempt DAC country"),
    ("US", "not-available", "not-available", "ask", "not-available", "visa-exempt, not on DAC"),
    ("NR", "not-available", "not-available", "ask", "not-available", "left the DAC list in 2026"),
    (
        "MS",
        "not-available",
        "not-available",
        "ask",
        "not-available",
        "DAC territory, on no visa list",
    ),
]


@pytest.mark.parametrize(("code", "basic", "reintegration", "additional", "erin", "why"), CASES)
def test_statuses_follow_the_source_text(
    matrix: dict, code: str, basic: str, reintegration: str, additional: str, erin: str, why: str
) -> None:
    got = {programme: decision.status for programme, decision in matrix[code].items()}
    assert got == {
        "basic-departure": basic,
        "reintegration": reintegration,
        "additional": additional,
        "erin": erin,
    }, why


@pytest.mark.parametrize("code", ERIN_COUNTRIES)
def test_each_erin_country_has_help_after_forced_return(matrix: dict, code: str) -> None:
    decision = matrix[code]["erin"]
    assert decision.status == "available"
    assert [reason.list for reason in decision.reasons] == ["erin"]


def test_no_other_country_has_erin(matrix: dict) -> None:
    with_erin = {code for code, row in matrix.items() if row["erin"].status == "available"}
    assert with_erin == set(ERIN_COUNTRIES)


def test_every_country_of_the_visa_and_dac_lists_is_covered(content: Content, matrix: dict) -> None:
    lists = content.lists
    expected = (
        set(lists["schengen-visa-required"].members)
        | set(lists["schengen-visa-exempt"].members)
        | set(lists["oecd-dac"].members)
    )
    assert set(matrix) == expected
    assert 165 <= len(matrix) <= 180


def test_reasons_name_the_list_and_its_source(matrix: dict) -> None:
    reasons = matrix["NG"]["reintegration"].reasons
    assert [(r.list, r.source) for r in reasons] == [
        ("schengen-visa-required", "eu-visa-regulation"),
        ("oecd-dac", "oecd-dac-list"),
    ]
    assert all("%(country)s" in r.text for r in reasons)


def test_unpublished_list_gives_ask_with_its_reason(matrix: dict) -> None:
    decision = matrix["TR"]["reintegration"]
    assert decision.status == "ask"
    assert decision.reasons[-1].list == "eu-vicinity"


def test_failed_condition_shows_only_what_failed(matrix: dict) -> None:
    reasons = matrix["RU"]["reintegration"].reasons
    assert [r.list for r in reasons] == ["oecd-dac"]


def test_which_list_a_rule_uses_is_data(content: Content) -> None:
    rules = content.rules.model_copy(
        update={
            "programmes": {
                **content.rules.programmes,
                "erin": content.rules.programmes["basic-departure"],
            }
        }
    )
    changed = evaluate(content.model_copy(update={"rules": rules}))
    assert changed["CN"]["erin"].status == "available"
    assert changed["US"]["erin"].status == "not-available"


def test_an_override_replaces_the_rules_answer_with_its_own_source(content: Content) -> None:
    override = Override(
        programme="reintegration",
        status="not-available",
        reason="%(country)s staat op de eigen landenlijst van de DT&V.",
        source="dtv-text",
        transcribed_on=datetime.date(2026, 1, 1),
    )
    countries = {
        **content.countries,
        "NG": Country(slug="nigeria", code="NG", overrides=[override]),
    }
    changed = evaluate(content.model_copy(update={"countries": countries}))
    decision = changed["NG"]["reintegration"]
    assert decision.status == "not-available"
    assert [r.text for r in decision.reasons] == [override.reason]
    assert decision.according_to == "dtv-text"
    assert changed["NG"]["basic-departure"].status == "available"


# country, programme, a caveat its answer must carry
CAVEATED = [
    ("AF", "erin", "erin-now-eurp"),
    ("GE", "basic-departure", "basic-departure-visa-exempt"),
    ("NG", "basic-departure", "basic-departure-newer-rule"),
    ("NG", "reintegration", "reintegration-country-list"),
]


@pytest.mark.parametrize(("code", "programme", "caveat"), CAVEATED)
def test_answers_carry_the_caveats_that_apply_to_them(
    matrix: dict, code: str, programme: str, caveat: str
) -> None:
    decision = matrix[code][programme]
    assert caveat in decision.caveats
    assert decision.according_to == "dtv-text"


def test_a_caveat_about_a_list_leaves_the_other_countries_alone(matrix: dict) -> None:
    assert "basic-departure-visa-exempt" not in matrix["NG"]["basic-departure"].caveats
    assert "basic-departure-newer-rule" not in matrix["GE"]["basic-departure"].caveats
    assert matrix["GE"]["basic-departure"].caveats[0] == "basic-departure-visa-exempt", (
        "the caveat about some countries comes before the one about all"
    )


def test_a_caveat_names_countries_or_a_whole_programme(content: Content) -> None:
    caveat = Caveat(
        id="syria-only",
        text="Voor Syrië gelden nu andere afspraken.",
        short="Andere afspraken.",
        ask=["iom"],
        source="dtv-text",
        transcribed_on=datetime.date(2026, 12, 1),
        applies_to=Scope(countries=["SY"]),
    )
    changed = evaluate(content.model_copy(update={"caveats": {caveat.id: caveat}}))
    assert all("syria-only" in d.caveats for d in changed["SY"].values())
    assert all("syria-only" not in d.caveats for d in changed["LB"].values())


def test_caveats_never_change_a_status(content: Content, matrix: dict) -> None:
    without = evaluate(content.model_copy(update={"caveats": {}}))
    assert {c: {p: d.status for p, d in row.items()} for c, row in without.items()} == {
        c: {p: d.status for p, d in row.items()} for c, row in matrix.items()
    }
    assert all(not d.caveats for row in without.values() for d in row.values())


def test_programmes_that_require_each_other_are_an_error(content: Content) -> None:
    loop = {
        **content.rules.programmes,
        "basic-departure": [{"programme": "reintegration"}],
    }
    rules = type(content.rules).model_validate(
        {"source": "dtv-text", "countries_from": content.rules.countries_from, "programmes": loop}
    )
    with pytest.raises(RuleError, match="basic-departure -> reintegration -> basic-departure"):
        evaluate(content.model_copy(update={"rules": rules}))
