"""Step 2 of a run: where the work runs. Three executors with one interface, `map(fn, tasks)` -> each task's
results in task order:

- LocalPool: local worker processes, killed and replaced when stuck (`--processes N`, pool.py; N = 1 too: the
  run's process only plans and commits, so nothing an input does can stall it);
- InProcess: this process, where processes cannot be forked (not Linux or macOS);
- DaskExecutor: a dask.distributed cluster (`--scheduler local:N` or `tcp://host:port`, cluster.py).

The tasks are the same whichever runs them (batches of jobs cut from the plan in input order), so the records are
the same too. A task that fails or whose worker dies is split and its parts run again; a part that cannot be split
is given up on with the reason (`task.lost`).
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from spacy.language import Language

from .budget import Budget
from .commit import Commit
from .plan import FileWork, Plan
from .warc import WarcIndex, archive_jobs
from .work import Job, JobBatch, run_jobs, use_pipeline, warm_up

R = TypeVar("R")


class Executor(Protocol):
    def map(self, fn: Callable[[Any], list[Any]], tasks: Iterable[Any]) -> Iterator[list[Any]]: ...

    def close(self) -> None: ...


class InProcess:
    """The tasks one after the other in this process."""

    def __init__(self, nlp: Language | None = None) -> None:
        if nlp is not None:
            use_pipeline(nlp)
        warm_up()

    def map(self, fn: Callable[[Any], list[R]], tasks: Iterable[Any]) -> Iterator[list[R]]:
        for task in tasks:
            yield self._one(fn, task)

    def _one(self, fn: Callable[[Any], list[R]], task: Any) -> list[R]:
        try:
            return fn(task)
        except Exception as exc:  # a bug on one input: its parts run again, only the culprit fails
            pieces = task.split()
            if len(pieces) > 1:
                return [r for piece in pieces for r in self._one(fn, piece)]
            return list(task.lost(f"{type(exc).__name__}: {exc}"))

    def close(self) -> None:
        pass


def open_executor(processes: int, scheduler: str | None, budget: Budget, nlp: Language | None,
                  close_fds: Sequence[int] = (), say: Callable[[str], None] | None = None) -> Executor:
    """The executor for a run; local ones get the pipeline loaded here first, so forked workers share it."""
    if scheduler:
        from .cluster import DaskExecutor

        return DaskExecutor(scheduler, budget, say=say)
    if nlp is None:
        from ..nlp import get_pipeline

        nlp = get_pipeline()
    if "fork" in mp.get_all_start_methods():
        from .pool import LocalPool

        return LocalPool(processes, budget, nlp, close_fds=close_fds, say=say)
    return InProcess(nlp)


def job_batches(work: Iterable[FileWork], budget: Budget, batch_size: int, warc_index: dict[str, WarcIndex],
                languages: tuple[str, ...] | None = ("fr",)) -> Iterator[JobBatch]:
    """Tasks in input order: batch_size loose files at a time; each WARC archive in slices of batch_size records
    (indexed here, lazily, when the tasks reach it)."""
    pending: list[Job] = []
    for fw in work:
        if fw.warc:
            if pending:
                yield JobBatch(pending, budget, languages, batch_size)
                pending = []
            for job in _archive(fw, batch_size, warc_index):
                yield JobBatch([job], budget, languages, batch_size)
            continue
        pending.append(Job(fw.display, str(fw.path), fw.size, fw.mtime_ns, fw.known))
        if len(pending) >= batch_size:
            yield JobBatch(pending, budget, languages, batch_size)
            pending = []
    if pending:
        yield JobBatch(pending, budget, languages, batch_size)


def _archive(fw: FileWork, batch_size: int, warc_index: dict[str, WarcIndex]) -> list[Job]:
    try:
        idx, jobs = archive_jobs(fw.path, fw.display, fw.known, batch_size)
    except OSError as exc:
        return [Job(fw.display, str(fw.path), fw.size, fw.mtime_ns, offsets=(),
                    errors=[(fw.display, f"cannot read file ({exc.strerror or exc})")])]
    warc_index[fw.display] = idx
    return jobs


def execute(plan: Plan, executor: Executor, commit: Commit, budget: Budget, batch_size: int) -> None:
    """Run the plan's work on the executor and hand each job's results, in input order, to the single writer."""
    warc_index: dict[str, WarcIndex] = {}
    tasks = job_batches(plan.work.values(), budget, batch_size, warc_index)
    for results in executor.map(run_jobs, tasks):
        for jr in results:
            commit.job(jr, warc_index.get(jr.display) if jr.last else None)
