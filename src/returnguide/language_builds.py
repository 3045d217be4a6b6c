"""Build each language's pages with MkDocs in its own process, as many at once as there are
cores. static-i18n builds languages one after the other in one process; a language's build
needs nothing from another's (the generator has rendered every page and left a snapshot), so
they can run side by side into one site folder."""

from __future__ import annotations

import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def build_language(config_file: str, site_dir: str, site_url: str, code: str) -> None:
    """One language, as `mkdocs build --strict` would build it, into the shared site_dir, at
    the address the pages were generated for (so that no process generates them again)."""
    os.environ.pop("ONLY", None)  # a one-language preview setting would make it the default
    from mkdocs import utils
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    # The languages share site_dir: none of them may empty it first (static-i18n does the same).
    utils.clean_directory = lambda directory: None
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    config = load_config(config_file, strict=True, site_dir=site_dir, site_url=site_url)
    i18n = config.plugins["i18n"]
    i18n.current_language = code  # type: ignore[attr-defined]
    i18n.building = True  # type: ignore[attr-defined]  # so it does not go on to the others
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def build_languages(
    config_file: Path, site_dir: Path, site_url: str, codes: list[str], jobs: int | None
) -> None:
    """Every language, `jobs` processes at a time (default: one per core); the first error
    stops the build."""
    workers = max(1, min(jobs or os.cpu_count() or 1, len(codes)))
    # Each language loads its own configuration, so a process can build one after another.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [
            pool.submit(build_language, str(config_file), str(site_dir), site_url, code)
            for code in codes
        ]
        for future in futures:
            future.result()
