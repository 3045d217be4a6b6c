"""What the pages say about the facts behind an answer: a caveat in full, in one language, and how
recent a country's facts are."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from babel.lists import format_list

from returnguide.content.models import Content, Language
from returnguide.rules.decide import Matrix
from returnguide.translation.messages import ASK


def caveat_text(
    content: Content, caveat_id: str, gettext: Callable[[str], str], language: Language
) -> str:
    """A caveat in full, in one language: what changed or is unknown, then whom to ask."""
    caveat = content.caveats[caveat_id]
    return f"{gettext(caveat.text)} {ask_text(content, caveat.ask, gettext, language)}"


def ask_text(
    content: Content, ask: list[str], gettext: Callable[[str], str], language: Language
) -> str:
    """Whom to ask, their names joined as the language joins a list (CLDR: "IOM en de DT&V",
    "IOM و DT&V")."""
    names = [
        gettext(organisation.short_name or organisation.name)
        for organisation in (content.organisations[i] for i in ask)
    ]
    return gettext(ASK) % {"who": format_list(names, locale=language.locale)}


@dataclass(frozen=True)
class FactDates:
    """How recent the facts behind a country's answers are: the last day one was copied from its
    source, and the oldest day a person compared one with its source (None until all were)."""

    copied: datetime.date
    checked: datetime.date | None


def fact_dates(content: Content, matrix: Matrix, code: str) -> FactDates | None:
    decisions = matrix[code].values()
    dates = [r.dates for d in decisions for r in d.reasons if r.dates]
    dates += [content.caveats[c] for d in decisions for c in d.caveats]
    if not dates:
        return None
    checked = [d.checked_on for d in dates if d.checked_on]
    return FactDates(
        copied=max(d.transcribed_on for d in dates),
        checked=min(checked) if len(checked) == len(dates) else None,
    )
