"""fork_map: work split over forked processes, results in order; one process when forking is
not safe."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from returnguide.workers import fork_map


def squared_plus(context: int, item: int) -> tuple[int, int]:
    return item * item + context, os.getpid()


def test_results_come_back_in_order_from_forked_workers() -> None:
    # A fresh interpreter: this test process may already run a test server's thread.
    script = (
        "import os\n"
        "from returnguide.workers import fork_map\n"
        "from tests.test_parallel import squared_plus\n"
        "results = fork_map(squared_plus, list(range(8)), 1, jobs=2)\n"
        "assert [value for value, _ in results] == [i * i + 1 for i in range(8)], results\n"
        "assert os.getpid() not in {pid for _, pid in results}, 'not forked'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_a_process_with_other_threads_does_the_work_itself() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)  # as `mkdocs serve`'s server
    thread.start()
    try:
        results = fork_map(squared_plus, [1, 2, 3], 0, jobs=2)
    finally:
        stop.set()
        thread.join()
    assert results == [(1, os.getpid()), (4, os.getpid()), (9, os.getpid())]
