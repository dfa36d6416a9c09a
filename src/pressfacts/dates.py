"""Dates: find French calendar expressions with rules, normalize them to ISO against a reference date.

Finding is done with patterns built from `pipelines/date_words.jsonl` (months, weekdays, "dernier",
"début"...), never with `dateparser.search_dates`, which reads "22 ans", "sa" or "à sa" as dates.
Values: "2024-04-16" (day), "2024-04" (month), "2024" (year), "2021-01-01/2024-05-07" (interval).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions, set_span_group
from .numbers import parse_number
from .settings import alternation, rows_of_kind

DATE_WORDS = "date_words.jsonl"


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
    "prochain"/"dernier" points past or before the reference date."""
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
    for y in candidates:
        if valid_day(y, month, day) and (weekday is None or dt.date(y, month, day).weekday() == weekday):
            return PartialDate(y, month, day)
    return PartialDate(ref.year, month, day) if valid_day(ref.year, month, day) else None


def resolve_month(month: int, ref: PartialDate | None, direction: int = 0) -> PartialDate | None:
    """"décembre dernier", "mars prochain", "en juillet" -> year and month."""
    if ref is None:
        return None
    if direction == 0:
        return PartialDate(ref.year, month)
    if ref.month is None:
        return None
    if direction < 0:
        return PartialDate(ref.year if month < ref.month else ref.year - 1, month)
    return PartialDate(ref.year if month > ref.month else ref.year + 1, month)


def resolve_weekday(weekday: int, ref: PartialDate | None, direction: int = 0) -> PartialDate | None:
    """"ce mardi" / "mardi" (the latest on or before the reference), "mardi dernier", "mardi prochain"."""
    base = ref.date() if ref else None
    if base is None:
        return None
    delta = (base.weekday() - weekday) % 7
    if direction < 0:
        d = base - dt.timedelta(days=delta or 7)
    elif direction > 0:
        d = base + dt.timedelta(days=(weekday - base.weekday()) % 7 or 7)
    else:
        d = base - dt.timedelta(days=delta)
    return PartialDate(d.year, d.month, d.day)


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
    d = base + dt.timedelta(days=sign * days)
    return PartialDate(d.year, d.month, d.day)


# ---------------------------------------------------------------- finding (rules)
@dataclass(frozen=True)
class Vocabulary:
    months: dict[str, int]
    weekdays: dict[str, int]
    directions: dict[str, int]
    relative_days: dict[str, int]
    units: dict[str, int]
    parts: dict[str, str]
    year_cues: frozenset[str]


@cache
def vocabulary(path: str = DATE_WORDS) -> Vocabulary:
    def table(kind: str, key: str = "value") -> dict:
        return {r["word"]: r[key] for r in rows_of_kind(path, kind)}

    return Vocabulary(
        months=table("month"),
        weekdays=table("weekday"),
        directions=table("direction"),
        relative_days=table("relative_day"),
        units=table("unit", "years"),
        parts=table("part"),
        year_cues=frozenset(r["word"] for r in rows_of_kind(path, "year_cue")),
    )


@cache
def _patterns(path: str = DATE_WORDS) -> list[tuple[str, re.Pattern[str]]]:
    v = vocabulary(path)
    MONTH = f"(?:{alternation(list(v.months))})"
    WD = f"(?:{alternation(list(v.weekdays))})"
    DIR = f"(?:{alternation(list(v.directions))})"
    PART = f"(?:{alternation([p for p in v.parts if not p.endswith('-')])})"
    DAY = r"(?:1er|1re|premier|[12]\d|3[01]|0?[1-9])"
    YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
    NUMW = r"(?:\d+|[a-zéèêàâûîôç]+(?:[-\s](?:et[-\s])?[a-zéèêàâûîôç]+){0,3})"
    QUAL = r"(?P<qual>(?:près\s+d['’]|plus\s+d['’]|environ|presque|quelque|près\s+de|plus\s+de|moins\s+de)\s*)?"
    L, R = r"(?<![\w-])", r"(?![\w-])"
    specs = {
        # "entre le 1er janvier 2021 et le 7 mai 2024" is built from two "day" atoms later.
        "day_range": rf"{L}(?:du|entre\s+le)\s+(?P<d1>{DAY})\s+(?:au|et\s+le)\s+(?P<d2>{DAY})\s+(?P<m>{MONTH})"
        rf"(?:\s+(?P<y>{YEAR}))?{R}",
        "month_range": rf"{L}(?:entre|de)\s+(?P<m1>{MONTH})\s+(?:et|à)\s+(?P<m2>{MONTH})(?:\s+(?P<y>{YEAR}))?{R}",
        "day": rf"{L}(?:(?:dans\s+la\s+(?:nuit|soirée|matinée|journée)\s+du|le|ce|du|au|dès\s+le|depuis\s+le)\s+)?"
        rf"(?:(?P<wd>{WD})\s*\[?\s*)?(?P<d>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\]?(?:\s+(?P<dir>{DIR}))?{R}",
        "month_year": rf"{L}(?:(?P<part>{PART})[\s-]+)?(?P<m>{MONTH})\s+(?P<y>{YEAR}){R}",
        "month_rel": rf"{L}(?:(?P<part>{PART})[\s-]+)?(?P<m>{MONTH})\s+(?P<dir>{DIR}){R}",
        "month_part": rf"{L}(?P<part>{PART})[\s-]+(?P<m>{MONTH}){R}",
        "month_cued": rf"(?:(?<=\ben\s)|(?<=\bdepuis\s)|(?<=\bdès\s)|(?<=\bmois\sde\s)|(?<=\bjusqu'en\s)|(?<=\bjusqu’en\s)"
        rf"|(?<=\bmi-)|(?<=\bdébut\s)|(?<=\bfin\s))(?P<m>{MONTH}){R}",
        "year": rf"{L}(?:(?P<part>{PART})[\s-]+)?(?P<y>{YEAR}){R}",
        "weekday": rf"{L}(?:(?P<ce>ce|depuis\s+ce)\s+)?(?P<wd>{WD})(?:\s+(?P<dir>{DIR}))?{R}",
        "rel_day": rf"{L}(?P<rd>{alternation(list(v.relative_days))}){R}",
        "rel_year": rf"{L}(?:l['’]an|l['’]année)\s+(?P<dir>{DIR}){R}|{L}(?P<this>cette\s+année){R}",
        "rel_month": rf"{L}le\s+mois\s+(?P<dir>{DIR}){R}|{L}(?P<this>ce\s+mois-ci){R}",
        "num_date": rf"{L}(?:le\s+)?(?P<d>{DAY})[/.](?P<mn>0?[1-9]|1[0-2])[/.](?P<y>{YEAR}){R}",
        "season_year": rf"{L}(?:(?:au|en|l['’]|le|cet|cette)\s*)?(?P<season>printemps|été|automne|hiver)"
        rf"\s+(?P<y>{YEAR}){R}",
        "ago": rf"{L}(?:il\s+y\s+a|voilà|voici)\s+{QUAL}(?P<n>{NUMW})\s+(?P<unit>{alternation(list(v.units))}){R}",
        "ahead": rf"{L}dans\s+{QUAL}(?P<n>{NUMW})\s+(?P<unit>ans|mois|jours|semaines){R}",
    }
    # Priority: earlier specs win ties between matches of equal length at the same position.
    return [(name, re.compile(p, re.IGNORECASE)) for name, p in specs.items()]


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    kind: str
    groups: dict[str, str | None]


def find_date_expressions(text: str) -> list[DateMatch]:
    """Non-overlapping calendar expressions in text, leftmost-longest."""
    v = vocabulary()
    cands: list[tuple[int, int, int, DateMatch]] = []
    for prio, (kind, rx) in enumerate(_patterns()):
        for m in rx.finditer(text):
            g = m.groupdict()
            if kind == "year" and not g.get("part"):
                # A bare four-digit number is a year only after a cue word ("en 2003", "depuis 2019").
                before = text[max(0, m.start() - 25) : m.start()].lower().replace("’", "'")
                words = re.findall(r"[\w']+", before)
                if not words or (words[-1] not in v.year_cues and " ".join(words[-2:]) not in v.year_cues):
                    continue
            if kind == "weekday" and not (g.get("ce") or g.get("dir")):
                # A bare weekday ("a annoncé mardi") but not a habit ("le mardi", "les mardis", "chaque mardi").
                prev = re.findall(r"[\w']+", text[max(0, m.start() - 12) : m.start()].lower())
                if prev and prev[-1] in {"le", "les", "chaque", "tous", "un", "du", "au", "de"}:
                    continue
            if kind in ("ago", "ahead"):
                # "il y a près de 20 ans", "il y a deux décennies": an approximate age, not a date (a figure).
                if g.get("qual") or v.units.get(g["unit"].lower(), 0) >= 10:
                    continue
                try:
                    parse_number(g["n"])
                except (ValueError, KeyError):
                    continue
            cands.append((m.start(), -(m.end() - m.start()), prio, DateMatch(m.start(), m.end(), m.group(0), kind, g)))
    cands.sort()
    out: list[DateMatch] = []
    last_end = -1
    for start, _neg, _prio, dm in cands:
        if start >= last_end:
            out.append(dm)
            last_end = dm.end
    return out


def _month(v: Vocabulary, word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower()
    return v.months.get(w) or v.months.get(w.rstrip("."))


def _day(word: str) -> int:
    w = word.lower()
    return 1 if w in {"1er", "1re", "premier"} else int(w)


def _direction(v: Vocabulary, word: str | None) -> int:
    return v.directions.get(word.lower(), 0) if word else 0


def normalize(dm: DateMatch, ref: PartialDate | None) -> DateValue:
    """Value of one expression against the reference (publication) date."""
    v = vocabulary()
    g = dm.groups
    k = dm.kind

    def pv(p: PartialDate | None, relative: bool, explicit: bool = False) -> DateValue:
        return DateValue(p.iso() if p else None, p.granularity if p else _default_granularity(k), relative, explicit)

    if k == "day":
        d, m = _day(g["d"]), _month(v, g["m"])
        wd = v.weekdays.get(g["wd"].lower()) if g.get("wd") else None
        if g.get("y") and m:
            y = int(g["y"])
            return pv(PartialDate(y, m, d) if valid_day(y, m, d) else None, False, True)
        return pv(resolve_day_month(d, m, ref, wd, _direction(v, g.get("dir"))) if m else None, True)
    if k == "day_range":
        m = _month(v, g["m"])
        d1, d2 = _day(g["d1"]), _day(g["d2"])
        if g.get("y"):
            y = int(g["y"])
            a, b = PartialDate(y, m, d1), PartialDate(y, m, d2)
            rel = False
        else:
            a, b = resolve_day_month(d1, m, ref), resolve_day_month(d2, m, ref)
            rel = True
        return _interval(a, b, rel, bool(g.get("y")))
    if k == "month_range":
        m1, m2 = _month(v, g["m1"]), _month(v, g["m2"])
        if g.get("y"):
            y = int(g["y"])
            return _interval(PartialDate(y if m1 <= m2 else y - 1, m1), PartialDate(y, m2), False, True)
        return _interval(resolve_month(m1, ref), resolve_month(m2, ref), True)
    if k == "num_date":
        y, m, d = int(g["y"]), int(g["mn"]), int(g["d"])
        return pv(PartialDate(y, m, d) if valid_day(y, m, d) else None, False, True)
    if k == "season_year":
        return pv(PartialDate(int(g["y"])), False, True)
    if k == "month_year":
        return pv(PartialDate(int(g["y"]), _month(v, g["m"])), False, True)
    if k == "month_rel":
        return pv(resolve_month(_month(v, g["m"]), ref, _direction(v, g["dir"])), True)
    if k in ("month_cued", "month_part"):
        return pv(resolve_month(_month(v, g["m"]), ref), True)
    if k == "year":
        return pv(PartialDate(int(g["y"])), False, True)
    if k == "weekday":
        return pv(resolve_weekday(v.weekdays[g["wd"].lower()], ref, _direction(v, g.get("dir"))), True)
    if k == "rel_day":
        base = ref.date() if ref else None
        if base is None:
            return pv(None, True)
        d = base + dt.timedelta(days=v.relative_days[g["rd"].lower().replace("’", "'")])
        return pv(PartialDate(d.year, d.month, d.day), True)
    if k == "rel_year":
        if ref is None:
            return pv(None, True)
        return pv(PartialDate(ref.year + (0 if g.get("this") else _direction(v, g.get("dir")) or -1)), True)
    if k == "rel_month":
        if ref is None or ref.month is None:
            return pv(None, True)
        y, m = shift_months(ref.year, ref.month, 0 if g.get("this") else _direction(v, g.get("dir")) or -1)
        return pv(PartialDate(y, m), True)
    if k in ("ago", "ahead"):
        n = int(parse_number(g["n"]))
        unit = g["unit"].lower()
        return pv(resolve_offset(n, v.units.get(unit, 0), unit, ref, -1 if k == "ago" else 1), True)
    return DateValue(None, "day", False)


def _default_granularity(kind: str) -> str:
    return {
        "month_year": "month",
        "month_rel": "month",
        "month_cued": "month",
        "month_part": "month",
        "year": "year",
        "rel_year": "year",
        "rel_month": "month",
        "day_range": "interval",
        "month_range": "interval",
    }.get(kind, "day")


def _interval(a: PartialDate | None, b: PartialDate | None, relative: bool, explicit: bool = False) -> DateValue:
    if a is None or b is None:
        return DateValue(None, "interval", relative, explicit)
    return DateValue(f"{a.iso()}/{b.iso()}", "interval", relative, explicit)


_INTERVAL_OPEN = re.compile(r"(?:\b(?:entre|du|de|depuis)\s+(?:le\s+|l['’]année\s+)?)$", re.IGNORECASE)
_INTERVAL_JOIN = re.compile(r"^\s*(?:et|au|à|jusqu['’]au|jusqu['’]en|-|–)\s*(?:le\s+|l['’]année\s+)?$", re.IGNORECASE)


@dataclass
class FoundDate:
    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    relative: bool
    explicit_year: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "granularity": self.granularity,
            "relative": self.relative,
        }


def extract_dates(text: str, published: str | dt.date | None) -> tuple[list[FoundDate], str | None, bool]:
    """All dates of a text -> (dates, publication date used, whether it was inferred).

    Without a publication date, the latest date whose year is written in the text is taken, then
    day-month dates without a year are read in that year and may move it later."""
    matches = find_date_expressions(text)
    ref = PartialDate.parse(published)
    inferred = False
    if ref is None:
        ref = _infer_reference(text, matches)
        inferred = ref is not None
    found: list[FoundDate] = []
    for dm in matches:
        dv = normalize(dm, ref)
        found.append(
            FoundDate(
                dm.start,
                dm.end,
                dm.text,
                dv.value,
                dv.granularity,
                dv.relative,
                dv.explicit_year,
            )
        )
    found = _join_intervals(text, found)
    return found, (ref.iso() if ref else None), inferred


def _infer_reference(text: str, matches: list[DateMatch]) -> PartialDate | None:
    explicit: list[PartialDate] = []
    for dm in matches:
        dv = normalize(dm, None)
        if dv.explicit_year and dv.value:
            explicit.extend(p for p in (PartialDate.parse(x) for x in dv.value.split("/")) if p)
    if not explicit:
        return None
    best = max(explicit, key=PartialDate.key)
    # Day-month dates without a year, read in that year, when that reading fits their weekday.
    later = []
    v = vocabulary()
    for dm in matches:
        if dm.kind != "day" or dm.groups.get("y") or _direction(v, dm.groups.get("dir")):
            continue
        m = _month(v, dm.groups["m"])
        d = _day(dm.groups["d"])
        if not m or not valid_day(best.year, m, d):
            continue
        wd = v.weekdays.get(dm.groups["wd"].lower()) if dm.groups.get("wd") else None
        if wd is not None and dt.date(best.year, m, d).weekday() != wd:
            continue
        later.append(PartialDate(best.year, m, d))
    return max([best, *later], key=PartialDate.key)


def _join_intervals(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """"entre le 1er janvier 2021 et le 7 mai 2024", "de 2019 à 2021" -> one interval."""
    out: list[FoundDate] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            opener = _INTERVAL_OPEN.search(text[max(0, a.start - 30) : a.start])
            a_start = a.start
            if opener is None and a.text.lower().startswith(("du ", "entre ")):
                opener, a_start = True, a.start  # type: ignore[assignment]
            if opener and _INTERVAL_JOIN.match(text[a.end : b.start]) and a.value and b.value:
                start = a.start - len(opener.group(0)) if opener is not True else a_start  # type: ignore[union-attr]
                if "/" not in a.value and "/" not in b.value:
                    out.append(
                        FoundDate(
                            start,
                            b.end,
                            text[start : b.end],
                            f"{a.value}/{b.value}",
                            "interval",
                            a.relative or b.relative,
                            a.explicit_year or b.explicit_year,
                        )
                    )
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


# ---------------------------------------------------------------- spaCy component
class DateRecognizer:
    """Writes doc.spans["dates"] and doc._.dates; fills doc._.published when it has to infer it."""

    def __init__(self, nlp: Language, name: str, spans_key: str = "dates") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key

    def initialize(self, get_examples=None, *, nlp: Language | None = None, words: str = DATE_WORDS) -> None:
        vocabulary(words)

    def __call__(self, doc: Doc) -> Doc:
        found, ref, inferred = extract_dates(doc.text, doc._.published)
        if inferred:
            doc._.published = ref
            doc._.published_source = "inferred"
        doc._.dates = [f.as_dict() for f in found]
        set_span_group(doc, self.spans_key, doc._.dates)
        return doc


@Language.factory("pressfacts_dates", default_config={"spans_key": "dates"})
def make_dates(nlp: Language, name: str, spans_key: str) -> DateRecognizer:
    return DateRecognizer(nlp, name, spans_key)


__all__ = ["DateValue", "PartialDate", "extract_dates", "find_date_expressions", "normalize"]
