"""Material's stylesheets cut to what the site's pages use: every class and id that no built page
has is removed from them by lightningcss (its `unused_symbols`), after all languages are built.
Readers download about half as much CSS; the pages look the same (tests/test_stylesheets.py
compares screenshots with Material's own stylesheets). The site has no Material JavaScript, so
no rule waits for a class that a script would add."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import lightningcss
import tinycss2  # type: ignore[import-untyped]

THEME_STYLES = "assets/stylesheets"  # where Material's stylesheets are in the built site
# MkDocs, Material and the site's templates write attributes in double quotes.
SYMBOLS = re.compile(r'\s(?:class|id)="([^"]*)"')


def page_symbols(html: str) -> set[str]:
    """The class names and ids of one built page."""
    return {symbol for value in SYMBOLS.findall(html) for symbol in value.split()}


def selector_symbols(css: str) -> set[str]:
    """The class names and ids that a stylesheet's selectors name, read with tinycss2."""
    found: set[str] = set()

    def read(tokens: list[Any]) -> None:
        previous = None  # the "." before a class name
        for token in tokens:
            if token.type == "hash" or (token.type == "ident" and previous == "."):
                found.add(token.value)
            elif token.type in ("function", "() block", "[] block"):
                read(token.arguments if token.type == "function" else token.content)
            previous = token.value if token.type == "literal" else None

    def rules(nodes: list[Any]) -> None:
        for rule in nodes:
            if rule.type == "qualified-rule":
                read(rule.prelude)
            elif rule.type == "at-rule" and rule.content is not None:
                rules(tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True))

    rules(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True))
    return found


def cut(css: str, used: set[str], name: str) -> str:
    """The stylesheet without the rules for classes and ids that no page uses, minified."""
    unused = selector_symbols(css) - used
    return str(
        lightningcss.process_stylesheet(css, filename=name, minify=True, unused_symbols=unused)
    )


def cut_theme_styles(site_dir: Path, used: set[str]) -> None:
    """Material's stylesheets in the built site, cut; their source maps would now mislead."""
    for path in sorted((site_dir / THEME_STYLES).glob("*.css")):
        path.write_text(cut(path.read_text(encoding="utf-8"), used, path.name), encoding="utf-8")
    for path in (site_dir / THEME_STYLES).glob("*.css.map"):
        path.unlink()
