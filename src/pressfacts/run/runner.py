"""One extraction run over a folder, safe to repeat every night: incremental (state database), single-instance
(lock), crash-safe (atomic record writes, state committed after each write), with a JSON-lines log, a run
report and a failures list in the output folder.

A run goes in three named steps, whatever executes the work:
    plan_run (plan.py) -> execute (execute.py: this process, worker processes or a Dask cluster) -> Commit (commit.py)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from .. import __version__
from ..settings import base_model_name, pipeline_fingerprint
from ..store import atomic_write_text
from .budget import DEFAULT_MAX_HTML_BYTES, DEFAULT_MAX_SECONDS, Budget
from .commit import FAILURES_FILE, Commit, RunLog
from .execute import execute, open_executor
from .exitcodes import EXIT_CANNOT_RUN, EXIT_LOCKED, EXIT_OK, EXIT_SOME_FAILED
from .lock import LockedError, RunLock
from .plan import known_records, plan_run
from .state import STATE_FILE, State
from .work import read_stable

LOCK_FILE = "run.lock"
__all__ = ["EXIT_CANNOT_RUN", "EXIT_LOCKED", "EXIT_OK", "EXIT_SOME_FAILED", "FAILURES_FILE", "LOCK_FILE", "RunLog",
           "RunOptions", "RunOutcome", "read_stable", "run", "usable_cores"]


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, e.g. under taskset or a container's cpuset)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass
class RunOptions:
    input: Path
    out: Path
    force: bool = False  # re-extract everything, whatever the state says
    deleted: str = "keep"  # what happens to the record of a source that left the folder: keep | remove
    batch_size: int = 16
    processes: int | str = "auto"  # worker processes: "auto" (the usable cores) or a number ≥ 1
    progress: bool = False
    scheduler: str | None = None  # a Dask cluster instead of local processes: "local:N" or "tcp://host:port"
    max_seconds: float = DEFAULT_MAX_SECONDS  # per article, for each step (reading and cleaning; the model)
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES  # HTML larger than this fails before it is parsed
    story: bool = True  # refresh OUT/story/ when the run wrote or removed a record

    def n_processes(self) -> int:
        return usable_cores() if self.processes in ("auto", 0) else max(1, int(self.processes))

    def budget(self) -> Budget:
        return Budget(max_seconds=self.max_seconds, max_html_bytes=self.max_html_bytes)


@dataclass
class RunOutcome:
    exit_code: int
    report: dict[str, Any] = field(default_factory=dict)
    message: str = ""


def run(opts: RunOptions, nlp: Language | None = None, *, say: Callable[[str], None] | None = None) -> RunOutcome:
    """Extract what is new or changed under opts.input into opts.out; see RunOutcome.exit_code."""
    say = say or (lambda _msg: None)
    if not opts.input.exists():
        return RunOutcome(EXIT_CANNOT_RUN, message=f"input {opts.input} does not exist")
    try:
        opts.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return RunOutcome(EXIT_CANNOT_RUN, message=f"cannot create output folder {opts.out}: {exc.strerror}")
    lock = RunLock(opts.out / LOCK_FILE)
    try:
        lock.acquire()
    except LockedError as exc:
        return RunOutcome(EXIT_LOCKED, message=f"{exc}; this run exits without doing anything")
    except OSError as exc:
        return RunOutcome(EXIT_CANNOT_RUN, message=f"cannot create lock file in {opts.out}: {exc.strerror}")
    try:
        outcome = _locked_run(opts, nlp, say, lock)
        if opts.story:
            from ..story.refresh import refresh_after_run

            refresh_after_run(opts.out, outcome.report, say)
        return outcome
    finally:
        lock.release()


def _locked_run(opts: RunOptions, nlp: Language | None, say: Callable[[str], None], lock: RunLock) -> RunOutcome:
    out = opts.out
    # Temporary files of a write interrupted by a kill: never a record, always safe to delete under the lock.
    for tmp in out.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)
    try:
        state = State(out / STATE_FILE)
    except Exception as exc:  # sqlite3.DatabaseError and friends
        return RunOutcome(EXIT_CANNOT_RUN, message=f"cannot open state database {out / STATE_FILE}: {exc}")
    pv = f"{__version__}+{pipeline_fingerprint()}"
    model = base_model_name()
    run_id = state.start_run(pv, model, str(opts.input))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    log = RunLog(out / "logs" / f"run-{stamp}-{run_id}.jsonl", run_id)
    log.event("run_start", input=str(opts.input), out=str(out), pipeline_version=pv, model=model, force=opts.force,
              deleted=opts.deleted, pid=os.getpid(), executor=opts.scheduler or f"{opts.n_processes()} process(es)",
              max_seconds=opts.max_seconds, max_html_bytes=opts.max_html_bytes)
    if lock.stale_holder:
        log.event("lock_takeover", previous=lock.stale_holder)
        say(f"took over a stale lock left by pid {lock.stale_holder.get('pid')} (no longer running)")
    try:
        outcome = _steps(opts, nlp, say, state, log, run_id, pv, model, lock)
    except Exception as exc:
        log.event("run_error", error=f"{type(exc).__name__}: {exc}")
        state.finish_run(run_id, EXIT_CANNOT_RUN, {"error": f"{type(exc).__name__}: {exc}"})
        log.close()
        state.close()
        return RunOutcome(EXIT_CANNOT_RUN, message=f"run {run_id} stopped: {type(exc).__name__}: {exc}")
    outcome.report["run"] = run_id
    outcome.report["log"] = str(log.path)
    log.event("run_end", exit_code=outcome.exit_code, **{k: v for k, v in outcome.report.items() if k != "failures"})
    state.finish_run(run_id, outcome.exit_code, outcome.report)
    atomic_write_text(out / "reports" / f"run-{stamp}-{run_id}.json",
                      json.dumps(outcome.report, indent=2, ensure_ascii=False) + "\n")
    log.close()
    state.close()
    return outcome


def _steps(opts: RunOptions, nlp: Language | None, say: Callable[[str], None], state: State, log: RunLog,
           run_id: int, pv: str, model: str, lock: RunLock) -> RunOutcome:
    """plan -> execute -> commit, timed."""
    t_start = time.perf_counter()
    plan = plan_run(opts.input, opts.out, state, pv, model, opts.force)
    commit = Commit(state, opts.out, log, run_id, pv, model, plan, say)
    commit.unchanged_files()
    commit.sources_gone(opts.deleted)
    known_records(plan, state, opts.out, pv, model, opts.force)
    t_scan = time.perf_counter()
    executor = None
    if plan.work:
        say(f"{len(plan.work)} new or changed file(s) to read, {plan.unchanged} unchanged")
        executor = open_executor(opts.n_processes(), opts.scheduler, opts.budget(), nlp,
                                 close_fds=[lock.fd] if lock.fd is not None else [], say=say)
    t_load = time.perf_counter()
    progress = None
    if opts.progress and plan.work:
        from tqdm import tqdm

        progress = tqdm(total=len(plan.work), unit="file", desc="extract", file=sys.stderr)
        commit.on_file_done = lambda: progress.update(1)
    try:
        if executor is not None:
            execute(plan, executor, commit, opts.budget(), opts.batch_size)
    finally:
        if executor is not None:
            executor.close()
        if progress is not None:
            progress.close()
    t_extract = time.perf_counter()
    commit.fix_also()
    outstanding = commit.write_failures()
    t_end = time.perf_counter()
    seconds = {"scan": t_scan - t_start, "load_model": t_load - t_scan, "extract": t_extract - t_load,
               "finish": t_end - t_extract, "total": t_end - t_start}
    report = _report(opts, plan.present, len(plan.work), plan.unchanged, commit, pv, model, seconds, outstanding)
    if executor is not None and hasattr(executor, "peak_rss_mb"):
        report["workers"] = {"peak_rss_mb": [round(x) for x in executor.peak_rss_mb],
                             "replaced": getattr(executor, "replaced", 0)}
    return RunOutcome(EXIT_SOME_FAILED if commit.failures else EXIT_OK, report)


def _report(opts: RunOptions, present: dict[str, Path], files_read: int, unchanged: int, commit: Commit, pv: str,
            model: str, seconds: dict[str, float], outstanding: int) -> dict[str, Any]:
    counts, facts = commit.counts, commit.facts
    return {
        "input": str(opts.input),
        "output": str(opts.out),
        "pipeline_version": pv,
        "model": model,
        "executor": opts.scheduler or f"{opts.n_processes()} process(es)",
        "files_seen": len(present),
        "files_unchanged": unchanged,
        "files_read": files_read,
        "articles_read": sum(counts[k] for k in ("written", "failed", "skipped", "duplicate", "unchanged")),
        "written": counts["written"],
        "failed": counts["failed"],
        "skipped": counts["skipped"],
        "duplicates": counts["duplicate"],
        "unchanged": counts["unchanged"],
        "deleted_kept": counts["deleted"],
        "deleted_removed": counts["removed"],
        "skipped_records": dict(sorted(commit.skipped_records.items())),
        **{k: facts[k] for k in ("entities", "dates", "figures", "quotes")},
        "seconds": {k: round(v, 3) for k, v in seconds.items()},
        "failures": commit.failures,
        "failures_outstanding": outstanding,
        "warnings": commit.warnings,
    }
