"""The JSON export validates against its published schema and says what the pages say."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from returnguide.content.models import Content

from .pages import article

CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"  # requirements/dev.txt


@pytest.fixture(scope="module")
def api(site_dir: Path) -> Path:
    return site_dir / "api" / "v1"


@pytest.fixture(scope="module")
def collection(api: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((api / "countries.json").read_text(encoding="utf-8"))
    return data


def validator(api: Path, name: str) -> Draft202012Validator:
    """A validator for a published schema, with nothing but the schema itself: no registry of
    the other schema beside it."""
    schema = json.loads((api / name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_a_standard_validator_accepts_the_export_from_another_folder(
    api: Path, tmp_path: Path
) -> None:
    """check-jsonschema, run from elsewhere, with the schema beside the data and with a copy kept
    in a folder of the user's own."""
    kept = tmp_path / "my-schemas"
    kept.mkdir()
    for name in ("countries.schema.json", "country.schema.json"):
        shutil.copy2(api / name, kept / name)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for schemas in (api, kept):
        for schema, data in [
            ("countries.schema.json", api / "countries.json"),
            ("country.schema.json", api / "countries" / "NG.json"),
        ]:
            result = subprocess.run(
                [CHECK_JSONSCHEMA, "--schemafile", schemas / schema, data],
                cwd=elsewhere,
                capture_output=True,
                text=True,
            )
            assert result.returncode == 0, result.stdout + result.stderr


def test_collection_validates_against_its_schema(api: Path, collection: dict[str, Any]) -> None:
    errors = list(validator(api, "countries.schema.json").iter_errors(collection))
    assert errors == []


def test_each_country_file_validates_and_matches_the_collection(
    api: Path, collection: dict[str, Any]
) -> None:
    check = validator(api, "country.schema.json")
    files = sorted((api / "countries").glob("*.json"))
    assert [f.stem for f in files] == [entry["code"] for entry in collection["countries"]]
    for path, entry in zip(files, collection["countries"], strict=True):
        single = json.loads(path.read_text(encoding="utf-8"))
        assert list(check.iter_errors(single)) == []
        used = {c["id"] for support in entry["support"].values() for c in support["caveats"]}
        assert single == {**entry, "caveats": {i: collection["caveats"][i] for i in used}}


def test_schema_rejects_an_unknown_status(api: Path, collection: dict[str, Any]) -> None:
    entry = json.loads(json.dumps(collection["countries"][0]))
    entry["support"]["erin"]["status"] = "maybe"
    assert not validator(api, "country.schema.json").is_valid(entry)


def test_one_entry_per_country_with_names_in_every_language(
    collection: dict[str, Any], content: Content
) -> None:
    codes = [entry["code"] for entry in collection["countries"]]
    assert codes == sorted(content.countries)
    nigeria = next(e for e in collection["countries"] if e["code"] == "NG")
    assert set(nigeria["names"]) == {lang.code for lang in content.languages}
    assert nigeria["names"]["nl"] == "Nigeria"
    assert nigeria["names"]["ar"] == "نيجيريا"
    assert nigeria["names"]["fa-AF"] == "نیجریا"
    assert nigeria["names"]["ti"] == "ናይጀርያ"
    assert nigeria["urls"]["ar"] == "ar/countries/nigeria/"
    assert nigeria["urls"]["nl"] == "countries/nigeria/"


def test_reasons_name_their_source(collection: dict[str, Any]) -> None:
    nigeria = next(e for e in collection["countries"] if e["code"] == "NG")
    [reason] = nigeria["support"]["basic-departure"]["reasons"]
    assert reason["text"]["en"] == "Nigeria is on the list of countries with a visa requirement."
    assert reason["source"]["url"].startswith("https://eur-lex.europa.eu/")
    assert reason["list"] == "schengen-visa-required"
    assert reason["transcribed_on"] == reason["verified_on"] == "2026-11-28"
    assert reason["checked_on"] is None, "no person has compared the list with its source"


# country, kind of support, status: the answers issue 13 names
CAVEATED = [("AF", "erin", "available"), ("GE", "basic-departure", "not-available")]
CAVEATED += [("NG", "reintegration", "available"), ("PS", "reintegration", "ask")]


def test_every_answer_refers_to_its_caveats_whose_texts_come_once(
    collection: dict[str, Any], content: Content
) -> None:
    entries = {entry["code"]: entry for entry in collection["countries"]}
    assert all("caveats" in s for e in entries.values() for s in e["support"].values())
    for code, programme, status in CAVEATED:
        support = entries[code]["support"][programme]
        assert support["status"] == status
        assert support["according_to"] == "dtv-text"
        assert support["caveats"], (code, programme)
        for caveat in support["caveats"]:
            assert set(caveat) == {"id", "source"}
            assert caveat["source"] == content.caveats[caveat["id"]].source
    erin = collection["caveats"]["erin-now-eurp"]
    assert set(erin["text"]) == {lang.code for lang in content.languages}
    assert erin["text"]["nl"].endswith("Vraag het aan de DT&V.")
    assert erin["source"]["url"].startswith("https://www.dienstterugkeerenvertrek.nl/")
    assert erin["source"]["read_before"] == "2026-11-28"
    assert erin["text"]["nl"] not in json.dumps(collection["countries"], ensure_ascii=False)


def test_export_agrees_with_the_pages(site_dir: Path, collection: dict[str, Any]) -> None:
    for entry in collection["countries"]:
        for lang, path in entry["urls"].items():
            page = article(site_dir, path)
            assert page.heading == entry["names"][lang]
            assert page.statuses == {k: v["status"] for k, v in entry["support"].items()}
            for support in entry["support"].values():
                for reason in support["reasons"]:
                    assert reason["text"][lang] in page.text, (path, reason["text"][lang])
