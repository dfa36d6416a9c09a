"""Tests of a name's label from the words around it: a kind described before it, an office, a brand, a title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .keys import ACRONYM, fold, known_place, opens_line
from .shared import (
    _CLOSING_QUOTES,
    _INNER_CAPITAL,
    _ROMAN,
    _ROMAN_ORDINAL,
    _after_media_noun,
    _common_definition,
    _cue_label,
    _demonym,
    _is_name,
    before_word,
)
from .words import is_common

if TYPE_CHECKING:
    from .rules import EntityRules


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
    if rules.cues.get(kind) != "ORG" and kind not in rules.kind_nouns and i > 2 and doc[i - 1].is_lower \
            and doc[i - 1].pos_ == "NOUN" and fold(doc[i - 2].text) in {"de", "d'", "du", "des"}:
        kind = fold(doc[i - 3].text)  # "le syndicat des cadres de santé X": a second complement between
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
    # "du sidérurgiste Valmétal", where the parser may open a sentence: a company's cue noun names it
    return (after_quote or opens_line(doc, i)) and _cue_label(doc, ent, rules) != "ORG"


def _opening_plural_noun(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """One capitalized plural common noun the NER calls an organization, opening a line or a quotation and followed by
    a lowercase word: a slogan's or a heading's first word (« Grèves et blocages, ... »), no name. A known name (a
    ruler id) stays, and singular words ("Orange", "Casino" open sentences as companies)."""
    if len(ent) != 1 or ent.label_ != "ORG" or ent.id_ or ent[0].pos_ != "NOUN" or not ent[0].is_title:
        return False  # the cheap tests first
    if "Plur" not in ent[0].morph.get("Number") or ent.end >= len(doc) or not doc[ent.end].is_lower:
        return False
    key = fold(ent.text)
    return is_common(key, rules.common_words) and ent.text not in rules.labels and opens_line(doc, ent.start)


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


_APPOSED_ADJECTIVES = 3  # how many words after the comma an apposed noun may stand, adjectives before it


def _apposed_noun(doc: Doc, ent: Span) -> tuple[Token, bool] | None:
    """The noun of an apposition right after a name (", le/la/un… (adjectives) noun") and whether a determiner opens
    it; None when no comma and lowercase noun follow."""
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return None  # (a cheap test first: most names are followed by no comma)
    i = ent.end + 1
    determined = fold(doc[i].text) in _APPOSITION_DETS
    i += determined
    while i < len(doc) and i - ent.end <= _APPOSED_ADJECTIVES and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1  # "la toute nouvelle fédération"
    return (doc[i], determined) if i < len(doc) and doc[i].is_lower else None


def _apposition_org(doc: Doc, ent: Span, rules: EntityRules, bare: bool = False) -> bool:
    """"Fevia, la fédération de l'industrie", "Destatis, l'office fédéral": an organization's noun in apposition;
    with `bare` (a name the NER read as a thing, or one unknown word) also a company's kind noun with no determiner
    ("Ornavia, fournisseur de gaz", round 40; not for a person's name: "X, éditeur de Sollers")."""
    apposed = _apposed_noun(doc, ent)
    if apposed is None:
        return False
    noun, determined = apposed
    if not determined:
        return bare and noun.lower_ in rules.company_kinds
    return "ORG" in (rules.cues.get(fold(noun.text)), rules.heads.get(fold(noun.text)))


def _apposed_work(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """"Les Amis de Jacques, la pièce de Valère, fait salle comble": a work's or an event's noun (a MISC cue) in an
    apposition closed by a comma before any finite verb (round 40; "Selon Alternatiba, la marche a réuni…" is the
    main clause, no apposition)."""
    apposed = _apposed_noun(doc, ent)
    if apposed is None or not apposed[1] or rules.cues.get(fold(apposed[0].text)) != "MISC":
        return False
    for t in doc[apposed[0].i + 1 : apposed[0].i + 10]:
        if t.text == ",":
            return True
        if t.pos_ == "AUX" or (t.pos_ == "VERB" and "Part" not in t.morph.get("VerbForm")) or t.is_sent_end:
            return False  # a finite verb: the main clause ("la nouvelle comédie écrite par X," is still apposed)
    return False


def _misread_org(doc: Doc, span: Span, label: str, rules: EntityRules, person_words: set[str], text: str) -> str:
    """An organization label the NER gave to a family ("famille Mulliez"), a regime ("Ve République"), an
    acronym the article spells out in lowercase words ("(FLE)"), a place
    with its article ("L'Angleterre n'a jamais...") or a person ("l'extrême droite Marine Le Pen": a first name
    and a surname the article or the data knows)."""
    if label not in {"ORG", "LOC"} or span.id_:
        return label
    if span.start and fold(doc[span.start - 1].text) in rules.family_words:
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
