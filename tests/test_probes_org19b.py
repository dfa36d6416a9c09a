"""Probe sentences of round 19 (org19b: organizations known rather than phrased), written for these tests in press
style: the media, agencies, parties, unions, pollsters and institutions French-language press names most (France,
Belgium, Québec, Algeria) after "selon", "à", "sur", "a indiqué … à", as subjects and in possessives; media titled
with a common word, a first name, a place or an event ("Marianne", "Regards", "La Lettre A", "La Meuse",
"Libération") only in a slot of the press, with near-misses (the symbol, the plural noun, the department, the
event). The whole set is tests/probes/org19b.jsonl."""

import json
from pathlib import Path

import pytest

import pressfacts
from pressfacts.evaluation import norm

PROBES = [json.loads(line) for line in (Path(__file__).parent / "probes" / "org19b.jsonl").read_text().splitlines()
          if line.strip()]


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_org19b_probe(probe):
    entities = pressfacts.extract(probe["text"], published=probe["published"]).entities
    got = [{norm(e.name), *(norm(m.text) for m in e.mentions)} for e in entities if e.label == "ORG"]
    want = [{norm(o["name"]), *(norm(a) for a in o["aliases"])} for o in probe["organizations"]]
    assert all(any(w & g for g in got) for w in want), (got, want)
    assert all(any(w & g for w in want) for g in got), (got, want)
