"""`make check` runs translate-toolkit's pofilter on every catalog: a number, placeholder, URL,
bracket or full stop lost in translation is named at its line with the check's name, while each
language's own way of writing (the Hindi danda, Persian digits, Chinese brackets) is not."""

from __future__ import annotations

from pathlib import Path

from returnguide.content.models import Language
from returnguide.translation.pofilter import Accepted, pofilter_problems

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def catalog(tmp_path: Path, pairs: list[tuple[str, str]]) -> Path:
    path = tmp_path / "messages.po"
    entries = "".join(f'msgid "{source}"\nmsgstr "{target}"\n\n' for source, target in pairs)
    path.write_text(HEADER + entries, encoding="utf-8")
    return path


def language(code: str) -> Language:
    return Language(code=code, name="x", english_name="x", direction="ltr", review="machine")


def test_a_mistake_is_named_at_its_line_with_the_check(tmp_path: Path) -> None:
    path = catalog(
        tmp_path,
        [
            ("Sinds 2022.", "Since 2021."),  # line 5
            ("Ga naar https://www.iom.int/ voor meer.", "Go to the IOM website for more."),
            ("Hulp voor %(country)s.", "Help for the country."),
            ("De DT&V (Dienst Terugkeer en Vertrek).", "The DT&V, the Repatriation Service."),
            ("Waar gaat u naartoe?", "Where are you going"),
            ("Kies uw land.", "Choose  your country."),
            ("Ja", ""),
        ],
    )
    found = {(p.line, p.message.split(":")[0]) for p in pofilter_problems(path, language("en"), [])}
    assert found == {
        (5, "pofilter numbers"),
        (8, "pofilter urls"),
        (11, "pofilter printf"),
        (14, "pofilter brackets"),
        (17, "pofilter endpunc"),
        (20, "pofilter doublespacing"),
        (23, "pofilter untranslated"),
    }
    assert all(str(p).startswith(f"{path}:") for p in pofilter_problems(path, language("en"), []))


def test_each_languages_own_writing_is_no_mistake(tmp_path: Path) -> None:
    cases = {
        "hi": ("Kies uw land.", "अपना देश चुनें।"),  # the danda ends a sentence
        "ti": ("Let op:", "ኣስተውዕሉ፦"),  # the Ethiopic preface colon
        "ps": ("Wat kunt u nu doen?", "اوس څه کولی شئ؟"),
        "fa": ("Sinds 2022.", "از سال ۲۰۲۲."),  # Persian digits
        "zh-Hans": ("Hulp (ERIN)", "帮助（ERIN）"),  # full-width brackets
        "fr": ("Alles over %(country)s", "Tout sur ce pays (%(country)s)"),
    }
    for code, pair in cases.items():
        path = catalog(tmp_path, [pair])
        assert pofilter_problems(path, language(code), []) == [], code


def test_an_accepted_exception_is_not_reported_in_its_languages_only(tmp_path: Path) -> None:
    path = catalog(tmp_path, [("Een NGO.", "Een NGO (organisatie).")])
    accepted = [Accepted("Een NGO.", "brackets", ["en"], "explains the word")]
    assert pofilter_problems(path, language("en"), accepted) == []
    assert pofilter_problems(path, language("fr"), accepted) != []
