"""Load the content tree into typed models; every mistake becomes a Problem with file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from returnguide.content.crossref import check_references
from returnguide.content.models import (
    Caveat,
    Content,
    Country,
    CountryList,
    Language,
    Organisation,
    Rules,
    Source,
)
from returnguide.content.programme import Programme
from returnguide.content.yamlsource import did_you_mean, locate, read_yaml
from returnguide.errors import ContentError, Problem

M = TypeVar("M", bound=BaseModel)


class Loader:
    """Collects problems across all files instead of stopping at the first one."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.documents: dict[Path, Any] = {}

    def problem(self, path: Path, loc: tuple[int | str, ...], message: str, hint: str = "") -> None:
        line, column = locate(self.documents.get(path), loc)
        self.problems.append(Problem(path, line, column, message, hint))

    def read(self, path: Path) -> Any:
        try:
            document = read_yaml(path)
        except ContentError as error:
            self.problems.extend(error.problems)
            return None
        self.documents[path] = document
        return document

    def model(
        self,
        cls: type[M],
        path: Path,
        data: Any,
        at: tuple[int | str, ...] = (),
        implied: dict[str, str] | None = None,
    ) -> M | None:
        if path not in self.documents:
            return None  # unreadable: read() has reported why
        if not isinstance(data, dict):
            self.problem(
                path, at, "expected a mapping of fields", "write it as 'field: value' lines"
            )
            return None
        try:
            return cls.model_validate({**data, **(implied or {})})
        except ValidationError as error:
            for item in error.errors():
                self.problem(path, at + item["loc"], *explain(cls, item))
            return None

    def mapping_files(self, folder: str, cls: type[M], key: str = "id") -> dict[str, M]:
        loaded: dict[str, M] = {}
        directory = self.root / folder
        if not directory.is_dir():
            self.problems.append(Problem(directory, 1, 1, "folder is missing", f"create {folder}/"))
            return loaded
        for path in sorted(directory.glob("*.y*ml")):
            if path.suffix != ".yml":
                self.problems.append(
                    Problem(path, 1, 1, "unexpected extension", "rename it to .yml")
                )
                continue
            item = self.model(cls, path, self.read(path), implied={key: path.stem})
            if item is not None:
                loaded[path.stem] = item
        return loaded


def explain(cls: type[BaseModel], item: Any) -> tuple[str, str]:
    """Turn one pydantic error into a plain message and a fix."""
    # The field's name, not a list position: "fallback", not "0".
    field = next((str(part) for part in reversed(item["loc"]) if isinstance(part, str)), "")
    kind = item["type"]
    if kind == "missing":
        return f"missing field '{field}'", f"add '{field}: …'"
    if kind == "extra_forbidden":
        known = owner_fields(cls, item["loc"][:-1])
        suggestion = did_you_mean(field, known)
        return f"unknown field '{field}'", suggestion or f"known fields: {', '.join(sorted(known))}"
    if kind == "string_pattern_mismatch" and "https" in str(item.get("ctx", {})):
        return (
            f"'{item['input']}' is not an https:// URL",
            "use a full address starting with https://",
        )
    if kind == "string_pattern_mismatch" and "A-Z]{2}" in str(item.get("ctx", {})):
        return (
            f"'{item['input']}' is not a country code",
            "use two capital letters (ISO 3166-1), like NG",
        )
    if kind == "string_pattern_mismatch" and "a-z0-9" in str(item.get("ctx", {})):
        return (
            f"'{item['input']}' is not a valid id",
            "use lowercase letters, digits and single hyphens, like basic-departure",
        )
    if kind == "value_error":
        message, _, hint = str(item["msg"]).removeprefix("Value error, ").partition(" — ")
        return f"{field}: {message}", hint
    return f"{field}: {item['msg']}", ""


def owner_fields(cls: type[BaseModel], loc: tuple[Any, ...]) -> set[str]:
    """Field names of the (nested) model that holds the item at `loc`."""
    current: Any = cls
    for key in loc:
        if isinstance(key, int):
            continue
        field = current.model_fields.get(key) if hasattr(current, "model_fields") else None
        if field is None:
            break
        annotation = field.annotation
        for candidate in getattr(annotation, "__args__", (annotation,)):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                current = candidate
                break
    return {f.alias or name for name, f in current.model_fields.items()}


def read_languages(loader: Loader) -> list[Language]:
    """The language registry: the languages that are valid, problems noted in the loader."""
    path = loader.root / "languages.yml"
    return [
        lang
        for index, data in enumerate(loader.read(path) or [])
        if (lang := loader.model(Language, path, data, (index,))) is not None
    ]


def load_languages(root: Path) -> list[Language]:
    """Only the valid languages, even when other content has mistakes: catalogs can be checked."""
    return read_languages(Loader(root))


def load_content(root: Path) -> Content:
    """Read and cross-check the content folder; raise ContentError listing every mistake."""
    loader = Loader(root)
    languages = read_languages(loader)
    sources_path = root / "sources.yml"
    sources = {
        key: source
        for key, data in (loader.read(sources_path) or {}).items()
        if (source := loader.model(Source, sources_path, data, (key,))) is not None
    }
    rules_path = root / "rules.yml"
    rules = loader.model(Rules, rules_path, loader.read(rules_path))
    lists = loader.mapping_files("lists", CountryList)
    programmes = loader.mapping_files("programmes", Programme)
    organisations = loader.mapping_files("organisations", Organisation)
    caveats = loader.mapping_files("caveats", Caveat)
    country_files = loader.mapping_files("countries", Country, key="slug")
    if loader.problems or rules is None:
        raise ContentError(loader.problems)

    content = Content(
        languages=languages,
        sources=sources,
        lists=lists,
        rules=rules,
        programmes=programmes,
        organisations=organisations,
        caveats=caveats,
        countries={c.code: c for c in country_files.values()},
    )
    check_references(loader, content, country_files)
    if loader.problems:
        raise ContentError(loader.problems)
    return content
