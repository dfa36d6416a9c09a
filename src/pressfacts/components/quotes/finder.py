"""SpeakerFinder: what one Doc needs to name the speakers of its quotations, assembled from its parts."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.attrs import IDX, IS_SPACE
from spacy.tokens import Doc, Span, Token

from ...extensions import doc_text
from .after import AfterQuotation
from .before import BeforeQuotation
from .chains import SubjectChains
from .inside import InsideQuotation
from .quotations import Mention
from .resolve import Resolution
from .subjects import Subjects

if TYPE_CHECKING:
    from .lexicon import QuoteLexicon
    from .quotations import Quote


class SpeakerFinder(Resolution, AfterQuotation, BeforeQuotation, InsideQuotation, Subjects, SubjectChains):
    """Everything one Doc needs to name the speakers of its quotations."""

    def __init__(self, doc: Doc, lex: QuoteLexicon, quotes: list[Quote]) -> None:
        self.doc, self.text, self.lex, self.quotes = doc, doc_text(doc), lex, quotes
        self._tokens: dict[tuple[int, int], list[Token]] = {}
        self._sents: dict[int, Span | None] = {}
        self._sent_starts: list[int] | None = None
        self._outside: dict[tuple[int, int], list[Token]] = {}
        self._quoted: list[bool] | None = None  # in_quote of each token's start, by index (built on first use)
        # Every Token once, and which are spaces: the stretches below are sliced from these (iterating a Span
        # builds a new Token object for each word each time, which cost more than the finders' own tests)
        self._all_tokens = list(doc)
        self._spaces = doc.to_array(IS_SPACE).tolist()
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

    def outside(self, start: int, end: int) -> list[Token]:
        """tokens(start, end) outside every quotation, a new list each time (callers may cut it). The lead and the
        tail of a quotation's sentence are read by several finders: each stretch is filtered once, on a flag per token
        computed for the whole doc at once instead of one in_quote call per word and finder."""
        found = self._outside.get((start, end))
        if found is None:
            if self._quoted is None:
                self._quoted = self._quoted_tokens()
            quoted = self._quoted
            found = self._outside[(start, end)] = [t for t in self.tokens(start, end) if not quoted[t.i]]
        return list(found)

    def _quoted_tokens(self) -> list[bool]:
        """in_quote(token.idx) for every token of the doc, by token index."""
        idx = self.doc.to_array(IDX).astype(np.int64)
        if not self.quotes or not len(idx):
            return [False] * len(idx)
        n = np.searchsorted(np.array(self._quote_starts, dtype=np.int64), idx, side="right") - 1
        ends = np.array([q.outer_end for q in self.quotes], dtype=np.int64)
        return ((n >= 0) & (idx < ends[np.maximum(n, 0)])).tolist()

    def tokens(self, start: int, end: int) -> list[Token]:
        # The same stretches (a quotation's words, the words after it) are asked for by several finders: once each.
        found = self._tokens.get((start, end))
        if found is None:
            span = self.doc.char_span(start, end, alignment_mode="contract")
            found = self._tokens[(start, end)] = [] if span is None else [
                self._all_tokens[i] for i in range(span.start, span.end) if not self._spaces[i]]
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
        if t.pos_ != "NOUN" or not (t.is_lower or self.lex.kind("org_noun", t.text)):  # ("l'ONG X")
            return None
        if self.is_role(t) and not self.lex.kind("org_noun", t.text):
            return None  # "le député LR", "le syndicaliste CGT": a member of the organization, not the organization
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
