"""WARC archives as input (`.warc`, `.warc.gz`, read with warcio): every HTTP response whose payload is HTML is
an article, keyed by archive and record offset (`crawl.warc.gz#1234`), with its URL (WARC-Target-URI) and fetch
time (WARC-Date). Other records (requests, metadata, images, redirects...) are counted and skipped, never failed.

The client indexes an archive once (offsets of the HTML responses, the skipped records, the file's hash, where it
is damaged); workers then read the records at their offsets. A truncated or corrupt archive fails only the
records from the damage on, with the reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..ingest import RawArticle, decode_bytes
from .budget import Budget, BudgetExceeded, limit
from .work import Job

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


@dataclass
class WarcIndex:
    sha256: str
    size: int
    html_offsets: list[int] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # "request", "response image/png", "response HTTP 404"...
    damage: tuple[int, str] | None = None  # (offset, reason): nothing from there on could be read


class _Hashing:
    """A file wrapper that hashes what warcio reads, so indexing reads the archive once."""

    def __init__(self, f: BinaryIO) -> None:
        self.f, self.h, self.n = f, hashlib.sha256(), 0

    def read(self, size: int = -1) -> bytes:
        data = self.f.read(size)
        self.h.update(data)
        self.n += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self.f.readline(size)
        self.h.update(data)
        self.n += len(data)
        return data


def _kind(rec) -> str | None:  # type: ignore[no-untyped-def]
    """None for an HTML response (an article); else what the record is, for the skip summary."""
    if rec.rec_type != "response":
        return str(rec.rec_type)
    if rec.http_headers is None:
        return "response without HTTP headers"
    status = rec.http_headers.get_statuscode()
    if status != "200":
        return f"response HTTP {status}"
    ctype = (rec.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return None if ctype in HTML_TYPES else f"response {ctype or 'without Content-Type'}"


def _drain(stream: BinaryIO) -> int:
    n = 0
    while chunk := stream.read(1 << 16):
        n += len(chunk)
    return n


def index_archive(path: Path) -> WarcIndex:
    """One pass over the archive: the offsets of its HTML responses, what else it holds, where it is damaged."""
    from warcio.archiveiterator import ArchiveIterator

    size = path.stat().st_size
    with open(path, "rb") as f:
        reader = _Hashing(f)
        idx = WarcIndex("", size)
        it = ArchiveIterator(reader)
        end = 0
        try:
            for rec in it:
                kind = _kind(rec)
                expected = rec.payload_length if rec.payload_length >= 0 else rec.length
                got = _drain(rec.raw_stream)
                offset = it.get_record_offset()  # after the payload is read (asked before, warcio skips it)
                if expected is not None and got < expected:
                    idx.damage = (offset, f"WARC record truncated: {got:,} of {expected:,} bytes (archive damaged at "
                                          f"byte {offset:,})")
                    break
                if kind is None:
                    idx.html_offsets.append(offset)
                else:
                    idx.skipped[kind] += 1
                end = offset + it.get_record_length()
        except Exception as exc:  # warcio and zlib raise many kinds on damaged input
            idx.damage = (end, f"archive damaged at byte {end:,}: {type(exc).__name__}: {exc}; the records from "
                               "there on cannot be read")
        if idx.damage is None and end < size:
            idx.damage = (end, f"archive damaged at byte {end:,}: {size - end:,} bytes could not be read as WARC "
                               "records (truncated or corrupt)")
        rest = f.read()  # what warcio did not need to read, hashed too
        reader.h.update(rest)
        idx.sha256 = reader.h.hexdigest() if reader.n + len(rest) == size else _sha256_file(path)
    return idx


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def archive_jobs(path: Path, display: str, known: dict[str, str], per_job: int) -> tuple[WarcIndex, list[Job]]:
    """The archive's index and its jobs: slices of per_job HTML responses (at least one job, carrying the damage)."""
    st = path.stat()
    idx = index_archive(path)
    offs = idx.html_offsets
    slices = [tuple(offs[i : i + per_job]) for i in range(0, len(offs), per_job)] or [()]
    jobs = [Job(display, str(path), st.st_size, st.st_mtime_ns, {k: v for k, v in known.items()}, s, last=False)
            for s in slices]
    jobs[-1].last = True
    if idx.damage is not None:
        jobs[-1].errors = [(f"{display}#{idx.damage[0]}", idx.damage[1])]
    return idx, jobs


def _iso(warc_date: str | None) -> str | None:
    if not warc_date:
        return None
    try:
        when = dt.datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    except ValueError:
        return warc_date
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")


_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)


def _decode(payload: bytes, ctype: str, key: str) -> str:
    m = _CHARSET.search(ctype)
    if m:
        try:
            return payload.decode(m.group(1)).replace("\r\n", "\n")
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset: guess as for files
    return decode_bytes(payload, key)


def read_records(job: Job, budget: Budget) -> list[RawArticle | InputError]:
    """The articles at the job's offsets (each read within the budget; the HTML payload capped in bytes)."""
    from warcio.archiveiterator import ArchiveIterator

    out: list[RawArticle | InputError] = []
    st = os.stat(job.path)
    if (st.st_size, st.st_mtime_ns) != (job.size, job.mtime_ns):
        reason = "file changed during the run (after the scan); it will be read again on the next run"
        return [InputError(f"{job.display}#{o}", reason) for o in job.offsets or ()]
    with open(job.path, "rb") as f:
        for offset in job.offsets or ():
            key = f"{job.display}#{offset}"
            try:
                with limit(budget, "reading"):
                    f.seek(offset)
                    rec = next(iter(ArchiveIterator(f)))
                    payload = rec.content_stream().read(budget.max_html_bytes + 1)
                    ctype = rec.http_headers.get_header("Content-Type") or ""
                if len(payload) > budget.max_html_bytes:
                    raise InputError(key, f"HTML page too large: over the limit of {budget.max_html_bytes:,} bytes "
                                          "(--max-html-bytes)")
                out.append(RawArticle(
                    path=job.display, format="warc", sha256=hashlib.sha256(payload).hexdigest(), index=offset,
                    html=_decode(payload, ctype, key), url=rec.rec_headers.get_header("WARC-Target-URI"),
                    fetched_at=_iso(rec.rec_headers.get_header("WARC-Date")),
                ))
            except InputError as exc:
                out.append(InputError(key, exc.reason))
            except BudgetExceeded as exc:
                out.append(InputError(key, exc.reason))
            except Exception as exc:  # warcio and zlib raise many kinds on a damaged record
                out.append(InputError(key, f"cannot read WARC record: {type(exc).__name__}: {exc}"))
    return out
