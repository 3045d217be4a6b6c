"""The JSON export for NGOs and apps: api/v1/countries.json and api/v1/countries/<code>.json.

Made from the same rules output and catalogs as the pages, so the two always agree.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

from .i18n import Translations, load_catalog
from .models import Content
from .render import Site
from .territories import country_name

API_VERSION = "v1"
SCHEMAS = ("countries.schema.json", "country.schema.json")


def country_entries(site: Site) -> list[dict[str, Any]]:
    content = site.content
    translations = {
        lang.code: Translations(lang, load_catalog(site.locales, lang))
        for lang in content.languages
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
                    "verified_on": reason.verified_on.isoformat() if reason.verified_on else None,
                }
                for reason in decision.reasons
            ]
            support[programme_id] = {"status": decision.status, "reasons": reasons}
        urls = {lang.code: site.country_path(code, lang) for lang in content.languages}
        entries.append({"code": code, "names": names, "support": support, "urls": urls})
    return entries


def source_entry(content: Content, source_id: str) -> dict[str, str]:
    source = content.sources[source_id]
    entry = {"id": source_id, "title": source.title, "publisher": source.publisher}
    if source.url:
        entry["url"] = source.url
    return entry


def dump(data: Any) -> str:
    # Sorted keys and a fixed layout: two builds of one commit give the same bytes.
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_export(site: Site, site_dir: Path) -> None:
    """Write the collection, one file per country and the schemas that describe them."""
    api = site_dir / "api" / API_VERSION
    (api / "countries").mkdir(parents=True, exist_ok=True)
    entries = country_entries(site)
    collection = {
        "languages": [lang.code for lang in site.content.languages],
        "countries": entries,
    }
    (api / "countries.json").write_text(dump(collection), encoding="utf-8")
    for entry in entries:
        (api / "countries" / f"{entry['code']}.json").write_text(dump(entry), encoding="utf-8")
    for name in SCHEMAS:
        schema = files("returnguide.schemas").joinpath(name).read_text(encoding="utf-8")
        (api / name).write_text(schema, encoding="utf-8")
