"""scripts/probes.py judges a probe with `pressfacts eval`'s matching: a few probes written here (not the probe set)."""

from __future__ import annotations

import pytest

from script_module import load_script

probes = load_script("probes", "probes_scorer")

_SAISI = "Saisi par l'association, le Conseil d'État a suspendu mercredi l'arrêté du préfet."
_CASTANER = "« Nous ne céderons rien sur le fond », a déclaré mardi Christophe Castaner devant les députés."
PROBES = [
    # Found by its alias, nothing else: passes.
    {"id": "org-ok", "family": "t", "published": "2019-03-06", "text": _SAISI,
     "organizations": [{"name": "Conseil d’Etat", "aliases": ["Conseil d'État"]}]},
    # The SNCF comes out too and is not expected: an extra organization fails the probe.
    {"id": "org-extra", "family": "t", "published": "2019-03-06", "text": "La SNCF et le Conseil d'État ont été saisis.",
     "organizations": [{"name": "Conseil d'État", "aliases": []}]},
    {"id": "quote-ok", "family": "t", "published": "2019-03-06", "text": _CASTANER,
     "quotes": [{"start": "Nous ne céderons rien", "speaker": "Christophe Castaner"}]},
    # Expected as nobody's, but said by Castaner: a wrong speaker fails.
    {"id": "quote-given", "family": "t", "published": "2019-03-06", "text": _CASTANER,
     "quotes": [{"start": "Nous ne céderons rien", "speaker": None}]},
    # A nobody's quotation that is not there: the score does not count it, the strict pass does.
    {"id": "quote-absent", "family": "t", "published": "2019-03-06",
     "text": "Christophe Castaner a reçu mardi les syndicats de policiers place Beauvau.",
     "quotes": [{"start": "Nous ne céderons rien", "speaker": None}]},
    # A day of this coming March, expected last year's: the value differs, it fails.
    {"id": "date-wrong", "family": "t", "published": "2019-03-06", "text": "Le sommet s'ouvrira le 14 mars à Bruxelles.",
     "dates": [{"text": "le 14 mars", "value": "2018-03-14"}]},
]


@pytest.fixture(scope="module")
def outcomes(nlp):
    return {p["id"]: probes.judge("t.jsonl", p, r) for p, r in zip(PROBES, probes.records(PROBES, nlp), strict=True)}


@pytest.mark.parametrize(
    ("pid", "passed", "eval_passed", "reason"),
    [
        ("org-ok", True, True, ""),
        ("org-extra", False, False, "ORG tp=1 fp=1 fn=0; ORG: missed [] extra ['sncf']"),
        ("quote-ok", True, True, ""),
        ("quote-given", False, False,
         "speakers tp=0 fp=1 fn=0; quote 'Nous ne céderons rien': want None got Christophe Castaner"),
        ("quote-absent", False, True,
         "speakers tp=0 fp=0 fn=0; quote 'Nous ne céderons rien': want None got NOT FOUND; "
         "quotation «Nous ne céderons rien» (nobody's) not found"),
        ("date-wrong", False, False, "dates tp=0 fp=1 fn=1; dates: missed ['2018-03-14'] extra ['2019-03-14']"),
    ],
)
def test_probe_outcome(outcomes, pid, passed, eval_passed, reason):
    o = outcomes[pid]
    assert (o.passed, o.eval_passed, o.reason) == (passed, eval_passed, reason)


def test_report_counts_per_file_family_and_field(outcomes):
    rows = [line.split() for line in probes.report(list(outcomes.values()), verbose=False).splitlines()]
    assert ["t.jsonl", "2/6", "3/6"] in rows  # strict, then the score alone (quote-absent passes that)
    assert ["quotes", "1/3", "2/3"] in rows
    assert ["organizations", "1/2", "1/2"] in rows


def test_a_probe_needs_exactly_one_answer_list():
    with pytest.raises(ValueError, match="exactly one"):
        probes.probe_key({"id": "x", "organizations": [], "dates": []})
