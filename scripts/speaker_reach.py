"""How often an attributed quotation has the right speaker, by how far its speaker's name stands (speaker_reach).

    PYTHONPATH=src python scripts/speaker_reach.py [--test]

Scores pressfacts' quotations against the press answer keys with the pairing of `pressfacts eval` (a key quotation
is paired with the predicted one that starts with its first words) and counts, per reach of the predicted speaker's
mention (sentence, paragraph, earlier, later): right (the key's speaker), wrong (another speaker, or one where the
key has none), and attributed quotations the key does not hold at all. Default: the dev split and every speakers work
set (data/answers/press/work/spk*: the articles rules were written from, so an optimistic reading); --test adds the
test split's totals (never its errors). Totals only.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from pressfacts.evaluation import KeySources, key_articles, norm, paired_quotes, pressfacts_prediction, speaker_names
from pressfacts.extract import process
from pressfacts.nlp import get_pipeline

REPO = Path(__file__).resolve().parent.parent
KEYS = REPO / "data/answers/press"
REACHES = ("sentence", "paragraph", "earlier", "later", None)


def key_files(test: bool) -> dict[str, list[Path]]:
    sets = {"pool (dev + speaker work sets)": sorted((KEYS / "dev").glob("*.json"))
            + sorted(f for d in sorted((KEYS / "work").glob("spk*")) for f in (d / "dev").glob("*.json"))}
    if test:
        sets["test"] = sorted((KEYS / "test").glob("*.json"))
    return sets


def tally(gold: dict[str, Any], record: Any, into: Counter[tuple[str | None, str]]) -> None:
    pred = pressfacts_prediction(record)  # quotes as (text, speaker's names), in the record's order
    reach = [q.speaker_reach for q in record.quotes]
    matched: set[int] = set()
    for q, idx in paired_quotes(gold.get("quotes", []), pred.quotes):
        if idx is None:
            continue
        matched.add(idx)
        got = pred.quotes[idx][1]
        if got is None:
            continue
        want = speaker_names(gold, q["speaker"]) or set()
        into[(reach[idx], "right" if want & {norm(x) for x in got} else "wrong")] += 1
    for i, (_t, got) in enumerate(pred.quotes):
        if i not in matched and got:
            into[(reach[i], "not in key")] += 1


def main(test: bool) -> None:
    src = KeySources(REPO, REPO.parent / "shared/corpus", REPO.parent / "shared/press")
    nlp = get_pipeline()
    for name, files in key_files(test).items():
        raws, golds, skipped = key_articles([json.loads(f.read_text(encoding="utf-8")) for f in files], src)
        if skipped:
            raise SystemExit(f"{len(skipped)} key articles not found under {src.press} (../shared beside the repo)")
        counts: Counter[tuple[str | None, str]] = Counter()
        for gold, res in zip(golds, process(raws, nlp, languages=None), strict=True):
            tally(gold, res.record, counts)
        print(f"{name}: {len(golds)} articles")
        print(f"  {'reach':<11}{'right':>7}{'wrong':>7}{'share right':>13}{'not in key':>12}")
        for reach in REACHES:
            r, w, x = (counts[(reach, k)] for k in ("right", "wrong", "not in key"))
            if r or w or x:
                share = f"{r / (r + w):.3f}" if r + w else "-"
                print(f"  {reach!s:<11}{r:>7}{w:>7}{share:>13}{x:>12}")


if __name__ == "__main__":
    main("--test" in sys.argv[1:])
