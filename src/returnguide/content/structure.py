"""The Markdown structure a translation must keep: headings (with their ids), links and list
items. A translator may reword anything else; losing one of these breaks a page or a deep link."""

from __future__ import annotations

import re
from collections import Counter

HEADING = re.compile(r"^(#{1,6})\s.*?(\{#[\w-]+[^}]*\})?\s*$", re.M)
LINK = re.compile(r"\]\(([^)\s]+)\)|<(https?://[^>\s]+)>")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S", re.M)


def outline(markdown: str) -> Counter[str]:
    """Every structural element of a Markdown text, counted."""
    found: Counter[str] = Counter()
    for level, attributes in HEADING.findall(markdown):
        found[f"heading {level} {attributes}".strip()] += 1
    for target, bare in LINK.findall(markdown):
        found[f"link to {target or bare}"] += 1
    found["list item"] += len(LIST_ITEM.findall(markdown))
    return +found  # drop the zero count of list items


def structure_changes(source: str, translation: str) -> list[str]:
    """What the translation lost or added compared with the source, in words."""
    before, after = outline(source), outline(translation)
    changes = [
        f"lost {name}" + (f" ({n} times)" if n > 1 else "") for name, n in (before - after).items()
    ]
    changes += [
        f"added {name}" + (f" ({n} times)" if n > 1 else "") for name, n in (after - before).items()
    ]
    return changes
