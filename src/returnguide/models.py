"""Typed models of the content files. Texts are Dutch, the source language of every catalog."""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
# Bidirectional controls and zero-width characters hide text or reorder it without a trace.
# The zero-width non-joiner (U+200C) and joiner (U+200D) are allowed: Persian spelling needs them.
INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def plain_text(value: str) -> str:
    """Content is plain text: pages escape nothing, so HTML or hidden characters are refused."""
    if tag := HTML_TAG.search(value):
        raise ValueError(f"raw HTML {tag.group()} is not allowed here — write plain text")
    if char := INVISIBLE.search(value):
        raise ValueError(f"invisible character U+{ord(char.group()):04X} in the text — delete it")
    return value


Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(plain_text)
]
HttpsUrl = Annotated[str, StringConstraints(pattern=r"^https://[^\s/]+(/\S*)?$")]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Status = Literal["available", "not-available", "ask"]
PROGRAMME_IDS = ("basic-departure", "reintegration", "additional", "erin")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def language_code(value: str) -> str:
    """static-i18n, Material and hreflang all take ISO 639-1 codes, with a region if needed."""
    if not re.fullmatch(r"[a-z]{2}(-[A-Z]{2})?", value):
        raise ValueError(
            f"'{value}' is not a language code that static-i18n and hreflang accept — use a "
            "two-letter ISO 639-1 code, with a region if needed: 'fa-AF' for Dari, not 'prs'"
        )
    return value


LanguageCode = Annotated[str, AfterValidator(language_code)]


class Language(Model):
    code: LanguageCode
    name: Text
    english_name: Text
    direction: Literal["ltr", "rtl"]
    review: Literal["source", "reviewed", "machine"]
    # Languages to show a page in while it has no translation here, best first; the source
    # language always comes last, whether listed or not.
    fallback: list[LanguageCode] = []

    @property
    def gettext_code(self) -> str:
        """Babel and gettext spell regions with an underscore: fa-AF -> fa_AF."""
        return self.code.replace("-", "_")


class Source(Model):
    title: Text
    publisher: Text
    url: HttpsUrl | None = None


class ListTexts(Model):
    """Reasons shown to readers; `%(country)s` stands for the localized country name."""

    member: Text | None = None
    not_member: Text | None = None
    candidate: Text | None = None


class CountryList(Model):
    id: Id
    title: Text
    source: Id
    verified_on: datetime.date
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
    countries_from: list[Id]
    programmes: dict[Id, list[Condition]]


class Statement(Model):
    text: Text
    source: Id
    quote: Text
    list: Id | None = None


class Provider(Model):
    organisation: Id | None = None
    role: Text | None = None
    source: Id
    quote: Text

    @model_validator(mode="after")
    def names_someone(self) -> Provider:
        if self.organisation is None and self.role is None:
            raise ValueError("a provider needs an 'organisation' id, a 'role' text, or both")
        return self


class Link(Model):
    title: Text
    url: HttpsUrl


class Programme(Model):
    id: Id
    order: int
    situation: Literal["voluntary", "forced"]  # leaving by one's own choice, or removed by force
    priority_groups_only: bool = False
    title: Text
    name_in_source: Text | None = None
    summary: Statement
    offers: list[Statement]
    who: list[Statement]
    providers: list[Provider]
    unknowns: list[Text] = []
    notes: list[Text] = []
    more_info: list[Link] = []


class Organisation(Model):
    id: Id
    order: int
    name: Text
    short_name: Text | None = None
    town: Text | None = None
    description: Text
    source: Id
    quote: Text
    website: HttpsUrl | None = None


class Override(Model):
    """A per-country answer that replaces the rules' answer, with its own source."""

    programme: Id
    status: Status
    reason: Text
    source: Id
    verified_on: datetime.date


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
