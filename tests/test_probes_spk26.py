"""Quote speakers on probe sentences written for round 13 (tests/probes/spk26.jsonl): a few words quoted inside a
sentence near the one who says them, and quotations nobody named says. Only the classes fixed that round."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoting import quoted_speakers

PROBES = {p["id"]: p for p in map(json.loads, (Path(__file__).parent / "probes" / "spk26.jsonl").read_text().splitlines())}

FIXED = [
    # "Selon elle, X vit « … »", "Pour elle, il s'agit d'« … »": a pronoun set off by a comma after the cue.
    "selon14", "selon15", "selon18",
    # "Aux yeux de X, …", "De l'avis de X, …" opening the sentence; an unnamed one is nobody.
    "selon04", "selon16", "selon17", "selon19",
    # "X, qui dénonce « … », appelle …": the verb after the closing mark is the main verb, no incise.
    "verb16", "verb21", "verb24",
    # "une mesure jugée « … » par X": the agent after the closing mark.
    "verb15", "verb22", "verb25", "verb26",
    # "des manifestants qui scandaient « … »": an unnamed antecedent, not the person named before.
    "neg03", "neg14", "neg15",
    # "Le Figaro cite un proche : « … »": the one cited speaks, not the medium; "cite en exemple" a thing does not.
    "neg08", "neg17", "plat14", "neg18",
]


@pytest.mark.parametrize("pid", FIXED)
def test_probe_speaker(nlp, pid):
    probe = PROBES[pid]
    got = quoted_speakers(nlp, probe["text"])
    for want in probe["expect"]:
        found = [speaker for text, speaker in got if text.startswith(want["start"])]
        if want["speaker"] is None:
            assert found in ([], [None]), (pid, got)  # a slogan or an unnamed speaker: nobody
        else:
            assert found == [want["speaker"]], (pid, got)
