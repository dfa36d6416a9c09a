"""The organizations and dates still missed or false over many non-test keys at once, grouped by the words they
share, so that a rule is written for a class that recurs across articles and outlets, not for one article's case.
Rounds 36-44 took their rules from one dev half at a time and none reached a held-out article; round 45 took the one
class that recurs over about 300 articles (a feast named with no article, "ils fêtent Noël") and it did.

Reads only `dev` folders (the test split and the fresh test halves stay unread). Each error is matched as
`pressfacts eval` matches (organizations by any shared name, dates by value, one to one); a word is counted once per
article, and a group is printed when its word comes back in at least --min-articles articles of at least two outlets.

    python scripts/pooled_errors.py [--key KEYDIR [--press FOLDER]]... [--min-articles 3] [--list]

Without --key: the dev split (data/answers/press) and every work key (data/answers/press/work/*), with their texts in
../shared/press. A fresh set's texts live outside the repository: --key data/answers/press/fresh44 --press FOLDER.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from spacy.lang.fr.stop_words import STOP_WORDS  # noqa: E402

from pressfacts.evaluation import KeySources, key_articles, load_key, norm, unmatched  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@dataclass(frozen=True)
class PooledError:
    """One fact a key and pressfacts disagree on: `kind` is "ORG missed", "ORG false", "date missed" or "date false"."""

    kind: str
    file: str  # the key's `file` ("press/<outlet>/<stem>.txt")
    words: str  # the name or the date's words, as written
    value: str | None = None  # a date's value (the key's for a missed one, pressfacts' for a false one)


def outlet(file: str) -> str:
    parts = file.split("/")
    return parts[-2] if len(parts) > 1 else ""


def article_errors(gold: dict[str, Any], record: Any, fields: set[str]) -> list[PooledError]:
    """What one article's record misses and adds, for the fields its key holds."""
    out: list[PooledError] = []
    if "ORG" in fields:
        golds = [(o["name"], {norm(o["name"]), *(norm(a) for a in o.get("aliases", []))})
                 for o in gold.get("organizations", [])]
        preds = [(e.name, {norm(e.name), *(norm(m.text) for m in e.mentions)}) for e in record.entities
                 if e.label == "ORG"]
        missed, false = unmatched(golds, preds, lambda g, p: bool(g[1] & p[1]))
        out += [PooledError("ORG missed", gold["file"], g[0]) for g in missed]
        out += [PooledError("ORG false", gold["file"], p[0]) for p in false]
    if "dates" in fields:
        gd = [(d["text"], d["value"]) for d in gold.get("dates", []) if d.get("value")]
        pd = [(d.text, d.value) for d in record.dates if d.value]
        missed, false = unmatched(gd, pd, lambda g, p: g[1] == p[1])
        out += [PooledError("date missed", gold["file"], t, v) for t, v in missed]
        out += [PooledError("date false", gold["file"], t, v) for t, v in false]
    return out


def content_words(text: str) -> set[str]:
    """Words folded as `pressfacts eval` folds names (norm) that can tell a class: no stop word, no number, no
    one-letter word."""
    return {w for w in _WORD.findall(norm(text)) if len(w) > 1 and w not in STOP_WORDS}


def recurring(errors: list[PooledError], min_articles: int) -> list[tuple[str, int, int, dict[str, int]]]:
    """(word, articles, outlets, errors by kind) for each word that comes back in at least `min_articles` articles of
    at least two outlets, most articles first."""
    articles: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for e in errors:
        for w in content_words(e.words):
            articles[w].add(e.file)
            kinds[w][e.kind] += 1
    rows = [(w, len(files), len({outlet(f) for f in files}), dict(kinds[w])) for w, files in articles.items()]
    rows = [r for r in rows if r[1] >= min_articles and r[2] >= 2]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def _fields(key_dir: Path) -> set[str]:
    """A work key holds one field (its folder's name says which); the dev split and the fresh sets hold both."""
    name = key_dir.name
    if name.startswith("org"):
        return {"ORG"}
    if name.startswith("dates"):
        return {"dates"}
    if name.startswith("spk"):
        return set()
    return {"ORG", "dates"}


def pooled(keys: list[tuple[Path, Path]]) -> list[PooledError]:
    """Every dev-split error of the given (key folder, texts folder) pairs, each article read once per field."""
    from pressfacts.extract import process
    from pressfacts.nlp import get_pipeline

    errors: list[PooledError] = []
    seen: set[tuple[str, str]] = set()
    for key_dir, press in keys:
        fields = _fields(key_dir)
        golds = [g for g in load_key(REPO / "data" / "answers" / "articles.json", key_dir) if g["split"] == "dev"]
        golds = [g for g in golds if any((g["file"], f) not in seen for f in fields)]
        if not golds:
            continue
        raws, golds, _skipped = key_articles(golds, KeySources(REPO, REPO.parent / "shared" / "corpus", press))
        for gold, result in zip(golds, process(raws, get_pipeline(), languages=None), strict=True):
            todo = {f for f in fields if (gold["file"], f) not in seen}
            seen.update((gold["file"], f) for f in todo)
            if result.record is not None:
                errors += article_errors(gold, result.record, todo)
    return errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--key", type=Path, action="append", default=[], help="a key folder (its dev split is read)")
    ap.add_argument("--press", type=Path, action="append", default=[],
                    help="the texts of the --key before it (default ../shared/press)")
    ap.add_argument("--min-articles", type=int, default=3)
    ap.add_argument("--list", action="store_true", help="also list every error")
    args = ap.parse_args()
    shared = REPO.parent / "shared" / "press"
    press_root = REPO / "data" / "answers" / "press"
    if args.key:
        presses = args.press + [shared] * (len(args.key) - len(args.press))
        keys = list(zip(args.key, presses, strict=True))
    else:
        keys = [(press_root, shared)] + [(d, shared) for d in sorted((press_root / "work").iterdir()) if d.is_dir()]
    errors = pooled(keys)
    files = {e.file for e in errors}
    print(f"{len(errors)} errors in {len(files)} articles of {len({outlet(f) for f in files})} outlets")
    for word, n_articles, n_outlets, kinds in recurring(errors, args.min_articles):
        print(f"  {word}: {n_articles} articles, {n_outlets} outlets; "
              + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if args.list:
        for e in sorted(errors, key=lambda e: (e.kind, e.file)):
            print(f"{e.kind}\t{e.file}\t{e.words}" + (f"\t{e.value}" if e.value else ""))


if __name__ == "__main__":
    main()
