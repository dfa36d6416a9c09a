"""One extraction run over a folder, safe to repeat every night: incremental (state database), single-instance
(lock), crash-safe (atomic record writes, state committed after each write), with a JSON-lines log, a run
report and a failures list in the output folder."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from spacy.language import Language

from . import __version__
from .clean import CleanArticle
from .errors import InputError
from .extract import Result, process, record_id
from .ingest import RawArticle, find_inputs, read_articles
from .lock import LockedError, RunLock
from .records import Record
from .settings import base_model_name, pipeline_fingerprint
from .state import STATE_FILE, State, now
from .store import atomic_write_text, record_path, write_record

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_CANNOT_RUN = 2
EXIT_LOCKED = 3

LOCK_FILE = "run.lock"
FAILURES_FILE = "failures.jsonl"


@dataclass
class RunOptions:
    input: Path
    out: Path
    force: bool = False  # re-extract everything, whatever the state says
    deleted: str = "keep"  # what happens to the record of a source that left the folder: keep | remove
    batch_size: int = 16
    processes: int = 1
    progress: bool = False
    story: bool = True  # refresh OUT/story/ when the run wrote or removed a record


@dataclass
class RunOutcome:
    exit_code: int
    report: dict[str, Any] = field(default_factory=dict)
    message: str = ""


class RunLog:
    """JSON lines, one event per line, flushed as written so a killed run leaves a readable log."""

    def __init__(self, path: Path, run_id: int) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.run_id = run_id
        self.path = path
        self.f: TextIO = open(path, "a", encoding="utf-8")  # closed by close(): the log stays open all run

    def event(self, event: str, **data: Any) -> None:
        row = {"ts": now(), "run": self.run_id, "event": event, **data}
        self.f.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.f.flush()

    def close(self) -> None:
        self.f.close()


def _read_stable(path: Path) -> bytes:
    """The file's bytes, or OSError/ChangedError when it cannot be read or changes while being read."""
    before = path.stat()
    data = path.read_bytes()
    after = path.stat()
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or len(data) != after.st_size:
        raise ChangedError(path)
    return data


class ChangedError(Exception):
    pass


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


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
            from .story.refresh import refresh_after_run

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
              deleted=opts.deleted, pid=os.getpid())
    if lock.stale_holder:
        log.event("lock_takeover", previous=lock.stale_holder)
        say(f"took over a stale lock left by pid {lock.stale_holder.get('pid')} (no longer running)")
    try:
        outcome = _work(opts, nlp, say, state, log, run_id, pv, model)
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


def _work(opts: RunOptions, nlp: Language | None, say: Callable[[str], None], state: State, log: RunLog,
          run_id: int, pv: str, model: str) -> RunOutcome:
    out, root = opts.out, opts.input
    t_start = time.perf_counter()
    counts: Counter[str] = Counter()
    facts: Counter[str] = Counter()
    failures: list[dict[str, str]] = []

    # 1. Scan: hash every input file and compare with the state.
    known = state.files()
    present: dict[str, Path] = {}
    work: dict[str, tuple[Path, str | None]] = {}  # display path -> (file, sha at scan time)
    for f in find_inputs(root):
        display = str(f.relative_to(root)) if root.is_dir() else f.name
        present[display] = f
        try:
            sha: str | None = _sha256(f.read_bytes())
        except OSError:
            sha = None  # reported when the file is read for extraction
        row = known.get(display)
        if (not opts.force and sha is not None and row is not None and row.status == "done" and row.sha256 == sha
                and row.pipeline_version == pv and row.model == model):
            counts["unchanged_files"] += 1
            continue
        work[display] = (f, sha)
    t_scan = time.perf_counter()

    # 2. Sources that left the folder: keep or remove their records; their duplicates get extracted instead.
    with state.transaction():
        for path, row in known.items():
            if path in present or row.status == "deleted":
                continue
            for dup_path in _drop_articles(state, out, [a["key"] for a in state.articles_of(path)], opts.deleted, run_id,
                                           log, counts):
                if dup_path in present and dup_path not in work:
                    work[dup_path] = (present[dup_path], None)
            state.set_file(path, sha256=row.sha256, size=None, status="deleted", error=None, pipeline_version=pv,
                           model=model, articles=0, run_id=run_id)

    # 3. Extract what is new, changed, failed before, or made by another pipeline version.
    pending_files: dict[str, set[str]] = {}
    file_failed: dict[str, str | None] = {}
    key_file: dict[str, str] = {}
    run_content: dict[str, str] = {}  # cleaned-text sha -> key extracted in this run
    fixups: set[str] = set()
    progress = None
    if opts.progress and work:
        from tqdm import tqdm

        progress = tqdm(total=len(work), unit="file", desc="extract", file=sys.stderr)

    def finish_file(display: str) -> None:
        keys = set(key_file_keys.get(display, ()))
        old = [a["key"] for a in state.articles_of(display) if a["key"] not in keys and a["status"] not in ("deleted", "removed")]
        with state.transaction():
            if old:  # items that vanished from a changed JSON/JSONL file
                for dup_path in _drop_articles(state, out, old, "remove", run_id, log, counts):
                    state.mark_files_stale([dup_path])
            err = file_failed.get(display)
            state.set_file(display, sha256=file_sha.get(display), size=file_size.get(display),
                           status="failed" if display in file_failed else "done", error=err, pipeline_version=pv,
                           model=model, articles=len(keys), run_id=run_id)
        if progress is not None:
            progress.update(1)

    key_file_keys: dict[str, list[str]] = {}
    file_sha: dict[str, str | None] = {}
    file_size: dict[str, int | None] = {}

    def items() -> Iterator[RawArticle | InputError]:
        for display, (f, scan_sha) in work.items():
            try:
                data = _read_stable(f)
            except ChangedError:
                data = None
                reason = "file changed while it was being read; it will be read again on the next run"
            except OSError as exc:
                data = None
                reason = f"cannot read file ({exc.strerror or exc})"
            sha = _sha256(data) if data is not None else None
            if sha is not None and scan_sha is not None and sha != scan_sha:
                data, sha = None, None
                reason = "file changed during the run (after the scan); it will be read again on the next run"
            file_sha[display] = sha
            file_size[display] = len(data) if data is not None else None
            got = [InputError(display, reason)] if data is None else list(read_articles(f, display, data))
            keys = [g.path if isinstance(g, InputError) else g.key for g in got]
            key_file_keys[display] = keys
            pending_files[display] = set(keys)
            for k in keys:
                key_file[k] = display
            if not got:  # e.g. a JSONL file with only blank lines
                got = [InputError(display, "no article in this file")]
                key_file_keys[display] = [display]
                pending_files[display] = {display}
                key_file[display] = display
            yield from got

    def admit(raw: RawArticle, art: CleanArticle, sha: str, lang: str | None) -> Result | None:
        old = state.article(raw.key)
        if (not opts.force and old is not None and old["status"] == "written" and old["content_sha256"] == sha
                and old["pipeline_version"] == pv and old["model"] == model
                and record_path(out, old["record_id"]).exists()):
            return Result(raw.key, "unchanged", sha256=raw.sha256, content_sha256=sha, language=lang)
        first = run_content.get(sha)
        if first is None:
            row = state.written_with_content(sha, pv, model)
            if row is not None and row["key"] != raw.key and row["path"] in present and row["path"] not in work:
                first = row["key"]
        if first is not None and first != raw.key:
            return Result(raw.key, "duplicate", sha256=raw.sha256, content_sha256=sha, language=lang, duplicate_of=first,
                          reason=f"same text as {first}")
        run_content[sha] = raw.key
        return None

    if work:
        say(f"{len(work)} new or changed file(s) to read, {counts['unchanged_files']} unchanged")
        if nlp is None:
            from .nlp import get_pipeline

            nlp = get_pipeline()
    t_load = time.perf_counter()
    for res in process(items(), nlp, batch_size=opts.batch_size, n_process=opts.processes, admit=admit,
                       also=state.duplicates_of) if work else ():
        display = key_file.get(res.key, res.key)
        counts[res.status] += 1
        with state.transaction():
            old = state.article(res.key)
            if old is not None and old["status"] == "duplicate" and old["duplicate_of"] != res.duplicate_of:
                state.flag_fixup(old["duplicate_of"])
                fixups.add(old["duplicate_of"])
            common = {"run_id": run_id, "pipeline_version": pv, "model": model, "content_sha256": res.content_sha256,
                      "language": res.language}
            if res.status == "written" and res.record is not None:
                write_record(out, res.record)  # before the state says so: a kill here only repeats this write
                state.set_article(res.key, display, status="written", record_id=res.record.id,
                                  seconds=res.timings.get("extract"), **common)
                for kind in ("entities", "dates", "figures", "quotes"):
                    facts[kind] += len(getattr(res.record, kind))
            elif res.status == "unchanged":
                pass
            elif res.status == "duplicate":
                record_path(out, record_id(res.key)).unlink(missing_ok=True)
                state.set_article(res.key, display, status="duplicate", duplicate_of=res.duplicate_of, **common)
                state.flag_fixup(res.duplicate_of)
                fixups.add(res.duplicate_of or "")
            elif res.status == "skipped":
                record_path(out, record_id(res.key)).unlink(missing_ok=True)
                state.set_article(res.key, display, status="skipped", error=res.reason, **common)
            else:
                state.set_article(res.key, display, status="failed", error=res.reason, **common)
                file_failed[display] = res.reason
                failures.append({"key": res.key, "reason": res.reason or "unknown error"})
                say(f"FAILED {res.key}: {res.reason}")
        log.event("article", key=res.key, status=res.status, reason=res.reason, duplicate_of=res.duplicate_of,
                  seconds=res.timings.get("extract"))
        left = pending_files.get(display)
        if left is not None:
            left.discard(res.key)
            if not left:
                finish_file(display)
    if progress is not None:
        progress.close()
    t_extract = time.perf_counter()

    # 4. Records whose list of duplicate names changed.
    for key in fixups | {r["key"] for r in state.needing_fixup()} | _canonicals(state):
        row = state.article(key)
        if row is None or row["status"] != "written" or not row["record_id"]:
            continue
        path = record_path(out, row["record_id"])
        also = state.duplicates_of(key)
        try:
            record = Record.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            state.mark_files_stale([row["path"]])  # a lost record is extracted again next run
            continue
        if record.source.also != also:
            record.source.also = also
            write_record(out, record)
        state.flag_fixup(key, False)

    # 5. The current failures, for people and scripts that do not read SQLite.
    current = [
        {"key": r["key"], "path": r["path"], "reason": r["error"], "attempts": r["attempts"],
         "first_failed_at": r["first_failed_at"], "last_failed_at": r["updated_at"]}
        for r in state.failures()
    ]
    atomic_write_text(out / FAILURES_FILE, "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in current))
    t_end = time.perf_counter()
    report: dict[str, Any] = {
        "input": str(root),
        "output": str(out),
        "pipeline_version": pv,
        "model": model,
        "files_seen": len(present),
        "files_unchanged": counts["unchanged_files"],
        "files_read": len(work),
        "articles_read": sum(counts[k] for k in ("written", "failed", "skipped", "duplicate", "unchanged")),
        "written": counts["written"],
        "failed": counts["failed"],
        "skipped": counts["skipped"],
        "duplicates": counts["duplicate"],
        "unchanged": counts["unchanged"],
        "deleted_kept": counts["deleted"],
        "deleted_removed": counts["removed"],
        **{k: facts[k] for k in ("entities", "dates", "figures", "quotes")},
        "seconds": {
            "scan": round(t_scan - t_start, 3),
            "load_model": round(t_load - t_scan, 3),
            "extract": round(t_extract - t_load, 3),
            "finish": round(t_end - t_extract, 3),
            "total": round(t_end - t_start, 3),
        },
        "failures": failures,
        "failures_outstanding": len(current),
    }
    return RunOutcome(EXIT_SOME_FAILED if failures else EXIT_OK, report)


def _canonicals(state: State) -> set[str]:
    rows = state.db.execute("SELECT DISTINCT duplicate_of FROM articles WHERE status='duplicate'")
    return {r[0] for r in rows if r[0]}


def _drop_articles(state: State, out: Path, keys: list[str], mode: str, run_id: int, log: RunLog,
                   counts: Counter[str]) -> list[str]:
    """Sources gone: records kept (status 'deleted') or removed ('removed'); returns the paths of their duplicates,
    which must now be extracted on their own."""
    dup_paths: list[str] = []
    for key in keys:
        row = state.article(key)
        if row is None or row["status"] in ("deleted", "removed"):
            continue
        if row["status"] == "duplicate":
            state.flag_fixup(row["duplicate_of"])
        for dup in state.duplicates_of(key):
            dup_row = state.article(dup)
            if dup_row is not None:
                dup_paths.append(dup_row["path"])
                state.set_article(dup, dup_row["path"], status="stale", run_id=run_id,
                                  pipeline_version=dup_row["pipeline_version"], model=dup_row["model"])
        if mode == "remove" and row["record_id"] and row["status"] == "written":
            record_path(out, row["record_id"]).unlink(missing_ok=True)
            status = "removed"
        else:
            status = "deleted" if row["status"] == "written" else "removed"
        state.set_article_status(key, status, run_id)
        counts[status] += 1
        log.event("source_gone", key=key, record=("kept" if status == "deleted" else "removed"))
    if dup_paths:
        state.mark_files_stale(dup_paths)
    return dup_paths
