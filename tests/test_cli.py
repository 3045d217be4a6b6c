"""The command line reads the public address once, where the program starts (SITE_URL or
--site-url), and every language's MkDocs build uses the address the pages were made for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from synthetic import synthetic_project

from returnguide.cli import main

from .conftest import ROOT


def test_languages_are_built_at_the_address_the_pages_were_generated_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = synthetic_project(ROOT, tmp_path / "project", countries=3, languages=2)
    config = project.mkdocs_yml
    hard_coded = "https://hard-coded.example/"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"(?m)^site_url: .*$", f"site_url: {hard_coded}", text), "utf-8")
    monkeypatch.setenv("SITE_URL", "https://guide.example/")
    site = tmp_path / "site"
    assert main(["build", "--project", str(project.root), "--site-dir", str(site)]) == 0
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://guide.example/">' in home
    assert hard_coded not in home
