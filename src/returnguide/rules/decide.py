"""The eligibility rules: for every country and programme, a status and the reasons for it.

Pure: it reads only the content models. Which list each programme uses is data (content/rules.yml);
this module only knows how to combine conditions. Every answer also carries the caveats that apply
to it (content/caveats/): what is known to have changed since the rules' source, or is unknown.
A caveat never changes a status. Pages, leaflets, the finder and the JSON export use this output.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from returnguide.content.fields import Status
from returnguide.content.models import Caveat, Condition, Content, CountryList, Dates


@dataclass(frozen=True)
class Reason:
    """One explanation. `text` is a Dutch msgid in which `%(country)s` is the country's name."""

    text: str
    source: str
    list: str | None = None
    dates: Dates | None = None  # when a list or override was copied and checked


@dataclass(frozen=True)
class Decision:
    status: Status
    reasons: tuple[Reason, ...]
    according_to: str = ""  # the source the status follows: the rules' or an override's
    caveats: tuple[str, ...] = ()  # ids in content.caveats, the most specific first


Outcome = tuple[str, tuple[Reason, ...]]  # "pass", "fail" or "unknown", with the reasons
Matrix = dict[str, dict[str, Decision]]  # country code -> programme id -> decision


class RuleError(ValueError):
    """A rule set that cannot be evaluated, such as programmes that require each other."""


def evaluate(content: Content) -> Matrix:
    """The support matrix: every country of the content, every programme of the rules."""
    return {code: decide_country(content, code) for code in sorted(content.countries)}


def decide_country(content: Content, code: str) -> dict[str, Decision]:
    decisions: dict[str, Decision] = {}
    for programme_id in content.rules.programmes:
        decide(content, code, programme_id, decisions, ())
    answers = {p: (decisions[p], content.rules.source) for p in content.rules.programmes}
    for override in content.countries[code].overrides:
        reason = Reason(override.reason, override.source, None, override.dates())
        answers[override.programme] = (Decision(override.status, (reason,)), override.source)
    return {
        programme_id: replace(
            decision,
            according_to=according_to,
            caveats=tuple(
                caveat.id
                for caveat in sorted(content.caveats.values(), key=broadness)
                if applies(content, caveat, code, programme_id)
            ),
        )
        for programme_id, (decision, according_to) in answers.items()
    }


def broadness(caveat: Caveat) -> bool:
    """Caveats about some countries come before those about every country: they say more."""
    return not (caveat.applies_to.list_ or caveat.applies_to.countries)


def applies(content: Content, caveat: Caveat, code: str, programme_id: str) -> bool:
    """Whether a caveat belongs to one country's answer for one programme."""
    scope = caveat.applies_to
    return (
        scope.programme in (None, programme_id)
        and (scope.list_ is None or code in content.lists[scope.list_].members)
        and (not scope.countries or code in scope.countries)
    )


def decide(
    content: Content,
    code: str,
    programme_id: str,
    decisions: dict[str, Decision],
    stack: tuple[str, ...],
) -> Decision:
    if programme_id in decisions:
        return decisions[programme_id]
    if programme_id in stack:
        cycle = " -> ".join((*stack, programme_id))
        raise RuleError(f"content/rules.yml: programmes require each other: {cycle}")
    outcomes = [
        check(content, code, condition, decisions, (*stack, programme_id))
        for condition in content.rules.programmes[programme_id]
    ]
    decisions[programme_id] = combine(outcomes)
    return decisions[programme_id]


def combine(outcomes: list[Outcome]) -> Decision:
    """Any failed condition rules the support out; otherwise any unknown one means 'ask'."""
    for verdict, status in (("fail", "not-available"), ("unknown", "ask")):
        if any(v == verdict for v, _ in outcomes):
            keep = ("fail",) if verdict == "fail" else ("pass", "unknown")
            reasons = tuple(r for v, rs in outcomes if v in keep for r in rs)
            return Decision(status, reasons)  # type: ignore[arg-type]
    return Decision("available", tuple(r for _, rs in outcomes for r in rs))


def check(
    content: Content,
    code: str,
    condition: Condition,
    decisions: dict[str, Decision],
    stack: tuple[str, ...],
) -> Outcome:
    if condition.ask is not None:
        assert condition.source is not None  # the model requires a source with 'ask'
        return "unknown", (Reason(condition.ask, condition.source),)
    if condition.programme is not None:
        decision = decide(content, code, condition.programme, decisions, stack)
        verdict = {"available": "pass", "not-available": "fail", "ask": "unknown"}[decision.status]
        return verdict, decision.reasons
    list_id = condition.in_ or condition.not_in
    assert list_id is not None  # the model requires exactly one kind
    membership, reasons = on_list(content.lists[list_id], code)
    if membership == "unknown":
        return "unknown", reasons
    wanted = "member" if condition.in_ is not None else "not-member"
    return ("pass" if membership == wanted else "fail"), reasons


def on_list(country_list: CountryList, code: str) -> Outcome:
    """'member', 'not-member' or 'unknown' (a candidate of an unpublished list), with its reason."""
    texts = country_list.texts
    if code in country_list.members:
        membership, text = "member", texts.member
    elif code in country_list.candidates and not country_list.published:
        membership, text = "unknown", texts.candidate
    else:
        membership, text = "not-member", texts.not_member
    if text is None:
        return membership, ()
    reason = Reason(text, country_list.source, country_list.id, country_list.dates())
    return membership, (reason,)
