"""Facts that no person has compared with their source, or not for a long time: `make check`
warns about them with file and line, and the translation-status page lists them for editors."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

from returnguide.check import stale_facts
from returnguide.content.load import load_content
from returnguide.project import Project
from returnguide.rules.freshness import needs_checking

TODAY = datetime.date(2026, 12, 1)


def test_check_warns_about_facts_never_checked_and_checked_too_long_ago(
    project: Project, tmp_path: Path
) -> None:
    shutil.copytree(project.content, tmp_path / "content")
    erin = tmp_path / "content" / "lists" / "erin.yml"
    text = erin.read_text(encoding="utf-8")
    erin.write_text(text.replace("\nconfidence:", "\nchecked_on: 2026-11-29\nconfidence:"))
    oecd = tmp_path / "content" / "lists" / "oecd-dac.yml"
    text = oecd.read_text(encoding="utf-8").replace(
        "transcribed_on: 2026-11-28", "transcribed_on: 2024-01-02"
    )
    oecd.write_text(text.replace("\nconfidence:", "\nchecked_on: 2024-01-03\nconfidence:"))
    content = load_content(tmp_path / "content")

    warnings = stale_facts(tmp_path / "content", content, 365, TODAY)

    assert not any(str(erin) in warning for warning in warnings), "checked two days ago"
    [old] = [w for w in warnings if str(oecd) in w]
    line = oecd.read_text(encoding="utf-8").splitlines().index("checked_on: 2024-01-03") + 1
    assert old.startswith(f"{oecd}:{line}:13: checked on 2024-01-03, more than 365 days ago")
    caveat = tmp_path / "content" / "caveats" / "erin-now-eurp.yml"
    [never] = [w for w in warnings if str(caveat) in w]
    assert "never checked by a person" in never
    assert "add 'checked_on: <that day>'" in never
    assert len(needs_checking(content, 365, TODAY)) == len(warnings)
