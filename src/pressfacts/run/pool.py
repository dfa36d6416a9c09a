"""Local worker processes that can be killed: a stuck worker is replaced, not waited for.

Workers are forked from the process that holds the loaded pipeline, so each starts with the model already in
memory (loaded once, shared copy-on-write) and a replacement starts in milliseconds. Each worker runs one task at a
time and beats a heartbeat at every step of an article (budget.limit); a worker whose heartbeat stops for longer
than the step limit plus a grace period is killed (SIGKILL), its task split and the parts run again elsewhere,
and a part that cannot be split further is given up on with the reason (`task.lost`). Results come back in task
order, whatever order the workers finish in.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing as mp
import os
import pickle
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, Protocol, TypeVar

from spacy.language import Language

from . import budget as budget_mod
from .budget import Budget

R = TypeVar("R")


class Task(Protocol[R]):
    def split(self) -> Sequence[Task[R]]: ...

    def lost(self, reason: str) -> list[R]: ...


T = TypeVar("T", bound=Task[Any])

_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when its parent dies, even by SIGKILL (no orphan keeps working)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _worker_main(conn: Connection, heartbeat: Any, close_fds: Sequence[int]) -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for fd in close_fds:  # e.g. the run lock: a worker must never keep it alive (never unlock it: just close)
        with contextlib.suppress(OSError):
            os.close(fd)
    budget_mod.set_heartbeat(heartbeat)
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            msg = pickle.loads(data)
            if msg is None:  # shutdown: report this worker's peak memory (MB) and CPU seconds
                usage = resource.getrusage(resource.RUSAGE_SELF)
                conn.send((usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime))
                return
            fn, task = msg
            reply: tuple[str, Any] = ("ok", fn(task))
        except Exception as exc:  # a task that cannot be unpickled or raised: the parent splits it, the worker goes on
            reply = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except Exception as exc:  # a result that cannot be pickled
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


@dataclass
class _Unit(Generic[T]):
    seq: int  # the task's place in the input order
    path: tuple[int, ...]  # its place among the parts of a split task
    task: T


class _Worker:
    def __init__(self, ctx: Any, close_fds: Sequence[int]) -> None:
        self.heartbeat = ctx.Value("d", time.time(), lock=False)
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, self.heartbeat, tuple(close_fds)), daemon=True)
        self.proc.start()
        child.close()
        self.unit: _Unit[Any] | None = None

    def send(self, fn: Callable[[Any], Any], unit: _Unit[Any]) -> None:
        self.unit = unit
        self.heartbeat.value = time.time()
        self.conn.send((fn, unit.task))

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class LocalPool:
    """`with LocalPool(n, budget, nlp) as pool: for out in pool.map(fn, tasks): ...`"""

    def __init__(self, n: int, budget: Budget, nlp: Language | None = None, close_fds: Sequence[int] = (),
                 say: Callable[[str], None] | None = None) -> None:
        from .work import use_pipeline, warm_up

        if nlp is not None:
            use_pipeline(nlp)  # inherited by the forked workers
            warm_up()
        self.budget = budget
        self.say = say or (lambda _m: None)
        self.ctx = mp.get_context("fork")
        self.close_fds = close_fds
        self.workers = [_Worker(self.ctx, close_fds) for _ in range(max(1, n))]
        self.replaced = 0
        self.peak_rss_mb: list[float] = []
        self.cpu_seconds: list[float] = []

    def __enter__(self) -> LocalPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for w in self.workers:
            try:
                w.conn.send(None)
                if w.conn.poll(10):
                    rss, cpu = w.conn.recv()
                    self.peak_rss_mb.append(float(rss))
                    self.cpu_seconds.append(float(cpu))
            except (OSError, EOFError, ValueError):
                pass
            w.kill()
        self.workers = []

    def _replace(self, w: _Worker) -> None:
        w.kill()
        self.workers[self.workers.index(w)] = _Worker(self.ctx, self.close_fds)
        self.replaced += 1

    def map(self, fn: Callable[[T], list[R]], tasks: Iterable[T], window: int | None = None) -> Iterator[list[R]]:
        """fn(task) for every task, in task order; at most `window` tasks taken ahead of the oldest unfinished one."""
        source = iter(tasks)
        window = window or 4 * len(self.workers)
        queue: deque[_Unit[T]] = deque()
        parts: dict[int, dict[tuple[int, ...], list[R] | None]] = {}  # seq -> part path -> results (None: pending)
        next_seq, taken, exhausted = 0, 0, False
        while True:
            while not exhausted and taken - next_seq < window:
                try:
                    task = next(source)
                except StopIteration:
                    exhausted = True
                    break
                queue.append(_Unit(taken, (), task))
                parts[taken] = {(): None}
                taken += 1
            for w in self.workers:
                if w.unit is None and queue:
                    w.send(fn, queue.popleft())
            while next_seq in parts and all(r is not None for r in parts[next_seq].values()):
                done = parts.pop(next_seq)
                yield [r for _p, rs in sorted(done.items()) for r in rs or []]
                next_seq += 1
            busy = [w for w in self.workers if w.unit is not None]
            if not busy and not queue and exhausted and next_seq == taken:
                return
            for conn in wait([w.conn for w in busy], timeout=0.5):
                w = next(w for w in busy if w.conn is conn)
                unit, w.unit = w.unit, None
                assert unit is not None
                try:
                    status, value = conn.recv()
                except (EOFError, OSError):  # the worker died (out of memory, killed from outside)
                    self._replace(w)
                    status, value = "error", "the worker process died"
                self._settle(unit, status, value, parts, queue)
            self._check_stalls(parts, queue)

    def _settle(self, unit: _Unit[T], status: str, value: Any, parts: dict[int, dict[tuple[int, ...], Any]],
                queue: deque[_Unit[T]]) -> None:
        if status == "ok":
            parts[unit.seq][unit.path] = value
            return
        pieces = unit.task.split()
        if len(pieces) > 1:  # run the parts again (in order, first): only the culprit will fail
            del parts[unit.seq][unit.path]
            for i in range(len(pieces)):
                parts[unit.seq][(*unit.path, i)] = None
            queue.extendleft(reversed([_Unit(unit.seq, (*unit.path, i), p) for i, p in enumerate(pieces)]))
        else:
            parts[unit.seq][unit.path] = unit.task.lost(str(value))

    def _check_stalls(self, parts: dict[int, dict[tuple[int, ...], Any]], queue: deque[_Unit[T]]) -> None:
        limit = self.budget.stall_after()
        for w in list(self.workers):
            if w.unit is not None and time.time() - w.heartbeat.value > limit:
                unit, w.unit = w.unit, None
                self._replace(w)
                self.say(f"a worker was stuck for more than {limit:g} s (the limit is {self.budget.max_seconds:g} s, "
                         "--max-seconds): replaced")
                reason = (f"over the time limit of {self.budget.max_seconds:g} s (--max-seconds): the worker was "
                          "stuck and was replaced")
                self._settle(unit, "error", reason, parts, queue)
