"""Work split by language over the machine's cores. The workers are forked, so they start with
everything the parent has built (the site, the coverage, the templates' environments) instead
of receiving it pickled; only their results travel back."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

C = TypeVar("C")
T = TypeVar("T")
R = TypeVar("R")

_context: Any = None  # what the forked workers find; set only while a pool runs


def fork_map(
    function: Callable[[C, T], R], items: Sequence[T], context: C, jobs: int | None = None
) -> list[R]:
    """[function(context, item) for item in items], in that order, on up to `jobs` cores
    (default: all). In one process when there is one core or one item, or when the process has
    other threads (`mkdocs serve`'s server): forking those is not safe."""
    workers = min(jobs or os.cpu_count() or 1, len(items))
    if workers <= 1 or threading.active_count() > 1:
        return [function(context, item) for item in items]
    global _context
    _context = context
    try:
        fork = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=fork) as pool:
            return list(pool.map(_call, [(function, item) for item in items]))
    finally:
        _context = None


def _call(job: tuple[Callable[[Any, Any], Any], Any]) -> Any:
    function, item = job
    return function(_context, item)
