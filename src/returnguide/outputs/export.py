"""The JSON export for NGOs and apps: api/v1/countries.json and api/v1/countries/<code>.json.

Made from the same rules output and catalogs as the pages, so the two always agree.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

from returnguide.content.models import Content, Dates
from returnguide.content.territories import country_name
from returnguide.pages.facts import caveat_text
from returnguide.pages.render import Site
from returnguide.translation.catalogs import Translations

API_VERSION = "v1"
SCHEMAS = ("countries.schema.json", "country.schema.json")


def country_entries(site: Site) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Every country's entry, and the caveats they refer to by id (their texts given once)."""
    content = site.content
    translations = {
        lang.code: Translations(lang, site.catalogs[lang.code]) for lang in content.languages
    }
    entries = []
    for code in sorted(content.countries):
        names = {lang.code: country_name(code, lang) for lang in content.languages}
        support = {}
        for programme_id, decision in site.matrix[code].items():
            reasons = [
                {
                    "text": {
                        lang: translations[lang].gettext(reason.text) % {"country": names[lang]}
                        for lang in names
                    },
                    "source": source_entry(content, reason.source),
                    "list": reason.list,
                    **date_fields(reason.dates),
                }
                for reason in decision.reasons
            ]
            support[programme_id] = {
                "status": decision.status,
                "according_to": decision.according_to,
                "reasons": reasons,
                "caveats": [
                    {"id": caveat_id, "source": content.caveats[caveat_id].source}
                    for caveat_id in decision.caveats
                ],
            }
        urls = {lang.code: site.country_path(code, lang) for lang in content.languages}
        entries.append({"code": code, "names": names, "support": support, "urls": urls})
    caveats = {
        caveat.id: {
            "id": caveat.id,
            "text": {
                lang.code: caveat_text(content, caveat.id, translations[lang.code].gettext, lang)
                for lang in content.languages
            },
            "short": {
                lang.code: translations[lang.code].gettext(caveat.short)
                for lang in content.languages
            },
            "ask": caveat.ask,
            "source": source_entry(content, caveat.source),
            **date_fields(caveat),
        }
        for caveat in content.caveats.values()
    }
    return entries, caveats


def date_fields(dates: Dates | None) -> dict[str, str | None]:
    """When a fact was copied from its source and when a person checked it (null: never).
    `verified_on` is kept for the clients of v1: it always meant the day the fact was copied."""
    copied = dates.transcribed_on.isoformat() if dates else None
    checked = dates.checked_on.isoformat() if dates and dates.checked_on else None
    return {"transcribed_on": copied, "checked_on": checked, "verified_on": copied}


def used_caveats(entry: dict[str, Any], caveats: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The caveats one country's entry refers to, for its own file."""
    ids = {c["id"] for support in entry["support"].values() for c in support["caveats"]}
    return {caveat_id: caveats[caveat_id] for caveat_id in sorted(ids)}


def source_entry(content: Content, source_id: str) -> dict[str, str]:
    source = content.sources[source_id]
    entry = {"id": source_id, "title": source.title, "publisher": source.publisher}
    for field in ("url", "version", "read_on", "read_before"):
        if (value := getattr(source, field)) is not None:
            entry[field] = str(value)
    return entry


def dump(data: Any) -> str:
    # Sorted keys and a fixed layout: two builds of one commit give the same bytes.
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_export(site: Site, site_dir: Path) -> None:
    """Write the collection, one file per country and the schemas that describe them."""
    api = site_dir / "api" / API_VERSION
    (api / "countries").mkdir(parents=True, exist_ok=True)
    entries, caveats = country_entries(site)
    collection = {
        "languages": [lang.code for lang in site.content.languages],
        "countries": entries,
        "caveats": caveats,
    }
    (api / "countries.json").write_text(dump(collection), encoding="utf-8")
    for entry in entries:
        single = {**entry, "caveats": used_caveats(entry, caveats)}
        (api / "countries" / f"{entry['code']}.json").write_text(dump(single), encoding="utf-8")
    for name, schema in published_schemas(site).items():
        text = json.dumps(schema, ensure_ascii=False, indent=1) + "\n"
        (api / name).write_text(text, encoding="utf-8")


def published_schemas(site: Site) -> dict[str, dict[str, Any]]:
    """The schemas, each whole by itself, so that any validator resolves every $ref wherever a
    user keeps the file: its $id is its address on the site, and the one-country schema
    carries the definitions it refers to instead of pointing into the other file."""
    schemas = {
        name: json.loads(files("returnguide.outputs.schemas").joinpath(name).read_text("utf-8"))
        for name in SCHEMAS
    }
    schemas["country.schema.json"]["$defs"] = schemas["countries.schema.json"]["$defs"]
    for name, schema in schemas.items():
        schema["$id"] = site.absolute(f"api/{API_VERSION}/{name}")
    return schemas
