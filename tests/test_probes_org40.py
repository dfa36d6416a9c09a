"""The round 40 batteries of invented organization names (tests/probes/org40a-d.jsonl, 80 press-style sentences each,
written with their keys by helpers who read only GUIDELINES.md): companies (a, d) and associations, collectives,
local media, local bodies, lists and online groups (b, c), with near-misses. No name is on any list, so they measure
what the rules read from the words around a name. a and b were read to write the round's rules; c and d were held
out (counts only). pressfacts keeps at least the passes it scored after round 40."""

from __future__ import annotations

from pathlib import Path

import pytest

from script_module import load_script

probes = load_script("probes")

# passed / 80 (strict), before round 40 -> after: a 41 -> 51, b 51 -> 56, c 39 -> 41, d 40 -> 46
FLOORS = {"org40a": 51, "org40b": 56, "org40c": 41, "org40d": 46}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_invented_names_keep_their_floor(nlp, name):
    path = Path(__file__).parent / "probes" / f"{name}.jsonl"
    passed, _eval_passed, total = probes.tally(probes.score_files([path], nlp))
    assert total == 80
    assert passed >= FLOORS[name], passed
