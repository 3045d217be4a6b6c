"""The thin MkDocs side: generate pages before files are collected, translate the site name,
write the JSON export after the build. Listed under `hooks:` in mkdocs.yml.

static-i18n runs one build per language in one process, calling these hooks every time; the
work is done once per process and change of inputs (a fingerprint of their modification times),
checked once per build in on_config.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path, PurePath
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from returnguide.alternates import sitemap, translations
from returnguide.coverage import Coverage
from returnguide.errors import ContentError
from returnguide.export import write_export
from returnguide.feed import FEED
from returnguide.generate import Project, Snapshot, generate, load_snapshot, snapshot_of
from returnguide.messages import NOT_FOUND, PRIVACY, SITE_DESCRIPTION, SITE_NAME, TO_HOME
from returnguide.models import Language
from returnguide.redirects import write_redirects
from returnguide.render import COMPILED
from returnguide.rules import RuleError
from returnguide.status import unlisted

_state: dict[str, Any] = {"snapshot": None, "translated": {}}


def _last_commit_time(config: MkDocsConfig) -> str | None:
    result = subprocess.run(
        ["git", "log", "-1", "--format=%ct"],
        cwd=_project(config).root,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or None


def _project(config: MkDocsConfig) -> Project:
    return Project(Path(config.config_file_path).resolve().parent)


def _snapshot(config: MkDocsConfig) -> Snapshot:
    """The generation's results: from `make site`'s snapshot when the inputs are unchanged (each
    language's MkDocs process then renders nothing), else generated here (`mkdocs serve`)."""
    project = _project(config)
    fingerprint = project.fingerprint()
    site_url = config.site_url or "/"  # every absolute address in the output starts with it
    only = _previewed(config)
    if _state["snapshot"] is None or _state["snapshot"].fingerprint != fingerprint:
        snapshot = load_snapshot(project) or (load_snapshot(project, only) if only else None)
        if snapshot is None or snapshot.coverage.site.site_url != site_url:
            try:
                coverage = generate(project, site_url, only)
            except (ContentError, RuleError) as error:
                raise Abort(f"The content has mistakes; nothing was built.\n{error}") from None
            for line in unlisted(coverage):
                print(line, file=sys.stderr)
            snapshot = snapshot_of(project, coverage)
        _state["snapshot"] = snapshot
    result: Snapshot = _state["snapshot"]
    return result


def _previewed(config: MkDocsConfig) -> str | None:
    """The one language a preview builds (`make serve ONLY=ar`), if it is one."""
    only: str | None = config.plugins["i18n"].config.build_only_locale
    return only


def _coverage() -> Coverage:
    """This build's coverage, as on_config found it."""
    snapshot: Snapshot = _state["snapshot"]
    return snapshot.coverage


def _check_theme_languages(config: MkDocsConfig, languages: list[Language]) -> None:
    """Material needs interface strings for each language; it would fall back to English."""
    for language in languages:
        name = f"{language.code}.html"
        if not any((Path(d) / "partials/languages" / name).is_file() for d in config.theme.dirs):
            raise Abort(
                f"Material has no interface strings for '{language.code}': add "
                f"overrides/partials/languages/{name} (copy Material's en.html, set "
                f'"language": "{language.code}" and "direction": "{language.direction}", '
                "and translate the rest)."
            )


def _list_only_live(config: MkDocsConfig, live: list[Language]) -> None:
    """Material's language menu lists every built language: keep only the live ones.
    static-i18n restores the menu from its own copy for every page, so filter that copy too."""
    codes = {language.code for language in live}
    plugin = config.plugins["i18n"]
    for holder, key in ((config.extra, "alternate"), (plugin.__dict__, "extra_alternate")):
        if holder.get(key):
            holder[key] = [alt for alt in holder[key] if alt["lang"] in codes]


@event_priority(-200)  # after static-i18n has chosen this build's language
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Dates in the output (sitemap, gzip headers) come from the last commit, so that a plain
    # `mkdocs build` of one commit gives the same bytes every time, as `make site` does.
    if "SOURCE_DATE_EPOCH" not in os.environ and (epoch := _last_commit_time(config)):
        os.environ["SOURCE_DATE_EPOCH"] = epoch
    snapshot = _snapshot(config)
    coverage = snapshot.coverage
    site = coverage.site
    languages = {lang.code: lang for lang in site.content.languages}
    i18n = config.plugins["i18n"].config
    configured = [lang.locale for lang in i18n.languages]
    # A preview generates only its language and that language's fallbacks.
    if configured != list(languages) and not _previewed(config):
        raise Abort(
            f"mkdocs.yml lists the languages {configured}, content/languages.yml lists "
            f"{list(languages)}: make the plugins.i18n.languages of mkdocs.yml match."
        )
    default = next(lang.locale for lang in i18n.languages if lang.default)
    # A one-language preview (`make serve ONLY=ar`) puts that language at the root.
    if default != site.content.source_language.code and not _previewed(config):
        raise Abort(
            f"mkdocs.yml builds '{default}' at the site's root, but the source language in "
            f"content/languages.yml is '{site.content.source_language.code}': give that one "
            "'default: true' in mkdocs.yml."
        )
    _check_theme_languages(config, site.content.languages)
    _list_only_live(config, coverage.live())
    language = languages[config.theme["language"]]
    strings = snapshot.strings
    config.site_name = strings[language.code][SITE_NAME]
    config.site_description = strings[language.code][SITE_DESCRIPTION]
    config.extra["privacy"] = {
        "url": site.url("about.md", language) + "#privacy",
        "label": strings[language.code][PRIVACY],
    }
    config.extra["feed"] = site.prefix(language) + FEED
    config.extra["not_found"] = [
        {
            "code": lang.code,
            "direction": lang.direction,
            "message": strings[lang.code][NOT_FOUND],
            "link": strings[lang.code][TO_HOME],
            "home": site.url("index.md", lang),
        }
        for lang in coverage.live()
    ]
    return config


@event_priority(-50)  # before static-i18n's (-100)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Only this language's files, and the shared ones (the theme's, docs/assets/) in the build
    of the language at the site's root only: all languages' builds write into one folder.
    static-i18n would otherwise look at every language's files in every language's build
    (18,000 at twelve languages, two seconds each), and each would copy the theme again.
    Where the other languages have each page is kept for the language menu (on_page_context)."""
    codes = {language.locale for language in config.plugins["i18n"].config.languages}
    current = config.theme["language"]
    default = config.plugins["i18n"].default_language  # type: ignore[attr-defined]
    kept: list[File] = []
    translated: dict[str, dict[str, str]] = {}  # page path without language -> language -> url
    for file in files:
        code, _, path = file.src_uri.partition("/")
        if code == current or (code not in codes and current == default):
            kept.append(file)
        elif code in codes and file.is_documentation_page():
            # The address static-i18n gives that page in its own language's build.
            src = path if code == default else file.src_uri
            url = File(src, config.docs_dir, config.site_dir, config.use_directory_urls).url
            translated.setdefault(path, {})[code] = url
    _state["translated"] = translated
    return Files(kept)


@event_priority(-50)
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """The theme's templates compiled once per process, not once per language."""
    env.bytecode_cache = COMPILED
    return env


def on_page_context(context: Any, page: Any, config: MkDocsConfig, nav: Any) -> Any:
    """hreflang links for the page's real translations only (no fallbacks), absolute, with
    x-default; static-i18n's own list is relative and includes fallbacks."""
    coverage = _coverage()
    code, _, path = page.file.src_uri.partition("/")
    known = code in coverage.rendered and path in coverage.rendered[code]
    page.meta["hreflang"] = translations(coverage, path) if known else []
    _link_language_menu(page, config, path)
    return context


def _link_language_menu(page: Any, config: MkDocsConfig, path: str) -> None:
    """The language menu links each language's version of this page, as static-i18n does when it
    has seen every language's files (on_files kept it from them); a language's home page keeps
    the menu's links to the other homes."""
    if PurePath(page.url) in (PurePath("."), PurePath(page.file.locale_alternate_of)):
        return
    urls = _state["translated"].get(path, {})
    # static-i18n sets the menu as an attribute, which is what the theme reads.
    for alternate in getattr(config.extra, "alternate", None) or []:
        if alternate["lang"] in urls:
            alternate["link"] = urls[alternate["lang"]]


def on_post_build(config: MkDocsConfig) -> None:
    """What the whole site has once: the source language's build writes it."""
    coverage = _coverage()
    site = coverage.site
    if config.theme["language"] != site.content.source_language.code:
        return
    # Material's sitemap lists fallback pages as translations and dates every page to the
    # build; ours lists real translations, dated by the content's history.
    text = sitemap(coverage, _project(config).root).encode("utf-8")
    (Path(config.site_dir) / "sitemap.xml").write_bytes(text)
    (Path(config.site_dir) / "sitemap.xml.gz").write_bytes(gzip.compress(text, mtime=0))
    write_redirects(site, _project(config).content, Path(config.site_dir))
    write_export(site, Path(config.site_dir))


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    """Rebuild when the sources change. docs/ is written by the build itself (all but
    docs/assets/ is generated): watching it would start a second build after every change."""
    project = _project(config)
    server.unwatch(config.docs_dir)
    for folder in (project.content, project.templates, project.locales, project.docs / "assets"):
        server.watch(str(folder))
    return server


# Material's markup that the Nu HTML Checker rejects and that no block can override: the search
# checkbox (search is off), `autocomplete` on a checkbox, and the table of contents' label for a
# checkbox that only exists when the contents are in the navigation.
HTML_FIXES = (
    (
        '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" '
        'autocomplete="off">',
        "",
    ),
    ('id="__drawer" autocomplete="off">', 'id="__drawer">'),
    ('<label class="md-nav__title" for="__toc">', '<label class="md-nav__title">'),
)


def valid_html(output: str) -> str:
    for old, new in HTML_FIXES:
        output = output.replace(old, new)
    return output


def on_post_page(output: str, page: Any, config: MkDocsConfig) -> str:
    return valid_html(output)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """Every language's build renders Material's site-wide pages into the site's root (in
    parallel builds, over each other). MkDocs writes no template whose output is empty: the
    sitemap is ours (on_post_build), and the 404 page is the root language's (the source
    language's, or in a preview the previewed one's)."""
    root = config.plugins["i18n"].default_language  # type: ignore[attr-defined]
    if template_name == "sitemap.xml" or (
        template_name == "404.html" and config.theme["language"] != root
    ):
        return ""
    return valid_html(output)
