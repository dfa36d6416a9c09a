"""Step 1 of a run: what changed since the last run, from the state database. Reads no file it does not have to.

A file is unchanged, without being read, when its size and mtime are those recorded when its bytes were last read
(as git and rsync decide). The recorded mtime is only trusted when the file was older than the read by more
than two seconds (work.RACY_NS): a file rewritten within one mtime tick of its read could otherwise keep its
size and mtime. A file of the same size with another (or untrusted) mtime is hashed here and compared; a file of
another size changed for sure and is read once, by the worker that extracts it.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest import find_inputs
from ..store import record_path
from .state import FileRow, State
from .warc import is_warc
from .work import RACY_NS


@dataclass
class FileWork:
    """A file to read this run."""

    display: str  # relative to the input folder
    path: Path
    size: int | None = None  # at the scan
    mtime_ns: int | None = None
    known: dict[str, str] = field(default_factory=dict)  # key -> cleaned-text sha of its current record
    warc: bool = False


@dataclass
class Plan:
    present: dict[str, Path] = field(default_factory=dict)  # every input file, by display path
    work: dict[str, FileWork] = field(default_factory=dict)  # to read, in input order
    unchanged: int = 0
    gone: list[str] = field(default_factory=list)  # files of the state that left the input folder
    restat: list[tuple[str, int, int]] = field(default_factory=list)  # unchanged by hash: (path, size, mtime_ns)


def _sha256(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None  # reported when the file is read for extraction
    return h.hexdigest()


def _unchanged(f: Path, row: FileRow | None, size: int | None, mtime_ns: int | None, plan: Plan, display: str) -> bool:
    if row is None or size is None or mtime_ns is None:
        return False
    if row.mtime_ns is not None and (row.size, row.mtime_ns) == (size, mtime_ns):
        return True
    if row.size is not None and row.size != size:
        return False
    if row.sha256 is not None and _sha256(f) == row.sha256:
        if mtime_ns < time.time_ns() - RACY_NS:
            plan.restat.append((display, size, mtime_ns))
        return True
    return False


def plan_run(root: Path, out: Path, state: State, pipeline_version: str, model: str, force: bool) -> Plan:
    """The files to read and the files gone, against the state; the state is not changed (commit does that)."""
    plan = Plan()
    known = state.files()
    for f in find_inputs(root):
        display = str(f.relative_to(root)) if root.is_dir() else f.name
        plan.present[display] = f
        try:
            st = f.stat()
            size, mtime_ns = st.st_size, st.st_mtime_ns
        except OSError:
            size = mtime_ns = None  # reported when the file is read
        row = known.get(display)
        current = (row is not None and row.status == "done" and row.pipeline_version == pipeline_version
                   and row.model == model and not force)
        if current and _unchanged(f, row, size, mtime_ns, plan, display):
            plan.unchanged += 1
            continue
        plan.work[display] = FileWork(display, f, size, mtime_ns, warc=is_warc(f))
    plan.gone = [p for p, row in known.items() if p not in plan.present and row.status != "deleted"]
    return plan


def add_work(plan: Plan, display: str) -> None:
    """A present file to read again although unchanged (the original of its duplicate left the folder)."""
    if display in plan.present and display not in plan.work:
        f = plan.present[display]
        st = f.stat()
        plan.work[display] = FileWork(display, f, st.st_size, st.st_mtime_ns, warc=is_warc(f))
        plan.unchanged -= 1


def known_records(plan: Plan, state: State, out: Path, pipeline_version: str, model: str, force: bool) -> None:
    """For each file to read: its articles whose record, by this pipeline, exists; an article whose cleaned text
    is still the same is not run through the model again."""
    if force:
        return
    for fw in plan.work.values():
        fw.known = {
            a["key"]: a["content_sha256"]
            for a in state.articles_of(fw.display)
            if a["status"] == "written" and a["pipeline_version"] == pipeline_version and a["model"] == model
            and a["record_id"] and record_path(out, a["record_id"]).exists()
        }

