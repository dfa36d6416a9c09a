"""Words around a date that tell its tense or tie it to another date."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .tense import PLUPERFECT, PRESENT, conditional_form
from .vocabulary import TENSED

if TYPE_CHECKING:
    from .finding import DateMatch
    from .vocabulary import Vocabulary


# A date a comparison points back to: "contre 290 000 samedi", "comme jeudi dans l'Indre", "moins qu'en avril".
_COMPARISON = re.compile(r"(?:\bcontre\s+(?:près\s+de\s+|plus\s+de\s+)?[\d][\d.,  ]*(?:\s*%)?\s+|\bcomme\s+|\bqu['’]en\s+"
                         r"|\bpar\s+rapport\s+(?:à|au)\s+)$", re.IGNORECASE)
# "à la veille d'un (nouveau, 5e) samedi": the day named is the one after the eve.
_EVE_OF = re.compile(r"\bveille\s+d['’]une?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "jusqu'à samedi", "jusqu'au samedi": a weekday that ends a span.
_UNTIL = re.compile(r"\bjusqu['’](?:à|au)\s+$", re.IGNORECASE)
# "d'ici mercredi", "d'ici à samedi": a deadline, always a day to come.
_BY = re.compile(r"\bd['’]ici\s+(?:à\s+)?$", re.IGNORECASE)
# An imparfait ("était", "restaient"): the span is told as over ("il était retenu jusqu'à samedi").
_IMPARFAIT = re.compile(r"\w(?:ait|aient)\b", re.IGNORECASE)
# A timeline entry: "Mardi - Les routiers maintiennent leurs barrages" (told in the present, but past days).
_TIMELINE = re.compile(r"^\s*[-–:]")


def _context_tense(text: str, dm: DateMatch, t: int, v: Vocabulary) -> int:
    """The tense a date's own words give, over the clause's verb: comparisons and timeline entries point back, an
    announced event ("a annoncé une réunion jeudi", "se sont donné rendez-vous samedi") forward."""
    if dm.kind not in TENSED:
        return t
    before = text[max(0, dm.start - 40) : dm.start]
    if _COMPARISON.search(before):
        return PLUPERFECT
    if dm.kind == "weekday" and t >= 0 and _EVE_OF.search(before):
        return 1  # "se barricade à la veille d'un cinquième samedi": the Saturday to come, not the last of a series
    if dm.kind == "weekday" and t <= 0 and not dm.groups.get("dir") and _BY.search(before):
        return 1  # "devaient être jugés d'ici à mercredi" (a past the parser reads on "devaient")
    if dm.kind == "weekday" and t in (-1, 0) and not dm.groups.get("dir") and _UNTIL.search(before):
        # "il est en déplacement jusqu'à samedi", "a prolongé sa garde à vue jusqu'à samedi": the end of a span that
        # still runs, whatever past verb the parser hangs it on; only an imparfait clause tells a span that is over.
        clause = re.split(r"[.!?;\n]", text[max(0, dm.start - 120) : dm.start])[-1]
        if not _IMPARFAIT.search(clause):
            return PRESENT
    if dm.kind == "weekday" and t <= 0 and not dm.groups.get("dir") and _MOVED_TO.search(before):
        # "le match a été reporté à samedi", "l'audience renvoyée à jeudi": the day an event is moved to is to come.
        clause = re.split(r"[.!?;\n]", text[max(0, dm.start - 80) : dm.start])[-1].lower()
        if v.postpone_rx.search(clause):
            return 1
    imparfait = v.imparfait_before_rx.search(before) if dm.kind == "weekday" and t == -1 else None
    if imparfait and not conditional_form(imparfait.group("verb")) and not dm.groups.get("dir") and not dm.groups.get("ce"):
        # "L'exécutif tentait toujours jeudi de ...": the imparfait of the news's own day; read as a weekday with no
        # tense (the day right after publication is that day, any other the last one).
        return 0
    line_start = text.rfind("\n", 0, dm.start) + 1
    if dm.kind == "weekday" and not text[line_start : dm.start].strip() and _TIMELINE.match(text[dm.end :]):
        return -1
    if dm.kind in ("weekday", "week_part") and t <= 0 and not _SINCE.search(before[-12:]):
        # "la manifestation de samedi" names a day the event had, past or not: only "une réunion jeudi" counts (and
        # "a annoncé une réunion en fin de semaine").
        low = re.split(r"[.!?\n]", text[max(0, dm.start - 60) : dm.start].lower().replace("’", "'"))[-1]
        if re.search(r"\b(?:de|du|d')\s*$", low) and not _STARTING_FROM.search(low):
            return t
        # The event must be named after the announcing word: "a annoncé une réunion jeudi", not "après un mois de
        # blocage, il a annoncé vendredi" (the announcement itself is what happened on Friday).
        said = v.announcement_rx.search(low)
        if said and v.event_noun_rx.search(low[said.start():]):
            return 1
    return t
# "reporté à samedi", "au samedi suivant" (not "jusqu'à samedi", a span's end, nor "de lundi à vendredi").
_MOVED_TO = re.compile(r"(?<![’'])\b(?:à|au)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bdepuis\s+(?:le\s+)?$", re.IGNORECASE)
# "appelaient à la grève à partir de jeudi": the start of an announced event, not "la grève de jeudi".
_STARTING_FROM = re.compile(r"\b(?:à\s+partir|à\s+compter)\s+de\s*$")


# "juin ou juillet 2015", "le 3 et le 4 mars 2019": two dates of one phrase sharing the year written last.
_SAME_YEAR_JOIN = re.compile(r"^\s*(?:,|et|ou)\s*(?:(?:en|le|de|d['’])\s*)?$", re.IGNORECASE)
