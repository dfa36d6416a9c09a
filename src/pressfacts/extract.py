"""The library's front door: raw articles -> validated records, in batches through one spaCy pipeline."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
import time
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .clean import CleanArticle, clean
from .errors import InputError
from .extensions import remember_text
from .ingest import RawArticle
from .language import detect_language
from .records import Pipeline, Record, Source, doc_to_record
from .run.budget import Budget, BudgetExceeded, limit
from .settings import pipeline_fingerprint

T = TypeVar("T")


@dataclass
class Result:
    """What became of one article: a record, or the reason it has none."""

    key: str
    status: str  # "written" | "failed" | "skipped" | "unchanged" (same text as the record already written) | "duplicate"
    record: Record | None = None
    reason: str | None = None
    sha256: str | None = None
    content_sha256: str | None = None  # of the cleaned text
    language: str | None = None
    duplicate_of: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # about the input, e.g. a header date that cannot be read


def batched(items: Iterable[T], n: int) -> Iterator[list[T]]:
    """Lists of n items (the last one shorter); itertools.batched from Python 3.12."""
    it = iter(items)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def record_id(key: str) -> str:
    """Stable, file-name-safe id of an article: readable stem (accents kept as ASCII letters: "ça été.txt" ->
    "ca-ete") + hash of its path (and item number)."""
    stem = re.sub(r"\.[A-Za-z0-9]+(?=#|$)", "", key.rsplit("/", 1)[-1])
    ascii_stem = unicodedata.normalize("NFKD", stem.translate(_LIGATURES)).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_stem).strip("-")[:60] or "article"
    return f"{slug}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def pipeline_info(nlp: Language) -> Pipeline:
    meta = nlp.meta  # (spaCy rebuilds it, with every component's labels, on each access: read once)
    return Pipeline(
        version=__version__,
        model=f"{meta.get('lang', 'fr')}_{meta.get('name')}-{meta.get('version')}",
        data=pipeline_fingerprint(),
    )


def content_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Prepared:
    """An article cleaned and admitted to the model."""

    raw: RawArticle
    art: CleanArticle
    language: str | None
    sha: str
    warnings: list[str]


def prepare(item: RawArticle | InputError, nlp: Language, budget: Budget, languages: tuple[str, ...] | None,
            known: Mapping[str, str]) -> Prepared | Result:
    """Read and clean one article within the budget; a Result when it stops before the model (bad input, over
    budget, not French, or the same cleaned text as its record already written: `known` maps key -> content sha)."""
    if isinstance(item, InputError):
        return Result(item.path, "failed", reason=item.reason)
    try:
        with limit(budget, "reading and cleaning"):
            art = clean(item, budget.max_html_bytes)
            if len(art.text) > nlp.max_length:
                raise InputError(item.key, f"text too long for the model: {len(art.text):,} characters after cleaning "
                                 f"(limit {nlp.max_length:,})")
            lang = detect_language(art.text)
    except InputError as exc:
        return Result(item.key, "failed", reason=exc.reason, sha256=item.sha256)
    except BudgetExceeded as exc:
        return Result(item.key, "failed", reason=exc.reason, sha256=item.sha256)
    sha = content_sha256(art.text)
    # Another helper's cleaning adds `warnings` (e.g. a header date that cannot be read); the run logs them.
    warnings = [str(w) for w in (getattr(art, "warnings", None) or [])]
    if languages is not None and lang is not None and lang not in languages:
        return Result(item.key, "skipped", reason=f"not French (detected language: {lang})", sha256=item.sha256,
                      content_sha256=sha, language=lang, warnings=warnings)
    if known.get(item.key) == sha:
        return Result(item.key, "unchanged", sha256=item.sha256, content_sha256=sha, language=lang, warnings=warnings)
    return Prepared(item, art, lang, sha, warnings)


def _make_doc(nlp: Language, art: CleanArticle) -> Doc:
    doc = nlp.make_doc(art.text)
    remember_text(doc, art.text)
    doc._.published = art.published
    doc._.published_source = art.published_source if art.published else None
    return doc


def run_model(batch: list[Prepared], nlp: Language, budget: Budget, batch_size: int) -> list[Doc | str]:
    """The pipeline over a batch (one nlp.pipe); when the batch fails or runs over the budget, each article alone,
    so only the culprit fails. A str in the output is that article's failure reason."""
    try:
        with limit(budget, "extraction"):
            return list(nlp.pipe([_make_doc(nlp, p.art) for p in batch], batch_size=batch_size))
    except (Exception, BudgetExceeded):
        pass  # each article alone below: only the culprit fails, with its reason
    out: list[Doc | str] = []
    for p in batch:
        try:
            with limit(budget, "extraction"):
                out.append(nlp(_make_doc(nlp, p.art)))
        except BudgetExceeded as exc:
            out.append(exc.reason)
        except Exception as exc:
            out.append(f"pipeline error: {type(exc).__name__}: {exc}")
    return out


def to_result(p: Prepared, doc: Doc | str, info: Pipeline, seconds: float) -> Result:
    """The record of one processed article (source.also is left to the run, which knows the duplicates)."""
    raw, art = p.raw, p.art
    common = {"sha256": raw.sha256, "content_sha256": p.sha, "language": p.language, "warnings": p.warnings}
    if isinstance(doc, str):
        return Result(raw.key, "failed", reason=doc, **common)
    try:
        record = doc_to_record(
            doc,
            id=record_id(raw.key),
            source=Source(path=raw.key, url=art.url, sha256=raw.sha256, format=raw.format, fetched_at=raw.fetched_at,
                          extractor=art.extractor),
            pipeline=info,
            meta={"title": art.title, "author": art.author, "sitename": art.sitename, "language": p.language},
        )
    except ValueError as exc:
        return Result(raw.key, "failed", reason=f"invalid record: {exc}", **common)
    return Result(raw.key, "written", record=record, timings={"extract": seconds}, **common)


def process_batch(items: list[RawArticle | InputError], nlp: Language, *, budget: Budget | None = None,
                  languages: tuple[str, ...] | None = ("fr",), known: Mapping[str, str] | None = None,
                  batch_size: int = 16) -> list[Result]:
    """Results for a batch of raw articles, in their order: each cleaned within the budget, then the admitted ones
    through the model together."""
    budget = budget or Budget()
    info = pipeline_info(nlp)
    slots: list[Prepared | Result] = [prepare(item, nlp, budget, languages, known or {}) for item in items]
    admitted = [s for s in slots if isinstance(s, Prepared)]
    if admitted:
        t0 = time.perf_counter()
        docs = run_model(admitted, nlp, budget, batch_size)
        seconds = round((time.perf_counter() - t0) / len(admitted), 4)
        done = iter([to_result(p, d, info, seconds) for p, d in zip(admitted, docs, strict=True)])
        slots = [next(done) if isinstance(s, Prepared) else s for s in slots]
    return [s for s in slots if isinstance(s, Result)]


def process(
    items: Iterable[RawArticle | InputError],
    nlp: Language | None = None,
    *,
    batch_size: int = 16,
    n_process: int = 1,
    languages: tuple[str, ...] | None = ("fr",),
    budget: Budget | None = None,
) -> Iterator[Result]:
    """Records for raw articles, in their order; bad ones come out as failed Results, never as exceptions.
    n_process > 1 runs the batches in that many worker processes (pressfacts.run.pool)."""
    if nlp is None:
        from .nlp import get_pipeline  # here, not at import: a re-run with nothing to extract never needs the model

        nlp = get_pipeline()
    budget = budget or Budget()
    batches = batched(items, batch_size)
    if n_process <= 1:
        for batch in batches:
            yield from process_batch(batch, nlp, budget=budget, languages=languages, batch_size=batch_size)
        return
    from .run.pool import LocalPool
    from .run.work import ArticleBatch, run_article_batch

    with LocalPool(n_process, budget, nlp) as pool:
        tasks = (ArticleBatch(b, languages, batch_size, budget) for b in batches)
        for results in pool.map(run_article_batch, tasks):
            yield from results


def extract(text: str, published: str | dt.date | None = None, *, nlp: Language | None = None) -> Record:
    """The record for one article text. `published` is a date or an ISO string ("2024-06-25", "2024-06").

    >>> record = pressfacts.extract(text, published="2024-06-25")
    """
    if isinstance(published, dt.date):
        published = published.isoformat()
    raw = RawArticle(
        path="<text>",
        format="text",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text.replace("\r\n", "\n"),
        published=published,
        published_source="metadata" if published else None,
    )
    for result in process([raw], nlp, languages=None):
        if result.record is None:
            raise InputError("<text>", result.reason or "no record")
        return result.record
    raise InputError("<text>", "no record")
