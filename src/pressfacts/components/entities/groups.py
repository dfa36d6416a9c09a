"""Labels the NER gets wrong on three kinds of names: groups of states named by a letter and a number ("le G7",
"le G5-Sahel") and a town's municipality written "la Ville de X" when it acts, both bodies; and a compass word
with a people's adjective ("l'Ouest parisien"), a region."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .bounds import _SINGULAR_ARTICLES
from .keys import VERBS, fold

if TYPE_CHECKING:
    from .rules import EntityRules

# "G7", "G20", "G5-Sahel", "G5 Sahel": a group of states, its letter, its number, maybe the region it covers.
_STATE_GROUP = re.compile(r"^G\d{1,2}(?:[- ][A-ZÉ][\w-]+)?$")
_OF = frozenset({"du", "au", "de", "d'", "d’"})
_SUBJECTS = frozenset({"nsubj"})


def state_groups(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """A group of states named by a letter and a number is a body when the text speaks of its members, its
    office or it acting ("la présidence française du G7", "les pays du G20", "le G7 a adopté"; "group_noun"
    rows), and always when its name says the region it covers ("le G5-Sahel"); its summit is an event ("le
    sommet du G20", "préparer le G7", "G20 oblige": misc_head rows and no article), left as it is."""
    out = []
    for s in spans:
        if s.label_ != "ORG" and _STATE_GROUP.match(s.text) and _group_acts(doc, s, rules):
            s = Span(doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


def _group_acts(doc: Doc, s: Span, rules: EntityRules) -> bool:
    """The group's name in a body's slot: after a noun of its office or members, with its region, or subject."""
    before = doc[s.start - 1] if s.start else None
    owners = _owner_nouns(doc, s) if before is not None and before.lower_ in _OF else []
    if owners and fold(owners[0].text) in rules.misc_heads:
        return False  # "le sommet du G5-Sahel"
    if any(n.lower_ in rules.group_nouns for n in owners):
        return True  # "la présidence française du G7", "les ministres des Finances du G20"
    if len(s) > 1 or "-" in s.text:
        return True  # "le G5-Sahel, que soutient Paris": a standing body with its region in its name
    head = s.root.head
    return before is not None and before.lower_ == "le" and s.root.dep_ in _SUBJECTS \
        and head.pos_ in VERBS and head.i > s.end - 1


def _owner_nouns(doc: Doc, s: Span) -> list[Token]:
    """The nouns the name completes, nearest first, two at most ("les ministres des Finances du G20")."""
    out, t = [], s.root
    while len(out) < 2 and t.head.i != t.i and t.head.i < s.start and t.head.pos_ in {"NOUN", "PROPN"}:
        t = t.head
        out.append(t)
    return out


def acting_municipalities(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"la Ville de Montauban a conseillé aux commerçants...": the capitalized word of a municipality ("town_body"
    rows), "de" and the town, subject of an active verb, is the town's administration (an organization named
    "Ville de X"); the town itself stays a place elsewhere ("la ville de Bourges est située", "le maire de la Ville
    de Liège", "faire connaître la Ville de Québec")."""
    out = []
    for s in spans:
        i = s.start if len(s) > 2 and s[0].text in rules.town_bodies else s.start - 2  # the NER may take "Ville"
        if s.label_ == "LOC" and i > 0 and doc[i + 1].lower_ in _OF and doc[i].text in rules.town_bodies \
                and doc[i - 1].lower_ == "la" and _acts(doc[i]):
            s = Span(doc, i, s.end, label="ORG")
        out.append(s)
    return out


def acting_territorial_bodies(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"La métropole de Lyon a voté …", "la communauté d'agglomération du Pays basque a adopté …": the body of an
    intercommunal territory ("territorial_body" rows), "de" and the territory, subject of an active verb, is that
    body (one organization, as acting_municipalities makes "la Ville de X"); "dans la métropole de Lyon" stays a
    place."""
    out = list(spans)
    for i, tok in enumerate(doc):
        for body in rules.territorial_bodies.get(tok.lower_, ()):
            j = i + len(body)
            if j >= len(doc) or [t.lower_.replace("’", "'") for t in doc[i:j]] != list(body) or i == 0 \
                    or doc[i - 1].lower_ not in _SINGULAR_ARTICLES or not _acts(tok):
                continue
            # the territory's name after "de", or right after the noun ("la métropole Aix-Marseille-Provence refuse"),
            # or one span the NER made of the body and the territory
            place = next((s for s in out if s.label_ == "LOC" and (
                (doc[j].lower_ in _OF | {"des"} and j < s.start <= j + 3
                 and all(t.is_title or t.lower_ in _OF for t in doc[j + 1 : s.start]))
                or s.start == j or (s.start == i and s.end > j + 1))), None)
            if place is None:
                continue
            out = [s for s in out if s.end <= i or s.start >= place.end] + [Span(doc, i, place.end, label="ORG")]
            break
    return sorted(out, key=lambda s: s.start)


def _acts(t: Token) -> bool:
    """The token is the subject of an active verb (no passive, no copula: "est située" says where it lies)."""
    head = t.head
    return t.dep_ == "nsubj" and head.pos_ == "VERB" and head.i > t.i \
        and not any(c.dep_ in {"cop", "aux:pass"} for c in head.children)


def compass_regions(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"dans l'Ouest parisien", "le Sud marocain": a compass word and the adjective of a people or a town (the
    demonym rows) name a region, a place, whatever the NER said ("Ouest parisien" as an organization)."""
    return [Span(doc, s.start, s.end, label="LOC") if s.label_ in {"ORG", "MISC"} and len(s) == 2
            and s[0].lower_ in rules.compass_words and s[1].is_lower and fold(s[1].text) in rules.demonyms else s
            for s in spans]
