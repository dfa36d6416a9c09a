"""Partial dates and their resolution against a reference day (pure functions)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

DATE_WORDS = "date_words.jsonl"
# An undated article is dated by its latest explicit date only when that date can be news: a text whose
# latest date is "le 20 juin 1789" is not from 1789, and its "samedi" cannot be placed.
MIN_INFERRED_YEAR = 1900
# A weekday written with a day and month ("mardi 25 juin") picks the year it fits only within this distance of the
# reference date; farther, the weekday is taken for a slip of the writer.
MAX_WEEKDAY_SHIFT_DAYS = 200
# A date without a year read against the tense of its clause: "il avait protesté en décembre" (written in September)
# is last December, but only when the nearest reading lies this far on the wrong side of the reference.
TENSE_SHIFT_DAYS = 60
# In an undated text, a bare weekday is placed only in the week of a full date written at most this far before it.
WEEKDAY_ANCHOR_CHARS = 200
# A bare weekday in a present-tense clause is the coming one only this many days ahead at most: farther, the present
# is a narrative one ("Mercredi soir, face aux ministres, il menace", written on a Friday) or the parser hung a past
# day on the main verb, and the day is the last one (the press writes "mercredi prochain" for next week's).
PRESENT_AHEAD_DAYS = 4
# The tense of the clause around a character span: -1 past (PLUPERFECT -2), +1 future, PRESENT (2), 0 unknown.
Tense = Callable[[int, int], int]


# ---------------------------------------------------------------- partial dates (pure)
@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def granularity(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day and self.month:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.day and self.month else None

    def key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    @classmethod
    def of(cls, d: dt.date) -> PartialDate:
        return cls(d.year, d.month, d.day)

    @classmethod
    def parse(cls, value: str | dt.date | None) -> PartialDate | None:
        """'2024', '2024-06', '2024-06-25', '2024-06-25T10:00:00+02:00' or a date -> PartialDate."""
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", str(value))
        if not m:
            return None
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        try:
            if mo and not 1 <= int(mo) <= 12:
                return None
            if d:
                dt.date(y, int(mo), int(d))
            return cls(y, int(mo) if mo else None, int(d) if d else None)
        except ValueError:
            return None


@dataclass(frozen=True)
class DateValue:
    value: str | None
    granularity: str  # "day" | "month" | "year" | "interval"
    relative: bool
    explicit_year: bool = False  # the year is written in the expression itself


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def resolve_day_month(
    day: int, month: int, ref: PartialDate | None, weekday: int | None = None, direction: int = 0
) -> PartialDate | None:
    """A day and month written without a year ("mardi 25 juin", "le 2 septembre prochain") -> a full date.

    The year is the reference year, unless a weekday only fits the year before or after, or
    "prochain"/"dernier" points past or before the reference date. A weekday that fits no nearby reading makes the
    value unknown."""
    if ref is None:
        return None
    candidates = [ref.year, ref.year - 1, ref.year + 1]
    if direction and ref.month:
        ref_key = ref.key()
        fits = [
            y
            for y in sorted(candidates)
            if valid_day(y, month, day) and ((y, month, day) > ref_key if direction > 0 else (y, month, day) < ref_key)
        ]
        if fits:
            y = fits[0] if direction > 0 else fits[-1]
            return PartialDate(y, month, day)
    if weekday is None and ref.month:
        # No other clue: the reading closest to the reference date ("le 25 décembre" written on 10 January).
        ref_day = dt.date(ref.year, ref.month, ref.day or 15)
        fits = [y for y in candidates if valid_day(y, month, day)]
        if fits:
            y = min(fits, key=lambda y: (abs((dt.date(y, month, day) - ref_day).days), y != ref.year))
            return PartialDate(y, month, day)
    ref_day = dt.date(ref.year, ref.month or 6, ref.day or 15)
    for y in candidates:
        if valid_day(y, month, day) and (weekday is None or dt.date(y, month, day).weekday() == weekday):
            # "samedi 7 décembre" written on 5 December 2018 (a Friday): a slip, not December 2019; the year of
            # publication needs no such limit ("la rentrée aura lieu le lundi 2 septembre", written in February)
            if ref.month and y != ref.year and abs((dt.date(y, month, day) - ref_day).days) > MAX_WEEKDAY_SHIFT_DAYS:
                continue
            return PartialDate(y, month, day)
    if weekday is not None:
        return None  # the weekday and the day contradict each other: which one slipped is unknown (GUIDELINES: null)
    if ref.month:
        fits = [y for y in candidates if valid_day(y, month, day)]
        if fits:
            return PartialDate(min(fits, key=lambda y: abs((dt.date(y, month, day) - ref_day).days)), month, day)
    return PartialDate(ref.year, month, day) if valid_day(ref.year, month, day) else None


def resolve_month(month: int, ref: PartialDate | None, direction: int = 0) -> PartialDate | None:
    """"décembre dernier", "mars prochain", "en juillet" -> year and month.

    Without "dernier"/"prochain", the nearest such month ("en novembre" written in January is last November,
    "en mars" written in December the coming one)."""
    if ref is None:
        return None
    if direction == 0:
        if ref.month is None:
            return PartialDate(ref.year, month)
        y = min((ref.year, ref.year - 1, ref.year + 1), key=lambda y: abs((y - ref.year) * 12 + month - ref.month))
        return PartialDate(y, month)
    if ref.month is None:
        return None
    if direction < 0:
        return PartialDate(ref.year if month < ref.month else ref.year - 1, month)
    return PartialDate(ref.year if month > ref.month else ref.year + 1, month)


def resolve_weekday(
    weekday: int, ref: PartialDate | None, direction: int = 0, *, inclusive: bool = False, this_week: bool = False
) -> PartialDate | None:
    """A weekday against a reference day.

    direction 0: the latest on or before the reference ("a annoncé mardi"); -1: before it ("mardi dernier"),
    +1: after it ("mardi prochain", "il reviendra mardi"), the reference day itself included when `inclusive`
    ("ce mardi" in a future sentence); `this_week`: the one of the reference's Monday-Sunday week."""
    base = ref.date() if ref else None
    if base is None:
        return None
    if this_week:
        d = base + dt.timedelta(days=weekday - base.weekday())
    elif direction < 0:
        back = (base.weekday() - weekday) % 7
        d = base - dt.timedelta(days=back if inclusive else back or 7)
    elif direction > 0:
        ahead = (weekday - base.weekday()) % 7
        d = base + dt.timedelta(days=ahead if inclusive else ahead or 7)
    else:
        d = base - dt.timedelta(days=(base.weekday() - weekday) % 7)
    return PartialDate.of(d)


def resolve_weekday_day(weekday: int, day: int, ref: PartialDate | None) -> PartialDate | None:
    """"samedi 17" (no month): the day 17 that is a Saturday, nearest to the reference (within two months)."""
    if ref is None or ref.month is None:
        return None
    ref_day = dt.date(ref.year, ref.month, ref.day or 15)
    fits = []
    for delta in (-2, -1, 0, 1, 2):
        y, m = shift_months(ref.year, ref.month, delta)
        if valid_day(y, m, day) and dt.date(y, m, day).weekday() == weekday:
            fits.append(dt.date(y, m, day))
    if not fits:
        return None
    return PartialDate.of(min(fits, key=lambda d: abs((d - ref_day).days)))


def resolve_week(ref: PartialDate | None, weeks: int, *, weekend: bool = False) -> tuple[PartialDate, PartialDate] | None:
    """Monday-Sunday (or Saturday-Sunday) of the reference's week moved by `weeks` ("la semaine dernière": -1)."""
    base = ref.date() if ref else None
    if base is None:
        return None
    monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=weeks)
    start = monday + dt.timedelta(days=5 if weekend else 0)
    return PartialDate.of(start), PartialDate.of(monday + dt.timedelta(days=6))


def resolve_offset(amount: int, unit_years: int, unit: str, ref: PartialDate | None, sign: int = -1) -> PartialDate | None:
    """"il y a deux ans" / "il y a deux décennies" / "il y a trois mois" / "dans dix jours"."""
    if ref is None:
        return None
    if unit_years:
        return PartialDate(ref.year + sign * amount * unit_years)
    if unit.startswith("mois"):
        if ref.month is None:
            return None
        y, m = shift_months(ref.year, ref.month, sign * amount)
        return PartialDate(y, m)
    base = ref.date()
    if base is None:
        return None
    days = amount * (7 if unit.startswith("semaine") else 1)
    return PartialDate.of(base + dt.timedelta(days=sign * days))


@dataclass
class FoundDate:
    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    relative: bool
    explicit_year: bool = False
    kind: str = ""
    # (month, day) of a date written without a year ("le 21 février", "février"): it may take the year of the date
    # it is joined to ("entre le 4 avril et le 9 mai 2017", "en juin ou juillet 2015").
    yearless: tuple[int, int | None] | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "granularity": self.granularity,
            "relative": self.relative,
        }
