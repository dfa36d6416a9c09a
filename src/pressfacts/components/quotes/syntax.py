"""Small tests on tokens of the parse: appositions, reporting verbs, role nouns and their forms."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .lexicon import QuoteLexicon

_FULL_STOP = re.compile(r"[.!?…][»”]?\s+|\n\s*")  # the end of a sentence or paragraph, before the next one
_DET_GENDER = {"le": "M", "la": "F", "un": "M", "une": "F", "du": "M", "au": "M", "ce": "M", "cet": "M", "cette": "F"}


_QUE = frozenset({"que", "qu", "qu'", "qu’"})  # "que" and its elided forms (as the tokenizer may cut them)
_OF = frozenset({"de", "du", "des", "d'", "d’"})  # "de" and its contracted and elided forms
_APPOSITION_POS = {"NOUN", "ADJ", "NUM", "DET", "ADP", "PROPN", "ADV", "CCONJ"}


_ELIDED_DE = frozenset({"d'", "d’"})


def _introduces_source(t: Token, lex: QuoteLexicon) -> bool:
    """"selon", or either token of "d'après": the preposition that gives whose words these are."""
    low = t.lower_
    if lex.kind("source", low):
        return True
    doc = t.doc
    if low in _ELIDED_DE:
        return t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "après"
    return low == "après" and t.i > 0 and doc[t.i - 1].lower_ in _ELIDED_DE


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
    return any(m.dep_ == "mark" and m.lower_ in _QUE for m in t.children)


def _before_verb(t: Token) -> bool:
    """Words between an incise's comma and its verb: auxiliaries, adverbs ("a tout de même dit"), "-t-il"."""
    return t.pos_ in {"AUX", "ADV"} or t.dep_ in {"fixed", "aux:tense", "advmod"} or t.text.startswith("-")


def _has_case(tok: Token) -> bool:
    return any(c.dep_ == "case" for c in tok.children)


_FEMININE = (("trice", "teur"), ("euse", "eur"), ("eure", "eur"), ("ière", "ier"), ("ère", "er"), ("enne", "en"),
              ("onne", "on"), ("ffe", "f"), ("ve", "f"))


def _role_base(word: str) -> str:
    """The masculine singular of a role noun ("sénatrices" -> "sénateur", "avocate" -> "avocat"), so that
    only the same noun matches ("contre-manifestation" is not "contre-manifestant"); "co-présidente" is a présidente.
    """
    word = word[3:] if word.startswith("co-") and len(word) > 6 else word
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


def _complement_head(role: str) -> str | None:
    """The first word of a role's complement ("centrale" of "patron de la centrale"), articles left out."""
    parts = _COMPLEMENT.split(role.lower(), maxsplit=1)
    words = re.split(r"[\s'’-]+", parts[1]) if len(parts) > 1 else []
    return next((w for w in words if w and w not in _ARTICLES), None)


def _same_role(a: str, b: str) -> bool:
    """"ministre"/"ministre", "procureure"/"procureur", "députée"/"député": the same role noun."""
    return a == b or _role_base(a) == _role_base(b)


def _subjectless_participle(verb: Token) -> bool:
    """"», a estimé X, promettant un dispositif « … »", "insistant que …": a present participle of a speech verb with
    no subject of its own goes on with the one who speaks in the sentence; it brings in nobody else."""
    return verb.lower_.endswith("ant") and "Part" in verb.morph.get("VerbForm") and not any(
        c.dep_.startswith("nsubj") for c in verb.children)


def _owner_of_noun(t: Token) -> bool:
    """"les mesures d'Emmanuel Macron", "le projet du gouvernement Philippe": a name in a noun's "de" complement is
    what the sentence talks about, not someone who could speak in it."""
    head = t
    while head.dep_ == "flat:name" and head.head is not head:
        head = head.head
    return head.dep_ == "nmod" and head.head.pos_ == "NOUN" and any(
        c.dep_ == "case" and c.lower_ in {"de", "d'", "d’", "du", "des"} for c in head.children)
