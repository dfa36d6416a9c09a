"""Score the probe sentences (tests/probes/*.jsonl) with the matching rules of `pressfacts eval`.

    PYTHONPATH=src python scripts/probes.py [FILE ...] [--verbose] [--json]

Each probe line is {"id", "family", "published", "text"} plus one answer-key list: "organizations" [{name, aliases}],
"dates" [{text, value}] or "quotes" [{start, speaker}] (data/answers/press/GUIDELINES.md). A probe passes when, for
its field, every expected fact is found and nothing else comes out: pressfacts.evaluation.score_text gives no false
positive and no false negative (an extra organization, an extra date value, a wrong or extra speaker fails), and
two things that score ignores but the probe writers counted also fail it (see `strict_problems`):
  - a quotation expected with no speaker that the pipeline does not find as a quotation at all (spk27's scorer);
  - a date the pipeline finds but cannot give a value, in a dated probe (dates20's scorer).
The "eval" count beside each line is the pass count by the score alone, so that the two definitions can be compared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from pressfacts.evaluation import (
    Prediction,
    Score,
    article_errors,
    by_specificity,
    norm,
    pair_quote,
    pressfacts_prediction,
    score_text,
)
from pressfacts.extract import process
from pressfacts.ingest import RawArticle
from pressfacts.records import Record

REPO = Path(__file__).resolve().parents[1]
PROBES = REPO / "tests" / "probes"
# The answer-key list a probe carries -> the field of score_text that scores it.
FIELDS = {"organizations": "ORG", "dates": "dates", "quotes": "speakers"}


@dataclass
class Outcome:
    file: str
    id: str
    family: str
    key: str  # "organizations", "dates" or "quotes"
    passed: bool  # the strict definition (score and strict_problems)
    eval_passed: bool  # the score alone: no false positive, no false negative
    reason: str


def probe_key(probe: dict[str, Any]) -> str:
    keys = [k for k in FIELDS if k in probe]
    if len(keys) != 1:
        raise ValueError(f"probe {probe.get('id')}: expected exactly one of {list(FIELDS)}, found {keys}")
    return keys[0]


def load_probes(path: Path) -> list[dict[str, Any]]:
    probes = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for p in probes:
        probe_key(p)
    return probes


def records(probes: list[dict[str, Any]], nlp: Language) -> list[Record]:
    """The record of each probe, in order, through one pipeline and nlp.pipe batches (pressfacts.process). The raw
    articles are built as pressfacts.extract builds them, so a probe scores as the one-text API would give it."""
    raws = [RawArticle(path=f"<probe {p['id']}>", format="text",
                       sha256=hashlib.sha256(p["text"].encode("utf-8")).hexdigest(),
                       text=p["text"].replace("\r\n", "\n"), published=p.get("published"),
                       published_source="metadata" if p.get("published") else None) for p in probes]
    out = []
    for probe, result in zip(probes, process(raws, nlp, languages=None, batch_size=32), strict=True):
        if result.record is None:
            raise RuntimeError(f"probe {probe['id']}: no record ({result.reason})")
        out.append(result.record)
    return out


def quote_leftovers(gold: list[dict[str, Any]], pred: Prediction) -> tuple[list[str], list[int]]:
    """The expected quotations with no speaker that no predicted one stands for, and the predicted quotations left
    unpaired; paired in the order and by the rule of evaluation._score_speakers (by_specificity, pair_quote)."""
    matched: set[int] = set()
    unfound: list[str] = []
    for q in by_specificity(gold):
        idx = pair_quote(norm(q["start"]), pred.quotes, matched)
        if idx is None:
            if q["speaker"] is None:
                unfound.append(q["start"])
            continue
        matched.add(idx)
    return unfound, [i for i in range(len(pred.quotes)) if i not in matched]


def strict_problems(probe: dict[str, Any], key: str, record: Record, pred: Prediction) -> list[str]:
    """What fails a probe beyond the score: score_text leaves a nobody's quotation unfound unscored (a missed speaker
    that is None costs nothing) and drops dates without a value, but spk27 and dates20 counted both as failures."""
    if key == "quotes":
        unfound, _ = quote_leftovers(probe["quotes"], pred)
        return [f"quotation «{start}» (nobody's) not found" for start in unfound]
    if key == "dates" and probe.get("published"):
        return [f"date {d.text!r} found with no value" for d in record.dates if not d.value]
    return []


def explain(probe: dict[str, Any], key: str, score: Score, pred: Prediction) -> list[str]:
    """One-line reasons from evaluation.article_errors (the lines of `pressfacts eval --show-errors` for the field),
    plus the quotations given a speaker that no expected one stands for, which article_errors does not list."""
    gold = {"file": probe["id"], key: probe[key]}
    wanted = {"organizations": ("ORG:",), "dates": ("dates:",), "quotes": ("quote ",)}[key]
    lines = [line.strip() for line in article_errors(gold, pred)[1:] if line.strip().startswith(wanted)]
    if key == "quotes":
        _, unpaired = quote_leftovers(probe["quotes"], pred)
        lines += [f"extra quote «{pred.quotes[i][0][:40]}» -> {sorted(pred.quotes[i][1])[0]}"
                  for i in unpaired if pred.quotes[i][1]]
    return [f"{FIELDS[key]} tp={score.tp} fp={score.fp} fn={score.fn}", *lines]


def judge(file: str, probe: dict[str, Any], record: Record) -> Outcome:
    key = probe_key(probe)
    pred = pressfacts_prediction(record)
    score = score_text({key: probe[key]}, pred)[FIELDS[key]]
    eval_passed = score.fp == 0 and score.fn == 0
    problems = strict_problems(probe, key, record, pred)
    passed = eval_passed and not problems
    reason = "" if passed else "; ".join(explain(probe, key, score, pred) + problems)
    return Outcome(file, probe["id"], probe["family"], key, passed, eval_passed, reason)


def score_files(paths: Iterable[Path], nlp: Language) -> list[Outcome]:
    """All probes of all files through one batch run (the model loads once)."""
    loaded = [(path.name, p) for path in paths for p in load_probes(path)]
    recs = records([p for _, p in loaded], nlp)
    return [judge(file, probe, rec) for (file, probe), rec in zip(loaded, recs, strict=True)]


def tally(outcomes: list[Outcome]) -> tuple[int, int, int]:
    return sum(o.passed for o in outcomes), sum(o.eval_passed for o in outcomes), len(outcomes)


def report(outcomes: list[Outcome], verbose: bool) -> str:
    """Per file and family passed/total (strict; the score-only count beside it), then per field; with verbose,
    each failing probe with its reason."""
    lines = [f"{'file / family':<28}{'passed':>12}{'eval':>10}"]
    for file in dict.fromkeys(o.file for o in outcomes):
        in_file = [o for o in outcomes if o.file == file]
        p, e, n = tally(in_file)
        lines.append(f"{file:<28}{f'{p}/{n}':>12}{f'{e}/{n}':>10}")
        for family in dict.fromkeys(o.family for o in in_file):
            p, e, n = tally([o for o in in_file if o.family == family])
            lines.append(f"  {family:<26}{f'{p}/{n}':>12}{f'{e}/{n}':>10}")
    lines.append("")
    for key in FIELDS:
        of_key = [o for o in outcomes if o.key == key]
        if of_key:
            p, e, n = tally(of_key)
            lines.append(f"{key:<28}{f'{p}/{n}':>12}{f'{e}/{n}':>10}")
    p, e, n = tally(outcomes)
    lines.append(f"{'all':<28}{f'{p}/{n}':>12}{f'{e}/{n}':>10}")
    if verbose:
        lines += ["", "failing probes (file id [family]: reason; '(eval passes)' = only the strict checks fail it):"]
        lines += [f"{o.file} {o.id} [{o.family}]: {o.reason}{' (eval passes)' if o.eval_passed else ''}"
                  for o in outcomes if not o.passed]
    return "\n".join(lines)


def to_json(outcomes: list[Outcome]) -> dict[str, Any]:
    groups: dict[str, dict[str, list[int]]] = {}
    for o in outcomes:
        for group, name in (("files", o.file), ("fields", o.key), ("families", f"{o.file}:{o.family}")):
            cell = groups.setdefault(group, {}).setdefault(name, [0, 0, 0])
            cell[0] += o.passed
            cell[1] += o.eval_passed
            cell[2] += 1
    counts = {g: {k: {"passed": v[0], "eval_passed": v[1], "total": v[2]} for k, v in d.items()}
              for g, d in groups.items()}
    return counts | {"failing": [asdict(o) for o in outcomes if not o.passed]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    ap.add_argument("files", nargs="*", type=Path, help="probe files (default: all of tests/probes/*.jsonl)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list the failing probes with a reason each")
    ap.add_argument("--json", action="store_true", help="counts and failures as JSON")
    args = ap.parse_args(argv)
    from pressfacts.nlp import get_pipeline

    paths = args.files or sorted(PROBES.glob("*.jsonl"))
    outcomes = score_files(paths, get_pipeline())
    print(json.dumps(to_json(outcomes), ensure_ascii=False, indent=1) if args.json else report(outcomes, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
