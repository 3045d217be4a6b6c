"""Is the site byte-identical before and after a change? Build two versions of the project, each
into a folder of its own, and compare the two folders file by file.

    .venv/bin/python scripts/same_output.py [REV_A [REV_B]]

REV_A defaults to HEAD; REV_B defaults to the working tree (with its uncommitted changes). A
revision is checked out into a temporary git worktree (`git worktree add --detach`, removed
afterwards); the working tree is copied (its tracked and untracked, not ignored, files), so that
its own docs/, site/ and .cache/ are left alone. Each version is built by its own code: `python
-m returnguide.cli build --site-dir …` in its folder, with PYTHONPATH=<folder>/src, so that
`returnguide` is imported from there and not from the installed (editable) package. Both builds
get the same environment, without SITE_URL and ONLY (each revision's default address, which is
mkdocs.yml's), and no QR-code cache. Prints the differing or missing files (the first 20) and
exits 1 if there are any; prints "identical: N files" and exits 0 if not; exits 2 if a build
fails.

Limits:
- Both builds use the installed packages (.venv): a revision that needs other versions of
  MkDocs, Material or static-i18n fails or differs for that reason.
- How MkDocs finds the project's code. A revision that lists `hooks:` in mkdocs.yml
  (5d48d7b and before) names a file in its own folder, which imports `returnguide.*` from
  PYTHONPATH: its own code. A revision that lists the plugin `returnguide` gets it through the
  installed entry point, `returnguide.site.mkdocs_plugin:ReturnGuide` as the installed
  pyproject.toml declares it. An entry point is loaded by importing its module by name, so
  with PYTHONPATH set that module too is the revision's own (PYTHONPATH comes before the
  editable install's .pth entry on sys.path). A revision whose plugin is at another module or
  class name than the installed entry point's cannot be built this way (reinstall it first).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOWN = 20  # differences listed


def git(*args: str, cwd: Path = ROOT) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)
    return result.stdout


def checkout(rev: str, folder: Path) -> Path:
    """The revision in a new worktree at folder."""
    git("worktree", "add", "--quiet", "--detach", str(folder), rev)
    return folder


def copy_working_tree(folder: Path) -> Path:
    """The working tree's files as they are now, sharing the repository's history (the feed and
    the sitemap's dates come from `git log`)."""
    folder.mkdir()
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():  # not a file deleted but not yet committed
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, folder / name, follow_symlinks=False)
    (folder / ".git").write_text(f"gitdir: {ROOT / '.git'}\n", encoding="utf-8")
    return folder


def build(tree: Path, site: Path, label: str) -> None:
    """The site of the project at tree, built by its own code, into site."""
    env = {key: value for key, value in os.environ.items() if key not in ("SITE_URL", "ONLY")}
    env |= {"PYTHONPATH": str(tree / "src"), "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "returnguide.cli", "build", "--site-dir", str(site)]
    start = time.perf_counter()
    print(f"building {label} …", file=sys.stderr, flush=True)
    result = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True)
    if result.returncode:
        output = (result.stdout + result.stderr)[-4000:]
        raise RuntimeError(f"the build of {label} failed ({result.returncode}):\n{output}")
    print(f"built {label} in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)


def files(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*") if not path.is_dir()}


def differences(a: Path, b: Path) -> tuple[list[str], int]:
    """What differs between the folders a and b, and how many files they have in common."""
    in_a, in_b = files(a), files(b)
    found = [f"only in A: {name}" for name in sorted(in_a - in_b)]
    found += [f"only in B: {name}" for name in sorted(in_b - in_a)]
    same = sorted(in_a & in_b)
    found += [
        f"differs: {name}" for name in same if (a / name).read_bytes() != (b / name).read_bytes()
    ]
    return found, len(same)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="same_output.py", description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("rev_a", nargs="?", default="HEAD", help="a revision (default: HEAD)")
    parser.add_argument("rev_b", nargs="?", help="a revision (default: the working tree)")
    args = parser.parse_args(argv)
    revisions = [rev for rev in (args.rev_a, args.rev_b) if rev]
    try:
        commits = [
            git("rev-parse", "--verify", "--short", f"{rev}^{{commit}}") for rev in revisions
        ]
    except subprocess.CalledProcessError as error:
        print(error.stderr.strip(), file=sys.stderr)
        return 2
    labels = [f"{rev} ({commit.strip()})" for rev, commit in zip(revisions, commits, strict=True)]
    work = Path(tempfile.mkdtemp(prefix="same_output."))
    worktrees: list[Path] = []
    try:
        for name, rev in zip("ab", revisions, strict=False):
            worktrees.append(checkout(rev, work / f"tree-{name}"))
        trees = list(worktrees)
        if not args.rev_b:
            trees.append(copy_working_tree(work / "tree-b"))
            labels.append("the working tree")
        sites = [work / "site-a", work / "site-b"]
        for tree, site, label in zip(trees, sites, labels, strict=True):
            build(tree, site, label)
        found, common = differences(*sites)
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 2
    finally:
        for tree in worktrees:
            git("worktree", "remove", "--force", str(tree))
        shutil.rmtree(work, ignore_errors=True)
    print(f"A: {labels[0]}\nB: {labels[1]}")
    if found:
        print("\n".join(found[:SHOWN]))
        more = len(found) - SHOWN
        print(f"{len(found)} difference(s)" + (f", {more} not shown" if more > 0 else ""))
        return 1
    print(f"identical: {common} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
