"""The library's front door: raw articles -> validated records, in batches through one spaCy pipeline."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language

from . import __version__
from .clean import CleanArticle, clean, clean_text
from .errors import InputError
from .ingest import RawArticle
from .language import detect_language
from .nlp import get_pipeline
from .records import Pipeline, Record, Source, doc_to_record
from .settings import pipeline_fingerprint

# Called after cleaning and language detection; returns a Result to stop there (e.g. a duplicate) or None.
Admit = Callable[[RawArticle, CleanArticle, str, str | None], "Result | None"]


@dataclass
class Result:
    """What became of one article: a record, or the reason it has none."""

    key: str
    status: str  # "written" | "failed" | "skipped"
    record: Record | None = None
    reason: str | None = None
    sha256: str | None = None
    content_sha256: str | None = None  # of the cleaned text
    language: str | None = None
    duplicate_of: str | None = None
    timings: dict[str, float] = field(default_factory=dict)


def record_id(key: str) -> str:
    """Stable, file-name-safe id of an article: readable stem + hash of its path (and item number)."""
    stem = re.sub(r"\.[A-Za-z0-9]+(?=#|$)", "", key.rsplit("/", 1)[-1])
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")[:60] or "article"
    return f"{slug}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"


def pipeline_info(nlp: Language) -> Pipeline:
    return Pipeline(
        version=__version__,
        model=f"{nlp.meta.get('lang', 'fr')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}",
        data=pipeline_fingerprint(),
    )


def content_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _prepare(raw: RawArticle, nlp: Language) -> tuple[CleanArticle, str | None]:
    art = clean(raw)
    if len(art.text) > nlp.max_length:
        raise InputError(
            raw.key, f"text too long for the model: {len(art.text):,} characters after cleaning (limit {nlp.max_length:,})"
        )
    return art, detect_language(art.text)


def process(
    items: Iterable[RawArticle | InputError],
    nlp: Language | None = None,
    *,
    batch_size: int = 16,
    n_process: int = 1,
    languages: tuple[str, ...] | None = ("fr",),
    admit: Admit | None = None,
    also: Callable[[str], list[str]] | None = None,
) -> Iterator[Result]:
    """Records for raw articles; bad ones come out as failed Results, never as exceptions."""
    nlp = nlp or get_pipeline()
    info = pipeline_info(nlp)
    pending: list[tuple[RawArticle, CleanArticle, str | None]] = []

    def flush() -> Iterator[Result]:
        if not pending:
            return
        docs = []
        t0 = time.perf_counter()
        for _raw, art, _lang in pending:
            doc = nlp.make_doc(art.text)
            doc._.published = art.published
            doc._.published_source = art.published_source if art.published else None
            docs.append(doc)
        try:
            processed = list(nlp.pipe(docs, batch_size=batch_size, n_process=n_process))
        except Exception:
            processed = []
            for doc in docs:
                try:
                    processed.append(nlp(doc))
                except Exception as exc:
                    processed.append(exc)  # type: ignore[arg-type]
        seconds = round((time.perf_counter() - t0) / len(pending), 4)
        for (raw, art, lang), doc in zip(pending, processed, strict=True):
            sha = content_sha256(art.text)
            if isinstance(doc, Exception):
                yield Result(raw.key, "failed", reason=f"pipeline error: {type(doc).__name__}: {doc}", sha256=raw.sha256,
                             content_sha256=sha)
                continue
            try:
                record = doc_to_record(
                    doc,
                    id=record_id(raw.key),
                    source=Source(path=raw.key, url=art.url, sha256=raw.sha256, format=raw.format,
                                  also=also(raw.key) if also else [], fetched_at=raw.fetched_at),
                    pipeline=info,
                    meta={"title": art.title, "author": art.author, "sitename": art.sitename, "language": lang},
                )
            except ValueError as exc:
                yield Result(raw.key, "failed", reason=f"invalid record: {exc}", sha256=raw.sha256, content_sha256=sha)
                continue
            yield Result(raw.key, "written", record=record, sha256=raw.sha256, content_sha256=sha, language=lang,
                         timings={"extract": seconds})
        pending.clear()

    for item in items:
        if isinstance(item, InputError):
            yield Result(item.path, "failed", reason=item.reason)
            continue
        try:
            art, lang = _prepare(item, nlp)
        except InputError as exc:
            yield Result(item.key, "failed", reason=exc.reason, sha256=item.sha256)
            continue
        sha = content_sha256(art.text)
        if languages is not None and lang is not None and lang not in languages:
            yield Result(item.key, "skipped", reason=f"not French (detected language: {lang})", sha256=item.sha256,
                         content_sha256=sha, language=lang)
            continue
        if admit is not None:
            stop = admit(item, art, sha, lang)
            if stop is not None:
                yield stop
                continue
        pending.append((item, art, lang))
        if len(pending) >= batch_size * max(1, n_process):
            yield from flush()
    yield from flush()


def extract(text: str, published: str | dt.date | None = None, *, nlp: Language | None = None) -> Record:
    """The record for one article text. `published` is a date or an ISO string ("2024-06-25", "2024-06").

    >>> record = pressfacts.extract(text, published="2024-06-25")
    """
    if isinstance(published, dt.date):
        published = published.isoformat()
    body = clean_text(text.replace("\r\n", "\n"))
    if not body:
        raise InputError("<text>", "no article text after boilerplate removal")
    raw = RawArticle(
        path="<text>",
        format="text",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=body,
        published=published,
        published_source="metadata" if published else None,
    )
    for result in process([raw], nlp, languages=None):
        if result.record is None:
            raise InputError("<text>", result.reason or "no record")
        return result.record
    raise InputError("<text>", "no record")
