"""Which facts no person has compared with their source, or compared too long ago: the lists,
the per-country overrides and the caveats. `make check` warns about them; the translation-status
page lists them for editors."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from returnguide.content.models import Content, Dates


@dataclass(frozen=True)
class Fact:
    path: str  # inside content/
    at: tuple[int | str, ...]  # where its dates are in that file
    dates: Dates


def facts(content: Content) -> list[Fact]:
    found = [Fact(f"lists/{i}.yml", (), country_list) for i, country_list in content.lists.items()]
    found += [
        Fact(f"countries/{country.slug}.yml", ("overrides", index), override)
        for country in content.countries.values()
        for index, override in enumerate(country.overrides)
    ]
    found += [Fact(f"caveats/{i}.yml", (), caveat) for i, caveat in content.caveats.items()]
    return found


def needs_checking(content: Content, max_age_days: int, today: datetime.date) -> list[Fact]:
    """Facts never checked by a person, and those checked more than max_age_days ago."""
    oldest = today - datetime.timedelta(days=max_age_days)
    return [
        fact
        for fact in facts(content)
        if fact.dates.checked_on is None or fact.dates.checked_on < oldest
    ]
