"""The library's front door: raw articles -> validated records, in batches through one spaCy pipeline."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language

from . import __version__
from .clean import CleanArticle, clean, clean_text
from .errors import InputError
from .ingest import RawArticle
from .language import detect_language
from .nlp import get_pipeline
from .records import Pipeline, Record, Source, doc_to_record


@dataclass
class Result:
    """What became of one article: a record, or the reason it has none."""

    key: str
    status: str  # "written" | "failed" | "skipped"
    record: Record | None = None
    reason: str | None = None
    sha256: str | None = None
    language: str | None = None
    timings: dict[str, float] = field(default_factory=dict)


def record_id(key: str) -> str:
    """Stable, file-name-safe id of an article: readable stem + hash of its path (and item number)."""
    stem = re.sub(r"\.[A-Za-z0-9]+(?=#|$)", "", key.rsplit("/", 1)[-1])
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")[:60] or "article"
    return f"{slug}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"


def pipeline_info(nlp: Language) -> Pipeline:
    return Pipeline(version=__version__, model=f"{nlp.meta.get('lang', 'fr')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}")


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
) -> Iterator[Result]:
    """Records for raw articles; bad ones come out as failed Results, never as exceptions."""
    nlp = nlp or get_pipeline()
    info = pipeline_info(nlp)
    pending: list[tuple[RawArticle, CleanArticle, str | None]] = []

    def flush() -> Iterator[Result]:
        if not pending:
            return
        docs = []
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
        for (raw, art, lang), doc in zip(pending, processed, strict=True):
            if isinstance(doc, Exception):
                yield Result(raw.key, "failed", reason=f"pipeline error: {type(doc).__name__}: {doc}", sha256=raw.sha256)
                continue
            try:
                record = doc_to_record(
                    doc,
                    id=record_id(raw.key),
                    source=Source(path=raw.key, url=art.url, sha256=raw.sha256, format=raw.format),
                    pipeline=info,
                    meta={"title": art.title, "author": art.author, "sitename": art.sitename, "language": lang},
                )
            except ValueError as exc:
                yield Result(raw.key, "failed", reason=f"invalid record: {exc}", sha256=raw.sha256)
                continue
            yield Result(raw.key, "written", record=record, sha256=raw.sha256, language=lang)
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
        if languages is not None and lang is not None and lang not in languages:
            yield Result(item.key, "skipped", reason=f"not French (detected language: {lang})", sha256=item.sha256,
                         language=lang)
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
