"""What the organization and date errors of a press key are made of, as counts only (no name, no text), so that a
held-out split can be described without reading its errors:

- a missed organization is `other label` when a predicted person, place or other entity carries one of its names,
  `boundary` when a predicted mention holds one of its names or sits inside one (word-wise), else `not found`;
- a false organization is `a found one split in two` when it carries a name of a gold organization another entity
  matched, `boundary` when it holds or sits inside a gold organization's name, else `no gold`;
- with --by-shape, each organization class also by the shape of its longest name: `acronym`, `one word`,
  `capitalized words` or `lowercase head` ("commission des finances"), the shape where round 43 found unseen
  articles' false organizations gathered (lowercase heads);
- with --boundary, each boundary error also by how the two names differ: the predicted one `shorter` or `longer`,
  the words it lacks or adds standing `before`, `after` or on both sides, and the kind of the first such word next
  to the shared words (`article`, `preposition`, `acronym`, `capitalized`, `lowercase`, `number`, `other`), so that
  where names start and end on unseen text can be told without reading a name;
- a missed date is `wrong value` when a prediction left over has the same words with another value (or none), else
  `not found`; a false date is `wrong value` in the same way, else `no gold words` (the key has no such words); each
  by the kind of its words (weekday, day-month, month, numeric, other words), a wrong value also by its direction;
- with --speakers (keys with quotes), the speaker errors paired as `pressfacts eval` pairs quotations: a missed
  speaker is `quotation not found`, `no speaker given` (split by whether the key's speaker is named in the
  quotation's paragraph, elsewhere in the text, or nowhere in it) or `another speaker`; a false one is `another
  speaker`, `a speaker where the key has none` or `a quotation the key does not list`; a predicted speaker also by its
  label and its `speaker_reach`, so that where attribution fails on unseen text can be told without reading a quote.

    python scripts/error_classes.py --press FOLDER --press-key KEYDIR [--split test|dev] [--by-shape] [--boundary]
                                    [--speakers]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from pressfacts.components.dates.finding import default_rules  # noqa: E402
from pressfacts.evaluation import (  # noqa: E402
    KeySources,
    key_articles,
    load_key,
    norm,
    paired_quotes,
    pressfacts_prediction,
    speaker_names,
)

_VOCAB = default_rules().vocab
_WEEKDAYS = frozenset(norm(w) for w in _VOCAB.weekdays)
_MONTHS = frozenset(norm(w) for w in _VOCAB.months)


def date_kind(text: str) -> str:
    """A coarse kind of date words (normalized), to tell which resolution went wrong."""
    words = text.split()
    if any(w in _WEEKDAYS for w in words):
        return "weekday"
    if any(w in _MONTHS for w in words):
        return "day-month" if any(w[:1].isdigit() or w == "1er" for w in words) else "month"
    if any(w[:1].isdigit() for w in words):
        return "numeric"
    return "other words"


def _direction(want: str, got: str | None) -> str:
    if not got:
        return "no value"
    if len(got) != len(want):
        return "other granularity"
    return "later than the key" if got > want else "earlier than the key"


def _words_inside(a: str, b: str) -> bool:
    """a's words appear as a run inside b's."""
    return f" {a} " in f" {b} "


def _overlap(a: str, b: str) -> bool:
    """One's words are a run of the other's."""
    return _words_inside(a, b) or _words_inside(b, a)


ACRONYM_WORD = re.compile(r"(?=.*[A-ZÀ-Ý])[A-ZÀ-Ý0-9&.-]{2,}")  # capitals, maybe with digits: "CGT", "G7" (not "24")


def name_shape(names: set[str] | list[str]) -> str:
    """The shape of an organization's longest name, as written (not folded)."""
    name = max(names, key=lambda n: (len(n), n))  # (ties broken by the text, not by a set's order)
    words = name.split()
    if len(words) <= 2 and any(ACRONYM_WORD.fullmatch(w) for w in words):
        return "acronym"
    if len(words) == 1:
        return "one word"
    return "lowercase head" if name[:1].islower() else "capitalized words"


_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une"})
_PREPOSITIONS = frozenset({"de", "du", "des", "d", "a", "au", "aux", "en", "pour", "sur", "contre", "et"})


def word_kind(word: str) -> str:
    """The kind of one word as written; an elided "l'"/"d'" counts as what it elides."""
    head = re.split(r"['’]", word, maxsplit=1)[0] if re.match(r"^[A-Za-z]['’]", word) else word
    folded = norm(head) if head != word else norm(word)
    if folded in _ARTICLES:
        return "article"
    if folded in _PREPOSITIONS:
        return "preposition"
    if ACRONYM_WORD.fullmatch(word):
        return "acronym"
    if word[:1].isdigit():
        return "number"
    if word[:1].isupper():
        return "capitalized"
    return "lowercase" if word[:1].isalpha() else "other"


def _words(name: str) -> list[tuple[str, str]]:
    """(as written, folded) per word, words that fold to nothing (a lone quote) left out."""
    return [(w, norm(w)) for w in name.split() if norm(w)]


def boundary_kind(gold_names: list[str], pred_names: list[str]) -> str | None:
    """How the closest pair of overlapping names differs (see the module docstring), or None if none overlaps."""
    best: tuple[int, str] | None = None
    for g in gold_names:
        for p in pred_names:
            gw, pw = _words(g), _words(p)
            for inner, outer, kind in ((pw, gw, "shorter"), (gw, pw, "longer")):
                fi, fo = [f for _, f in inner], [f for _, f in outer]
                n = len(fi)
                at = next((i for i in range(len(fo) - n + 1) if n and fo[i:i + n] == fi), None)
                if at is None or len(fo) == n:
                    continue
                before, after = outer[:at], outer[at + n:]
                side = "both" if before and after else "before" if before else "after"
                first = after[0][0] if after else before[-1][0]
                cand = (len(fo) - n, f"predicted {kind}, {side}: {word_kind(first)}")
                if best is None or cand < best:
                    best = cand
    return best[1] if best else None


def boundary_classes(gold: dict[str, Any], record: Any) -> Counter[str]:
    """The boundary errors of org_classes, each by how the names differ (counts only)."""
    out: Counter[str] = Counter()
    entities = pressfacts_prediction(record).entities
    raw_orgs = [list(p) for p in entities.get("ORG", [])]
    raw_all = [list(p) for ps in entities.values() for p in ps]
    raw_golds = [[o["name"], *o.get("aliases", [])] for o in gold.get("organizations", [])]
    folded_orgs = [{norm(x) for x in p} for p in raw_orgs]
    used: set[int] = set()
    for raw in raw_golds:
        g = {norm(x) for x in raw}
        hit = next((i for i, p in enumerate(folded_orgs) if i not in used and g & p), None)
        if hit is not None:
            used.add(hit)
            continue
        if any(g & {norm(x) for x in p} for p in raw_all):
            continue  # another label: not a boundary
        kinds = sorted(k for p in raw_all if (k := boundary_kind(raw, p)))
        if kinds:
            out[f"missed: {kinds[0]}"] += 1
    golds = [{norm(x) for x in g} for g in raw_golds]
    for i, raw in enumerate(raw_orgs):
        if i in used or any(g & folded_orgs[i] for g in golds):
            continue
        kinds = sorted(k for g in raw_golds if (k := boundary_kind(g, raw)))
        if kinds:
            out[f"false: {kinds[0]}"] += 1
    return out


def org_classes(gold: dict[str, Any], record: Any, by_shape: bool = False) -> Counter[str]:
    out: Counter[str] = Counter()
    entities = pressfacts_prediction(record).entities  # label -> the names and mentions of each entity, as eval reads them
    raw_orgs = [list(p) for p in entities.get("ORG", [])]
    orgs = [{norm(x) for x in p} for p in raw_orgs]
    others = [{norm(x) for x in p} for label, ps in entities.items() if label != "ORG" for p in ps]
    raw_golds = [[o["name"], *o.get("aliases", [])] for o in gold.get("organizations", [])]
    golds = [{norm(x) for x in g} for g in raw_golds]

    def key(kind: str, names: list[str]) -> str:
        return f"{kind} ({name_shape(names)})" if by_shape else kind

    used: set[int] = set()
    for g, raw in zip(golds, raw_golds, strict=True):
        hit = next((i for i, p in enumerate(orgs) if i not in used and g & p), None)
        if hit is not None:
            used.add(hit)
            continue
        if any(g & p for p in others):
            out[key("missed: other label", raw)] += 1
        elif any(_overlap(x, y) for p in orgs + others for x in g for y in p):
            out[key("missed: boundary", raw)] += 1
        else:
            out[key("missed: not found", raw)] += 1
    for i, p in enumerate(orgs):
        if i in used:
            continue
        if any(g & p for g in golds):
            out[key("false: a found one split in two", raw_orgs[i])] += 1  # "la Commission" beside "la Commission européenne"
            continue
        near = any(_overlap(x, y) for g in golds for x in g for y in p)
        out[key("false: boundary" if near else "false: no gold", raw_orgs[i])] += 1
    return out


def date_classes(gold: dict[str, Any], record: Any, listing: list[str] | None = None) -> Counter[str]:
    """Matched by value as `pressfacts eval` does; the words only tell the errors apart. `listing` collects the
    wrong values (dev only)."""
    out: Counter[str] = Counter()
    gd = [(norm(d["text"]), d["value"]) for d in gold.get("dates", []) if d.get("value")]
    pd = [(norm(d.text), d.value) for d in record.dates if d.value]
    used: set[int] = set()
    missed = []
    for g in gd:
        hit = next((i for i, p in enumerate(pd) if i not in used and p[1] == g[1]), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    unused: list[tuple[str, str | None]] = [p for i, p in enumerate(pd) if i not in used]
    unused += [(norm(d.text), None) for d in record.dates if not d.value]
    for t, v in missed:
        # the same words among the predictions left over (a prediction matched to another gold date is no candidate)
        same = [(t2, v2) for t2, v2 in unused if _overlap(t, t2)]
        out[f"missed: wrong value ({date_kind(t)}, {_direction(v, same[0][1])})" if same
            else f"missed: not found ({date_kind(t)})"] += 1
        if listing is not None and same:
            listing.append(f"{gold['file']}: {t!r} want {v} got {same}")
    all_gold = [norm(d["text"]) for d in gold.get("dates", [])]
    for i, (t, _v) in enumerate(pd):
        if i in used:
            continue
        same_words = any(_overlap(t, t2) for t2 in all_gold)
        out[f"false: wrong value ({date_kind(t)})" if same_words else f"false: no gold words ({date_kind(t)})"] += 1
    return out


def _named_where(names: set[str], text: str, start: int, end: int) -> str:
    """Where a key speaker's names stand in the text, seen from a quotation: in its paragraph, elsewhere, nowhere."""
    para = text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]
    if any(n and n in norm(para) for n in names):
        return "named in its paragraph"
    return "named elsewhere" if any(n and n in norm(text) for n in names) else "named nowhere"


def speaker_classes(gold: dict[str, Any], record: Any) -> Counter[str]:
    """Speaker errors, counted as `pressfacts eval` counts them (each key quotation paired with one predicted)."""
    out: Counter[str] = Counter()
    quotes = pressfacts_prediction(record).quotes
    labels = {e.id: e.label for e in record.entities}

    def who(i: int) -> str:
        q = record.quotes[i]
        return f"{labels.get(q.speaker, '?')}, {q.speaker_reach}"

    matched: set[int] = set()
    for q, idx in paired_quotes(gold.get("quotes", []), quotes):
        want = speaker_names(gold, q["speaker"])
        if idx is None:
            out["missed: quotation not found"] += want is not None
            continue
        matched.add(idx)
        got = {norm(x) for x in quotes[idx][1]} if quotes[idx][1] else None
        if want is None and got is not None:
            out[f"false: a speaker where the key has none ({who(idx)})"] += 1
        elif want is not None and got is None:
            rq = record.quotes[idx]
            out[f"missed: no speaker given ({_named_where(want, record.text, rq.start, rq.end)})"] += 1
        elif want is not None and got is not None and not want & got:
            out[f"missed: another speaker ({who(idx)})"] += 1
            out[f"false: another speaker ({who(idx)})"] += 1
    for i, (_t, sp) in enumerate(quotes):
        if i not in matched and sp:
            out[f"false: a quotation the key does not list ({who(i)})"] += 1
    return Counter({k: v for k, v in out.items() if v})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--press", type=Path, required=True)
    ap.add_argument("--press-key", type=Path, required=True)
    ap.add_argument("--split", default="test", choices=("test", "dev"))
    ap.add_argument("--list", action="store_true", help="list the dates with a wrong value (dev split only)")
    ap.add_argument("--by-shape", action="store_true", help="organization classes also by the shape of the name")
    ap.add_argument("--boundary", action="store_true", help="boundary errors also by how the two names differ")
    ap.add_argument("--speakers", action="store_true", help="speaker errors by class (keys with quotes)")
    args = ap.parse_args()
    if args.list and args.split == "test":
        raise SystemExit("the test split's errors stay unread: --list is for dev")
    from pressfacts.extract import process
    from pressfacts.nlp import get_pipeline

    golds = [g for g in load_key(REPO / "data" / "answers" / "articles.json", args.press_key) if g["split"] == args.split]
    raws, golds, skipped = key_articles(golds, KeySources(REPO, REPO.parent / "shared" / "corpus", args.press))
    records = [r.record for r in process(raws, get_pipeline(), languages=None)]
    orgs: Counter[str] = Counter()
    dates: Counter[str] = Counter()
    bounds: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    listing: list[str] | None = [] if args.list else None
    for gold, rec in zip(golds, records, strict=True):
        if rec is None:
            raise SystemExit(f"pressfacts produced no record for {gold['file']}")
        orgs += org_classes(gold, rec, args.by_shape)
        dates += date_classes(gold, rec, listing)
        if args.boundary:
            bounds += boundary_classes(gold, rec)
        if args.speakers and "quotes" in gold:
            speakers += speaker_classes(gold, rec)
    print("\n".join(listing or []))
    print(f"{args.press_key} {args.split}: {len(golds)} articles ({len(skipped)} not found)")
    extra = ((("boundaries", bounds),) if args.boundary else ()) + ((("speakers", speakers),) if args.speakers else ())
    for name, c in (("organizations", orgs), ("dates", dates), *extra):
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    main()
