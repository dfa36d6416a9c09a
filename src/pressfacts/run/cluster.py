"""A dask.distributed cluster as the executor: `--scheduler local:N` starts a LocalCluster of N worker processes
on this machine, `--scheduler tcp://host:8786` uses a running scheduler (`dask scheduler` on one machine,
`dask worker tcp://host:8786` on each, same pressfacts version, input and output on a shared filesystem).

Each worker loads the pipeline once (PipelinePlugin, before its first task); tasks are batches of jobs; the
client alone writes (commit.py). A worker that dies mid-run (even SIGKILL) costs only its running tasks, which the
scheduler gives to another worker; a task that keeps killing workers ends as an error here and is split, so only
the culprit article fails.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from .budget import Budget

R = TypeVar("R")


class PipelinePlugin(WorkerPlugin):
    """Loads the pressfacts pipeline once per worker process, when the worker joins."""

    name = "pressfacts-pipeline"

    def setup(self, worker: Any) -> None:
        from ..nlp import get_pipeline
        from . import budget
        from .work import warm_up

        get_pipeline()
        warm_up()
        # A step the watchdog cannot interrupt (stuck in C code): the worker ends itself and the nanny replaces it.
        budget.hard_exit_after_grace = True


def worker_version() -> str:
    """What a worker runs: pressfacts version + pipeline fingerprint + model (must match the client's)."""
    from .. import __version__
    from ..settings import base_model_name, pipeline_fingerprint

    return f"{__version__}+{pipeline_fingerprint()} {base_model_name()}"


class ClusterError(RuntimeError):
    pass


class DaskExecutor:
    def __init__(self, address: str, budget: Budget, say: Callable[[str], None] | None = None) -> None:
        self.budget = budget
        self.say = say or (lambda _m: None)
        self.cluster: LocalCluster | None = None
        try:
            if address.startswith("local:"):
                n = int(address.split(":", 1)[1] or 0) or 1
                self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                            dashboard_address=None)
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout=30)
        except (OSError, TimeoutError, ValueError) as exc:
            self.close()
            raise ClusterError(f"cannot reach the Dask scheduler {address}: {exc}") from exc
        self.client.register_plugin(PipelinePlugin())
        versions = self.client.run(worker_version)
        mine = worker_version()
        other = {addr: v for addr, v in versions.items() if v != mine}
        if other:
            self.close()
            raise ClusterError(f"workers run another pressfacts version or pipeline than this client ({mine}): "
                               + ", ".join(f"{a}: {v}" for a, v in other.items()))
        self.workers = len(versions)
        if not self.workers:
            self.close()
            raise ClusterError(f"the Dask scheduler {address} has no workers")
        self.say(f"Dask cluster {address}: {self.workers} worker(s)")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()
        if self.cluster is not None:
            with contextlib.suppress(Exception):
                self.cluster.close()

    def map(self, fn: Callable[[Any], list[R]], tasks: Iterable[Any], window: int | None = None) -> Iterator[list[R]]:
        """fn(task) on the cluster for every task, results in task order, at most `window` tasks in flight."""
        source = iter(tasks)
        window = window or max(4, 3 * self.workers)
        parts: dict[int, dict[tuple[int, ...], list[R] | None]] = {}
        meta: dict[Any, tuple[int, tuple[int, ...], Any]] = {}  # future -> (seq, part path, task)
        done = as_completed()
        next_seq = taken = 0

        def submit(seq: int, path: tuple[int, ...], task: Any) -> None:
            fut = self.client.submit(fn, task, pure=False)
            meta[fut] = (seq, path, task)
            parts[seq][path] = None
            done.add(fut)

        def top_up() -> None:
            nonlocal taken
            while taken - next_seq < window:
                task = next(source, None)
                if task is None:
                    return
                parts[taken] = {}
                submit(taken, (), task)
                taken += 1

        top_up()
        while meta:
            fut = next(done)
            seq, path, task = meta.pop(fut)
            try:
                parts[seq][path] = fut.result()
            except Exception as exc:  # the task raised, or killed workers until the scheduler gave up on it
                del parts[seq][path]
                pieces = task.split()
                if len(pieces) > 1:
                    for i, piece in enumerate(pieces):
                        submit(seq, (*path, i), piece)
                else:
                    parts[seq][path] = task.lost(f"failed on the cluster: {type(exc).__name__}: {exc}")
            fut.release()
            while next_seq in parts and all(r is not None for r in parts[next_seq].values()):
                finished = parts.pop(next_seq)
                yield [r for _p, rs in sorted(finished.items()) for r in rs or []]
                next_seq += 1
            top_up()
