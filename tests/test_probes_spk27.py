"""Speakers beyond the quotation's sentence (spk27's probes, tests/probes/spk27.jsonl, sentences written for these
tests): a sentence after the quotation that points back to it ("Ainsi s'exprimait X", "Ces mots sont ceux de X"), the
sentence before it split at its full stop, a role the text gave nobody taken up by the one person of that gender, a
company taken up by a general noun ("précise l'entreprise"), the paper's own words ("Comme nous l'écrivions")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoting import quoted_speakers

_PROBES = {p["id"]: p for p in map(json.loads, (Path(__file__).parent / "probes" / "spk27.jsonl").open(encoding="utf-8"))}

# The probes of the classes fixed in round 13 (plus the negatives that keep those rules in check).
_FIXED = [
    "after1", "after2", "after3", "after4", "after6", "after7", "after8", "after9",  # a sentence pointing back
    "before3",  # the sentence before, split at its full stop
    "pro5", "pro9", "pro11", "pro12", "alt1", "auth1",  # a role given nobody; not "notre éditorialiste"
    "org9", "org10", "org12", "org15",  # "précise l'entreprise"
    "auth5", "auth6", "auth7", "auth8",  # "Comme nous l'écrivions, « … »"
]


def _norm(s: str) -> str:
    return s.replace("’", "'")


@pytest.mark.parametrize("probe_id", _FIXED)
def test_speaker_beyond_the_sentence(nlp, probe_id):
    probe = _PROBES[probe_id]
    got = [(_norm(text), speaker) for text, speaker in quoted_speakers(nlp, probe["text"])]
    for start, want in probe["expected"]:
        found = [speaker for text, speaker in got if text.startswith(_norm(start))]
        assert found, f"no quotation starting {start!r}"
        assert found[0] == (None if want == "null" else want)
