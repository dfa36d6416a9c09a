"""One run at a time per output folder: an flock()ed lock file that names its holder.

The kernel drops an flock when its process dies, even by SIGKILL, so a lock file left by a dead run is
simply taken over by the next one; its old content only serves to say whose lock it was.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
from pathlib import Path
from types import TracebackType


class LockedError(RuntimeError):
    """Another live process holds the lock."""

    def __init__(self, path: Path, holder: dict[str, object]) -> None:
        self.path = path
        self.holder = holder
        since = holder.get("since", "an unknown time")
        super().__init__(f"another pressfacts run (pid {holder.get('pid', '?')}, started {since}) holds {path}")


class RunLock:
    """`with RunLock(path) as lock:`; `lock.stale_holder` names a dead previous holder that was taken over."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None
        self.stale_holder: dict[str, object] | None = None

    def acquire(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            raise LockedError(self.path, holder) from None
        previous = _read_holder(fd)
        if previous.get("pid"):
            self.stale_holder = previous  # the file names a process that no longer holds the lock
        me = {"pid": os.getpid(), "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(me).encode(), 0)
        os.fsync(fd)
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is None:
            return
        os.ftruncate(self.fd, 0)  # an empty lock file means "released cleanly"
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.release()


def _read_holder(fd: int) -> dict[str, object]:
    try:
        data = os.pread(fd, 4096, 0)
        holder = json.loads(data) if data.strip() else {}
        return holder if isinstance(holder, dict) else {}
    except (OSError, ValueError):
        return {}
