"""The quote component's words: speech verbs, cue words, first names and roles (JSONL beside the config)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.strings import get_string_id

from ...settings import read_jsonl
from ..entities.rules import inflect
from .syntax import _role_base

if TYPE_CHECKING:
    from spacy.tokens import Token

SPEECH_VERBS = "speech_verbs.jsonl"
QUOTE_WORDS = "quote_words.jsonl"
FIRST_NAMES = "first_names.jsonl"
ROLES = "roles.jsonl"
DEMONYMS = "demonyms.jsonl"
_FILES = {"verbs": SPEECH_VERBS, "words": QUOTE_WORDS, "names": FIRST_NAMES, "roles": ROLES, "demonyms": DEMONYMS}
_PAIRS = [("«", "»"), ("“", "”")]
_MIN_WORDS = 4  # shorter quoted strings are names or scare quotes unless a speech verb or cue governs them
_INCISE_STOP = {",", ".", ";", "!", "?", "«", "»", "\""}  # where the subject of an incise ends
_SPACES = " \u00a0\u202f\t"
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "obj", "appos", "dep", "expl:subj"}
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])[.!?…]\s*[»”]?\s+[A-ZÀÂÇÉÈÊÎÔÛ]")  # a full stop, then a new sentence
# the same, also when the new sentence opens with a quotation mark ("… mardi. « Le dialogue …")
_SENTENCE_OPENING = re.compile(r"(?<!\b[A-Z])[.!?…]\s*[»”]?\s+(?:[«“\"]\s*)?[A-ZÀÂÇÉÈÊÎÔÛ]")
_CONTENT_DEPS = {"ccomp", "xcomp", "obj", "iobj", "obl:arg"}  # what a speech verb says, not its adjuncts
_FIRST_PERSON = re.compile(r"(?i)\b(?:je|me|moi|mon|ma|mes)\b|\b[jm]['’]")  # words said in the first person singular
# ".", "!" and "?" by their hashes: a token's orth is read without decoding its text from the string store
_STOP_ORTHS = frozenset(get_string_id(w) for w in ".!?")


def after_last_stop(toks: list[Token], scan: int) -> list[Token]:
    """The tokens after the last ".", "!" or "?" among the first `scan` (all of them when there is none): the parser
    may glue a sentence to the one before. Read from the end."""
    for n in range(scan - 1, -1, -1):
        if toks[n].orth in _STOP_ORTHS:
            return toks[n + 1 :]
    return toks
_GLUED_PRONOUN = re.compile(r"\s?-\s?(?:t\s?-\s?)?(il|elle)\b")


def conjugate(verb: str) -> set[str]:
    """Forms of a regular -er or -ir verb used to introduce speech: present, imperfect, past participle,
    simple past, future ("explique", "expliquait", "expliqué", "expliqua", "expliquera"; "réagit", "réagi")."""
    v = re.sub(r"^(s['’]|se )", "", verb)  # "se féliciter" -> "félicite", "s'indigner" -> "indigne"
    if v.endswith("ir"):
        stem = v[:-2]
        # ("réjouie": "elle s'est réjouie" agrees the participle)
        return {v} | {stem + e for e in ("it", "i", "ie", "is", "ies", "issent", "issait", "issaient", "ira", "iront",
                                         "irent")}
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
    demonyms: frozenset[str] = frozenset()  # every form, lowercase: "a assuré le Néerlandais" names a person
    _verb_forms: dict[str, frozenset[str]] = field(default_factory=dict)  # verb_forms' cache

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
                   infinitives=frozenset(infinitives - {v.lower() for v in verbs}),
                   demonyms=frozenset(f for r in rows.get("demonyms", []) for f in inflect(r["demonym"], folded=False)))

    def kind(self, kind: str, form: str) -> dict[str, Any] | None:
        return self.words.get(kind, {}).get(form.lower())

    def demonym_gender(self, form: str) -> str | None:
        """"allemande" F, "allemand" M, "belge" either (None)."""
        if (form.endswith("e") and form[:-1] in self.demonyms) or (form.endswith("enne") and form[:-2] in self.demonyms):
            return "F"
        return "M" if form + "e" in self.demonyms or form + "ne" in self.demonyms else None

    @cached_property
    def appeal_forms(self) -> frozenset[str]:
        """Every form of the verbs of urging (quote_words kind "appeal"), "appelle" doubling its l."""
        forms = self.verb_forms("appeal")
        return forms | {f.replace("èl", "ell") for f in forms}  # "appèle" -> "appelle"

    def verb_forms(self, kind: str) -> frozenset[str]:
        """Every form of the verbs of a quote_words kind ("ask": "recommandé", "conseillait"), computed once."""
        if kind not in self._verb_forms:
            self._verb_forms[kind] = frozenset(f for v in self.words.get(kind, {}) for f in conjugate(v) | {v})
        return self._verb_forms[kind]


def read_lexicon(paths: dict[str, str | Path]) -> QuoteLexicon:
    return QuoteLexicon.from_rows({k: list(read_jsonl(p)) for k, p in paths.items()})
