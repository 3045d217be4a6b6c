"""What mkdocs.yml says that the generator must agree with, as a value: the languages of the
i18n plugin and the theme's folders (for Material's interface strings)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from returnguide.project import Project


@dataclass(frozen=True)
class MkDocsSetup:
    path: Path  # mkdocs.yml
    languages: list[Any]  # static-i18n's language entries: locale, name, default, build
    only: str | None  # build_only_locale: the one language a preview builds
    theme: list[Path]  # the theme's template folders, overrides first


def setup_of(config: MkDocsConfig) -> MkDocsSetup:
    i18n = config.plugins["i18n"].config
    return MkDocsSetup(
        Path(config.config_file_path),
        list(i18n.languages),
        i18n.build_only_locale,
        [Path(folder) for folder in config.theme.dirs],
    )


def read_setup(path: Path) -> MkDocsSetup:
    return setup_of(load_config(str(path)))


def project_of(config: MkDocsConfig) -> Project:
    """The project mkdocs.yml belongs to."""
    return Project(Path(config.config_file_path).resolve().parent)
