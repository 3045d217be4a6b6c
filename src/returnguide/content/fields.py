"""The field types of the content models: plain text (no raw HTML, no invisible characters),
https addresses, country and language codes, ids."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

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
    """static-i18n takes ISO 639-1 codes, with a script or a region if needed (as its own
    pattern does), and hreflang takes the same."""
    if not re.fullmatch(r"[a-z]{2}(-[A-Z][a-z]{3})?(-[A-Z]{2})?", value):
        raise ValueError(
            f"'{value}' is not a language code that static-i18n and hreflang accept — use a "
            "two-letter ISO 639-1 code, with a script or region if needed: 'fa-AF' for Dari, "
            "not 'prs'; 'ku-Arab' for Sorani, not 'ckb' (with cldr: ckb)"
        )
    return value


LanguageCode = Annotated[str, AfterValidator(language_code)]
