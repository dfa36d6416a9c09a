"""Probe sentences of round 20 (own sentences in press style, tests/probes/dates20w.jsonl) on the direction of a
weekday: an imparfait right before it ("tentait toujours jeudi") tells the news's own day, so the day after publication
is that day (dates31); a participle coordinated with one that carries the auxiliary shares its tense ("sont bloqués ou
perturbés jeudi" is a present passive; dates31); weekdays listed after a colon with no verb of their own follow on from
the day told before the colon ("restaient maintenues vendredi matin: deux samedi, deux dimanche"; dates14). Each with
near-misses where the past (or the verb's own tense) must stay."""

import json
from pathlib import Path

import pytest

from dating import pipeline_dates

PROBES = [json.loads(line) for line in
          (Path(__file__).parent / "probes" / "dates20w.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_probe(nlp, probe):
    want = [(d["text"], d["value"]) for d in probe["dates"]]
    got = pipeline_dates(nlp, probe["text"], probe["published"])
    assert sorted(v for _, v in got) == sorted(v for _, v in want), got
