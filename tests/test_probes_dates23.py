"""Round 23 probes (dates23): dates inside longer news sentences (several dates, parentheses, "depuis"/"jusqu'au",
ranges, parts of months and weeks, weekdays with their day, lists of days, relatives, holidays, undated texts) and
near-misses (events, names, clock times, numbers, durations, habits). Written by a helper before the pipeline was run
on them; first pass 94 of 100. Fixed this round: a month under a planned event ("pourrait se tenir en septembre") is
the coming one; a day written alone after "samedi 15" or "En janvier," is of that month; "au début du mois" in a past
clause; "le 15-Août" and the other national days written day-hyphen-month."""

import json
from pathlib import Path

import pytest

from dating import pipeline_dates

PROBES = [json.loads(line) for line in
          (Path(__file__).parent / "probes" / "dates23.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
# d23o03: "La veille de Noël" gives the eve only; the key also counts Noël itself (GUIDELINES' "la veille d'un nouveau
# samedi" is two entries), while an earlier probe counts "le lendemain du 14-Juillet" as one: to settle.
KNOWN_FAILING = {"d23o03": "'la veille de Noël': one entry or two is not settled"}


@pytest.mark.parametrize("probe", [
    pytest.param(p, id=p["id"], marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAILING[p["id"]])]
                 if p["id"] in KNOWN_FAILING else []) for p in PROBES])
def test_probe(nlp, probe):
    want = [(d["text"], d["value"]) for d in probe["dates"]]
    got = pipeline_dates(nlp, probe["text"], probe["published"])
    assert sorted(str(v) for _, v in got) == sorted(str(v) for _, v in want), got
