"""Typed models of the content files. Texts are Dutch, the source language of every catalog."""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import Field, model_validator

from returnguide.content.fields import (
    CountryCode,
    HttpsUrl,
    Id,
    LanguageCode,
    Model,
    Status,
    Text,
)
from returnguide.content.programme import Programme


class Language(Model):
    code: LanguageCode
    name: Text
    english_name: Text
    direction: Literal["ltr", "rtl"]
    review: Literal["source", "reviewed", "machine"]
    # Languages to show a page in while it has no translation here, best first; the source
    # language always comes last, whether listed or not.
    fallback: list[LanguageCode] = []
    # CLDR's locale, where the code cannot be it (static-i18n takes no three-letter code).
    cldr: str | None = None

    @property
    def gettext_code(self) -> str:
        """The catalog's folder: gettext spells regions with an underscore, fa-AF -> fa_AF."""
        return self.code.replace("-", "_")

    @property
    def locale(self) -> str:
        """Babel's locale for names, numbers, dates and plural rules: ku-Arab -> ckb."""
        return self.cldr or self.gettext_code


class Source(Model):
    """A document or page that facts rest on. `label` is a short name for readers (translated);
    the full `title` stays in the source's own language, on the sources page."""

    label: Text
    title: Text
    publisher: Text
    url: HttpsUrl | None = None
    # The date of the source's own version, where it has one (a consolidated regulation).
    version: datetime.date | None = None
    # When it was read, where known; a stored copy read on an unknown day before a date gives
    # only `read_before`.
    read_on: datetime.date | None = None
    read_before: datetime.date | None = None

    @model_validator(mode="after")
    def one_reading_date(self) -> Source:
        if self.read_on is not None and self.read_before is not None:
            raise ValueError("give 'read_on' or 'read_before', not both")
        return self


class Dates(Model):
    """When an editor copied a fact from its source, and when (if ever) a person compared it
    with the source. Only `checked_on` lets a page say "checked"."""

    transcribed_on: datetime.date
    checked_on: datetime.date | None = None

    def dates(self) -> Dates:
        """Only the dates, without the rest of the model."""
        return Dates(transcribed_on=self.transcribed_on, checked_on=self.checked_on)

    @model_validator(mode="after")
    def checked_after_copied(self) -> Dates:
        if self.checked_on is not None and self.checked_on < self.transcribed_on:
            raise ValueError(
                "checked_on is before transcribed_on — a fact is checked after it was copied"
            )
        return self


class ListTexts(Model):
    """Reasons shown to readers; `%(country)s` stands for the localized country name."""

    member: Text | None = None
    not_member: Text | None = None
    candidate: Text | None = None


class CountryList(Dates):
    id: Id
    title: Text
    source: Id
    confidence: Text
    published: bool = True
    texts: ListTexts
    members: list[CountryCode]
    candidates: list[CountryCode] = []


class Condition(Model):
    """One step of a rule: exactly one of `in`, `not_in`, `programme` or `ask`."""

    in_: Id | None = Field(default=None, alias="in")
    not_in: Id | None = None
    programme: Id | None = None
    ask: Text | None = None
    source: Id | None = None

    @model_validator(mode="after")
    def one_kind(self) -> Condition:
        kinds = [k for k in ("in_", "not_in", "programme", "ask") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("give exactly one of 'in', 'not_in', 'programme' or 'ask'")
        if self.ask is not None and self.source is None:
            raise ValueError("an 'ask' condition needs a 'source'")
        return self


class Rules(Model):
    # The source whose rules these are: a status that follows them says "according to" it.
    source: Id
    countries_from: list[Id]
    programmes: dict[Id, list[Condition]]


class Organisation(Model):
    id: Id
    order: int
    name: Text
    short_name: Text | None = None  # how a sentence names it ("de DT&V"), translated
    based_in: Text | None = None  # the town or region the source says it is based in
    description: Text
    source: Id
    quote: Text
    website: HttpsUrl | None = None


class Override(Dates):
    """A per-country answer that replaces the rules' answer, with its own source."""

    programme: Id
    status: Status
    reason: Text
    source: Id


class Scope(Model):
    """The answers a caveat belongs to: every given field must match (a programme's answers,
    those of the countries on a list, or of the countries named)."""

    programme: Id | None = None
    countries: list[CountryCode] = []
    list_: Id | None = Field(default=None, alias="list")

    @model_validator(mode="after")
    def names_something(self) -> Scope:
        if self.programme is None and self.list_ is None and not self.countries:
            raise ValueError(
                "names no answers — give a 'programme', a 'list' or 'countries' (or several)"
            )
        return self


class Caveat(Dates):
    """What is known to have changed since the source of the rules, or is unknown: shown with
    every status it applies to. It never changes a status."""

    id: Id
    text: Text  # Dutch; a few short sentences
    short: Text  # a few words, for tables
    ask: list[Id] = Field(min_length=1)  # organisations the reader can ask
    source: Id
    applies_to: Scope


class Country(Model):
    slug: Id
    code: CountryCode
    overrides: list[Override] = []


class Content(Model):
    languages: list[Language]
    sources: dict[Id, Source]
    lists: dict[Id, CountryList]
    rules: Rules
    programmes: dict[Id, Programme]
    organisations: dict[Id, Organisation]
    caveats: dict[Id, Caveat]
    countries: dict[str, Country]

    @property
    def source_language(self) -> Language:
        return next(lang for lang in self.languages if lang.review == "source")

    def language(self, code: str) -> Language:
        return next(lang for lang in self.languages if lang.code == code)

    def preview_of(self, code: str) -> Content:
        """Only this language and those its pages may be shown in: what a preview of one
        language needs (`make serve ONLY=ar`)."""
        language = self.language(code)
        keep = {code, *language.fallback, self.source_language.code}
        return self.model_copy(
            update={"languages": [lang for lang in self.languages if lang.code in keep]}
        )
