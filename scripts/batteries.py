"""Score pressfacts on the blind batteries of tests/batteries/ (rounds 30 and 31): press-style text written, with its key, by
helpers who read only data/answers/press/GUIDELINES.md, never the code, tests, keys or press texts.

    python scripts/batteries.py [--verbose]

Prints F1 (right/false/missed) per battery with the matching of `pressfacts eval`: organizations by name or alias,
dates by ISO value. --verbose lists what each text misses or adds.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pressfacts
from pressfacts.evaluation import Score, norm, pressfacts_prediction, score_text

BATTERIES = Path(__file__).resolve().parents[1] / "tests" / "batteries"
FIELDS = {"organizations": "ORG", "dates": "dates"}


def battery_field(name: str) -> str:
    """The field a battery scores, from its file name ("dates_articles" -> "dates")."""
    return FIELDS[name.split("_")[0]]


def gold_of(case: dict[str, Any]) -> dict[str, Any]:
    """The case's key in the answer-key shape score_text reads."""
    if "organizations" in case:
        return {"organizations": case["organizations"]}
    return {"dates": case["dates"]}


def score_battery(path: Path, verbose: bool = False) -> Score:
    field = battery_field(path.stem)
    total = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        pred = pressfacts_prediction(pressfacts.extract(case["text"], published=case["published"]))
        s = score_text(gold_of(case), pred)[field]
        total.add(s)
        if verbose and (s.fp or s.fn):
            print(f"  {case['id']}: {_difference(case, pred, field)}")
    return total


def _difference(case: dict[str, Any], pred: Any, field: str) -> str:
    if field == "dates":
        gold = [d["value"] for d in case["dates"]]
        return f"missed {[v for v in gold if v not in pred.dates]} extra {[v for v in pred.dates if v not in gold]}"
    keyed = [{norm(o["name"]), *(norm(a) for a in o.get("aliases", []))} for o in case["organizations"]]
    found = [{norm(x) for x in names} for names in pred.entities.get("ORG", [])]
    missed = [sorted(k)[0] for k in keyed if not any(k & f for f in found)]
    extra = [sorted(f)[0] for f in found if not any(k & f for k in keyed)]
    return f"missed {missed} extra {extra}"


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    for path in sorted(BATTERIES.glob("*.jsonl")):
        s = score_battery(path, verbose)
        print(f"{path.stem:28s} {battery_field(path.stem):5s} F1 {s.f1:.3f} ({s.tp}/{s.fp}/{s.fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
