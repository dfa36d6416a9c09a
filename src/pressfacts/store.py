"""Writing outputs: one JSON file per record, written atomically (temporary file, fsync, rename)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .records import Record


def atomic_write_text(path: Path, text: str) -> None:
    """Write text so that readers see the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def record_path(out_dir: Path, record_id: str) -> Path:
    return out_dir / f"{record_id}.json"


def write_record(out_dir: Path, record: Record) -> Path:
    path = record_path(out_dir, record.id)
    atomic_write_text(path, record.model_dump_json(indent=2) + "\n")
    return path
