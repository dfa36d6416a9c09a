"""A few quoted words named as someone's wording: "X a employé le terme « … »", "Allant jusqu'à utiliser le mot
« … », le ministre …" (spk31a)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .finder import SpeakerFinder
    from .quotations import Quote

_NEGATION = {"ne", "n'", "n’", "pas", "jamais", "plus", "guère"}
_CLIMB = {"xcomp", "advcl", "conj", "ccomp"}  # up to the verb that has the subject, as _speaking_subject climbs


def _wording_user(finder: SpeakerFinder, q: Quote, prev: str | None) -> str | None:
    """The few words right after a noun of wording (quote_words kind "word_noun": "le terme", "l'expression de")
    that a verb of using words takes (kind "word_use": "employer", "reprendre", "prononcer"): the words of that
    verb's subject, a named person or organization. Not when the use is denied or avoided ("refuse d'employer",
    "n'a jamais utilisé", kind "word_avoid"; "n'a pas hésité à employer" is said), nor a label ("gilets jaunes")."""
    inner = finder.tokens(q.start, q.end)
    if not inner or finder.lex.kind("term", finder.text[q.start : q.end].strip(" .,")):
        return None
    noun = _wording_noun(finder, inner[0].i)
    verb = noun.head if noun is not None and noun.dep_ in {"obj", "obl:arg", "obl"} else None
    if verb is None or verb.pos_ != "VERB" or verb.lower_ not in finder.lex.verb_forms("word_use") \
            or finder.in_quote(verb.idx) or verb.i > noun.i or not _asserted(finder, verb):  # type: ignore[union-attr]
        return None
    if _role_subject(finder, verb):
        return None  # "le responsable français a employé …": a role alone may resolve to a half-named duplicate
    found = finder._speaking_subject(verb, q, prev) or _fronted_participle_subject(finder, verb, q)
    return found if found is not None and finder.labels.get(found) in {"PER", "ORG"} else None


def _role_subject(finder: SpeakerFinder, verb: Token) -> bool:
    """The subject above the verb of use is a noun that names nobody in its own phrase ("le responsable", not "le
    ministre X"): left to the other rules, which have the sentence's context (precision first)."""
    v = verb
    for _ in range(6):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj.pos_ == "NOUN" and finder.mention(subj) is None and finder._named_in_np(subj) is None
        if v.dep_ not in _CLIMB or v.head.i == v.i:
            return False
        v = v.head
    return False


def _wording_noun(finder: SpeakerFinder, first: int) -> Token | None:
    """The noun of wording right before the opening mark, past a "de" ("le terme de « … »")."""
    n = first - 1
    while n >= 0 and finder.doc[n].is_punct:
        n -= 1
    if n >= 0 and finder.doc[n].lower_ in {"de", "d'", "d’"}:
        n -= 1
    tok = finder.doc[n] if n >= 0 else None
    return tok if tok is not None and tok.pos_ == "NOUN" and finder.lex.kind("word_noun", tok.lower_) else None


def _asserted(finder: SpeakerFinder, verb: Token) -> bool:
    """The words were used: from the verb of use up to the verb with a subject, an even count of negations and
    verbs of avoiding ("refuse d'employer": no; "n'a pas hésité à employer": yes)."""
    flips, v = 0, verb
    for _ in range(6):
        flips += any(c.lower_ in _NEGATION and c.dep_ in {"advmod", "neg"} for c in v.children)
        flips += v.lower_ in finder.lex.verb_forms("word_avoid")
        if any(c.dep_.startswith("nsubj") for c in v.children) or v.dep_ not in _CLIMB | {"obl:arg"} or v.head.i == v.i:
            break
        v = v.head
    return flips % 2 == 0


def _fronted_participle_subject(finder: SpeakerFinder, verb: Token, q: Quote) -> str | None:
    """"Usant de la formule « … », X s'en est pris à …": a participle opening the sentence, which the parser may
    leave apart from the clause after the comma; the person named first after that comma, before its verb."""
    sent = finder._sent_start(q.outer_start)
    lead = [t for t in finder.tokens(sent, verb.idx + len(verb)) if not t.is_punct]
    if not verb.lower_.endswith("ant") or lead[:1] != [verb]:
        return None
    after = finder.tokens(q.outer_end, min(len(finder.text), q.outer_end + 120))
    if not after or after[0].text != ",":
        return None
    for t in after[1:]:
        if t.pos_ in {"VERB", "AUX"} or t.text in {",", ".", ";", ":"}:
            return None
        m = finder.mention(t)
        if m is not None:
            return m.entity if m.label == "PER" else None
    return None
