"""Press relatives: nights, "X dernier", days counted from an anaphoric anchor."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .finding import _EVENT_COMPLEMENT, _SENTENCE_END, _names_a_day, _words_before
from .normalize import _direction
from .partial import DateValue, PartialDate, resolve_week, shift_months, valid_day
from .tense import PLUPERFECT
from .vocabulary import _day, _key

if TYPE_CHECKING:
    from collections.abc import Callable

    from .finding import DateMatch
    from .partial import FoundDate, Tense
    from .vocabulary import Vocabulary


_LAST_NAMED = re.compile(r"^(?:ce\s+)?(?P<wd>[^\W\d_]+)(?P<last>\s+[^\W\d_]+)?$", re.IGNORECASE)


def _last_week_when_told_plainly(found: list[FoundDate], ref: PartialDate | None, v: Vocabulary) -> list[FoundDate]:
    """A Sunday paper written on the Saturday: "samedi" (or "ce samedi", "hier") is the day before publication, so
    "samedi dernier" in the same text is the Saturday of the week before (alone, "samedi dernier" read on a Sunday
    stays the day before)."""
    base = ref.date() if ref else None
    if base is None:
        return found
    eve = PartialDate.of(base - dt.timedelta(days=1)).iso()
    plain, last = False, []
    for i, f in enumerate(found):
        m = _LAST_NAMED.match(f.text) if f.value == eve else None
        if m is None or _key(m.group("wd")) not in v.weekdays:
            plain = plain or (f.value == eve and f.kind == "rel_day")
        elif m.group("last") and _direction(v, m.group("last").strip()) < 0:
            last.append(i)
        elif not m.group("last"):
            plain = True
    out = list(found)
    for i in last if plain else ():
        out[i] = replace(found[i], value=PartialDate.of(base - dt.timedelta(days=8)).iso())
    return out


def _anchored_value(
    dm: DateMatch, anchor: PartialDate | None, ref: PartialDate | None, v: Vocabulary, tense: Tense | None
) -> DateValue | None:
    """"le même jour", "ce jour-là" repeat the day told before, and are unknown without one. "La veille" in a past
    clause counts from publication when the day told before lies after it: a forecast ("ils poursuivront lundi") or a
    quoted "demain" is no day a past narrative steps back from. None: the ordinary reading."""
    if dm.kind != "anchored_day":
        return None
    offset = v.anchored_days.get(_key(dm.groups.get("ad") or ""), 0)
    if offset == 0 and anchor is None:
        return DateValue(None, "day", True)
    base, told = (ref.date() if ref else None), (anchor.date() if anchor else None)
    if offset >= 0 or base is None or told is None or told <= base or tense is None or tense(dm.start, dm.end) >= 0:
        return None
    return DateValue(PartialDate.of(base + dt.timedelta(days=offset)).iso(), "day", True)


# Not "la fin de semaine du 7 mars": in Quebec, a weekend.
_WEEK_OF = re.compile(r"(?<!\bfin de )\b(?P<per>semaine|week-end|week end|weekend)\s+$", re.IGNORECASE)


def _week_of_day(text: str, found: list[FoundDate], v: Vocabulary) -> list[FoundDate]:
    """"la semaine du 17 décembre": the Monday-Sunday week of that day ("le week-end du 15 décembre": its Saturday
    and Sunday), as "la semaine dernière" is a week."""
    out = list(found)
    for i, f in enumerate(found):
        m = _WEEK_OF.search(text, max(0, f.start - 12), f.start)
        day = PartialDate.parse(f.value) if m and f.granularity == "day" and f.text.lower().startswith("du ") else None
        week = resolve_week(day, 0, weekend=v.periods.get(_key(m.group("per"))) == "weekend") if m and day else None
        if week is not None:
            start = m.start() if m else f.start
            out[i] = replace(f, start=start, text=text[start : f.end], value=f"{week[0].iso()}/{week[1].iso()}",
                             granularity="interval")
    return out


def _day_of(f: FoundDate | None) -> dt.date | None:
    p = PartialDate.parse(f.value) if f is not None and f.value and f.granularity == "day" else None
    return p.date() if p else None


def _weekend_of_two_days(text: str, found: list[FoundDate], v: Vocabulary) -> list[FoundDate]:
    """"le week-end des 15 et 16 décembre": one Saturday-Sunday interval, as "le week-end du 15 décembre" is
    (_week_of_day), not two days; only two days in a row, a Saturday and a Sunday, joined by "et"."""
    names = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w, kind in v.periods.items() if kind == "weekend")
    if not names:
        return found
    opener = re.compile(rf"\b(?:{names})\s+des\s+$", re.IGNORECASE)
    out: list[FoundDate] = []
    i = 0
    while i < len(found):
        a, b = found[i], found[i + 1] if i + 1 < len(found) else None
        m = opener.search(text, max(0, a.start - 16), a.start)
        da, db = _day_of(a), _day_of(b)
        if (m and b and da and db and da.weekday() == 5 and (db - da).days == 1
                and re.fullmatch(r"\s+et\s+", text[a.end : b.start])):
            start = m.start()
            if out and out[-1].end > start:  # "ce week-end des 15 et 16 décembre": one mention, not "ce week-end" too
                start = min(start, out.pop().start)
            out.append(replace(a, start=start, end=b.end, text=text[start : b.end],
                               value=f"{da.isoformat()}/{db.isoformat()}", granularity="interval"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# Between a weekday and the day set beside it: "samedi, le 17 novembre", "quatrième samedi de mobilisation, le 8
# décembre" (a few words of complement, no verb nor punctuation but the comma).
_APPOSED = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s*,\s*$")


def _weekday_of_apposed_day(text: str, found: list[FoundDate], v: Vocabulary) -> list[FoundDate]:
    """"Le premier samedi de mobilisation, le 17 novembre, ...": the weekday is the day set beside it (when that day
    falls on it), not the last such weekday before publication; a rank makes it a Saturday of a series, which
    the tense cannot place."""
    out = list(found)
    for i, (a, b) in enumerate(itertools.pairwise(found)):
        wd = v.weekdays.get(_key(a.text.split()[-1])) if a.kind == "weekday" and a.text else None
        day = _day_of(b)
        if wd is None or day is None or a.value == b.value or day.weekday() != wd:
            continue
        if not _APPOSED.fullmatch(text[a.end : b.start]) or not re.match(r"\s*[,.;]", text[b.end : b.end + 2]):
            continue  # the day closes its apposition: "samedi de mobilisation, le 8 décembre," not "…, le 8 décembre 2018 à…"
        out[i] = replace(a, value=b.value)
    return out


# "aujourd'hui (hier, ndlr)", "demain (le 5 février, NDLR)": the opening of an editor's gloss that is only a date.
_GLOSS_OPEN = re.compile(r"\s*\(\s*(?:(?:soit|en|le|du|au)\s+)?", re.IGNORECASE)


def _glossed_day(text: str, found: list[FoundDate], v: Vocabulary) -> list[FoundDate]:
    """"«Nous y étions aujourd'hui (hier, ndlr)»": a relative day that an editor's gloss dates right after it is the
    day the gloss tells (the words were said or written on another day than the publication); a gloss that says more
    than a date ("(il a été amendé le 12 décembre, ndlr)") or has no gloss mark ("(voir notre édition du 3 décembre)")
    changes nothing."""
    if not v.gloss_marks or "(" not in text:
        return found
    out = list(found)
    for i, (a, b) in enumerate(itertools.pairwise(found)):
        if not a.relative or not b.value or a.value == b.value:
            continue
        if _GLOSS_OPEN.fullmatch(text[a.end : b.start]) and v.gloss_close_rx.match(text, b.end):
            out[i] = replace(a, value=b.value, granularity=b.granularity)
    return out


_COMPLEMENT = re.compile(r"\s*(?:de|du|des|d['’])", re.IGNORECASE)
_CLAUSE_DAY_KINDS = frozenset({"weekday", "weekday_next", "weekday_day", "rel_day", "day"})


def _day_after_in_clause(
    text: str, found: list[FoundDate], v: Vocabulary, ref: PartialDate | None = None, tense: Tense | None = None
) -> list[FoundDate]:
    """"Au lendemain de l'attaque, le mouvement semblait décidé mercredi": the day after an event that names no day
    is the day its sentence tells (outside the event's own words), not a day counted from the last one told. When
    the sentence tells none and that count lands after publication in a clause not in the future ("Au lendemain de
    l'acte X, le ministre s'est exprimé", written on the Sunday), the event is the news of the eve: the publication
    day."""
    out = list(found)
    for i, f in enumerate(found):
        if (f.kind != "anchored_day" or not f.text.lower().startswith("au") or not _COMPLEMENT.match(text, f.end)
                or _names_a_day(text, f.end, v)):
            continue
        start = max(text.rfind(c, 0, f.start) for c in ".!?\n") + 1
        end_m = _SENTENCE_END.search(text, f.end)
        end = end_m.start() if end_m else len(text)
        comma = text.find(",", f.end, end)
        event_end = comma if comma >= 0 else end
        days = [g for g in found if g.kind in _CLAUSE_DAY_KINDS and g.granularity == "day" and g.value
                and start <= g.start and g.end <= end and not f.start <= g.start < event_end]
        # The first day after the event's words ("... perturbé mercredi et ... à partir de jeudi": Wednesday), else
        # the last one before them.
        after = [g for g in days if g.start >= event_end]
        told = after[0] if after else (days[-1] if days else None)
        if told is not None:
            out[i] = replace(f, value=told.value)
        elif _after_publication(f.value, ref) and (tense is None or tense(f.start, f.end) != 1):
            out[i] = replace(f, value=ref.iso() if ref else None)
    return out


_ANCHORED_WORD = re.compile(r"[\w-]+$")
_AT_BEFORE = re.compile(r"(?<![\w-])à\s+$", re.IGNORECASE)


def _clause_start(text: str, pos: int) -> int:
    """Where the sentence or clause of pos starts: after the last full stop, semicolon or line break before it."""
    return max(text.rfind(c, 0, pos) for c in ".!?\n;") + 1


def _eve_in_clause(text: str, found: list[FoundDate], v: Vocabulary) -> list[FoundDate]:
    """"Les manifestants bloquaient vendredi le dépôt, à la veille d'une nouvelle marche": the eve of an event that
    names no day is the day its sentence told last before it (finding keeps it only then); left out when that day was
    not kept as a date ("le samedi" of a habit)."""
    out: list[FoundDate | None] = list(found)
    for i, f in enumerate(found):
        ad = _ANCHORED_WORD.search(f.text)
        if (f.kind != "anchored_day" or ad is None or v.anchored_days.get(_key(ad.group(0)), 0) >= 0
                or not _AT_BEFORE.search(text, max(0, f.start - 4), f.start)
                or not _EVENT_COMPLEMENT.match(text, f.end) or _names_a_day(text, f.end, v)):
            continue
        start = _clause_start(text, f.start)
        days = [g for g in found[:i] if g.kind in _CLAUSE_DAY_KINDS and g.granularity == "day" and g.start >= start]
        out[i] = replace(f, value=days[-1].value, granularity="day") if days and days[-1].value else None
    return [f for f in out if f is not None]


def _listed_after_told_day(
    text: str, found: list[FoundDate], v: Vocabulary, listed: Callable[[int, int], bool] | None,
    ref: PartialDate | None,
) -> list[FoundDate]:
    """"Quatre matches restaient maintenus vendredi matin: deux samedi, deux dimanche": weekdays listed after a colon
    with no verb of their own (the verb before the colon does not tell their tense) follow on from the day their
    sentence told before the colon: the first such weekday on or after it, when that day is not after publication
    (the news's own day or an earlier one: "Le verdict est attendu vendredi: audiences lundi et mardi" may list days
    before it). With no such day told there, the verb's tense stands."""
    base = ref.date() if ref else None
    if listed is None or base is None:
        return found
    out = list(found)
    for i, f in enumerate(found):
        wd = v.weekdays.get(_key(f.text))
        if wd is None or f.kind != "weekday" or not listed(f.start, f.end):
            continue
        start = _clause_start(text, f.start)
        colon = text.rfind(":", start, f.start)
        told = [g for g in found[:i] if g.kind in _CLAUSE_DAY_KINDS and g.granularity == "day" and g.value
                and start <= g.start and g.end <= colon]
        day = _day_of(told[-1]) if colon >= 0 and told else None
        if day is not None and day <= base:
            out[i] = replace(f, value=(day + dt.timedelta(days=(wd - day.weekday()) % 7)).isoformat())
    return out


def _after_publication(value: str | None, ref: PartialDate | None) -> bool:
    day, base = PartialDate.parse(value), ref.date() if ref else None
    return day is not None and day.date() is not None and base is not None and day.date() > base


_ORDINAL_BEFORE = re.compile(r"(?:(\d+)\s*(?:e|è|ème|er|re)|\b([^\W\d_]+))\s+$", re.IGNORECASE)


def _series_rank(text: str, f: FoundDate, v: Vocabulary) -> int | None:
    """3 for "un troisième samedi", 5 for "son 5e samedi"; None for a weekday without an ordinal."""
    m = _ORDINAL_BEFORE.search(text, max(0, f.start - 16), f.start)
    if m is None:
        return None
    rank = int(m.group(1)) if m.group(1) else v.ordinals.get(_key(m.group(2)), 0)
    return rank if 0 < rank < 60 else None


def _weekly_series(text: str, found: list[FoundDate], v: Vocabulary) -> list[FoundDate]:
    """"le premier samedi" beside "son troisième samedi de fermeture" (tomorrow): one weekday a week, so the earlier
    ranks count back from the latest one (read by its tense), seven days a rank."""
    ranked: dict[int, list[tuple[int, int]]] = {}
    for i, f in enumerate(found):
        wd = v.weekdays.get(_key(f.text))
        rank = _series_rank(text, f, v) if wd is not None and f.value else None
        if wd is not None and rank:
            ranked.setdefault(wd, []).append((rank, i))
    out = list(found)
    for members in ranked.values():
        top = max(r for r, _ in members)
        latest = {found[i].value for r, i in members if r == top}
        day = PartialDate.parse(latest.pop()) if len(latest) == 1 else None
        if day is None or day.date() is None:
            continue
        for r, i in members:
            if r < top:
                out[i] = replace(found[i], value=PartialDate.of(day.date() - dt.timedelta(weeks=top - r)).iso())
    return out


# How far after a day of a month told a day written alone ("le 17") may stand and still be of that month, when no
# other date was told between them (a paragraph or two of the same story).
TOLD_DAY_CHARS = 1000
# The kinds that write a day with its month ("le 15 mars", "du 12 au 14 janvier", "17/11/2018"), and "le 17" itself
# ("Le 15, ... Le 17, ...").
_MONTH_DAY_KINDS = frozenset({"day", "day_range", "day_pair", "num_date", "num_date_dash", "num_dm", "ymd_date",
                              "told_day", "weekday_day"})
# A month told alone ("En janvier, 50 000 manifestants le 5, 84 000 le 12"): its days written alone in the same sentence.
_MONTH_KINDS = frozenset({"month_cued", "month_year"})


def _day_of_told_month(
    text: str, dm: DateMatch, found: list[FoundDate], v: Vocabulary, tense: Tense | None = None
) -> DateValue | None:
    """"Les heurts ont éclaté le 15 mars. Le 17, ...": a day written alone is a day of the month of the last date told,
    when that one is a day with its month at most TOLD_DAY_CHARS before; else unknown (the caller drops it: "le 10"
    may be a shirt or a district; after "en mars 2012" the month told is another one). A smaller day is of the same
    month when it looks back ("contre 6 500 le 1er", a pluperfect); else unknown too ("arrivés le 28 décembre, ils
    sont repartis le 2" may be January's)."""
    if dm.kind != "told_day":
        return None
    told = next((f for f in reversed(found) if f.value), None)
    last = PartialDate.parse(told.value.split("/")[-1]) if told and told.value and told.kind in _MONTH_DAY_KINDS else None
    if told is not None and told.value and told.kind in _MONTH_KINDS and not re.search(r"[.!?\n]", text[told.end : dm.start]):
        month = PartialDate.parse(told.value)
        last = PartialDate(month.year, month.month, 1) if month is not None and month.month is not None else None
    words = _words_before(text, dm.start, 20)
    if (told is None or last is None or last.month is None or last.day is None
            or dm.start - told.end > TOLD_DAY_CHARS or (words and words[-1].startswith(v.told_day_guards))):
        return DateValue(None, "day", True)
    mday = _day(v, dm.groups["d"] or "")
    sentence = text[max(0, *(text.rfind(c, 0, dm.start) for c in ".!?\n")) : dm.start]
    looks_back = _LOOKS_BACK.search(sentence) or (tense is not None and tense(dm.start, dm.end) == PLUPERFECT)
    ok = valid_day(last.year, last.month, mday) and (mday >= last.day or looks_back)
    return DateValue(PartialDate(last.year, last.month, mday).iso() if ok else None, "day", True, told.explicit_year)


# A day compared with one told before it: "contre 6 500 le 1er", "moins nombreux que le 1er".
_LOOKS_BACK = re.compile(r"\b(?:contre|comparé|qu['’]|que)\b", re.IGNORECASE)


# How far after a quarter told "le trimestre précédent" may stand and still count from it.
YEAR_PART_CHARS = 300


def _year_part_step(
    dm: DateMatch, found: list[FoundDate], ref: PartialDate | None, v: Vocabulary
) -> DateValue | None:
    """"au quatrième trimestre, après une hausse au trimestre précédent": the quarter (half) before or after the one
    told just before; with none told, or "le trimestre dernier"/"prochain", the one before or after publication's."""
    if dm.kind != "year_part_rel":
        return None
    size = v.year_parts[_key(dm.groups["yp"])]
    word = _key(dm.groups["dir"] or "")
    step = v.anchor_directions.get(word) or _direction(v, word)
    told = next((f for f in reversed(found) if f.value), None)
    near = told is not None and told.value and word in v.anchor_directions and dm.start - told.end <= YEAR_PART_CHARS
    base = _part_start(told.value, size) if near and told and told.value else None
    if base is None and ref is not None and ref.month is not None:
        base = (ref.year, (ref.month - 1) // size * size + 1)
    if base is None or not step:
        return DateValue(None, "interval", True)
    y, m = shift_months(base[0], base[1], step * size)
    y2, m2 = shift_months(y, m, size - 1)
    return DateValue(f"{PartialDate(y, m, 1).iso()}/{PartialDate(y2, m2, calendar.monthrange(y2, m2)[1]).iso()}",
                     "interval", True)


def _part_start(value: str, size: int) -> tuple[int, int] | None:
    """(year, first month) of an interval that is one quarter (size 3) or half (6) of a year, else None."""
    start, _, end = value.partition("/")
    a, b = PartialDate.parse(start), PartialDate.parse(end)
    if a is None or b is None or a.month is None or b.month is None or a.day not in (None, 1):
        return None
    if (a.month - 1) % size or (b.year * 12 + b.month) - (a.year * 12 + a.month) != size - 1:
        return None
    return a.year, a.month
