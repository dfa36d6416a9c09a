"""Where names start and end: editions, union branches, routes, listed streets and places, acronyms."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from ...extensions import doc_text, tokens_with
from .keys import ACRONYM, CODE, LIST_LINKS, ROAD, VERBS, fold, known_place
from .rules import _ARTICLES, _PLACE_PREPOSITIONS, _PREPOSITIONS
from .shared import _ACRONYM_SKIPS, _CLOSING_QUOTES, _EDITION_MIN_POPULATION, _OPENING_QUOTES, _is_name, before_word
from .words import is_common

if TYPE_CHECKING:
    from collections.abc import Callable

    from .rules import EntityRules
    from .shared import Cluster


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
            if (end not in starts or len(starts[end]) == 1) and _person_opens(doc, end, rules):
                break  # "l'AFP Florence Martin": a first name that is also a place, then a surname
            end = starts[end].end if end in starts else end + 1
        if end > s.end:
            covered.update(range(s.end, end))
            out.append(Span(doc, s.start, end, label="ORG", span_id=s.id_))
        else:
            out.append(s)
    return [s for s in out if s.start not in covered] if covered else out


def _person_opens(doc: Doc, i: int, rules: EntityRules) -> bool:
    """A known first name, then a word that reads as a surname: capitalized, no first name, place or common word
    ("Florence Martin"; not "France Logistique", nor "Nancy Gérard Lebrun", where the person opens on Gérard)."""
    if fold(doc[i].text) not in rules.first_names or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    word = fold(nxt.text)
    return nxt.is_title and nxt.is_alpha and word not in rules.first_names and word not in rules.places \
        and not is_common(word, rules.common_words)


def _name_word(tok: Token, rules: EntityRules) -> bool:
    """A capitalized proper noun that can carry on a company's name ("Fortis", "Mobilités"): not a first name
    (the person after "le patron de la SNCF Jean"), not a known place (place_editions' affair), not a word in
    capitals (a headline shouted in capitals), not a time word or a common word capitalized ("chez Renault Jeudi").
    The parser's sentence starts are no guide: it often opens one there."""
    word = fold(tok.text)
    return tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and word not in rules.first_names \
        and word not in rules.places and word not in rules.not_branches and not is_common(word, rules.common_words)


def continued_names(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"la BNP Paribas Fortis", "SNCF Mobilités": a name the ruler knows, run on by capitalized proper nouns no
    other span holds, is a longer name the ruler cut: a subsidiary or branch of its own, so it drops the ruler's
    id (it must not join the parent). A person or another organization after it keeps its own span."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for s in spans:
        end = s.end
        if s.label_ == "ORG" and s.id_:
            while end < len(doc) and end not in taken and doc[end - 1].whitespace_ == " " \
                    and _name_word(doc[end], rules):
                end += 1
        out.append(Span(doc, s.start, end, label="ORG") if end > s.end else s)
    return out


_GAP_CONNECTORS = frozenset({"de", "d'", "d’", "des", "du"})


def _description_gap(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end only carry on a lowercase description: "de ville", "d'entreprise", "de santé" (a
    connector and a lowercase noun or adjective, at most twice), so that a name after them is still the one
    described. No article ("de l'Assemblée") and nothing capitalized: a complement naming another body."""
    toks = doc[start:end]
    if len(toks) % 2 or len(toks) > 4:
        return False
    return all(toks[k].lower_ in _GAP_CONNECTORS and toks[k + 1].is_lower and toks[k + 1].is_alpha
               and toks[k + 1].pos_ in {"NOUN", "ADJ"} for k in range(0, len(toks), 2))


def described_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """"l'observatoire des médias Acrimed", "l'office fédéral des statistiques Destatis": a lowercase institution
    phrase right before an organization's name describes it; the name is the organization, the description no
    second one. The phrase may run on past the institution's match ("le syndicat des cadres de santé X")."""
    ordered = sorted(spans, key=lambda s: s.start)
    described = {
        id(a) for a, b in pairwise(ordered)
        if a.label_ == b.label_ == "ORG" and a[0].is_lower and not b[0].is_lower
        and a.end <= b.start and _description_gap(doc, a.end, b.start) and doc[b.start - 1].whitespace_ == " "
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
        noun = doc[nxt].pos_ in {"NOUN", "PROPN"} or fold(word) in rules.branch_adjectives or (
            one and doc[nxt].pos_ == "ADJ" and "Plur" in doc[nxt].morph.get("Number"))
        if not word.isalpha() or not word.islower() or not noun or fold(word) in rules.not_branches:
            out.append(s)
            continue
        out.append(Span(doc, s.start, nxt + 1, label="ORG"))
    return out


def regional_branches(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"l'ARS Grand Est", "l'ARS Occitanie": an agency named by a capitalized word the head rows call an organization
    (ARS, CPAM, Urssaf), then its region as a place of the NER's own: one organization, the region's branch."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: s.start):
        last = out[-1] if out else None
        if last is not None and s.label_ == "LOC" and s.start == last.end and last.label_ == "ORG" and len(last) == 1 \
                and (last[0].is_upper or last[0].is_title) and rules.heads.get(fold(last.text)) == "ORG":
            out[-1] = Span(doc, last.start, s.end, label="ORG")
            continue
        out.append(s)
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
    right after de/du), "des cheminots", "du transport routier", "de la métallurgie" (lowercase nouns and adjectives),
    complements joined by "et" ("de la santé et de l'action sociale") and a place after them ("de la métallurgie
    de Saint-Nazaire")."""
    stop = _complement_end(doc, end, spans)
    while end < stop < len(doc) - 1 and doc[stop].lower_ == "et":
        more = _complement_end(doc, stop + 1, spans)
        if more == stop + 1:
            break
        stop = more
    if end < stop < len(doc) - 1 and doc[stop].lower_ in {"de", "du", "d'", "d’"}:
        place = spans.get(stop + 1)
        stop = place.end if place is not None and place.label_ == "LOC" else stop
    return stop


def _complement_end(doc: Doc, i: int, spans: dict[int, Span]) -> int:
    """The end of one "de/du/des/de la/de l'" complement starting at token i (a place or lowercase words), or i."""
    if i + 1 >= len(doc) or doc[i].lower_ not in {"de", "du", "des", "d'", "d’"}:
        return i
    place = spans.get(i + 1)
    if place is not None and place.label_ == "LOC":
        return place.end
    first = i + 2 if doc[i].lower_ == "de" and doc[i + 1].lower_ in {"la", "l'", "l’"} else i + 1
    stop = first
    while stop < min(len(doc), first + 3) and doc[stop].is_lower and doc[stop].is_alpha \
            and doc[stop].pos_ in ({"NOUN"} if stop == first else {"NOUN", "ADJ"}):
        stop += 1
    return stop if stop > first else i


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
        if end == s.end and fold(doc[start : s.start].text) in rules.union_levels_complemented:
            continue  # "le syndicat CGT": the confederation itself
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
        glued = fold(doc[s.start - 1].text)  # "au commissariat": a position word that holds the article
        if glued in rules.glued_positions and fold(s[0].text) in rules.position_seats.get(glued, ()) \
                and (s.start < 2 or fold(doc[s.start - 2].text) not in rules.glued_not_after):
            out.append(Span(doc, s.start, s.end, label="LOC"))
            continue
        i = _before_links(doc, s.start - 1)
        if i > 1 and fold(doc[i].text) in rules.seat_buildings:
            i = _before_links(doc, i - 1)  # "devant le siège de la mairie": the building's word, then the position
        if i > 0 and doc[i].lower_ in rules.position_prepositions.get(fold(doc[i - 1].text), ()):
            i -= 1  # "face à la préfecture", as "face au Sénat": the preposition its row names
        needs = rules.place_positions.get(fold(doc[i].text))
        seats = rules.position_seats.get(fold(doc[i].text))  # "devant le Sénat" is where one speaks, not a place
        near = needs is not None and (i < s.start - 1 or doc[i].lower_ == "vers") \
            and _placed_seat(doc, s, i, needs, seats or frozenset())
        out.append(Span(doc, s.start, s.end, label="LOC") if near else s)
    return out


# The words between the members of a list of seats and places: "ainsi (que)" too.
_SEAT_LIST_LINKS = LIST_LINKS | {"ainsi"}


def listed_seats(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"boucler les abords de l'Élysée, la Concorde, l'Assemblée nationale ainsi que Matignon": a seat listed after
    places, in a list that opens on a seat read as a place (seats_as_places), is a place too. The list runs in one
    sentence from place to place over short gaps with no verb ("la partie basse des"), each holding a comma or a
    coordination. A lowercase seat after a comma alone is an apposition ("à l'Élysée, le palais présidentiel")."""
    def seat(s: Span) -> bool:
        return fold(s[0].text) in rules.seat_heads or fold(s.text) in rules.metonyms

    out = list(spans)
    opened = False  # a seat read as a place opened the list running up to here
    for n, s in enumerate(out):
        gap = doc[out[n - 1].end : s.start] if n else doc[0:0]
        listed = n > 0 and out[n - 1].label_ == "LOC" and 0 < len(gap) <= 5 and not s[0].is_sent_start \
            and not any(t.pos_ in {"VERB", "AUX"} or t.is_sent_start for t in gap) \
            and any(t.lower_ in _SEAT_LIST_LINKS for t in gap)
        opened = opened and listed
        if s.label_ == "LOC" and seat(s):
            opened = True
        elif s.label_ == "ORG" and seat(s) and opened \
                and (s[0].is_title or any(t.lower_ in _SEAT_LIST_LINKS - {","} for t in gap)) \
                and not s.root.dep_.startswith("nsubj"):  # "... et Matignon a démenti": the seat acts
            out[n] = Span(doc, s.start, s.end, label="LOC", span_id=s.id_)
    return out


_SEAT_LINKS = frozenset({"l'", "la", "le", "les", "de", "du", "d'", "des", "au", "aux"})


def _before_links(doc: Doc, i: int) -> int:
    """The first word at or before i that is no article nor "de"/"au" ("devant [la] préfecture")."""
    while i > 0 and fold(doc[i].text) in _SEAT_LINKS:
        i -= 1
    return i


def _placed_seat(doc: Doc, s: Span, i: int, needs: frozenset[str], seats: frozenset[str]) -> bool:
    """The position word at i places the seat s: it is one of the seats the word always places ("devant la
    préfecture"), or a word the position needs comes right before it or governs the seat's phrase ("les rues
    proches du Sénat", "des quartiers de Paris, proches du Palais", "ont manifesté devant le Parlement", "tenté
    d'entrer dans l'Assemblée"); a row with both places a seat that meets either test, else both are asked."""
    seat_ok = not seats or fold(s[0].text) in seats
    governors = {doc[i - 1].lower_ if i > 0 else "", s.root.head.lower_, s.root.head.head.lower_}
    after_ok = not needs or bool(governors & needs)
    return (seat_ok or after_ok) if seats and needs else (seat_ok and after_ok)


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
    # the cue words from the doc's index of word positions: no Token made for every word
    for tok in (doc[i] for i in tokens_with(doc, rules.list_cues)):
        if not (tok.is_lower or tok.is_upper) or tok.pos_ == "ADJ":
            continue  # "des ONG comme", not "les transports collectifs, notamment"
        bodies = tok.lower_ in rules.body_list_cues
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 5 and ((doc[j].is_lower and doc[j].pos_ == "ADJ") or _superlative(doc, j)):
            j += 1  # "prestataires audiovisuels français", "les marques les plus en vue, comme"
        if j + 1 >= len(doc) or doc[j].lower_ not in _LIST_OPENERS:
            continue
        found += [Span(doc, a, b, label="ORG") for a, b in _name_list(doc, j + 1)
                  if not (bodies and known_place(doc[a:b].text, rules))]
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


_TERRITORY_LINKS = frozenset(_PREPOSITIONS)
_TERRITORY_ARTICLES = frozenset({"la", "l'", "l’"})


def territory_complements(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"la direction régionale des affaires culturelles du Grand Est", "la brigade anticriminalité de Seine-Saint-Denis":
    an institution named by its head noun ("institution_heads") and, after "de"/"du", a known place the NER kept apart
    is one body, the territory's own; the place stays a place elsewhere in the text. Not a person's nor an
    organization's name after it ("la commission des finances de l'Assemblée"), nor after a capitalized name ("la
    Société générale de Quimper" is the bank's branch in a town)."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: s.start):
        last = out[-1] if out else None
        if last is not None and s.label_ == "LOC" and last.label_ == "ORG" and _territory_link(doc, last.end, s.start) \
                and last[0].is_lower and fold(last[0].text) in rules.institution_heads and known_place(s.text, rules):
            out[-1] = Span(doc, last.start, s.end, label="ORG", span_id=last.id_)
            continue
        out.append(s)
    return out


def _territory_link(doc: Doc, end: int, start: int) -> bool:
    """The tokens between an institution and a place are "de"/"du"/"des"/"d'", maybe with "la"/"l'"."""
    between = [t.lower_ for t in doc[end:start]]
    return bool(between) and len(between) <= 2 and between[0] in _TERRITORY_LINKS \
        and all(w in _TERRITORY_ARTICLES for w in between[1:])


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


def _acronym_of_organization(doc: Doc, spans: list[Span], acr: Token) -> list[Span]:
    """"la Fédération des métiers de la livraison à domicile (Femlad)": a short capitalized word in parentheses right after an
    organization's name, with the name's first letter, is its acronym whatever the letters between ("Unédic",
    "Femlad" shorten by syllables the names the parse or the NER may have cut)."""
    paren = acr.i - 1
    before = next((s for s in spans if paren - 3 <= s.end <= paren and s.label_ == "ORG" and len(s) > 1
                   and all(t.is_lower and t.is_alpha and t.pos_ not in VERBS for t in doc[s.end : paren])), None)
    if before is None or not (acr.is_alpha and 3 <= len(acr) <= 8 and (acr.is_title or acr.is_upper)) \
            or fold(acr.text)[0] != fold(before[0].text)[0]:
        return spans
    # ("de la livraison à domicile (Femlad)": the lowercase words the name stopped before are its own)
    kept = [s for s in spans if s is not before and not (s.start <= acr.i < s.end)]
    return sorted([*kept, Span(doc, before.start, paren, label="ORG"), Span(doc, acr.i, acr.i + 1, label="ORG")],
                  key=lambda s: s.start)


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
            out = _acronym_of_organization(doc, out, acr)
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


def glossed_acronyms(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"la Febed (Fédération royale belge des éditeurs)", "l'Anses (Agence nationale de sécurité
    sanitaire)": a short capitalized word glossed in parentheses by an institution's name with its first
    letter is that organization's short name, a mention of its own; the article before it, even capitalized
    at a sentence start, is not part of it. Not a person's or a place's name ("Lyon (Rhône)")."""
    out = list(spans)
    for s in spans:
        paren = s.start - 1
        if s.label_ != "ORG" or not s[0].is_title or fold(s[0].text) not in rules.institution_heads or paren < 1 \
                or doc[paren].text != "(" or s.end >= len(doc) or doc[s.end].text != ")":
            continue  # (an institution's name: a tax credit glossed by its long name is no organization)
        short = doc[paren - 1]
        if not (short.is_alpha and 3 <= len(short) <= 8 and (short.is_title or short.is_upper)) \
                or fold(short.text)[0] != fold(s[0].text)[0] or fold(short.text) in rules.first_names \
                or known_place(short.text, rules):
            continue
        held = [o for o in out if o.start <= short.i < o.end]
        if any(o.label_ in {"PER", "LOC"} and len(o) > 1 for o in held):
            continue  # "Jean Dupont (Fédération …)": a person's surname, not a short name
        out = [o for o in out if o not in held]  # ("La Febed" opening a sentence: the article goes)
        out.append(Span(doc, short.i, short.i + 1, label="ORG"))
        # the same short name after a capitalized article elsewhere ("La Febed attend une réponse")
        out = [Span(doc, o.end - 1, o.end, label="ORG") if len(o) == 2 and o[-1].text == short.text
               and o[0].lower_ in _ARTICLES else o for o in out]
    return sorted(out, key=lambda s: s.start) if out != spans else spans


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


_HYPHEN_PARTICLES = frozenset({"de", "d'", "d’", "du", "des", "la", "le", "les", "lès", "lez", "sur", "sous", "en", "et"})


def _hyphen_name_end(doc: Doc, end: int) -> int:
    """The end of the hyphenated words glued to token end - 1 ("Paris" "-" "Nanterre", "Georges" "-" "Pompidou",
    "Saint" "-" "Martin" "-" "d'" "Hères"): capitalized words or roman numerals, with particles between hyphens."""
    while end + 1 < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].text == "-" and doc[end].whitespace_ == "":
        nxt = doc[end + 1]
        if nxt.is_title or (nxt.is_upper and nxt.is_alpha):
            end += 2
            continue
        # a particle, glued on to one more capitalized word ("-sur-Mer", "-d'Hères")
        if nxt.lower_ in _HYPHEN_PARTICLES and end + 2 < len(doc) and (
                nxt.whitespace_ == "" and doc[end + 2].is_title):
            end += 3
            continue
        if nxt.lower_ in _HYPHEN_PARTICLES and end + 3 < len(doc) and nxt.whitespace_ == "" \
                and doc[end + 2].text == "-" and doc[end + 2].whitespace_ == "" and doc[end + 3].is_title:
            end += 4
            continue
        break
    return end


def hyphenated_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """"l'université Paris-Nanterre", "l'hôpital Georges-Pompidou", "l'université Grenoble-Alpes": the tokenizer splits a
    hyphenated name and the NER keeps its first word; an organization's name runs on over the words glued to it by
    hyphens (a place or thing the NER found inside them is part of it; another organization or a person is not)."""
    starts = {s.start: s for s in spans}
    out: list[Span] = []
    drop: set[int] = set()
    for s in sorted(spans, key=lambda x: x.start):
        if s.start in drop:
            continue
        end = _hyphen_name_end(doc, s.end) if s.label_ == "ORG" and s.end < len(doc) and doc[s.end].text == "-" else s.end
        inside = [starts[i] for i in range(s.end, end) if i in starts]
        if end > s.end and all(o.label_ in {"LOC", "MISC"} and o.end <= end for o in inside):
            drop |= {o.start for o in inside}
            out.append(Span(doc, s.start, end, label="ORG", span_id=s.id_))
        else:
            out.append(s)
    return out


def _taken_back(doc: Doc, spans: list[Span], extra: Callable[[Span], int], label: str | None = None) -> list[Span]:
    """Each span extended by the `extra(span)` tokens right after it that no other span holds (relabelled when a
    `label` is given): what the NER left off the end of a name."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for s in spans:
        n = extra(s)
        if n and not any(i in taken for i in range(s.end, s.end + n)):
            s = Span(doc, s.start, s.end + n, label=label or s.label_, span_id=s.id_)
        out.append(s)
    return out


def hyphen_elision_ends(doc: Doc, spans: list[Span]) -> list[Span]:
    """"la préfecture des Côtes-d'Armor": the tokenizer cuts "Côtes-d'Armor" into "Côtes", "-", "d'", "Armor" and the NER
    stops at the hyphen; a name ending on a hyphen glued to an elided article and a capitalized word takes them back."""
    def elided(s: Span) -> int:
        end, last = s.end, doc[s.end - 1]
        return 2 if last.text == "-" and not last.whitespace_ and end + 1 < len(doc) and doc[end].lower_ in {
            "d'", "d’", "l'", "l’"} and not doc[end].whitespace_ and doc[end + 1].is_title else 0
    return _taken_back(doc, spans, elided)


def channel_ends(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"la chaîne Ennahar TV", "selon Echorouk News": the NER stops before the channel suffix (channel_suffix rows,
    written capitalized as they are in names); a name followed by one takes it back and names a broadcaster, and so
    does a name the NER ran over one as a person or a place ("selon Mosaïque FM"; a thing, "le boîtier Apple TV",
    stays one)."""
    def suffix(s: Span) -> int:
        nxt = doc[s.end] if s.end < len(doc) else None
        return 1 if nxt is not None and doc[s.end - 1].whitespace_ and (nxt.is_title or nxt.is_upper) \
            and fold(nxt.text) in rules.channel_suffixes else 0

    def broadcaster(s: Span) -> Span:
        last = s[-1]
        if s.label_ in {"PER", "LOC"} and len(s) > 1 and s[-2].whitespace_ and (last.is_title or last.is_upper) \
                and fold(last.text) in rules.channel_suffixes:  # (a separate word: "Euro-News" is left as it was)
            return Span(doc, s.start, s.end, label="ORG", span_id=s.id_)
        return s
    return [broadcaster(s) for s in _taken_back(doc, spans, suffix, label="ORG")]


def quoted_ends(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"une liste intitulée « Rassemblement d'initiative citoyenne »": the NER stops before a lowercase adjective or
    noun of a quoted name; an organization that opens right after a quote the name is given in (after a naming word,
    "intitulée", or a cue noun, "le collectif") takes back the (at most three) lowercase words, none a verb or an
    adverb, up to the closing quote. A quoted slogan opening on a name (« Renault doit payer ») is no name."""
    def rest(s: Span) -> int:
        if s.label_ != "ORG" or s.start < 2 or doc[s.start - 1].text not in _OPENING_QUOTES:
            return 0
        cue = doc[s.start - 2]
        if fold(cue.text) not in rules.naming_words and cue.lower_ not in rules.org_cue_words:
            return 0
        for n, i in enumerate(range(s.end, min(s.end + 4, len(doc)))):
            if doc[i].text in _CLOSING_QUOTES:
                return n
            if not (doc[i].is_lower and doc[i].is_alpha) or doc[i].pos_ in {"VERB", "AUX", "ADV"}:
                return 0
        return 0
    return _taken_back(doc, spans, rest)


_AFTER_NUMBER = frozenset({"VERB", "AUX", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "ADV", "PUNCT"})


def _road(doc: Doc, s: Span, end: int | None = None) -> bool:
    """"la RN 113", "la RD 1075", "la N 10": a road's code after "la" (roads are feminine: "le RN 89" is the party's
    score), up to `end` (the span's own end by default)."""
    return s.start > 0 and doc[s.start - 1].lower_ == "la" and ROAD.match(doc[s.start : end or s.end].text) is not None


def numbered_ends(doc: Doc, spans: list[Span]) -> list[Span]:
    """"l'association Utopia 56", "le parti Québec 21", "Vigilance 35 a appelé": an organization's name closed by a
    number of one to three digits (a département's, a year's) that the NER left off, when a verb, a link word or
    punctuation follows. Not a count ("la CGT 150 militants", "le RN 23 %", "12 mars", "Citroën 2 CV": a noun, a
    sign, a unit or a model after it) nor a decimal ("56,3" is one token, not all digits). A road's code ("la RN
    113", which the ruler read as the party, "la N 10" cut after its letter) takes its number and is a place."""
    def number(s: Span) -> int:
        if s.end >= len(doc) or not doc[s.end - 1].whitespace_:
            return 0
        if _road(doc, s, s.end + 1):
            return 1
        num = doc[s.end]
        if s.label_ != "ORG" or not (num.text.isdigit() and len(num.text) <= 3) or doc[s.end - 1].like_num:
            return 0
        nxt = doc[s.end + 1] if s.end + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ not in _AFTER_NUMBER or nxt.text in {"%", "‰"}
                                or (nxt.is_alpha and not nxt.is_lower)):
            return 0
        return 1
    return [Span(doc, s.start, s.end, label="LOC") if _road(doc, s) else s for s in _taken_back(doc, spans, number)]


def spaced_dash_places(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"approuvé le texte à New York - Autriche, Australie, …": a dash with spaces on both sides between two known
    places is punctuation (a list opens, a line ends), not a joined name: two places (a match pair "Lens - Lille" is
    one only in a sports report, which sports.py reads later)."""
    out: list[Span] = []
    for s in spans:
        dash = next((t.i for t in s[1:-1] if t.text in {"-", "–"} and t.whitespace_ and doc[t.i - 1].whitespace_), None)
        if dash is None or s.label_ not in {"LOC", "MISC"} or s.id_:
            out.append(s)
            continue
        left, right = doc[s.start : dash], doc[dash + 1 : s.end]
        if known_place(left.text, rules) and known_place(right.text, rules):
            out += [Span(doc, left.start, left.end, label="LOC"), Span(doc, right.start, right.end, label="LOC")]
        else:
            out.append(s)
    return out


def elided_ends(doc: Doc, spans: list[Span]) -> list[Span]:
    """"le tribunal de Sidi M'hamed", "Ahmed M'Barek": a name ending on an elided word the tokenizer cut off ("M'" |
    "hamed") takes back the word glued to it; so does an English possessive ("Moody'" | "s")."""
    starts = {s.start for s in spans}
    out = []
    for s in spans:
        last = doc[s.end - 1]
        if s.end < len(doc) and last.text[-1:] in {"'", "’"} and (len(last) <= 3 or doc[s.end].text == "s") \
                and not last.whitespace_ and doc[s.end].is_alpha and s.end not in starts:
            s = Span(doc, s.start, s.end + 1, label=s.label_, span_id=s.id_)
        out.append(s)
    return out
