"""Internal links and anchors in the generated Markdown: every `[text](page.md#id)` must lead
to a page that exists in that language, and to an id on it."""

from __future__ import annotations

import posixpath
import re

MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")
IDS = re.compile(r"\{#([\w-]+)|\bid=\"([\w-]+)\"")
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)


def ids(markdown: str) -> set[str]:
    return {explicit or html for explicit, html in IDS.findall(markdown)}


def broken_links(pages: dict[str, str]) -> list[tuple[str, str, str]]:
    """(page, link, what is wrong) for every internal Markdown link that leads nowhere."""
    anchors = {path: ids(text) for path, text in pages.items()}
    broken = []
    for path, text in pages.items():
        for link in MARKDOWN_LINK.findall(text):
            if EXTERNAL.match(link):
                continue
            target, _, anchor = link.partition("#")
            if not target:
                resolved = path
            elif target.endswith(".md"):
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            else:
                continue  # a folder or file outside the pages (the JSON export, assets)
            if resolved not in pages:
                broken.append((path, link, f"there is no page {resolved}"))
            elif anchor and anchor not in anchors[resolved]:
                broken.append((path, link, f"{resolved} has no heading with id '{anchor}'"))
    return broken
