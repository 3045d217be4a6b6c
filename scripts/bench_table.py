"""The benchmark's report: the tables `make bench` prints (see bench.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench import Result

GENERATION = ("load", "rules", "render")  # the stages before MkDocs


def generation_share(stages: dict[str, float], wall: float) -> str:
    seconds = sum(stages.get(name, 0.0) for name in GENERATION)
    return f"{seconds:.1f} ({100 * seconds / wall:.0f} %)"


def table(results: list[Result], budget: int) -> str:
    stage_names = list(results[0].stages)
    head = ["countries x languages", "pages", "wall s", "pages/s", "peak MB"]
    head += [f"{name} s" for name in stage_names] + ["generation s", "Hugo s", "x Hugo"]
    rows = [head]
    for r in results:
        row = [f"{r.countries} x {r.languages}", str(r.pages), f"{r.wall:.1f}"]
        row += [f"{r.pages / r.wall:.0f}", f"{r.peak_mb:.0f}"]
        row += [f"{r.stages[name]:.1f}" for name in stage_names]
        row.append(generation_share(r.stages, r.wall))
        row += [f"{r.hugo:.1f}", f"{r.wall / r.hugo:.1f}"] if r.hugo else ["-", "-"]
        rows.append(row)
    lines = ["First build, nothing cached:", "", *markdown_table(rows), ""]
    head = ["countries x languages", "rebuild s", "generation s", "mkdocs s", "preview s"]
    rows = [head]
    for r in results:
        row = [f"{r.countries} x {r.languages}", f"{r.rebuild:.1f}"]
        row += [generation_share(r.rebuild_stages, r.rebuild)]
        row += [f"{r.rebuild_stages.get('mkdocs', 0.0):.1f}", f"{r.preview:.1f} ({r.previewed})"]
        rows.append(row)
    lines += ["After editing one country file, with the first build's caches:", ""]
    lines += markdown_table(rows)
    lines += ["", "generation: the stages before MkDocs (load, rules, render), and their share."]
    lines += ["preview: from saving an edit of one page until `mkdocs serve` of one language"]
    lines += ["serves it (ONLY=<language>, as `make serve ONLY=ar`)."]
    last = results[-1]
    lines += ["", f"Weight at {last.countries} x {last.languages} (raw / gzip):", ""]
    lines += [
        f"- {kind}: {raw:,} / {packed:,} bytes" for kind, (raw, packed) in last.weights.items()
    ]
    lines += ["", f"First visit of each page type (gzip, budget {budget:,}):", ""]
    lines += [f"- {name}: {size:,} bytes" for name, size in last.first_visit.items()]
    lines += ["", f"Targets at {last.countries} x {last.languages}:", ""]
    lines += [
        f"- {name}: {shown} (target {limit}): {'met' if met else 'NOT met'}"
        for name, shown, limit, met in targets(last)
    ]
    return "\n".join(lines)


def targets(r: Result) -> list[tuple[str, str, str, bool]]:
    """The budgets of the languages issue (15): what, the figure, the target, whether it is met."""
    heaviest = max(r.first_visit.values(), default=0)
    return [
        ("first build", f"{r.wall:.1f} s", "40 s", r.wall <= 40),
        ("rebuild after editing one country file", f"{r.rebuild:.1f} s", "25 s", r.rebuild <= 25),
        ("preview shows an edit", f"{r.preview:.1f} s", "2.5 s", r.preview <= 2.5),
        ("peak memory", f"{r.peak_mb:.0f} MB", "1,024 MB", r.peak_mb < 1024),
        ("heaviest first visit", f"{heaviest:,} bytes", "30,000 bytes", heaviest <= 30_000),
    ]


def markdown_table(rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return lines
