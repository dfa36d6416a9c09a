"""The library's front door: raw articles -> validated records, in batches through one spaCy pipeline."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

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


def _drop_failed(name: str, proc: object, docs: list[Doc], exc: Exception) -> None:
    """spaCy error handler for multi-process runs: a doc a component fails on leaves the stream (it is then run
    alone in this process, for its reason); module-level so worker processes can unpickle it."""
    return None


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
    items = iter(items)
    early: deque[Result] = deque()  # results decided before the model (bad input, not French, duplicates)

    def prepared(stream: Iterable[RawArticle | InputError]) -> Iterator[tuple[RawArticle, CleanArticle, str | None]]:
        for item in stream:
            if isinstance(item, InputError):
                early.append(Result(item.path, "failed", reason=item.reason))
                continue
            try:
                art, lang = _prepare(item, nlp)
            except InputError as exc:
                early.append(Result(item.key, "failed", reason=exc.reason, sha256=item.sha256))
                continue
            sha = content_sha256(art.text)
            if languages is not None and lang is not None and lang not in languages:
                early.append(Result(item.key, "skipped", reason=f"not French (detected language: {lang})",
                                    sha256=item.sha256, content_sha256=sha, language=lang))
                continue
            if admit is not None:
                stop = admit(item, art, sha, lang)
                if stop is not None:
                    early.append(stop)
                    continue
            yield item, art, lang

    def make(art: CleanArticle) -> Doc:
        doc = nlp.make_doc(art.text)
        doc._.published = art.published
        doc._.published_source = art.published_source if art.published else None
        return doc

    def result(raw: RawArticle, art: CleanArticle, lang: str | None, doc: Doc | Exception, seconds: float) -> Result:
        sha = content_sha256(art.text)
        if isinstance(doc, Exception):
            return Result(raw.key, "failed", reason=f"pipeline error: {type(doc).__name__}: {doc}", sha256=raw.sha256,
                          content_sha256=sha)
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
            return Result(raw.key, "failed", reason=f"invalid record: {exc}", sha256=raw.sha256, content_sha256=sha)
        return Result(raw.key, "written", record=record, sha256=raw.sha256, content_sha256=sha, language=lang,
                      timings={"extract": seconds})

    def run_alone(doc: Doc) -> Doc | Exception:
        try:
            return nlp(doc)
        except Exception as exc:
            return exc

    if n_process > 1:
        # One nlp.pipe over the whole stream: worker processes start once, not once per batch.
        sent: dict[int, tuple[RawArticle, CleanArticle, str | None]] = {}

        def docs() -> Iterator[tuple[Doc, int]]:
            for n, (raw, art, lang) in enumerate(prepared(items)):
                sent[n] = (raw, art, lang)
                yield make(art), n

        # Our components (no .pipe) use the default handler; spaCy's own raise, and end the multi-process stream.
        previous = nlp.default_error_handler
        nlp.default_error_handler = _drop_failed
        stream_failed = False
        try:
            t0 = time.perf_counter()
            for count, (doc, n) in enumerate(nlp.pipe(docs(), as_tuples=True, batch_size=batch_size, n_process=n_process)):
                while early:
                    yield early.popleft()
                raw, art, lang = sent.pop(n)
                yield result(raw, art, lang, doc, round((time.perf_counter() - t0) / (count + 1), 4))
        except Exception:
            stream_failed = True
        finally:
            nlp.default_error_handler = previous
        while early:
            yield early.popleft()
        for raw, art, lang in sent.values():  # dropped by a failing component, or in flight when the stream broke
            yield result(raw, art, lang, run_alone(make(art)), 0.0)
        if not stream_failed:
            return
        # What the broken stream had not read yet goes through the one-process path below.

    pending: list[tuple[RawArticle, CleanArticle, str | None]] = []

    def flush() -> Iterator[Result]:
        t0 = time.perf_counter()
        batch = [make(art) for _raw, art, _lang in pending]
        try:
            processed: list[Doc | Exception] = list(nlp.pipe(batch, batch_size=batch_size))
        except Exception:
            processed = [run_alone(make(art)) for _raw, art, _lang in pending]
        seconds = round((time.perf_counter() - t0) / len(pending), 4)
        for (raw, art, lang), doc in zip(pending, processed, strict=True):
            yield result(raw, art, lang, doc, seconds)
        pending.clear()

    for item in prepared(items):
        pending.append(item)
        while early:
            yield early.popleft()
        if len(pending) >= batch_size:
            yield from flush()
    yield from early
    early.clear()
    if pending:
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
