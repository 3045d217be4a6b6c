"""Material's markup that the Nu HTML Checker rejects and that no block can override: the search
checkbox (search is off), `autocomplete` on a checkbox, and the table of contents' label for a
checkbox that only exists when the contents are in the navigation; and the contents' checkbox on
a page without contents, which nothing labels (a control without a name for screen readers)."""

from __future__ import annotations

HTML_FIXES = (
    (
        '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" '
        'autocomplete="off">',
        "",
    ),
    ('id="__drawer" autocomplete="off">', 'id="__drawer">'),
    ('<label class="md-nav__title" for="__toc">', '<label class="md-nav__title">'),
)


TOC_TOGGLE = '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">'


def valid_html(output: str) -> str:
    for old, new in HTML_FIXES:
        output = output.replace(old, new)
    if 'for="__toc"' not in output:
        output = output.replace(TOC_TOGGLE, "")
    return output
