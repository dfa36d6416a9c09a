"""Round 20 probes (org38): bodies the NER takes for things or places and buildings it takes for bodies. Sentences
written for these tests in press style: a group of states named by a letter and a number is a body when its
office, members or acts are meant, its summit an event; "la Ville de X" acting is the town's administration; an
assembly entered or gathered before is its building; a compass word with a people's adjective is a region; the
chambers of Québec's parliament are rooms. The whole probe file is tests/probes/org38.jsonl."""

import json
from pathlib import Path

import pytest

import pressfacts

PROBES = [json.loads(line) for line in (Path(__file__).parent / "probes" / "org38.jsonl").read_text().splitlines()]


def labels(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text, published="2019-02-10").entities}


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_probe_organizations_are_exactly_the_key(probe):
    found = {name for name, label in labels(probe["text"]).items() if label == "ORG"}
    assert found == {o["name"] for o in probe["organizations"]}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Le président est parti mardi au sommet du G20 à Hambourg.", "G20", "MISC"),
        ("Environ 200 personnes ont manifesté devant le Parlement à Vienne.", "Parlement", "LOC"),
        ("Dans l'Ouest parisien, des voitures ont brûlé samedi.", "Ouest parisien", "LOC"),
        ("La Ville de Rodez est endettée depuis dix ans.", "Rodez", "LOC"),
    ],
)
def test_the_near_misses_keep_their_other_label(text, name, label):
    assert labels(text).get(name) == label
