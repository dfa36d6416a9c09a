"""Probe sentences of round 19 (org19: organizations the pipeline missed), written for these tests in press style:
a head of state's palace that acts is the presidency, no place after a word of place; an institution's
territory complement with its own name or a country's adjective ("du pays Voironnais", "de la capitale
algérienne"); a quoted collective after a member's noun and "des" ("porte-parole des « motards en colère »"), not
the gilets jaunes movement. Each case with its near-misses; the whole set is tests/probes/org19.jsonl."""

import json
from pathlib import Path

import pytest

import pressfacts
from pressfacts.evaluation import norm

PROBES = [json.loads(line) for line in (Path(__file__).parent / "probes" / "org19.jsonl").read_text().splitlines()
          if line.strip()]


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_org19_probe(probe):
    entities = pressfacts.extract(probe["text"], published=probe["published"]).entities
    got = [{norm(e.name), *(norm(m.text) for m in e.mentions)} for e in entities if e.label == "ORG"]
    want = [{norm(o["name"]), *(norm(a) for a in o["aliases"])} for o in probe["organizations"]]
    assert all(any(w & g for g in got) for w in want), (got, want)
    assert all(any(w & g for w in want) for g in got), (got, want)
