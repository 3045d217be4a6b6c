"""Rendering pieces shared by pages, leaflets and the export."""

from __future__ import annotations

from returnguide.content.models import Content
from returnguide.pages.facts import caveat_text
from returnguide.project import Project
from returnguide.translation.catalogs import Translations, load_catalog


def test_whom_to_ask_is_joined_as_each_language_writes_a_list(
    project: Project, content: Content
) -> None:
    both = content.caveats["erin-now-eurp"].model_copy(update={"ask": ["iom", "dtv"]})
    changed = content.model_copy(update={"caveats": {**content.caveats, both.id: both}})
    dutch = caveat_text(changed, both.id, lambda text: text, content.source_language)
    assert dutch.endswith(" Vraag het aan IOM en de DT&V.")
    arabic = content.language("ar")
    gettext = Translations(arabic, load_catalog(project.locales, arabic)).gettext
    text = caveat_text(changed, both.id, gettext, arabic)
    assert " و" in text.rsplit(".", 2)[-2], "CLDR's Arabic list pattern, not a Latin comma"
    assert ", " not in text.rsplit(".", 2)[-2]
