"""Entities: fix the statistical NER's labels and boundaries, then group mentions into entities.

Runs after spaCy's `ner` (itself preceded by an `entity_ruler` with pipelines/entity_patterns.jsonl).
Rules come from pipelines/entity_rules.jsonl: words that are never entities, fixed labels, cue words
("l'association X" -> ORG) and leading words to strip from places ("la France" -> "France").
Grouping: "Philippe" joins "Philippe Coopman"; "Coco.gg", "coco.fr" and "Coco" are one site;
"JUNALCO (Juridiction nationale ...)" is one organization; spellings differing only in case or accents
are one entity.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .extensions import register_extensions
from .settings import read_jsonl

ENTITY_RULES = "entity_rules.jsonl"
LABELS = ("PER", "LOC", "ORG", "MISC")
_QUOTE_CHARS = set('"«»“”')
_DOMAIN = re.compile(r"^(?:www\.)?([A-Za-z0-9][A-Za-z0-9-]+)\.[a-z]{2,4}$", re.IGNORECASE)
_CAMEL = re.compile(r"^[A-Za-z]*[a-z][A-Z][A-Za-z]*$")


def fold(text: str) -> str:
    """Case- and accent-insensitive key: "Gendarmerie Nationale" == "gendarmerie nationale"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass(frozen=True)
class EntityRules:
    not_entities: frozenset[str]
    labels: dict[str, str]
    cues: dict[str, str]
    heads: dict[str, str]
    strip_prefixes: tuple[tuple[str, frozenset[str]], ...]


@cache
def entity_rules(path: str = ENTITY_RULES) -> EntityRules:
    rows = read_jsonl(path)
    return EntityRules(
        not_entities=frozenset(r["text"] for r in rows if r["rule"] == "not_entity"),
        labels={r["text"]: r["label"] for r in rows if r["rule"] == "label"},
        cues={fold(r["text"]): r["label"] for r in rows if r["rule"] == "cue"},
        heads={fold(r["text"]): r["label"] for r in rows if r["rule"] == "head"},
        strip_prefixes=tuple(
            sorted(
                ((fold(r["text"]), frozenset(r["labels"])) for r in rows if r["rule"] == "strip_prefix"),
                key=lambda x: -len(x[0]),
            )
        ),
    )


@dataclass
class Cluster:
    label: str
    mentions: list[Span] = field(default_factory=list)
    name: str = ""
    site_stem: str | None = None


def _in_quotes(text: str, span: Span) -> bool:
    before = text[max(0, span.start_char - 1) : span.start_char]
    after = text[span.end_char : span.end_char + 1]
    return bool(before) and before in _QUOTE_CHARS and after in _QUOTE_CHARS


def _cue_label(doc: Doc, span: Span, rules: EntityRules) -> str | None:
    """The label a word before the name implies: "l'association X", "nos confrères de X", "la ville de X"."""
    toks = [t for t in doc[max(0, span.start - 3) : span.start]]
    words = [fold(t.text) for t in toks]
    for n in (2, 1):
        if len(words) >= n:
            phrase = " ".join(words[-n:])
            if phrase in rules.cues:
                return rules.cues[phrase]
    # "la ville de X", "l'île de X": cue word then "de"
    if len(words) >= 2 and words[-1] in {"de", "d'", "du"} and words[-2] in rules.cues:
        return rules.cues[words[-2]]
    return None


def fix_entities(doc: Doc, rules: EntityRules) -> list[Span]:
    """Corrected entity spans for a doc: dropped false entities, fixed labels and boundaries."""
    out: list[Span] = []
    doc_text = doc.text  # Doc.text rebuilds the string on every access
    for ent in doc.ents:
        from_ruler = bool(ent.ent_id_)
        text = ent.text
        if text in rules.not_entities or not text[0].isalnum():
            continue
        if not from_ruler:
            if any(c in _QUOTE_CHARS or c == "\n" for c in text):
                continue
            first = ent[0]
            # A capitalized common word opening a sentence ("Prostitution, extorsion...").
            if len(ent) == 1 and first.is_sent_start and first.pos_ in {"NOUN", "VERB", "ADJ", "ADV", "ADP", "DET"}:
                continue
            if len(ent) == 1 and _in_quotes(doc_text, ent) and _CAMEL.match(text):
                continue  # a pseudonym quoted in the text ("MecCelibcooletsympa")
            if text[0].islower() and not _DOMAIN.match(text) and ent.label_ in {"PER", "MISC"}:
                continue
        label = rules.labels.get(text, ent.label_)
        if not from_ruler:
            # "université Toulouse Capitole", "Crous de Toulouse": the first word names the kind.
            label = _cue_label(doc, ent, rules) or rules.heads.get(fold(ent[0].text)) or label
        if _DOMAIN.match(text):
            label = "ORG"
        start = ent.start
        if label in {"LOC", "PER"} and not from_ruler:
            low = fold(ent.text)
            for prefix, labels in rules.strip_prefixes:
                if label in labels and low.startswith(prefix + " "):
                    n = len(doc_text[ent.start_char : ent.start_char + len(prefix)].split())
                    if start + n < ent.end:
                        start += n
                    break
        if start >= ent.end:
            continue
        out.append(Span(doc, start, ent.end, label=label, span_id=ent.ent_id_ if from_ruler else ""))
    return out


def _site_stem(text: str) -> str | None:
    m = _DOMAIN.match(text)
    return fold(m.group(1)) if m else None


def add_mentions(doc: Doc, spans: list[Span]) -> list[Span]:
    """Mentions the NER missed: the bare name of a site ("Coco", "coco" for coco.gg) and later exact
    repetitions of a recognized name."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    stems = {_site_stem(s.text): s.label_ for s in spans if _site_stem(s.text)}
    extra: list[Span] = []
    for tok in doc:
        if tok.i in taken:
            continue
        st = fold(tok.text)
        if st in stems and (tok.is_title or tok.is_lower or tok.is_upper):
            extra.append(Span(doc, tok.i, tok.i + 1, label=stems[st]))
            taken.add(tok.i)
    names: dict[str, str] = {}
    for s in spans:
        if s.text[:1].isupper() and len(s.text) >= 3:
            names.setdefault(s.text, s.label_)
    text = doc.text
    for name, label in names.items():
        for m in re.finditer(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text):
            span = doc.char_span(m.start(), m.end(), label=label)
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                extra.append(span)
                taken.update(range(span.start, span.end))
    return spans + extra


def cluster(doc: Doc, spans: list[Span]) -> list[Cluster]:
    """Group mentions into entities, in order of first mention."""
    spans = sorted(spans, key=lambda s: s.start)
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    by_stem: dict[str, Cluster] = {}
    # Site names known anywhere in the text, so that a "Coco" before the first "Coco.gg" joins it too.
    stems = {st for s in spans if (st := _site_stem(s.text))}

    def join(c: Cluster, s: Span) -> None:
        c.mentions.append(s)
        by_key.setdefault(fold(s.text), c)

    # Long names first so that "Philippe" can join "Philippe Coopman" whatever the order in the text.
    persons = [s for s in spans if s.label_ == "PER"]
    full_names = sorted({fold(s.text) for s in persons if len(s) > 1}, key=len, reverse=True)
    for s in spans:
        key = fold(s.text)
        stem = _site_stem(s.text) or (key if key in stems else None)
        if stem and stem in by_stem:
            join(by_stem[stem], s)
            continue
        if stem:
            c = Cluster(label="ORG", site_stem=stem)
            clusters.append(c)
            by_stem[stem] = c
            join(c, s)
            continue
        if key in by_key:
            join(by_key[key], s)
            continue
        if s.label_ == "PER" and len(s) == 1:
            owners = [n for n in full_names if key in n.split()]
            if len(owners) == 1 and owners[0] in by_key:
                join(by_key[owners[0]], s)
                continue
        c = Cluster(label=s.label_)
        clusters.append(c)
        join(c, s)
        if s.label_ == "PER" and len(s) > 1:
            # Earlier single-name mentions of this person ("Philippe" before "Philippe Coopman").
            for other in list(clusters[:-1]):
                if other.label == "PER" and all(len(m) == 1 and fold(m.text) in key.split() for m in other.mentions):
                    same = [n for n in full_names if fold(other.mentions[0].text) in n.split()]
                    if len(same) == 1:
                        for m in other.mentions:
                            c.mentions.append(m)
                            by_key[fold(m.text)] = c
                        clusters.remove(other)
    _merge_parenthesized(doc, clusters)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
        labels = Counter(m.label_ for m in c.mentions)
        ruler = [m.label_ for m in c.mentions if m.id_]
        c.label = "ORG" if c.site_stem else ruler[0] if ruler else labels.most_common(1)[0][0]
        c.name = _canonical_name(c)
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def _canonical_name(c: Cluster) -> str:
    forms = [m.text for m in c.mentions]
    if c.site_stem:
        return next((f for f in forms if _DOMAIN.match(f)), forms[0])
    if c.label == "PER":
        return max(forms, key=lambda f: (len(f.split()), forms.count(f), -forms.index(f)))
    return forms[0]


def _merge_parenthesized(doc: Doc, clusters: list[Cluster]) -> None:
    """"JUNALCO (Juridiction nationale ...)", "ACPE (Agir contre ...)": the name in parentheses is an alias."""
    owner = {(m.start, m.end): c for c in clusters for m in c.mentions}
    text = doc.text
    for c in list(clusters):
        for m in list(c.mentions):
            after = text[m.end_char : m.end_char + 3]
            if not after.lstrip().startswith("("):
                continue
            nxt = next(
                (o for (s, e), o in owner.items() if doc[s].idx > m.end_char and doc[s].idx - m.end_char <= 3),
                None,
            )
            if nxt is None or nxt is c or nxt not in clusters or c.label not in {"ORG", "MISC"}:
                continue
            c.mentions.extend(nxt.mentions)
            for mm in nxt.mentions:
                owner[(mm.start, mm.end)] = c
            clusters.remove(nxt)


class EntityFixer:
    """Fixes doc.ents and writes doc._.entities (one entry per entity, with all its mentions)."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.rules = entity_rules()

    def initialize(self, get_examples=None, *, nlp: Language | None = None, rules: str = ENTITY_RULES) -> None:
        self.rules = entity_rules(rules)

    def __call__(self, doc: Doc) -> Doc:
        spans = fix_entities(doc, self.rules)
        spans = filter_spans(add_mentions(doc, filter_spans(spans)))
        clusters = cluster(doc, spans)
        ents = []
        entities = []
        for n, c in enumerate(clusters, 1):
            eid = f"e{n}"
            mentions = []
            for m in c.mentions:
                ents.append(Span(doc, m.start, m.end, label=c.label, span_id=m.id_))
                mentions.append({"start": m.start_char, "end": m.end_char, "text": m.text})
            entities.append({"id": eid, "label": c.label, "name": c.name, "mentions": mentions})
        doc.ents = sorted(ents, key=lambda s: s.start)
        doc._.entities = entities
        return doc


@Language.factory("pressfacts_entities")
def make_entities(nlp: Language, name: str) -> EntityFixer:
    return EntityFixer(nlp, name)


__all__ = ["LABELS", "EntityFixer", "cluster", "fix_entities", "fold"]
