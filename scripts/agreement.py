"""How far two careful readers agree on the test split: the test key against a second key made blind to it.

    PYTHONPATH=src python scripts/agreement.py [--pipeline]

The second keys (data/answers/press/agreement/{org,dates,spk}/) were made by annotators who read only
GUIDELINES.md, dev keys for the format and the article texts: never the test key, never pressfacts' output. The
test key is scored as the gold and the second key as a prediction, with the matching rules of `pressfacts eval`,
so the F1 printed is the ceiling a human reader sets for the pipeline's score on the same articles. With
--pipeline, pressfacts' records of the same articles are also scored against each key. Totals only: the test split
stays unseen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pressfacts.evaluation import Prediction, Score, score_text

KEYS = Path(__file__).resolve().parent.parent / "data/answers/press"
FIELDS = {"org": "ORG", "dates": "dates", "spk": "speakers"}


def as_prediction(field: str, second: dict[str, Any]) -> Prediction:
    pred = Prediction()
    if field == "org":
        pred.entities = {"ORG": [{e["name"], *e.get("aliases", [])} for e in second["organizations"]]}
    elif field == "dates":
        pred.dates = [d["value"] for d in second["dates"] if d.get("value")]
    else:
        names = {e["name"]: {e["name"], *e.get("aliases", [])}
                 for k in ("people", "organizations") for e in second.get(k, [])}
        # a second key's start (its first 3-5 words) stands for the quotation's text: a lower bound when the two
        # keys cut a start at a different word
        pred.quotes = [(q["start"], names.get(q["speaker"], {q["speaker"]}) if q["speaker"] else None)
                       for q in second["quotes"]]
    return pred


def agreement(field: str) -> tuple[int, Score]:
    total, n = Score(), 0
    for f in sorted((KEYS / "test").glob("*.json")):
        other = KEYS / "agreement" / field / f.name
        if not other.exists():
            continue
        gold = json.loads(f.read_text(encoding="utf-8"))
        total.add(score_text({**gold, "quotes": gold.get("quotes", [])},
                             as_prediction(field, json.loads(other.read_text(encoding="utf-8"))))[FIELDS[field]])
        n += 1
    return n, total


def pipeline_scores() -> dict[str, tuple[Score, Score]]:
    """pressfacts against the test key and against the second key, per field (totals)."""
    from pressfacts.evaluation import KeySources, _raw_for, pressfacts_prediction
    from pressfacts.extract import process
    from pressfacts.ingest import read_articles
    from pressfacts.nlp import get_pipeline

    repo = KEYS.parent.parent.parent
    src = KeySources(repo, repo.parent / "shared/corpus", repo.parent / "shared/press")
    files = sorted((KEYS / "test").glob("*.json"))
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    raws = []
    for gold in golds:
        found = _raw_for(gold["file"], src)
        if found is None:
            raise SystemExit(f"{gold['file']}: not found under {src.press} (../shared beside the repository)")
        path, display, item = found
        raws.append(next(r for r in read_articles(path, display) if not isinstance(r, Exception) and r.index == item))
    preds = [pressfacts_prediction(r.record) for r in process(raws, get_pipeline(), languages=None)]
    out = {}
    for field, label in FIELDS.items():
        vs_test, vs_second = Score(), Score()
        for f, gold, pred in zip(files, golds, preds, strict=True):
            vs_test.add(score_text(gold, pred)[label])
            second = json.loads((KEYS / "agreement" / field / f.name).read_text(encoding="utf-8"))
            vs_second.add(score_text(second, pred)[label])
        out[label] = (vs_test, vs_second)
    return out


if __name__ == "__main__":
    for field, label in FIELDS.items():
        n, s = agreement(field)
        print(f"{label:<9} {n} articles  F1 {s.f1:.3f}  P {s.precision:.3f}  R {s.recall:.3f}  "
              f"(agree {s.tp}, second only {s.fp}, test key only {s.fn})")
    if "--pipeline" in sys.argv[1:]:
        for label, (a, b) in pipeline_scores().items():
            print(f"pressfacts {label:<9} vs test key F1 {a.f1:.3f} ({a.tp}/{a.fp}/{a.fn})  "
                  f"vs second key F1 {b.f1:.3f} ({b.tp}/{b.fp}/{b.fn})")
