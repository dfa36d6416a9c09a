"""Normalizing one found expression to an ISO value against the reference date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..numbers import parse_number
from .explicit import parse_explicit
from .finding import _BOUND_CUE, default_rules
from .partial import (
    PRESENT_AHEAD_DAYS,
    TENSE_SHIFT_DAYS,
    DateValue,
    PartialDate,
    resolve_day_month,
    resolve_month,
    resolve_offset,
    resolve_week,
    resolve_weekday,
    resolve_weekday_day,
    shift_months,
    valid_day,
)
from .tense import PLUPERFECT, PRESENT
from .vocabulary import _day, _day_count, _key, _month

if TYPE_CHECKING:
    from .finding import DateMatch, DateRules, Groups
    from .partial import FoundDate, Tense
    from .vocabulary import Vocabulary


def _full_year(written: str) -> int:
    y = int(written)
    return y if y >= 100 else y + (2000 if y < 70 else 1900)


def _direction(v: Vocabulary, word: str | None) -> int:
    return v.directions.get(_key(word), 0) if word else 0


_GRANULARITY = {
    "month_year": "month",
    "month_rel": "month",
    "month_cued": "month",
    "month_part": "month",
    "year": "year",
    "year_era": "year",
    "rel_year": "year",
    "season_year": "year",
    "season": "year",
    "year_edge": "year",
    "rel_month": "month",
    "day_range": "interval",
    "day_range_bare": "interval",
    "month_range": "interval",
    "period_rel": "interval",
    "period_this": "interval",
    "week_part": "interval",
    "term": "month",
    "term_year": "month",
    "year_part": "interval",
    "year_part_rel": "interval",
    "year_range": "interval",
    "decade": "interval",
    "decade_short": "interval",
    "decade_half": "interval",
    "season_bare": "year",
    "month_edge": "month",
}
_CALENDAR = (
    "day_range", "month_range", "year_range", "month_year", "month_rel", "month_cued", "month_part", "year", "year_era",
    "season_year", "year_part", "decade", "term_year", "decade_short", "decade_half",
)
_EXPLICIT = ("day", "day_pair", "num_date", "num_date_dash", "iso_date", "num_dm", "ymd_date")


def _interval(a: PartialDate | None, b: PartialDate | None, relative: bool, explicit: bool = False) -> DateValue:
    if a is None or b is None:
        return DateValue(None, "interval", relative, explicit)
    return DateValue(f"{a.iso()}/{b.iso()}", "interval", relative, explicit)


def _normalize_explicit(dm: DateMatch, ref: PartialDate | None, v: Vocabulary) -> DateValue:
    """A written day (and month, and maybe year): dateparser reads the span, the rules place a missing year."""
    g = dm.groups
    explicit = bool(g.get("y"))
    p = parse_explicit(re.sub(r"[\[\]]", "", g["core"])) if g.get("core") else None
    if p is None or (p.granularity != "day" and g.get("d")):
        # dateparser does not read day words ("vingt-deux avril") nor 29 February in another year.
        m = _month(v, g.get("m")) or (int(g["mn"]) if g.get("mn") else None)
        y = _full_year(g["y"]) if explicit else 2000  # 2000: a leap year, replaced by the resolved year below
        d = _day(v, g["d"]) if g.get("d") else None
        p = PartialDate(y, m, d) if m and (d is None or valid_day(y, m, d)) else None
    if p is None:
        return DateValue(None, "day", not explicit, explicit)
    if explicit:
        return DateValue(_two_digit_century(p, g["y"] or "", ref).iso(), p.granularity, False, True)
    wd = v.weekdays.get(_key(g["wd"])) if g.get("wd") else None
    r = resolve_day_month(p.day or 1, p.month or 1, ref, wd, _direction(v, g.get("dir")))
    return DateValue(r.iso() if r else None, "day", True)


# A year written in two digits is at most this far after the reference year: "né le 14 août 52" written in 2024 is 1952,
# "échéance au 30-6-25" 2025.
TWO_DIGIT_YEAR_AHEAD = 20


def _two_digit_century(p: PartialDate, written: str, ref: PartialDate | None) -> PartialDate:
    """The century of a year written in two digits, from the reference year (dateparser takes 2052 for "52")."""
    if len(written) != 2:
        return p
    base = ref.year if ref else dt.date.today().year
    year = base // 100 * 100 + int(written)
    year -= 100 if year > base + TWO_DIGIT_YEAR_AHEAD else 0
    ok = p.month is None or p.day is None or valid_day(year, p.month, p.day)
    return PartialDate(year, p.month, p.day) if ok else p


def _normalize_calendar(dm: DateMatch, ref: PartialDate | None, v: Vocabulary) -> DateValue:
    """Ranges, months and years written with words and digits."""
    g, k = dm.groups, dm.kind
    if k == "day_range":
        m = _month(v, g["m"]) or 1
        d1, d2 = _day(v, g["d1"]), _day(v, g["d2"])
        if g.get("y"):
            y = int(g["y"])
            ok = valid_day(y, m, d1) and valid_day(y, m, d2)
            return _interval(PartialDate(y, m, d1) if ok else None, PartialDate(y, m, d2), False, True)
        # One month, so one year: "du 8 au 12 juillet" written on 10 January must not end in the July before its
        # start because 12 July lies a day further from January than 8 July.
        first = resolve_day_month(d1, m, ref)
        last = PartialDate(first.year, m, d2) if first and valid_day(first.year, m, d2) else None
        return _interval(first, last, True)
    if k == "month_range":
        m1, m2 = _month(v, g["m1"] or g["h1"]) or 1, _month(v, g["m2"] or g["h2"]) or 1
        if g.get("y"):
            y = int(g["y"])
            return _interval(PartialDate(y if m1 <= m2 else y - 1, m1), PartialDate(y, m2), False, True)
        first = resolve_month(m1, ref)
        # The span ends after it starts: "d'avril à septembre" written in February ends in that year's September.
        last = PartialDate(first.year + (m2 < m1), m2) if first else None
        return _interval(first, last, True)
    if k in ("year", "season_year", "year_era"):
        return DateValue(g["y"], "year", False, True)
    if k == "year_range":
        return DateValue(f"{g['y1']}/{g['y2']}", "interval", False, True)
    if k == "term_year":
        return DateValue(PartialDate(int(g["y"]), v.terms[_key(g["term"])]).iso(), "month", False, True)
    if k == "decade":
        return DateValue(f"{g['dec']}/{int(g['dec']) + 9}", "interval", False, True)
    if k == "decade_short":
        return DateValue(f"{1900 + int(g['dec'])}/{1909 + int(g['dec'])}", "interval", False, True)
    if k == "decade_half":
        start = int(g["dec"]) + (1900 if len(g["dec"]) == 2 else 0) + 5 * (v.half_ordinals[_key(g["half"])] - 1)
        return DateValue(f"{start}/{start + 4}", "interval", False, True)
    if k == "month_year":
        return DateValue(PartialDate(int(g["y"]), _month(v, g["m"])).iso(), "month", False, True)
    if k == "year_part":
        # "le quatrième trimestre 2018" -> 2018-10-01/2018-12-31
        size, n = v.year_parts[_key(g["yp"])], v.ordinals[_key(g["ord"])]
        n = 12 // size if n == -1 else n  # "le dernier trimestre 2018": the fourth
        year = int(g["y"]) if g.get("y") else ref.year if ref else None
        if year is None or n * size > 12:
            return DateValue(None, "interval", True)
        last = calendar.monthrange(year, n * size)[1]
        return _interval(PartialDate(year, n * size - size + 1, 1), PartialDate(year, n * size, last), not g.get("y"),
                         bool(g.get("y")))
    month = _month(v, g["m"]) or 1
    p = resolve_month(month, ref, _direction(v, g.get("dir")) if k == "month_rel" else 0)
    return DateValue(p.iso() if p else None, "month", True)


def _holiday_by_tense(month: int, mday: int, ref: PartialDate | None, tense: int) -> PartialDate | None:
    """"à Noël", "pour le 11-Novembre": the last one in a past clause, the next one in a future clause, else the
    closest to publication (GUIDELINES: a holiday is read in the year the tense points to, as a weekday). As for a
    month, only when the closest lies far on the wrong side: "le présent le plus vendu à Noël" written on 4 December
    is that Christmas, whatever the participle (a future clause always looks ahead)."""
    p = resolve_day_month(mday, month, ref)
    if p is None or ref is None or ref.month is None or tense not in (-2, -1, 1):
        return p
    days = [dt.date(y, month, mday) for y in (ref.year - 1, ref.year, ref.year + 1) if valid_day(y, month, mday)]
    return PartialDate.of(_day_by_tense(days, dt.date(ref.year, ref.month, ref.day or 15), tense)) if days else p


def _feast_by_direction(month: int, mday: int, ref: PartialDate | None, direction: int) -> PartialDate | None:
    """"Noël dernier" told on 20 December is the one of the year before; "Noël prochain" the coming one."""
    if ref is None or ref.month is None or direction == 0:
        return resolve_day_month(mday, month, ref)
    on = dt.date(ref.year, ref.month, ref.day or 15)
    day = _day_by_direction([dt.date(y, month, mday) for y in (ref.year - 1, ref.year, ref.year + 1)
                             if valid_day(y, month, mday)], on, direction)
    return PartialDate.of(day) if day else None


def _day_by_direction(days: list[dt.date], on: dt.date, direction: int) -> dt.date | None:
    """Of a feast's days in the years around `on` (in order): the last one before it ("dernier", direction < 0) or
    the next one after it ("prochain"); the day `on` itself is neither."""
    if direction < 0:
        return next((d for d in reversed(days) if d < on), None)
    return next((d for d in days if d > on), None)


def _day_by_tense(days: list[dt.date], on: dt.date, tense: int, leeway: int = TENSE_SHIFT_DAYS) -> dt.date:
    """Of a feast's days in the years around `on` (in order): the last one in a past clause, the next one in a future
    clause, else the closest. A past clause keeps the closest when it lies ahead by no more than `leeway` days
    (TENSE_SHIFT_DAYS, as for a month: "le présent le plus vendu à Noël" written on 4 December is that Christmas)."""
    near = min(days, key=lambda d: abs((d - on).days))
    if tense < 0 and near - on > dt.timedelta(days=leeway):
        return next((d for d in reversed(days) if d <= on), near)
    if tense == 1:
        return next((d for d in days if d >= on), near)
    return near


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The n-th given weekday of a month (n = -1: the last one); None when the month has no such n-th day."""
    days = [dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).weekday() == weekday]
    if n > 0:
        return days[n - 1] if n <= len(days) else None
    return days[n] if -n <= len(days) else None


def _weekday_of_month(g: Groups, ref: PartialDate | None, v: Vocabulary, tense: int) -> DateValue:
    """"le premier samedi de décembre": that day of the month, in the year written, else the year the tense points to
    (as a holiday's); "le dernier week-end de novembre": the Saturday-Sunday of that month's last Saturday."""
    month, n = _month(v, g["m"]) or 1, v.ordinals[_key(g["ord"])]
    weekday = 5 if g.get("we") else v.weekdays[_key(g["wd"])]
    years = [int(g["y"])] if g.get("y") else [ref.year - 1, ref.year, ref.year + 1] if ref else []
    days = [d for d in (_nth_weekday(y, month, weekday, n) for y in years) if d is not None]
    if not days:
        return DateValue(None, "interval" if g.get("we") else "day", not g.get("y"), bool(g.get("y")))
    if g.get("y") or ref is None or ref.month is None:
        first = days[0]
    else:  # (no leeway for a past clause, unlike a feast's: "le premier samedi d'avril, la brocante a réuni …")
        first = _day_by_tense(days, dt.date(ref.year, ref.month, ref.day or 15), tense, leeway=0)
    if g.get("we"):
        return _interval(PartialDate.of(first), PartialDate.of(first + dt.timedelta(days=1)), not g.get("y"),
                         bool(g.get("y")))
    return DateValue(first.isoformat(), "day", not g.get("y"), bool(g.get("y")))


def _month_short_year(g: Groups, ref: PartialDate | None, v: Vocabulary) -> DateValue:
    """"Mai 68" written in 2019 is May 1968: the last year ending in those two digits, up to the year of publication
    (a month named with a short year is a past one). In an undated text, only the 1900s above 30 ("juin 40")."""
    yy = int(g["yy"])
    if ref is None:
        year = 1900 + yy if yy > 30 else None
    else:
        year = ref.year // 100 * 100 + yy
        year -= 100 if year > ref.year else 0
    return DateValue(PartialDate(year, _month(v, g["m"])).iso() if year else None, "month", False, True)


def _past_quarter(dv: DateValue, ref: PartialDate | None, tense: int) -> DateValue:
    """"au quatrième trimestre" told in January in a past or present clause: last year's, the latest one begun."""
    p = PartialDate.parse(dv.value.split("/")[0]) if dv.value else None
    if p is None or ref is None or ref.month is None or p.month is None or tense > 0 or p.month <= ref.month:
        return dv
    end = PartialDate.parse(dv.value.split("/")[1]) if dv.value else None
    if end is None or end.month is None:
        return dv
    last = calendar.monthrange(p.year - 1, end.month)[1]
    return _interval(PartialDate(p.year - 1, p.month, 1), PartialDate(p.year - 1, end.month, last), True)


def _month_range_by_tense(dv: DateValue, ref: PartialDate | None, tense: int) -> DateValue:
    """"d'avril à juin" with no year, read at its nearest months: in a past clause a span not over yet at publication
    is last year's ("d'avril à juin, les ventes ont chuté", told in January), in a future clause one already begun
    is next year's."""
    if dv.value is None or ref is None or ref.month is None or tense == 0 or tense == PRESENT:
        return dv
    first, last = (PartialDate.parse(x) for x in dv.value.split("/"))
    if first is None or last is None:
        return dv
    now = (ref.year, ref.month)
    step = -1 if tense < 0 and (last.year, last.month or 1) > now else (
        1 if tense == 1 and (first.year, first.month or 1) < now else 0)
    if not step:
        return dv
    return DateValue(f"{PartialDate(first.year + step, first.month).iso()}/{PartialDate(last.year + step, last.month).iso()}",
                     dv.granularity, dv.relative, dv.explicit_year)


def _shift_by_tense(dv: DateValue, ref: PartialDate | None, tense: int) -> DateValue:
    """A day or month without a year, read at its nearest, moved a year back in a plus-que-parfait clause when it
    lies well after the reference ("le maire avait promis un budget en décembre", written in September)."""
    p = PartialDate.parse(dv.value)
    if p is None or p.month is None or dv.explicit_year or ref is None or ref.month is None:
        return dv
    delta = (dt.date(p.year, p.month, p.day or 15) - dt.date(ref.year, ref.month, ref.day or 15)).days
    # Only backwards and only from the plus-que-parfait: a future verb often governs a past date in the same sentence
    # ("le mouvement né le 17 novembre appellera ..."); the passé composé and the imparfait of the verb the date hangs
    # on are read later, from the parse (anchors._gone_year).
    if tense != PLUPERFECT or delta <= TENSE_SHIFT_DAYS or (p.day and not valid_day(p.year - 1, p.month, p.day)):
        return dv
    return DateValue(PartialDate(p.year - 1, p.month, p.day).iso(), dv.granularity, dv.relative, dv.explicit_year)


def _normalize_weekday(
    dm: DateMatch, ref: PartialDate | None, v: Vocabulary, tense: int, anchor: PartialDate | None
) -> PartialDate | None:
    """"mardi dernier", "ce mardi", "le samedi précédent", and a bare "mardi" read by the tense of its clause."""
    g = dm.groups
    wd = v.weekdays[_key(g["wd"])]
    if dm.kind == "weekday_next":  # "un nouveau samedi" of protests: the coming one
        return resolve_weekday(wd, ref, 1)
    if g.get("dir") and _key(g["dir"]) in v.anchor_directions:
        # "le samedi précédent": before the day just mentioned (the publication date when none was).
        return resolve_weekday(wd, anchor or ref, v.anchor_directions[_key(g["dir"])])
    direction = _direction(v, g.get("dir"))
    if direction:
        return resolve_weekday(wd, ref, direction)
    if g.get("ce") and g["ce"].lower() == "ce":
        if tense == 0:
            return resolve_weekday(wd, ref, this_week=True)
        return resolve_weekday(wd, ref, 1 if tense > 0 else -1, inclusive=True)
    # A bare weekday: the last one on or before publication, unless the clause is in the future (or the present:
    # then the publication day itself may be meant).
    # The publication day itself counts in the future too: "le ministre recevra jeudi les syndicats", in a dispatch
    # of a Thursday, is that day (the press writes "jeudi prochain" for the next one).
    if tense == PRESENT or tense > 0:
        ahead = resolve_weekday(wd, ref, 1, inclusive=True)
        if tense == PRESENT and ahead is not None and ref is not None and _days_after(ahead, ref) > PRESENT_AHEAD_DAYS:
            return resolve_weekday(wd, ref)
        return ahead
    return _untensed_weekday(wd, ref) if tense == 0 else resolve_weekday(wd, ref)


def _normalize_period(dm: DateMatch, ref: PartialDate | None, v: Vocabulary, tense: int) -> DateValue:
    """"la semaine dernière" (Monday-Sunday), "cette semaine", "ce week-end" (Saturday-Sunday)."""
    g = dm.groups
    if v.periods.get(_key(g["per"])) == "night":
        return _night(dm, ref, v, tense)
    weekend = v.periods.get(_key(re.sub(r"\s+", " ", g["per"]))) == "weekend"
    base = ref.date() if ref else None
    if base is None:
        return DateValue(None, "interval", True)
    before_weekend = base.weekday() < 5
    # From Thursday on, "ce week-end" is the coming one whatever the tense ("les matches prévus ce week-end ont été
    # reportés", on a Friday); early in the week a past sentence means the one just gone.
    early_week = base.weekday() < 3
    if dm.kind == "period_rel":
        direction = _direction(v, g["dir"])
        weeks = direction if not weekend else (-1 if direction < 0 else (0 if before_weekend else 1))
    else:
        # "ce week-end" told on a weekday: the one just past in a past sentence, else the coming one.
        weeks = -1 if weekend and early_week and tense < 0 else 0
    week = resolve_week(ref, weeks, weekend=weekend)
    return _interval(*week, True) if week else DateValue(None, "interval", True)


def _week_part_step(part: str | None, ref: PartialDate | None, tense: int) -> int:
    """Which week "en fin (début, milieu) de semaine" names, counted from the publication's: a part of the week that
    has not come yet is last week's in a past clause ("le calme est revenu en fin de semaine", published on a Monday),
    a part already gone is next week's in a future one ("ils se reverront en début de semaine", published on a
    Thursday). Otherwise, and without a tense, the publication's week."""
    base = ref.date() if ref and ref.day else None
    if base is None or part is None:
        return 0
    # the weekday each part stands for: Monday-Tuesday, Wednesday, Friday-Sunday
    first, last = {"début": (0, 1), "milieu": (2, 2), "fin": (4, 6)}.get(part.lower(), (0, 6))
    if tense < 0 and base.weekday() < first:
        return -1
    if tense > 0 and base.weekday() > last:
        return 1
    return 0


def normalize(
    dm: DateMatch,
    ref: PartialDate | None,
    rules: DateRules | None = None,
    *,
    tense: int = 0,
    anchor: PartialDate | None = None,
) -> DateValue:
    """Value of one expression against the reference (publication) date; `tense` is the tense of its clause
    (-1, 0, +1) and `anchor` the day mentioned just before ("le lendemain" counts from it)."""
    v = (rules or default_rules()).vocab
    g, k = dm.groups, dm.kind

    def day(p: PartialDate | None) -> DateValue:
        return _dated(p, k)

    if k in _EXPLICIT:
        dv = _normalize_explicit(dm, ref, v)
        return _shift_by_tense(dv, ref, tense) if k == "day" and not (g.get("dir") or g.get("wd")) else dv
    if k in _CALENDAR:
        dv = _normalize_calendar(dm, ref, v)
        if k == "year_part" and not g.get("y"):
            return _past_quarter(dv, ref, tense)
        if k == "month_range" and not g.get("y"):
            return _month_range_by_tense(dv, ref, tense)
        return _shift_by_tense(dv, ref, tense) if k in ("month_cued", "month_part") else dv
    if k in ("weekday", "weekday_next"):
        return day(_normalize_weekday(dm, ref, v, tense, anchor))
    if k == "month_short_year":
        return _month_short_year(g, ref, v)
    if k in ("holiday", "holiday_named", "holiday_of"):
        month, mday = v.holidays[_key(g["hol"] if k != "holiday_of" else "le " + g["hol"])]
        cue = _key(g.get("cue") or "") + (" de" if k == "holiday_of" and g.get("cue") else "")
        # "depuis la Toussaint": past; "a promis le rétablissement d'ici Noël": a deadline, not read as past by the
        # promise's passé composé (the closest one); a plus-que-parfait still tells an old promise
        deadline = cue in ("d'ici", "d’ici") and tense != PLUPERFECT
        if g.get("y") and valid_day(int(g["y"]), month, mday):  # "Noël 2018"
            return day(PartialDate(int(g["y"]), month, mday))
        if g.get("dir"):  # "Noël dernier": the last one before publication, "Noël prochain" the next one
            return day(_feast_by_direction(month, mday, ref, _direction(v, g["dir"])))
        p = _holiday_by_tense(month, mday, ref, -1 if cue == "depuis" else max(tense, 0) if deadline else tense)
        return day(PartialDate.of(p.date() + dt.timedelta(days=v.holiday_cues.get(cue, 0))) if p and p.date() else None)
    if k == "weekday_of_month":
        return _weekday_of_month(g, ref, v, tense)
    if k == "weekday_day":
        return day(resolve_weekday_day(v.weekdays[_key(g["wd"])], _day(v, g["d"]), ref))
    if k in ("rel_day", "anchored_day"):
        offset = v.relative_days[_key(g["rd"])] if k == "rel_day" else v.anchored_days[_key(g["ad"])]
        counted_from = anchor if k == "anchored_day" and anchor else ref
        base = counted_from.date() if counted_from else None
        return day(PartialDate.of(base + dt.timedelta(days=offset)) if base else None)
    if k in ("period_rel", "period_this"):
        return _period_from_anchor(dm, ref, anchor, v, tense)
    if k == "rel_year":
        return day(PartialDate(ref.year + _year_step(g, v)) if ref else None)
    if k in ("season", "season_bare"):
        winter = _this_winter(v.seasons[_key(g["season"])], g, ref, v, tense)
        return winter if winter is not None else day(_season_year(v.seasons[_key(g["season"])], g, ref, v, tense))
    if k == "month_edge":
        return day(_month_edge(g, ref, v))
    if k == "year_edge":
        return day(_year_edge(dm, ref, tense))
    if k == "week_part":
        # (not a heading that opens on "Fin de semaine" and a participle: the week it opens)
        week = resolve_week(ref, _week_part_step(g.get("part"), ref, tense))
        return _interval(*week, True) if week else DateValue(None, "interval", True)
    if k == "term":
        return day(_term_month(v.terms[_key(g["term"])], ref, tense))
    if k == "rel_month":
        return day(_relative_month(g, ref, v))
    if k == "lone_day":
        since = (g.get("cue") or "").lower().startswith("depuis")  # whatever the verb, the start is past
        return day(_lone_day(_day(v, g["d"] or ""), ref, -1 if since else tense))
    if k == "day_range_bare":
        return _normalize_bare_range(dm, ref, v)
    if k == "day_current_month":
        mday = _day(v, g["d"])
        return day(PartialDate(ref.year, ref.month, mday) if ref and ref.month and valid_day(ref.year, ref.month, mday)
                   else None)
    if k in ("ago", "ahead"):
        return _counted(k, g, ref, v)
    return DateValue(None, "day", False)


def _year_edge(dm: DateMatch, ref: PartialDate | None, tense: int) -> PartialDate | None:
    """"au début de l'année" said in November in the future tense is the coming year; "à la fin de l'année" said in
    January in the past tense the one just ended."""
    if ref is None:
        return None
    late, early = ref.month is not None and ref.month >= 10, ref.month is not None and ref.month <= 2
    if dm.text.lower().startswith("depuis"):
        late = False  # "depuis le début de l'année" said in November: a start already past, this year's
    edge = (dm.groups["edge"] or "").lower()
    shift = 1 if edge == "début" and tense > 0 and late else (-1 if edge == "fin" and tense < 0 and early else 0)
    return PartialDate(ref.year + shift)


def _counted(k: str, g: dict[str, str | None], ref: PartialDate | None, v: Vocabulary) -> DateValue:
    """"il y a trois jours", "dans deux mois", "il y a cinq ans jour pour jour": counted from publication."""
    unit = _key(g["unit"] or "")
    sign = -1 if k == "ago" else 1
    if g.get("half"):  # "il y a un an et demi": 18 months back, a month (_keep_ago lets years and months through)
        return _dated(_half_offset(_day_count(v, g["n"], unit), unit, ref, sign), "rel_month")
    count = v.round_counts[_key(g["round"])] if g.get("round") else _day_count(v, g["n"] or "", unit)
    p = resolve_offset(count, v.units.get(unit, 0), unit, ref, sign)
    if g.get("same"):
        if p is not None and p.day is not None:  # "il y a deux semaines, jour pour jour": the day counted back
            fortnight = k == "ago" and _fortnight(v, g["n"], unit)
            base = ref.date() if ref else None
            return _dated(PartialDate.of(base - dt.timedelta(days=14)) if fortnight and base else p, k)
        return _dated(_same_day(p, ref), k)
    # "il y a quinze jours" is that rough week (dates33, dates36 keys); "dans 15 jours" the day (dates30 key)
    weeks = unit.startswith("semaine") or (k == "ago" and _fortnight(v, g["n"], unit))
    week = resolve_week(p, 0) if weeks else None
    return _interval(*week, True) if week else _dated(p, k)  # "il y a trois semaines": that week, Monday-Sunday


def _fortnight(v: Vocabulary, written: str | None, unit: str) -> bool:
    """"il y a quinze jours": a rough two weeks (idiom_weeks), told as that week, not the 14th day back."""
    try:
        return unit.startswith("jour") and int(parse_number(written or "")) in v.idiom_weeks
    except (ValueError, KeyError):
        return False


def _half_offset(n: int, unit: str, ref: PartialDate | None, sign: int) -> PartialDate | None:
    """"un an et demi" is 18 months; "deux mois et demi" 75 days, the month they fall in."""
    if ref is None or ref.month is None:
        return None
    if not unit.startswith("mois"):
        return PartialDate(*shift_months(ref.year, ref.month, sign * (12 * n + 6)))
    base = ref.date()
    if base is None:
        return None
    p = PartialDate.of(base + dt.timedelta(days=sign * (30 * n + 15)))
    return PartialDate(p.year, p.month)


def _dated(p: PartialDate | None, kind: str) -> DateValue:
    """The value of a found expression: the date, or none with the granularity its kind has."""
    return DateValue(p.iso() if p else None, p.granularity if p else _GRANULARITY.get(kind, "day"), True)


def _same_day(p: PartialDate | None, ref: PartialDate | None) -> PartialDate | None:
    """"il y a cinq ans jour pour jour": the publication's day of the month in the year (and month) counted back."""
    if p is None or ref is None or ref.month is None or ref.day is None:
        return None
    month = p.month or ref.month
    return PartialDate(p.year, month, ref.day) if valid_day(p.year, month, ref.day) else None


def _relative_month(g: dict[str, str | None], ref: PartialDate | None, v: Vocabulary) -> PartialDate | None:
    """"ce mois-ci", "le mois dernier" count from publication; "le mois suivant"/"précédent" too when no date was told
    before it (_month_from_told counts them from that date)."""
    if ref is None or ref.month is None:
        return None
    written = g.get("dir") or g.get("pdir")  # "pdir": after "du"/"au" ("du mois dernier")
    step = v.anchor_directions.get(_key(written or "")) or (0 if g.get("this") else _direction(v, written) or -1)
    y, m = shift_months(ref.year, ref.month, step)
    return PartialDate(y, m)


def _month_from_told(found: list[FoundDate], v: Vocabulary) -> list[FoundDate]:
    """"la grue a été livrée le mois suivant": the month after the date told before it (a day, a month or the end of
    a range); unknown when that date gives only a year."""
    out = list(found)
    for i, f in enumerate(found):
        words = f.text.lower().split()
        step = v.anchor_directions.get(_key(words[-1])) if f.kind == "rel_month" and words else None
        told = next((g for g in reversed(out[:i]) if g.value), None)
        if not step or told is None:
            continue
        last = PartialDate.parse((told.value or "").split("/")[-1])
        y, m = shift_months(last.year, last.month, step) if last and last.month else (0, 0)
        out[i] = replace(f, value=PartialDate(y, m).iso() if m else None)
    return out


def _year_step(g: dict[str, str | None], v: Vocabulary) -> int:
    """"l'an dernier" -1, "cette année" 0, "l'an prochain" +1; "l'année suivante" +1 ("suivant" gives no direction
    to a weekday: "le mardi suivant" may be this week's), counted from publication when no date was told before."""
    if g.get("this"):
        return 0
    return v.anchor_directions.get(_key(g.get("dir") or "")) or _direction(v, g.get("dir")) or -1


def _year_from_told(found: list[FoundDate], v: Vocabulary) -> list[FoundDate]:
    """"élu en 2019, il a démissionné l'année suivante": the year after (or before) the date told before it, as
    "le mois suivant" counts from the month told (_month_from_told); "l'an dernier" still counts from publication."""
    out = list(found)
    for i, f in enumerate(found):
        words = f.text.lower().split()
        step = v.anchor_directions.get(_key(words[-1])) if f.kind == "rel_year" and words else None
        told = next((g for g in reversed(out[:i]) if g.value), None)
        last = PartialDate.parse((told.value or "").split("/")[-1]) if told else None
        if step and last is not None:
            out[i] = replace(f, value=PartialDate(last.year + step).iso())
    return out


def _bound_month_ahead(
    text: str, found: list[FoundDate], ref: PartialDate | None, tense: Tense | None
) -> list[FoundDate]:
    """"Il faudra attendre décembre", "rien ne bougera avant décembre", written in December: a wait in the future
    ends in a month to come, so the publication's own month is next year's."""
    if ref is None or ref.month is None or tense is None:
        return found
    out = list(found)
    for i, f in enumerate(found):
        p = PartialDate.parse(f.value)
        if (f.kind != "month_cued" or p is None or (p.year, p.month) != (ref.year, ref.month)
                or not _BOUND_CUE.search(text, max(0, f.start - 10), f.start) or tense(f.start, f.end) != 1):
            continue
        out[i] = replace(f, value=PartialDate(p.year + 1, p.month).iso())
    return out


def _lone_day(mday: int, ref: PartialDate | None, tense: int) -> PartialDate | None:
    """"pour le 27" in a past clause: the latest 27th on or before publication; in a future one the next on or after
    it; unknown in the present or without a verb (the nearest 27th would be a guess)."""
    base = ref.date() if ref else None
    if base is None or tense == PRESENT or tense == 0:
        return None
    step = 1 if tense > 0 else -1
    y, m = base.year, base.month
    for _ in range(3):  # a 31st may be two months away
        if valid_day(y, m, mday) and (dt.date(y, m, mday) - base).days * step >= 0:
            return PartialDate(y, m, mday)
        y, m = shift_months(y, m, step)
    return None


def _normalize_bare_range(dm: DateMatch, ref: PartialDate | None, v: Vocabulary) -> DateValue:
    """"du 13 au 18" (no month written): days of the reference month."""
    d1, d2 = _day(v, dm.groups["d1"] or ""), _day(v, dm.groups["d2"] or "")
    if ref is None or ref.month is None or not valid_day(ref.year, ref.month, d2):
        return DateValue(None, "interval", True)
    return _interval(PartialDate(ref.year, ref.month, d1), PartialDate(ref.year, ref.month, d2), True)


def _term_month(month: int, ref: PartialDate | None, tense: int) -> PartialDate | None:
    """"à la rentrée" (September): this year's, the next one when said after it in the future tense, the last one
    when said before it in a past sentence."""
    if ref is None or ref.month is None:
        return None
    shift = 1 if tense > 0 and ref.month > month else (-1 if tense < 0 and ref.month < month else 0)
    return PartialDate(ref.year + shift, month)


def _this_winter(start: int, g: dict[str, str | None], ref: PartialDate | None, v: Vocabulary,
                 tense: int) -> DateValue | None:
    """"cet hiver" spans two years: from October to March the winter around publication ("2018/2019" told in
    December 2018 or January 2019), between April and September the last one in a past clause, the next one in a
    future clause. "l'hiver dernier" is the one before the winter under way or just gone ("2017/2018" told in February
    2019 or in May 2018), "l'hiver prochain" the one after it. None for any other season or wording (_season_year)."""
    if start != 12 or ref is None or ref.month is None:
        return None
    det, step = _key(g.get("det") or ""), _direction(v, g.get("dir"))
    if step and det.endswith(("l'", "l’")):  # "l'hiver dernier", "depuis l'hiver dernier"
        # From January to March the last winter is the one before the winter under way; the next one starts in
        # publication's year, or the year after in December (the winter is under way).
        first = ref.year + (ref.month == 12) if step > 0 else ref.year - 2 if ref.month <= 3 else ref.year - 1
        return DateValue(f"{first}/{first + 1}", "interval", True)
    if det != "cet" or g.get("dir"):
        return None
    if ref.month >= 10:
        first = ref.year
    elif ref.month <= 3:
        first = ref.year - 1
    elif tense in (1, -1, PLUPERFECT):
        first = ref.year if tense == 1 else ref.year - 1
    else:
        return None
    return DateValue(f"{first}/{first + 1}", "interval", True)


def _season_year(start: int, g: dict[str, str | None], ref: PartialDate | None, v: Vocabulary, tense: int) -> PartialDate | None:
    """The year of "l'automne dernier", "depuis l'été", "avant l'été" (`start`: its first month). A season under way
    at publication is that year's, whatever the tense; another one is read by its direction word, "depuis" (past),
    "avant"/"d'ici" (to come) or the tense: "cet été" in a December sentence in the future is next year's."""
    if ref is None or ref.month is None:
        return None
    det = (g.get("det") or "").lower()
    months_in = (ref.month - start) % 12  # 0-2: the season is under way at publication
    direction = _direction(v, g.get("dir")) or (-1 if det.startswith("depuis") else 0)
    if not direction and start == 12:
        # A winter spans two years ("cet hiver", "malgré l'hiver"): no one year without "dernier" or "prochain".
        return None
    if not direction and months_in <= 2:
        return PartialDate(ref.year)
    if not direction:
        # "le conflit qui secoue le pays cet automne", told in December: the present names no other year.
        told = 0 if tense == PRESENT and det.startswith("ce") else tense
        direction = 1 if det.startswith(("avant", "d'ici", "d’ici")) else told
    if direction < 0:
        return PartialDate(ref.year if ref.month >= start else ref.year - 1)
    if direction > 0:
        return PartialDate(ref.year if ref.month < start else ref.year + 1)
    return PartialDate(ref.year)


# Cues of a deadline: "d'ici la fin du mois", "avant la fin du mois" name this month whatever the tense.
# A deadline or a start ("depuis le début du mois"): one particular month, never the idiom of making ends meet.
_DEADLINE = re.compile(r"^(?:d['’]ici|avant|jusqu['’]à|depuis)", re.IGNORECASE)


# A conditional in -rait/-raient ("progresserait", "reprendraient"), which the tagger reads as an imparfait.
_CONDITIONAL_WORD = re.compile(r"\w(?:er|rr|dr|aur|evr|uivr|vivr|ir)(?:ait|aient)\b", re.IGNORECASE)


# A conditional past: "aurait"/"serait" and a participle ("aurait fermé", "seraient restés").
_PAST_CONDITIONAL = re.compile(r"\b(?:aur|ser)(?:ait|aient)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|ie|u|us|ue|t)\b", re.IGNORECASE)


def _forecast_tense(text: str, dm: DateMatch, tense: int) -> int:
    """"l'activité progresserait au printemps": a season or span read as past because the tagger takes the conditional
    for an imparfait is a forecast when a conditional comes before it in its clause (seasons, month spans and parts
    of the year only)."""
    if dm.kind not in ("season", "season_bare", "month_range", "month_edge", "year_edge") or tense >= 0:
        return tense
    clause = re.split(r"[.;!?\n]", text[max(0, dm.start - 100) : dm.start])[-1]
    if _PAST_CONDITIONAL.search(clause):
        return tense  # "la station aurait fermé cet été": a conditional past tells what may have been, still past
    return 1 if _CONDITIONAL_WORD.search(clause) else tense


def _told_once(dm: DateMatch, tense: int, v: Vocabulary) -> bool:
    """Whether a season or a part of "the month" with no year nor direction names one particular time: "au printemps"
    in a present clause is a habit ("au printemps, les prix montent"), "à la fin du mois" the idiom of making ends
    meet; in a past or future clause (a deadline or "prochain" for the month) they are dates, "au début du mois" in a
    past clause too."""
    g = dm.groups
    if dm.kind == "season_bare":
        return tense in (-2, -1, 1)
    if dm.kind == "month_edge":
        # "Au début du mois, la neige avait paralysé …": the start or middle of the month in a past clause is this
        # month's (no idiom there, unlike the end of the month).
        past_part = tense in (-2, -1) and (g.get("edge") or "").lower() in {"début", "milieu"}
        return bool(g.get("dir")) or bool(_DEADLINE.match(g.get("cue") or "")) or tense == 1 or past_part
    return True


def _month_edge(g: Groups, ref: PartialDate | None, v: Vocabulary) -> PartialDate | None:
    """"à la fin du mois" (this month), "au début du mois prochain": a month counted from publication; "du mois
    suivant/précédent" counts from a month the text told, not from publication (None)."""
    if ref is None or ref.month is None:
        return None
    step = 0
    if g.get("dir"):
        step = _direction(v, g["dir"])
        if not step or _key(g["dir"]).startswith("précédent"):
            return None
    year, month = shift_months(ref.year, ref.month, step)
    return PartialDate(year, month)


# ---------------------------------------------------------------- press relatives: nights, "X dernier", anaphoric days
def _days_after(day: PartialDate, ref: PartialDate) -> int:
    a, b = day.date(), ref.date()
    return (a - b).days if a is not None and b is not None else 0


def _untensed_weekday(weekday: int, ref: PartialDate | None) -> PartialDate | None:
    """A bare weekday whose clause has no tense we can read ("pas le moment de marcher samedi", "de se saisir du
    texte dès vendredi"): the last one on or before publication, except the day right after publication, which is
    tomorrow far more often than six days ago (a past one that far back is written "jeudi dernier")."""
    base = ref.date() if ref else None
    if base is not None and weekday == (base.weekday() + 1) % 7:
        return PartialDate.of(base + dt.timedelta(days=1))
    return resolve_weekday(weekday, ref)


def _night(dm: DateMatch, ref: PartialDate | None, v: Vocabulary, tense: int) -> DateValue:
    """"la nuit dernière" (or "cette nuit" told in the past): the night before publication; "la nuit prochaine" (or
    "cette nuit" in the future) the coming one; each as the two days it spans. "La nuit précédente" counts from a day
    told before, and "cette nuit" in the present may be either: unknown."""
    g = dm.groups
    base = ref.date() if ref else None
    if g.get("dir"):
        direction = 0 if _key(g["dir"]) in v.anchor_directions else _direction(v, g["dir"])
    else:
        direction = -1 if tense < 0 else (1 if tense == 1 else 0)
    if base is None or direction == 0:
        return DateValue(None, "interval", True)
    start = base - dt.timedelta(days=1) if direction < 0 else base
    return _interval(PartialDate.of(start), PartialDate.of(start + dt.timedelta(days=1)), True)


def _period_from_anchor(
    dm: DateMatch, ref: PartialDate | None, anchor: PartialDate | None, v: Vocabulary, tense: int
) -> DateValue:
    """"la semaine précédente", "le week-end suivant": the week before or after the day told just before (the
    publication day when none was), as "le samedi précédent"; other periods count from publication."""
    g = dm.groups
    per = v.periods.get(_key(re.sub(r"\s+", " ", g["per"])))
    step = v.anchor_directions.get(_key(g.get("dir") or "")) if dm.kind == "period_rel" else None
    if not step or per not in ("week", "weekend"):
        return _normalize_period(dm, ref, v, tense)
    week = resolve_week(anchor or ref, step, weekend=per == "weekend")
    return _interval(*week, True) if week else DateValue(None, "interval", True)
