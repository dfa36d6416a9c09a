"""The run machinery behind `pressfacts extract IN --out OUT`, in the order a run goes:

    plan.py      what changed since the last run, from the state database (state.py)
    work.py      what a worker does with a batch of jobs: read, clean, extract, within the budget (budget.py)
    execute.py   where the batches run: in this process, in local worker processes (pool.py), or on a Dask
                 cluster (cluster.py); WARC archives are cut into jobs by warc.py
    commit.py    the single writer: records (atomic), state, duplicates, failures list
    runner.py    run(): lock (lock.py), plan -> execute -> commit, log and report

`pressfacts.run.runner.run` is imported lazily here: the library (pressfacts.extract) uses budget.py without
loading the run machinery.
"""

from __future__ import annotations

from typing import Any

from .exitcodes import EXIT_CANNOT_RUN, EXIT_LOCKED, EXIT_OK, EXIT_SOME_FAILED

__all__ = ["EXIT_CANNOT_RUN", "EXIT_LOCKED", "EXIT_OK", "EXIT_SOME_FAILED", "RunOptions", "RunOutcome", "run"]


def __getattr__(name: str) -> Any:
    if name in ("run", "RunOptions", "RunOutcome"):
        from . import runner

        return getattr(runner, name)
    raise AttributeError(name)
