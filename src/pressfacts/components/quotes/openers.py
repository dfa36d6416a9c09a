"""Quotations introduced by the phrase that opens their sentence: a participle or gerund phrase, a wording noun."""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import _SPACES

if TYPE_CHECKING:
    from .finder import SpeakerFinder
    from .quotations import Quote

_SPACES_LINES = _SPACES + "\n"
_SENTENCE_STOP = re.compile(r"[.!?…][»”\"]?\s")
_RELATIVES = {"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"}
_COMPLEMENTIZERS = {"que", "qu'", "qu’"}  # "Affirmant que « … »": the participle's own clause


def _finite(t: Token) -> bool:
    return t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")


def _opening_participle(finder: SpeakerFinder, start: int, q: Quote) -> Token | None:
    """The speech participle or gerund ("Affirmant", "En citant") that opens the sentence of q, the quotation standing
    in its phrase: no comma, clause of its own or name between them ("Répondant au député X, qui parlait de « … »"
    and "Citant X : « … »" are someone else's words)."""
    toks = finder.outside(start, q.outer_start)
    n = 1 if toks and toks[0].lower_ == "en" else 0
    if len(toks) <= n or not toks[n].lower_.endswith("ant") or toks[n].lower_ not in finder.lex.verbs:
        return None
    if not toks[0].text[:1].isupper():
        return None
    for t in toks[n + 1 :]:
        if t.is_punct or _finite(t) or finder.mention(t) is not None or (
                t.lower_ in _RELATIVES and t.lower_ not in _COMPLEMENTIZERS):
            return None
    return toks[n]


def _phrase_end(finder: SpeakerFinder, q: Quote, sent_end: int) -> tuple[int, bool] | None:
    """Where the participle phrase ends after q: the first comma outside quotations (True), or the full stop of a
    sentence that has no main clause ("En citant « … »." : False); None when something else stands there."""
    for t in finder.outside(q.outer_end, sent_end):
        if t.text == ",":
            return t.idx, True
        if t.text in {".", "!", "?", "…"}:
            return t.idx, False
        if t.text in {";", ":", "(", ")"} or finder.mention(t) is not None or _finite(t):
            return None
    return None


def _after_last_stop(finder: SpeakerFinder, pos: int) -> int:
    """Where the sentence of pos starts: the parser may glue two sentences, only the words after the last full stop."""
    start = finder._sent_start(pos)
    stop = [m.end() for m in _SENTENCE_STOP.finditer(finder.text, start, pos)]
    return stop[-1] if stop else start


def participle_lead(finder: SpeakerFinder, q: Quote, prev: str | None) -> str | None:
    """"Affirmant lundi que « … » et que « … », le ministre a voulu …", "En évoquant « … », X réclame …": a participle
    or gerund phrase opening a sentence belongs to the main clause's subject (French ties it to that subject, whatever
    the main verb), a person or an organization; "X a promis … En citant « … »." (no main clause) goes on with the
    subject of the sentence before."""
    start = _after_last_stop(finder, q.outer_start)
    part = _opening_participle(finder, start, q)
    if part is None:
        return None
    sent_end = finder._sent_end(q.outer_end)
    end = _phrase_end(finder, q, sent_end)
    if end is None:
        return None
    if not end[1]:
        return _subject_before(finder, part, q, prev)
    main = [t for t in finder.outside(end[0] + 1, sent_end) if t.dep_ in {"nsubj", "nsubj:pass"}
            and _finite_head(t)]
    if not main or (main[0].pos_ != "PRON" and finder.mention(main[0]) is None and finder._named_in_np(main[0]) is None):
        return None  # "…, le chef de la diplomatie a …": a role noun alone is left to the cues that know roles
    found = finder.resolve(main[0], q.start, prev)
    return found if found is not None and finder.labels.get(found) in {"PER", "ORG"} else None


def _finite_head(t: Token) -> bool:
    """The subject of a finite verb (or of a participle after its auxiliary)."""
    head = t.head
    return _finite(head) or any((c.dep_.startswith("aux") or c.dep_ == "cop") and _finite(c) for c in head.children)


def _subject_before(finder: SpeakerFinder, part: Token, q: Quote, prev: str | None) -> str | None:
    """The person subject of the sentence right before the participle's, in the same paragraph ("X a promis …. En
    citant « … »."); a pronoun subject only when it goes on with the previous speaker."""
    sent = part.sent
    if sent.start == 0 or "\n" in finder.text[finder.doc[sent.start - 1].idx : part.idx]:
        return None
    before = finder.doc[sent.start - 1].sent
    for t in (t for t in before if t.dep_ == "ROOT" and not finder.in_quote(t.idx)):
        found = finder._subject_of(t, q.start, prev)
        pronoun = any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in t.children)
        return found if found and finder.labels.get(found) == "PER" and (not pronoun or found == prev) else None
    return None


_WORDING_SUBJECT = re.compile(r"(?:(?:ces|ses|les|cette|ce|cet|la|le)\s+|l['’])(\w+)\s+(?:de|du|d['’])\s*", re.IGNORECASE)


def _apposition_after(finder: SpeakerFinder, toks: list[Token], end: int) -> set[str]:
    """The entities named between the comma right after a name (ending at `end`) and the next comma."""
    after = [t for t in toks if t.idx >= end]
    if not after or after[0].text != ",":
        return set()
    inside = list(takewhile(lambda t: t.text != ",", after[1:]))
    return {m.entity for m in map(finder.mention, inside) if m is not None}


def wording_subject(finder: SpeakerFinder, q: Quote) -> str | None:
    """"Ces mots de X, malgré les années, restent justes : « … »": a wording noun (quote_words.jsonl kind "wording")
    with the person it belongs to opens the sentence and, through a verb of state (kind "wording_state"), ends on the
    colon that opens the quotation: the person's words. Nobody else named and no other verb before the colon ("Les
    propos de X ont choqué Y : « … »", "… sont contestés par Y : « … »" are not X's)."""
    lead = finder.text[max(0, q.outer_start - 300) : q.outer_start].rstrip(_SPACES_LINES)
    if not lead.endswith(":"):
        return None  # (a cheap test first: only a quotation a colon opens)
    colon = len(finder.text[: q.outer_start].rstrip(_SPACES_LINES)) - 1
    start = _after_last_stop(finder, colon)
    m = _WORDING_SUBJECT.match(finder.text, start, colon)
    if m is None or not finder.lex.kind("wording", m.group(1)):
        return None
    toks = finder.tokens(m.end(), colon)
    named = {finder.mention(t).entity for t in toks if finder.mention(t) is not None}  # type: ignore[union-attr]
    k = 0  # "ces mots du ministre X": the role noun before the name; "la réponse de la SNCF": the article
    while k < min(len(toks), 3) and toks[k].is_lower and (finder.is_role(toks[k]) or finder.lex.kind("definite", toks[k].text)):
        k += 1
    first = finder.mention(toks[k]) if k < len(toks) else None
    if first is None or first.label not in {"PER", "ORG"}:
        return None
    # "La ligne de X, délégué de la CGT, est claire": a name inside the apposition set off after X is no other owner
    aside = _apposition_after(finder, toks, first.end)
    if named - aside != {first.entity}:
        return None
    verbs = [t for t in toks if _finite(t)]
    if len(verbs) != 1 or not finder.lex.kind("wording_state", verbs[0].text) or any(t.lower_ == "par" for t in toks):
        return None
    return first.entity
