"""The time and size budget of one article: no input may stall a run.

Two limits, both settable (`--max-seconds`, `--max-html-bytes`):
- a byte cap on HTML, checked before anything parses it;
- a time limit on each step of an article (reading and cleaning; the model), enforced by a watchdog thread that
  raises `BudgetExceeded` inside the thread doing the work. That interrupts Python code (trafilatura, our rules)
  wherever it is; code stuck inside one C call is the job of the process-level backstop: the local worker pool
  kills a worker whose heartbeat stops (pool.py), a Dask worker kills itself (cluster.py) and is replaced.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.sharedctypes import Synchronized

DEFAULT_MAX_SECONDS = 60.0
# 2 MB of HTML already costs trafilatura ~11 s on a page of tiny paragraphs; real article pages are far smaller.
DEFAULT_MAX_HTML_BYTES = 5_000_000
# How long past its limit a step may run before the process running it is given up on (killed and replaced).
GRACE_SECONDS = 10.0


@dataclass(frozen=True)
class Budget:
    max_seconds: float = DEFAULT_MAX_SECONDS
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES
    grace_seconds: float = GRACE_SECONDS

    def grace(self) -> float:
        return max(self.grace_seconds, self.max_seconds / 2)

    def stall_after(self) -> float:
        """Seconds without a heartbeat after which a worker counts as stuck."""
        return self.max_seconds + self.grace()


class BudgetExceeded(BaseException):
    """A step of an article ran past its time limit. A BaseException, like KeyboardInterrupt: the many
    `except Exception` in library code must not swallow it."""

    def __init__(self, seconds: float, step: str) -> None:
        super().__init__(f"{step} took more than the limit of {seconds:g} s (--max-seconds)")
        self.reason = str(self)


# Set in worker processes: the time the current step started, read by the parent to spot a stuck worker.
_heartbeat: Synchronized[float] | None = None
# Set on Dask workers: when the watchdog cannot interrupt a step, end the process (the nanny starts a new one).
hard_exit_after_grace = False


def set_heartbeat(value: Synchronized[float] | None) -> None:
    global _heartbeat
    _heartbeat = value


def beat() -> None:
    if _heartbeat is not None:
        _heartbeat.value = time.time()


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


@contextmanager
def limit(budget: Budget, step: str) -> Iterator[None]:
    """Run the block within budget.max_seconds, else raise BudgetExceeded(step) in it."""
    beat()
    seconds = budget.max_seconds
    tid = threading.get_ident()
    guard = threading.Lock()
    state = {"active": True, "fired": False}

    def fire() -> None:
        with guard:
            if not state["active"]:
                return
            state["fired"] = True
            # The exception class carries no arguments through the C API: a subclass bound to this limit does.
            _raise_in(tid, type("BudgetExceeded", (BudgetExceeded,), {"__init__": _bound_init(seconds, step)}))
        if hard_exit_after_grace:
            time.sleep(budget.grace())
            with guard:
                stuck = state["active"]
            if stuck:  # still inside the block: stuck in C code the exception cannot reach
                os.kill(os.getpid(), signal.SIGKILL)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with guard:
            state["active"] = False
            timer.cancel()
            if state["fired"]:
                _raise_in(tid, None)  # fired but not delivered yet: it must not hit the code after the block


def _bound_init(seconds: float, step: str):  # type: ignore[no-untyped-def]
    def __init__(self: BudgetExceeded, *_args: object) -> None:
        BudgetExceeded.__init__(self, seconds, step)

    return __init__
