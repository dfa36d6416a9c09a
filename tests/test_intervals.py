"""The bootstrap interval over articles that `pressfacts eval` prints beside each F1."""

from __future__ import annotations

import pytest

from pressfacts.evaluation import Score, SplitResult
from pressfacts.intervals import Interval, bootstrap_f1, share_at_least


def test_identical_articles_give_a_zero_width_interval_at_their_f1():
    iv = bootstrap_f1([Score(3, 1, 0)] * 10)  # F1 = 6 / 7 in every resample
    assert iv is not None
    assert iv.low == pytest.approx(6 / 7) and iv.high == pytest.approx(6 / 7)
    assert iv.articles == 10 and iv.reps == 2000 and iv.level == 0.95


def test_two_opposite_articles_span_the_whole_range():
    # resamples: AA -> 1.0 (a quarter), BB -> 0.0 (a quarter), AB -> 2/3 (half)
    arts = [Score(1, 0, 0), Score(0, 0, 1)]
    iv = bootstrap_f1(arts)
    assert iv is not None and (iv.low, iv.high) == (0.0, 1.0)
    assert share_at_least(arts, 0.6) == pytest.approx(0.75, abs=0.04)
    assert share_at_least(arts, 0.9) == pytest.approx(0.25, abs=0.04)


def test_more_articles_of_the_same_mix_give_a_narrower_interval():
    mix = [Score(4, 0, 0), Score(2, 1, 2), Score(3, 0, 1), Score(1, 2, 3)]
    few, many = bootstrap_f1(mix), bootstrap_f1(mix * 10)
    assert few is not None and many is not None
    point = 2 * 10 / (2 * 10 + 3 + 6)  # the split's own micro F1: 10 right, 3 false, 6 missed
    assert few.low < many.low <= point <= many.high < few.high


def test_articles_without_the_field_change_nothing_and_the_seed_fixes_the_draw():
    mix = [Score(4, 0, 0), Score(2, 1, 2), Score(1, 2, 3)]
    assert bootstrap_f1(mix) == bootstrap_f1(mix + [Score(0, 0, 0)] * 5)
    assert bootstrap_f1(mix, seed=1) == bootstrap_f1(mix, seed=1)
    assert bootstrap_f1([Score(0, 0, 0)]) is None and share_at_least([], 0.5) is None


def test_at_least_says_whether_the_interval_clears_a_target():
    iv = Interval(0.80, 0.90, 0.95, 12, 2000)
    assert iv.at_least(0.75) is True and iv.at_least(0.95) is False and iv.at_least(0.85) is None


def test_split_intervals_cover_article_fields_only():
    split = SplitResult()
    split.add("a", {"ORG": Score(5, 1, 2), "dates": Score(3, 0, 0)}, {})
    split.add("b", {"ORG": Score(2, 0, 4), "dates": Score(2, 1, 0)}, {})
    org = split.interval("ORG")
    assert org is not None and org.articles == 2 and org.low < 0.7 < org.high
    assert split.interval("sentence_dates") is None and split.share_at_least("sentences", 0.5) is None
