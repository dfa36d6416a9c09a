"""Files -> raw articles: find inputs, decode bytes without mojibake, split JSON/JSONL, read text headers."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

HTML_SUFFIXES = {".html", ".htm"}
TEXT_SUFFIXES = {".txt"}
JSON_SUFFIXES = {".json", ".jsonl"}
SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSON_SUFFIXES
ARCHIVE_SUFFIXES = (".warc", ".warc.gz")  # read by pressfacts.run.warc

# "date 2024-06" or "date 2024-06-25" opening a .txt file: a publication-date header, not body.
_TEXT_HEADER = re.compile(r"\A\s*date\s*[:=]?\s*(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*\n?", re.IGNORECASE)
# Control characters that never occur in text (tab, LF, CR and form feed excepted).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


@dataclass
class RawArticle:
    """One article as read from disk, before cleaning."""

    path: str  # as the user named it (relative to the input folder when walking one)
    format: str  # "html" | "text" | "json" | "jsonl" | "warc"
    sha256: str  # of the file's bytes (of the record's payload for a WARC record)
    index: int | None = None  # position inside a JSON list or JSONL file, offset of a WARC record
    html: str | None = None
    text: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    fetched_at: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """Stable identity of the article inside its folder (path, plus the item number in JSON)."""
        return self.path if self.index is None else f"{self.path}#{self.index}"


def find_inputs(root: Path) -> list[Path]:
    """Input files under root, recursively, in a stable order; hidden files and folders are skipped."""
    if root.is_file():
        return [root]
    files = [
        p
        for p in root.rglob("*")
        if (p.suffix.lower() in SUFFIXES or p.name.lower().endswith(ARCHIVE_SUFFIXES))
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
        and (p.is_file() or p.is_symlink())
    ]
    return sorted(files)


def decode_bytes(data: bytes, path: str) -> str:
    """Bytes -> str for UTF-8 (with or without BOM), UTF-16 with BOM, cp1252 and latin-1; CRLF -> LF."""
    if not data.strip():
        raise InputError(path, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data[:8192]:
            raise InputError(path, "binary file (NUL bytes), not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(path, "binary file (control characters), not text")
    if not text.strip():
        raise InputError(path, "empty file (whitespace only)")
    return text


def split_text_header(text: str) -> tuple[str | None, str]:
    """('2024-06', body) when the text opens with a `date ...` header, else (None, text)."""
    m = _TEXT_HEADER.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end() :]


def _from_object(obj: object, path: str, fmt: str, sha: str, index: int | None) -> RawArticle:
    where = path if index is None else f"{path} item {index}"
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a JSON object with 'html' or 'text', got {type(obj).__name__}")
    html, text = obj.get("html"), obj.get("text")
    if not (isinstance(html, str) and html.strip()) and not (isinstance(text, str) and text.strip()):
        raise InputError(where, "JSON object has neither a non-empty 'html' nor 'text' field")

    def opt(name: str) -> str | None:
        v = obj.get(name)
        return str(v) if v not in (None, "") else None

    published = opt("published") or opt("date")
    return RawArticle(
        path=path,
        format=fmt,
        sha256=sha,
        index=index,
        html=html if isinstance(html, str) and html.strip() else None,
        text=text.replace("\r\n", "\n") if isinstance(text, str) and not (isinstance(html, str) and html.strip()) else None,
        url=opt("url"),
        title=opt("title"),
        published=published,
        published_source="metadata" if published else None,
    )


def sidecar_path(page: Path) -> Path:
    """Where `pressfacts fetch` keeps a page's URL and fetch time: page.html -> page.html.meta (JSON)."""
    return page.with_name(page.name + ".meta")


def _sidecar(file: Path) -> dict[str, str]:
    try:
        meta = json.loads(sidecar_path(file).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: str(v) for k, v in meta.items() if k in ("url", "fetched_at") and v} if isinstance(meta, dict) else {}


def read_articles(file: Path, display: str | None = None, data: bytes | None = None,
                  sha256: str | None = None) -> Iterator[RawArticle | InputError]:
    """Articles in one file (its bytes and their sha256 already known, or read here); a bad file (or a bad JSON
    item) yields an InputError instead of raising."""
    import hashlib

    path = display or str(file)
    if data is None:
        try:
            data = file.read_bytes()
        except OSError as exc:
            yield InputError(path, f"cannot read file ({exc.strerror or exc})")
            return
    sha = sha256 or hashlib.sha256(data).hexdigest()
    suffix = file.suffix.lower()
    try:
        text = decode_bytes(data, path)
    except InputError as exc:
        yield exc
        return
    if suffix in HTML_SUFFIXES:
        meta = _sidecar(file)
        yield RawArticle(path=path, format="html", sha256=sha, html=text, url=meta.get("url"),
                         fetched_at=meta.get("fetched_at"))
    elif suffix in TEXT_SUFFIXES:
        published, body = split_text_header(text)
        if not body.strip():
            yield InputError(path, "no text after the date header")
            return
        yield RawArticle(
            path=path,
            format="text",
            sha256=sha,
            text=body,
            published=published,
            published_source="header" if published else None,
        )
    elif suffix == ".jsonl":
        for n, line in enumerate(text.split("\n")):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(f"{path} line {n + 1}", f"invalid JSON ({exc.msg})")
                continue
            try:
                yield _from_object(obj, path, "jsonl", sha, n)
            except InputError as exc:
                yield exc
    elif suffix == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputError(path, f"invalid JSON ({exc.msg} at line {exc.lineno})")
            return
        items = obj if isinstance(obj, list) else [obj]
        for n, item in enumerate(items):
            try:
                yield _from_object(item, path, "json", sha, n if isinstance(obj, list) else None)
            except InputError as exc:
                yield exc
    else:
        yield InputError(path, f"unsupported file type {suffix!r}")
