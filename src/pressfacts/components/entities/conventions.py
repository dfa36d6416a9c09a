"""Organizations the annotation conventions (data/answers/press/GUIDELINES.md) rule out, though the NER or an
institution pattern finds them: a police corps' acronym that names its officers ("les CRS", like "des
policiers"), and an institution's head noun alone ("la préfecture") that names no particular one. Used by the
entities component (corrections.py, component.py); the words are "officer_unit" and "unnamed_alone" rows of entity_rules.jsonl.
"la gendarmerie" alone stays an organization: the conventions rule out only the bare préfecture and unnamed kinds
("l'agence de presse"). Also: a lowercase institution apposed to a name describes it, no second organization."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from .clusters import _OWN_IDS
from .keys import ACRONYM, DEFINITE_ARTICLES, LIST_LINKS, fold, known_place
from .shared import _CLOSING_QUOTES, _OPENING_QUOTES

if TYPE_CHECKING:
    from .rules import EntityRules
    from .shared import Cluster

# Before a corps' acronym, the words that make it the one unit (a "compagnie"), not its officers: "la CRS de
# Marseille", "cette CRS". A number after it names the unit too ("la CRS 8", "CRS n° 8").
_UNIT_DETERMINERS = frozenset({"la", "cette"})
_NUMBER_SIGNS = frozenset({"n°", "no", "numéro"})


def officers_not_units(doc: Doc, spans: list[Span], units: frozenset[str]) -> list[Span]:
    """"les CRS ont chargé", "des CRS et des gendarmes", "il n'est pas CRS": officers, no organization (as "des
    policiers"). "la CRS 8", "CRS 8", "la CRS de Lyon" name one unit: an organization, with its number."""
    out = []
    for s in spans:
        if s.label_ != "ORG" or fold(s.text) not in units:
            out.append(s)
            continue  # the common case, decided on one folded name
        end = s.end + int(s.end < len(doc) and doc[s.end].lower_ in _NUMBER_SIGNS)
        if end < len(doc) and doc[end].is_digit:
            out.append(Span(doc, s.start, end + 1, label="ORG", span_id=s.id_))
        elif s.start > 0 and doc[s.start - 1].lower_ in _UNIT_DETERMINERS:
            out.append(s)
    return out


def drop_bare_heads(clusters: list[Cluster], bare_heads: frozenset[str]) -> list[Cluster]:
    """"la préfecture a interdit", with no "préfecture de X" in the article it could refer to: a head noun alone
    (or a kind, "l'agence de presse") names no particular institution (GUIDELINES: neither a place nor an
    organization). A bare one-word mention that merge_bare_heads joined to a fuller name stays, as a form of that
    name; a kind written in several words is never joined ("l'agence de presse" after "l'agence de presse Reuters"
    goes)."""
    return [c for c in clusters if not (c.label == "ORG" and all(fold(m.text) in bare_heads for m in c.mentions))]


def drop_web_addresses(clusters: list[Cluster]) -> list[Cluster]:
    """"Réservations : www.theatre-x.be", "programme sur www.festival-y.fr": an address written whole with its
    "www." is where to read or book, given as a practical detail, not the organization acting (the keys name no
    such address); a site named as an actor ("le site Coco.gg a fermé", "une pétition sur change.org") is
    written without it and stays, as does an address mentioned beside its site's name ("Tasrih", "www.tasrih.dz")."""
    return [c for c in clusters
            if not (c.label == "ORG" and all(m.text.lower().startswith("www.") for m in c.mentions))]


# Before a profession noun, the words that make it a title of the name after it ("le producteur X", "du DJ X").
_NOUN_DETERMINERS = frozenset({"le", "la", "l'", "l’", "du", "au", "un", "une", "notre", "son", "sa", "leur", "ce", "cette"})


def _lone_name(s: Span) -> bool:
    """A name of one to three capitalized words, no acronym, no ruler pattern (a known organization keeps its id)."""
    return not s.id_ and len(s) <= 3 and all(t.is_title and t.is_alpha for t in s) and not ACRONYM.match(s.text)


def persons_after_professions(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"le producteur Kravitch", "la chanteuse Melodia": a name right after a profession that only people have
    (the "person_noun" rows) is that person's, not an organization nor a place (unless a known one). Not when a
    capitalized word follows: the name is then a label between the title and the person ("le chroniqueur Radio
    Nova Jean Dupont")."""
    nouns = rules.person_nouns
    out = []
    for s in spans:
        if s.label_ == "ORG" and fold(s.text) in nouns:
            continue  # "le DJ Kravitch": the profession itself, in capitals, is no organization
        if s.label_ in {"ORG", "LOC"} and s.start > 1 and _lone_name(s) and doc[s.start - 1].is_lower \
                and fold(doc[s.start - 1].text) in nouns and doc[s.start - 2].lower_ in _NOUN_DETERMINERS \
                and not (s.end < len(doc) and doc[s.end].is_title) \
                and not (s.label_ == "LOC" and known_place(s.text, rules)):
            out.append(Span(doc, s.start, s.end, label="PER"))
        else:
            out.append(s)
    return out


def _list_of(doc: Doc, spans: list[Span], i: int) -> list[int]:
    """Indexes of the spans listed with spans[i]: neighbours separated only by commas, "et", "ou"."""
    members = [i]
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(spans):
            a, b = (spans[j + step], spans[j]) if step < 0 else (spans[j], spans[j + step])
            gap = doc[a.end : b.start]
            if not 0 < len(gap) <= 2 or any(t.lower_ not in LIST_LINKS for t in gap):
                break
            j += step
            members.append(j)
    return sorted(members)


def persons_listed_with_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Nora Vance, Kiki, Lou Marlin, Ava Belrose": a lone name the NER called an organization, in a list of
    names that people make up in the main (two persons named by two words or more, more of them than
    organizations), is a person. A lone word the NER called a person says little: "Gucci, Saint-Laurent,
    Boucheron" stay brands; names of companies ("Renault, PSA et Valeo, selon Luc Morel") have no two persons."""
    out = sorted(spans, key=lambda s: s.start)
    if sum(s.label_ == "PER" and len(s) > 1 for s in out) < 2:
        return spans  # the common case: no list of persons possible
    for i, s in enumerate(out):
        if s.label_ != "ORG" or not _lone_name(s):
            continue
        members = [out[k] for k in _list_of(doc, out, i)]
        persons = sum(m.label_ == "PER" and len(m) > 1 for m in members)
        if persons >= 2 and persons > sum(m.label_ == "ORG" for m in members):
            out[i] = Span(doc, s.start, s.end, label="PER")
    return out


# Articles an organization's name may be written with or without: "les Amis de la Terre" / "Amis de la Terre".
_LEADING_ARTICLE = re.compile(r"^(?:(?:les|la|le)\s+|l'\s*)")  # a word of its own: "lemonde" keeps its "le"


def _articleless(name: str) -> str:
    return _LEADING_ARTICLE.sub("", fold(name).replace("’", "'"))


def _forms(c: Cluster) -> list[str]:
    """The entity's mentions and the names the ruler's ids give them ("LR" has "Les Républicains")."""
    return [*(m.text for m in c.mentions), *(m.id_ for m in c.mentions if m.id_ and m.id_ not in _OWN_IDS)]


def merge_articled_orgs(clusters: list[Cluster]) -> list[Cluster]:
    """"Les Échos" ... "aux Échos", "Les Amis de la Terre" ... "des Amis de la Terre": one organization, though
    its mentions, with and without the article, made two entities (the answer key lists one, the other form an
    alias), the one opening a sentence sometimes read as a title (MISC). Any mention counts, not only the name:
    "des Républicains" ... "(LR) ... les Républicains", where the acronym's entity took the articled form. The
    organization keeps the first name; a name with a capitalized article wins ("Les Échos")."""
    orgs = {_articleless(f): c for c in reversed(clusters) if c.label == "ORG" for f in _forms(c)}
    orgs.update({_articleless(c.name): c for c in reversed(clusters) if c.label == "ORG"})
    if not orgs:
        return clusters
    for c in clusters:
        forms = [_articleless(f) for f in [c.name, *_forms(c)]] if c.label in {"ORG", "MISC"} else []
        org = next((o for f in forms if (o := orgs.get(f)) is not None and o is not c and o.mentions), None)
        if org is None:
            continue
        org.mentions = sorted([*org.mentions, *c.mentions], key=lambda m: m.start)
        c.mentions = []
        if c.name[:1].isupper() and _LEADING_ARTICLE.match(fold(c.name)) and not _LEADING_ARTICLE.match(fold(org.name)):
            org.name = c.name
    return [c for c in clusters if c.mentions]


# The NER's spans and the institution patterns' ("cabinet X"): no name the ruler knows whole.
_UNNAMED_IDS = frozenset({"", "institution"})


def descriptors_dropped(doc: Doc, spans: list[Span], descriptors: frozenset[str]) -> list[Span]:
    """"le fondateur du mouvement Générations", "selon le cabinet Occurrence": a lowercase kind noun (a
    "descriptor" row) the NER put before a capitalized name describes it, no part of it: the organization is
    "Générations". Not before an adjective ("le parti Socialiste" is a miswritten "Parti socialiste") nor before
    lowercase words ("association des maires de France" is a name by its head noun)."""
    out = []
    for s in spans:
        if s.label_ == "ORG" and s.id_ in _UNNAMED_IDS and len(s) > 1 and s[0].is_lower and fold(s[0].text) in descriptors \
                and (s[1].is_title or s[1].is_upper) and s[1].pos_ != "ADJ" and not _branch_of_acronym(s):
            out.append(Span(doc, s.start + 1, s.end, label="ORG"))
        else:
            out.append(s)
    return out


# The words that may stand between a name's comma and the lowercase institution describing it: an article, then a
# rank ("premier", "principal"...) or an opening quote. (labels._apposed_noun walks the same words rightward from a
# name the NER found; here the walk starts from the description, since the name may be one the NER left unread, and
# crosses an opening quote: "l'IGPN, la « police des polices »".)
_DESCRIPTION_ARTICLES = DEFINITE_ARTICLES | {"un", "une"}
_DESCRIPTION_WORDS = _DESCRIPTION_ARTICLES | _OPENING_QUOTES | {"premier", "première", "principal", "principale",
                                                                "puissant", "puissante", "seul", "seule"}
_DESCRIPTION_CLOSERS = frozenset({",", ".", ")", ";", ":"})
_LIST_OPENERS = _DESCRIPTION_ARTICLES | {"des"}


def apposed_descriptions(doc: Doc, spans: list[Span]) -> list[Span]:
    """"L'Ania, fédération du secteur, estime ...", "la Fnaim, la fédération des agents immobiliers, publie": a
    lowercase institution in apposition right after a name describes it: the name is the organization (also where
    the NER called it a thing), the description no second one (round 43: most false organizations of unseen
    articles are lowercase ones). With an article the description must follow a name that opens the sentence or
    close the sentence ("Interrogé par Le Parisien, le ministère de l'Économie, qui suit le dossier," is the
    clause's subject), and no list may hold it ("la CGT, la fédération des mines, la confédération paysanne et FO",
    "Airbus, le ministère des Armées, les industriels et les syndicats")."""
    by_end = {s.end: s for s in spans if s.label_ == "MISC" or (s.label_ == "ORG" and not s[0].is_lower)}
    starts = {s.start: s.label_ for s in spans}
    described: set[int] = set()
    dropped: set[int] = set()
    found: list[Span] = []
    for s in spans:
        if s.label_ != "ORG" or not (s[0].is_lower and s[0].is_alpha):
            continue
        i = s.start - 1
        while i > 0 and doc[i].lower_ in _DESCRIPTION_WORDS:
            i -= 1
        if i <= 0 or doc[i].text != ",":
            continue
        name = by_end.get(i)
        unread = name is None
        if name is None:
            name = _unread_name(doc, i, spans)  # "selon l'Ania, fédération du secteur,": a name the NER left unread
        if name is None or _list_item(doc, name):
            continue
        opens = _opens_sentence(doc, name)
        if _listed_after(doc, s.end, starts, opens):
            continue
        determined = any(t.lower_ in _DESCRIPTION_ARTICLES for t in doc[i + 1 : s.start])
        if determined and not (opens or _closes_sentence(doc, s.end)):
            continue
        dropped.add(s.start)
        described.add(name.start)
        if unread:
            found.append(name)
    if not dropped:
        return spans
    kept = [Span(doc, s.start, s.end, label="ORG", span_id=s.id_) if s.start in described else s
            for s in spans if s.start not in dropped]
    return sorted(kept + found, key=lambda s: s.start)


def _after_quote(doc: Doc, end: int) -> int:
    return end + (end < len(doc) and doc[end].text in _CLOSING_QUOTES)  # "l'IGPN, la « police des polices »,"


def _listed_after(doc: Doc, end: int, starts: dict[int, str], opens: bool) -> bool:
    """The description does not close on punctuation, or a list goes on after its comma: another person or body, or,
    after a name opening the sentence, any name or an article ("Airbus, le ministère des Armées, les industriels et
    les syndicats"; after "Selon la Fnaim, fédération des agents immobiliers," an article or a place opens the main
    clause)."""
    nxt = _after_quote(doc, end)
    if nxt >= len(doc) or doc[nxt].is_sent_start:
        return False
    if doc[nxt].text not in _DESCRIPTION_CLOSERS:
        return True
    if doc[nxt].text != "," or nxt + 1 >= len(doc):
        return False
    if opens:
        return nxt + 1 in starts or doc[nxt + 1].lower_ in _LIST_OPENERS
    return starts.get(nxt + 1, "LOC") != "LOC"  # ("Selon X, desc, Paris reste ...": the clause)


def _list_item(doc: Doc, name: Span) -> bool:
    """The name itself follows a comma: an item of a list ("la CGT, la FSU, Solidaires, la confédération paysanne")."""
    i = name.start - 1
    while i >= 0 and doc[i].lower_ in DEFINITE_ARTICLES:
        i -= 1
    return i >= 0 and doc[i].text == ","


def _opens_sentence(doc: Doc, name: Span) -> bool:
    """Only articles or an opening quote before the name in its sentence."""
    if not doc.has_annotation("SENT_START"):
        return name.start == 0
    i = name.start
    while i > name.sent.start and (doc[i - 1].lower_ in DEFINITE_ARTICLES or doc[i - 1].text in _OPENING_QUOTES):
        i -= 1
    return i == name.sent.start


def _closes_sentence(doc: Doc, end: int) -> bool:
    nxt = _after_quote(doc, end)
    return nxt >= len(doc) or doc[nxt].is_sent_start or doc[nxt].text in {".", ";", "!", "?"}


def _unread_name(doc: Doc, comma: int, spans: list[Span]) -> Span | None:
    """The capitalized proper noun(s) right before `comma`, in no entity, after an article or "selon"."""
    start = comma
    while start > 0 and comma - start < 4 and doc[start - 1].pos_ == "PROPN" and (doc[start - 1].is_title
                                                                                  or doc[start - 1].is_upper):
        start -= 1
    if start == comma or start == 0 or doc[start].is_sent_start \
            or fold(doc[start - 1].text) not in DEFINITE_ARTICLES | {"selon", "par", "de", "du", "avec"}:
        return None
    if any(s.start < comma and start < s.end for s in spans):
        return None
    return Span(doc, start, comma, label="ORG")


def _branch_of_acronym(s: Span) -> bool:
    """"le syndicat CFDT de la métallurgie": an acronym and its complement after the kind noun name one branch."""
    return len(s) > 3 and s[1].is_upper and s[2].lower_ in {"de", "du", "des", "d'", "d’"}


def portfolio_acronym(doc: Doc, ent: Span, titles: frozenset[str]) -> bool:
    """"le ministre des AE", "son homologue, ministre algérien des AE": the acronym of a portfolio completes a
    role, no organization (as "ministre de l'Intérieur" names no ministry), whatever label the NER gave it.
    Only after "des": an organization after a minister is singular ("les ministres de l'UE")."""
    if ent.id_ or len(ent) != 1 or not ACRONYM.match(ent.text) or ent.start < 2:
        return False
    if doc[ent.start - 1].lower_ != "des":
        return False
    i = ent.start - 2
    if i > 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1  # "ministre algérien des AE"
    return doc[i].lower_ in titles


def titles_before_holders(doc: Doc, spans: list[Span], roles: frozenset[str]) -> list[Span]:
    """"le Défenseur des droits Jacques Toubon a saisi": an institution whose name is also its holder's title (a
    "role" row), written right before the holder's name with no comma, is that person's title, no organization
    mention. Set off by commas ("le Défenseur des droits, Jacques Toubon, a saisi") or alone, the institution acts."""
    persons = {s.start for s in spans if s.label_ == "PER"}
    if not persons:
        return spans  # the common case: no person to be titled
    return [s for s in spans if not (s.label_ == "ORG" and s.end in persons and fold(s.text) in roles)]


# After a lone name and a comma, the possessives that open a relative's description ("Rachida, sa mère").
_POSSESSIVES = frozenset({"son", "sa"})


def _described_relative(doc: Doc, i: int, kin: frozenset[str]) -> bool:
    """Token i is followed by ", 34 ans" or by ", sa mère" / ", son frère" (a "kin_noun" row): words that
    describe a person. Not ", son employeur" or ", sa filiale": those describe an organization too."""
    nxt = doc[i + 1 : i + 4]
    if len(nxt) < 3 or nxt[0].text != ",":
        return False
    if nxt[1].like_num and nxt[2].lower_ == "ans":
        return True
    return nxt[1].lower_ in _POSSESSIVES and fold(nxt[2].text) in kin


def relatives_named(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"explique Nadia, sa tante", "Yanis, 17 ans": a lone capitalized word the NER called an organization (or
    a place no gazetteer knows) is a person when an age or a family tie follows it. A company has no age nor
    mother; a known place keeps its label ("Lyon, 2 000 ans d'histoire")."""
    out = []
    for s in spans:
        if s.label_ in {"ORG", "LOC"} and len(s) == 1 and not s.id_ and s[0].is_title and s.end + 2 < len(doc) \
                and doc[s.end].text == "," and _described_relative(doc, s.start, rules.kin_nouns) \
                and not (s.label_ == "LOC" and known_place(s.text, rules)):
            out.append(Span(doc, s.start, s.end, label="PER"))
        else:
            out.append(s)
    return out


__all__ = [
    "apposed_descriptions",
    "descriptors_dropped",
    "drop_bare_heads",
    "drop_web_addresses",
    "merge_articled_orgs",
    "officers_not_units",
    "persons_after_professions",
    "persons_listed_with_persons",
    "portfolio_acronym",
    "relatives_named",
    "titles_before_holders",
]


def described_kinds(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """A kind noun (a "descriptor" row) decides what the name beside it is. "le mouvement Mouwatana": the one word the
    NER took for a person right after the noun is the organization's name. "le parti de Soufiane Djilali", "le groupe
    de Patrick Kron": a first name and a surname after "de" are the owner, a person, not an organization (nor is "parti
    de X" one: the party is named elsewhere)."""
    out = []
    for s in spans:
        before = doc[s.start - 1] if s.start > 0 else None
        if s.label_ == "PER" and len(s) == 1 and before is not None and before.is_lower \
                and fold(before.text) in rules.descriptors and s.start > 1 and doc[s.start - 2].lower_ in _ARTICLES:
            s = Span(doc, s.start, s.end, label="ORG")
        elif s.label_ == "ORG" and s.id_ in _UNNAMED_IDS:
            owner = _owner_start(doc, s, rules)
            if owner is not None:
                s = Span(doc, owner, s.end, label="PER")
        out.append(s)
    return out


_ARTICLES = frozenset({"le", "la", "l'", "l’", "du", "au"})
_OF = frozenset({"de", "d'", "d’"})


def _owner_start(doc: Doc, s: Span, rules: EntityRules) -> int | None:
    """Where the person starts in an organization span that is a kind noun's owner ("parti de Soufiane Djilali" in
    the span, or "Patrick Kron" alone after "le groupe de"): a person's name of two or three capitalized words."""
    if s[0].is_lower and len(s) > 3 and fold(s[0].text) in rules.descriptors and s[1].lower_ in _OF:
        start = s.start + 2
    elif s.start > 1 and doc[s.start - 1].lower_ in _OF and fold(doc[s.start - 2].text) in rules.descriptors:
        start = s.start
    else:
        return None
    name = doc[start : s.end]
    if not (2 <= len(name) <= 3 and all(t.is_title and t.is_alpha for t in name)):
        return None
    # a known first name, or two words neither of which is a place ("Soufiane Djilali", not "Saint Denis")
    known = fold(name[0].text) in rules.first_names
    return start if known or (len(name) == 2 and not any(fold(t.text) in rules.places for t in name)) else None
