"""Read YAML while keeping the line of every key and item, so errors can point at them."""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from returnguide.errors import ContentError, Problem

# path -> (text, document): a preview's rebuild parses again only the files whose text changed.
_parsed: dict[Path, tuple[str, Any]] = {}
PARSED_MAX = 4096  # files kept: more than any project has; a test run reads many projects


def read_yaml(path: Path) -> Any:
    """Parse one file; a syntax error becomes a Problem at the line the parser names."""
    if not path.is_file():
        raise ContentError([Problem(path, 1, 1, "file is missing", "create it (see README.md)")])
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ContentError([Problem(path, 1, 1, "file is not UTF-8", "save it as UTF-8")]) from None
    if (cached := _parsed.get(path)) and cached[0] == text:
        return cached[1]
    document = parse(path, text)
    if len(_parsed) >= PARSED_MAX:
        _parsed.clear()
    _parsed[path] = (text, document)
    return document


def parse(path: Path, text: str) -> Any:
    try:
        return YAML(typ="rt").load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"YAML syntax error: {error.problem or error.context}"
        raise ContentError(
            [Problem(path, line, column, message, "check indentation, colons and quotes")]
        ) from None
    except ValueError as error:  # ruamel builds dates while parsing: 2026-13-01 fails here
        line, column = impossible_date(path)
        raise ContentError(
            [
                Problem(
                    path, line, column, f"impossible date: {error}", "write a real date, YYYY-MM-DD"
                )
            ]
        ) from None


def impossible_date(path: Path) -> tuple[int, int]:
    """Where the first date that does not exist is written."""
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for found in re.finditer(r"\b\d{4}-\d{2}-\d{2}\b", text):
            try:
                datetime.date.fromisoformat(found.group())
            except ValueError:
                return number, found.start() + 1
    return 1, 1


def locate(document: Any, loc: tuple[int | str, ...]) -> tuple[int, int]:
    """The 1-based line and column of the value at `loc`, or of its nearest parent that exists."""
    line, column = 1, 1
    node = document
    for depth, key in enumerate(loc, 1):
        if isinstance(node, CommentedMap) and key in node:
            last_scalar = depth == len(loc) and not isinstance(
                node[key], CommentedMap | CommentedSeq
            )
            line, column = node.lc.value(key) if last_scalar else node.lc.key(key)
            line, column = line + 1, column + 1
            node = node[key]
        elif isinstance(node, CommentedSeq) and isinstance(key, int) and key < len(node):
            line, column = node.lc.item(key)
            line, column = line + 1, column + 1
            node = node[key]
        else:
            break
    return line, column


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A suggestion for a misspelled name, or an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""
