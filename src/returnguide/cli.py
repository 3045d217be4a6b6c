"""Command line: `returnguide check|catalogs|status|urls|build`, run from the project folder.
The only place besides mkdocs.yml that reads the environment (SITE_URL)."""

from __future__ import annotations

import argparse
import datetime
import os
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import Abort, BuildError

from returnguide import pipeline
from returnguide.check import catalog_checks, stale_facts
from returnguide.content.redirects import record
from returnguide.errors import ContentError
from returnguide.pages.render import addresses
from returnguide.project import Project
from returnguide.settings import DEFAULT_SITE_URL, Settings
from returnguide.site.mkdocs_setup import read_setup
from returnguide.stages import Stages
from returnguide.translation.extract import update_catalogs
from returnguide.translation.status import text_report, unlisted

MAX_AGE_DAYS = 365  # facts checked longer ago than this get a warning


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="returnguide", description=__doc__)
    parser.add_argument("command", choices=["check", "catalogs", "status", "urls", "build"])
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="project folder")
    parser.add_argument("--site-dir", type=Path, default=None, help="output (default: site/)")
    parser.add_argument(
        "--site-url",
        default=os.environ.get("SITE_URL") or DEFAULT_SITE_URL,
        help="the public address (default: $SITE_URL, else %(default)s)",
    )
    parser.add_argument("--pdfs", action="store_true", help="make a PDF of every leaflet")
    parser.add_argument(
        "--max-age-days",
        type=int,
        default=MAX_AGE_DAYS,
        help="warn about facts checked longer ago than this (default: %(default)s)",
    )
    parser.add_argument(
        "--jobs", type=int, default=None, help="processes at once (default: one per core)"
    )
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> None:
    project = Project(args.project.resolve())
    settings = Settings(site_url=args.site_url, pdfs=args.pdfs, jobs=args.jobs)
    if args.command == "catalogs":
        for path in update_catalogs(project):
            print(f"updated {path.relative_to(project.root)}")
        return
    setup = read_setup(project.mkdocs_yml)
    if setup.only:
        raise Abort(f"ONLY={setup.only} previews one language with `make serve`; unset it")
    if args.command == "urls":
        site = pipeline.load_site(project, settings, setup)
        print(f"recorded {record(project.content, site.links, addresses(site))}")
    elif args.command == "build":
        site_dir = args.site_dir or project.root / "site"
        stages = Stages()
        generation = pipeline.build(project, settings, setup, site_dir, stages)
        for line in unlisted(generation.coverage):
            print(line, file=sys.stderr)
        pages = sum(1 for _ in site_dir.rglob("index.html"))
        times = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in stages.seconds.items())
        print(f"Built {pages} pages into {site_dir} ({times})")
    else:
        generation = pipeline.prepare(project, settings, setup)
        if args.command == "status":
            print(text_report(generation.coverage), end="")
            return
        content, today = generation.site.content, datetime.date.today()
        if problems := catalog_checks(project, content):
            raise ContentError(problems)
        warnings = generation.warnings
        warnings += stale_facts(project.content, content, args.max_age_days, today)
        print("\n".join(warnings) or "No problems found.", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    try:
        run(arguments(argv))
    except ContentError as error:
        print(f"The content has mistakes; nothing was built.\n{error}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as error:
        print(
            f"{' '.join(error.cmd[:4])} failed; the previous site/ is unchanged.", file=sys.stderr
        )
        return error.returncode or 1
    except (Abort, BuildError) as error:
        print(f"MkDocs failed: {error}\nThe previous site/ is unchanged.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
