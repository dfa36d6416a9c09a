"""Spans the rules add to the NER's: institutions by head noun, known places, datelines, first names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import IDX, IS_TITLE, LENGTH, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..ruler import AnchoredMatcher, Anchors, match_windows
from .bounds import _SINGULAR_ARTICLES
from .keys import ACRONYM, OF_WORDS, VERBS, fold, known_place
from .noise import _stray_participle
from .rules import _ARTICLES, _PLACE_PREPOSITIONS, _PREPOSITIONS
from .shared import _person_context, _role_end, _ruled_organization
from .words import is_common

if TYPE_CHECKING:
    from .rules import EntityRules


# "de" alone before a person: "du"/"des" hold an article, which no person's name takes ("la commission des Lois").
_PERSON_OF = frozenset({"de", "d'", "d’"})


def institution_spans(doc: Doc, matcher: Matcher | AnchoredMatcher, parts: frozenset[str] = frozenset(),
                      heads: frozenset[str] = frozenset(), anchors: Anchors | None = None,
                      unnamed: frozenset[str] = frozenset(), own_heads: frozenset[str] = frozenset(),
                      owner_heads: frozenset[str] = frozenset()) -> list[Span]:
    """Institutions and streets named by a head noun; a second complement that is an organization of its
    own ("commission des finances du Sénat") is left to it. With `anchors` (the head nouns), the matcher
    only looks around them. A lowercase head after one of the `unnamed` words ("une", "son", "premier") is a
    common noun, not an institution's name. An `own_heads` head keeps a known organization as its first complement
    ("l'inspection générale de la police nationale" is one body); an `owner_heads` head ("bureau politique des
    Républicains") leaves any organization in its complement to itself, known or found by the NER alone."""
    if not doc.has_annotation("POS"):
        return []  # the patterns need the morphologizer's parts of speech
    spans = []
    ents = doc.ents  # read once: spaCy builds a new Span for every entity at each access
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
        for ent in ents:
            # "commission des finances du Sénat": the Sénat, a second complement, is left to itself; in
            # "ministère du Travail" the entity is the first complement and part of the name.
            # A known organization ("l'autorité de la JUNALCO") or the complement of a part ("direction") is one too.
            if not start < ent.start < end or ent.label_ not in {"ORG", "PER"}:
                continue  # most entities, told apart before the words between are read
            if ent.label_ == "PER" and ent.start == start + 2 and doc[start].is_lower and doc[start + 1].lower_ in _PERSON_OF:
                end = start  # "le parti de Marine Le Pen": a body told by its leader, no name; the person stays
                break
            second = any(t.pos_ in {"NOUN", "PROPN"} for t in doc[start + 1 : ent.start])
            own = second or (bool(ent.id_) and doc[start].lower_ not in own_heads) or doc[start].lower_ in parts \
                or (ent.label_ == "ORG" and doc[start].lower_ in owner_heads)
            if own:
                end = ent.start
                while end > start and fold(doc[end - 1].text) in _PREPOSITIONS + _ARTICLES:
                    end -= 1
        while end < len(doc) and not doc[end - 1].whitespace_ and "-" in (doc[end].text, doc[end - 1].text) \
                and (doc[end].is_alpha or doc[end].text == "-"):
            end += 1  # "aéroport de Roissy-Charles-de-Gaulle": the name runs on over its hyphens
        if doc.vocab.strings[match_id] == "ORG":
            end = _whole_place(ents, start, end)
            while end - start > 3 and doc[end - 1].pos_ == "ADJ" and doc[end - 1].is_lower and end < len(doc) \
                    and doc[end].pos_ == "DET" and doc[end - 2].pos_ in {"NOUN", "PROPN"} and doc[end - 3].pos_ == "ADP":
                end -= 1  # "la Cour des comptes critique la gestion": a verb the tagger read as an adjective
            end = _stray_participle(doc, start, end)
        if end - start >= 2 or (bare and end - start == 1):
            spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id], span_id="institution"))
    return filter_spans(spans)


def building_part(doc: Doc, span: Span, rules: EntityRules) -> bool:
    """"la cour du ministère", "la cour de la préfecture": a part of a building (a "building_part" row's head, then
    "de" and one of its buildings' nouns), no institution."""
    buildings = rules.building_parts.get(span[0].lower_) if span.label_ == "ORG" and len(span) > 2 else None
    if not buildings:
        return False
    after = [t for t in span[1:4] if t.lower_ not in _PREPOSITIONS + _ARTICLES]
    return bool(after) and after[0].lower_ in buildings


def court_stage(doc: Doc, span: Span, rules: EntityRules) -> bool:
    """"rejugé en cour d'appel", "jugés en cour d'assises": a court's head with no article after "en" and no
    place or name of its own is a stage of a trial, no particular court (as "un tribunal"); "la cour d'appel
    de Rennes", "en Cour de cassation" (capitalized, one court) stay."""
    return span.label_ == "ORG" and span.start > 0 and span[0].lower_ in rules.stage_heads \
        and doc[span.start - 1].lower_ in rules.stage_prepositions and all(t.is_lower or not t.is_alpha for t in span)


def _whole_place(ents: tuple[Span, ...], start: int, end: int) -> int:
    """"APC de Bab El Oued": a place complement of several words runs to the end of the NER's place."""
    return next((e.end for e in ents if e.label_ == "LOC" and start + 1 < e.start < end < e.end), end)


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
    told_to: frozenset[str] = frozenset(), by_spelling: dict[int, tuple[str, ...]] | None = None,
) -> list[Span]:
    """Known places of several words, spelled as the gazetteer does ("Tizi Ouzou", "Villeneuve d'Ascq",
    "Le Havre"), kept whole. Looked up by their first word, then compared on the text. `by_spelling` (ORTH hash
    of a first word -> its names, kept by the caller for as long as `names` is unchanged) saves folding again
    the capitalized words each article repeats ("Le", "La", "Paris")."""
    spans = []
    titles = title_tokens(doc) if titles is None else titles
    if not titles:
        return spans
    by_spelling = {} if by_spelling is None else by_spelling
    # the words' offsets, lengths and spellings read from the doc's array at once: no Token made for each word
    for start, length, orth in doc.to_array([IDX, LENGTH, ORTH])[titles].tolist():
        candidates = by_spelling.get(orth)
        if candidates is None:
            candidates = by_spelling[orth] = tuple(names.get(fold(doc_text[start : start + length]).rstrip("'")) or ())
        for name in candidates:
            end = start + len(name)
            if doc_text[start:end].replace("’", "'") == name and (end == len(doc_text) or not doc_text[end].isalnum()):
                span = doc.char_span(start, end, label="LOC", span_id="place")
                if span is not None and len(span) > 1:
                    spans.append(span)
                    break
    return filter_spans([s for s in spans if not _crossed(doc, s) and not _known_title(doc, s, told_to)])


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


def particle_names(doc: Doc, rules: EntityRules, titles: list[int]) -> list[Span]:
    """"Face à Marine Le Pen", "la présidente du RN Marine Le Pen": a known first name, a capitalized particle and
    a capitalized word are one person's name, which the NER misses or cuts when the first name is also a common
    noun ("marine"). A first name that is also a place ("Florence", "Lorraine") is left to the NER."""
    spans = []
    for i in titles:
        if i + 2 >= len(doc):
            break
        part, last = doc[i + 1], doc[i + 2]
        if not (part.is_title and last.is_title and last.is_alpha and fold(part.text) in rules.particles):
            continue
        first = fold(doc[i].text)
        if first.split("-")[0] in rules.first_names and first not in rules.places:
            spans.append(Span(doc, i, i + 3, label="PER"))
    return spans


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
    misc: set[int] | None = None  # the NER's one-word "things": "Julie, aide-soignante," is a person all the same
    for i in titles:
        if i + 2 >= len(doc) or doc[i + 1].text != ",":
            continue  # cheap test first: a comma right after the name
        if i in taken:
            misc = {e.start for e in doc.ents if e.label_ == "MISC" and len(e) == 1} if misc is None else misc
            if i not in misc:
                continue
        key = fold(doc[i].text)
        if key not in rules.first_names or key in rules.places or key in rules.not_entities:
            continue
        if i and (doc[i - 1].is_title or fold(doc[i - 1].text) in _PLACE_PREPOSITIONS):
            continue  # "Jean-Marc Pierre, employé": a surname; "à Florence, ville": a place
        if _apposition_after(doc, i, rules):
            spans.append(Span(doc, i, i + 1, label="PER", span_id="first_name"))
    return spans


def apposed_full_names(doc: Doc, rules: EntityRules, taken: set[int], titles: list[int]) -> list[Span]:
    """A first name and a surname the NER missed, a person's description after a comma ("Giselle Rosano, une
    Brésilienne de 36 ans", "Marc Dulin, retraité"): the person. The surname is no first name, place or common word."""
    spans = []
    for i in titles:
        if i + 3 >= len(doc) or doc[i + 2].text != "," or i in taken or i + 1 in taken:
            continue  # cheap test first: a comma after the next word
        first, last = doc[i], doc[i + 1]
        if not last.is_title or not last.is_alpha or len(last) < 3 or (i and doc[i - 1].is_title):
            continue
        if fold(first.text).split("-")[0] not in rules.first_names or fold(first.text) in rules.places \
                or fold(first.text) in rules.not_entities:
            continue
        key = fold(last.text)
        if key in rules.first_names or key in rules.places or key in rules.not_entities or is_common(key, rules.common_words):
            continue
        if _apposition_after(doc, i + 1, rules) or _demonym_after(doc, i + 1, rules):
            spans.append(Span(doc, i, i + 2, label="PER", span_id="first_name"))
    return spans


def titled_full_names(doc: Doc, rules: EntityRules, taken: set[int], titles: list[int]) -> list[Span]:
    """A first name and a surname the NER missed right after a role noun and its article ("l'infirmier Hugo Huon",
    "la députée Anne Roux"): the person (the NER's reading of a name depends on the whole text; the tagger may even
    call the role a pronoun). The surname is no first name, place or common word, and the name ends there."""
    spans = []
    for i in titles:
        if i < 2 or i + 1 >= len(doc) or i in taken or i + 1 in taken:
            continue
        role, det = doc[i - 1], doc[i - 2]
        if not role.is_lower or fold(role.text) not in rules.roles or det.lower_ not in _SINGULAR_ARTICLES:
            continue  # cheap tests first: a lowercase role word after a definite article
        first, last = doc[i], doc[i + 1]
        if not last.is_title or not last.is_alpha or len(last) < 3 or (i + 2 < len(doc) and doc[i + 2].is_title):
            continue
        if fold(first.text).split("-")[0] not in rules.first_names or fold(first.text) in rules.places:
            continue
        key = fold(last.text)
        if key in rules.first_names or key in rules.places or key in rules.not_entities or is_common(key, rules.common_words):
            continue
        spans.append(Span(doc, i, i + 2, label="PER", span_id="first_name"))
    return spans


def _demonym_after(doc: Doc, i: int, rules: EntityRules) -> bool:
    """Token i is followed by a comma, "un"/"une" and a people's name: "…, une Brésilienne de 36 ans"."""
    nxt = doc[i + 1 : i + 4]
    return len(nxt) == 3 and nxt[0].text == "," and nxt[1].lower_ in {"un", "une"} and nxt[2].is_title \
        and fold(nxt[2].text) in rules.demonyms


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
    kept_extra = [x for x in extra if not any(e.start <= x.start and x.end <= e.end and len(e) > len(x)
                                              and not _runs_past_verb(e, x) and _cut_owner(e, x) is None for e in ents)]
    taken = {i for x in kept_extra for i in range(x.start, x.end)}
    kept: list[Span] = []
    dropped: list[Span] = []  # told apart once: "e not in kept" compared spans for every entity, twice
    for e in ents:
        (dropped if any(i in taken for i in range(e.start, e.end)) else kept).append(e)
    # "la Cour des comptes critique la gestion de la DGSI": the acronym in the cut-off run-on stays an organization
    tails = [Span(e.doc, t.i, t.i + 1, label="ORG") for e in dropped if e.label_ == "ORG"
             for t in e if t.i not in taken and t.is_upper and t.is_alpha and len(t) >= 3 and t.pos_ in {"PROPN", "NOUN"}]
    tails += [o for e in dropped for x in kept_extra if (o := _cut_owner(e, x)) is not None]
    return sorted([*kept, *kept_extra, *tails], key=lambda s: s.start)


def _cut_owner(e: Span, x: Span) -> Span | None:
    """"la commission des Lois du Sénat": the NER ran on from the institution's name ("commission des Affaires
    sociales du Sénat") or from inside it ("Lois du Sénat") to its owner; the owner after "de"/"du" ("Sénat",
    "Assemblée"), capitalized words to the NER's end, is an organization of its own beside the institution cut
    before it (named with its owner later, as "commission des lois du Sénat" written lowercase)."""
    if x.id_ != "institution" or x.label_ != "ORG" or e.label_ not in {"ORG", "MISC"} \
            or not (e.start < x.end < e.end - 1 and x.start <= e.start + 1) or not any(t.is_title for t in x[1:]):
        return None  # no capitalized portfolio: "la Cour de justice de la République" is one name
    i = x.end + int(e.doc[x.end].lower_ in OF_WORDS)
    i += int(i > x.end and e.doc[i].lower_ in {"la", "l'", "l’"})
    rest = e.doc[i : e.end]
    if i == x.end or not 0 < len(rest) <= 3 or not rest[0].is_title \
            or not all(t.is_alpha and (t.is_title or (t.is_lower and t.pos_ == "ADJ")) for t in rest):
        return None  # "Sénat", "Assemblée nationale"
    return Span(e.doc, rest.start, rest.end, label="ORG")


_LINK_WORDS = frozenset({"de", "du", "des", "d'", "d’", "et", "pour", "à", "au", "aux", "sur", "en", "contre", "chargé",
                         "chargée"})
_OBJECT_WORDS = frozenset({"la", "le", "les", "l'", "l’", "des", "du", "un", "une", "son", "sa", "ses", "leur", "leurs"})


def _runs_past_verb(e: Span, x: Span) -> bool:
    """"la Cour des comptes critique la gestion", "la Caisse des dépôts financera la moitié": the NER's span runs
    on past the institution over a verb and its object, which no name holds (the tagger may read the verb as
    an adjective or a participle); the rule's span is the name."""
    tail = e.doc[x.end : e.end]
    if x.label_ != "ORG" or len(tail) < 2:
        return False
    if any(t.pos_ in VERBS and "Fin" in t.morph.get("VerbForm") for t in tail):
        return True
    return tail[0].is_lower and tail[0].is_alpha and tail[0].lower_ not in _LINK_WORDS \
        and tail[1].lower_ in _OBJECT_WORDS
