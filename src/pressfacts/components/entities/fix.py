"""One NER entity corrected: trimmed of the words it ran into, relabelled by the rules, or dropped."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH_STOP_WORDS
from spacy.tokens import Doc, Span

from .keys import ACRONYM, CODE, SCORE, fold, known_place
from .labels import (
    _apposed_work,
    _apposition_org,
    _camel_brand,
    _common_noun_phrase,
    _described_kind,
    _foreign_town_word,
    _held_office,
    _misread_org,
    _no_place_here,
    _opening_plural_noun,
    _opening_word,
    _role_state,
)
from .noise import (
    _TRAILING_PUNCT,
    _bloc_compass_span,
    _byline,
    _closes_role,
    _group_name,
    _heading_destination,
    _lone_heading,
    _meeting,
    _metonym,
    _not_an_entity,
    _opens_role,
    _org_clause_end,
    _org_verb_end,
    _person_after_portfolio,
    _place_in_event,
    _quoted_alone,
    _quoted_unknown,
    _ran_into_verb,
    _rubric,
    _surname_of,
    _titled_day,
    feast,
)
from .rules import _ARTICLES, _DOMAIN, _PLACE_PREPOSITIONS, _PREPOSITIONS
from .shared import (
    _NAME_ARTICLES,
    _SAINT_PLACE,
    _cue_label,
    _demonym,
    _is_name,
    _person_context,
    _role_end,
    before_word,
    closing_tail,
)

if TYPE_CHECKING:
    from .rules import EntityRules


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


def _relabel(doc: Doc, ent: Span, label: str, rules: EntityRules, person_words: set[str]) -> str:
    """A name the NER got wrong: a known place with no organization cue ("Algérie" tagged ORG), an acronym
    tagged as a person or a place ("CPAS", "FWB"), an event or a law tagged as an organization ("Acte IX",
    "sommet du G20", "COP24"), a first name tagged as a place ("Joachim")."""
    text = ent.text
    if text in rules.labels:
        return rules.labels[text]  # "CSG", "Brexit": named in the data, known better than any guess
    words = [fold(t.text) for t in ent[:2]]
    # the head word, after the name's own capitalized article if it opens on one ("Les Amis du Moulin", "Les
    # Rencontres de Vézelin"); no head row is an article
    lead = words[1] if len(words) > 1 and ent[0].is_title and words[0] in {"le", "la", "les"} else words[0]
    cued = _cue_label(doc, ent, rules)
    if lead in rules.misc_heads or " ".join(words) in rules.misc_heads \
            or (label == "ORG" and CODE.match(text)) or _meeting(ent, rules) \
            or cued == "MISC" or (ent[0].is_lower and rules.cues.get(words[0]) == "MISC") \
            or (label in {"ORG", "MISC"} and not known_place(text, rules) and _apposed_work(doc, ent, rules)):
        # an event, a law, a programme (also after the name's own article: "Les Rencontres de Vézelin"), a thing
        # whose cue noun stands before it or was taken in by the NER ("la marche Solidarité 56", "chalutier X"), or
        # a work told in apposition ("Les Amis de Jacques, la pièce de Valère, …")
        return "MISC"
    # "le secrétaire du Conseil supérieur des archives": the head noun names an institution, whatever the cue; a
    # company's closing word right after its name ("Trelmor Logistique", not "la Nuit de la Solidarité")
    tail = closing_tail(ent[-2], ent[-1], rules) if len(ent) > 1 else None
    cue = rules.heads.get(lead) or tail or cued
    if cue:
        return cue
    place = known_place(text, rules)
    after_place_word = ent.start > 0 and doc[ent.start - 1].lower_ in _PLACE_PREPOSITIONS
    bare = label == "MISC" or (len(ent) == 1 and fold(text) not in person_words)
    if not place and label in {"PER", "LOC", "MISC"} and not after_place_word and _apposition_org(doc, ent, rules, bare):
        return "ORG"  # "Fevia, la fédération de l'industrie"; not "À Plouhinec, l'usine de conserves"
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
    if label == "LOC" and _titled_apposition(doc, ent, rules):
        return "PER"  # "sous la conduite du wali, X, pendant trois heures": a name in apposition to a title
    first_name = len(ent) == 1 and ent[0].is_title and fold(text) in rules.first_names
    if first_name and (label == "LOC" or (label == "MISC" and _person_context(doc, ent.start, rules))):
        return "PER"  # "un participant, Joachim, 19 ans" tagged as a place
    before = doc[ent.start - 1].lower_ if ent.start else ""
    if label in {"LOC", "PER"} and ACRONYM.match(text) and before not in _PLACE_PREPOSITIONS:
        return "ORG"  # "FWB", "N-VA": capitals that no gazetteer knows as a place
    return label


def _titled_apposition(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """Two or three capitalized words set off by commas right after "le/la/du" and a role noun ("le préfet, X,"): the
    holder's name, whatever the NER read (a gazetteer place was ruled out before)."""
    if not 2 <= len(ent) <= 3 or not all(t.is_title for t in ent) or ent.start < 3:
        return False
    comma, role, det = doc[ent.start - 1], doc[ent.start - 2], doc[ent.start - 3]
    after = doc[ent.end] if ent.end < len(doc) else None
    return comma.text == "," and fold(role.text) in rules.roles and det.lower_ in {"le", "la", "l'", "l’", "du", "au"} \
        and (after is None or after.text in {",", "."})


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
    if ent.id_ in rules.press_ids:  # "interrogée par TVA", "révélé par la Lettre A": a medium in a slot of the press
        label = "ORG"
    return Span(doc, start, end, label=label, span_id=ent.id_)


_LINK = re.compile(r"[A-Za-z0-9-]\.[a-z]{2,4}/\S")  # a domain followed by a path
# no name ends on a preposition, an article or "et"
_END_WORDS = frozenset([*_PREPOSITIONS, *_ARTICLES, "à", "au", "aux", "et", "en", "pour", "sur"])
_GLUED_WORD = re.compile(r"[a-zà-ÿ]+[!?.,;:]?([A-ZÀ-Ý][a-zà-ÿ]*)")
_ORDINAL = re.compile(r"\d+(?:e|er|re|ère|ème|eme)")


# A lowercase "vers" inside what the NER took for one name: the name has ended, a direction follows.
_HEADING_WORDS = frozenset({"vers"})


def _name_end(doc: Doc, ent: Span, rules: EntityRules) -> int:
    """Where the name ends: the NER's end, less the sentence's words it ran into (a day, a verb, a score, a number)."""
    start, end = ent.start, ent.end
    heading = next((t.i for t in doc[start + 1 : end] if t.lower_ in _HEADING_WORDS), None)
    if heading is not None:
        end = heading  # "la Protection civile vers l'hôpital de Blida": where it went, not its name
    while end - start > 1 and fold(doc[end - 1].text) in rules.not_entities and not _titled_day(doc, start, end) \
            and not (doc[end - 1].is_lower and fold(doc[end - 1].text) in rules.member_plurals):
        end -= 1  # "Arc de triomphe samedi"; "le Mouvement jeunes communistes" keeps its adjective
    if end - start > 1 and end < len(doc) and doc[end - 1].is_lower and doc[end - 1].pos_ == "VERB" \
            and doc[end].pos_ == "ADP":
        end -= 1  # "l'Arc de triomphe noyé sous les gaz": the participle and its phrase are not part of the name
    if ent.label_ == "LOC" and _trailing_participle(doc, start, end):
        end -= 1  # "l'Arc de Triomphe tagué, des vitrines brisées": the participle describes the place
    if _ran_into_verb(doc, start, end):
        end -= 1  # "la Cour des comptes épingle la mairie": the verb is not part of the name
    while end - start > 1 and doc[end - 1].lower_ in _END_WORDS:
        end -= 1  # "le Conseil de sécurité nationale du": the NER stopped after the preposition; no name ends on one
    if ent.label_ == "ORG":
        end = _org_clause_end(doc, start, _org_verb_end(doc, start, end), rules)
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
        if not _is_name(rest) and not (label == "PER" and _particle_name(rest, rules)):
            return None  # "Premier ministre", "ministre de l'Intérieur": a role, not an entity
        start, label = role_end, "PER" if label in {"PER", "MISC"} else label
    return start, label


def _particle_name(rest: Span, rules: EntityRules) -> bool:
    """"le général de Gaulle", "le ministre de Rugy": after a title the NER read as part of a person, a lowercase
    particle and a surname; not a complement ("ministre de l'Intérieur" has an article, "patron de Renault" a
    company, "président de France Télévisions" a place in it), nor a noble title's land ("comte de Valmy")."""
    if len(rest) < 2 or rest[0].lower_ not in {"de", "d'", "d’", "du"} or not _is_name(rest[1:]):
        return False
    if fold(rest.doc[rest.start - 1].text) in rules.noble_titles:
        return False  # "le comte de Valmy", "le duc d'Anjou": a title of nobility and its land, no surname
    return not any(known_place(t.text, rules) or fold(t.text) in rules.labels or fold(t.text) in rules.generic
                   for t in rest[1:])


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
    text = doc_text[span.start_char : span.end_char]  # span.text, without building it from the tokens three times
    label = _relabel(doc, span, rules.labels.get(text, label), rules, person_words)
    label = _misread_org(doc, span, label, rules, person_words, doc_text)
    if label == "LOC" and _camel_brand(span, rules):
        label = "ORG"  # "président de PollingVox", "céder à BlaBlaCar": a brand, not a place
    if label != "ORG" and _described_kind(doc, span, rules, person_words):
        label = "ORG"  # "le fabricant de matelas Copirel", "la maison de couture Valmonte": a company's kind
    if label != "ORG" and len(span) > 1 and fold(span[0].text) in rules.legal_forms and span[1].is_title:
        label = "ORG"  # "l'Epic Netcom", "la SARL Dubois": a legal form opens the body's name, whatever the NER said
    if _DOMAIN.match(text):
        label = "ORG"
    if not known_place(text, rules):
        start = _strip_start(doc, span, label, rules)
    if _demonym(doc[start:end], rules):
        label = "MISC"
    return Span(doc, start, end, label=label) if start < end else None


def _folded_words(doc: Doc, start: int, end: int) -> str:
    """Tokens folded and joined as a role row is written: no space after an elided article ("secretaire d'etat")."""
    out = ""
    for t in doc[start:end]:
        out += fold(t.text) + ("" if t.text.endswith(("'", "’")) else " ")
    return out.strip()


def _name_after_role_tail(doc: Doc, ent: Span, rules: EntityRules) -> Span | None:
    """"la secrétaire d'État Schiappa": an entity opening on the word that ends a title begun before it ("État"
    after "secrétaire d'"); the name after that word, a person's, when one is left."""
    if len(ent) < 2 or ent.start < 2 or not doc[ent.start - 1].is_lower or not ent[1].is_title:
        return None  # (a cheap test first: most names follow no lowercase word of a title)
    if not any(_folded_words(doc, ent.start - k, ent.start + 1) in rules.roles for k in (2, 3) if ent.start >= k):
        return None
    return Span(doc, ent.start + 1, ent.end, label="PER")


def _glued_kind(ent: Span, rules: EntityRules) -> bool:
    """A company's or a medium's lowercase kind noun ("kind_descriptor" rows) glued before a capitalized name
    that is no adjective ("le laboratoire Servier", "la banque Natixis"; not "le groupe Socialiste"). After a noun
    only companies have ("cimentier"), the tagger's adjective is the name: "le cimentier Vicat"."""
    return not ent.id_ and len(ent) > 1 and ent[0].is_lower and fold(ent[0].text) in rules.kind_descriptors \
        and (ent[1].is_title or ent[1].is_upper) and (ent[1].pos_ != "ADJ" or ent[0].lower_ in rules.company_kinds)


def _apposition_comma(doc: Doc, ent: Span) -> int | None:
    """The comma where a name runs on into an apposition, a lowercase noun ("Observatoire de la laïcité, instance
    consultative"); not in a name whose words go on after it ("Conseil économique, social et environnemental",
    "Amour, gloire et beauté": adjectives or a coordination) nor after one word alone."""
    comma = next((t.i for t in ent[1:-1] if t.text == ","), None)
    if comma is None or comma - ent.start < 2 or not doc[comma + 1].is_lower or doc[comma + 1].pos_ != "NOUN":
        return None
    return None if any(t.lower_ in {"et", "ou"} for t in doc[comma + 1 : ent.end]) else comma


def _slashed_title(doc: Doc, i: int) -> bool:
    """Token i is a part of a title abbreviated as one capital letter, a slash and an acronym, glued ("P/APC")."""
    for start in (i, i - 2):
        if start < 0 or start + 2 >= len(doc):
            continue
        letter, slash, acronym = doc[start : start + 3]
        if len(letter.text) == 1 and letter.is_upper and slash.text == "/" and not letter.whitespace_ \
                and not slash.whitespace_ and ACRONYM.match(acronym.text):
            return True
    return False


def _cut(doc: Doc, ent: Span, text: str, rules: EntityRules) -> Span | None:
    """The entity cut to its name when words at its edge or inside are none of it (maybe an empty span: nothing is
    left), or None when it stays whole."""
    if len(ent) > 1 and ent[-1].lower_ in rules.loose_adjectives:  # "le tribunal administratif relatif au permis"
        return Span(doc, ent.start, ent.end - 1, label=ent.label_, span_id=ent.id_)
    if (text[-1] in _TRAILING_PUNCT or ent[-1].text == "/") and len(ent) > 1:
        # "la République !", "la coalition Ligue/Mouvement 5 étoiles": the punctuation is no part of it (a slash only
        # as a token of its own: "Crédit Agricole/ LCL" keeps its last word)
        return Span(doc, ent.start, ent.end - 1, label=ent.label_, span_id=ent.id_)
    comma = _apposition_comma(doc, ent) if "," in text else None
    if comma is not None:  # "Observatoire de la laïcité, instance consultative": the NER ran on into an apposition
        return Span(doc, ent.start, comma, label=ent.label_)
    paren = next((t.i for t in ent[1:] if t.text in {"(", ")"}), None) if "(" in text or ")" in text else None
    if paren is not None:  # "(français Emmanuel) Macron": a parenthesis closes or opens inside; keep the name's side
        part = doc[paren + 1 : ent.end] if doc[paren].text == ")" else doc[ent.start : paren]
        return Span(doc, part.start, part.end, label=ent.label_)
    if _glued_kind(ent, rules):  # "la chaîne Conforama" as a place: the kind describes, the name is the company
        return Span(doc, ent.start + 1, ent.end, label="ORG")
    return None


def fix_entity(doc: Doc, ent: Span, rules: EntityRules, person_words: set[str], doc_text: str) -> Span | None:
    """One entity corrected, or None when it is not one."""
    text = ent.text  # built from the tokens at each access: once here
    if fold(text) in rules.not_entities or not text[0].isalnum() or _LINK.search(text):
        return None  # "pic.twitter.com/x8Yz": a link to a picture or a page names no one
    if not ent.id_ and ent.start_char and doc_text[ent.start_char - 1] == "#":
        return Span(doc, ent.start, ent.end, label="MISC")  # "#BalanceTonPorc": a hashtag, a slogan of no one
    if ent.label_ == "ORG" and (_rubric(ent, doc_text) or _lone_heading(ent, doc_text)):
        return None  # "FIGAROVOX/ANALYSE - ...", "Unité syndicale" alone on its line: a rubric or subheading
    if len(text) == 1 and ent.label_ == "ORG":
        return None  # "fiché « S »": a letter alone is a code or an initial, no organization's name
    if len(ent) == 1 and _slashed_title(doc, ent.start):
        return None  # "le P/APC", "le P/APW": a title's abbreviation (président d'APC), neither a place nor the body
    cut = _cut(doc, ent, text, rules)
    if cut is not None:  # the entity read again once cut to its name (nothing left: no entity)
        return fix_entity(doc, cut, rules, person_words, doc_text) if len(cut) else None
    if rules.feasts and feast(doc, ent, rules):
        return None  # "passer Noël", "le père Noël": a day or its figure, also where the first names made a person
    if ent.label_ == "LOC" and (_opens_role(doc, ent, rules) or _closes_role(doc, ent, rules)):
        return None  # "La Garde des Sceaux Anne Roche": a title, not the town of the Var nor of Hauts-de-Seine
    if ent.label_ == "LOC" and _bloc_compass_span(doc, ent, rules):
        return None  # "les pays du Sud": a bloc of countries, no place
    if ent.label_ == "LOC" and _quoted_unknown(doc, ent, rules, doc_text):
        return None  # « Mainland », "Mamyray": a quoted word or pseudonym no gazetteer knows, no place
    if _no_place_here(doc, ent, rules):
        return None  # "le comte de Paris": a title's town
    if _foreign_town_word(doc, ent, rules):
        return ent  # "Greve et manifestations": a word the NER calls no place stays what it called it
    tail = _name_after_role_tail(doc, ent, rules)
    if tail is not None:
        return fix_entity(doc, tail, rules, person_words, doc_text)
    if _role_state(doc, ent, rules):
        return None  # "secrétaire d'État de la République française": the role's words, no place
    if _opening_word(doc, ent, rules, person_words):
        return None  # "Curieuse formule…", a verse opening on "Eurent": a capitalized adjective or verb, no place
    if _opening_plural_noun(doc, ent, rules):
        return None  # « Grèves et blocages, ... »: a slogan's first word, no organization
    if _common_noun_phrase(doc, ent, rules):
        return None  # "la réforme de l'Impôt sur la fortune", "du Produit intérieur brut": a capitalized common phrase
    if ent.label_ == "ORG" and not ent.id_ and len(ent) > 1 and _quoted_alone(doc_text, ent):
        return None  # a slogan on a wall, « Micron Rothschild »: quoted words, no organization the ruler knows
    seat = _metonym(doc, ent, rules)
    if seat is not None:  # "vers le palais présidentiel": a lowercase seat as a place names no place, it is dropped
        return None if seat.label_ == "LOC" and all(t.is_lower for t in seat) else seat
    if ent.start and doc[ent.start - 1].lower_ == "en" and ent[0].lower_ in rules.en_phrases and len(ent) > 2:
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
    if ent.id_ and len(ent) > 2 and ent[0].is_title and fold(ent[0].text) in rules.misc_heads \
            and not fold(ent.id_).startswith(fold(ent[0].text)):
        return Span(doc, ent.start, ent.end, label="MISC")  # "la Fête de l'Humanité": an event named after a title
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
