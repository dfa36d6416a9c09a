"""Blind articles (tests/articles/*.jsonl): full-length articles helpers wrote and keyed in the styles of the outlets of
../shared/press, without opening the press corpus, the answer key or the code, and without running the pipeline.
- art26h (removed in round 30: its retellings followed the press articles' own sentences too closely to stay in the
  repository): Le Figaro and Le Point, L'Humanité, La DH and La Libre, Le Journal de Montréal and La Presse, El Watan
  and Le Courrier d'Algérie, sports and culture pages. Untouched: organizations 0.868, dates 0.963, speakers 0.864.
- art27h: the same outlets on other stories, and regional dailies. Untouched (after round 26's rules from art26h):
  organizations 0.902, dates 0.930, speakers 0.848.
(micro F1, the matching rules of `pressfacts eval`.) Rules were then written from their errors, so they are dev sets
now; the floors keep what those rounds gained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pressfacts
from pressfacts.evaluation import Score, pressfacts_prediction, score_text

ARTICLES = Path(__file__).parent / "articles"
FLOORS = {
    "art27h": {"ORG": 0.91, "dates": 0.95, "speakers": 0.87},
}


def articles(name: str) -> list[dict]:
    return [json.loads(line) for line in (ARTICLES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def totals() -> dict[str, dict[str, Score]]:
    out = {}
    for name in FLOORS:
        out[name] = {field: Score() for field in ("ORG", "dates", "speakers")}
        for article in articles(name):
            record = pressfacts.extract(article["text"], published=article["published"])
            gold = {k: article[k] for k in ("organizations", "dates", "quotes")}
            scores = score_text(gold, pressfacts_prediction(record))
            for field, total in out[name].items():
                total.add(scores[field])
    return out


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_every_article_is_keyed_on_its_own_words(name):
    for article in articles(name):
        assert all(d["text"] in article["text"] for d in article["dates"]), article["id"]


@pytest.mark.parametrize(("name", "field"), [(n, f) for n in sorted(FLOORS) for f in sorted(FLOORS[n])])
def test_field_keeps_its_score(totals, name, field):
    score = totals[name][field]
    assert score.f1 >= FLOORS[name][field], (name, field, score.tp, score.fp, score.fn)
