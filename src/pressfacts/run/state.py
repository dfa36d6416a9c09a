"""The run state: an SQLite database beside the outputs that remembers, per input file and per article,
what was extracted from which content by which pipeline, what failed and why, and each run's report."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

STATE_FILE = "state.sqlite"

# Article statuses: written/skipped/duplicate are final for that content and pipeline; failed is retried;
# deleted (record kept) and removed (record deleted) describe sources that left the input folder.

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,           -- relative to the input folder
    sha256 TEXT,                     -- of the bytes last read
    size INTEGER,
    mtime_ns INTEGER,                -- of the bytes last read, when trusted to spot a change (see run/plan.py)
    status TEXT NOT NULL,            -- done | failed | stale | deleted
    error TEXT,
    pipeline_version TEXT,
    model TEXT,
    articles INTEGER DEFAULT 0,
    run_id INTEGER,
    updated_at TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY,            -- path, path#N for JSON items, 'path line N' for a bad JSONL line
    path TEXT NOT NULL,
    record_id TEXT,
    content_sha256 TEXT,             -- of the cleaned text: what duplicates are detected by
    status TEXT NOT NULL,            -- written | failed | skipped | duplicate | deleted | removed
    error TEXT,
    language TEXT,
    duplicate_of TEXT,
    pipeline_version TEXT,
    model TEXT,
    seconds REAL,
    attempts INTEGER DEFAULT 0,      -- consecutive failed attempts
    needs_fixup INTEGER DEFAULT 0,   -- its record's list of duplicate names must be rewritten
    first_failed_at TEXT,
    run_id INTEGER,
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS articles_path ON articles(path);
CREATE INDEX IF NOT EXISTS articles_content ON articles(content_sha256);
CREATE INDEX IF NOT EXISTS articles_dup ON articles(duplicate_of);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,            -- running | done | failed (a run that never finished stays 'running')
    exit_code INTEGER,
    pipeline_version TEXT,
    model TEXT,
    input TEXT,
    report TEXT                      -- JSON: counts, durations
);
"""


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class FileRow:
    path: str
    sha256: str | None
    status: str
    pipeline_version: str | None
    model: str | None
    size: int | None = None
    mtime_ns: int | None = None


class State:
    """Thin typed access to the state database; every write is committed at once (WAL journal)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        columns = {r["name"] for r in self.db.execute("PRAGMA table_info(files)")}
        if "mtime_ns" not in columns:  # a state database from before mtimes were kept
            self.db.execute("ALTER TABLE files ADD COLUMN mtime_ns INTEGER")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # runs
    def start_run(self, pipeline_version: str, model: str, input_path: str) -> int:
        cur = self.db.execute(
            "INSERT INTO runs(started_at, status, pipeline_version, model, input) VALUES (?, 'running', ?, ?, ?)",
            (now(), pipeline_version, model, input_path),
        )
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, exit_code: int, report: dict[str, object]) -> None:
        status = "done" if exit_code in (0, 1) else "failed"
        self.db.execute(
            "UPDATE runs SET finished_at=?, status=?, exit_code=?, report=? WHERE id=?",
            (now(), status, exit_code, json.dumps(report, ensure_ascii=False), run_id),
        )

    def last_runs(self, n: int = 5) -> list[sqlite3.Row]:
        return list(self.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (n,)))

    # files
    def files(self) -> dict[str, FileRow]:
        rows = self.db.execute("SELECT path, sha256, status, pipeline_version, model, size, mtime_ns FROM files")
        return {r["path"]: FileRow(r["path"], r["sha256"], r["status"], r["pipeline_version"], r["model"], r["size"],
                                   r["mtime_ns"]) for r in rows}

    def set_file(self, path: str, *, sha256: str | None, size: int | None, status: str, error: str | None,
                 pipeline_version: str, model: str, articles: int, run_id: int, mtime_ns: int | None = None) -> None:
        self.db.execute(
            "INSERT INTO files(path, sha256, size, mtime_ns, status, error, pipeline_version, model, articles, run_id, "
            "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(path) DO UPDATE SET sha256=excluded.sha256, "
            "size=excluded.size, mtime_ns=excluded.mtime_ns, status=excluded.status, error=excluded.error, "
            "pipeline_version=excluded.pipeline_version, model=excluded.model, articles=excluded.articles, "
            "run_id=excluded.run_id, updated_at=excluded.updated_at",
            (path, sha256, size, mtime_ns, status, error, pipeline_version, model, articles, run_id, now()),
        )

    def set_file_stat(self, path: str, size: int, mtime_ns: int) -> None:
        """An unchanged file's current size and mtime (its bytes were hashed and found the same)."""
        self.db.execute("UPDATE files SET size=?, mtime_ns=? WHERE path=?", (size, mtime_ns, path))

    def mark_files_stale(self, paths: Iterable[str]) -> None:
        self.db.executemany("UPDATE files SET status='stale' WHERE path=? AND status='done'", [(p,) for p in paths])

    # articles
    def article(self, key: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM articles WHERE key=?", (key,)).fetchone()  # type: ignore[no-any-return]

    def articles_of(self, path: str) -> list[sqlite3.Row]:
        return list(self.db.execute("SELECT * FROM articles WHERE path=?", (path,)))

    def written_with_content(self, content_sha256: str, pipeline_version: str, model: str) -> sqlite3.Row | None:
        return self.db.execute(  # type: ignore[no-any-return]
            "SELECT * FROM articles WHERE content_sha256=? AND status='written' AND pipeline_version=? AND model=? "
            "ORDER BY key LIMIT 1",
            (content_sha256, pipeline_version, model),
        ).fetchone()

    def duplicates_of(self, key: str) -> list[str]:
        rows = self.db.execute("SELECT key FROM articles WHERE duplicate_of=? AND status='duplicate' ORDER BY key", (key,))
        return [r["key"] for r in rows]

    def set_article(self, key: str, path: str, *, status: str, run_id: int, pipeline_version: str, model: str,
                    record_id: str | None = None, content_sha256: str | None = None, error: str | None = None,
                    language: str | None = None, duplicate_of: str | None = None, seconds: float | None = None) -> None:
        old = self.article(key)
        failed_before = old is not None and old["status"] == "failed"
        attempts = ((old["attempts"] or 0) + 1 if failed_before else 1) if status == "failed" else 0
        first_failed = (old["first_failed_at"] if failed_before else now()) if status == "failed" else None
        self.db.execute(
            "INSERT OR REPLACE INTO articles(key, path, record_id, content_sha256, status, error, language, duplicate_of, "
            "pipeline_version, model, seconds, attempts, needs_fixup, first_failed_at, run_id, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (key, path, record_id, content_sha256, status, error, language, duplicate_of, pipeline_version, model,
             seconds, attempts, old["needs_fixup"] if old is not None and status == "written" else 0, first_failed,
             run_id, now()),
        )

    def set_article_status(self, key: str, status: str, run_id: int) -> None:
        self.db.execute("UPDATE articles SET status=?, run_id=?, updated_at=? WHERE key=?", (status, run_id, now(), key))

    def flag_fixup(self, key: str | None, value: bool = True) -> None:
        if key is not None:
            self.db.execute("UPDATE articles SET needs_fixup=? WHERE key=?", (int(value), key))

    def needing_fixup(self) -> list[sqlite3.Row]:
        return list(self.db.execute("SELECT * FROM articles WHERE needs_fixup=1 AND status='written'"))

    def failures(self) -> list[sqlite3.Row]:
        return list(self.db.execute("SELECT * FROM articles WHERE status='failed' ORDER BY key"))

    def counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.db.execute("SELECT status, COUNT(*) FROM articles GROUP BY status")}
