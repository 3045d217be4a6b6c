"""Checks that span files: every id, code and language that one file names must exist elsewhere."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError

from returnguide.content.fields import PROGRAMME_IDS
from returnguide.content.models import Content, Country
from returnguide.content.programme import Programme
from returnguide.content.yamlsource import did_you_mean
from returnguide.errors import Problem

if TYPE_CHECKING:
    from returnguide.content.load import Loader

TERRITORIES = Locale("en").territories


def check_references(loader: Loader, content: Content, country_files: dict[str, Country]) -> None:
    root = loader.root
    check_languages(loader, root / "languages.yml", content)
    check_lists(loader, content)
    check_rules(loader, content)
    check_programmes(loader, content)
    check_caveats(loader, content)
    for organisation in content.organisations.values():
        path = root / "organisations" / f"{organisation.id}.yml"
        check_ref(loader, path, ("source",), "source", organisation.source, content.sources)
    check_countries(loader, content, country_files)


def check_lists(loader: Loader, content: Content) -> None:
    for list_id, country_list in content.lists.items():
        path = loader.root / "lists" / f"{list_id}.yml"
        check_ref(loader, path, ("source",), "source", country_list.source, content.sources)
        seen: set[str] = set()
        for field in ("members", "candidates"):
            for index, code in enumerate(getattr(country_list, field)):
                check_code(loader, path, (field, index), code)
                if code in seen:
                    hint = "remove one: a country is a member or a candidate, once"
                    loader.problem(path, (field, index), f"{code} is on this list twice", hint)
                seen.add(code)


def check_rules(loader: Loader, content: Content) -> None:
    rules_path = loader.root / "rules.yml"
    check_ref(loader, rules_path, ("source",), "source", content.rules.source, content.sources)
    for index, list_id in enumerate(content.rules.countries_from):
        check_ref(loader, rules_path, ("countries_from", index), "list", list_id, content.lists)
    for programme_id, conditions in content.rules.programmes.items():
        check_ref(
            loader,
            rules_path,
            ("programmes", programme_id),
            "programme",
            programme_id,
            content.programmes,
        )
        for index, condition in enumerate(conditions):
            at = ("programmes", programme_id, index)
            for field, known, kind in (
                ("in_", content.lists, "list"),
                ("not_in", content.lists, "list"),
                ("programme", content.programmes, "programme"),
                ("source", content.sources, "source"),
            ):
                value = getattr(condition, field)
                if value is not None:
                    check_ref(loader, rules_path, (*at, field.rstrip("_")), kind, value, known)
    for programme_id in PROGRAMME_IDS:
        if programme_id not in content.rules.programmes:
            loader.problem(
                rules_path,
                ("programmes",),
                f"no rule for '{programme_id}'",
                f"add '{programme_id}:' with its conditions",
            )


def check_programmes(loader: Loader, content: Content) -> None:
    for programme in content.programmes.values():
        path = loader.root / "programmes" / f"{programme.id}.yml"
        if programme.id not in PROGRAMME_IDS:
            loader.problem(
                path,
                (),
                f"unknown programme '{programme.id}'",
                f"programme files are {', '.join(PROGRAMME_IDS)}",
            )
        for field in ("offers", "who"):
            for index, statement in enumerate(getattr(programme, field)):
                check_ref(
                    loader,
                    path,
                    (field, index, "source"),
                    "source",
                    statement.source,
                    content.sources,
                )
                if statement.list is not None:
                    check_ref(
                        loader, path, (field, index, "list"), "list", statement.list, content.lists
                    )
        check_ref(
            loader, path, ("summary", "source"), "source", programme.summary.source, content.sources
        )
        for index, provider in enumerate(programme.providers):
            check_ref(
                loader,
                path,
                ("providers", index, "source"),
                "source",
                provider.source,
                content.sources,
            )
            if provider.organisation is not None:
                check_ref(
                    loader,
                    path,
                    ("providers", index, "organisation"),
                    "organisation",
                    provider.organisation,
                    content.organisations,
                )
        if programme.adds_to is not None:
            check_ref(
                loader, path, ("adds_to",), "programme", programme.adds_to, content.programmes
            )
        check_steps(loader, path, programme, content)


def check_steps(loader: Loader, path: Path, programme: Programme, content: Content) -> None:
    for index, step in enumerate(programme.steps):
        check_ref(loader, path, ("steps", index, "source"), "source", step.source, content.sources)
        for field in ("by", "ask"):
            for position, organisation in enumerate(getattr(step, field)):
                at = ("steps", index, field, position)
                check_ref(loader, path, at, "organisation", organisation, content.organisations)


def check_caveats(loader: Loader, content: Content) -> None:
    for caveat in content.caveats.values():
        path = loader.root / "caveats" / f"{caveat.id}.yml"
        check_ref(loader, path, ("source",), "source", caveat.source, content.sources)
        for index, organisation in enumerate(caveat.ask):
            check_ref(
                loader, path, ("ask", index), "organisation", organisation, content.organisations
            )
        scope = caveat.applies_to
        if scope.programme is not None:
            at = ("applies_to", "programme")
            check_ref(loader, path, at, "programme", scope.programme, content.programmes)
        if scope.list_ is not None:
            check_ref(loader, path, ("applies_to", "list"), "list", scope.list_, content.lists)
        for index, code in enumerate(scope.countries):
            check_code(loader, path, ("applies_to", "countries", index), code)


def check_ref(
    loader: Loader,
    path: Path,
    loc: tuple[int | str, ...],
    kind: str,
    value: str,
    known: Mapping[str, object],
) -> None:
    if value not in known:
        hint = did_you_mean(value, known) or f"known {kind}s: {', '.join(sorted(known))}"
        loader.problem(path, loc, f"unknown {kind} '{value}'", hint)


def check_code(loader: Loader, path: Path, loc: tuple[int | str, ...], code: str) -> None:
    if code not in TERRITORIES:
        hint = did_you_mean(code, TERRITORIES) or "use an ISO 3166-1 alpha-2 code known to CLDR"
        loader.problem(path, loc, f"unknown country code '{code}'", hint)


def check_languages(loader: Loader, path: Path, content: Content) -> None:
    codes = [lang.code for lang in content.languages]
    for index, lang in enumerate(content.languages):
        if codes.count(lang.code) > 1:
            loader.problem(
                path,
                (index, "code"),
                f"language '{lang.code}' is listed twice",
                "remove one of them",
            )
        try:
            Locale.parse(lang.locale)
        except (UnknownLocaleError, ValueError):
            loader.problem(
                path,
                (index, "code"),
                f"Babel (CLDR) has no locale data for '{lang.code}'",
                "use a code CLDR knows, such as 'fa-AF' for Dari",
            )
        others = [code for code in codes if code != lang.code]
        for position, code in enumerate(lang.fallback):
            if code == lang.code or code not in codes:
                loader.problem(
                    path,
                    (index, "fallback", position),
                    f"'{code}' cannot be a fallback of '{lang.code}'",
                    did_you_mean(code, others) or f"use another language of this file: {others}",
                )
    if sum(lang.review == "source" for lang in content.languages) != 1:
        loader.problem(
            path,
            (),
            "exactly one language must have 'review: source'",
            "mark Dutch (nl) as the source language",
        )


def check_countries(loader: Loader, content: Content, country_files: dict[str, Country]) -> None:
    root = loader.root / "countries"
    universe = {
        code
        for list_id in content.rules.countries_from
        if list_id in content.lists
        for code in content.lists[list_id].members
    }
    seen: dict[str, str] = {}
    for slug, country in country_files.items():
        path = root / f"{slug}.yml"
        check_code(loader, path, ("code",), country.code)
        if country.code in seen:
            loader.problem(
                path,
                ("code",),
                f"{country.code} already has the file {seen[country.code]}.yml",
                "keep one file per country",
            )
        seen[country.code] = slug
        if country.code in TERRITORIES and country.code not in universe:
            loader.problem(
                path,
                ("code",),
                f"{country.code} is not on any list in rules.yml 'countries_from'",
                "remove this file, or add the country to the list where a source puts it",
            )
        for index, override in enumerate(country.overrides):
            at: tuple[int | str, ...] = ("overrides", index)
            check_ref(
                loader,
                path,
                (*at, "programme"),
                "programme",
                override.programme,
                content.programmes,
            )
            check_ref(loader, path, (*at, "source"), "source", override.source, content.sources)
    for code in sorted(universe - set(seen)):
        message = f"{code} ({TERRITORIES.get(code, code)}) is on a country list but has no file"
        hint = f"create content/countries/<slug>.yml with 'code: {code}'"
        loader.problems.append(Problem(root, 1, 1, message, hint))
