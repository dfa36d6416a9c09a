"""The component's data (JSONL rows beside the config) compiled into EntityRules and token patterns."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.strings import get_string_id

from ...settings import alternation, grouped_alternation, pipelines_dir
from .keys import fold
from .places import BIG_CITY, FRENCH_SPEAKING

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


_COMPLEMENT_WORDS = frozenset({*_PREPOSITIONS, "a", "au", "aux", "pour", "en"})  # (folded: "à" -> "a")


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"  # "general" -> "generaux"
    return word + ("x" if word.endswith("eau") else "s")


def plural_role(role: str) -> str:
    """"ministre de l'interieur" -> "ministres de l'interieur", "secretaire general" -> "secretaires generaux": the
    words before the complement take the plural, the complement keeps its number (folded rows)."""
    words = role.split()
    for i, w in enumerate(words):
        if w in _COMPLEMENT_WORDS or w.startswith(("d'", "l'")):
            return " ".join([_plural(x) for x in words[:i]] + words[i:])
    return " ".join(_plural(x) for x in words)


def with_plurals(roles: Iterable[str], heads: frozenset[str]) -> frozenset[str]:
    """Role rows, and the plurals of those opening on a plural_role head: "les ministres de l'Intérieur et de la
    Justice" is two roles, not a body (not every role: "Gilets Jaunes", "Témoins de Jéhovah" are names)."""
    singular = set(roles)
    return frozenset(singular | {plural_role(r) for r in singular if r and not heads.isdisjoint(r.split()[:3])})


def inflect(demonym: str, folded: bool = True) -> set[str]:
    """Gender and number forms of a French demonym (grammar, not vocabulary): algérien -> algériens,
    algérienne, algériennes; français -> française(s); belge -> belges; breton -> bretonne(s). Folded, or
    lowercase with their accents (`folded` False: the words as a token pattern reads them)."""
    d = fold(demonym) if folded else demonym.lower()
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
    member_plurals: frozenset[str] = frozenset()  # folded not_entity rows naming a party's members ("communistes")
    first_names: frozenset[str] = frozenset()  # folded ("joachim", "sarah")
    first_name_cues: frozenset[str] = frozenset()  # folded words before a lone first name ("comme")
    common_words: frozenset[str] = frozenset()  # folded common nouns, verbs, adjectives ("resultat", "investir")
    feasts: frozenset[str] = frozenset()  # folded feasts named with no article ("noel"): a day, not a first name
    feast_bearers: frozenset[str] = frozenset()  # folded words naming a feast's figure before it ("pere" Noël)
    feast_titles: frozenset[str] = frozenset()  # folded titles before a person's name ("m", "mme": "M. Pâques")
    sport_cues: frozenset[str] = frozenset()  # folded words that make an article a sports report ("derby")
    sport_verbs: frozenset[str] = frozenset()  # folded verb forms whose subject is a team ("impose", "battu")
    tails: dict[str, str] = field(default_factory=dict)  # folded last words naming a kind ("métropole" -> ORG)
    of_cues: dict[str, str] = field(default_factory=dict)  # folded nouns naming a kind only before "de" ("maire")
    # the NER labels an of_cue may change, when its row limits them ("membres de" X: only a thing becomes a body)
    of_cue_scopes: dict[str, frozenset[str]] = field(default_factory=dict)
    sport_cue_words: re.Pattern[str] | None = None  # the sports words as written or folded, as whole words
    weak_sport_cues: frozenset[str] = frozenset()  # folded cues that also tell other news ("journée", "victoire")
    sport_verb_words: re.Pattern[str] | None = None  # the match verbs as written or folded, as whole words
    metonyms: frozenset[str] = frozenset()  # folded seats of power ("elysee", "bercy"): ORG when they act
    platforms: frozenset[str] = frozenset()  # folded networks between a cue noun and a quoted name ("facebook")
    quote_cues: frozenset[str] = frozenset()  # folded nouns that cue only a quoted name ("liste")
    naming_words: frozenset[str] = frozenset()  # folded participles between a cue noun and a quoted name ("baptise")
    quoted_heads: frozenset[str] = frozenset()  # folded body nouns opening a quoted name with no cue ("« Collectif X »")
    quoted_head_befores: frozenset[str] = frozenset()  # folded words allowed right before such a name ("le", "bannière")
    union_words: frozenset[str] = frozenset()  # folded words of a union's name ("police", "syndicale")
    auxiliaries: frozenset[str] = frozenset()  # folded forms of avoir and être ("a", "ont", "est"): a verb's, no naming
    metonym_ends: frozenset[str] = frozenset()  # their folded last words ("elysee", "orsay")
    articled: dict[str, str] = field(default_factory=dict)  # folded "parisien" -> "Le Parisien" (a title's article)
    contracted_title: re.Pattern[str] | None = None  # "du Figaro", "au Parisien": those titles after du/au
    holders: frozenset[str] = frozenset()  # folded surnames of office holders ("macron", "le pen"): people
    particles: frozenset[str] = frozenset()  # folded particles of surnames ("di", "van", "le")
    verb_suffixes: frozenset[str] = frozenset()  # folded pronouns after a verb and a hyphen ("-vous", "-t-il")
    list_cues: frozenset[str] = frozenset()  # folded plural nouns of companies before a list of names ("prestataires")
    body_list_cues: frozenset[str] = frozenset()  # those of bodies ("collectifs"): a known town listed stays a place
    route_words: frozenset[str] = frozenset()  # lowercase words before "X-Y" that make it a route ("autoroute")
    prosecutors: frozenset[str] = frozenset()  # folded titles before "de la République de X" ("procureur")
    territory_words: frozenset[str] = frozenset()  # folded complements that name no place ("departement")
    district_heads: frozenset[str] = frozenset()  # lowercase nouns before a district's name ("quartier")
    unnamed_determiners: frozenset[str] = frozenset()  # lowercase words before a common noun ("une", "son")
    club_nouns: frozenset[str] = frozenset()  # folded nouns whose "de X" is a team in a sports report ("supportrice")
    club_heads: frozenset[str] = frozenset()  # first words of clubs named "X de <town>" ("Standard", "Sporting")
    # folded words that tell a match in a clause ("derby", "buts"), narrower than sport_cues ("victoire", "équipe"
    # also tell an election): a town subject of a clause with one of them is a team in a sports report
    match_words: frozenset[str] = frozenset()
    # folded pairs of words right before a town that make it a team in a sports report ("retard sur", "passe devant")
    team_before: frozenset[tuple[str, str]] = frozenset()
    street_plurals: dict[str, str] = field(default_factory=dict)  # lowercase "rues" -> "rue": heads of listed streets
    place_heads: frozenset[str] = frozenset()  # lowercase head nouns of streets and landmarks (institutions.jsonl)
    # folded nouns that end a name's chain of complements as its owner, time or place ("du parlement", "de la
    # semaine", "du pays"): chain_stop and not_complement rows (institutions.jsonl)
    chain_stops: frozenset[str] = frozenset()
    bloc_nouns: frozenset[str] = frozenset()  # folded nouns of blocs of countries ("pays", "peuples")
    compass_words: frozenset[str] = frozenset()  # lowercase "nord", "sud", "est", "ouest" (no accents to fold)
    place_list_cues: frozenset[str] = frozenset()  # lowercase plurals before a list of places ("communes", "wilayas")
    epithets: dict[str, str] = field(default_factory=dict)  # folded "vieux continent" -> folded "europe"
    channel_suffixes: frozenset[str] = frozenset()  # folded "tv", "tvi": "BFM" is "BFM-TV", "RTL" is "RTL-TVI"
    media_cues: frozenset[str] = frozenset()  # folded nouns of media ("hebdomadaire"): no company named after a person
    told_to: frozenset[str] = frozenset()  # folded words before "à" + a title: said to a medium ("confié")
    # titles of media spelled as a common word, a first name, a place or an event ("Marianne", "Regards", "La Lettre
    # A"): lowercase first word of the title after its article (if any) -> [(article or "", words as written)]
    press_titles: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    press_cues: dict[str, frozenset[str]] = field(default_factory=dict)  # slot -> folded words cueing a medium
    press_names: dict[str, str] = field(default_factory=dict)  # folded "lettre a" -> "La Lettre A" (with its article)
    press_ids: frozenset[str] = frozenset()  # the titles as written: the span id of a medium found in a press slot
    confederations: frozenset[str] = frozenset()  # union confederations with branches named after them ("CGT")
    branch_adjectives: frozenset[str] = frozenset()  # "l'Unsa ferroviaire", "la FGTB wallonne": a branch's word
    departure_participles: frozenset[str] = frozenset()  # folded "parti", "partis": "Parti du stade …, le cortège"
    departure_sites: frozenset[str] = frozenset()  # folded sites left from that are no street head ("rond-point")
    not_branches: frozenset[str] = frozenset()  # folded nouns after a confederation that name no branch ("lundi")
    portfolios: frozenset[str] = frozenset()  # folded ministers' portfolios ("sante", "affaires etrangeres")
    seats: dict[str, frozenset[str]] = field(default_factory=dict)  # folded "beauvau" -> {"ministere de l'interieur"}
    noble_titles: frozenset[str] = frozenset()  # folded "comte", "duchesse": "le comte de Paris" names no place
    civilities: frozenset[str] = frozenset()  # folded "m.", "mme": a name right after one is a person's
    geo_nouns: frozenset[str] = frozenset()  # folded common nouns naming land or water ("massif", "pays", "île")
    foreign_towns: frozenset[str] = frozenset()  # folded names known only as small towns abroad ("greve", "police")
    folded_labels: dict[str, str] = field(default_factory=dict)  # the label rows by folded text ("gilets jaunes")
    body_leaders: frozenset[str] = frozenset()  # lowercase nouns of a body's leader or member ("fondateur", "président")
    not_bodies: frozenset[str] = frozenset()  # folded capitalized complements of such nouns that name no body ("republique")
    name_links: frozenset[str] = frozenset()  # folded words between a cue noun and a name ("facebook", "baptise")
    org_cue_words: frozenset[str] = frozenset()  # lowercase one-word cue nouns of organizations ("collectif")
    org_cue_nouns: frozenset[str] = frozenset()  # the "cue" rows of those only ("mouvement" cues only an article's name)
    office_heads: frozenset[str] = frozenset()  # lowercase heads naming an office after "à" ("présidence")
    kind_nouns: frozenset[str] = frozenset()  # folded nouns of a company's kind before their own complement ("fabricant")
    legal_forms: frozenset[str] = frozenset()  # folded legal forms that open a company's or a public body's name ("epic")
    purpose_heads: frozenset[str] = frozenset()  # lowercase heads of names going on with "pour"/"contre" ("ligue")
    kind_cue_words: frozenset[str] = frozenset()  # kind_nouns and one-word ORG cues together (one lookup per doc)
    union_levels: frozenset[str] = frozenset()  # folded level words before a confederation ("ud", "union locale")
    # level words that name a body of their own only with a complement ("le syndicat CGT du CHU"; "le syndicat CGT"
    # alone is the confederation)
    union_levels_complemented: frozenset[str] = frozenset()
    place_positions: dict[str, frozenset[str]] = field(default_factory=dict)  # folded "abords" -> nouns it needs
    seat_heads: frozenset[str] = frozenset()  # folded first words of an institution's building ("assemblee", "senat")
    position_seats: dict[str, frozenset[str]] = field(default_factory=dict)  # folded "devant" -> the seats it places
    glued_positions: frozenset[str] = frozenset()  # folded "au": a position word holding the seat's article
    glued_not_after: frozenset[str] = frozenset()  # folded verbs before it whose object acts ("confiée au")
    # folded "face" -> its lowercase preposition "à" (not the verb "a"): "face à la mairie" places it as "face au"
    position_prepositions: dict[str, frozenset[str]] = field(default_factory=dict)
    name_clitics: frozenset[str] = frozenset()  # lowercase pronouns after an imperative in a name ("les", "nous")
    officer_units: frozenset[str] = frozenset()  # folded corps' acronyms that also name their officers ("crs")
    bare_heads: frozenset[str] = frozenset()  # folded heads that alone name no institution ("prefecture")
    stage_heads: frozenset[str] = frozenset()  # lowercase court heads that after "en" name a stage ("cour")
    building_parts: dict[str, frozenset[str]] = field(default_factory=dict)  # "cour" -> the buildings it is a part of
    stage_prepositions: frozenset[str] = frozenset()  # the words before them that do ("en")
    person_nouns: frozenset[str] = frozenset()  # folded professions only people have, before a name ("chanteuse")
    kin_nouns: frozenset[str] = frozenset()  # folded family ties after "son"/"sa" ("mère"): a person's description
    descriptors: frozenset[str] = frozenset()  # folded kind nouns before an organization's name ("mouvement")
    # folded company and media kinds the NER glues to a name it mislabels ("chaîne Conforama" as a place)
    kind_descriptors: frozenset[str] = frozenset()
    company_kinds: frozenset[str] = frozenset()  # lowercase kind nouns of companies only ("cimentier")
    org_slots: dict[str, frozenset[str]] = field(default_factory=dict)  # slot kind -> lowercase words opening it
    slot_time_words: frozenset[str] = frozenset()  # lowercase: "samedi", "hier" between a participle and "par"
    org_slot_ids: frozenset[int] = frozenset()  # the same words as string ids, compared with Token.lower
    # folded head nouns of institutions (institutions.jsonl and the "head" rows): "caisse", "office", "conseil"
    institution_heads: frozenset[str] = frozenset()
    # lowercase adjectives that open their own complement and end a name ("relatif", "relative"; institutions.jsonl)
    loose_adjectives: frozenset[str] = frozenset()
    corps_heads: frozenset[str] = frozenset()  # lowercase police corps named by a place adjective ("police")
    not_origins: frozenset[str] = frozenset()  # folded demonym forms naming no place ("blanche", "francophone")
    name_kinds: frozenset[str] = frozenset()  # lowercase kind nouns the name takes along ("groupe TF1", "institut X")
    venue_heads: frozenset[str] = frozenset()  # folded first words of cultural venues run by a body ("theatre", "musee")
    venue_states: tuple[str, ...] = ()  # lowercase stems of verbs saying a building's state ("rest", "ferm")
    venues: frozenset[str] = frozenset()  # folded names of such venues without a head noun ("louvre", "grand palais")
    company_leaders: frozenset[str] = frozenset()  # a company's people ("pdg", "actionnaires"): never a person's
    facility_nouns: frozenset[str] = frozenset()  # lowercase nouns of a company's site ("usine", "dépôt", "entrepôt")
    site_cues: frozenset[str] = frozenset()  # organization cues that also name a site ("site" cue rows): "le site de Montluçon"
    staff_nouns: frozenset[str] = frozenset()  # lowercase nouns of a venue's staff or leadership ("directeur", "direction")
    group_nouns: frozenset[str] = frozenset()  # lowercase nouns of a group of states' members or office ("présidence")
    town_bodies: frozenset[str] = frozenset()  # capitalized words of a town's administration before "de X" ("Ville")
    # lowercased words of an intercommunal body before "de X", by first word ("communauté" -> ("communauté", "d'", …))
    territorial_bodies: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # word lists of single rules (_word_list_rules): lowercase unless "folded"
    en_phrases: frozenset[str] = frozenset()  # "en direction de X": nouns of a phrase after "en", no institution's part
    amount_words: frozenset[str] = frozenset()  # "milliard": capitals after them are a currency
    portfolio_colleagues: frozenset[str] = frozenset()  # "sa collègue à l'Économie": before a portfolio
    portfolio_holders: frozenset[str] = frozenset()  # "la conseillère à la Sécurité intérieure": before "à" and a charge
    portfolio_titles: frozenset[str] = frozenset()  # "le ministre des AE": before a portfolio's acronym
    seat_place_words: frozenset[str] = frozenset()  # folded "devant", "quitte": a seat of power after them is a place
    seat_buildings: frozenset[str] = frozenset()  # folded "siège", "locaux": a seat's building between a position and it
    seat_place_of: frozenset[str] = frozenset()  # folded "abords", "locataire": a seat after them and "de" is a place
    seat_street_words: frozenset[str] = frozenset()  # "place", "rue": a seat's first word without article, an address
    family_words: frozenset[str] = frozenset()  # folded "famille", "clan": a name after them is a family
    take_forms: frozenset[str] = frozenset()  # forms of "prendre": "prend la direction du Sénat" heads somewhere
    owner_words: frozenset[str] = frozenset()  # "groupe": "X du groupe Y" names two organizations
    points_words: frozenset[str] = frozenset()  # "pts": a town before a number and this word is a team


def _grouped(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Key -> every value paired with it ("Daech" -> État islamique, EI...)."""
    out: dict[str, set[str]] = {}
    for key, value in pairs:
        out.setdefault(key, set()).add(value)
    return {key: frozenset(values) for key, values in out.items()}


_TITLE_ARTICLE = re.compile(r"(L['’]|Les |Le |La )?(.+)$")  # a title's own article, then its words


def _press_titles(texts: list[str]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """"La Lettre A" -> {"lettre": [("la", ("Lettre", "A"))]}, "Marianne" -> {"marianne": [("", ("Marianne",))]},
    "L'Alsace" -> {"alsace": [("l'", ("Alsace",))]}: each title's first word after its article, as the tokenizer
    splits it."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for text in texts:
        m = _TITLE_ARTICLE.match(text)
        assert m is not None
        article = (m.group(1) or "").strip().lower().replace("’", "'")
        words = tuple(m.group(2).split())
        out.setdefault(words[0].lower(), []).append((article, words))
    return out


def _contracted_title(rests: list[str]) -> re.Pattern[str] | None:
    """"du Figaro", "au Parisien": a title of the "articled" rows with its article contracted (case as written)."""
    # "du"/"au" read first, then that no letter stands before them (a \b before them, as the regex engine cannot
    # skip to the first letters of a regex opening on \b: it was tried at every position of the text)
    return re.compile(rf"(?:du|au)(?<!\w..) ({alternation(rests)})\b(?![-'’])") if rests else None


def _word_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """Any of the words, as a whole word (not inside "début" or "match-retour"), case-insensitive; a row may be
    several words or hold digits and hyphens ("Ligue 2", "mi-temps")."""
    alts = sorted({w.lower() for w in words if re.fullmatch(r"\w+(?:[ -]\w+)*", w)}, key=len, reverse=True)
    # grouped by first letter: a case-blind flat list was tried word by word at every word start of the text
    group = grouped_alternation(alts, [re.escape(w) for w in alts])
    return re.compile(rf"(?<![\w-])(?:{group})(?![\w-])", re.IGNORECASE) if alts else None


def _sports_fields(of: Callable[[str], list[dict[str, Any]]]) -> dict[str, Any]:
    """The word lists that read sports reports (sports.py): what makes an article one, and where a town is a team."""
    return {
        "sport_cues": frozenset(fold(r["text"]) for r in of("sport_cue")),
        "sport_verbs": frozenset(fold(r["text"]) for r in of("sport_verb")),
        "sport_cue_words": _word_regex(w for r in of("sport_cue") for w in (r["text"], fold(r["text"]))),
        "weak_sport_cues": frozenset(fold(r["text"]) for r in of("sport_cue") if r.get("weak")),
        "sport_verb_words": _word_regex(w for r in of("sport_verb") for w in (r["text"], fold(r["text"]))),
        "club_nouns": frozenset(fold(r["text"]) for r in of("club_noun")),
        "club_heads": frozenset(r["text"] for r in of("club_head")),
        "match_words": frozenset(fold(r["text"]) for r in of("match_word")),
        "team_before": frozenset(tuple(fold(r["text"]).split(" ", 1)) for r in of("team_before")),
    }


def _quoted_name_fields(of: Callable[[str], list[dict[str, Any]]]) -> dict[str, Any]:
    """The words between an organization's cue noun and a quoted name (organizations.quoted_names): a network
    ("le groupe Facebook « … »"), a naming participle ("un collectif, baptisé « … »"), and the auxiliaries that make
    such a participle a verb ("a appelé « … »")."""
    return {
        "platforms": frozenset(fold(r["text"]) for r in of("platform")),
        "quote_cues": frozenset(fold(r["text"]) for r in of("quote_cue")),
        "naming_words": frozenset(fold(r["text"]) for r in of("naming_word")),
        "quoted_heads": frozenset(fold(r["text"]) for r in of("quoted_head")),
        "quoted_head_befores": frozenset(fold(r["text"]) for r in of("quoted_head_before")),
        "union_words": frozenset(fold(r["text"]) for r in of("union_word")),
        "auxiliaries": frozenset(fold(r["text"]) for r in of("auxiliary")),
    }


def _derived_rows(rows: Rows) -> list[dict[str, Any]]:
    """Rows one data row implies (round 40): a company's kind noun ("kind_descriptor" row with "company") cues an
    organization ("cue" ORG) unless a cue row of its own says otherwise; one with "site" ("la fonderie X de Vierzon")
    names a site too ("facility_noun")."""
    cues = {r["text"] for r in rows if r.get("rule") == "cue"}
    kinds = [r for r in rows if r.get("rule") == "kind_descriptor" and r.get("company")]
    return [*({"rule": "cue", "text": r["text"], "label": "ORG"} for r in kinds if r["text"] not in cues),
            *({"rule": "facility_noun", "text": r["text"]} for r in kinds if r.get("site"))]


def compile_rules(data: dict[str, Rows]) -> EntityRules:
    rows = [*data["rules"], *_derived_rows(data["rules"])]

    def of(kind: str) -> list[dict[str, Any]]:
        return [r for r in rows if r.get("rule") == kind]

    places: dict[str, tuple[str, int]] = {}
    for r in [*data["places"], *({"name": r["text"], "kind": "added"} for r in of("place"))]:
        key, row = fold(r["name"]), (r["kind"], int(r.get("population") or 0))
        known = places.setdefault(key, row)
        if known[0] == "city" == row[0] and row[1] > known[1]:
            places[key] = row  # "Washington" is the capital, not a town of 20 000 that comes first

    return EntityRules(
        **_sports_fields(of),
        **_quoted_name_fields(of),
        not_entities=frozenset(fold(r["text"]) for r in of("not_entity")),
        member_plurals=frozenset(fold(r["text"]) for r in of("not_entity") if r.get("members")),
        feasts=frozenset(fold(r["text"]) for r in of("feast")),
        feast_bearers=frozenset(fold(r["text"]) for r in of("feast_bearer")),
        feast_titles=frozenset(fold(r["text"]) for r in of("feast_title")),
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
        roles=with_plurals((fold(r.get("role") or r.get("text") or "") for r in data["roles"]),
                           frozenset(fold(r["text"]) for r in of("plural_role"))) - {""},
        places=places,
        misc_heads=frozenset(fold(r["text"]) for r in of("misc_head")),
        first_names=frozenset(fold(r["name"]) for r in data.get("first_names", [])),
        first_name_cues=frozenset(fold(r["text"]) for r in of("first_name_cue")),
        common_words=frozenset(fold(r["word"]) for r in data.get("common_words", [])),
        tails={fold(r["text"]): r["label"] for r in of("tail")},
        of_cues={fold(r["text"]): r["label"] for r in of("of_cue")},
        of_cue_scopes={fold(r["text"]): frozenset(r["scope"]) for r in of("of_cue") if r.get("scope")},
        metonyms=frozenset(fold(r["text"]) for r in of("metonym")),
        articled={fold(r["text"].split(" ", 1)[1]): r["text"] for r in of("articled")},
        contracted_title=_contracted_title([r["text"].split(" ", 1)[1] for r in of("articled")]),
        metonym_ends=frozenset(re.split(r"[ ']", fold(r["text"]))[-1] for r in of("metonym")),
        holders=frozenset(fold(r["name"].split(" ", 1)[1]) for r in data.get("holders", []) if " " in r["name"]),
        particles=frozenset(fold(r["text"]) for r in of("particle")),
        verb_suffixes=frozenset(fold(r["text"]) for r in of("verb_suffix")),
        list_cues=frozenset(r["text"].lower() for r in of("list_cue")),
        body_list_cues=frozenset(r["text"].lower() for r in of("list_cue") if r.get("places_stay")),
        route_words=frozenset(r["text"].lower() for r in of("route_word")),
        prosecutors=frozenset(fold(r["text"]) for r in of("prosecutor")),
        territory_words=frozenset(fold(r["text"]) for r in of("territory_word")),
        district_heads=frozenset(r["text"].lower() for r in of("district_head")),
        unnamed_determiners=frozenset(r["text"].lower() for r in of("unnamed_determiner")),
        street_plurals={r["text"].lower(): r["singular"] for r in of("street_plural")},
        place_list_cues=frozenset(r["text"].lower() for r in of("place_list_cue")),
        channel_suffixes=frozenset(fold(r["text"]) for r in of("channel_suffix")),
        media_cues=frozenset(fold(r["text"]) for r in of("media_cue")),
        told_to=frozenset(fold(r["text"]) for r in of("told_to")),
        confederations=frozenset(r["text"] for r in of("confederation")),
        branch_adjectives=frozenset(fold(r["text"]) for r in of("branch_adjective")),
        departure_participles=frozenset(fold(r["text"]) for r in of("departure_participle")),
        departure_sites=frozenset(fold(r["text"]) for r in of("departure_site")),
        not_branches=frozenset(fold(r["text"]) for r in of("not_branch")),
        portfolios=frozenset(fold(r["text"]) for r in of("portfolio")),
        # a seat that acts ("Bercy") or another name of an institution ("la Haute Assemblée", "Daech"): the
        # institution the article also names, one organization with it
        seats=_grouped((fold(r["text"]), fold(r["institution"])) for r in of("seat_of") + of("alias_of")),
        place_heads=frozenset(r["text"].lower() for r in data.get("institutions", [])
                              if r.get("rule") == "landmark_head" or (r.get("rule") == "head" and r.get("label") == "LOC")),
        bloc_nouns=frozenset(fold(r["text"]) for r in of("bloc_noun")),
        compass_words=frozenset(r["text"].lower() for r in of("compass")),
        epithets={_place_key(r["text"]): _place_key(r["place"]) for r in of("epithet")},
        noble_titles=frozenset(fold(r["text"]) for r in of("noble_title")),
        civilities=frozenset(fold(r["text"]) for r in of("civility")),
        geo_nouns=frozenset(fold(r["text"]) for r in of("geo_noun")),
        foreign_towns=foreign_towns(data["places"]),
        institution_heads=frozenset(fold(r["text"]) for r in [*of("head"), *data.get("institutions", [])]
                                    if r.get("rule") == "head" and r.get("label", "ORG") == "ORG"),
        loose_adjectives=frozenset(r["text"].lower() for r in data.get("institutions", [])
                                   if r.get("rule") == "complement_adjective"),
        chain_stops=frozenset(fold(r["text"]) for r in data.get("institutions", [])
                              if r.get("rule") in {"chain_stop", "not_complement"}),
        **_organization_name_rules(of),
        **_convention_rules(of),
        **_press_rules(of),
        **_word_list_rules(of),
    )


def _word_list_rules(of: Callable[[str], list[dict[str, Any]]]) -> dict[str, Any]:
    """The EntityRules fields of word lists that a single rule reads (noise.py, conventions.py, clusters.py ...)."""
    def lower(rule: str) -> frozenset[str]:
        return frozenset(r["text"].lower() for r in of(rule))

    def folded(rule: str) -> frozenset[str]:
        return frozenset(fold(r["text"]) for r in of(rule))

    return dict(
        en_phrases=lower("en_phrase"),
        amount_words=lower("amount_word"),
        portfolio_colleagues=lower("portfolio_colleague"),
        portfolio_holders=lower("portfolio_holder"),
        portfolio_titles=lower("portfolio_title"),
        seat_place_words=folded("seat_place_word"),
        seat_buildings=folded("seat_building"),
        seat_place_of=folded("seat_place_of"),
        seat_street_words=lower("seat_street_word"),
        family_words=folded("family_word"),
        take_forms=lower("take_form"),
        owner_words=lower("owner_word"),
        points_words=lower("points_word"),
    )


def _press_rules(of: Callable[[str], list[dict[str, Any]]]) -> dict[str, Any]:
    """Media titles that are also common words, first names or places ("press_title" rows), and the context words
    that make them a medium ("press_cue" rows, by slot)."""
    titles = [r["text"] for r in of("press_title")]
    return {
        "press_titles": _press_titles(titles),
        "press_ids": frozenset(titles),
        "press_names": {fold(m.group(2)): t for t in titles if (m := _TITLE_ARTICLE.match(t)) and m.group(1)},
        "press_cues": {slot: frozenset(fold(r["text"]) for r in of("press_cue") if r["slot"] == slot)
                       for slot in {r["slot"] for r in of("press_cue")}},
    }


def _convention_rules(of: Callable[[str], list[dict[str, Any]]]) -> dict[str, Any]:
    """The EntityRules fields of the annotation conventions that rule organizations out (conventions.py)."""
    return dict(
        officer_units=frozenset(fold(r["text"]) for r in of("officer_unit")),
        bare_heads=frozenset(fold(r["text"]) for r in of("unnamed_alone")),
        stage_heads=frozenset(r["text"] for r in of("stage_head")),
        building_parts={r["text"]: frozenset(r["of"]) for r in of("building_part")},
        stage_prepositions=frozenset(r["text"] for r in of("stage_preposition")),
        person_nouns=frozenset(fold(r["text"]) for r in of("person_noun")),
        kin_nouns=frozenset(fold(r["text"]) for r in of("kin_noun")),
        descriptors=frozenset(fold(r["text"]) for r in of("descriptor")),
        kind_descriptors=frozenset(fold(r["text"]) for r in of("kind_descriptor")),
        company_kinds=frozenset(r["text"].lower() for r in of("kind_descriptor") if r.get("company")),
    )


def _organization_name_rules(of: Callable[[str], list[dict[str, Any]]]) -> dict[str, Any]:
    """The EntityRules fields that find organizations by the words around a name (a leader's noun, a cue noun, a
    company's kind, a union's level, a motion word before a seat)."""
    return dict(
        folded_labels={fold(r["text"]): r["label"] for r in of("label")},
        body_leaders=frozenset(r["text"].lower() for r in of("body_leader")),
        company_leaders=frozenset(r["text"].lower() for r in of("body_leader") if r.get("company")),
        not_bodies=frozenset(fold(r["text"]) for r in of("not_body")),
        name_links=frozenset(fold(r["text"]) for r in of("name_link")),
        org_cue_nouns=frozenset(r["text"].lower() for r in of("cue") if r["label"] == "ORG" and " " not in r["text"]),
        org_cue_words=frozenset(r["text"].lower() for r in [*of("cue"), *of("name_cue")]
                                if r.get("label", "ORG") == "ORG" and " " not in r["text"]),
        office_heads=frozenset(r["text"].lower() for r in of("office_head")),
        kind_nouns=frozenset(fold(r["text"]) for r in of("kind_noun")),
        legal_forms=frozenset(fold(r["text"]) for r in of("legal_form")),
        purpose_heads=frozenset(r["text"].lower() for r in of("purpose_head")),
        kind_cue_words=frozenset(r["text"].lower() for r in [*of("kind_noun"), *of("cue")]
                                 if r.get("rule") == "kind_noun" or (r["label"] == "ORG" and " " not in r["text"])),
        union_levels=frozenset(fold(r["text"]) for r in of("union_level")),
        union_levels_complemented=frozenset(fold(r["text"]) for r in of("union_level") if r.get("complement")),
        place_positions={fold(r["text"]): frozenset(r.get("after", [])) for r in of("place_position")},
        seat_heads=frozenset(fold(r["text"]) for r in of("seat_head")),
        position_seats={fold(r["text"]): frozenset(fold(w) for w in r["seats"]) for r in of("place_position") if r.get("seats")},
        glued_positions=frozenset(fold(r["text"]) for r in of("place_position") if r.get("glued")),
        glued_not_after=frozenset(fold(w) for r in of("place_position") if r.get("glued") for w in r.get("not_after", [])),
        position_prepositions={fold(r["text"]): frozenset(w.lower() for w in r["preposition"])
                               for r in of("place_position") if r.get("preposition")},
        name_clitics=frozenset(r["text"].lower() for r in of("name_clitic")),
        slot_time_words=frozenset(r["text"].lower() for r in of("slot_time_word")),
        org_slots={kind: frozenset(r["text"].lower() for r in of("org_slot") if r["slot"] == kind)
                   for kind in {r["slot"] for r in of("org_slot")}},
        org_slot_ids=frozenset(get_string_id(r["text"].lower()) for r in of("org_slot")),
        corps_heads=frozenset(r["text"].lower() for r in of("corps_head")),
        not_origins=frozenset(f for r in of("not_origin") for f in inflect(r["text"])),
        name_kinds=frozenset(r["text"].lower() for r in of("name_kind")),
        venue_heads=frozenset(fold(r["text"]) for r in of("venue_head")),
        venues=frozenset(fold(r["text"]) for r in of("venue")),
        venue_states=tuple(sorted(r["text"].lower() for r in of("venue_state"))),
        facility_nouns=frozenset(r["text"].lower() for r in of("facility_noun")),
        site_cues=frozenset(r["text"].lower() for r in of("cue") if r.get("site")),
        staff_nouns=frozenset(r["text"].lower() for r in [*of("body_leader"), *of("staff_noun")]),
        group_nouns=frozenset(r["text"].lower() for r in of("group_noun")),
        town_bodies=frozenset(r["text"] for r in of("town_body")),
        territorial_bodies=_by_first_word(of("territorial_body")),
    )


def _by_first_word(rows: Rows) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Multi-word forms as token sequences ("communauté d'agglomération" -> communauté, d', agglomération), longest
    first, by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for r in rows:
        words = tuple(re.findall(r"\w+'|[\w-]+", r["text"].lower().replace("’", "'")))
        out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


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


def institution_patterns(rows: Rows, demonyms: Rows | None = None) -> dict[str, list[list[dict[str, Any]]]]:
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
    # "commission des affaires étrangères du parlement français": a body owning the chain's noun ends it
    chain_stops = [r["text"] for r in rows if r.get("rule") == "chain_stop"]
    bare = [r["text"].lower() for r in rows if r.get("rule") == "head" and r.get("bare")]

    def head(words: list[str], titled: bool = False) -> list[dict[str, Any]]:
        noun: dict[str, Any] = {"LOWER": {"IN": words}, "POS": {"IN": ["NOUN", "PROPN"]}}
        return [{"LOWER": {"IN": ["haut", "haute"]}, "OP": "?"}, {**noun, "IS_TITLE": True} if titled else noun]

    adjs = {"POS": "ADJ", "OP": "*"}
    prep = [{"LOWER": {"IN": _PREPOSITIONS}}, {"LOWER": {"IN": _ARTICLES}, "OP": "?"}]

    def compl(pos: list[str]) -> list[dict[str, Any]]:
        noun = {"POS": {"IN": pos}, "LOWER": {"NOT_IN": not_compl}, "IS_DIGIT": False}
        return [{"POS": "ADJ", "OP": "?"}, noun, {"POS": "ADJ", "OP": "*"}]

    any_compl = heads(None, "required")
    all_heads = [r["text"].lower() for r in rows if r.get("rule") == "head"]  # "et du Conseil d'État": another body
    lower_noun = [{"POS": "NOUN", "IS_LOWER": True, "LOWER": {"NOT_IN": not_compl}}, {"POS": "ADJ", "IS_LOWER": True, "OP": "*"}]
    named = [r["text"].lower() for r in rows if r.get("rule") == "head" and r.get("named")]
    adjectives = {"POS": "ADJ", "LOWER": {"NOT_IN": generic}, "OP": "+"}
    org = [
        # "parti socialiste", "conseil constitutionnel"; not "le lycée professionnel": a school kind takes a name
        # after it ("lycée Saint-Exupéry") or a complement ("Lycée français de Madrid")
        [*head([h for h in heads(None) if h not in named]), adjectives],
        # "commission des finances", "tribunal administratif de Lille", "Centre des monuments nationaux"
        [*head(any_compl), adjs, *prep, *compl(["NOUN", "PROPN"])],
        [*head(heads("noun")), adjs, *prep, *compl(["NOUN"])],
        # "ministère de l'Industrie et des Mines": a second capitalized charge ("portfolios" rows)
        [*head([r["text"].lower() for r in rows if r.get("portfolios")]), adjs, *prep, *compl(["NOUN", "PROPN"]),
         {"LOWER": "et"}, *prep, {"IS_TITLE": True, "POS": {"IN": ["NOUN", "PROPN"]}, "LOWER": {"NOT_IN": all_heads}},
         {"POS": "ADJ", "OP": "*"}],
        # "tribunal de grande instance de Paris", "préfecture de police de Paris"
        [*head(any_compl), adjs, *prep, *compl(["NOUN", "PROPN"]), *prep, {"POS": "PROPN", "IS_TITLE": True}],
        # "l'association des maires ruraux (de France)": a body named by its members after des/du only, as "une
        # association de riverains" or "l'association de défense" say a kind
        [*head(heads("definite")), adjs, {"LOWER": {"IN": ["des", "du"]}}, *compl(["NOUN"])],
        [*head(heads("definite")), adjs, {"LOWER": {"IN": ["des", "du"]}}, *compl(["NOUN"]), *prep,
         {"POS": "PROPN", "IS_TITLE": True}],
        # "l'Union des classes moyennes", "Union nationale des étudiants de France": capitalized only ("titled"
        # rows), as "l'union des droites" is a coalition, not a body
        [*head(heads("titled"), titled=True), adjs, {"LOWER": {"IN": ["des", "du"]}}, *compl(["NOUN"])],
        [*head(heads("titled"), titled=True), adjs, {"LOWER": {"IN": ["des", "du"]}}, *compl(["NOUN"]), *prep,
         {"POS": "PROPN", "IS_TITLE": True}],
        # "chambre régionale des comptes d'Occitanie", "chambre de commerce de Lyon": a common noun, then the town
        [*head(heads("noun")), adjs, *prep, *compl(["NOUN"]), *prep, {"POS": "PROPN", "IS_TITLE": True}],
        # "brigade de répression du banditisme": a unit named by a noun and the noun's own lowercase complement
        *[[*head([r["text"].lower() for r in rows if r.get("chain")]), adjs, *prep, *lower_noun, *prep,
           {**lower_noun[0], "LOWER": {"NOT_IN": not_compl + chain_stops
                                       + heads(None, "required", "noun", "definite", "titled", "place")}},
           lower_noun[1], *town] for town in ([], [*prep, {"POS": "PROPN", "IS_TITLE": True}])],
        # "Haut-Commissariat aux réfugiés", "commissariat aux droits de l'homme (du Conseil de l'Europe)": a body
        # named by its charge after "au"/"aux"/"à la" ("dative" rows; "à pied" has no article: no charge)
        *dative_patterns([r["text"].lower() for r in rows if r.get("dative")], head, adjs, compl, prep, lower_noun),
        # "conseil de développement du pays Voironnais", "cour d'assises de la capitale belge"
        *territory_patterns(rows, [[*head(any_compl), adjs, *prep, *compl(["NOUN", "PROPN"])], [*head(any_compl), adjs],
                                   [*head(heads("noun")), adjs, *prep, *compl(["NOUN"])]], prep, demonyms or []),
        # "la CAF de la Gironde", "l'APC d'Oran": the acronym of a body with local branches, then the place served
        [*head(heads("place")), *prep, {"POS": "PROPN", "IS_LOWER": False}],
        # "bureau politique des Républicains", "bureau confédéral de la CGT": a body's leading organ, named by its
        # adjective and its owner's capitalized name; never alone ("un bureau politique mardi"), nor with a common
        # noun ("bureau de vote") ("adjective" rows)
        [*head(heads("adjective")), {"POS": "ADJ", "OP": "+"}, *prep, {"IS_LOWER": False, "IS_ALPHA": True},
         {"IS_TITLE": True, "OP": "*"}],
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


def dative_patterns(words: list[str], head: Callable[[list[str]], list[dict[str, Any]]], adjs: dict[str, Any],
                    compl: Callable[[list[str]], list[dict[str, Any]]], prep: list[dict[str, Any]],
                    lower_noun: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Patterns of the heads whose complement says what the body is in charge of, after "à": the charge (a common
    noun, with its own lowercase complement: "aux droits de l'homme"), then the organization it belongs to."""
    if not words:
        return []
    owner = [*prep, {"POS": "PROPN", "IS_TITLE": True}]
    out = []
    for to in ([{"LOWER": {"IN": ["au", "aux"]}}], [{"LOWER": "à"}, {"LOWER": {"IN": ["la", "l'", "l’"]}}]):
        charge = [*head(words), adjs, *to, *compl(["NOUN"])]
        chained = [*charge, *prep, *lower_noun]
        out += [charge, chained, [*charge, *owner], [*chained, *owner]]
    return out


def territory_patterns(rows: Rows, nameds: list[list[dict[str, Any]]], prep: list[dict[str, Any]],
                       demonyms: Rows) -> list[list[dict[str, Any]]]:
    """A second complement that is a territory word ("named_territory" rows, a not_complement alone) with the
    territory's own name after it ("du pays Voironnais", "de la région Occitanie") or, for a capital, the
    country's adjective ("de la capitale belge"), after each of the institution forms `nameds`: the place served
    belongs to the institution's name."""
    words = [r["text"].lower() for r in rows if r.get("rule") == "named_territory"]
    capitals = [r["text"].lower() for r in rows if r.get("rule") == "named_territory" and r.get("adjective")]
    if not words:
        return []
    name = [{"LOWER": {"IN": words}}, {"POS": "PROPN", "IS_TITLE": True}, {"IS_TITLE": True, "OP": "*"}]
    forms = sorted({f for r in demonyms for f in inflect(r["demonym"], folded=False)})
    tails = [name, [{"LOWER": {"IN": capitals}}, {"LOWER": {"IN": forms}}]] if capitals and forms else [name]
    return [[*named, *prep, *tail] for named in nameds for tail in tails]


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


def _place_key(text: str) -> str:
    """"Arc-de-Triomphe" and "Arc de triomphe", "Champs Elysées" and "Champs-Élysées": one spelling."""
    return fold(text).replace("-", " ")
