"""Sports reports: towns that stand for their clubs ("Liège a battu Gand 2-1"), results lines, box scores and
paired teams, so that teams come out as organizations, not places. Used by the entities component (corrections.py, component.py)
on articles that read as match reports."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...extensions import forget_token_starts, token_starts
from .keys import ACRONYM, CODE, DEFINITE_ARTICLES, GLUED_PAIR, LIST_LINKS, OPPONENT, SCORE, VERBS, fold, known_place, opens_line
from .words import is_common

if TYPE_CHECKING:
    from .rules import EntityRules


def sports_report(doc: Doc, doc_text: str, rules: EntityRules) -> bool:
    """An article about matches: scores ("19-2", "2-1") or at least two sports words ("derby", "mi-temps"), not all of
    them words of other news too ("journée", "victoire").
    Read once per doc and rules (two steps ask; each answer scans the whole text, twice when it is no report)."""
    known = _REPORTS.get(doc)
    if known is not None and known[0] is rules and known[1] == doc_text:
        return known[2]
    answer = _sports_report(doc_text, rules)
    _REPORTS[doc] = (rules, doc_text, answer)
    return answer


_REPORTS: WeakKeyDictionary[Doc, tuple[EntityRules, str, bool]] = WeakKeyDictionary()


def _sports_report(doc_text: str, rules: EntityRules) -> bool:
    if SCORE.search(doc_text):
        return True
    if rules.sport_cue_words is None:
        return False
    # on the text: no Token made for every word; two cues are enough when one is not weak: stop there
    seen, strong, weak = 0, False, set()
    for m in rules.sport_cue_words.finditer(doc_text):
        seen += 1
        word = fold(m.group(0))
        if word in rules.weak_sport_cues:
            weak.add(word.rstrip("s"))
        else:
            strong = True
        if seen >= 2 and strong:
            return True
    # weak cues only ("deux journées de grève", "la rencontre avec les syndicats"): two different ones and a match
    # verb ("Deux victoires, deux défaites : Sochaux affronte Valenciennes")
    return len(weak) >= 2 and rules.sport_verb_words is not None and rules.sport_verb_words.search(doc_text) is not None


def _match_pair(ent: Span, rules: EntityRules) -> bool:
    """"Saint-Etienne-Marseille", "Amiens-Paris SG": two teams of a match joined by a hyphen (an event)."""
    parts = [p.strip() for p in ent.text.split("-")]
    if len(parts) < 2 or known_place(ent.text, rules):
        return False

    def team(name: str) -> bool:  # "Marseille", "PSG", "Paris SG"
        return bool(known_place(name, rules) or ACRONYM.match(name) or known_place(name.split(" ")[0], rules))

    return any(team("-".join(parts[:i])) and team("-".join(parts[i:])) for i in range(1, len(parts)))


def _club(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """In a sports report, a town named as a team: the opponent ("contre Natoye", "face à Nancy") or the
    subject of a match verb ("Metz s'est imposé", "Loyers a fait la différence contre ...")."""
    place = known_place(ent.text, rules)
    if place and place[0] in {"country", "continent"}:
        return False  # a country stays a place, even as a national team
    if place and place[0] == "subdivision" and ent.start > 0 and fold(doc[ent.start - 1].text) in DEFINITE_ARTICLES:
        return False  # "la Normandie a perdu": a region takes an article; "Liège a battu" is the town's club
    if _after_match_word(doc, ent, rules):
        return True
    subject = ent.root.dep_.startswith("nsubj") or _verb_follows(doc, ent)
    if not (subject or opens_line(doc, ent.start)):
        return False
    # the clause after the subject, up to the full stop (the parser sometimes cuts "Metz s'est imposé" apart)
    clause = _rest_of_sentence(doc, ent)
    if clause and clause[0].text in _DATELINE_MARKS:
        return False  # "PARIS | …", "LENS (AFP) - …": the town a dispatch comes from
    # ("Lens, Auxerre et Sochaux se sont imposés": the verb comes after the towns listed with it)
    listed = next((i for i, t in enumerate(clause) if not (t.lower_ in LIST_LINKS or t.is_title)), len(clause))
    if any(fold(t.text) in rules.sport_verbs for t in clause[listed : listed + 5]):
        return True
    # "Châteauroux n'a marqué que dix-huit buts", "Lens, Auxerre et Sochaux se sont imposés": a verb, and a match
    # word or an opponent's word in the clause, or a result verb a little further on
    # (a line's first words, a headline's, take only the opponent's word: "Tour Eiffel fermée, … matchs reportés")
    words = [fold(t.text) for t in clause]
    return any(t.pos_ in VERBS for t in clause) and (any(w in OPPONENT for w in words) or (subject and (
        any(w in rules.match_words for w in words) or any(w in rules.sport_verbs for w in words[:8]))))


def _verb_follows(doc: Doc, ent: Span) -> bool:
    """"Battu samedi, Metz compte …", "Au classement, Brest compte …": a subject by its place, right before a finite
    verb, with no preposition before it, where the parser hung the name elsewhere."""
    nxt = doc[ent.end] if ent.end < len(doc) else None
    prev = doc[ent.start - 1] if ent.start > 0 else None
    return nxt is not None and nxt.pos_ in VERBS and "Fin" in nxt.morph.get("VerbForm") and (
        prev is None or prev.pos_ not in {"ADP", "DET"})


def _after_match_word(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """Right after a match verb or an opponent's word: "a battu Metz", "contre Natoye", "face à Nancy", or
    the agent of a passive result ("surpris par Ostende", "tenu en échec par Rennes")."""
    before = [fold(t.text) for t in doc[max(0, ent.start - 2) : ent.start]]
    if before and (before[-1] in OPPONENT or before[-1] in rules.sport_verbs):
        return True
    if len(before) == 2 and (before == ["face", "a"] or (before[1] == "par" and before[0] in rules.sport_verbs)
                             or (before[0], before[1]) in rules.team_before):  # "deux points de retard sur Brest"
        return True
    # "Entre Metz et Nancy, le derby …": the two sides of a match the sentence tells (up to its full stop: the
    # parser often ends a sentence at that comma)
    return bool(before) and before[-1] == "entre" and any(
        fold(t.text) in rules.match_words or fold(t.text) in rules.sport_verbs for t in _rest_of_sentence(doc, ent))


def _rest_of_sentence(doc: Doc, ent: Span, most: int = 25) -> Span:
    """The words after a name up to the full stop (or the line's end), at most `most` of them."""
    end = next((t.i for t in doc[ent.end : ent.end + most] if t.text in {".", "!", "?"} or "\n" in t.text),
               min(len(doc), ent.end + most))
    return doc[ent.end : end]


def clubs_by_town(doc: Doc, spans: list[Span], rules: EntityRules, doc_text: str) -> list[Span]:
    """Every mention of a town the article names as a team becomes an organization (the key's convention)."""
    if not sports_report(doc, doc_text, rules):
        return spans
    out = []
    for s in spans:
        if s.label_ in {"LOC", "ORG"} and not s.id_ and _match_pair(s, rules):
            s = Span(doc, s.start, s.end, label="MISC")
        out.append(s)
    teams = paired_teams(doc, out, rules)
    if teams:
        out = sorted([s for s in out if not any(s.start < t.end and t.start < s.end for t in teams)] + teams,
                     key=lambda s: s.start)
    clubs = {fold(s.text) for s in out if s.label_ == "LOC" and s.id_ in _TOWN_IDS and _club(doc, s, rules)}
    clubs |= {fold(s.text) for s in out if _lone_misc(s, rules) and _after_match_word(doc, s, rules)}
    clubs |= {fold(t.text) for t in teams if t.label_ == "ORG"}
    out, clubs = more_clubs(doc, out, rules, clubs)
    clubs |= scored_towns(out, rules, doc_text)
    teams, players = box_score(rules, doc_text)
    clubs |= teams
    out = [_player(s, players) for s in out] if players else out
    return [Span(doc, s.start, s.end, label="ORG", span_id="" if s.id_ == "place" else s.id_)
            if (s.label_ == "LOC" or _lone_misc(s, rules)) and fold(s.text) in clubs else s for s in out]


_DATELINE_MARKS = frozenset({"|", "(", "-", "–", "—"})
# a town the NER found (no id) or the gazetteer of places added ("Le Havre"): either may name a team
_TOWN_IDS = frozenset({"", "place"})


def _lone_misc(s: Span, rules: EntityRules) -> bool:
    """One capitalized word the NER called a thing, which may be a small town's team right after a match word
    ("a corrigé Guingamp"): no event's or law's first word ("Mondial"), no people ("les Français")."""
    return s.label_ == "MISC" and len(s) == 1 and s[0].is_title and fold(s.text) not in rules.misc_heads \
        and fold(s.text) not in rules.demonyms


def _player(s: Span, players: set[str]) -> Span:
    """A box score's player the NER called a place, maybe with the points after the name ("Riou 6")."""
    if s.label_ != "LOC" or s.id_:
        return s
    end = s.end - 1 if len(s) > 1 and s[-1].like_num else s.end
    return Span(s.doc, s.start, end, label="PER") if fold(s.doc[s.start : end].text) in players else s


# "battus par Clermont (2-1)", "rejoints par Brest (45 pts)": a score or a tally of points right after a name
_SCORE_AFTER = re.compile(r"\s*\((?:\d{1,3}\s?-\s?\d{1,3}|\d{1,3}\s?pts?)\)")
# a line of results or fixtures: "Brest - Lorient 2 - 0", "(20h00) Rodez - Pau", "Amiens - Annecy 1 - 1"
_TEAM = r"[A-ZÀ-Ý][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3}"
_RESULT_LINE = re.compile(rf"^[ \t]*(?:\(\d{{1,2}}h\d{{0,2}}\)[ \t]*)?({_TEAM}) - ({_TEAM})"
                          r"(?:[ \t]+\d{1,3}[ \t]?-[ \t]?\d{1,3})?[ \t]*$", re.MULTILINE)


# one player's entry in a box score: "Lemy 21 (1x3)," "Dujeux 1," (a name, its points, maybe its three-pointers)
_BOX_ENTRY = re.compile(r"[A-ZÀ-Ý][\w'’-]+ \d{1,2}(?: \(\d{1,2}x\d\))?(?:,|\.?$)", re.MULTILINE)
# a box score's line: the team, a colon, then its players, names with or without points
_BOX_LINE = re.compile(r"^[^\n:]{2,40} : ([^\n]+)$", re.MULTILINE)
_BOX_NAME = re.compile(r"\s*([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)")


def box_score(rules: EntityRules, text: str) -> tuple[set[str], set[str]]:
    """In a sports report, the folded names of the teams and of the players a box score lists ("Loyers : Ilongo
    13 (1x3), Geubel 15 (3x3), Bierman, ..."): the NER takes some players for places (a known place stays one)."""
    teams: set[str] = set()
    players: set[str] = set()
    for line in _BOX_LINE.finditer(text) if _BOX_ENTRY.search(text) else ():
        if len(_BOX_ENTRY.findall(line.group(1))) >= 3:
            teams.add(fold(line.group(0).split(" : ", 1)[0].strip()))
            players |= {fold(m.group(1)) for item in line.group(1).split(",") if (m := _BOX_NAME.match(item))
                        and not known_place(m.group(1), rules)}
    return teams, players


def scored_towns(spans: list[Span], rules: EntityRules, text: str) -> set[str]:
    """In a sports report, the folded names of towns the text names as teams by a score or points after them, or
    by a line of results ("Troyes - Clermont 0 - 1"): the key calls such a town an organization."""
    teams = {fold(name) for m in _RESULT_LINE.finditer(text) for name in m.groups()}
    return {fold(s.text) for s in spans if _town_team(s, rules)
            and (fold(s.text) in teams or _SCORE_AFTER.match(text, s.end_char))}
_CLUB_SUFFIX = re.compile(r"^[A-Z]{2,3}$")  # "Paris SG", "Paris FC", "Evian TG"


def _town_team(span: Span, rules: EntityRules) -> bool:
    """A town or an unknown name may be a team; a country or a region stays a place (a national team)."""
    place = known_place(span.text, rules)
    return span.label_ == "LOC" and span.id_ in _TOWN_IDS and (place is None or place[0] in {"city", "added"})


def _club_mention(doc: Doc, s: Span, rules: EntityRules) -> bool:
    """A town named as a team by the words around it: after a club's noun ("la supportrice d'Anderlecht",
    "l'entraîneur de Lens"), right before a match verb ("Lorient devance") or before its points in a standings
    list ("Lille 40 pts")."""
    if s.end < len(doc) and fold(doc[s.end].text) in rules.sport_verbs:
        return True
    if s.start > 1 and fold(doc[s.start - 1].text) in {"de", "d'"} and fold(doc[s.start - 2].text) in rules.club_nouns:
        return True
    return s.end + 1 < len(doc) and doc[s.end].like_num and doc[s.end + 1].lower_ in rules.points_words


def _named_clubs(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"le Sporting de Charleroi", "le Standard de Liège", "l'Olympique de Marseille": a club's word, "de" and
    its town (a province's name too: Liège) are one organization (the NER cuts it, or calls it MISC); "Stade de
    France" names a country, no town: a place."""
    out: list[Span] = []
    for s in spans:
        head = out[-1] if out and out[-1].end + 1 == s.start and doc[s.start - 1].lower_ in {"de", "d'", "d’"} else None
        whole = len(s) > 2 and doc[s.start + 1].lower_ in {"de", "d'", "d’"}
        first = doc[head.start] if head is not None else s[0]
        town = doc[s.start + 2 : s.end] if whole and head is None else s
        if first.text in rules.club_heads and first.is_title and (head is not None or whole) \
                and (known_place(town.text, rules) or ("", 0))[0] not in {"country", "continent"}:
            start = head.start if head is not None else s.start
            out = out[:-1] if head is not None else out
            out.append(Span(doc, start, s.end, label="ORG"))
            continue
        out.append(s)
    return out


def more_clubs(doc: Doc, spans: list[Span], rules: EntityRules, clubs: set[str]) -> tuple[list[Span], set[str]]:
    """In a sports report, more towns named as teams: a town glued to a club's acronym ("Paris SG"), a town
    after a club's noun or before its points, and a town listed with a team ("Lorient devance Brest et Metz").
    Returns the spans (with the acronyms joined) and the folded names of the teams."""
    out = []
    for s in _named_clubs(doc, spans, rules) if rules.club_heads else spans:
        nxt = doc[s.end] if s.end < len(doc) else None
        place = known_place(s.text, rules)
        town = s.label_ == "LOC" and not s.id_ and (place is None or place[0] not in {"country", "continent"})
        if nxt is not None and town and s[-1].whitespace_ and _CLUB_SUFFIX.match(nxt.text) \
                and nxt.text not in rules.labels:  # "Paris" is a subdivision too: only countries are no club
            s = Span(doc, s.start, s.end + 1, label="ORG")  # "Paris SG": the club, not the town
            clubs.add(fold(s.text))
        out.append(s)
    clubs |= {fold(s.text) for s in out if _town_team(s, rules) and _club_mention(doc, s, rules)}
    towns = [s for s in out if s.label_ in {"LOC", "ORG"}]
    for _ in range(2):  # "Lorient devance Brest et Metz": Brest, then Metz
        for a, b in pairwise(towns):
            gap = doc[a.end : b.start]
            if not 0 < len(gap) <= 2 or any(t.lower_ not in LIST_LINKS for t in gap):
                continue
            for one, other in ((a, b), (b, a)):
                if fold(one.text) in clubs and _town_team(other, rules):
                    clubs.add(fold(other.text))
    return out, clubs


def split_match_tokens(doc: Doc, rules: EntityRules, text: str) -> None:
    """"Saint-Etienne-Marseille" is one token (the tokenizer keeps "Saint-" words whole): in a sports report,
    split it into the two teams and the hyphen, as "PSG-Montpellier" is, so that each can be a club."""
    cuts = []
    starts = token_starts(doc)
    for m in GLUED_PAIR.finditer(text):  # a scan of the text: looking at every token cost more than the rest
        i = starts.get(m.start())
        tok = doc[i] if i is not None else None
        if tok is None or not tok.is_title or tok.text.count("-") < 2 or known_place(tok.text, rules):
            continue
        parts = tok.text.split("-")
        for i in range(1, len(parts)):
            left, right = "-".join(parts[:i]), "-".join(parts[i:])
            if all(known_place(p, rules) or ACRONYM.match(p) for p in (left, right)):
                cuts.append((tok, left, right))
                break
    if not cuts or not sports_report(doc, text, rules):
        return
    with doc.retokenize() as retokenizer:
        for tok, left, right in cuts:
            head = (tok, 2) if tok.head.i == tok.i else tok.head
            retokenizer.split(tok, [left, "-", right], heads=[(tok, 2), (tok, 2), head])
    forget_token_starts(doc)


def _team_at(doc: Doc, i: int, step: int, spans: dict[int, Span], rules: EntityRules) -> Span | None:
    """The team name that ends (step -1) or starts (step 1) at token i: an entity there, else a town or an
    acronym, with a following acronym ("Paris SG")."""
    if not 0 <= i < len(doc) or not (doc[i].is_title or doc[i].is_upper):
        return None
    glued = step == 1 and i + 1 < len(doc) and doc[i + 1].is_upper and bool(doc[i].whitespace_)
    candidates = [spans.get(i), Span(doc, i, i + 1 + int(glued)), Span(doc, i, i + 1)]
    return next((c for c in candidates if c is not None and _team_name(c, rules)), None) or (
        Span(doc, i, i + 1) if doc[i].is_title and len(doc[i]) > 2 else None)  # "Guingamp", too small a town to know


def _team_name(span: Span, rules: EntityRules) -> bool:
    return bool(known_place(span.text, rules) or known_place(span[0].text, rules) or ACRONYM.match(span.text))



def paired_teams(doc: Doc, spans: list[Span], rules: EntityRules) -> list[Span]:
    """"Guingamp-Amiens", "PSG-Montpellier", "Amiens-Paris SG" (tokens around a glued hyphen) in a sports
    report: the two clubs of a match, each an organization (the two ends of a route: places)."""
    ends = {s.end - 1: s for s in spans}
    starts = {s.start: s for s in spans}
    around = {i: s for s in spans for i in range(s.start + 1, s.end - 1)}
    teams: list[Span] = []
    for tok in doc[1:-1]:
        if tok.text != "-" or tok.whitespace_ or doc[tok.i - 1].whitespace_:
            continue
        whole = around.get(tok.i)  # "Champs-Elysées", "CFE-CGC", "Agence France-Presse" are one name
        if whole is not None and (whole.id_ or whole.label_ not in {"MISC", "LOC"} or known_place(whole.text, rules)
                                  or (whole.label_ == "MISC" and not _match_pair(whole, rules))):
            continue  # a match pair is MISC by now ("AMP-Visual", a company, is not)
        left = _team_at(doc, tok.i - 1, -1, ends, rules)
        right = _team_at(doc, tok.i + 1, 1, starts, rules)
        if left is None or right is None or known_place(doc[left.start : right.end].text, rules):
            continue
        if any(t.lower_ in rules.route_words or CODE.match(t.text) for t in doc[max(0, left.start - 3) : left.start]):
            # "l'autoroute A20 (Montauban-Vierzon)", "la ligne Paris-Lyon": the two ends of a route are places
            teams += [Span(doc, left.start, left.end, label="LOC"), Span(doc, right.start, right.end, label="LOC")]
            continue
        # both sides name a team, at least one of them surely (a known town or an acronym), the other no
        # common word ("Valence-Sud" is a district)
        sure = [_team_name(left, rules), _team_name(right, rules)]
        other = right if sure[0] else left
        if all(sure) or (any(sure) and not is_common(fold(other.text), rules.common_words)):
            teams += [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]
    return filter_spans(teams)
