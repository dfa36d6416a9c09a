"""What a worker does, wherever it runs (this process, a local worker process, a Dask worker): a batch of jobs in,
results out. A job is one input file, or one slice of a WARC archive. Workers never write: the client commits.

Every task type here can be split (a batch into its jobs, a WARC slice into its records) and can be given up on
(`lost`): the executors use both when a worker dies or gets stuck, so the other articles are never lost with it.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from ..errors import InputError
from ..extract import Result, process_batch
from ..ingest import RawArticle, read_articles
from .budget import Budget, BudgetExceeded, limit

_pipeline: Language | None = None


def use_pipeline(nlp: Language | None) -> None:
    """The pipeline workers use: set in the parent before it forks local workers (they inherit it loaded)."""
    global _pipeline
    _pipeline = nlp


def current_pipeline() -> Language:
    """This process's pipeline, loaded once (on Dask workers: by the worker plugin, before the first task)."""
    if _pipeline is None:
        from ..nlp import get_pipeline

        return get_pipeline()
    return _pipeline


def warm_up() -> None:
    """Import and initialize what cleaning needs (trafilatura, the language identifier's model) once, so that no
    article's time budget pays for it, and workers forked after this start warm."""
    import trafilatura  # noqa: F401

    from ..language import detect_language

    detect_language("Le conseil municipal a voté le budget de la ville mardi soir.")


class ChangedError(Exception):
    """The file changed since the scan, or while it was being read."""


def read_stable(path: Path, size: int | None = None, mtime_ns: int | None = None) -> bytes:
    """The file's bytes; ChangedError when it differs from the scan's (size, mtime) or changes while being read."""
    before = path.stat()
    if size is not None and (before.st_size, before.st_mtime_ns) != (size, mtime_ns):
        raise ChangedError("file changed during the run (after the scan); it will be read again on the next run")
    data = path.read_bytes()
    after = path.stat()
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or len(data) != after.st_size:
        raise ChangedError("file changed while it was being read; it will be read again on the next run")
    return data


@dataclass
class Job:
    """One input file to read, or the records at `offsets` of a WARC archive."""

    display: str  # path relative to the input folder: the key of its articles
    path: str
    size: int | None = None  # at the scan: the file must still be this one when it is read
    mtime_ns: int | None = None
    known: dict[str, str] = field(default_factory=dict)  # key -> cleaned-text sha of its record already written
    offsets: tuple[int, ...] | None = None  # WARC records; None: the whole file
    errors: list[tuple[str, str]] = field(default_factory=list)  # (key, reason) decided by the client (WARC damage)
    last: bool = True  # the file's last job: once committed, the file is done

    def split(self) -> list[Job]:
        if not self.offsets or len(self.offsets) < 2:
            return [self]
        parts = [Job(self.display, self.path, self.size, self.mtime_ns, self.known, (o,), [], False) for o in self.offsets]
        parts[-1].errors, parts[-1].last = self.errors, self.last
        return parts

    def lost(self, reason: str) -> JobResult:
        keys = [f"{self.display}#{o}" for o in self.offsets] if self.offsets is not None else [self.display]
        results = [Result(k, "failed", reason=reason) for k in keys]
        results += [Result(k, "failed", reason=r) for k, r in self.errors]
        return JobResult(self.display, results, last=self.last, whole_file_failed=self.offsets is None)


@dataclass
class JobResult:
    display: str
    results: list[Result]
    last: bool = True
    sha256: str | None = None  # of the file's bytes, when this job read the whole file
    size: int | None = None
    mtime_ns: int | None = None  # of the bytes read, when it can be trusted to spot the next change (see plan.py)
    whole_file_failed: bool = False  # no article could be told apart: the file's old records stay as they are


@dataclass
class JobBatch:
    """A task: jobs whose admitted articles go through the model together."""

    jobs: list[Job]
    budget: Budget
    languages: tuple[str, ...] | None = ("fr",)
    batch_size: int = 16

    def split(self) -> list[JobBatch]:
        parts = [j for job in self.jobs for j in (job.split() if len(self.jobs) == 1 else [job])]
        return [JobBatch([j], self.budget, self.languages, self.batch_size) for j in parts]

    def lost(self, reason: str) -> list[JobResult]:
        return [job.lost(reason) for job in self.jobs]


# A file whose mtime is this close to the moment it was read may still change within the same mtime tick.
RACY_NS = 2_000_000_000


def _read_file(job: Job, budget: Budget) -> tuple[list[RawArticle | InputError], JobResult]:
    out = JobResult(job.display, [], last=job.last, whole_file_failed=True)
    read_at = time.time_ns()
    try:
        with limit(budget, "reading"):
            data = read_stable(Path(job.path), job.size, job.mtime_ns)
    except ChangedError as exc:
        return [InputError(job.display, str(exc))], out
    except OSError as exc:
        return [InputError(job.display, f"cannot read file ({exc.strerror or exc})")], out
    except BudgetExceeded as exc:
        return [InputError(job.display, exc.reason)], out
    out.sha256, out.size, out.whole_file_failed = hashlib.sha256(data).hexdigest(), len(data), False
    if job.mtime_ns is not None and job.mtime_ns < read_at - RACY_NS:
        out.mtime_ns = job.mtime_ns
    items = list(read_articles(Path(job.path), job.display, data, sha256=out.sha256))
    if not items:  # e.g. a JSONL file with only blank lines
        items = [InputError(job.display, "no article in this file")]
    return items, out


def _read(job: Job, budget: Budget) -> tuple[list[RawArticle | InputError], JobResult]:
    if job.offsets is None:
        return _read_file(job, budget)
    from .warc import read_records

    items = read_records(job, budget)
    items += [InputError(k, r) for k, r in job.errors]
    return items, JobResult(job.display, [], last=job.last)


def run_jobs(task: JobBatch) -> list[JobResult]:
    """Read every job of the batch, then clean and extract all their articles in one process_batch."""
    items: list[RawArticle | InputError] = []
    out: list[tuple[JobResult, int]] = []
    known: dict[str, str] = {}
    for job in task.jobs:
        got, res = _read(job, task.budget)
        items += got
        out.append((res, len(got)))
        known.update(job.known)
    results = iter(process_batch(items, current_pipeline(), budget=task.budget, languages=task.languages, known=known,
                                 batch_size=task.batch_size))
    for res, n in out:
        res.results = [next(results) for _ in range(n)]
    return [res for res, _n in out]


@dataclass
class ArticleBatch:
    """A task of `pressfacts.process(..., n_process=N)`: raw articles already read."""

    items: list[RawArticle | InputError]
    languages: tuple[str, ...] | None
    batch_size: int
    budget: Budget

    def split(self) -> list[ArticleBatch]:
        return [ArticleBatch([i], self.languages, self.batch_size, self.budget) for i in self.items]

    def lost(self, reason: str) -> list[Result]:
        return [Result(i.path if isinstance(i, InputError) else i.key, "failed", reason=reason) for i in self.items]


def run_article_batch(task: ArticleBatch) -> list[Result]:
    return process_batch(task.items, current_pipeline(), budget=task.budget, languages=task.languages,
                         batch_size=task.batch_size)
