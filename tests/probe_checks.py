"""The checks shared by the probe tests of round 21 (tests/probes/org21*.jsonl, spk21*.jsonl): load a probe file as
pytest parameters, known failures marked strict xfail with their reason, and assert a probe's field is its key."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

import pressfacts
from pressfacts.evaluation import norm, pressfacts_prediction, score_text


def probe_params(name: str, known: Mapping[str, str]) -> list[Any]:
    """tests/probes/<name>.jsonl as pytest parameters by id; an id in `known` is a strict xfail with that reason."""
    lines = (Path(__file__).parent / "probes" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    probes = [json.loads(line) for line in lines if line.strip()]
    return [pytest.param(p, id=p["id"], marks=[pytest.mark.xfail(reason=known[p["id"]], strict=True)]
                         if p["id"] in known else []) for p in probes]


def labels(text: str, published: str = "2019-03-14") -> dict[str, str]:
    """The entities pressfacts finds in a sentence, name -> label."""
    return {e.name: e.label for e in pressfacts.extract(text, published=published).entities}


def organizations_found(text: str, published: str) -> list[set[str]]:
    """Each organization pressfacts finds, by all its forms: its name and its mentions' words ("groupe PSA", "PSA")."""
    return [{e.name, *(m.text for m in e.mentions)}
            for e in pressfacts.extract(text, published=published).entities if e.label == "ORG"]


def assert_organizations_are_the_key(probe: dict[str, Any]) -> None:
    """Each organization found is one of the key's (by any of its names or its mentions' words, case and accents aside,
    as `pressfacts eval` matches them), each once."""
    found = organizations_found(probe["text"], probe["published"])
    keyed = [{norm(o["name"]), *(norm(a) for a in o.get("aliases", []))} for o in probe["organizations"]]
    matched = [next((k for k, names in enumerate(keyed) if {norm(f) for f in forms} & names), None) for forms in found]
    assert None not in matched and sorted(matched) == list(range(len(keyed))), found


def assert_speakers_are_the_key(probe: dict[str, Any]) -> None:
    """Every keyed quotation found with its speaker (None kept None), no other speaker given."""
    record = pressfacts.extract(probe["text"], published=probe["published"])
    score = score_text({"quotes": probe["quotes"]}, pressfacts_prediction(record))["speakers"]
    assert (score.fp, score.fn) == (0, 0), [(q.text, q.speaker) for q in record.quotes]
