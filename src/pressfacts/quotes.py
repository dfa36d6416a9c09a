"""Quotes: « … », “…” and "…" quotations, with their speaker when the text names one.

    « … », explique nos confrères de Franceinfo   -> speaker Franceinfo
    "…", indique à Europe 1, Eric Henry            -> speaker Eric Henry (not Europe 1)
    Selon Franceinfo, « … »                        -> speaker Franceinfo
    « … », a précisé une source                    -> speaker None
    "…", souligne-t-il encore                      -> the previous quote's speaker
Speech verbs are listed in pipelines/speech_verbs.jsonl; regular -er verbs are conjugated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions, set_span_group
from .settings import alternation, read_jsonl

SPEECH_VERBS = "speech_verbs.jsonl"
_PAIRS = [("«", "»"), ("“", "”")]
_MIN_WORDS = 4  # shorter quoted strings are names, pseudonyms or scare quotes unless a speech verb is near


def conjugate(verb: str) -> set[str]:
    """Forms of a regular -er verb used to introduce speech: present, imperfect, past participle,
    simple past, future ("explique", "expliquait", "expliqué", "expliqua", "expliquera")."""
    v = re.sub(r"^s['’]", "", verb)
    if not v.endswith("er"):
        return {v}
    stem = v[:-2]
    # Spelling changes before a/o: "dénonçait", "jugeait".
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    forms = {stem + e for e in ("e", "es", "ent", "é", "ée", "és", "ées", "era", "eront", "èrent")}
    # "révéler" -> "révèle", "préciser" stays: an é before the last consonants turns grave when stressed.
    grave = re.sub(r"é([^aeiouyéè]+)$", r"è\1", stem)
    if grave != stem:
        forms |= {grave + e for e in ("e", "es", "ent")}
    forms |= {soft + e for e in ("ait", "aient", "a", "ant")}
    return forms


@dataclass(frozen=True)
class SpeechLexicon:
    forms: frozenset[str]
    after_rx: re.Pattern[str]
    verb_rx: re.Pattern[str]


@cache
def speech_lexicon(path: str = SPEECH_VERBS) -> SpeechLexicon:
    forms: set[str] = set()
    for r in read_jsonl(path):
        if "verb" in r:
            forms |= conjugate(r["verb"])
        if "form" in r:
            forms.add(r["form"])
    verbs = alternation(sorted(forms))
    return SpeechLexicon(
        forms=frozenset(forms),
        # After the closing mark: ", a précisé une source" / ", souligne-t-il" / ", selon Eric Henry"
        after_rx=re.compile(
            rf"^\s*[,.]?\s*(?:(?:a|ont|avait|avaient|aurait)\s+)?(?:{verbs})(?:-t)?(?:-(?P<pron>il|elle|ils|elles|on))?\b"
            rf"|^\s*[,.]?\s*(?:a|ont|avait|avaient|aurait)(?:-t)?-(?P<pron2>il|elle|ils|elles|on)\s+(?:{verbs})\b",
            re.IGNORECASE,
        ),
        verb_rx=re.compile(rf"(?<![\w-])(?:{verbs})(?![\w])", re.IGNORECASE),
    )


def find_quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each quotation (marks and inner spaces excluded), in text order."""
    spans: list[tuple[int, int]] = []
    for open_, close in _PAIRS:
        for m in re.finditer(rf"{open_}([^{open_}{close}]+){close}", text):
            spans.append((m.start(1), m.end(1)))
    # Straight double quotes pair up inside a paragraph.
    pos = 0
    for para in text.split("\n"):
        idx = [pos + i for i, c in enumerate(para) if c == '"']
        for a, b in zip(idx[::2], idx[1::2], strict=False):
            spans.append((a + 1, b))
        pos += len(para) + 1
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        # « Il ne s'agit pas… » : the spaces inside the marks are typography, not words.
        while s < e and text[s] in " \u00a0\u202f":
            s += 1
        while e > s and text[e - 1] in " \u00a0\u202f":
            e -= 1
        if s == e:
            continue
        if not out or s >= out[-1][1]:
            out.append((s, e))
    return out


def _outer(text: str, qs: int, qe: int) -> tuple[int, int]:
    """Bounds of a quotation including its marks and inner spaces."""
    while qs > 0 and text[qs - 1] in " \u00a0\u202f":
        qs -= 1
    while qe < len(text) and text[qe] in " \u00a0\u202f":
        qe += 1
    return max(0, qs - 1), min(len(text), qe + 1)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind("\n", 0, start), max(text.rfind(p, 0, start - 1) for p in (". ", "? ", "! ")))
    right_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i != -1]
    return left + 1, min(right_candidates) if right_candidates else len(text)


@dataclass
class Mention:
    start: int
    end: int
    entity: str
    label: str


def attribute_speakers(doc: Doc, lex: SpeechLexicon) -> list[dict[str, object]]:
    text = doc.text
    mentions = sorted(
        (Mention(m["start"], m["end"], e["id"], e["label"]) for e in doc._.entities or [] for m in e["mentions"]),
        key=lambda m: m.start,
    )
    quotes = find_quotations(text)

    def inside_quote(m: Mention) -> bool:
        return any(s - 1 <= m.start and m.end <= e + 1 for s, e in quotes)

    speakers_pool = [m for m in mentions if m.label in {"PER", "ORG"} and not inside_quote(m)]
    out: list[dict[str, object]] = []
    prev_speaker: str | None = None
    prev_end = -1
    for qs, qe in quotes:
        content = text[qs:qe]
        outer_start, outer_end = _outer(text, qs, qe)
        sent_start, sent_end = _sentence_bounds(text, outer_start, outer_end)
        before = text[sent_start:outer_start]
        after = text[outer_end:sent_end]
        verbs_before = list(lex.verb_rx.finditer(before))
        has_verb_before = bool(verbs_before)
        am = lex.after_rx.match(after)
        near_verb = bool(lex.verb_rx.search(before[-30:]))
        if len(content.split()) < _MIN_WORDS and not (am or near_verb):
            continue
        if any(m.start == qs and m.end == qe for m in mentions):
            continue  # a name in quotation marks ("Coco"), not a quotation
        speaker: str | None = None
        if am:
            if am.group("pron") or am.group("pron2"):
                between = [m for m in speakers_pool if prev_end <= m.start < qs]
                speaker = prev_speaker if prev_speaker and not between else (between[-1].entity if between else None)
            else:
                speaker = _subject_after(text, outer_end + am.end(), sent_end, speakers_pool, doc, prev_speaker)
        elif has_verb_before:
            # "l'avocate Caty Richard dénonçait « … »", "Selon Franceinfo, « … »": the last PER/ORG
            # before the speech verb (or right after "selon").
            verb_at = sent_start + verbs_before[-1].start()
            verb_end = sent_start + verbs_before[-1].end()
            cands = [m for m in speakers_pool if sent_start <= m.start and m.end <= verb_at]
            after_verb = [m for m in speakers_pool if verb_end <= m.start and m.end <= qs]
            if verbs_before[-1].group(0).lower() in {"selon", "d'après", "d’après"} and after_verb:
                speaker = after_verb[0].entity
            else:
                speaker = cands[-1].entity if cands else None
        elif _is_whole_paragraph(text, qs, qe) and prev_speaker and _previous_paragraph_ends_with(text, qs, prev_end):
            speaker = prev_speaker  # a quotation continued in its own paragraph
        out.append({"start": qs, "end": qe, "text": content, "speaker": speaker})
        prev_speaker, prev_end = speaker, qe
    return out


def _subject_after(
    text: str, start: int, end: int, pool: list[Mention], doc: Doc, prev_speaker: str | None
) -> str | None:
    """The speaker named after a speech verb: a person first ("le ministre chargé des Comptes publics,
    Laurent Marchand"), else an organization; never one introduced by "à" ("indique à Europe 1")."""
    window = [
        m
        for m in pool
        if start <= m.start < min(end, start + 90)
        and not re.search(r"(?:^|\s)(?:à|au|aux|sur)\s+$", text[start : m.start].lower())
    ]
    for label in ("PER", "ORG"):
        for m in window:
            if m.label == label:
                return m.entity
    # "révèle le parquet", "ajoute le policier": a noun naming a known organization or the last speaker
    nm = re.match(r"\s*(?:le|la|l['’]|les)\s*(\w[\w-]*)", text[start:end])
    if nm:
        head = nm.group(1).lower()
        for e in doc._.entities or []:
            if e["label"] == "ORG" and e["name"].lower().split()[0] == head:
                return e["id"]
        return prev_speaker if prev_speaker and _is_person(doc, prev_speaker) else None
    return None


def _is_person(doc: Doc, entity_id: str) -> bool:
    return any(e["id"] == entity_id and e["label"] == "PER" for e in doc._.entities or [])


def _is_whole_paragraph(text: str, qs: int, qe: int) -> bool:
    para_start = text.rfind("\n", 0, qs) + 1
    para_end = text.find("\n", qe)
    para_end = len(text) if para_end == -1 else para_end
    return not text[para_start : qs - 1].strip() and len(text[qe + 1 : para_end].strip(" .»\"”")) == 0


def _previous_paragraph_ends_with(text: str, qs: int, prev_end: int) -> bool:
    return prev_end >= 0 and not text[prev_end:qs].strip(" .»\"”\n")


class QuoteRecognizer:
    """Writes doc.spans["quotes"] and doc._.quotes (speaker = entity id or None)."""

    def __init__(self, nlp: Language, name: str, spans_key: str = "quotes") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.lexicon = speech_lexicon()

    def initialize(self, get_examples=None, *, nlp: Language | None = None, verbs: str = SPEECH_VERBS) -> None:
        self.lexicon = speech_lexicon(verbs)

    def __call__(self, doc: Doc) -> Doc:
        quotes = attribute_speakers(doc, self.lexicon)
        doc._.quotes = quotes
        set_span_group(doc, self.spans_key, quotes)
        return doc


@Language.factory("pressfacts_quotes", default_config={"spans_key": "quotes"})
def make_quotes(nlp: Language, name: str, spans_key: str) -> QuoteRecognizer:
    return QuoteRecognizer(nlp, name, spans_key)
