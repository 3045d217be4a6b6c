"""Reading YAML: a file is parsed again only when its text changed (a preview's rebuild reads
every content file; most have not changed)."""

from __future__ import annotations

from pathlib import Path

from returnguide.content.yamlsource import read_yaml


def test_a_file_is_parsed_again_only_when_its_text_changes(tmp_path: Path) -> None:
    path = tmp_path / "nigeria.yml"
    path.write_text("code: NG\n", encoding="utf-8")
    first = read_yaml(path)
    assert read_yaml(path) is first  # unchanged: the document parsed before
    path.write_text("code: NE\n", encoding="utf-8")  # same size, within the same clock tick
    assert read_yaml(path)["code"] == "NE"
