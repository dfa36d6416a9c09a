"""The corrected entity spans of a whole doc (fix_entities) and the context tests they need."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...extensions import doc_text
from .bounds import (
    _with_particle,
    channel_ends,
    continued_names,
    defined_acronyms,
    described_names,
    elided_ends,
    glossed_acronyms,
    hyphen_elision_ends,
    hyphenated_names,
    imperative_names,
    joined_codes,
    listed_companies,
    listed_seats,
    names_after_description,
    numbered_ends,
    place_editions,
    quoted_ends,
    regional_branches,
    seats_as_places,
    spaced_dash_places,
    territorial_bodies,
    territory_complements,
    union_branches,
    union_levels,
)
from .candidates import first_name_persons, join_split, merge_spans, persons_named_as_places, split_glued
from .conventions import (
    apposed_descriptions,
    described_kinds,
    descriptors_dropped,
    officers_not_units,
    persons_after_professions,
    persons_listed_with_persons,
    relatives_named,
    titles_before_holders,
)
from .fix import fix_entity
from .groups import acting_municipalities, acting_territorial_bodies, compass_regions, state_groups
from .keys import fold, known_place
from .shared import _OPENING_QUOTES, _demonym, _is_name, closing_tail, full_name_words
from .sports import clubs_by_town
from .words import is_common

if TYPE_CHECKING:
    from .rules import EntityRules


_OF_WORDS = frozenset({"de", "d'", "d’"})
_LIST_GLUE = {",", "et", "ou", "de", "du", "des", "d'", "l'", "la", "le", "les"}


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
        if (s.label_ == "LOC" or place) and _fronted_setting(doc, s):
            continue  # "À Douai, la police municipale ...": where the clause happens, no list
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


def _time_words(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Tokens start..end are words of time that may stand between a participle and its agent ("publiée samedi par",
    "hier soir"): slot_time_word rows, not any word ("interrogé sur place par", "détenu en indivision par")."""
    return all(t.lower_ in rules.slot_time_words for t in doc[start:end])


_SETTING_PREPOSITIONS = frozenset({"à", "en", "dans"})


def _fronted_setting(doc: Doc, s: Span) -> bool:
    """A name the sentence opens on after a place preposition and closes with a comma ("À Douai, ...", "En
    Corrèze, ..."): the setting of the clause that follows."""
    k = s.start - 1
    return k >= 0 and doc[k].lower_ in _SETTING_PREPOSITIONS and doc[k].is_sent_start \
        and s.end < len(doc) and doc[s.end].text == ","


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
    if prev == "par":
        for slot in ("agent", "publisher"):  # "acquis par", also over a word or two of time: "publiée samedi par"
            for j in range(k - 1, max(0, k - 3) - 1, -1):
                if doc[j].lower_ in slots.get(slot, ()) and _time_words(doc, j + 1, k, rules):
                    return slot if slot == "publisher" or j == k - 1 else "agent_far"
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
        if slot is None or (s.label_ == "LOC" and slot == "of") or (s.label_ == "PER" and slot in _PERSON_SLOTS) \
                or s.text in rules.labels or _demonym(s, rules) or known_place(s.text, rules):
            continue  # "chez les Français", "chez Paris", "l'usine de Flins", "publié par Trump": people and places stay
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
_SLOT_REACH = (1, 2, 3, 4, 5, 6)  # the slot word is at most 6 tokens before the name ("pôle distribution d' X",
# "publiée hier soir par l'X")
_SLOT_LABELS = frozenset({"MISC", "PER", "LOC", "ORG"})
_PERSON_SLOTS = frozenset({"publisher", "agent_far"})  # slots a person fills as often as a body: a person stays one


def _slot_words_at(doc: Doc, rules: EntityRules, spans: list[Span]) -> set[int]:
    """Positions of the words that open a slot ("chez", "acquis", "données") among the tokens before each
    entity that _SLOT_REACH reads, as lowercase string ids (no word made into a string)."""
    ids = rules.org_slot_ids
    return {j for s in spans for j in range(max(0, s.start - max(_SLOT_REACH)), s.start) if doc[j].lower in ids}


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


def organization_tails(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"Garvel" + "Logistique", "Sarval" + "Chimie": a capitalized last word of organizations' names (an ORG "tail"
    row) the NER left out closes the name before it, an organization then (round 40); not after a known place ("le
    maire de Nantes Mobilité…")."""
    out = []
    for s in spans:
        nxt = doc[s.end] if s.end < len(doc) else None
        if nxt is not None and s[-1].is_title and s[-1].whitespace_ and closing_tail(s[-1], nxt, rules) == "ORG" \
                and not any(o.start <= s.end < o.end for o in spans) and known_place(s.text, rules) is None:
            s = Span(doc, s.start, s.end + 1, label="ORG")
        out.append(s)
    return out


def sited_companies(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"l'usine Cordelle de Vierzon", "la laiterie Vaudrelle de Bourg-en-Bresse": after a site's noun ("facility_noun"
    rows), a proper name the NER ran on to "de" and a known town is the company, and the town a place of its own
    (round 40; not a name opening on a common noun, "la Cristallerie de Saint-Louis", nor after a company's noun, "le
    fournisseur Électricité de France")."""
    out = []
    for s in spans:
        if len(s) < 3 or not s.start or doc[s.start - 1].lower_ not in rules.facility_nouns \
                or not (s[0].pos_ == "PROPN" or s[0].is_oov):  # a proper name, or a word the model does not know
            out.append(s)
            continue
        of = max((t.i for t in s[1:-1] if t.lower_ in _OF_WORDS), default=None)  # the last: "Eau de Paris de Joinville"
        if of is None or known_place(doc[of + 1 : s.end].text, rules) is None:
            out.append(s)
            continue
        out += [Span(doc, s.start, of, label="ORG"), Span(doc, of + 1, s.end, label="LOC")]
    return out


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


def split_owner(doc: Doc, ents: list[Span], text: str, owners: frozenset[str]) -> list[Span]:
    """"les Espaces Culturels du groupe Leclerc": a brand and the group that owns it are two organizations
    (the NER makes one name of both)."""
    if " du groupe " not in text:
        return ents  # the common case, decided on the text
    out = []
    for e in ents:
        k = next((t.i for t in e[2:-1] if t.lower_ in owners and doc[t.i - 1].lower_ == "du"), None)
        if e.label_ != "ORG" or e.id_ or k is None or not _is_name(doc[k + 1 : e.end]) or not _is_name(doc[e.start : k - 1]):
            out.append(e)
            continue
        out += [Span(doc, e.start, k - 1, label="ORG"), Span(doc, k + 1, e.end, label="ORG")]
    return out


def fix_entities(doc: Doc, rules: EntityRules, extra: list[Span] | None = None) -> list[Span]:
    """Corrected entity spans for a doc: rule spans laid over the NER's, false entities dropped, labels
    and boundaries fixed."""
    full_text = doc_text(doc)
    person_words = full_name_words(doc.ents)
    out = []
    ents = split_glued(doc, merge_spans(join_split(doc, doc.ents, rules), extra or []), rules)
    ents = first_name_persons(doc, ents, rules)
    for ent in split_owner(doc, ents, full_text, rules.owner_words):
        span = fix_entity(doc, ent, rules, person_words, full_text)
        if span is not None:
            out.append(span)
    out = persons_named_as_places(doc, out, rules)
    # "Denise Bombardier" ... "Bombardier": the surname alone is the person, not the company the ruler knows
    surnames = {fold(s[-1].text) for s in out if s.label_ == "PER" and len(s) > 1}
    out = [Span(doc, s.start, s.end, label="PER") if s.id_ and len(s) == 1 and fold(s.text) in surnames else s
           for s in out]
    out = [_with_particle(doc, s, rules) if s.label_ == "PER" else s for s in out]
    out = glossed_acronyms(doc, defined_acronyms(doc, out, rules), rules) if "(" in full_text else out
    out = territory_complements(doc, territorial_bodies(doc, out, rules), rules)
    out = joined_codes(doc, out) if "/" in full_text else out
    out = listed_companies(doc, out, rules)
    out = hyphenated_names(doc, out) if "-" in full_text else out
    out = hyphen_elision_ends(doc, out) if "-d'" in full_text or "-d’" in full_text else out
    out = spaced_dash_places(doc, out, rules) if " - " in full_text or " – " in full_text else out
    out = elided_ends(doc, out) if "'" in full_text or "’" in full_text else out
    out = channel_ends(doc, out, rules) if rules.channel_suffixes else out
    out = numbered_ends(doc, out)
    out = quoted_ends(doc, out, rules) if any(q in full_text for q in _OPENING_QUOTES) else out
    out = continued_names(doc, place_editions(doc, out, rules), rules)
    out = described_names(doc, out)
    out = names_after_description(doc, out, rules)
    out = union_branches(doc, out, rules) if rules.confederations else out
    out = regional_branches(doc, out, rules)
    out = union_levels(doc, out, rules) if rules.union_levels else out
    out = seats_as_places(doc, out, rules) if rules.place_positions else out
    out = listed_seats(doc, out, rules) if rules.place_positions else out
    out = state_groups(doc, out, rules) if rules.group_nouns else out
    out = acting_municipalities(doc, out, rules) if rules.town_bodies else out
    bodies = any(w in full_text or w.capitalize() in full_text for w in rules.territorial_bodies)  # (cheap test first)
    out = acting_territorial_bodies(doc, out, rules) if bodies else out
    out = compass_regions(doc, out, rules) if rules.compass_words else out
    out = imperative_names(doc, out, rules) if rules.name_clitics else out
    out = officers_not_units(doc, out, rules.officer_units) if rules.officer_units else out
    out = persons_after_professions(doc, out, rules) if rules.person_nouns else out
    out = persons_listed_with_persons(doc, out)
    out = titles_before_holders(doc, out, rules.roles)
    out = relatives_named(doc, out, rules) if rules.kin_nouns else out
    out = descriptors_dropped(doc, out, rules.descriptors) if rules.descriptors else out
    out = apposed_descriptions(doc, out)
    out = described_kinds(doc, out, rules) if rules.descriptors else out
    out = slotted_orgs(doc, out, rules) if rules.org_slots else out
    out = organization_tails(doc, out, rules) if rules.tails else out
    out = sited_companies(doc, out, rules) if rules.company_kinds else out
    return clubs_by_town(doc, _listed_with_orgs(doc, out, rules, person_words), rules, full_text)
