"""A text's dates: all expressions found, normalized, then revised in their context."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from dateutil.easter import easter

from ...extensions import headline_end
from ..numbers import parse_number
from .anchors import (
    _coming_year,
    _compared,
    _end_from,
    _follow_moved_days,
    _gone_year,
    _since,
    _weekday_of_week,
    _year_from,
)
from .cues import _EVE_OF, _SAME_YEAR_JOIN, _SINCE, _context_tense
from .finding import _SENTENCE_END, _anchor_to_following, default_rules, find_date_expressions
from .normalize import (
    _GRANULARITY,
    _bound_month_ahead,
    _day_by_direction,
    _day_by_tense,
    _days_after,
    _direction,
    _forecast_tense,
    _month_from_told,
    _told_once,
    _year_from_told,
    normalize,
)
from .partial import (
    MIN_INFERRED_YEAR,
    WEEKDAY_ANCHOR_CHARS,
    DateValue,
    FoundDate,
    PartialDate,
    resolve_offset,
    resolve_weekday,
    shift_months,
    valid_day,
)
from .quoted import _day_told_again, _in_quote, _said_earlier
from .relatives import (
    _anchored_value,
    _day_after_in_clause,
    _day_of_told_month,
    _eve_in_clause,
    _glossed_day,
    _last_week_when_told_plainly,
    _listed_after_told_day,
    _week_of_day,
    _weekday_of_apposed_day,
    _weekend_of_two_days,
    _weekly_series,
    _year_part_step,
)
from .tense import PLUPERFECT, PRESENT
from .vocabulary import TENSED, _day, _day_count, _key, _month

if TYPE_CHECKING:
    from .finding import DateMatch, DateRules, Groups
    from .partial import Tense
    from .vocabulary import Vocabulary


# ---------------------------------------------------------------- a text's dates
# "entre les fêtes de Noël et le Nouvel An": "les" before a holiday's cue word.
_INTERVAL_OPEN = re.compile(r"(?:\b(?:entre|du|de|depuis)\s+(?:le\s+|l['’]année\s+)?|\bentre\s+les\s+)$", re.IGNORECASE)
_INTERVAL_JOIN = re.compile(r"^\s*(?:et|au|à|jusqu['’]au|jusqu['’]en|-|–)\s*(?:le\s+|l['’]année\s+)?$", re.IGNORECASE)
# Two days written in full join into one interval without "du" when "au" or a dash stands between them
# ("10 juin au 1er juillet", "13 juillet - 15 juillet"); "et" needs "entre" ("le 3 mai et le 5 juin" are two days).
_DAYS_JOIN = re.compile(r"^\s*(?:au|jusqu['’]au|-|–)\s*$", re.IGNORECASE)
# "soit" ("that is") right after a day restates it as a span ("jugé le 9 mai, soit quatre jours après les faits").
_RESTATED = re.compile(r"\s*,\s*soit\s+", re.IGNORECASE)


def _restates(text: str, dm: DateMatch, anchor_end: int) -> bool:
    """"le 25 mars, soit trois semaines plus tard": the day just told again as a span, no new day."""
    return dm.kind == "offset" and anchor_end >= 0 and _RESTATED.fullmatch(text, anchor_end, dm.start) is not None


def _days_joined(text: str, a: FoundDate, b: FoundDate) -> bool:
    between = text[a.end : b.start]
    joined = _DAYS_JOIN.match(between) or (not between.strip() and b.text.lower().startswith("au "))
    return a.kind == b.kind == "day" and bool(joined)


def extract_dates(
    text: str, published: str | dt.date | None, rules: DateRules | None = None, tense: Tense | None = None,
    coming: Callable[[int, int], int] | None = None, gone: Callable[[int, int], int] | None = None,
    listed: Callable[[int, int], bool] | None = None,
) -> tuple[list[FoundDate], str | None, bool]:
    """All dates of a text -> (dates, publication date used, whether it was inferred).

    Without a publication date, the latest date whose year is written in the text is taken, then
    day-month dates without a year are read in that year and may move it later. `tense` tells the
    tense of the clause around a span (from the parse); without it a bare weekday is read as past. `coming` tells
    whether a span hangs on a verb in the future (a day without a year is then the coming one), `gone` on a verb in
    the passé composé (then the last one), `listed` whether it stands in a verbless list after a colon."""
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
    step: tuple[PartialDate | None, int] | None = None  # the anchor before the last veille/lendemain, and its sign
    for dm in matches:
        dm = _this_of_series(text, dm)
        t = _mention_tense(text, dm, tense, rules.vocab)
        if not _told_once(dm, t, rules.vocab) or _restates(text, dm, anchor_end):
            continue
        if dm.kind == "anchored_day" and anchor is None and dm.groups.get("ad") and text[dm.end :].lstrip()[:1] == "d":
            found.append(FoundDate(dm.start, dm.end, dm.text, None, "day", True, False, dm.kind))
            continue
        if inferred and dm.kind in _PUBLICATION_RELATIVE:
            near = anchor_end >= 0 and dm.start - anchor_end <= WEEKDAY_ANCHOR_CHARS and anchor_explicit
            found.append(_undated_relative(dm, anchor if near else None, rules, t))
            continue
        if _month_told_last(text, dm, told_year, anchor_end):
            # "morte début mai, après une chute la veille": the eve of a day the text does not give.
            found.append(FoundDate(dm.start, dm.end, dm.text, None, "day", True, False, dm.kind))
            continue
        offset, anchor = _eve_or_morrow(dm, step, anchor, rules.vocab)
        anchor_before = anchor
        back = _story_anchor(dm, week_anchor if dm.kind == "period_rel" else anchor, told, rules.vocab)
        season = _season_of_told_year(text, dm, told_year, ref, t, rules.vocab)
        if season is not None and season.value is None:
            continue  # "La tempête de 1999 … cet hiver avait coûté": a winter of two years the text does not tell
        dv = (season or _eve_of_named_day(text, dm, anchor, anchor_end, rules.vocab)
              or _movable_feast_value(text, dm, told_year, ref, t, rules.vocab)
              or _compared_offset(text, dm, anchor_end, told, ref, rules.vocab)
              or _offset_value(dm, anchor, anchor_end, rules.vocab, told_year, text[max(0, dm.start - 3) : dm.start])
              or _anchored_value(dm, anchor, ref, rules.vocab, tense)
              or _day_of_told_month(text, dm, found, rules.vocab, tense)
              or _year_part_step(dm, found, ref, rules.vocab)
              or normalize(dm, ref, rules, tense=t, anchor=back))
        if dm.kind in ("offset", "season_bare", "month_edge", "told_day") and dv.value is None:
            continue  # "trois jours après" with no day to count from: a duration (a figure), not a date
        dv = _historic_future(text, dm, dv, found, ref, rules.vocab)
        if dv.value and dv.granularity == "day" and (ref is None or dv.value <= ref.iso()):
            told.append(PartialDate.parse(dv.value))  # type: ignore[arg-type]
        if dv.value and dv.granularity in ("day", "month", "year"):
            told_year = (PartialDate.parse(dv.value), dm.end)
        if dv.value and dv.granularity == "day":
            anchor, anchor_end, anchor_explicit = PartialDate.parse(dv.value), dm.end, dv.explicit_year
            week_anchor = anchor
            step = (anchor_before, offset) if offset else None
        elif dv.value and dv.granularity == "interval":
            week_anchor = _week_start(dv.value) or week_anchor
        found.append(
            FoundDate(dm.start, dm.end, dm.text, dv.value, dv.granularity, dv.relative, dv.explicit_year, dm.kind,
                      _yearless(dm, rules.vocab))
        )
    found = _revise_in_context(text, found, matches, ref, inferred, rules, tense, coming, gone, listed)
    found = _ahead_of_a_told_past(text, found, tense, rules.vocab)
    found = _headline_weekdays(text, found, tense, rules.vocab)
    return found, (ref.iso() if ref else None), inferred


def _headline_weekdays(text: str, found: list[FoundDate], tense: Tense | None, v: Vocabulary) -> list[FoundDate]:
    """"La ministre mercredi à La Réunion": a bare weekday in a verbless headline has no tense to resolve it by; the
    same weekday in the lead paragraph ("elle irait mercredi") gives its day. Not "jeudi prochain" (its own
    direction), nor a weekday of a later paragraph (another event, maybe)."""
    head = headline_end(text)
    if head < 0 or tense is None:
        return found
    lead_start = len(text) - len(text[head:].lstrip())
    lead_end = text.find("\n", lead_start)
    lead_end = len(text) if lead_end < 0 else lead_end
    out = list(found)
    for i, f in enumerate(found):
        if f.start >= head or f.kind != "weekday" or tense(f.start, f.end) or _weekday_word(f.text, v) is None:
            continue
        later = next((g for g in found[i + 1 :] if lead_start <= g.start < lead_end and g.kind == "weekday" and g.value
                      and _weekday_word(g.text, v) == _weekday_word(f.text, v)), None)
        if later is not None:
            out[i] = replace(f, value=later.value)
    return out


def _weekday_word(written: str, v: Vocabulary) -> str | None:
    """The weekday of a bare weekday mention ("mercredi"; a part of the day stays outside the mention), None for
    "ce mercredi", "mercredi prochain"."""
    word = written.strip().lower()
    return word if word in v.weekdays else None


def _undated_relative(dm: DateMatch, near_anchor: PartialDate | None, rules: DateRules, t: int) -> FoundDate:
    """"hier", "la semaine dernière" in an undated text count from a publication day the text does not give: unknown,
    not a guess. A weekday may still name a day of the week of a full date written just before (`near_anchor`: "le
    mardi 14 mai 2024. Mardi, ..."), not of one several paragraphs away or itself guessed."""
    dv = (normalize(dm, near_anchor, rules, tense=t, anchor=near_anchor)
          if near_anchor and dm.kind in ("weekday", "weekday_next")
          else DateValue(None, _GRANULARITY.get(dm.kind, "day"), True))
    return FoundDate(dm.start, dm.end, dm.text, dv.value, dv.granularity, dv.relative, False, dm.kind)


def _eve_or_morrow(
    dm: DateMatch, step: tuple[PartialDate | None, int] | None, anchor: PartialDate | None, v: Vocabulary,
) -> tuple[int, PartialDate | None]:
    """The day offset of "la veille" (-1) or "le lendemain" (+1), 0 for other dates, and the day it counts from: after
    the other one of the pair, the day both surround ("Le 4 décembre, … La veille, … ; le lendemain, …": the 4th);
    after a nearer one on the same side, the day that one counted from ("le 3 février, … le lendemain … et le
    surlendemain": the 9th, not the 10th)."""
    offset = v.anchored_days.get(_key(dm.groups.get("ad") or ""), 0) if dm.kind == "anchored_day" else 0
    if offset and step is not None and step[0] is not None \
            and (step[1] * offset < 0 or (step[1] * offset > 0 and abs(offset) > abs(step[1]))):
        return offset, step[0]
    return offset, anchor


# How many years from publication a year told just before "cet été" must be for the season to be that year's.
FAR_YEAR_GAP = 2


def _season_of_told_year(
    text: str, dm: DateMatch, told_year: tuple[PartialDate | None, int], ref: PartialDate | None, t: int,
    v: Vocabulary,
) -> DateValue | None:
    """"En 2003, la canicule avait tué des milliers de personnes. Cet été avait été le plus chaud": in a past
    clause, "cet"/"cette" + season with no direction word after a year at least FAR_YEAR_GAP years from publication,
    told in the same sentence or the one before, is that year's season, not publication's; a winter spans two
    years, which the text does not tell: unknown (and left out). Contrasts in the present or future ("Cet hiver,
    elle ouvrira") keep publication's (None here)."""
    g, (told, told_end) = dm.groups, told_year
    if (dm.kind != "season" or g.get("dir") or _key(g.get("det") or "") not in ("cet", "cette") or t >= 0
            or told is None or ref is None or abs(told.year - ref.year) < FAR_YEAR_GAP or told_end > dm.start
            or len(_SENTENCE_END.findall(text, told_end, dm.start)) > 1):
        return None
    if v.seasons.get(_key(g["season"])) == 12:
        return DateValue(None, "interval", True)
    return DateValue(PartialDate(told.year).iso(), "year", True)


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
    rules: DateRules, tense: Tense | None, coming: Callable[[int, int], int] | None,
    gone: Callable[[int, int], int] | None, listed: Callable[[int, int], bool] | None = None,
) -> list[FoundDate]:
    """Second pass over the dates read one by one: what the dates told around each one change (a month or year
    told before, coordinated days and decades, intervals, series, words said earlier in a quotation)."""
    known = None if inferred else ref
    found = _month_from_told(_weekday_of_week(text, found, rules.vocab), rules.vocab)
    found = _year_from_told(found, rules.vocab)
    found = _bound_month_ahead(text, found, known, tense)
    first = found
    found = _coming_year(text, found, ref, coming, rules.vocab) if coming is not None and not inferred else found
    found = _gone_year(text, found, ref, gone, rules.vocab) if gone is not None and not inferred else found
    found = _follow_moved_days(first, found, rules.vocab)
    found = _coordinated_decades(text, _share_years(text, _coordinated_weekdays(text, found, rules.vocab)))
    found = _anchor_to_following(text, _moved_days(text, _join_intervals(text, found, rules), known, rules, tense), rules)
    found = _eve_in_clause(text, _day_after_in_clause(text, found, rules.vocab, known, tense), rules.vocab)
    found = _weekly_series(text, _listed_after_told_day(text, found, rules.vocab, listed, known), rules.vocab)
    found = _weekend_of_two_days(text, _week_of_day(text, found, rules.vocab), rules.vocab)
    found = _weekday_of_apposed_day(text, found, rules.vocab)
    found = _last_week_when_told_plainly(found, ref, rules.vocab)
    if not inferred and ("«" in text or "“" in text or '"' in text):
        found = _said_earlier(text, found, matches, ref, rules, tense)
    found = _month_of_told_year(text, found) if ref is None else found
    found = _day_of_year_told_in_sentence(text, found)
    return _weekday_year(_glossed_day(text, _day_told_again(found, ref, tense), rules.vocab), ref, rules.vocab, tense)


# How many years either side of publication (of its first reading, undated) a day written with its weekday may move to
# agree with it: one, so that a slip of the writer is not taken for a distant year.
WEEKDAY_YEAR_REACH = 1


def _weekday_year(found: list[FoundDate], ref: PartialDate | None, v: Vocabulary,
                  tense: Tense | None = None) -> list[FoundDate]:
    """"prévoient une manifestation le samedi 9 décembre", after "des aides reçues en 2014", written in 2017: a day
    with its weekday and no year, whose reading (a year told near it, the nearest one) falls on another weekday, takes
    the nearest year where it falls on that weekday, publication's neighbours first. Not in a past clause, where the
    year told is more likely right than the weekday ("En 2011, il avait été élu le dimanche 2 juin")."""
    out = list(found)
    for i, f in enumerate(found):
        p = PartialDate.parse(f.value)
        if f.kind != "day" or f.explicit_year or p is None or p.month is None or p.day is None:
            continue
        if tense is not None and tense(f.start, f.end) < 0:
            continue
        wds = [v.weekdays[w] for w in re.findall(r"\w+", f.text.lower()) if w in v.weekdays]
        if len(wds) != 1 or p.date().weekday() == wds[0]:
            continue
        around = ref.year if ref is not None else p.year
        years = sorted(range(around - WEEKDAY_YEAR_REACH, around + WEEKDAY_YEAR_REACH + 1), key=lambda y: abs(y - around))
        fits = [y for y in years if valid_day(y, p.month, p.day) and dt.date(y, p.month, p.day).weekday() == wds[0]]
        if fits:
            out[i] = replace(f, value=PartialDate(fits[0], p.month, p.day).iso())
    return out


# In an undated text, "en avril" takes the year of a date written with its year in its own sentence or the one before
# ("lancé en 2012. En avril, ..."); two such dates of different years there leave it unknown.
_EN_BEFORE = re.compile(r"(?<![\w-])en\s+$", re.IGNORECASE)
# The kinds that tell a year a month may follow: a plain year, a month or a day with its year (not a season).
_YEAR_TELLERS = ("year", "month_year", "day", "day_pair", "day_range", "num_date", "num_date_dash", "iso_date", "ymd_date")


def _month_of_told_year(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """"Le chantier a été lancé en 2012. En avril, les premières fissures sont apparues.", undated: April 2012. Only
    forward from a day, a month or a plain year told ("en mars 2018 ... en avril"; not after "l'été 2016"), and only
    when the dates written there agree on the year ("en mars 2018 ... le 15 mars 2016 ... en juin": unknown)."""
    out = list(found)
    for i, f in enumerate(found):
        if (f.kind != "month_cued" or f.value is not None or f.yearless is None
                or not _EN_BEFORE.search(text, max(0, f.start - 4), f.start)):
            continue
        near = [g for g in found[:i] if g.explicit_year and g.value
                and len(_SENTENCE_END.findall(text, g.end, f.start)) <= 1]
        told = [PartialDate.parse(g.value.split("/")[-1]) for g in near]  # type: ignore[union-attr]
        last = told[-1] if told else None
        month = f.yearless[0]
        if (last is None or len({p.year for p in told if p}) != 1 or near[-1].kind not in _YEAR_TELLERS
                or (last.month is not None and last.month > month)):
            continue
        out[i] = replace(f, value=PartialDate(last.year, month).iso())
    return out


def _movable_feast_value(
    text: str, dm: DateMatch, told_year: tuple[PartialDate | None, int], ref: PartialDate | None, tense: int,
    v: Vocabulary,
) -> DateValue | None:
    """"à Pâques", "le lundi de Pâques" -> that day in the year written after it, else in the year of a date told
    earlier in the same sentence ("le 2 avril 1934, donc le lundi de Pâques"), else the one the tense points to
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
    if g.get("dir") and ref is not None and ref.month is not None:  # "Pâques dernier": the last one, "prochain" the next
        days = [feast(y) for y in (ref.year - 1, ref.year, ref.year + 1)]
        day = _day_by_direction(days, dt.date(ref.year, ref.month, ref.day or 15), _direction(v, g["dir"]))
        return DateValue(PartialDate.of(day).iso() if day else None, "day", True)
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
    tôt": the year of the date (day, month or year) told just before (`told`, with where it ends) moved by the count,
    "trois mois plus tard" its month (a day or a month told); null (dropped by the caller) when nothing was told in
    the sentences just before."""
    if dm.kind != "offset":
        return None
    g = dm.groups
    sign = _offset_sign(g)
    unit = _key(g["unit"])
    if v.units.get(unit, 0) or unit.startswith("mois"):
        base, end = told
        months = unit.startswith("mois")
        if (base is None or (months and base.month is None)
                or dm.start - end > (_opening_offset_reach(text_before) if text_before else OFFSET_ANCHOR_CHARS)):
            return DateValue(None, "month" if months else "year", True)
        n = sign * int(parse_number(g["n"]))
        if months:  # "en octobre ; trois mois plus tard": the month told moved by the count
            return DateValue(PartialDate(*shift_months(base.year, base.month, n)).iso(), "month", True)  # type: ignore[arg-type]
        return DateValue(PartialDate(base.year + n).iso(), "year", True)
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


# "n'avaient été dégagées que six jours plus tard": "ne … que" restricts (only then), it compares with nothing; a
# comparative between ("n'était pas plus maigre qu'une semaine plus tôt") still compares.
_NEGATION = re.compile(r"(?<![\w-])(?:ne\s|n['’])", re.IGNORECASE)
_COMPARATIVE = re.compile(r"(?<![\w-])(?:plus|moins|autant|aussi|davantage|même|mieux|pire)(?![\w-])", re.IGNORECASE)


def _restrictive(text: str, start: int) -> bool:
    """The "que" before an offset at `start` closes a "ne … que" of its sentence, with no comparative word between."""
    ends = list(_SENTENCE_END.finditer(text, 0, start))
    clause = text[ends[-1].end() if ends else 0 : start]
    neg = list(_NEGATION.finditer(clause))
    return bool(neg) and not _COMPARATIVE.search(clause, neg[-1].end())


def _compared_offset(
    text: str, dm: DateMatch, anchor_end: int, told: list[PartialDate], ref: PartialDate | None, v: Vocabulary
) -> DateValue | None:
    """"le cortège était plus maigre qu'une semaine plus tôt": compared with the story's own day (the latest day told up
    to publication when it is at most STORY_DAY_DAYS old, else publication), not with a day told in an earlier
    sentence ("depuis le 17 novembre"); a day told in the same sentence stays the base (_offset_value)."""
    if dm.kind != "offset" or not _THAN.search(text[max(0, dm.start - 4) : dm.start]) \
            or _restrictive(text, dm.start):
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
    later, confirmed = _yearless_days_in(text, best.year, matches, rules.vocab)
    if best.day is None and not confirmed and best not in span_ends:
        return None
    return max([best, *later], key=PartialDate.key)


def _yearless_days_in(text: str, year: int, matches: list[DateMatch], v: Vocabulary) -> tuple[list[PartialDate], bool]:
    """Day-month dates without a year read in `year` when that reading fits their weekday, and whether one of them
    has a weekday (so that it confirms the year)."""
    later, confirmed = [], False
    for dm in matches:
        if dm.kind != "day" or dm.groups.get("y") or _direction(v, dm.groups.get("dir")):
            continue
        if _since(text, dm):
            continue  # "depuis le 17 novembre": a start before the writing, never what dates the text later
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


def _day_of_year_told_in_sentence(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """"En 2003, la récolte avait commencé le 25 août": a day written without its year, in the sentence where the date
    told just before it gives one (a plain year, a month or a day with its year), is in that year, not the one nearest
    publication. Not after "depuis" ("depuis 2015, le festival a lieu le 14 juillet": a habit, no year told)."""
    out = list(found)
    for i, f in enumerate(found):
        if i == 0 or f.kind != "day" or f.explicit_year or not f.value or f.yearless is None or f.yearless[1] is None:
            continue
        prev = found[i - 1]
        if (not prev.explicit_year or not prev.value or "/" in prev.value or prev.kind not in _YEAR_TELLERS
                or _since(text, prev) or _SENTENCE_END.search(text, prev.end, f.start)):
            continue
        told = PartialDate.parse(prev.value)
        month, day = f.yearless
        if told is None or not valid_day(told.year, month, day) or str(told.year) == f.value[:4]:
            continue
        out[i] = replace(f, value=PartialDate(told.year, month, day).iso())
    return out


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
# "deux réunions, l'une jeudi, l'autre vendredi": the second day of a "l'un ..., l'autre ..." pair is no "autre
# vendredi" (a Friday gone by) but the next day of the same list.
_ONE_BEFORE = re.compile(r"(?<![\w-])(?:l['’])?une?\s+$", re.IGNORECASE)
_OTHER_JOIN = re.compile(r"^\s*(?:,|;|et|,\s*et)?\s*l['’]autre\s+$", re.IGNORECASE)


def _weekdays_joined(text: str, a: FoundDate, b: FoundDate) -> bool:
    """"jeudi et vendredi", "l'une jeudi, l'autre vendredi": two weekdays of one list."""
    between = text[a.end : b.start]
    return bool(_WEEKDAY_JOIN.match(between)) or bool(
        _OTHER_JOIN.match(between) and _ONE_BEFORE.search(text, max(0, a.start - 6), a.start))


def _coordinated_weekdays(text: str, found: list[FoundDate], v: Vocabulary) -> list[FoundDate]:
    """"reprogrammées à jeudi et vendredi", "prévue lundi et mardi": the second day follows the first one's date
    (each read alone, the clause's tense may put them in different weeks)."""
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        value = _weekday_after(a, b, a.value, v) if _weekdays_joined(text, a, b) else None
        if value is not None:
            out[i] = replace(b, value=value)
    return out


# "les années 1980-1990": two round years joined by a dash right after "années" are two decades, not a span of years.
_DECADE_PAIR = re.compile(r"(?<![\w-])années\s+$", re.IGNORECASE)


def _decade_pairs(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """"dans les années 1980-1990" -> 1980/1989 and 1990/1999 (each decade named), not the years 1980 to 1990."""
    out: list[FoundDate] = []
    for f in found:
        pair = re.fullmatch(r"(\d{3}0)\s?[-–]\s?(\d{3}0)", f.text)
        if f.kind != "year_range" or pair is None or not _DECADE_PAIR.search(text, max(0, f.start - 12), f.start):
            out.append(f)
            continue
        for n in (1, 2):
            y = int(pair.group(n))
            out.append(replace(f, start=f.start + pair.start(n), end=f.start + pair.end(n), text=pair.group(n),
                               value=f"{y}/{y + 9}", granularity="interval", kind="decade"))
    return out


def _coordinated_decades(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """"dans les années 1970 et 1980", "des années 1980, 1990": a round year joined to a decade is a decade too."""
    out = _decade_pairs(text, found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (a.kind == "decade" and b.kind == "year" and b.text.isdigit() and b.text.endswith("0")
                and _WEEKDAY_JOIN.match(text[a.end : b.start])):
            out[i] = replace(b, value=f"{b.value}/{int(b.value) + 9}", granularity="interval", kind="decade")
    return out


def _weekday_after(a: FoundDate, b: FoundDate, start: str | None, v: Vocabulary, later: bool = False) -> str | None:
    """The day of weekday b counted from weekday a's day `start` ("jeudi et vendredi" the day after; with `later`,
    "de samedi à lundi" at least a day after): read alone by the clause's tense, the two may fall in different weeks.
    None when either is no weekday."""
    wa, wb = v.weekdays.get(_key(a.text)), v.weekdays.get(_key(b.text))
    day = PartialDate.parse(start)
    if wa is None or wb is None or day is None or day.date() is None:
        return None
    return PartialDate.of(day.date() + dt.timedelta(days=(wb - wa) % 7 or (7 if later else 0))).iso()


_AND_JOIN = re.compile(r"^\s*(?:et\b|$)", re.IGNORECASE)


def _entre(text: str, a: FoundDate, opener: re.Match[str] | None) -> bool:
    """The interval opens on "entre" (written before the first date or inside it)."""
    return (opener is not None and opener.group(0).lower().lstrip().startswith("entre")) \
        or a.text.lower().startswith("entre ")


# How far before "de samedi à mardi" a move's participle may stand when a parenthesis opened after it holds the days
# ("reprogrammés (Nice-Saint-Étienne, de vendredi à dimanche").
MOVE_CHARS = 80
_MOVE_OPEN = re.compile(r"d[eu]\s", re.IGNORECASE)
# The move's participle as the clause's passive predicate right before "de" ("a été reporté de", "est avancée de"), or
# before an opening parenthesis whose text runs on to "de" unclosed (a list of fixtures). Not an apposition ("les
# horaires, décalés de lundi à vendredi": shifted over the span), an active verb ("ont avancé de lundi à mercredi":
# progress) or an adjective ("au ton décalé de lundi à vendredi").
_MOVED_BY = re.compile(
    r"(?:\b(?:été|est|sont|était|étaient|sera|seront)\s+([^\W\d_]+(?:é|ée|és|ées))\s*"
    r"|\b([^\W\d_]+(?:é|ée|és|ées))\s*\([^()]*)$", re.IGNORECASE)


def _move(text: str, start: int, rules: DateRules | None) -> bool | None:
    """"a été reporté de samedi à mardi", "est avancée du jeudi au mardi": a move's passive participle right before
    "de X à Y" (True for a move forward in time, "avancé"); None when there is none."""
    moves = rules.vocab.moves if rules is not None else {}
    if not moves or not _MOVE_OPEN.match(text, start):
        return None
    m = _MOVED_BY.search(text, max(0, start - MOVE_CHARS), start)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    return next((forward for stem, forward in moves.items() if word.startswith(stem)), None)


def _moved_days(text: str, found: list[FoundDate], ref: PartialDate | None, rules: DateRules,
                tense: Tense | None = None) -> list[FoundDate]:
    """"Caen-Toulouse, reprogrammé de samedi à mardi", published on a Friday: the new day is the coming Tuesday
    (today included; "mardi prochain" as its direction tells) and the old day the last Saturday before it (the first
    one after it when brought forward); told in the plus-que-parfait ("avait été décalée de samedi à dimanche"), the
    new day is the last one before publication."""
    v = rules.vocab
    out = list(found)
    if ref is None or ref.day is None:
        return out
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        # ("de samedi à mardi prochain": the new day's own direction word dates it)
        wa, wb = v.weekdays.get(_key(a.text)), v.weekdays.get(_key(b.text.split()[0]))
        opener = _INTERVAL_OPEN.search(text[max(0, a.start - 30) : a.start])
        if wa is None or wb is None or opener is None or not _INTERVAL_JOIN.match(text[a.end : b.start]):
            continue
        forward = _move(text, a.start - len(opener.group(0)), rules)
        if forward is None:
            continue
        told = PartialDate.parse(b.value) if " " in b.text.strip() and b.value else None
        if told is not None and told.day is not None:
            new = told
        elif tense is not None and tense(a.start, a.end) == PLUPERFECT:
            new = resolve_weekday(wb, ref, -1)  # the last one before publication
        else:
            new = resolve_weekday(wb, ref, 1, inclusive=True)
        old = resolve_weekday(wa, new, 1 if forward else -1)
        if new is None or old is None:
            continue
        out[i] = replace(a, value=old.iso(), granularity="day")
        out[i + 1] = replace(b, value=new.iso(), granularity="day")
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
            if joined and _AND_JOIN.match(text[a.end : b.start] + b.text[:3]) and not _entre(text, a, opener):
                joined = None  # "les rassemblements du 22 février et du 1er mars": "et" joins a range after "entre" only
            if (
                opens
                and not _compared(text, start, rules)
                and _move(text, start, rules) is None
                and "rel_day" not in (a.kind, b.kind)  # "la nuit de jeudi à hier vendredi": two days, as written
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
                end = _weekday_after(a, b, start_value, rules.vocab, later=True) if rules is not None else None
                value = f"{start_value}/{end or _end_from(start_value, b)}"
                # A start that took its year from the end is as absolute as the end.
                rel = b.relative or (a.relative and start_value == a.value)
                explicit = a.explicit_year or b.explicit_year
                out.append(FoundDate(start, b.end, text[start : b.end], value, "interval", rel, explicit))
                i += 2
                continue
        out.append(a)
        i += 1
    return out
