"""Dates: find French calendar expressions with rules, normalize them to ISO against a reference date.

Finding is done with patterns built from the date words file (`pipelines/date_words.jsonl`: months,
weekdays, "dernier", "début", "lendemain"...), never with `dateparser.search_dates`, which reads "22 ans",
"sa" or "à sa" as dates. The explicit spans found ("12/03/21", "3 févr.", "1er mai 2024", "2021-6") are
normalized by one French-only dateparser instance; press relatives ("mardi", "la veille", "la semaine
dernière", "il y a deux ans") by the rules below, against the publication date, the tense of the verb
and the date mentioned just before.
Values: "2024-04-16" (day), "2024-04" (month), "2024" (year), "2021-01-01/2024-05-07" (interval).
"""

from __future__ import annotations

import calendar
import datetime as dt
import heapq
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import srsly
from dateutil.easter import easter
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path

from ..extensions import doc_text, register_extensions, set_span_group
from ..settings import alternation, read_jsonl, save_rows
from .numbers import parse_number
from .regex_needs import needs_char, needs_digit

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
            if ref.month and abs((dt.date(y, month, day) - ref_day).days) > MAX_WEEKDAY_SHIFT_DAYS:
                continue  # "samedi 7 décembre" written on 5 December 2018 (a Friday): a slip, not December 2019
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


# ---------------------------------------------------------------- explicit forms (dateparser)
@cache
def _date_parser() -> Any:
    """One French-only dateparser, settings fixed once (without `languages` it is ~37x slower and
    reads other languages' words as dates)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["fr"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
    )


def parse_explicit(text: str) -> PartialDate | None:
    """An explicit date span ("12/03/21", "3 févr.", "1er mai 2024", "2021-6") -> date at the precision
    dateparser reports; without a written year the year is dateparser's guess (callers resolve it)."""
    return _parse_explicit(text, dt.date.today())


@lru_cache(maxsize=4096)
def _parse_explicit(text: str, today: dt.date) -> PartialDate | None:
    # Cached (dateparser takes milliseconds a call and articles repeat their dates); keyed by today's date
    # too, as dateparser's guess of a missing year depends on it.
    try:
        data = _date_parser().get_date_data(text)
    except (ValueError, OverflowError):
        return None
    when = data.date_obj if data else None
    if when is None:
        return None
    if data.period == "year":
        return PartialDate(when.year)
    if data.period == "month":
        return PartialDate(when.year, when.month)
    return PartialDate(when.year, when.month, when.day)


# ---------------------------------------------------------------- the component's data
def _key(word: str) -> str:
    return word.lower().replace("’", "'")


@dataclass(frozen=True)
class Vocabulary:
    months: dict[str, int]
    weekdays: dict[str, int]
    directions: dict[str, int]
    relative_days: dict[str, int]
    anchored_days: dict[str, int]
    day_words: dict[str, int]
    periods: dict[str, str]
    units: dict[str, int]
    parts: dict[str, str]
    year_cues: frozenset[str]
    weekday_habits: frozenset[str]
    day_cues: frozenset[str]
    future_cues: frozenset[str]
    next_cues: frozenset[str]
    anchor_directions: dict[str, int]
    ordinals: dict[str, int]
    year_parts: dict[str, int]
    holidays: dict[str, tuple[int, int]]
    holiday_cues: dict[str, int]
    intentions: tuple[str, ...]
    etre_verbs: tuple[str, ...]
    count_before: frozenset[str]
    count_after: frozenset[str]
    figurative_days: frozenset[str]
    figurative_heads: frozenset[str]
    announcements: tuple[str, ...]
    event_nouns: frozenset[str]
    seasons: dict[str, int]
    terms: dict[str, int]
    numeric_not_dates: frozenset[str] = frozenset()  # "24/7", "16/9": a day and month in digits that are not dates
    lone_day_cues: frozenset[str] = frozenset()  # "pour le", "depuis le": before a day of the month written alone
    past_modals: frozenset[str] = frozenset()  # "pu", "fallait": "n'ont pas pu faire ... après l'été" is past
    count_dets: frozenset[str] = frozenset()  # "les", "ces": before a four-digit number with no cue, a count
    year_follows: frozenset[str] = frozenset()  # "dans", "sous": words in -s that may follow a year (not counted)
    # "il y a quinze jours", "dans huit jours": French counts a fortnight as 15 days and a week as 8 (15 -> 14, 8 -> 7)
    idiom_days: dict[int, int] = field(default_factory=dict)
    # "le point commun entre 1936 et 1995": nouns that compare two dates (two dates, not the span between them)
    comparison_cues: frozenset[str] = frozenset()
    again_words: tuple[str, ...] = ()  # stems ("reviendr", "nouvel"): a weekday of the coming week, not a historic future
    speech_continues: frozenset[str] = frozenset()  # "ajouté", "poursuivi": a quotation that goes on from the last
    # "le lundi de Pâques", "la Pentecôte": feasts whose day moves with Easter (value = days after Easter Sunday)
    movable_feasts: dict[str, int] = field(default_factory=dict)
    # "le 11-Novembre", "le jour de l'An": holidays that name their day with their own article, needing no cue
    bare_holidays: frozenset[str] = frozenset()
    reschedules: tuple[str, ...] = ()  # stems ("report", "fix"): a passé composé that sets a date to come
    # Compiled once from the lists above: the checks below run for every weekday found.
    announcement_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    again_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    event_noun_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    day_month_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        def words_rx(words: Iterable[str], after: str = "") -> re.Pattern[str]:
            alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
            return re.compile(rf"\b(?:{alts}){after}")

        object.__setattr__(self, "announcement_rx", words_rx(self.announcements))
        object.__setattr__(self, "again_rx", words_rx(self.again_words))
        object.__setattr__(self, "event_noun_rx", words_rx(self.event_nouns, r"s?\b"))
        object.__setattr__(self, "day_month_rx", re.compile(rf"\b(?:{_DAYNUM})\s+(?:{_alt(self.months)})\b"))

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, Any]]) -> Vocabulary:
        rows = list(rows)

        def table(kind: str, key: str = "value") -> dict[str, Any]:
            return {_key(r["word"]): r[key] for r in rows if r.get("kind") == kind}

        def words(kind: str) -> frozenset[str]:
            return frozenset(_key(r["word"]) for r in rows if r.get("kind") == kind)

        return cls(
            months=table("month"),
            weekdays=table("weekday"),
            directions=table("direction"),
            relative_days=table("relative_day"),
            anchored_days=table("anchored_day"),
            day_words=table("day_word"),
            periods=table("period"),
            units=table("unit", "years"),
            parts=table("part"),
            year_cues=words("year_cue"),
            weekday_habits=words("weekday_habit"),
            day_cues=words("day_cue"),
            future_cues=words("future_cue"),
            next_cues=words("next_cue"),
            anchor_directions=table("anchor_direction"),
            ordinals=table("ordinal"),
            year_parts=table("year_part", "months"),
            holidays={_key(r["word"]): (r["month"], r["day"]) for r in rows if r.get("kind") == "holiday"},
            holiday_cues=table("holiday_cue"),
            intentions=tuple(sorted(words("intention"))),
            etre_verbs=tuple(sorted(words("etre_verb"))),
            count_before=words("count_before"),
            count_after=words("count_after"),
            figurative_days=words("figurative_day"),
            figurative_heads=words("figurative_head"),
            announcements=tuple(sorted(words("announcement"))),
            event_nouns=words("event_noun"),
            seasons=table("season"),
            terms=table("term"),
            numeric_not_dates=words("numeric_not_date"),
            lone_day_cues=words("lone_day_cue"),
            past_modals=words("past_modal"),
            count_dets=words("count_det"),
            year_follows=words("year_follow"),
            idiom_days={int(r["count"]): int(r["days"]) for r in rows if r.get("kind") == "idiom_days"},
            comparison_cues=words("comparison_cue"),
            again_words=tuple(sorted(words("again"))),
            speech_continues=words("speech_continue"),
            movable_feasts=table("movable_feast", "easter"),
            bare_holidays=words("bare_holiday"),
            reschedules=tuple(sorted(words("reschedule"))),
        )


class DateRules:
    """The rows of one date words file, their vocabulary and the patterns built from them."""

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self.rows: tuple[dict[str, Any], ...] = tuple(dict(r) for r in rows)
        self.vocab = Vocabulary.from_rows(self.rows)
        self.patterns = build_patterns(self.vocab)
        self.gate = build_gate(self.vocab)
        self.triggers = trigger_kinds(self.vocab)
        self.gates = {c: build_gate(self.vocab, c) for c in set(self.triggers.values())}

    @classmethod
    def from_path(cls, path: str | Path) -> DateRules:
        return cls(read_jsonl(path))


@cache
def default_rules() -> DateRules:
    """The packaged date words (for the pure functions and a component added without initialize)."""
    return DateRules.from_path(DATE_WORDS)


# ---------------------------------------------------------------- finding (rules)
_L, _R = r"(?<![\w-])", r"(?![\w-])"
# Digits of a numeric date: not inside a longer number, a version or a phone number.
_NL, _NR = r"(?<![\w./-])", r"(?!\w|[./-]\d)"
_DAYNUM = r"(?:1er|1re|[12]\d|3[01]|0?[1-9])"
_MONTHNUM = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
_NUMW = r"(?:\d+|[a-zéèêàâûîôç]+(?:[-\s](?:et[-\s])?[a-zéèêàâûîôç]+){0,3})"
# A small count written in full or in digits, before a unit ("une semaine plus tôt", "trois jours après").
_COUNT = r"(?:\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze)"
_QUAL = r"(?P<qual>(?:près\s+d['’]|plus\s+d['’]|environ|presque|quelque|près\s+de|plus\s+de|moins\s+de)\s*)?"
# A clock time after a day ("le 3 mars à 14h", "à 14 h 30"): part of the span, not of the value.
_TIME = r"(?:\s*,?\s+(?:à|vers|dès)\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?)?"
# What may follow "samedi 17" for 17 to be a day, not a count ("samedi 17 personnes", "dimanche 1,4 tonne").
_AFTER_DAY = r"(?=\s*(?:[,.](?!\d)|[;:)!?»]|$)|\s+(?:à|au|et|dans|en|lors|pour|après|avant|soir|matin|midi|dernier|prochain)\b)"
# The end of a clause: a year in two digits ("le 31 octobre 74"), a year after a comma ("12 janvier, 2016") or a
# range without a month ("du 13 au 18") only stand there, never before a counted noun ("le 3 mars 15 personnes").
_CLAUSE_END = r"(?=\s*(?:[.;:)!?»]|,\s|$))"
# A day's ordinal ending in a range: "du 13e au 15 juillet", "samedi 13 au dimanche 15e juillet".
_DAY_SUFFIX = r"(?:e|ème)?"


def explicit_date_specs(v: Vocabulary) -> dict[str, str]:
    """Patterns of day ranges written in full ("13 au 15 juillet", "13-15 juillet", "du 1er au dix juillet") and
    without a month ("du 13 au 18"), and of numeric dates year first ("2015/08/12", "2015.5.13")."""
    MONTH, WD = f"(?:{_alt(v.months)})", f"(?:{_alt(v.weekdays)})"
    DAY = f"(?:{_DAYNUM}|{_alt(v.day_words)})"
    JOIN = r"(?:\s*[-–]\s*|\s+(?:au|jusqu['’]au|et\s+le)\s+)"
    return {
        # The opener "du"/"entre le" may be left out ("13 au 15 juillet"); _keep wants one before "et le".
        "day_range": rf"{_L}(?P<open>(?:du|entre\s+le)\s+)?(?:{WD}\s+)?(?P<d1>{DAY}){_DAY_SUFFIX}{JOIN}(?:{WD}\s+)?"
        rf"(?P<d2>{DAY}){_DAY_SUFFIX}\s+(?P<m>{MONTH})(?:\s+(?P<y>{_YEAR}))?{_R}",
        "day_range_bare": rf"{_L}(?:du|entre\s+le)\s+(?P<d1>{DAY}){_DAY_SUFFIX}\s+(?:au|et\s+le)\s+(?P<d2>{DAY})"
        rf"{_DAY_SUFFIX}{_CLAUSE_END}",
        "ymd_date": rf"{_NL}(?:le\s+)?(?P<core>(?P<y>{_YEAR})(?P<sep>[/.])(?P<mn>{_MONTHNUM})(?P=sep)(?P<d>{_DAYNUM})){_NR}",
    }


def numeric_day_month(d: str, mn: str, cued: bool, v: Vocabulary) -> bool:
    """"le 15/2" after a cue; without one a day and month in digits are a date only when they cannot be a
    fraction or a score: a zero written in front ("17/02", "01/01") or a day past 12 ("22/4"), except the
    pairs that name something else ("24/7", "16/9")."""
    if f"{int(d)}/{int(mn)}" in v.numeric_not_dates or d + "/" + mn in v.numeric_not_dates:
        return False
    return cued or d.startswith("0") or mn.startswith("0") or int(d) > 12


def _initials(words: Iterable[str]) -> str:
    """A character-class body of the words' first characters."""
    return "".join(sorted({re.escape(w[0]) for w in words if w}))


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of the words; one that never matches for a kind the data file leaves out."""
    return alternation(list(words)) or r"(?!)"


def build_patterns(v: Vocabulary) -> list[tuple[str, re.Pattern[str]]]:
    """One regex per kind of expression, built from the vocabulary (earlier kinds win ties)."""
    MONTH = f"(?:{_alt(v.months)})"
    WD = f"(?:{_alt(v.weekdays)})"
    DIR = f"(?:{_alt(v.directions)})"
    PART = f"(?:{_alt([p for p in v.parts if not p.endswith('-')])})"
    DAY = f"(?:{_DAYNUM}|{_alt(v.day_words)})"
    CUE = f"(?:{_alt(v.day_cues)})"
    ADIR = f"(?:{_alt(v.anchor_directions)})"
    ORD = f"(?:{_alt(v.ordinals)})"
    L, R, Y = _L, _R, _YEAR
    specs = {
        # "entre le 2 février 2020 et le 9 juin 2023" is built from two "day" atoms later.
        **explicit_date_specs(v),
        # "d'avril à juin": "de" elides before a vowel.
        "month_range": rf"{L}(?:entre\s+|de\s+|d['’])(?P<m1>{MONTH})\s+(?:et|à)\s+(?P<m2>{MONTH})(?:\s+(?P<y>{Y}))?{R}",
        "day": rf"{L}(?:(?:dans\s+la\s+(?:nuit|soirée|matinée|journée)\s+du|le|ce|du|au|dès\s+le|depuis\s+le)\s+)?"
        rf"(?:(?P<wd>{WD})\s*\[?\s*)?(?P<core>(?P<d>{DAY})\s+(?P<m>{MONTH})(?:(?:\s+|,\s*(?={Y}{_CLAUSE_END}))(?P<y>{Y}|\d\d{_CLAUSE_END}))?)\]?"
        rf"(?:\s+(?P<dir>{DIR}))?{_TIME}{R}",
        # "les 1er et 8 décembre", "le 15 ou le 16 janvier": the first day takes the month (and year) of the second.
        "day_pair": rf"{L}(?:les?\s+)?(?P<d>{DAY})(?=\s+(?:et|ou)\s+(?:le\s+)?{DAY}\s+(?P<m>{MONTH})(?:\s+(?P<y>{Y}))?{R})",
        "num_date": rf"{_NL}(?:le\s+)?(?P<core>(?P<d>{_DAYNUM})(?P<sep>[/.])(?P<mn>{_MONTHNUM})(?P=sep)(?P<y>\d{{4}}|\d\d))"
        rf"{_TIME}{_NR}",
        "num_date_dash": rf"{_NL}(?:le\s+)?(?P<core>(?P<d>{_DAYNUM})-(?P<mn>{_MONTHNUM})-(?P<y>{Y}|\d\d)){_TIME}{_NR}",
        "iso_date": rf"{_NL}(?P<core>(?P<y>{Y})-(?P<mn>{_MONTHNUM})(?:-(?P<d>{_DAYNUM}))?){_NR}",
        # "le 15/2", "samedi 7/11", "17/02": a day and month in digits (numeric_day_month tells a fraction or a score).
        "num_dm": rf"{L}(?:(?P<cue>{CUE})\s+)?(?:(?P<wd>{WD})\s+)?(?P<core>(?P<d>{_DAYNUM})/(?P<mn>{_MONTHNUM})){_NR}",
        # "(2018-2024)": a span of years written with a dash
        "year_range": rf"{_NL}(?P<y1>{Y})\s?[-–]\s?(?P<y2>{Y}){_NR}",
        "month_year": rf"{L}(?:(?P<part>{PART})[\s-]+)?(?P<m>{MONTH})\s+(?P<y>{Y}){R}",
        # "Mai 68", "juin 40": a month and a year in two digits, only at the end of a clause ("en décembre 72 %" counts)
        # or capitalized as an event's name before a word ("les héritiers de Mai 68 défilent"; _keep_month_short_year).
        "month_short_year": rf"{L}(?P<m>{MONTH})\s(?P<yy>\d\d)(?:{_CLAUSE_END}|(?P<named>(?=\s+[^\W\d_])))",
        "month_rel": rf"{L}(?:(?P<part>{PART})[\s-]+)?(?P<m>{MONTH})\s+(?P<dir>{DIR}){R}",
        "month_part": rf"{L}(?P<part>{PART})[\s-]+(?P<m>{MONTH}){R}",
        # The month's first letter is checked before the fifteen look-behinds (same matches, far fewer tries).
        "month_cued": rf"(?=[{_initials(v.months)}])(?:(?<=\ben\s)|(?<=\bet\s)|(?<=\bou\s)"
        rf"|(?<=\bdepuis\s)|(?<=\bdès\s)|(?<=\bmois\sde\s)|(?<=\bjusqu'en\s)|(?<=\bjusqu’en\s)"
        rf"|(?<=\brapport\sà\s)|(?<=\bpour\s)|(?<=\bmi-)|(?<=\bde\s)|(?<=\bdébut\s)|(?<=\bfin\s)|(?<=\bd')|(?<=\bd’)"
        # "pas avant janvier", "suspendu jusqu'à mars", "il faudra attendre décembre": the bound of a wait (_BOUND_CUE)
        rf"|(?<=\bavant\s)|(?<=\baprès\s)|(?<=\bjusqu'à\s)|(?<=\bjusqu’à\s)|(?<=\bd'ici\s)|(?<=\bd’ici\s)|(?<=\battendre\s))"
        rf"(?P<m>{MONTH}){R}",
        "year": rf"{L}(?:(?P<part>{PART})[\s-]+)?(?P<y>{Y}){R}",
        "weekday_day": rf"{L}(?:(?:le|ce|du|au)\s+)?(?P<wd>{WD})\s+(?P<d>{_DAYNUM}){_AFTER_DAY}",
        "weekday_next": rf"{L}(?:un|une)\s+(?:{_alt(v.next_cues)})\s+(?P<wd>{WD}){R}",
        "weekday": rf"{L}(?:(?P<ce>ce|depuis\s+ce)\s+)?(?P<wd>{WD})(?:\s+(?P<dir>{DIR}|{ADIR}))?{R}",
        "rel_day": rf"{L}(?P<rd>{_alt(v.relative_days)})(?:\s+{WD})?{R}",
        "holiday": rf"{L}(?P<cue>{_alt(v.holiday_cues)})\s+(?P<hol>{_alt(v.holidays)}){R}",
        # "les anciens combattants ont défilé le 11-Novembre": no cue needed, but not in a name ("rue du 8-Mai",
        # "avenue de la Saint-Sylvestre"), which "de"/"du" introduces.
        "holiday_named": rf"{L}(?<!\bde\s)(?<!\bdu\s)(?P<hol>{_alt(v.bare_holidays)}){R}",
        # "à Pâques", "soit le lundi de Pâques", "la Pentecôte 2019": a cue or an article before the feast is required
        # ("l'île de Pâques", "des œufs de Pâques" are no days; _keep_movable_feast).
        "movable_feast": rf"{L}(?:(?P<cue>{_alt(v.holiday_cues)})\s+)?(?:(?P<det>le|la|l['’])\s*)?"
        rf"(?P<mf>{_alt(v.movable_feasts)})(?:\s+(?P<y>{Y}))?{R}",
        "year_part": rf"{L}(?:(?:le|au|du|ce)\s+)?(?P<ord>{ORD})\s+(?P<yp>{_alt(v.year_parts)})"
        rf"(?:\s+(?:de\s+)?(?P<y>{Y}))?{R}",
        "anchored_day": rf"{L}(?:le|la|l['’]|au|ce)\s*(?P<ad>{_alt(v.anchored_days)}){R}",
        # "en fin de semaine", "en début de semaine": that week (as "début décembre" is December).
        # "d'ici à la fin de la semaine", "avant la fin de la semaine": a deadline within that week, the week too.
        # "dans le courant de la semaine", "plus tôt dans la semaine": somewhere in that week, the week too (not "au
        # courant de", which is mostly "informed of").
        "week_part": rf"{L}(?:(?:en|au|dès\s+le|d['’]ici\s+(?:à\s+)?la|avant\s+la|jusqu['’]à\s+la)\s+"
        rf"(?P<part>début|milieu|fin)\s+de|dans\s+le\s+courant\s+de|plus\s+tôt\s+dans)\s+(?:la\s+|cette\s+)?"
        rf"semaine{R}(?!\s+(?:{DIR}|de\b|du\b|d['’]|des\b))",
        # "à la rentrée": the September of the publication year (the next or the last by the tense).
        "term": rf"{L}(?:à|dès|depuis|après|avant|pour|d['’]ici)\s+la\s+(?P<term>{_alt(v.terms)}){R}"
        rf"(?!\s+(?:\d|de\b|du\b|d['’]))",
        # "à partir de la rentrée 2019", "la rentrée scolaire 2020": the September of the year written.
        "term_year": rf"{L}(?:(?:à|dès|depuis|après|avant|pour|d['’]ici)\s+)?la\s+(?P<term>{_alt(v.terms)})"
        rf"(?:\s+(?:scolaire|universitaire|politique|sociale))?\s+(?:de\s+)?(?P<y>{Y}){R}",
        **relative_specs(v),
    }
    return [(name, re.compile(p, re.IGNORECASE)) for name, p in specs.items()]


def relative_specs(v: Vocabulary) -> dict[str, str]:
    """The kinds told relative to a period, a season or a count ("la semaine dernière", "cet été", "il y a trois
    jours", "une semaine plus tôt"), after every calendar kind in build_patterns."""
    DIR = f"(?:{_alt(v.directions)})"
    PERIOD = f"(?:{_alt(v.periods)})"
    UNIT = f"(?:{_alt(v.units)})"
    SEASON = f"(?:{_alt(v.seasons)})"
    L, R, Y = _L, _R, _YEAR
    return {
        "period_rel": rf"{L}(?:(?:la|le)\s+)?(?P<per>{PERIOD})\s+(?P<dir>{DIR}){R}",
        "period_this": rf"{L}(?P<det>cette|ce|le|du)\s+(?P<per>{PERIOD})(?:-ci)?{R}",
        "rel_year": rf"{L}(?:l['’]an|l['’]année|(?:fin|début)\s+d['’]année)\s+(?P<dir>{DIR}){R}"
        rf"|{L}(?P<this>cette\s+année){R}(?!\s+{Y})",  # "cette année 2018" is the year told
        # "les années 1990": the decade, as a year interval
        "decade": rf"{L}(?:les\s+)?années\s+(?P<dec>(?:1[5-9]|20)\d0){R}",
        # "les années 80", "au début des années 90": a decade of the 1900s written in two digits.
        "decade_short": rf"{L}(?:les\s+)?années\s+(?P<dec>[2-9]0){R}(?!\s*(?:%|ans\b))",
        "rel_month": rf"{L}le\s+mois\s+(?P<dir>{DIR}){R}|{L}(?P<this>ce\s+mois(?:-ci)?){R}",
        "season_year": rf"{L}(?:(?:au|en|l['’]|le|cet|cette)\s*)?(?P<season>printemps|été|automne|hiver)\s+(?P<y>{Y}){R}",
        # "depuis l'automne", "cet été", "l'hiver dernier": the year of that season, by direction or tense.
        "season": rf"{L}(?P<det>depuis\s+l['’]|dès\s+l['’]|(?:avant|d['’]ici)\s+l['’]|à\s+l['’]|au|en|cet|cette|l['’])\s*"
        rf"(?P<season>{SEASON})(?!\s+\d)"
        rf"(?:\s+(?P<dir>{DIR}))?{R}",
        # "au printemps", "en été" with no year nor direction: a habit in the present ("en été, la ville se vide"), a
        # particular season in a past or future clause (extract_dates drops the others, _tensed_season).
        "season_bare": rf"{L}(?P<det>au|en)\s+(?P<season>{SEASON}){R}"
        rf"(?!\s+(?:\d|{DIR}\b|arabe|comme|de\b|du\b|des\b|d['’]))",
        # "d'ici la fin du mois", "à la fin du mois prochain", "au début du mois dernier": a month counted from
        # publication; bare "à la fin du mois" only in a future clause (else the idiom of making ends meet,
        # "boucler la fin du mois"; _tensed_month_edge).
        "month_edge": rf"{L}(?P<cue>(?:d['’]ici|avant|jusqu['’]à)\s+(?:à\s+)?la|à\s+la|au|dès\s+le)\s+"
        rf"(?P<edge>début|fin|milieu)\s+du\s+mois(?:\s+(?P<dir>{DIR}))?{R}(?!\s+(?:de\b|d['’]|\d))",
        # "au début de l'année", "en fin d'année", "d'ici la fin de l'année": the year of publication (or the next).
        # "en ce début d'année", "en cette fin d'année": the year of publication as well.
        "year_edge": rf"{L}(?:au\s+|en\s+(?:ce\s+|cette\s+)?|(?:à|d['’]ici|avant|jusqu['’]à|vers)\s+la\s+)(?P<edge>début|fin)"
        rf"\s+(?:de\s+l['’]année|d['’]année){R}(?!\s+(?:\d|dernière|prochaine|passée|scolaire|civile|précédente))",
        "ago": rf"{L}(?:il\s+y\s+a|voilà|voici)\s+{_QUAL}(?P<n>{_NUMW})\s+(?P<unit>{UNIT}){R}",
        "ahead": rf"{L}dans\s+{_QUAL}(?P<n>{_NUMW})\s+(?P<unit>{UNIT}){R}",
        # "une semaine plus tôt", "trois jours après,": counted from the day told just before (_offset_value).
        "offset": rf"{L}(?P<n>{_COUNT})\s+(?P<unit>{UNIT})\s+(?P<dir>plus\s+tôt|plus\s+tard|auparavant|avant|après)"
        rf"{R}(?!\s+(?:que|qu['’]|le|la|les|l['’]|de|du|des|d['’]|son|sa|ses|leurs?|ce|cet|cette|ces|une?)\b)",
        # "je suis revenu pour le 27.": a day of the month alone, only after a cue and at the end of its clause (not
        # "le 10 des Bleus", "dans le 13"); its month comes from the tense.
        "lone_day": rf"{L}(?P<cue>{_alt(v.lone_day_cues)})\s+(?P<d>{_DAYNUM}){_CLAUSE_END}",
    }


# How far a date expression reaches before and after the word or number it cannot do without (its "trigger"): the
# longest reach back is "il y a près de quatre-vingt-dix-neuf ans" before "ans", forward "samedi [vingt-deux" before
# "décembre" or "2018" (look-behinds read the whole text anyway; the margins leave room for look-aheads).
GATE_BEFORE, GATE_AFTER = 80, 50


# The word lists of Vocabulary whose words (with numbers) trigger the date patterns, from the rarest in press
# text to the commonest (share of 250 press texts their windows cover: terms 0.1%, year parts 0.2%, holidays
# 0.6%, anchored days 0.8%, relative days and periods 2%, months 6%, seasons 7%, units 10%, weekdays 11%; numbers
# 21%; all of them together 42%). A pattern runs around the rarest kind of word every match of it holds.
TRIGGER_WORDS = ("terms", "year_parts", "holidays", "anchored_days", "relative_days", "periods", "months", "seasons",
                 "units", "weekdays")
TRIGGER_WORDS = ("movable_feasts", *TRIGGER_WORDS)  # "Pâques", "Pentecôte": rarer still
DIGITS = "digits"


Gate = tuple[re.Pattern[str], ...]  # regexes whose matches, merged in text order, are the trigger words


def build_gate(v: Vocabulary, kind: str | None = None) -> Gate:
    """Every expression the patterns find holds a number or one of these words (months, weekdays, "hier",
    "veille", "semaine", "mois", "an"...). The patterns only run near them: they then scan about 40% of a press
    text instead of all of it (one cheap scan of the lowercased text, case-sensitive, no look-behind, so the regex
    engine skips ahead by the first characters). With a kind (a TRIGGER_WORDS list or DIGITS), the gate of
    that kind of word only."""
    if kind == DIGITS:
        return (re.compile(r"\d+"),)
    if kind is not None:
        return (re.compile(rf"(?:{_alt(getattr(v, kind))})(?![\w-])"),)
    words = [*v.months, *v.weekdays, *v.relative_days, *v.anchored_days, *v.periods, *v.units, *v.year_parts,
             *v.seasons, *v.holidays, *v.terms, *v.movable_feasts]
    if any(w[:1].isdigit() for w in words):
        return (re.compile(rf"\d+|(?:{_alt(words)})(?![\w-])"),)
    # Numbers and words in two scans: words alone let the engine skip ahead to their first letters (3x faster
    # than one scan of "\d+|words"). No word starts with a digit nor ends before one, so a number the one scan
    # finds is never part of a word, and the only numbers it does not find are those inside a word ("le
    # 14-juillet"), which _windows leaves out: the same matches.
    return (re.compile(r"\d+"), re.compile(rf"(?:{_alt(words)})(?![\w-])"))


def trigger_kinds(v: Vocabulary) -> dict[str, str]:
    """Pattern kind -> the rarest kind of trigger word (or DIGITS) every match of the pattern holds; kinds with
    none are left out (they run around all trigger words). Read from the patterns themselves: each word list is
    replaced by a marker character, and the parse tree of each pattern tells whether a marker is needed."""
    markers = {name: chr(0xE000 + i) for i, name in enumerate(TRIGGER_WORDS) if getattr(v, name)}
    marked = replace(v, **{name: {m: next(iter(getattr(v, name).values()))} for name, m in markers.items()})
    out: dict[str, str] = {}
    for kind, rx in build_patterns(marked):
        needed = [name for name, m in markers.items() if needs_char(rx, m)]
        if needed or needs_digit(rx):
            out[kind] = needed[0] if needed else DIGITS
    return out


def _windows(text: str, gate: Gate, low: str | None = None) -> list[tuple[int, int]]:
    """Merged character ranges around the gate's words and numbers (the whole text if lowercasing moves offsets).
    `low` is text.lower() when the caller has it already."""
    low = text.lower() if low is None else low
    if len(low) != len(text):
        return [(0, len(text))]
    out: list[list[int]] = []
    hits = gate[0].finditer(low) if len(gate) == 1 else heapq.merge(*(g.finditer(low) for g in gate), key=_start)
    end = 0
    for m in hits:
        s = m.start()
        if s < end:
            continue  # a number inside the word found before it: one scan of both would not see it (build_gate)
        end = m.end()
        if s and low[s - 1].isalpha() and not low[s].isdigit():
            continue  # the end of a longer word: "dans" is not "ans"
        a, e = max(0, s - GATE_BEFORE), min(len(text), m.end() + GATE_AFTER)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([a, e])
    return [(a, e) for a, e in out]


def _start(m: re.Match[str]) -> int:
    return m.start()


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    kind: str
    groups: dict[str, str | None]


def _words_before(text: str, start: int, width: int = 25) -> list[str]:
    return re.findall(r"[\w']+", text[max(0, start - width) : start].lower().replace("’", "'"))


Groups = dict[str, Any]  # a date regex's named groups (`re.Match.groupdict()`)


def _keep_year(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A year with no part before it ("début", "fin"...): a bare four-digit number."""
    if g.get("part"):
        return True
    # A bare four-digit number is a year only after a cue word ("en 2003", "depuis 2019"), and not when it
    # counts something ("plus de 1600 blessés", "moins de 2000 euros").
    words = _words_before(text, m.start())
    after = re.match(r"\s*([\w%€$]+)", text[m.end() : m.end() + 20])
    if after and _key(after.group(1)) in v.count_after:
        return False
    if " ".join(words[-2:]) in v.count_before or (words[-1:] and words[-1] in v.count_before):
        return False
    if re.search(r",\s*$", text[max(0, m.start() - 3) : m.start()]) and re.match(r"\s*\)", text[m.end() :]):
        return True  # the year of a reference in parentheses: "(Gallimard, 2017)"
    cued = bool(words) and (words[-1] in v.year_cues or " ".join(words[-2:]) in v.year_cues)
    return cued or _uncued_year(m, text, words, v) or _listed_year(m, text, v)


# "en 1789, 1848 ou 1940": a year after a comma in a list of years; the list ends with "et"/"ou" and a year.
_YEAR_LIST_BEFORE = re.compile(r"(?<![\d,.])(1\d{3}|20\d{2})((?:\s*,\s*(?:1\d{3}|20\d{2}))*)\s*,\s*$")
_YEAR_LIST_AFTER = re.compile(r"(?:\s*,\s*(?:1\d{3}|20\d{2}))*\s+(?:et|ou)\s+(?:en\s+)?(?:1\d{3}|20\d{2})(?![\d,.]\d)")


def _listed_year(m: re.Match[str], text: str, v: Vocabulary) -> bool:
    """A year in the middle of a list of years whose first one has a year cue ("en 1789, 1848 ou 1940", "de 1830,
    1848 et 1871"): the middle ones lack a cue word and may lie outside UNCUED_YEARS. Not a list of counts: the list
    ends with "et"/"ou" and a year that no counted (plural) word follows ("1500, 1600 ou 1700 euros")."""
    head = _YEAR_LIST_BEFORE.search(text[max(0, m.start() - 80) : m.start()])
    tail = _YEAR_LIST_AFTER.match(text, m.end())
    if head is None or tail is None:
        return False
    first = m.start() - (min(80, m.start()) - head.start(1))
    words = _words_before(text, first)
    if not (words and (words[-1] in v.year_cues or " ".join(words[-2:]) in v.year_cues)):
        return False
    after = re.match(r"\s*([\w%€$]+)", text[tail.end() : tail.end() + 20])
    if after is None:
        return True
    word = after.group(1)
    plural = len(word) > 2 and word[-1] in "sx" and word.islower() and _key(word) not in v.year_follows
    return not plural and _key(word) not in v.count_after


_STANDS_ALONE = re.compile(r"^[\s(«\"'’]?\|(?:[\s,.;:!?)»]|$)")
# Years with no cue are only read in this span (the press's own century and the last): "1500", "2000" count.
UNCUED_YEARS = range(1901, 2100)


def _uncued_year(m: re.Match[str], text: str, words: list[str], v: Vocabulary) -> bool:
    """"2019 s'annonce chargé", "leurs tarifs 2019", "le rapport 2018": a year with no cue word, as a subject or
    after a common noun (not in a name: "Miss France 2019"). Not a round hundred (often a count), not after a word
    that counts ("les 1950 inscrits"), not before a plural word (the counted noun: "1980 candidats") or "à"
    ("étaient 1950 à défiler")."""
    year = int(m.group("y"))
    if year not in UNCUED_YEARS or year % 100 == 0 or (words and words[-1] in v.count_dets):
        return False
    before = text[max(0, m.start() - 30) : m.start()]
    if not _STANDS_ALONE.match(before[-1:] + "|" + text[m.end() : m.end() + 1]):
        return False  # a piece of a path or a code: ".../2019/12/03/...", "réf. A-2019"
    named = re.search(r"(\d\w*\s+)?([^\W\d_])[\w'’-]*\s+$", before)
    if named and (named.group(2).isupper() or named.group(1)):
        # the edition in a name ("Miss France 2019", "le Tour de France 2018"), or the year of a day whose month
        # is no word we know ("le 3 decmbre 2018"): not a year alone
        return False
    after = re.match(r"\s*([^\W\d_]+)", text[m.end() : m.end() + 30])
    if after is None:
        return True
    word = after.group(1)
    plural = len(word) > 2 and word[-1] in "sx" and word.islower() and _key(word) not in v.year_follows
    return not plural and word.lower() != "à"


def _keep_year_part(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A quarter or half counted from the end needs its year."""
    if v.ordinals.get(_key(g["ord"])) == -1:
        return bool(g.get("y"))  # "le dernier trimestre 2018", but "le dernier trimestre" alone is any quarter
    return True


def _keep_rel_day(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """"demain" is a day unless it stands for the future in general."""
    if _key(g["rd"]) in v.figurative_days:
        # "les défis de demain", "le monde de demain": the future in general, not a day.
        words = _words_before(text, m.start(), 30)
        return not (len(words) >= 2 and words[-1] in ("de", "d") and words[-2] in v.figurative_heads)
    return True


def _keep_weekday(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A bare weekday is a day, a weekday after a habit word is not."""
    if g.get("ce") or g.get("dir"):
        return True
    if _ends_a_title(m, text):
        return False
    # A bare weekday ("a annoncé mardi") but not a habit ("le mardi", "les mardis", "chaque mardi").
    words = _words_before(text, m.start(), 25)
    if words[-3:-2] and words[-1] in ("et", "ou") and words[-2] in v.weekdays:
        words = words[:-2]  # "chaque samedi et dimanche": the second day is the same habit
    return not (words and words[-1] in v.weekday_habits)


# A capitalized word inside a sentence (after a lower-case word or a comma), then a capitalized weekday.
_TITLE_BEFORE = re.compile(r"(?:(?<![\w'’-])[a-zà-ÿ][\w'’-]*|,)\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){1,3}$")


def _ends_a_title(m: re.Match[str], text: str) -> bool:
    """"dans le Parisien Dimanche", "selon Sud Ouest Dimanche": a capitalized weekday after a capitalized word in the
    middle of a sentence ends a newspaper's title; a day starts a sentence ("Paris. Samedi, ...") or is lower case."""
    return m.group("wd")[:1].isupper() and bool(_TITLE_BEFORE.search(text, max(0, m.start() - 60), m.start()))


def _keep_num_date(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A dotted date with a two-digit year, not a version number."""
    if g["sep"] == "." and len(g["y"]) == 2:
        return len(g["d"]) == len(g["mn"]) == 2  # "03.04.20"; "2.3.14" is a version number
    return True


def _keep_num_dm(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A day/month in digits, not a piece of a path."""
    cued = bool(g.get("cue") or g.get("wd"))
    before, after = text[max(0, m.start() - 1) : m.start()], text[m.end() : m.end() + 1]
    if not cued and (before.strip() not in ("", "(", "«", '"') or after == "/"):
        return False  # inside a path or a web address: ".../2018/12/03/..."
    return numeric_day_month(g["d"], g["mn"], cued, v)


def _keep_day_range(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """Two days joined by "et" are a range only after an opening word."""
    return bool(g.get("open")) or not re.match(r"\s+et\s", text[m.start("d1") : m.start("d2")])


def _keep_day_range_bare(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A bare range of days runs forward."""
    return _day(v, g["d1"]) < _day(v, g["d2"])


def _keep_period_this(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """"le week-end", "du week-end": this weekend, or another one."""
    if g["det"].lower() not in ("le", "du"):
        return True
    # "le week-end" alone is this weekend, but "le week-end de Pâques" is another one; "le semaine" is no French.
    after = text[m.end() : m.end() + 5].lower()
    if g["det"].lower() == "du" and _is_direction_next(text, m.end(), v):
        return False  # "du week-end dernier": the direction decides (period_rel)
    return v.periods.get(_key(g["per"])) == "weekend" and not re.match(r"\s+(?:de|du|des|d['’])", after)


def _keep_year_range(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A range of years runs forward."""
    return int(g["y1"]) < int(g["y2"])


def _keep_iso_date(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A year and month in digits, not a season."""
    if g.get("d"):
        return True
    # "2018-19" is a season, not December... nor month 19: only a month that is not the next year's digits.
    return int(g["mn"]) != (int(g["y"]) + 1) % 100


def _keep_anchored_day(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """"la veille", "le lendemain": a day we can place, not the eve of an event."""
    # "la veille de son procès", "à la veille du scrutin": the eve of an event, not a date we can place.
    # "au lendemain de la mobilisation" is the day after the last day mentioned (unknown without one).
    before = _words_before(text, m.start(), 6)[-1:]
    if _names_a_day(text, m.end(), v):
        return True  # "à la veille d'un cinquième samedi de mobilisation": the day before that Saturday
    if m.group(0).lower().startswith("au"):
        return v.anchored_days.get(_key(g["ad"]), 0) > 0
    # A word boundary: "le lendemain devant la mairie", "la veille depuis Lyon" are no complement.
    return not re.match(r"\s+(?:(?:de|du|des)\b|d['’])", text[m.end() : m.end() + 6], re.IGNORECASE) and before != ["à"]


def _keep_period_rel(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A period with a direction word we know."""
    return bool(v.directions.get(_key(g["dir"]))) or _key(g["dir"]) in v.anchor_directions


_BOUND_CUE = re.compile(r"\b(?:avant|après|jusqu['’]à|d['’]ici|attendre)\s$", re.IGNORECASE)


def _keep_month_cued(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A month after "de", "et", "ou": a month, not a name nor a two-digit year."""
    if re.search(r"\bde\s$", text[max(0, m.start() - 3) : m.start()]):
        # "le congrès de mai", "du 2 au 5 de déc.": a month in lower case, not a name ("la place de Mai") nor a
        # year in two digits ("les grèves de mai 68").
        return m.group("m")[0].islower() and not re.match(r"\s*\d", text[m.end() : m.end() + 3])
    if _BOUND_CUE.search(text, max(0, m.start() - 10), m.start()):
        # Lower case only, and no day or year after it: "avant Mars" is the planet, "avant mai 68" a short year.
        return m.group("m")[0].islower() and not re.match(r"\s*\d", text[m.end() : m.end() + 3])
    if re.search(r"\b(?:et|ou)\s$", text[max(0, m.start() - 4) : m.start()]):
        # "en juillet et août": a month after "et" only when a month stands just before it (not "Caroline et Mai").
        before = _words_before(text, m.start() - 3, 20)
        return bool(before) and _month(v, before[-1]) is not None
    return True


def _keep_season(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A particular season, not a name nor a habit."""
    # "le printemps arabe", "en été comme en hiver" are no particular season; "en été" alone is a habit.
    after = text[m.end() : m.end() + 12].lower()
    if re.match(r"\s+(?:arabe|de\s|du\s|des\s|d['’]|comme)", after):
        return False
    return not (g["det"].lower() in ("en", "au") and not g.get("dir"))


def _keep_month_short_year(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """"Mai 68" before a word is an event's name only capitalized: "en décembre 72 manifestants" counts."""
    return g.get("named") is None or m.group("m")[:1].isupper()


def _keep_ago(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """"il y a deux ans", "dans trois jours": an exact count of short units, not an approximate age."""
    # "il y a près de 30 ans", "il y a deux décennies": an approximate age, not a date (a figure).
    if g.get("qual") or v.units.get(_key(g["unit"]), 0) >= 10:
        return False
    try:
        parse_number(g["n"])
    except (ValueError, KeyError):
        return False
    return True


def _keep_offset(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """Days, weeks and years: "deux ans plus tard" counts from the date told just before (null and dropped when
    none was, _offset_value); months and decades are left out."""
    unit = _key(g["unit"])
    return v.units.get(unit, 0) in (0, 1) and not unit.startswith("mois")


# One context check per kind of match; a kind not listed is always kept.
def _keep_movable_feast(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A feast after a cue or an article, and capitalized: "l'ascension sociale" and "des œufs de Pâques" are no days,
    nor "le week-end de Pentecôte" (a long weekend, not the feast day)."""
    if _key(g.get("cue") or "").startswith("week-end"):
        return False
    return bool(g.get("cue") or g.get("det")) and any(c.isupper() for c in g["mf"])


_KEEP_CHECKS: dict[str, Callable[[re.Match[str], Groups, str, Vocabulary], bool]] = {
    "year": _keep_year,
    "year_part": _keep_year_part,
    "rel_day": _keep_rel_day,
    "weekday": _keep_weekday,
    "num_date": _keep_num_date,
    "num_dm": _keep_num_dm,
    "day_range": _keep_day_range,
    "day_range_bare": _keep_day_range_bare,
    "period_this": _keep_period_this,
    "year_range": _keep_year_range,
    "iso_date": _keep_iso_date,
    "anchored_day": _keep_anchored_day,
    "period_rel": _keep_period_rel,
    "month_cued": _keep_month_cued,
    "season": _keep_season,
    "month_short_year": _keep_month_short_year,
    "ago": _keep_ago,
    "ahead": _keep_ago,
    "offset": _keep_offset,
    "movable_feast": _keep_movable_feast,
}


def _keep(kind: str, m: re.Match[str], text: str, v: Vocabulary) -> bool:
    """Context checks a regex cannot express well: the cases where the words are not a date."""
    check = _KEEP_CHECKS.get(kind)
    return check(m, m.groupdict(), text, v) if check is not None else True


def _is_direction_next(text: str, end: int, v: Vocabulary) -> bool:
    """Whether the word right after `end` is "dernier", "prochain", "précédent"..."""
    nxt = re.match(r"\s+([^\W\d_]+)", text[end : end + 16])
    return bool(nxt) and (_key(nxt.group(1)) in v.directions or _key(nxt.group(1)) in v.anchor_directions)


def _names_a_day(text: str, end: int, v: Vocabulary) -> bool:
    """Whether "la veille"/"le lendemain" is followed, in the same clause, by "de/du/d'un" and a day it counts from."""
    tail = re.split(r"[.;!?\n,]", text[end : end + 45], maxsplit=1)[0].lower().replace("’", "'")
    if not re.match(r"\s*(?:de|du|d')", tail):
        return False
    words = re.findall(r"[\w']+", tail)[:5]
    return any(w in v.weekdays for w in words) or bool(v.day_month_rx.search(tail))


def _anchor_to_following(text: str, found: list[FoundDate], rules: DateRules) -> list[FoundDate]:
    """"à la veille d'un nouveau samedi", "au lendemain du 1er mai": counted from the day named right after."""
    out = list(found)
    for i, f in enumerate(out[:-1]):
        nxt = out[i + 1]
        ad = re.search(r"(veille|lendemain|surlendemain|avant-veille)\s*$", f.text, re.IGNORECASE)
        if f.kind != "anchored_day" or not ad or not _names_a_day(text, f.end, rules.vocab):
            continue
        day = PartialDate.parse(nxt.value)
        if nxt.start - f.end > 45 or day is None or day.date() is None:
            continue
        offset = rules.vocab.anchored_days.get(_key(ad.group(1)), 0)
        out[i] = replace(f, value=PartialDate.of(day.date() + dt.timedelta(days=offset)).iso(), granularity="day")
    return out


def find_date_expressions(text: str, rules: DateRules | None = None) -> list[DateMatch]:
    """Non-overlapping calendar expressions in text, leftmost-longest."""
    rules = rules or default_rules()
    cands: list[tuple[int, int, int, DateMatch]] = []
    windows: dict[str | None, list[tuple[int, int]]] = {}
    low = text.lower()
    for prio, (kind, rx) in enumerate(rules.patterns):
        # A match lies inside the window of the trigger it holds, and windows that overlap are merged: scanning
        # the windows finds the same matches as scanning the whole text. A pattern whose every match holds a
        # given kind of trigger (a month, a number) runs around that kind only.
        trigger = rules.triggers.get(kind)
        if trigger not in windows:
            windows[trigger] = _windows(text, rules.gates[trigger] if trigger else rules.gate, low)
        for start, end in windows[trigger]:
            for m in rx.finditer(text, start, end):
                if _keep(kind, m, text, rules.vocab):
                    dm = DateMatch(m.start(), m.end(), m.group(0), kind, m.groupdict())
                    cands.append((m.start(), -(m.end() - m.start()), prio, dm))
    cands.sort()
    out: list[DateMatch] = []
    last_end = -1
    for start, _neg, _prio, dm in cands:
        if start >= last_end:
            out.append(dm)
            last_end = dm.end
    return out


# ---------------------------------------------------------------- normalizing
def _month(v: Vocabulary, word: str | None) -> int | None:
    if not word:
        return None
    w = _key(word)
    return v.months.get(w) or v.months.get(w.rstrip("."))


def _day(v: Vocabulary, word: str) -> int:
    w = re.sub(r"\s+", " ", _key(word))
    return 1 if w in {"1er", "1re"} else v.day_words[w] if w in v.day_words else int(w)


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
    "year_range": "interval",
    "decade": "interval",
    "decade_short": "interval",
    "season_bare": "year",
    "month_edge": "month",
}
_CALENDAR = (
    "day_range", "month_range", "year_range", "month_year", "month_rel", "month_cued", "month_part", "year",
    "season_year", "year_part", "decade", "term_year", "decade_short",
)
_EXPLICIT = ("day", "day_pair", "num_date", "num_date_dash", "iso_date", "num_dm", "ymd_date")
# Kinds whose value depends on the tense of their clause.
TENSED = ("weekday", "period_this", "term", "day", "month_cued", "month_part", "year_part", "season", "year_edge",
          "lone_day", "movable_feast", "holiday", "holiday_named", "season_bare", "month_edge", "month_range")


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
        return _interval(resolve_day_month(d1, m, ref), resolve_day_month(d2, m, ref), True)
    if k == "month_range":
        m1, m2 = _month(v, g["m1"]) or 1, _month(v, g["m2"]) or 1
        if g.get("y"):
            y = int(g["y"])
            return _interval(PartialDate(y if m1 <= m2 else y - 1, m1), PartialDate(y, m2), False, True)
        first = resolve_month(m1, ref)
        # The span ends after it starts: "d'avril à septembre" written in February ends in that year's September.
        last = PartialDate(first.year + (m2 < m1), m2) if first else None
        return _interval(first, last, True)
    if k in ("year", "season_year"):
        return DateValue(g["y"], "year", False, True)
    if k == "year_range":
        return DateValue(f"{g['y1']}/{g['y2']}", "interval", False, True)
    if k == "term_year":
        return DateValue(PartialDate(int(g["y"]), v.terms[_key(g["term"])]).iso(), "month", False, True)
    if k == "decade":
        return DateValue(f"{g['dec']}/{int(g['dec']) + 9}", "interval", False, True)
    if k == "decade_short":
        return DateValue(f"{1900 + int(g['dec'])}/{1909 + int(g['dec'])}", "interval", False, True)
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


def _day_by_tense(days: list[dt.date], on: dt.date, tense: int) -> dt.date:
    """Of a feast's days in the years around `on` (in order): the last one in a past clause, the next one in a future
    clause, else the closest. A past clause keeps the closest when it lies ahead by no more than TENSE_SHIFT_DAYS, as
    for a month ("le présent le plus vendu à Noël" written on 4 December is that Christmas)."""
    near = min(days, key=lambda d: abs((d - on).days))
    if tense < 0 and near - on > dt.timedelta(days=TENSE_SHIFT_DAYS):
        return next((d for d in reversed(days) if d <= on), near)
    if tense == 1:
        return next((d for d in days if d >= on), near)
    return near


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
    # ("le mouvement né le 17 novembre appellera ..."), and a passé composé or imparfait a coming month ("mi-juillet,
    # les pompiers luttaient" written in March may be a forecast).
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
        return DateValue(p.iso() if p else None, p.granularity if p else _GRANULARITY.get(k, "day"), True)

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
    if k in ("holiday", "holiday_named"):
        month, mday = v.holidays[_key(g["hol"])]
        cue = _key(g.get("cue") or "")
        p = _holiday_by_tense(month, mday, ref, -1 if cue == "depuis" else tense)  # "depuis la Toussaint": past
        return day(PartialDate.of(p.date() + dt.timedelta(days=v.holiday_cues.get(cue, 0))) if p and p.date() else None)
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
        return day(_season_year(v.seasons[_key(g["season"])], g, ref, v, tense))
    if k == "month_edge":
        return day(_month_edge(g, ref, v))
    if k == "year_edge":
        # "au début de l'année" said in November in the future tense is the coming year; "à la fin de l'année" said
        # in January in the past tense the one just ended.
        if ref is None:
            return day(None)
        late, early = ref.month is not None and ref.month >= 10, ref.month is not None and ref.month <= 2
        shift = 1 if g["edge"].lower() == "début" and tense > 0 and late else (
            -1 if g["edge"].lower() == "fin" and tense < 0 and early else 0)
        return day(PartialDate(ref.year + shift))
    if k == "week_part":
        week = resolve_week(ref, 0)
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
    if k in ("ago", "ahead"):
        unit = _key(g["unit"])
        p = resolve_offset(_day_count(v, g["n"], unit), v.units.get(unit, 0), unit, ref, -1 if k == "ago" else 1)
        week = resolve_week(p, 0) if unit.startswith("semaine") else None
        return _interval(*week, True) if week else day(p)  # "il y a trois semaines": that week, Monday-Sunday
    return DateValue(None, "day", False)


def _relative_month(g: dict[str, str | None], ref: PartialDate | None, v: Vocabulary) -> PartialDate | None:
    """"ce mois-ci", "le mois dernier" count from publication; "le mois suivant"/"précédent" too when no date was told
    before it (_month_from_told counts them from that date)."""
    if ref is None or ref.month is None:
        return None
    step = v.anchor_directions.get(_key(g.get("dir") or "")) or (
        0 if g.get("this") else _direction(v, g.get("dir")) or -1)
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
_DEADLINE = re.compile(r"^(?:d['’]ici|avant|jusqu['’]à)", re.IGNORECASE)


# A conditional in -rait/-raient ("progresserait", "reprendraient"), which the tagger reads as an imparfait.
_CONDITIONAL_WORD = re.compile(r"\w(?:er|rr|dr|aur|evr|uivr|vivr|ir)(?:ait|aient)\b", re.IGNORECASE)


def _forecast_tense(text: str, dm: DateMatch, tense: int) -> int:
    """"l'activité progresserait au printemps": a season or span read as past because the tagger takes the conditional
    for an imparfait is a forecast when a conditional comes before it in its clause (seasons, month spans and parts
    of the year only)."""
    if dm.kind not in ("season_bare", "month_range", "month_edge", "year_edge") or tense >= 0:
        return tense
    clause = re.split(r"[.;!?\n]", text[max(0, dm.start - 100) : dm.start])[-1]
    return 1 if _CONDITIONAL_WORD.search(clause) else tense


def _told_once(dm: DateMatch, tense: int, v: Vocabulary) -> bool:
    """Whether a season or a part of "the month" with no year nor direction names one particular time: "au printemps"
    in a present clause is a habit ("au printemps, les prix montent"), "à la fin du mois" the idiom of making ends
    meet; in a past or future clause (a deadline or "prochain" for the month) they are dates."""
    g = dm.groups
    if dm.kind == "season_bare":
        return tense in (-2, -1, 1)
    if dm.kind == "month_edge":
        return bool(g.get("dir")) or bool(_DEADLINE.match(g.get("cue") or "")) or tense == 1
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


# ---------------------------------------------------------------- a text's dates
_INTERVAL_OPEN = re.compile(r"(?:\b(?:entre|du|de|depuis)\s+(?:le\s+|l['’]année\s+)?)$", re.IGNORECASE)
_INTERVAL_JOIN = re.compile(r"^\s*(?:et|au|à|jusqu['’]au|jusqu['’]en|-|–)\s*(?:le\s+|l['’]année\s+)?$", re.IGNORECASE)
# Two days written in full join into one interval without "du" when "au" or a dash stands between them
# ("10 juin au 1er juillet", "13 juillet - 15 juillet"); "et" needs "entre" ("le 3 mai et le 5 juin" are two days).
_DAYS_JOIN = re.compile(r"^\s*(?:au|jusqu['’]au|-|–)\s*$", re.IGNORECASE)


def _days_joined(text: str, a: FoundDate, b: FoundDate) -> bool:
    between = text[a.end : b.start]
    joined = _DAYS_JOIN.match(between) or (not between.strip() and b.text.lower().startswith("au "))
    return a.kind == b.kind == "day" and bool(joined)


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


def extract_dates(
    text: str, published: str | dt.date | None, rules: DateRules | None = None, tense: Tense | None = None,
    coming: Callable[[int, int], bool] | None = None, gone: Callable[[int, int], bool] | None = None,
) -> tuple[list[FoundDate], str | None, bool]:
    """All dates of a text -> (dates, publication date used, whether it was inferred).

    Without a publication date, the latest date whose year is written in the text is taken, then
    day-month dates without a year are read in that year and may move it later. `tense` tells the
    tense of the clause around a span (from the parse); without it a bare weekday is read as past. `coming` tells
    whether a span hangs on a verb in the future (a day without a year is then the coming one), `gone` on a verb in
    the passé composé (then the last one)."""
    rules = rules or default_rules()
    matches = find_date_expressions(text, rules)
    ref = PartialDate.parse(published)
    inferred = False
    if ref is None:
        ref = _infer_reference(text, [dm for dm in matches if not _in_quote(text, dm.start)], rules)
        inferred = ref is not None
    found: list[FoundDate] = []
    anchor: PartialDate | None = None  # the last day mentioned: "le lendemain" counts from it
    anchor_end, anchor_explicit = -1, False  # where it ends, and whether its year is written
    week_anchor: PartialDate | None = None  # the last day or week told: "la semaine suivante" counts from it
    told: list[PartialDate] = []  # the days told so far, up to publication
    told_year: tuple[PartialDate | None, int] = (None, -1)  # the last day, month or year told, and where it ends
    for dm in matches:
        dm = _this_of_series(text, dm)
        t = _mention_tense(text, dm, tense, rules.vocab)
        if not _told_once(dm, t, rules.vocab):
            continue
        if dm.kind == "anchored_day" and anchor is None and dm.groups.get("ad") and text[dm.end :].lstrip()[:1] == "d":
            found.append(FoundDate(dm.start, dm.end, dm.text, None, "day", True, False, dm.kind))
            continue
        if inferred and dm.kind in _PUBLICATION_RELATIVE:
            # "hier", "la semaine dernière" count from the publication day, which an undated text does not give:
            # unknown, not a guess. A weekday may still name a day of the week of a full date written just before
            # ("le mardi 14 mai 2024. Mardi, ..."), not of one several paragraphs away or itself guessed.
            near = anchor_end >= 0 and dm.start - anchor_end <= WEEKDAY_ANCHOR_CHARS and anchor_explicit
            dv = (normalize(dm, anchor, rules, tense=t, anchor=anchor)
                  if anchor and near and dm.kind in ("weekday", "weekday_next")
                  else DateValue(None, _GRANULARITY.get(dm.kind, "day"), True))
            found.append(FoundDate(dm.start, dm.end, dm.text, dv.value, dv.granularity, dv.relative, False, dm.kind))
            continue
        if _month_told_last(text, dm, told_year, anchor_end):
            # "morte début mai, après une chute la veille": the eve of a day the text does not give.
            found.append(FoundDate(dm.start, dm.end, dm.text, None, "day", True, False, dm.kind))
            continue
        back = _story_anchor(dm, week_anchor if dm.kind == "period_rel" else anchor, told, rules.vocab)
        dv = (_eve_of_named_day(text, dm, anchor, anchor_end, rules.vocab)
              or _movable_feast_value(text, dm, told_year, ref, t, rules.vocab)
              or _compared_offset(text, dm, anchor_end, told, ref, rules.vocab)
              or _offset_value(dm, anchor, anchor_end, rules.vocab, told_year, text[max(0, dm.start - 3) : dm.start])
              or _anchored_value(dm, anchor, ref, rules.vocab, tense)
              or normalize(dm, ref, rules, tense=t, anchor=back))
        if dm.kind in ("offset", "season_bare", "month_edge") and dv.value is None:
            continue  # "trois jours après" with no day to count from: a duration (a figure), not a date
        dv = _historic_future(text, dm, dv, found, ref, rules.vocab)
        if dv.value and dv.granularity == "day" and (ref is None or dv.value <= ref.iso()):
            told.append(PartialDate.parse(dv.value))  # type: ignore[arg-type]
        if dv.value and dv.granularity in ("day", "month", "year"):
            told_year = (PartialDate.parse(dv.value), dm.end)
        if dv.value and dv.granularity == "day":
            anchor, anchor_end, anchor_explicit = PartialDate.parse(dv.value), dm.end, dv.explicit_year
            week_anchor = anchor
        elif dv.value and dv.granularity == "interval":
            week_anchor = _week_start(dv.value) or week_anchor
        found.append(
            FoundDate(dm.start, dm.end, dm.text, dv.value, dv.granularity, dv.relative, dv.explicit_year, dm.kind,
                      _yearless(dm, rules.vocab))
        )
    found = _revise_in_context(text, found, matches, ref, inferred, rules, tense, coming, gone)
    found = _ahead_of_a_told_past(text, found, tense, rules.vocab)
    return found, (ref.iso() if ref else None), inferred


_AHEAD_PARTS = re.compile(r"^\S+\s+(?P<n>.+?)\s+(?P<unit>\S+)$")


def _ahead_of_a_told_past(text: str, found: list[FoundDate], tense: Tense | None, v: Vocabulary) -> list[FoundDate]:
    """"En 2016, le maire promettait un tram dans cinq ans": in a past clause, "dans N ans" counts from the year told
    earlier in the same sentence (when it was said), not from publication."""
    if tense is None:
        return found
    out = list(found)
    for i, f in enumerate(found):
        parts = _AHEAD_PARTS.match(f.text) if f.kind == "ahead" and f.value else None
        if parts is None or v.units.get(_key(parts["unit"])) != 1 or tense(f.start, f.end) == 1:
            continue
        # the told date hangs on a past verb; "dans N ans" on it or on an infinitive under it ("s'était dit prêt à
        # l'abandonner dans deux ans"), not on a future of its own
        told = next((g for g in reversed(out[:i]) if g.value and g.explicit_year), None)
        if told is None or _SENTENCE_END.search(text, told.end, f.start) or tense(told.start, told.end) >= 0:
            continue
        n = parse_number(parts["n"])
        if n is not None:
            out[i] = replace(f, value=PartialDate(int(told.value[:4]) + int(n)).iso())  # type: ignore[index]
    return out


def _mention_tense(text: str, dm: DateMatch, tense: Tense | None, v: Vocabulary) -> int:
    """The tense a date mention is read in: its clause's (from the parse), corrected by the words around it."""
    t = tense(dm.start, dm.end) if tense is not None and dm.kind in TENSED else 0
    if t and _SINCE.search(text[max(0, dm.start - 12) : dm.start]):
        t = -1  # "depuis samedi", "depuis le 17 novembre": whatever the verb, the start is past
    elif t == PRESENT and _SERIES.search(text[max(0, dm.start - 20) : dm.start]):
        t = 0  # "le débat revient après un quatrième samedi de grève": the latest of a series
    t = _context_tense(text, dm, t, v)
    return _forecast_tense(text, dm, t)


def _revise_in_context(
    text: str, found: list[FoundDate], matches: list[DateMatch], ref: PartialDate | None, inferred: bool,
    rules: DateRules, tense: Tense | None, coming: Callable[[int, int], bool] | None,
    gone: Callable[[int, int], bool] | None,
) -> list[FoundDate]:
    """Second pass over the dates read one by one: what the dates told around each one change (a month or year
    told before, coordinated days and decades, intervals, series, words said earlier in a quotation)."""
    known = None if inferred else ref
    found = _month_from_told(_weekday_of_week(text, found, rules.vocab), rules.vocab)
    found = _year_from_told(found, rules.vocab)
    found = _bound_month_ahead(text, found, known, tense)
    found = _coming_year(text, found, ref, coming, rules.vocab) if coming is not None and not inferred else found
    found = _gone_year(text, found, ref, gone, rules.vocab) if gone is not None and not inferred else found
    found = _coordinated_decades(text, _share_years(text, _coordinated_weekdays(text, found, rules.vocab)))
    found = _anchor_to_following(text, _join_intervals(text, found, rules), rules)
    found = _weekly_series(text, _day_after_in_clause(text, found, rules.vocab, known, tense), rules.vocab)
    found = _last_week_when_told_plainly(_week_of_day(text, found, rules.vocab), ref, rules.vocab)
    if not inferred and ("«" in text or "“" in text or '"' in text):
        found = _said_earlier(text, found, matches, ref, rules, tense)
    return _day_told_again(found, ref, tense)


def _movable_feast_value(
    text: str, dm: DateMatch, told_year: tuple[PartialDate | None, int], ref: PartialDate | None, tense: int,
    v: Vocabulary,
) -> DateValue | None:
    """"à Pâques", "le lundi de Pâques" -> that day in the year written after it, else in the year of a date told
    earlier in the same sentence ("le 9 avril 1917, soit le lundi de Pâques"), else the one the tense points to
    from publication (the last one in a past clause, the next one in a future clause, else the closest)."""
    if dm.kind != "movable_feast":
        return None
    g = dm.groups
    offset = v.movable_feasts[_key(g["mf"])] + v.holiday_cues.get(_key(g.get("cue") or ""), 0)

    def feast(year: int) -> dt.date:
        return easter(year) + dt.timedelta(days=offset)

    told, told_end = told_year
    same_sentence = told is not None and told_end >= 0 and not _SENTENCE_END.search(text[told_end : dm.start])
    if g.get("y"):
        return DateValue(PartialDate.of(feast(int(g["y"]))).iso(), "day", False, True)
    base = told if same_sentence else ref
    if base is None:
        return DateValue(None, "day", True)
    if base.month is None:  # a year told alone ("en 2016, ... à la Pentecôte"): that year's
        return DateValue(PartialDate.of(feast(base.year)).iso(), "day", True)
    days = [feast(y) for y in (base.year - 1, base.year, base.year + 1)]
    on = dt.date(base.year, base.month, base.day or 15)
    return DateValue(PartialDate.of(_day_by_tense(days, on, 0 if same_sentence else tense)).iso(), "day", True)


# How far back the day an offset counts from may be told ("le 3 mai, contre 4 000 cortèges une semaine plus tôt").
OFFSET_ANCHOR_CHARS = 200
# A count of years that opens a sentence ("Cinq ans plus tôt, il avait ...") goes on with the story from the last
# year told, even a paragraph of quotations back.
OPENING_OFFSET_CHARS = 1500


def _opening_offset_reach(before: str) -> int:
    """How far back the year an offset counts from may be told: further when the offset opens a sentence."""
    return OPENING_OFFSET_CHARS if not before.strip() or before.rstrip()[-1:] in ".!?»\n" else OFFSET_ANCHOR_CHARS


def _offset_value(
    dm: DateMatch, anchor: PartialDate | None, anchor_end: int, v: Vocabulary,
    told: tuple[PartialDate | None, int] = (None, -1), text_before: str = "",
) -> DateValue | None:
    """"une semaine plus tôt", "trois jours après": the day told just before moved by the count; "deux ans plus
    tôt": the year of the date (day, month or year) told just before (`told`, with where it ends) moved by the count;
    null (dropped by the caller) when nothing was told in the sentences just before."""
    if dm.kind != "offset":
        return None
    g = dm.groups
    sign = _offset_sign(g)
    unit = _key(g["unit"])
    if v.units.get(unit, 0):
        base, end = told
        if base is None or dm.start - end > (_opening_offset_reach(text_before) if text_before else OFFSET_ANCHOR_CHARS):
            return DateValue(None, "year", True)
        return DateValue(PartialDate(base.year + sign * int(parse_number(g["n"]))).iso(), "year", True)
    if anchor is None or anchor.day is None or dm.start - anchor_end > OFFSET_ANCHOR_CHARS:
        return DateValue(None, "day", True)
    p = resolve_offset(_day_count(v, g["n"], unit), 0, unit, anchor, sign)
    return DateValue(p.iso() if p else None, "day", True)



def _offset_sign(g: Groups) -> int:
    """-1 for "plus tôt", "auparavant", "avant"; 1 for "plus tard", "après"."""
    return -1 if re.sub(r"\s+", "", _key(g["dir"])) in ("plustôt", "auparavant", "avant") else 1

# How many days before publication the latest day told may be and still be the story's own day (a Sunday paper's
# Saturday); an older one ("depuis le 17 mai") is not, publication is.
STORY_DAY_DAYS = 3
_THAN = re.compile(r"\bqu(?:e\s+|['’])$", re.IGNORECASE)
# A full stop, "!", "?" or a line end: where a sentence (or a heading) may end.
_SENTENCE_END = re.compile(r"[.!?\n]")


def _compared_offset(
    text: str, dm: DateMatch, anchor_end: int, told: list[PartialDate], ref: PartialDate | None, v: Vocabulary
) -> DateValue | None:
    """"le cortège était plus maigre qu'une semaine plus tôt": compared with the story's own day (the latest day told up
    to publication when it is at most STORY_DAY_DAYS old, else publication), not with a day told in an earlier
    sentence ("depuis le 17 novembre"); a day told in the same sentence stays the base (_offset_value)."""
    if dm.kind != "offset" or not _THAN.search(text[max(0, dm.start - 4) : dm.start]):
        return None
    if anchor_end >= 0 and not _SENTENCE_END.search(text[anchor_end : dm.start]):
        return None
    latest = max(told, key=PartialDate.key) if told else None
    base = latest if latest is not None and (ref is None or _days_after(ref, latest) <= STORY_DAY_DAYS) else ref
    if base is None or base.day is None:
        return None
    g = dm.groups
    sign = _offset_sign(g)
    unit = _key(g["unit"])
    p = resolve_offset(_day_count(v, g["n"], unit), v.units.get(unit, 0), unit, base, sign)
    return DateValue(p.iso() if p else None, p.granularity if p else "day", True)


def _day_count(v: Vocabulary, written: str, unit: str) -> int:
    """The count of an "il y a / dans / plus tard" expression; "quinze jours" is two weeks (14 days), "huit jours"
    one (7), as French counts them, not 15 and 8."""
    n = int(parse_number(written))
    return v.idiom_days.get(n, n) if unit.startswith("jour") else n


def _monday(p: PartialDate | None) -> dt.date | None:
    d = p.date() if p else None
    return d - dt.timedelta(days=d.weekday()) if d else None


def _story_anchor(
    dm: DateMatch, anchor: PartialDate | None, told: list[PartialDate], v: Vocabulary
) -> PartialDate | None:
    """What "le samedi précédent", "la semaine précédente" count back from: the day (or week) told just before,
    unless that one already is the Saturday (week) before the latest told: in a story of Saturday 8 December,
    "les émeutes du 1er décembre ... la violence du samedi précédent" names the 1st again, not the 24th."""
    g = dm.groups
    if anchor is None or not told or v.anchor_directions.get(_key(g.get("dir") or ""), 0) >= 0:
        return anchor
    if dm.kind == "weekday":
        wd = v.weekdays[_key(g["wd"])]
        same = [d for d in told if d.date() and d.date().weekday() == wd]  # type: ignore[union-attr]
        latest = max(same, key=PartialDate.key) if same else None
        return latest if latest and resolve_weekday(wd, latest, -1) == anchor else anchor
    if dm.kind == "period_rel":
        latest = max(told, key=PartialDate.key)
        monday, anchor_monday = _monday(latest), _monday(anchor)
        if monday and anchor_monday and monday - anchor_monday == dt.timedelta(weeks=1):
            return latest
    return anchor


def _month_told_last(text: str, dm: DateMatch, told: tuple[PartialDate | None, int], anchor_end: int) -> bool:
    """Whether "la veille", "le lendemain", "le même jour" follow, in the same sentence, a month told after the last
    day: they then step from a day of that month the text does not give, not from the day told before it."""
    month, end = told
    if dm.kind != "anchored_day" or month is None or month.month is None or month.day is not None:
        return False
    return end > anchor_end and not re.search(r"[.!?]\s", text[end : dm.start])


# A report written at most this many days after the weekday it tells may narrate that day in the future tense.
HISTORIC_FUTURE_DAYS = 2


def _historic_future(
    text: str, dm: DateMatch, dv: DateValue, found: list[FoundDate], ref: PartialDate | None, v: Vocabulary
) -> DateValue:
    """A bare weekday in the future tense whose past reading is the day the report tells, already told as past in
    the text ("des policiers postés samedi ... les gendarmes procéderont à 300 contrôles samedi", in a Sunday
    paper): the writer's historic future narrates that day, not next week's."""
    base = ref.date() if ref else None
    if dm.kind != "weekday" or dm.groups.get("ce") or dm.groups.get("dir") or base is None or not dv.value:
        return dv
    wd = v.weekdays[_key(dm.groups["wd"])]
    past = resolve_weekday(wd, ref)
    if past is None or past.date() is None or (base - past.date()).days > HISTORIC_FUTURE_DAYS:  # type: ignore[operator]
        return dv
    if dv.value <= base.isoformat() or not any(
        f.kind == "weekday" and f.value == past.iso() and v.weekdays.get(_key(f.text)) == wd for f in found
    ):
        return dv
    sentence = text[max(text.rfind(". ", 0, dm.start), text.rfind("\n", 0, dm.start)) + 1 : dm.end]
    return dv if v.again_rx.search(sentence.lower()) else DateValue(past.iso(), "day", True)


def _week_start(value: str) -> PartialDate | None:
    """"2018-11-19/2018-11-25" -> its first day, when the interval is a week or less ("la semaine du 19 au 25
    novembre. La semaine suivante..."); None for longer spans, which no "semaine suivante" counts from."""
    start, _, end = value.partition("/")
    a, b = PartialDate.parse(start), PartialDate.parse(end)
    da, db = (a.date() if a else None), (b.date() if b else None)
    return a if da and db and 0 <= (db - da).days <= 6 else None


# "pour ce cinquième samedi, la police déploie...": "ce" points at the one at hand, as "ce samedi" does.
_THIS_OF_SERIES = re.compile(r"\bce\s+(?:\d+(?:e|ème)|[^\W\d_]+ième)\s+$", re.IGNORECASE)


def _this_of_series(text: str, dm: DateMatch) -> DateMatch:
    """A bare weekday after "ce" and a rank ("ce sixième samedi") read as "ce samedi" (this week's, by tense)."""
    if dm.kind != "weekday" or dm.groups.get("ce") or dm.groups.get("dir"):
        return dm
    if not _THIS_OF_SERIES.search(text, max(0, dm.start - 24), dm.start):
        return dm
    return replace(dm, groups={**dm.groups, "ce": "ce"})
_SERIES = re.compile(r"(?:ième|\de|premier)\s+$", re.IGNORECASE)
# A date a comparison points back to: "contre 290 000 samedi", "comme jeudi dans l'Indre", "moins qu'en avril".
_COMPARISON = re.compile(r"(?:\bcontre\s+(?:près\s+de\s+|plus\s+de\s+)?[\d][\d.,  ]*(?:\s*%)?\s+|\bcomme\s+|\bqu['’]en\s+"
                         r"|\bpar\s+rapport\s+(?:à|au)\s+)$", re.IGNORECASE)
# "à la veille d'un (nouveau, 5e) samedi": the day named is the one after the eve.
_EVE_OF = re.compile(r"\bveille\s+d['’]une?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "jusqu'à samedi", "jusqu'au samedi": a weekday that ends a span.
_UNTIL = re.compile(r"\bjusqu['’](?:à|au)\s+$", re.IGNORECASE)
# An imparfait ("était", "restaient"): the span is told as over ("il était retenu jusqu'à samedi").
_IMPARFAIT = re.compile(r"\w(?:ait|aient)\b", re.IGNORECASE)
# A timeline entry: "Mardi - Les gilets jaunes continuent" (told in the present, but past days).
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
    if dm.kind == "weekday" and t in (-1, 0) and not dm.groups.get("dir") and _UNTIL.search(before):
        # "il est en déplacement jusqu'à samedi", "a prolongé sa garde à vue jusqu'à samedi": the end of a span that
        # still runs, whatever past verb the parser hangs it on; only an imparfait clause tells a span that is over.
        clause = re.split(r"[.!?;\n]", text[max(0, dm.start - 120) : dm.start])[-1]
        if not _IMPARFAIT.search(clause):
            return PRESENT
    line_start = text.rfind("\n", 0, dm.start) + 1
    if dm.kind == "weekday" and not text[line_start : dm.start].strip() and _TIMELINE.match(text[dm.end :]):
        return -1
    if dm.kind == "weekday" and t <= 0 and not _SINCE.search(before[-12:]):
        # "la manifestation de samedi" names a day the event had, past or not: only "une réunion jeudi" counts.
        low = re.split(r"[.!?\n]", text[max(0, dm.start - 60) : dm.start].lower().replace("’", "'"))[-1]
        if re.search(r"\b(?:de|du|d')\s*$", low) and not _STARTING_FROM.search(low):
            return t
        # The event must be named after the announcing word: "a annoncé une réunion jeudi", not "après un mois de
        # blocage, il a annoncé vendredi" (the announcement itself is what happened on Friday).
        said = v.announcement_rx.search(low)
        if said and v.event_noun_rx.search(low[said.start():]):
            return 1
    return t
_SINCE = re.compile(r"\bdepuis\s+(?:le\s+)?$", re.IGNORECASE)
# "appelaient à la grève à partir de jeudi": the start of an announced event, not "la grève de jeudi".
_STARTING_FROM = re.compile(r"\b(?:à\s+partir|à\s+compter)\s+de\s*$")


def _eve_of_named_day(
    text: str, dm: DateMatch, anchor: PartialDate | None, anchor_end: int, v: Vocabulary
) -> DateValue | None:
    """"ils manifestaient vendredi, à la veille d'un cinquième samedi": the day just named is the eve, so the weekday
    is the one right after it, whatever the tense of the clause."""
    if dm.kind != "weekday" or anchor is None or anchor.day is None or not 0 <= dm.start - anchor_end <= 40:
        return None
    if not _EVE_OF.search(text[max(0, dm.start - 40) : dm.start]):
        return None
    day = resolve_weekday(v.weekdays[_key(dm.groups["wd"])], anchor, 1)
    return DateValue(day.iso(), "day", True) if day else None


# Kinds whose value counts from the publication day itself (an inferred reference only fills missing years).
_PUBLICATION_RELATIVE = frozenset({"weekday", "weekday_next", "rel_day", "period_rel", "period_this", "ago", "ahead",
                                   "week_part", "term", "lone_day",
                                   "rel_year", "rel_month", "season", "year_edge", "season_bare", "month_edge"})


def _in_quote(text: str, pos: int) -> bool:
    """Whether a position lies inside a quotation of its paragraph: a speaker's "j'ai rejoint l'équipe en août 2016"
    tells their past, not when the article was written."""
    para = text[text.rfind("\n", 0, pos) + 1 : pos]
    return para.count("«") > para.count("»") or para.count("“") > para.count("”") or para.count('"') % 2 == 1


def _infer_reference(text: str, matches: list[DateMatch], rules: DateRules) -> PartialDate | None:
    """The date an undated text is read against: its latest full date with a written year ("le 15 avril 2024", "les
    chiffres du 31 janvier 2019"). None when it has none, when it is historical, or when a bare year lies after it
    ("mars 2018 ... d'ici 2024", "pour 2019"): a bare year is often a plan or a term, and the text was then written
    after its latest dated event, in a year it does not give (the answer key leaves "le 1er janvier" unknown there).
    A latest date that is a month and year alone ("annoncée en décembre 2017", "entrée au cabinet en mai 2017") is
    background far more often than the news of the day: it dates the text only when a weekday written with a day
    and month ("ce jeudi 25 avril") fits that year, or when it ends a span ("entre janvier 2021 et mai 2024": figures
    counted up to the time of writing)."""
    explicit: list[PartialDate] = []
    span_ends: list[PartialDate] = []
    for i, dm in enumerate(matches):
        dv = normalize(dm, None, rules)
        if dv.explicit_year and dv.value:
            parts = [p for p in (PartialDate.parse(x) for x in dv.value.split("/")) if p]
            explicit.extend(parts)
            prev = matches[i - 1] if i else None
            joined = prev is not None and _INTERVAL_JOIN.match(text[prev.end : dm.start]) is not None
            span_ends.extend(parts if joined and _INTERVAL_OPEN.search(text[max(0, prev.start - 20) : prev.start])
                             else parts[1:])
    dated = [p for p in explicit if p.month]
    if not dated or max(p.year for p in dated) < MIN_INFERRED_YEAR:
        return None
    best = max(dated, key=PartialDate.key)
    if max(p.year for p in explicit) > best.year:
        return None
    later, confirmed = _yearless_days_in(best.year, matches, rules.vocab)
    if best.day is None and not confirmed and best not in span_ends:
        return None
    return max([best, *later], key=PartialDate.key)


def _yearless_days_in(year: int, matches: list[DateMatch], v: Vocabulary) -> tuple[list[PartialDate], bool]:
    """Day-month dates without a year read in `year` when that reading fits their weekday, and whether one of them
    has a weekday (so that it confirms the year)."""
    later, confirmed = [], False
    for dm in matches:
        if dm.kind != "day" or dm.groups.get("y") or _direction(v, dm.groups.get("dir")):
            continue
        m = _month(v, dm.groups["m"])
        d = _day(v, dm.groups["d"])
        if not m or not valid_day(year, m, d):
            continue
        wd = v.weekdays.get(_key(dm.groups["wd"] or "")) if dm.groups.get("wd") else None
        if wd is not None and dt.date(year, m, d).weekday() != wd:
            continue
        confirmed = confirmed or wd is not None
        later.append(PartialDate(year, m, d))
    return later, confirmed


def _yearless(dm: DateMatch, v: Vocabulary) -> tuple[int, int | None] | None:
    g = dm.groups
    if dm.kind not in ("day", "month_cued", "month_part") or g.get("y") or g.get("dir"):
        return None
    month = _month(v, g.get("m"))
    return (month, _day(v, g["d"]) if g.get("d") else None) if month else None


# "juin ou juillet 2015", "le 3 et le 4 mars 2019": two dates of one phrase sharing the year written last.
_SAME_YEAR_JOIN = re.compile(r"^\s*(?:,|et|ou)\s*(?:(?:en|le)\s+)?$", re.IGNORECASE)


def _share_years(text: str, found: list[FoundDate]) -> list[FoundDate]:
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        pb = PartialDate.parse(b.value)
        if (a.yearless and b.explicit_year and pb is not None and (a.yearless[1] is None) == (pb.day is None)
                and _SAME_YEAR_JOIN.match(text[a.end : b.start])):
            value = _year_from(a, b)
            if value != a.value:
                out[i - 1] = replace(a, value=value, relative=False, explicit_year=True)
    return out


_WEEKDAY_JOIN = re.compile(r"^\s*(?:,|et|ou)\s*$", re.IGNORECASE)


def _coordinated_weekdays(text: str, found: list[FoundDate], v: Vocabulary) -> list[FoundDate]:
    """"reprogrammées à jeudi et vendredi", "prévue lundi et mardi": the second day follows the first one's date
    (each read alone, the clause's tense may put them in different weeks)."""
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        wa, wb = v.weekdays.get(_key(a.text)), v.weekdays.get(_key(b.text))
        day = PartialDate.parse(a.value)
        if wa is None or wb is None or day is None or day.date() is None or not _WEEKDAY_JOIN.match(text[a.end : b.start]):
            continue
        value = PartialDate.of(day.date() + dt.timedelta(days=(wb - wa) % 7)).iso()
        out[i] = replace(b, value=value)
    return out


def _coordinated_decades(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """"dans les années 1970 et 1980", "des années 1980, 1990": a round year joined to a decade is a decade too."""
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (a.kind == "decade" and b.kind == "year" and b.text.isdigit() and b.text.endswith("0")
                and _WEEKDAY_JOIN.match(text[a.end : b.start])):
            out[i] = replace(b, value=f"{b.value}/{int(b.value) + 9}", granularity="interval", kind="decade")
    return out


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


def _coming_year(text: str, found: list[FoundDate], ref: PartialDate | None, coming: Callable[[int, int], bool],
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
        if (f.kind not in _COMING_KINDS or f.explicit_year or before is None or before <= FUTURE_SHIFT_DAYS
                or any(w in v.weekdays or w in v.directions for w in words) or words[0] == "depuis"
                or _SINCE.search(text[max(0, f.start - 12) : f.start]) or not coming(f.start, f.end)):
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


def _gone_year(text: str, found: list[FoundDate], ref: PartialDate | None, gone: Callable[[int, int], bool],
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
        if (f.kind not in _GONE_KINDS or f.explicit_year or after is None or -after <= FUTURE_SHIFT_DAYS
                or any(w in v.weekdays or w in v.directions for w in words)
                or _set_for_later(text, pair or f)
                or not (gone(f.start, f.end) or (pair is not None and gone(pair.start, pair.end)))):
            continue
        shifted = _last_year(f.value or "")
        if shifted:
            out[i] = replace(f, value=shifted)
            if pair is not None:
                out[i - 1] = replace(pair, value=_last_year(pair.value or "") or pair.value)
            _coordinated_back(text, found, out, i, base)
    return out


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


def _join_intervals(text: str, found: list[FoundDate], rules: DateRules | None = None) -> list[FoundDate]:
    """"entre le 2 février 2020 et le 9 juin 2023", "de 2019 à 2021" -> one interval."""
    out: list[FoundDate] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            opener = _INTERVAL_OPEN.search(text[max(0, a.start - 30) : a.start])
            start = a.start - len(opener.group(0)) if opener else a.start
            opens = opener is not None or a.text.lower().startswith(("du ", "entre ")) or _days_joined(text, a, b)
            joined = _INTERVAL_JOIN.match(text[a.end : b.start]) or (
                not text[a.end : b.start].strip() and b.text.lower().startswith(("au ", "et le "))
            )
            if (
                opens
                and not _compared(text, start, rules)
                and "rel_day" not in (a.kind, b.kind)  # "la nuit de samedi à hier dimanche": two days, as written
                and joined
                and (a.value or a.yearless)
                and b.value
                and "/" not in (a.value or "")
                and "/" not in b.value
            ):
                start_value = _year_from(a, b)
                if start_value is None:
                    out.append(a)
                    i += 1
                    continue
                value = f"{start_value}/{b.value}"
                # A start that took its year from the end is as absolute as the end.
                rel = b.relative or (a.relative and start_value == a.value)
                explicit = a.explicit_year or b.explicit_year
                out.append(FoundDate(start, b.end, text[start : b.end], value, "interval", rel, explicit))
                i += 2
                continue
        out.append(a)
        i += 1
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


# Not "la fin de semaine du 19 janvier": in Quebec, a weekend.
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


# ---------------------------------------------------------------- tense (from the parse)
def verb_tense(
    verb: Token, future_cues: frozenset[str], intentions: tuple[str, ...] = (), etre_verbs: tuple[str, ...] = (),
    events: tuple[str, ...] = (), modals: frozenset[str] = frozenset(),
) -> int:
    """-1 past, +1 future, PRESENT (present indicative), 0 unknown, from the morphology of a verb and its
    auxiliaries."""
    auxes = [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    if any(_future(f) for f in (verb, *auxes)) or verb.lower_ in future_cues:
        return 1
    if "Inf" in verb.morph.get("VerbForm"):
        # "doit se tenir samedi", "ont décidé de se réunir jeudi", "son intention de s'expliquer vendredi": the
        # word governing the infinitive decides, and only a future, a conditional, a cue or an intention there
        # makes it future.
        head = _governing_verb(verb.head) if verb.head is not verb else None
        if _intention(verb.head, intentions) or (head is not None and (
            head.lower_ in future_cues or _future(head) or _conditional(head) or _intention(head, intentions)
        )):
            return 1
        if head is not None and head.lower_ in modals and verb_tense(head, future_cues) < 0:
            return -1  # "ils n'ont pas pu faire marche arrière après l'été": what they could not do is past
        return 0
    if ("Part" in verb.morph.get("VerbForm") and not auxes and verb.dep_ == "acl" and verb.head is not verb
            and verb.head.lower_.startswith(events or ("\0",))):
        # "il n'ira pas à la réunion organisée vendredi": a participle describing an event has no tense of its own;
        # the verb of the event's clause decides (but "le texte adopté mardi sera appliqué" keeps its past).
        head = _governing_verb(verb.head)
        if head is not None and head is not verb:
            return verb_tense(head, future_cues, intentions, etre_verbs)
    if "Part" in verb.morph.get("VerbForm"):
        # "est prévu samedi", "n'est pas confirmé": a passive or copula participle takes the tense of its auxiliary;
        # "a été annoncé", "annoncée samedi" are past.
        tensed = [a for a in auxes if a.dep_ == "aux:tense"]
        passive = [a for a in auxes if a.dep_ in ("aux:pass", "cop")]
        if passive and not tensed and "Inf" in passive[0].morph.get("VerbForm"):
            # "doivent être détaillées jeudi": the verb governing the passive infinitive decides, as above.
            head = _governing_verb(verb.head) if verb.head is not verb else None
            future = head is not None and (head.lower_ in future_cues or _future(head) or _conditional(head))
            return 1 if future else 0
        if passive and not tensed and not _etre_verb(verb, etre_verbs):
            return _finite_tense(passive[0])
        if tensed and "Imp" in tensed[0].morph.get("Tense"):
            return PLUPERFECT
        return -1 if "Past" in verb.morph.get("Tense") else 0
    return _finite_tense(verb)


# The coming day, today included: a weekday in a present-tense clause ("la préfecture craint samedi des heurts")
# is read like a future one, and the publication day itself when it is that weekday.
PRESENT = 2
# A past before the past ("avait soulevé", "avaient bloqué"): a past tense that may move a date without a year back.
PLUPERFECT = -2


def _finite_tense(verb: Token) -> int:
    tenses = set(verb.morph.get("Tense"))
    if "Imp" in tenses and _announced_plan(verb):
        return 1
    # Passé simple and présent share their -it forms ("se réunit", "finit"): only the imparfait and
    # unambiguous passé simple forms ("fut", "décida") say past.
    if "Imp" in tenses or ("Past" in tenses and not verb.lower_.endswith("it")):
        return -1
    if "Cnd" in verb.morph.get("Mood") or _conditional(verb):
        return 1
    if "Fin" in verb.morph.get("VerbForm") and "Pres" in tenses and "Ind" in verb.morph.get("Mood"):
        # A capitalized word inside a sentence ("sur France Inter samedi") is a name the tagger took for a verb.
        return PRESENT if not (verb.is_title and not verb.is_sent_start) else 0
    return 0


# Conditional endings the morphologizer reads as present ("poursuivraient", "pourrait"): the future stem before
# -ait; "déclarait", "ouvrait", "tirait" (imparfait) do not match.
_CONDITIONAL_ENDING = re.compile(r"(?:er|rr|dr|aur|evr|uivr|vivr|agir|^ir)(?:ais|ait|ions|iez|aient)$")


def _conditional(verb: Token) -> bool:
    return "Cnd" in verb.morph.get("Mood") or bool(_CONDITIONAL_ENDING.search(verb.lower_))


def _announced_plan(verb: Token) -> bool:
    """"La maire a annoncé qu'elle se rendrait jeudi à la préfecture": a conditional the tagger reads as an imparfait, in the
    clause a passé composé reports, is a plan still to come (but in "on nous a laissé croire qu'ils passeraient jeudi"
    the infinitive "croire" reports a narrated past)."""
    head = verb.head
    return (verb.dep_ == "ccomp" and _conditional(verb) and head is not verb and "Part" in head.morph.get("VerbForm")
            and any(c.dep_ == "aux:tense" and "Pres" in c.morph.get("Tense") for c in head.children))


_PARTICIPLE_ENDING = re.compile(r"(?:é|i|u|t)(?:e|s|es)?$")


def _etre_verb(verb: Token, etre_verbs: tuple[str, ...]) -> bool:
    """"est rentré", "sont arrivés": a passé composé with être, which the parser takes for a present passive."""
    return verb.lower_.startswith(etre_verbs) and bool(_PARTICIPLE_ENDING.search(verb.lower_)) if etre_verbs else False


def _intention(token: Token, intentions: tuple[str, ...]) -> bool:
    """"décidé", "appels", "intention", "invité": a word whose complement happens later."""
    return bool(intentions) and token.lower_.startswith(intentions)


# Future endings ("conclura", "se tiendront", "sera"); passé simple forms in -ra ("montra") are rare in the press.
_FUTURE_ENDING = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")


def _future(verb: Token) -> bool:
    """A finite verb in the future, by its ending: the morphologizer's Tense=Fut is unreliable both ways
    ("font" tagged Fut, "conclura" tagged Past); periphrastic futures ("va", "vont") are future cues."""
    form = verb.morph.get("VerbForm")
    if "Fin" in form:
        return bool(_FUTURE_ENDING.search(verb.lower_))
    # "votera" tagged a participle, "fixera" an infinitive: no participle or infinitive ends that way.
    return verb.pos_ in ("VERB", "AUX") and bool(form) and bool(_FUTURE_ENDING.search(verb.lower_))


def _governing_verb(token: Token) -> Token | None:
    t = token
    for _ in range(8):
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and not t.dep_.startswith("aux") and t.dep_ != "cop"):
            return t
        if t is not token:
            # A noun or adjective predicate ("sera au programme cet été", "était en grève samedi"): the copula's
            # tense is the clause's.
            cop = next((c for c in t.children if c.dep_ == "cop"), None)
            if cop is not None:
                return cop
        if t.head is t:
            return None
        t = t.head
    return None


def _nearest_verb(span: Span) -> Token | None:
    """Without a parse: the verb closest to the span in its sentence (or the whole doc)."""
    scope = span.sent if span.doc.has_annotation("SENT_START") else span.doc
    verbs = [t for t in scope if t.pos_ == "VERB"]
    return min(verbs, key=lambda t: abs(t.i - span.start)) if verbs else None


def _verb_after(doc: Doc, span: Span) -> Token | None:
    """The first verb after a span up to the end of its written sentence (the parser may cut "Vendredi, ce sont ..."
    into two sentences)."""
    for t in doc[span.end : span.end + 40]:
        if t.text in (".", "!", "?", ";") or "\n" in t.text:
            return None
        if t.pos_ == "VERB":
            return t
    return None


def _nearest_verb_in_paragraph(doc: Doc, start: int) -> Token | None:
    text = doc_text(doc)
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", start)
    para_end = len(text) if para_end < 0 else para_end
    # Only the paragraph's tokens: walking the whole Doc made one Token object per word of the article.
    para = doc.char_span(para_start, para_end, alignment_mode="expand")
    verbs = [t for t in (para if para is not None else doc) if t.pos_ == "VERB" and para_start <= t.idx < para_end]
    return min(verbs, key=lambda t: abs(t.idx - start)) if verbs else None


def doc_tense(
    doc: Doc, future_cues: frozenset[str], intentions: tuple[str, ...] = (), etre_verbs: tuple[str, ...] = (),
    events: tuple[str, ...] = (), modals: frozenset[str] = frozenset(),
) -> Tense:
    """The Tense function of a Doc: the verb governing a span in the parse (the nearest verb without one)."""
    parsed = doc.has_annotation("DEP")

    def tense(start: int, end: int) -> int:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return 0
        if parsed:
            # The tokenizer splits "week-end" and the parser may leave its pieces unattached: try each token. A date
            # word tagged as a verb ("été" in "reviendra cet été") is not its own verb: start from its head.
            verbs = (_governing_verb(t.head if t.pos_ in ("VERB", "AUX") and t.head is not t else t)
                     for t in (span.root, *span))
            verb = next((v for v in verbs if v is not None), None)
            if verb is None:
                # "C'est dimanche qu'aura lieu la cérémonie", "Vendredi, ce sont les élèves qui défileront": the
                # parse hangs the day on the copula; the verb of the relative clause tells the time.
                verb = _verb_after(doc, span)
        else:
            verb = _nearest_verb(span)
        if verb is not None and "\n" in doc_text(doc)[min(verb.idx, start) : max(verb.idx, start)]:
            # The parser joined two paragraphs ("... est annoncée.\n\nSamedi, ils avaient bloqué"): the verb of
            # the weekday's own paragraph, the nearest one.
            verb = _nearest_verb_in_paragraph(doc, start)
        return verb_tense(verb, future_cues, intentions, etre_verbs, events, modals) if verb is not None else 0

    return tense


def _span_root_and_head(doc: Doc, start: int, end: int) -> tuple[Token, Token] | None:
    """The root of the tokens covering start..end and the word it hangs on (doc_coming, doc_gone)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root, span.root.head


def doc_coming(doc: Doc, future_cues: frozenset[str]) -> Callable[[int, int], bool]:
    """Whether a span hangs directly on a verb in the future indicative ("aura lieu le 3 mars", "sera jugé le 3 mars",
    "va rentrer le 2 octobre", "devra quitter son poste le 3 mars"): not on a noun, a participle of its own or a
    conditional (in "il a dit qu'il partirait le 3 mars" the day may be past)."""
    if not doc.has_annotation("DEP"):
        return lambda start, end: False

    def coming(start: int, end: int) -> bool:
        found = _span_root_and_head(doc, start, end)
        if found is None:
            return False
        root, verb = found
        if verb.pos_ == "ADP" and any(c.dep_ == "fixed" for c in verb.children):
            verb = verb.head  # "reprendront à partir de septembre": "à partir" is one preposition, hung on the verb
        if verb is root or verb.pos_ not in ("VERB", "AUX"):
            return False
        return _future_verb(verb, future_cues)

    return coming


def doc_gone(doc: Doc, reschedules: tuple[str, ...]) -> Callable[[int, int], bool]:
    """Whether a span hangs directly on a verb in the passé composé ("a eu lieu le 14 juillet", "ont été adoptées en
    avril", "est né en mars"): a participle with a present-tense auxiliary, not one that sets a date to come ("a été
    reporté", "a fixé") nor a participle used alone ("le film sorti le 29 mai")."""
    if not doc.has_annotation("DEP"):
        return lambda start, end: False

    def gone(start: int, end: int) -> bool:
        found = _span_root_and_head(doc, start, end)
        if found is None:
            return False
        root, verb = found
        if verb is root or verb.pos_ not in ("VERB", "AUX") or "Part" not in verb.morph.get("VerbForm"):
            return False
        if reschedules and verb.lower_.startswith(reschedules):
            return False
        auxes = [c for c in verb.children if c.dep_ == "aux:tense"]
        return bool(auxes) and all("Pres" in a.morph.get("Tense") and "Ind" in a.morph.get("Mood") for a in auxes)

    return gone


def _future_verb(verb: Token, future_cues: frozenset[str]) -> bool:
    """A future indicative, simple, passive ("sera jugé") or periphrastic ("va rentrer", "devra quitter")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux:tense", "aux:pass")]
    form = verb.morph.get("VerbForm")
    if "Inf" in form:
        # "va rentrer", "devra quitter", "compte revenir": a finite head in the future or a future cue.
        head = verb.head
        return head is not verb and "Fin" in head.morph.get("VerbForm") and not _conditional(head) and (
            _future(head) or head.lower_ in future_cues)
    if "Part" in form:
        return bool(auxes) and all(_future(a) for a in auxes)  # "sera jugé", not "élus", "a été adopté"
    # "déclara" (passé simple) ends as a future does.
    past = "Past" in verb.morph.get("Tense")
    return _future(verb) and not past and not _conditional(verb) and not any(not _future(a) for a in auxes)


# ---------------------------------------------------------------- spaCy component
class DateRecognizer:
    """Writes doc.spans["dates"] and doc._.dates; fills doc._.published when it has to infer it.

    Its words come from the file `initialize(words=...)` names (the config's
    [initialize.components.pressfacts_dates]); `to_disk`/`from_disk` save and load them as
    date_words.jsonl in the component's folder. Added with `nlp.add_pipe` and never initialized,
    it uses the packaged date words."""

    def __init__(self, nlp: Language, name: str, spans_key: str = "dates") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self._rules: DateRules | None = None

    @property
    def rules(self) -> DateRules:
        if self._rules is None:
            self._rules = default_rules()
        return self._rules

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        words: str | Path | None = None,
    ) -> None:
        self._rules = DateRules.from_path(words) if words else default_rules()

    def __call__(self, doc: Doc) -> Doc:
        rules = self.rules
        tense = doc_tense(doc, rules.vocab.future_cues, rules.vocab.intentions, rules.vocab.etre_verbs,
                          tuple(sorted(rules.vocab.event_nouns)), rules.vocab.past_modals)
        found, ref, inferred = extract_dates(doc_text(doc), doc._.published, rules, tense,
                                             doc_coming(doc, rules.vocab.future_cues),
                                             doc_gone(doc, rules.vocab.reschedules))
        if inferred:
            doc._.published = ref
            doc._.published_source = "inferred"
        doc._.dates = [f.as_dict() for f in found]
        set_span_group(doc, self.spans_key, doc._.dates)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        save_rows(path, {DATE_WORDS: self.rules.rows})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> DateRecognizer:
        self._rules = DateRules(srsly.read_jsonl(ensure_path(path) / DATE_WORDS))
        return self


@Language.factory(
    "pressfacts_dates",
    default_config={"spans_key": "dates"},
    assigns=["doc._.dates", "doc._.published", "doc._.published_source", "doc.spans"],
    requires=["doc._.published", "token.pos", "token.morph", "token.dep"],
)
def make_dates(nlp: Language, name: str, spans_key: str) -> DateRecognizer:
    return DateRecognizer(nlp, name, spans_key)


__all__ = [
    "DateRecognizer",
    "DateRules",
    "DateValue",
    "PartialDate",
    "extract_dates",
    "find_date_expressions",
    "normalize",
    "parse_explicit",
]


# Words of a quotation counted from the day it was said: "hier", "mardi", "la semaine dernière", "ce week-end".
_SPEECH_RELATIVE = frozenset({"rel_day", "weekday", "period_rel", "period_this"})
_QUOTE_PAIRS = {"«": "»", "“": "”"}
# How far after a quotation its incise may tell when it was said (", lance Paul, venu samedi dernier à Lyon").
SPEECH_FRAME_CHARS = 160


def _quote_bounds(text: str, pos: int) -> tuple[int, int] | None:
    """(opening mark, closing mark) of the quotation around `pos` in its paragraph, or None."""
    para_start = text.rfind("\n", 0, pos) + 1
    para_end = len(text) if (e := text.find("\n", pos)) < 0 else e
    before = text[para_start:pos]
    for open_mark, close_mark in _QUOTE_PAIRS.items():
        if before.count(open_mark) > before.count(close_mark):
            opening = para_start + before.rfind(open_mark)
            closing = text.find(close_mark, pos, para_end)
            return (opening, closing) if closing >= 0 else None
    if before.count('"') % 2 == 1:
        closing = text.find('"', pos, para_end)
        return (para_start + before.rfind('"'), closing) if closing >= 0 else None
    return None


def _frame_date(text: str, bounds: tuple[int, int], told: list[FoundDate], v: Vocabulary, depth: int = 0) -> FoundDate | None:
    """The date of the words that frame a quotation (when it was said): told in the incise after it (", lance Paul,
    venu samedi dernier"), else in the clause that opens it with a colon ("a dit en janvier dernier :"); a clause that only
    continues the words quoted just before ("Il a ajouté :") takes that quotation's date."""
    opening, closing = bounds
    after = text[closing + 1 : closing + 1 + SPEECH_FRAME_CHARS]
    stop = re.search(r"[.!?\n«“]", after)
    end = closing + 1 + (stop.start() if stop else len(after))
    hits = [f for f in told if closing < f.start < end]
    if hits:
        return hits[0]
    para_start = text.rfind("\n", 0, opening) + 1
    lead = text[para_start:opening]
    if not lead.rstrip().endswith(":"):
        return None  # a few words quoted inside a sentence: its dates may tell anything ("blessé samedi dernier")
    cut = max(lead.rfind(c) for c in ".!?»”")
    start = para_start + cut + 1
    hits = [f for f in told if start <= f.start < opening]
    if hits:
        return hits[-1]
    clause = text[start:opening]
    if depth == 0 and cut >= 0 and any(w in v.speech_continues for w in re.findall(r"\w+", clause.lower())):
        previous = _quote_bounds(text, para_start + lead.rfind("»" if "»" in lead else "”"))
        if previous is not None:
            return _frame_date(text, previous, told, v, depth + 1)
    return None


def _said_earlier(
    text: str, found: list[FoundDate], matches: list[DateMatch], ref: PartialDate | None, rules: DateRules,
    tense: Tense | None,
) -> list[FoundDate]:
    """"« J'ai entendu le ministre mardi », lance Paul, venu samedi dernier": a relative day inside a quotation
    counts from the day the words were said when the text tells it (before publication), not from publication; when
    only a past month or year is told ("a-t-il dit en janvier : « à partir d'aujourd'hui »"), the day is unknown."""
    quoted = [i for i, f in enumerate(found) if f.kind in _SPEECH_RELATIVE and f.value and _in_quote(text, f.start)]
    if ref is None or ref.day is None or not quoted:
        return found
    told = sorted((f for f in found if f.value and not _in_quote(text, f.start)), key=lambda f: f.start)
    by_start = {dm.start: dm for dm in matches}
    out = list(found)
    for i in quoted:
        f, dm = out[i], by_start.get(out[i].start)
        if dm is None:
            continue
        bounds = _quote_bounds(text, f.start)
        frame = _frame_date(text, bounds, told, rules.vocab) if bounds else None
        said = PartialDate.parse(frame.value) if frame and frame.value else None
        if said is None or "/" in (frame.value or ""):
            continue
        if said.day is None:
            if (said.year, said.month or 12) < (ref.year, ref.month or 1):
                out[i] = replace(f, value=None)
            continue
        if said.key() >= ref.key():
            continue
        t = tense(dm.start, dm.end) if tense is not None and dm.kind in TENSED else 0
        dv = normalize(dm, said, rules, tense=_context_tense(text, dm, t, rules.vocab), anchor=said)
        out[i] = replace(f, value=dv.value, granularity=dv.granularity)
    return out


def _day_told_again(found: list[FoundDate], ref: PartialDate | None, tense: Tense | None) -> list[FoundDate]:
    """"les attaques du 13 novembre 2015 ... le cerveau des attentats du 13 novembre": a day and month written without
    a year after the same day and month written with one is that day again, not the one of the publication's year
    (unless its clause is in the future: "le 22 mars 2016 ... le 22 mars, les victimes seront entendues")."""
    years: dict[tuple[int, int | None], int] = {}
    out = list(found)
    for i, f in enumerate(out):
        p = PartialDate.parse(f.value)
        if f.kind == "day" and f.explicit_year and p is not None and p.day is not None and p.month is not None:
            years[(p.month, p.day)] = p.year
            continue
        if f.kind != "day" or f.yearless is None or f.yearless[1] is None or f.yearless not in years:
            continue
        year = years[f.yearless]
        if p is not None and p.year == year:
            continue
        if p is not None and ref is not None and p.key() > ref.key() and tense is not None and tense(f.start, f.end) == 1:
            continue  # future (PRESENT is 2: "depuis le 3 octobre, la route reste fermée" is that day again)
        out[i] = replace(f, value=PartialDate(year, *f.yearless).iso(), granularity="day")
    return out
