"""Probe sentences of round 20 (own sentences in press style, tests/probes/dates20r.jsonl): the eve of an event to come
told right after a named day ("reçus jeudi à la préfecture, soit à la veille de la grève" is that Thursday; dates14,
dates31 keys) and a round count of years back ("il y a une quinzaine d'années" is that year; dates35, dates38 keys),
each with near-misses where no date (or only the day named) must come out."""

import json
from pathlib import Path

import pytest

from dating import pipeline_dates

PROBES = [json.loads(line) for line in
          (Path(__file__).parent / "probes" / "dates20r.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_probe(nlp, probe):
    want = [(d["text"], d["value"]) for d in probe["dates"]]
    got = pipeline_dates(nlp, probe["text"], probe["published"])
    assert sorted(v for _, v in got) == sorted(v for _, v in want), got
