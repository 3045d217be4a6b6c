"""Content mistakes stop the build with the file, the line and the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from returnguide.content.load import load_content
from returnguide.errors import ContentError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A writable copy of the real content."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    return tmp_path / "content"


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def problems(tree: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_content(tree)
    return [str(p) for p in caught.value.problems]


def test_the_real_content_loads() -> None:
    content = load_content(ROOT / "content")
    assert set(content.programmes) == {"basic-departure", "reintegration", "additional", "erin"}
    assert len(content.organisations) == 8


def test_malformed_yaml_names_file_and_line(tree: Path) -> None:
    path = tree / "programmes" / "erin.yml"
    replace(path, "\nsummary:", "\n summary:")  # one space too many
    [message] = problems(tree)
    assert message.startswith(f"{path}:{line_of(path, ' summary:')}:2:")
    assert "YAML syntax error" in message
    assert "quotes" in message


def test_lowercase_country_code_is_explained(tree: Path) -> None:
    path = tree / "countries" / "nigeria.yml"
    replace(path, "code: NG", "code: ng")
    messages = problems(tree)
    assert (
        f"{path}:1:7: 'ng' is not a country code — use two capital letters (ISO 3166-1), like NG"
        in messages
    )


def test_missing_field_says_what_to_add(tree: Path) -> None:
    path = tree / "organisations" / "dtv.yml"
    replace(path, 'name: "Dienst Terugkeer en Vertrek (DT&V)"\n', "")
    [message] = problems(tree)
    assert message == f"{path}:1:1: missing field 'name' — add 'name: …'"


def test_misspelled_field_gets_a_suggestion(tree: Path) -> None:
    path = tree / "programmes" / "basic-departure.yml"
    replace(path, "\nsummary:", "\nsumary:")
    messages = problems(tree)
    assert (
        f"{path}:{line_of(path, 'sumary:')}:1: unknown field 'sumary' — did you mean 'summary'?"
        in messages
    )


def test_unknown_organisation_id_is_named_with_a_suggestion(tree: Path) -> None:
    path = tree / "programmes" / "reintegration.yml"
    replace(path, "organisation: solid-road", "organisation: solidroad")
    [message] = problems(tree)
    line = line_of(path, "organisation: solidroad")
    assert (
        message
        == f"{path}:{line}:19: unknown organisation 'solidroad' — did you mean 'solid-road'?"
    )


def test_country_on_a_list_without_a_file_is_reported(tree: Path) -> None:
    (tree / "countries" / "nigeria.yml").unlink()
    [message] = problems(tree)
    assert "NG (Nigeria) is on a country list but has no file" in message
    assert "code: NG" in message


def test_plain_http_link_is_refused(tree: Path) -> None:
    path = tree / "programmes" / "reintegration.yml"
    replace(path, 'url: "https://www.infoterugkeer.nl"', 'url: "http://www.infoterugkeer.nl"')
    [message] = problems(tree)
    assert message.startswith(f"{path}:{line_of(path, 'http://')}:")
    assert "is not an https:// URL" in message


def test_every_problem_is_reported_at_once(tree: Path) -> None:
    replace(tree / "lists" / "erin.yml", "transcribed_on: 2026-11-28", "transcribed_on: soon")
    replace(tree / "organisations" / "dtv.yml", "order: 2\n", "")
    assert len(problems(tree)) == 2


def test_missing_file_is_named(tree: Path) -> None:
    (tree / "rules.yml").unlink()
    assert problems(tree) == [
        f"{tree / 'rules.yml'}:1:1: file is missing — create it (see README.md)"
    ]


def test_bad_id_is_explained(tree: Path) -> None:
    path = tree / "programmes" / "reintegration.yml"
    replace(path, "organisation: solid-road", "organisation: Solid Road")
    [message] = problems(tree)
    assert (
        "'Solid Road' is not a valid id — use lowercase letters, digits and single hyphens"
        in message
    )


def test_raw_html_in_content_is_refused(tree: Path) -> None:
    path = tree / "programmes" / "erin.yml"
    replace(
        path,
        '"Informatie en hulp in uw land."',
        '"Informatie en <script>hulp</script> in uw land."',
    )
    [message] = problems(tree)
    line = line_of(path, "<script>")
    assert message.startswith(f"{path}:{line}:")
    assert "raw HTML <script> is not allowed here — write plain text" in message


def test_invisible_bidi_control_is_refused(tree: Path) -> None:
    path = tree / "organisations" / "ros.yml"
    replace(path, "Een maatschappelijke", "Een\u202e maatschappelijke")
    [message] = problems(tree)
    assert message == (
        f"{path}:{line_of(path, 'description:')}:14: description: "
        "invisible character U+202E in the text — delete it"
    )


@pytest.mark.parametrize(
    ("old", "new", "column", "message"),
    [
        (
            "- code: fa-AF",
            "- code: prs",
            9,
            "code: 'prs' is not a language code that static-i18n and hreflang accept — use a "
            "two-letter ISO 639-1 code, with a script or region if needed: 'fa-AF' for Dari, "
            "not 'prs'; 'ku-Arab' for Sorani, not 'ckb' (with cldr: ckb)",
        ),
        (
            "- code: so",
            "- code: qq",
            9,
            "Babel (CLDR) has no locale data for 'qq' — use a code CLDR knows, such as 'fa-AF' "
            "for Dari",
        ),
        (
            "fallback: [fa-AF, en]",
            "fallback: [pa-AF, en]",
            14,
            "'pa-AF' cannot be a fallback of 'fa' — did you mean 'fa-AF'?",
        ),
    ],
)
def test_language_registry_mistakes_say_what_to_use(
    tree: Path, old: str, new: str, column: int, message: str
) -> None:
    path = tree / "languages.yml"
    replace(path, old, new)
    line = line_of(path, new)
    assert problems(tree) == [f"{path}:{line}:{column}: {message}"]
