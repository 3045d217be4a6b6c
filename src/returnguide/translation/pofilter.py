"""The checks that translators' tools make, from translate-toolkit's pofilter, on every catalog:
numbers, URLs, e-mail addresses, brackets, placeholders, end punctuation, double spaces and
untranslated strings. Where a check does not suit one string (a translation that explains a
Dutch name in brackets), locales/pofilter-accepted.yml says so, with the reason: a reviewed list,
kept small."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po
from translate.filters.checks import CheckerConfig, StandardChecker
from translate.filters.decorators import cosmetic, functional
from translate.storage.pypo import pofile

from returnguide.content.models import Language
from returnguide.content.yamlsource import read_yaml
from returnguide.errors import Problem

CHECKS = [
    "numbers",
    "urls",
    "emails",
    "brackets",
    "printf",
    "endpunc",
    "doublespacing",
    "untranslated",
]
# Languages whose punctuation translate-toolkit knows under another language's code: Tigrinya
# writes Ethiopic punctuation as Amharic does; Pashto and Sorani write ، ؛ ؟ as Persian does;
# Nepali writes । and ? without a space before them, as Hindi does (translate-toolkit's Nepali
# data asks for the space).
PUNCTUATION_AS = {"ti": "am", "ps": "fa", "ckb": "fa", "ne": "hi"}
# What translate-toolkit's language data lacks: the Ethiopic preface colon, and the danda that
# ends a sentence in Hindi, Nepali and Bengali.
MORE_PUNCTUATION = {
    "am": {":": "፦"},
    "hi": {".": "।"},
    "ne": {".": "।"},
    "bn": {".": "।"},
}
# Chinese writes brackets full width; French and Portuguese put a country's name in brackets
# after "this country" rather than give it an article: neither is a bracket lost or added.
FULL_WIDTH = str.maketrans("\uff08\uff09\uff3b\uff3d\uff5b\uff5d", "()[]{}")
ASCII_DIGITS = {
    ord(char): str(unicodedata.digit(char))
    for char in map(chr, range(0x660, 0x1000))
    if unicodedata.category(char) == "Nd"
}
PLACEHOLDER = re.compile(r"%\(\w+\)s")
PLACEHOLDER_IN_BRACKETS = re.compile(r"\((%\(\w+\)s)\)")
ACCEPTED = "pofilter-accepted.yml"
HINT = (
    f"correct the translation, or, if the check does not suit this string, accept it in "
    f"locales/{ACCEPTED} with the reason"
)


class SiteChecker(StandardChecker):
    """pofilter's standard checks, knowing how this site's languages write."""

    def __init__(self, config: CheckerConfig, punctuation: dict[str, str]) -> None:
        super().__init__(config, limitfilters=CHECKS)
        self.punctuation = punctuation

    @cosmetic
    def endpunc(self, str1: str, str2: str) -> bool:
        end = str1.rstrip()[-1:]
        if end in self.punctuation:
            str1 = str1.rstrip()[:-1] + self.punctuation[end]
        return bool(super().endpunc(str1, str2))

    @functional
    def numbers(self, str1: str, str2: str) -> bool:
        """A number in the language's own digits (۲۰۲۲) is the same number (2022)."""
        return bool(super().numbers(str1, str2.translate(ASCII_DIGITS)))

    @cosmetic
    def brackets(self, str1: str, str2: str) -> bool:
        """The brackets of the text, not those of a placeholder (its loss is printf's)."""
        str1 = PLACEHOLDER.sub("", PLACEHOLDER_IN_BRACKETS.sub(r"\1", str1))
        str2 = PLACEHOLDER.sub("", PLACEHOLDER_IN_BRACKETS.sub(r"\1", str2.translate(FULL_WIDTH)))
        return bool(super().brackets(str1, str2))


@dataclass(frozen=True)
class Accepted:
    """A check that does not suit one string in these languages, and why."""

    msgid: str
    check: str
    languages: list[str]
    why: str


def load_accepted(locales: Path) -> list[Accepted]:
    path = locales / ACCEPTED
    entries = read_yaml(path) if path.exists() else []
    return [Accepted(**entry) for entry in entries or []]


def pofilter_problems(path: Path, language: Language, accepted: list[Accepted]) -> list[Problem]:
    """Every failed check of the catalog at `path`, at the line of its msgid."""
    code = language.locale.split("_")[0]
    known_as = PUNCTUATION_AS.get(code)
    config = CheckerConfig(targetlanguage=known_as or language.locale)
    checker = SiteChecker(config, MORE_PUNCTUATION.get(known_as or code, {}))
    skip = {(a.msgid, a.check) for a in accepted if language.code in a.languages}
    lines = msgid_lines(path)
    problems = []
    for unit in pofile.parsefile(str(path)).units:  # type: ignore[no-untyped-call]
        if unit.isheader() or unit.isobsolete() or unit.isfuzzy():
            continue
        for check, failure in sorted(checker.run_filters(unit).items()):
            if (unit.source, check) in skip:
                continue
            line = lines.get((unit.getcontext(), unit.source), 1)
            problems.append(Problem(path, line, 1, f"pofilter {check}: {failure}", HINT))
    return problems


def msgid_lines(path: Path) -> dict[tuple[str, str], int]:
    """The line of each message's msgid, by context and msgid (translate-toolkit keeps none)."""
    with path.open("rb") as handle:
        catalog = read_po(handle)
    lines = {}
    for message in catalog:
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        lines[(message.context or "", msgid)] = message.lineno or 1
    return lines
