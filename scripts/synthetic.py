"""A synthetic project for the benchmark and the preview test: the project's own content cut to
N countries and L languages (the first L of content/languages.yml), so that every page is a
real page with real translations."""

from __future__ import annotations

import shutil
from pathlib import Path

from ruamel.yaml import YAML

from returnguide.project import Project

# What a build reads. Not src/: mkdocs.yml's plugin `returnguide` is the installed package.
PROJECT = ("content", "templates", "locales", "overrides", "mkdocs.yml", "docs/assets")


def synthetic_project(source: Path, target: Path, countries: int, languages: int) -> Project:
    """A copy of the project with its first `countries` countries and `languages` languages."""
    for name in PROJECT:
        path = source / name
        if path.is_dir():
            shutil.copytree(path, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, target / name)
    yaml = YAML(typ="rt")
    yaml.width = 4096
    content = target / "content"
    slugs = sorted(path.stem for path in (content / "countries").glob("*.yml"))
    keep_countries(content, slugs[:countries])
    registry = yaml.load(content / "languages.yml")
    codes = [language["code"] for language in registry[:languages]]
    for language in registry[:languages]:
        if "fallback" in language:
            language["fallback"] = [code for code in language["fallback"] if code in codes]
    yaml.dump(registry[:languages], content / "languages.yml")
    for folder in (content / "pages").iterdir():
        if folder.name not in codes:
            shutil.rmtree(folder)
    config = yaml.load(target / "mkdocs.yml")
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    i18n["languages"] = [lang for lang in i18n["languages"] if lang["locale"] in codes]
    yaml.dump(config, target / "mkdocs.yml")
    # A new site publishes nothing yet: no addresses to keep, no redirects.
    (content / "urls.txt").write_text("", encoding="utf-8")
    (content / "redirects.yml").write_text("[]\n", encoding="utf-8")
    return Project(target)


def keep_countries(content: Path, slugs: list[str]) -> None:
    """Cut content/ to the countries of these file names: the lists name only those, and
    content/urls.txt keeps only the addresses that still exist."""
    yaml = YAML(typ="rt")
    yaml.width = 4096
    kept, dropped = set(), set()
    for path in sorted((content / "countries").glob("*.yml")):
        if path.stem in slugs:
            kept.add(str(yaml.load(path)["code"]))
        else:
            dropped.add(path.stem)
            path.unlink()
    for path in (content / "lists").glob("*.yml"):
        data = yaml.load(path)
        data["members"] = [code for code in data["members"] if code in kept]
        yaml.dump(data, path)
    urls = content / "urls.txt"
    lines = urls.read_text(encoding="utf-8").splitlines(keepends=True)
    urls.write_text(
        "".join(line for line in lines if not dropped & set(line.strip().split("/"))),
        encoding="utf-8",
    )
