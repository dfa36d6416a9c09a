"""Probe sentences of round 19 (dates19b): the three rules of round 18 suspected of false dates on unseen text, with
near-misses where they must not fire; the whole probe set is tests/probes/dates19b.jsonl (own sentences).

- "cet hiver" is the winter around publication (two years), also when a conditional tells a forecast; after a year
  far from publication told in the same sentence or the one before, in a past clause, "cet été" is that year's and
  "cet hiver" (which two years?) is left out.
- A day written alone after a day of a month ("le 3 janvier, puis le 8"), also in a list ("le 12 et le 19"); not a
  rank or a drawn number ("classé le 12", "derrière le 4", "a obtenu le 7").
- "il y a (près de) N semaines/mois" is a date; "Il y a deux mois que …" / "Voilà … que" opening its clause is how
  long something has lasted (a duration), and approximate years stay figures."""

import json
from pathlib import Path

import pytest

from dating import pipeline_dates

PROBES = [json.loads(line) for line in (Path(__file__).parent / "probes" / "dates19b.jsonl").open(encoding="utf-8")]


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_dates19b_probe(nlp, probe):
    expected = [(d["text"], d["value"]) for d in probe["dates"]]
    assert pipeline_dates(nlp, probe["text"], probe["published"]) == expected
