"""`make site` (returnguide build): a failed build names the mistake, keeps the last good site."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from returnguide.translation.extract import update_catalogs
from returnguide.generate import Project

PROJECT_FILES = ["mkdocs.yml", "content", "templates", "locales", "overrides", "src", "docs/assets"]


def copy_project(project: Project, target: Path) -> Path:
    for name in PROJECT_FILES:
        source = project.root / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


def run_build(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "returnguide.cli", "build", "--project", str(root)],
        capture_output=True,
        text=True,
    )


def test_failed_build_keeps_the_last_good_site(project: Project, tmp_path: Path) -> None:
    root = copy_project(project, tmp_path)
    first = run_build(root)
    assert first.returncode == 0, first.stderr
    home = root / "site" / "index.html"
    good = home.read_bytes()

    country = root / "content" / "lists" / "erin.yml"
    country.write_text(country.read_text().replace("  - NG  # Nigeria", "  - NQ  # Nigeria"))
    second = run_build(root)

    assert second.returncode != 0
    assert f"{country}:" in second.stderr
    assert "unknown country code 'NQ'" in second.stderr
    assert home.read_bytes() == good
    assert sorted(p.name for p in root.iterdir() if p.name.startswith("site")) == ["site"]


def test_languages_of_mkdocs_yml_must_match_the_registry(project: Project, tmp_path: Path) -> None:
    root = copy_project(project, tmp_path)
    config = root / "mkdocs.yml"
    text = config.read_text()
    config.write_text(
        text.replace("        - locale: fa-AF\n          name: دری\n          build: true\n", "")
    )
    result = run_build(root)
    assert result.returncode != 0
    assert "make the plugins.i18n.languages of mkdocs.yml match" in result.stdout + result.stderr
    assert not (root / "site").exists()


def test_broken_translation_stops_the_build_before_mkdocs(project: Project, tmp_path: Path) -> None:
    root = copy_project(project, tmp_path)
    catalog = root / "locales" / "fa_AF" / "LC_MESSAGES" / "messages.po"
    lines = catalog.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(
        i for i, line in enumerate(lines) if line.startswith("msgstr") and "%(country)s" in line
    )
    lines[index] = lines[index].replace("%(country)s", "%(country)")  # a translator lost the "s"
    catalog.write_text("".join(lines), encoding="utf-8")
    result = run_build(root)
    assert result.returncode == 1
    assert f"{catalog}:" in result.stderr
    assert "keep exactly these placeholders: %(country)s" in result.stderr
    assert not (root / "site").exists()


def test_language_without_material_interface_strings_says_what_to_add(
    project: Project, tmp_path: Path
) -> None:
    root = copy_project(project, tmp_path)
    registry = root / "content" / "languages.yml"
    registry.write_text(
        registry.read_text(encoding="utf-8")
        + "- code: am\n  name: አማርኛ\n  english_name: Amharic\n  direction: ltr\n"
        "  review: machine\n  fallback: [ti, en]\n",
        encoding="utf-8",
    )
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "\nnav:", "        - locale: am\n          name: አማርኛ\n          build: true\n\nnav:"
        ),
        encoding="utf-8",
    )
    update_catalogs(Project(root))  # a new, empty catalog: the language is built, not live
    result = run_build(root)
    assert result.returncode != 0
    assert (
        "Material has no interface strings for 'am': add overrides/partials/languages/am.html"
        in result.stdout + result.stderr
    )
    assert not (root / "site").exists()
