"""How much an F1 read on a handful of articles can be trusted: a percentile bootstrap over articles.

Facts of one article are not independent (one badly cleaned page loses all its quotes), so the unit resampled is the
article: each replicate draws as many articles as the split has, with replacement, sums their right / false / missed
counts and takes the micro F1 of the sum, the way `pressfacts eval` computes its totals. The interval says how far
the same pipeline's score could fall on another sample of articles like these; it does not cover annotation error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np


class Counts(Protocol):
    tp: int
    fp: int
    fn: int


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    level: float  # e.g. 0.95
    articles: int  # how many articles carry at least one fact or error of the field
    reps: int

    def at_least(self, target: float) -> bool | None:
        """True when the whole interval clears target, False when all of it falls short, None when it straddles."""
        return True if self.low >= target else False if self.high < target else None


def _f1(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> np.ndarray:
    den = 2 * tp + fp + fn
    # nothing to find and nothing found counts as a perfect score, as Score.f1 does (precision = recall = 1)
    return np.where(den > 0, 2 * tp / np.maximum(den, 1), 1.0)


def replicate_f1(per_article: Sequence[Counts], *, reps: int = 2000, seed: int = 0) -> np.ndarray | None:
    """The micro F1 of `reps` samples of articles drawn with replacement (as many as carry the field); None when no
    article has a fact or an error of the field. Articles with neither add nothing to any sum and are left out
    first, so the result does not depend on them. A fixed seed keeps printed intervals the same from run to run."""
    counts = np.array([(c.tp, c.fp, c.fn) for c in per_article if c.tp or c.fp or c.fn], dtype=np.int64)
    if not len(counts):
        return None
    draws = np.random.default_rng(seed).integers(0, len(counts), size=(reps, len(counts)))
    sums = counts[draws].sum(axis=1)  # (reps, 3): right, false, missed of each replicate
    return _f1(sums[:, 0], sums[:, 1], sums[:, 2])


def bootstrap_f1(per_article: Sequence[Counts], *, reps: int = 2000, level: float = 0.95,
                 seed: int = 0) -> Interval | None:
    """Percentile interval of the micro F1 over articles resampled with replacement (None: nothing to resample)."""
    f1 = replicate_f1(per_article, reps=reps, seed=seed)
    if f1 is None:
        return None
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(f1, [tail, 100 - tail])
    articles = sum(1 for c in per_article if c.tp or c.fp or c.fn)
    return Interval(float(low), float(high), level, articles, reps)


def share_at_least(per_article: Sequence[Counts], target: float, *, reps: int = 2000, seed: int = 0) -> float | None:
    """Share of bootstrap replicates whose F1 reaches target: how often another sample of articles like these
    would show the pipeline at or above it (None when there is nothing to resample)."""
    f1 = replicate_f1(per_article, reps=reps, seed=seed)
    return None if f1 is None else float((f1 >= target).mean())
