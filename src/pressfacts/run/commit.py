"""Step 3 of a run: the single writer. Results come in input order, from whichever executor ran them; this is
the only code that writes records (atomically, before the state says so: a kill between the two only repeats the
write) and the state, decides duplicates, and keeps the failures list."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..extract import Result, record_id
from ..records import Record
from ..store import atomic_write_text, record_path, write_record
from .plan import Plan, add_work
from .state import State, now
from .warc import WarcIndex, is_warc
from .work import JobResult

FAILURES_FILE = "failures.jsonl"


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


@dataclass
class Commit:
    state: State
    out: Path
    log: RunLog
    run_id: int
    pipeline_version: str
    model: str
    plan: Plan
    say: Callable[[str], None] = lambda _m: None
    counts: Counter[str] = field(default_factory=Counter)
    facts: Counter[str] = field(default_factory=Counter)
    skipped_records: Counter[str] = field(default_factory=Counter)  # in WARC archives: what was not an article
    failures: list[dict[str, str]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    fixups: set[str] = field(default_factory=set)
    run_content: dict[str, str] = field(default_factory=dict)  # cleaned-text sha -> key extracted in this run
    file_keys: dict[str, list[str]] = field(default_factory=dict)
    file_failed: dict[str, str | None] = field(default_factory=dict)
    on_file_done: Callable[[], None] = lambda: None

    @property
    def _common(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "pipeline_version": self.pipeline_version, "model": self.model}

    def unchanged_files(self) -> None:
        """Files found unchanged by their hash: their size and mtime now, so the next scan need not hash them."""
        with self.state.transaction():
            for path, size, mtime_ns in self.plan.restat:
                self.state.set_file_stat(path, size, mtime_ns)

    def sources_gone(self, deleted: str) -> None:
        """Records of sources that left the folder: kept or removed; their duplicates are extracted instead."""
        files = self.state.files()
        with self.state.transaction():
            for path in self.plan.gone:
                row = files[path]
                keys = [a["key"] for a in self.state.articles_of(path)]
                for dup_path in self._drop_articles(keys, deleted):
                    add_work(self.plan, dup_path)
                self.state.set_file(path, sha256=row.sha256, size=None, status="deleted", error=None, articles=0,
                                    model=self.model, pipeline_version=self.pipeline_version, run_id=self.run_id)

    def job(self, jr: JobResult, warc: WarcIndex | None = None) -> None:
        keys = self.file_keys.setdefault(jr.display, [])
        for res in jr.results:
            keys.append(res.key)
            self.article(res, jr.display)
        if jr.last:
            self._file_done(jr, warc)

    def _duplicate_of(self, res: Result) -> str | None:
        """The article this one repeats (same cleaned text), decided in input order whatever ran first."""
        sha = res.content_sha256
        if sha is None or res.status not in ("written", "unchanged"):
            return None
        first = self.run_content.get(sha)
        if first is None:
            row = self.state.written_with_content(sha, self.pipeline_version, self.model)
            if (row is not None and row["key"] != res.key and row["path"] in self.plan.present
                    and row["path"] not in self.plan.work):
                first = row["key"]
        if first is None or first == res.key:
            self.run_content[sha] = res.key
            return None
        return first

    def article(self, res: Result, display: str) -> None:
        first = self._duplicate_of(res)
        if first is not None:
            res.status, res.duplicate_of, res.record, res.reason = "duplicate", first, None, f"same text as {first}"
        self.counts[res.status] += 1
        with self.state.transaction():
            old = self.state.article(res.key)
            if old is not None and old["status"] == "duplicate" and old["duplicate_of"] != res.duplicate_of:
                self.state.flag_fixup(old["duplicate_of"])
                self.fixups.add(old["duplicate_of"])
            common = {**self._common, "content_sha256": res.content_sha256, "language": res.language}
            if res.status == "written" and res.record is not None:
                res.record.source.also = self.state.duplicates_of(res.key)
                if old is not None and old["record_id"] and old["record_id"] != res.record.id:
                    record_path(self.out, old["record_id"]).unlink(missing_ok=True)  # an id made by an older rule
                write_record(self.out, res.record)  # before the state says so: a kill here only repeats this write
                self.state.set_article(res.key, display, status="written", record_id=res.record.id,
                                       seconds=res.timings.get("extract"), **common)
                for kind in ("entities", "dates", "figures", "quotes"):
                    self.facts[kind] += len(getattr(res.record, kind))
            elif res.status == "duplicate":
                self._unlink_record(res.key, old)
                self.state.set_article(res.key, display, status="duplicate", duplicate_of=res.duplicate_of, **common)
                self.state.flag_fixup(res.duplicate_of)
                self.fixups.add(res.duplicate_of or "")
            elif res.status == "skipped":
                if is_warc(Path(display)):  # named in the archives' skip summary with the other records
                    self.skipped_records[f"page not French ({res.language})"] += 1
                self._unlink_record(res.key, old)
                self.state.set_article(res.key, display, status="skipped", error=res.reason, **common)
            elif res.status == "failed":
                self.state.set_article(res.key, display, status="failed", error=res.reason, **common)
                self.file_failed[display] = res.reason
                self.failures.append({"key": res.key, "reason": res.reason or "unknown error"})
                self.say(f"FAILED {res.key}: {res.reason}")
        for w in res.warnings:
            self.warnings.append({"key": res.key, "warning": w})
            self.log.event("warning", key=res.key, warning=w)
            self.say(f"warning: {res.key}: {w}")
        self.log.event("article", key=res.key, status=res.status, reason=res.reason, duplicate_of=res.duplicate_of,
                       seconds=res.timings.get("extract"))

    def _unlink_record(self, key: str, old: Any) -> None:
        """An article that no longer has a record: remove it (under its id now, and the id the state knows)."""
        ids = {record_id(key)} | ({old["record_id"]} if old is not None and old["record_id"] else set())
        for rid in ids:
            record_path(self.out, rid).unlink(missing_ok=True)

    def _file_done(self, jr: JobResult, warc: WarcIndex | None) -> None:
        display = jr.display
        keys = set(self.file_keys.pop(display, ()))
        if warc is not None:
            self.skipped_records.update(warc.skipped)
            sha, size, mtime_ns = warc.sha256, warc.size, self.plan.work[display].mtime_ns
        else:
            sha, size, mtime_ns = jr.sha256, jr.size, jr.mtime_ns
        old = [] if jr.whole_file_failed else [
            a["key"] for a in self.state.articles_of(display) if a["key"] not in keys
            and a["status"] not in ("deleted", "removed")
        ]
        with self.state.transaction():
            if old:  # items that vanished from a changed JSON/JSONL file or WARC archive
                for dup_path in self._drop_articles(old, "remove"):
                    self.state.mark_files_stale([dup_path])
            failed = display in self.file_failed
            self.state.set_file(display, sha256=sha, size=size, mtime_ns=None if failed else mtime_ns,
                                status="failed" if failed else "done", error=self.file_failed.get(display),
                                articles=len(keys), **self._common)
        self.on_file_done()

    def _drop_articles(self, keys: list[str], mode: str) -> list[str]:
        """Sources gone: records kept (status 'deleted') or removed ('removed'); returns the paths of their
        duplicates, which must now be extracted on their own."""
        state, dup_paths = self.state, []
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
                    state.set_article(dup, dup_row["path"], status="stale", run_id=self.run_id,
                                      pipeline_version=dup_row["pipeline_version"], model=dup_row["model"])
            if mode == "remove" and row["record_id"] and row["status"] == "written":
                record_path(self.out, row["record_id"]).unlink(missing_ok=True)
                status = "removed"
            else:
                status = "deleted" if row["status"] == "written" else "removed"
            state.set_article_status(key, status, self.run_id)
            self.counts[status] += 1
            self.log.event("source_gone", key=key, record=("kept" if status == "deleted" else "removed"))
        if dup_paths:
            state.mark_files_stale(dup_paths)
        return dup_paths

    def fix_also(self) -> None:
        """Records whose list of duplicate names changed."""
        state = self.state
        canonicals = {r[0] for r in state.db.execute(
            "SELECT DISTINCT duplicate_of FROM articles WHERE status='duplicate'") if r[0]}
        for key in self.fixups | {r["key"] for r in state.needing_fixup()} | canonicals:
            row = state.article(key)
            if row is None or row["status"] != "written" or not row["record_id"]:
                continue
            path = record_path(self.out, row["record_id"])
            also = state.duplicates_of(key)
            try:
                record = Record.model_validate_json(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                state.mark_files_stale([row["path"]])  # a lost record is extracted again next run
                continue
            if record.source.also != also:
                record.source.also = also
                write_record(self.out, record)
            state.flag_fixup(key, False)

    def write_failures(self) -> int:
        """The current failures, for people and scripts that do not read SQLite; returns how many."""
        current = [
            {"key": r["key"], "path": r["path"], "reason": r["error"], "attempts": r["attempts"],
             "first_failed_at": r["first_failed_at"], "last_failed_at": r["updated_at"]}
            for r in self.state.failures()
        ]
        atomic_write_text(self.out / FAILURES_FILE, "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in current))
        return len(current)
