"""The way back, step by step: the steps of one or more programmes in the order a reader lives
them (who to talk to first, what is arranged before leaving, the journey, after arrival)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from babel.lists import format_list

from returnguide.content.models import Content, Language
from returnguide.content.programme import PHASES, Programme, Step
from returnguide.rules.decide import Decision

Journey = list[tuple[Programme, Step]]


def journey(programmes: Iterable[Programme]) -> Journey:
    """The programmes' steps by phase; within a phase, by programme and then as written (the
    sort is stable, so an editor's order inside a programme stays)."""
    steps = [(p, step) for p in sorted(programmes, key=lambda p: p.order) for step in p.steps]
    return sorted(steps, key=lambda item: PHASES.index(item[1].phase))


def programme_journey(content: Content, programme: Programme) -> Journey:
    """A programme's way, with the steps of the programme it comes on top of."""
    chain = [programme]
    while chain[-1].adds_to is not None:
        chain.append(content.programmes[chain[-1].adds_to])
    return journey(chain)


def situation_journey(content: Content, situation: str) -> Journey:
    """The way for everyone in one situation (voluntary or forced): the programmes that are not
    only for priority groups, whose own page shows theirs."""
    return journey(
        p
        for p in content.programmes.values()
        if p.situation == situation and not p.priority_groups_only
    )


def country_journey(content: Content, decisions: Mapping[str, Decision], situation: str) -> Journey:
    """The way to one country: the steps of the programmes that are not ruled out there."""
    return journey(
        p
        for p in content.programmes.values()
        if p.situation == situation
        and not p.priority_groups_only
        and decisions[p.id].status != "not-available"
    )


def step_who(
    content: Content,
    step: Step,
    gettext: Callable[[str], str],
    language: Language,
    link: Callable[[str, str], str],
) -> str:
    """Who does a step, joined as the language writes a list; `link` makes an organisation's name
    (given its id) a link, or leaves it as it is."""
    names = [
        link(gettext(o.short_name or o.name), o.id)
        for o in (content.organisations[i] for i in step.by)
    ]
    if step.by_others:
        names.append(gettext(step.by_others))
    return format_list(names, locale=language.locale)
