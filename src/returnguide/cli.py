"""Command line: `returnguide catalogs|status|generate|build`. Run from the project folder."""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import Abort, BuildError

from .catalog import update_catalogs
from .check import check_project
from .errors import ContentError
from .generate import Project, build_site, generate, write_generated
from .language_builds import build_languages
from .redirects import record
from .rules import RuleError
from .search import index_site
from .stages import Stages
from .status import text_report, unlisted

MAX_AGE_DAYS = 365  # facts checked longer ago than this get a warning


def check(project: Project, max_age_days: int = MAX_AGE_DAYS) -> list[str]:
    """Every problem at once, as ContentError; the warnings are returned."""
    report = check_project(project, max_age_days, datetime.date.today())
    if report.problems:
        raise ContentError(report.problems)
    return report.warnings


def build(project: Project, site_dir: Path, jobs: int | None = None) -> dict[str, float]:
    """Check and render every page once, build the languages with MkDocs side by side, index
    them for search; all into a new folder beside site_dir that is swapped in only at the end,
    so a failed build keeps the old site. Returns the seconds each stage took."""
    stages = Stages()
    report = check_project(project, MAX_AGE_DAYS, datetime.date.today(), stages)
    if report.problems or report.coverage is None:
        raise ContentError(report.problems)
    with stages("render"):
        write_generated(project, report.pages, report.coverage)
    for line in unlisted(report.coverage):
        print(line, file=sys.stderr)
    parent = site_dir.resolve().parent
    staging = Path(tempfile.mkdtemp(prefix=f"{site_dir.name}.", dir=parent))
    try:
        with stages("mkdocs"):
            site = report.coverage.site
            codes = [lang.code for lang in site.content.languages]
            build_languages(project.root / "mkdocs.yml", staging, site.site_url, codes, jobs)
        with stages("post-build"):
            index_site(staging)
        os.chmod(staging, 0o755)
        retired = parent / f"{site_dir.name}.old"
        shutil.rmtree(retired, ignore_errors=True)
        if site_dir.exists():
            site_dir.rename(retired)
        staging.rename(site_dir)
        shutil.rmtree(retired, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return stages.seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="returnguide", description=__doc__)
    parser.add_argument(
        "command", choices=["check", "catalogs", "status", "urls", "generate", "build"]
    )
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="project folder")
    parser.add_argument("--site-dir", type=Path, default=None, help="output (default: site/)")
    parser.add_argument(
        "--max-age-days",
        type=int,
        default=MAX_AGE_DAYS,
        help="warn about facts checked longer ago than this (default: %(default)s)",
    )
    parser.add_argument(
        "--jobs", type=int, default=None, help="languages built at once (default: one per core)"
    )
    args = parser.parse_args(argv)
    project = Project(args.project.resolve())
    try:
        if args.command == "check":
            warnings = check(project, args.max_age_days)
            print("\n".join(warnings) or "No problems found.", file=sys.stderr)
        elif args.command == "catalogs":
            for path in update_catalogs(project):
                print(f"updated {path.relative_to(project.root)}")
        elif args.command == "status":
            print(text_report(generate(project)), end="")
        elif args.command == "urls":
            print(f"recorded {record(project.content, build_site(project))}")
        elif args.command == "generate":
            generate(project)
        else:
            site_dir = args.site_dir or project.root / "site"
            stages = build(project, site_dir, args.jobs)
            pages = sum(1 for _ in site_dir.rglob("index.html"))
            times = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in stages.items())
            print(f"Built {pages} pages into {site_dir} ({times})")
    except (ContentError, RuleError) as error:
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
