"""The year of a coming day and the day of a named week, from what the text told before."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .cues import _SAME_YEAR_JOIN, _SINCE
from .finding import _words_before
from .partial import PartialDate, resolve_weekday, valid_day
from .tense import SURELY
from .vocabulary import _key

if TYPE_CHECKING:
    from .finding import DateMatch, DateRules
    from .partial import FoundDate
    from .vocabulary import Vocabulary


def _year_from(a: FoundDate, b: FoundDate) -> str | None:
    """"du 28 février au 2 mars 2023": the start takes the year written at the end."""
    pa, pb = PartialDate.parse(a.value), PartialDate.parse(b.value)
    if pa is None and a.yearless:
        pa = PartialDate(2000, *a.yearless)  # undated text: the start's own reading is unknown
    if a.explicit_year or not b.explicit_year or pa is None or pb is None or pa.month is None or pb.month is None:
        return a.value
    year = pb.year if pa.month <= pb.month else pb.year - 1
    if pa.day and not valid_day(year, pa.month, pa.day):
        return a.value
    return PartialDate(year, pa.month, pa.day).iso()


def _end_from(start: str, b: FoundDate) -> str | None:
    """"du 30 juin au 12 juillet" written in January: two yearless days, each read at its nearest, may fall either side
    of the half-year (2019-06-30, 2018-07-12); a span ends after it starts, so the end takes its year from the start."""
    pa, pb = PartialDate.parse(start), PartialDate.parse(b.value)
    if b.explicit_year or pa is None or pb is None or pa.month is None or pb.month is None or pb.key() >= pa.key():
        return b.value
    year = pa.year + ((pb.month, pb.day or 0) < (pa.month, pa.day or 0))
    if pb.day and not valid_day(year, pb.month, pb.day):
        return b.value
    return PartialDate(year, pb.month, pb.day).iso()


# ---------------------------------------------------------------- the year of a coming day, the day of a named week
# "Le sommet aura lieu le 3 mars" written in November: a day, range or month without a year read at its nearest ends this
# far before publication, under a verb in the future, so the coming one is meant.
FUTURE_SHIFT_DAYS = 21
_COMING_KINDS = frozenset({"day", "num_dm", "day_range", "month_cued", "month_part"})


def _next_year(value: str) -> str | None:
    """"2016-06-22" -> "2017-06-22", "2016-06" -> "2017-06"; intervals end by end; None when a day does not exist the
    next year."""
    out = []
    for part in value.split("/"):
        p = PartialDate.parse(part)
        if p is None or p.month is None or (p.day is not None and not valid_day(p.year + 1, p.month, p.day)):
            return None
        out.append(PartialDate(p.year + 1, p.month, p.day).iso())
    return "/".join(out)


def _days_before(value: str | None, base: dt.date) -> int | None:
    """How many days the end of a value (its day, the last day of its month) lies before `base`; None for a year."""
    p = PartialDate.parse((value or "").split("/")[-1])
    if p is None or p.month is None:
        return None
    day = p.date() or dt.date(p.year, p.month, calendar.monthrange(p.year, p.month)[1])
    return (base - day).days


# A day or month a plan's participle governs ("prévu fin août") moves to next year only when its nearest reading ended
# this long before publication ("le vote, prévu le 3 décembre, a été reporté" written in late January stays).
LIKELY_COMING_DAYS = 90


def _coming_year(text: str, found: list[FoundDate], ref: PartialDate | None, coming: Callable[[int, int], int],
                 v: Vocabulary) -> list[FoundDate]:
    """"Je reviendrai le 22 juin", "le procès s'ouvrira le 3 mars", "les travaux s'achèveront en juin": a day, range or
    month without a year whose nearest reading ended well before publication is next year's when the verb it hangs on
    is a future ("les élus du 12 juin siégeront" and "le texte adopté le 14 mars sera appliqué" keep theirs: the day
    hangs on a noun or a participle). A "lendemain" counted from it moves with it."""
    base = ref.date() if ref else None
    if base is None:
        return found
    out = list(found)
    moved: dt.date | None = None  # the day of the last date moved, before it moved
    for i, f in enumerate(found):
        before = _days_before(f.value, base)
        if f.kind == "anchored_day" and moved is not None and before is not None:
            shifted = _next_year(f.value or "") if abs((base - dt.timedelta(days=before) - moved).days) <= 2 else None
            out[i] = replace(f, value=shifted) if shifted else f
            continue
        if f.granularity in ("day", "interval"):
            moved = None
        words = re.findall(r"[\w'’]+", f.text.lower())
        told = coming(f.start, f.end) if f.kind in _COMING_KINDS and before is not None else 0
        if (not told or f.explicit_year or before is None
                or before <= (FUTURE_SHIFT_DAYS if told == SURELY else LIKELY_COMING_DAYS)
                or any(w in v.weekdays or w in v.directions for w in words) or words[0] == "depuis"
                or _SINCE.search(text[max(0, f.start - 12) : f.start])):
            continue
        shifted = _next_year(f.value or "")
        if shifted:
            out[i] = replace(f, value=shifted)
            moved = base - dt.timedelta(days=before) if f.granularity == "day" else None
    return out


_GONE_KINDS = frozenset({"day", "num_dm", "day_range", "month_cued", "month_part", "month_range"})
# A day or month a passé composé sets as a target ("reporté au 12 mars", "fermé jusqu'en avril", "prévu pour mai").
_TARGET_BEFORE = re.compile(r"(?:\b(?:au|aux|à|pour|jusqu['’](?:au|à|en)|d['’]ici|dès|avant|à\s+partir\s+d[ue]|"
                            r"à\s+compter\s+d[ue])\s+(?:le\s+|la\s+|les\s+)?)$", re.IGNORECASE)


def _set_for_later(text: str, f: FoundDate) -> bool:
    """Whether a date is a target ("au 12 mai", "reporté aux 2 et 9 mai", "prévu pour mai"), its own first words
    included (a day's span may start with "au", "dès le")."""
    lead = re.match(r"(?:[^\W\d]+['’]?\s*)*", f.text)
    return bool(_TARGET_BEFORE.search(text[max(0, f.start - 20) : f.start] + (lead.group(0) if lead else "")))


def _last_year(value: str) -> str | None:
    """"2019-06-05" -> "2018-06-05"; intervals end by end; None when a day does not exist the year before."""
    out = []
    for part in value.split("/"):
        p = PartialDate.parse(part)
        if p is None or p.month is None or (p.day is not None and not valid_day(p.year - 1, p.month, p.day)):
            return None
        out.append(PartialDate(p.year - 1, p.month, p.day).iso())
    return "/".join(out)


# A day or month a likely past (an imparfait, a participle alone: doc_gone) moves to last year only when its nearest
# reading is this far after publication ("votez pour votre novice préféré du 3 au 9 décembre" written in November).
LIKELY_GONE_DAYS = 60


def _gone_year(text: str, found: list[FoundDate], ref: PartialDate | None, gone: Callable[[int, int], int],
               v: Vocabulary) -> list[FoundDate]:
    """"Le 14 juillet, le défilé a eu lieu", "la loi a été adoptée en avril" written in January: a day, span or month
    without a year whose nearest reading starts well after publication is last year's when the verb it hangs on is a
    passé composé (the mirror of _coming_year). Not a target the verb sets ("reporté au 12 mars", "fixé à avril")."""
    base = ref.date() if ref else None
    if base is None:
        return found
    out = list(found)
    for i, f in enumerate(found):
        after = _days_before((f.value or "").split("/")[0], base)
        words = re.findall(r"[\w'’]+", f.text.lower())
        pair = found[i - 1] if i else None  # "les 3 et 10 mars": the first day takes the second's year
        if pair is not None and not (pair.kind == "day_pair" and _SAME_YEAR_JOIN.match(text[pair.end : f.start])):
            pair = None
        told = SURELY if _since(text, f) else max(gone(f.start, f.end), gone(pair.start, pair.end) if pair else 0)
        if (f.kind not in _GONE_KINDS or f.explicit_year or after is None or not told
                or -after <= (FUTURE_SHIFT_DAYS if told == SURELY else LIKELY_GONE_DAYS)
                or any(w in v.weekdays or w in v.directions for w in words)
                or _set_for_later(text, pair or f)):
            continue
        shifted = _last_year(f.value or "")
        if shifted:
            out[i] = replace(f, value=shifted)
            if pair is not None:
                out[i - 1] = replace(pair, value=_last_year(pair.value or "") or pair.value)
            _coordinated_back(text, found, out, i, base)
    return out


def _since(text: str, f: FoundDate | DateMatch) -> bool:
    """"suivi depuis août", "depuis le 22 février": what a span started from is past, whatever the clause's tense."""
    return f.text.lower().startswith("depuis ") or bool(_SINCE.search(text, max(0, f.start - 12), f.start))


def _follow_moved_days(old: list[FoundDate], new: list[FoundDate], v: Vocabulary) -> list[FoundDate]:
    """"Le 3 mars, il a été élu. Le lendemain, il démissionnait" (written in December): a date _gone_year or
    _coming_year moved by whole years takes along the dates counted from it in the first pass ("le lendemain", "trois
    jours plus tard", "le mois suivant"), which were valued against its old year."""
    out = list(new)
    years, told = 0, None  # how many years the last date told has moved, and its first value
    for i, (a, b) in enumerate(zip(old, new, strict=True)):
        if a.value != b.value:
            years, told = _years_moved(a.value, b.value), a.value
        elif a.value and years and _counted_from_told(a, told, v):
            out[i] = replace(a, value=_moved(a.value, years) or a.value)
            told = a.value
        elif a.value and years and told and _weekday_after_told(a, told, v):
            # "Le 3 mars, il a été éliminé. Le samedi suivant, …": the weekday after the told day moved
            moved = PartialDate.parse(_moved(told, years) or "")
            day = resolve_weekday(v.weekdays[_key(a.text.lower().split()[-2])], moved, _direction(a, v))
            out[i] = replace(a, value=day.iso() if day else a.value)
            years = 0
        elif a.value:
            years = 0  # a date of its own: what follows counts from it
    return out


def _direction(f: FoundDate, v: Vocabulary) -> int:
    return v.anchor_directions.get(_key(f.text.lower().replace("’", "'").split()[-1]), 0)


def _weekday_after_told(f: FoundDate, told: str, v: Vocabulary) -> bool:
    """"le samedi suivant", "le lundi précédent": a weekday counted from the day told before (within a week of it)."""
    words = f.text.lower().replace("’", "'").split()
    if f.kind != "weekday" or len(words) < 2 or _key(words[-2]) not in v.weekdays or not _direction(f, v):
        return False
    a, b = PartialDate.parse(f.value or ""), PartialDate.parse(told.split("/")[0])
    da, db = (a.date() if a else None), (b.date() if b else None)
    return da is not None and db is not None and 0 < abs((da - db).days) <= 7


def _counted_from_told(f: FoundDate, told: str | None, v: Vocabulary) -> bool:
    """Days counted from the date told before (an eve within two days of it: else it counted from publication), and
    its month or year ("le mois suivant"); not a weekday nor a week ("le samedi suivant"), which a shift of whole
    years would move off their weekday."""
    if f.kind == "anchored_day":
        a, b = (PartialDate.parse((x or "").split("/")[0]) for x in (f.value, told))
        da, db = (a.date() if a else None), (b.date() if b else None)
        return da is not None and db is not None and abs((da - db).days) <= 2
    words = f.text.lower().replace("’", "'").split()
    return f.kind == "offset" or (
        f.kind in ("rel_month", "rel_year") and bool(words) and _key(words[-1]) in v.anchor_directions)


def _years_moved(before: str | None, after: str | None) -> int:
    a, b = (PartialDate.parse((x or "").split("/")[0]) for x in (before, after))
    if a is None or b is None or (a.month, a.day) != (b.month, b.day):
        return 0
    return b.year - a.year


def _moved(value: str, years: int) -> str | None:
    out = []
    for part in value.split("/"):
        p = PartialDate.parse(part)
        if p is None or (p.day is not None and p.month is not None and not valid_day(p.year + years, p.month, p.day)):
            return None
        out.append(PartialDate(p.year + years, p.month, p.day).iso())
    return "/".join(out)


def _coordinated_back(text: str, found: list[FoundDate], out: list[FoundDate], i: int, base: dt.date) -> None:
    """"en juillet et août", "le 3 mai, le 9 mai ou le 12 mai": the months or days coordinated after one moved a year
    back move with it (in place in `out`) while they too lie after publication."""
    for j in range(i + 1, len(found)):
        g, prev = found[j], found[j - 1]
        after = _days_before((g.value or "").split("/")[0], base)
        if (g.kind != found[i].kind or g.explicit_year or after is None or after >= 0
                or not _SAME_YEAR_JOIN.match(text[prev.end : g.start])):
            return
        out[j] = replace(g, value=_last_year(g.value or "") or g.value)


# "lundi de la semaine prochaine", "vendredi cette semaine": the weekday of that week.
_OF_WEEK = re.compile(r"^\s+(?:de\s+)?$", re.IGNORECASE)


def _weekday_of_week(text: str, found: list[FoundDate], v: Vocabulary) -> list[FoundDate]:
    """A bare weekday followed by the week it belongs to ("mardi de la semaine dernière") is one day, that week's."""
    out: list[FoundDate] = []
    i = 0
    while i < len(found):
        f, nxt = found[i], found[i + 1] if i + 1 < len(found) else None
        wd = v.weekdays.get(_key(f.text))
        is_week = nxt is not None and nxt.kind in ("period_rel", "period_this") and "semaine" in nxt.text.lower()
        first = PartialDate.parse(nxt.value.split("/")[0]) if nxt and nxt.value and is_week else None
        monday = first.date() if first else None
        if nxt is None or wd is None or monday is None or not _OF_WEEK.match(text[f.end : nxt.start]):
            out.append(f)
            i += 1
            continue
        day = PartialDate.of(monday + dt.timedelta(days=wd))
        out.append(replace(f, end=nxt.end, text=text[f.start : nxt.end], value=day.iso(), granularity="day"))
        i += 2
    return out


# How far before "entre" a comparing noun may stand: "la différence, frappante, entre 2010 et 2018".
COMPARED_CHARS = 40
_ENTRE_AT = re.compile(r"entre\s", re.IGNORECASE)


def _compared(text: str, start: int, rules: DateRules | None) -> bool:
    """"le point commun entre 1936 et 1995", "la différence entre 2010 et 2018": two dates compared, each a date of
    its own, not the span between them ("les salaires ont stagné entre 2009 et 2015" stays one interval)."""
    cues = rules.vocab.comparison_cues if rules is not None else frozenset()
    if not cues or not _ENTRE_AT.match(text, start):
        return False
    before = re.split(r"[.!?;:«»\"]", text[max(0, start - COMPARED_CHARS) : start])[-1]  # this clause only
    return any(w in cues for w in _words_before(before, len(before), COMPARED_CHARS)[-3:])
