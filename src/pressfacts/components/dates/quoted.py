"""Dates said inside quotations, counted from the day the words were said."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .cues import _context_tense
from .normalize import normalize
from .partial import PartialDate
from .vocabulary import TENSED, _key

if TYPE_CHECKING:
    from .finding import DateMatch, DateRules
    from .partial import FoundDate, Tense
    from .vocabulary import Vocabulary


def _in_quote(text: str, pos: int) -> bool:
    """Whether a position lies inside a quotation of its paragraph: a speaker's "j'ai rejoint l'équipe en août 2016"
    tells their past, not when the article was written."""
    para = text[text.rfind("\n", 0, pos) + 1 : pos]
    return para.count("«") > para.count("»") or para.count("“") > para.count("”") or para.count('"') % 2 == 1


# Words of a quotation counted from the day it was said: "hier", "mardi", "la semaine dernière", "ce week-end".
_SPEECH_RELATIVE = frozenset({"rel_day", "weekday", "period_rel", "period_this"})
_QUOTE_PAIRS = {"«": "»", "“": "”"}
# How far after a quotation its incise may tell when it was said (", lance Paul, venu samedi dernier à Lyon").
SPEECH_FRAME_CHARS = 160
# ", a fait savoir l'Élysée", ", a-t-il déclaré", ", s'est indignée la sénatrice": an incise in the passé composé (words
# said before the report, on a day it does not repeat).
_PAST_INCISE = re.compile(r"\s*,\s*(?:a|ont|s['’]est|se\s+sont)(?:-t-(?:il|elle|ils|elles|on))?\s", re.IGNORECASE)
# ", avait alors prévenu le sénateur", ", s'était-il indigné": an incise in the pluperfect, words said before the story's
# own past, on a day the text does not tell ("aujourd'hui" there is not the day of publication).
_PLUPERFECT_INCISE = re.compile(r"\s*,\s*(?:avai(?:t|ent)|s['’]étai(?:t|ent))(?:-(?:t-)?(?:il|elle|ils|elles|on))?\s",
                                re.IGNORECASE)


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
    # The incise ends where a clause of its own opens: ", a-t-il assuré, ajoutant que les chauffeurs avaient repris le
    # travail samedi" tells when the drivers went back, not when he spoke.
    stop = re.search(r"[.!?\n«“]|\bqu(?:e|i)\b|\bqu['’]", after)
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


def _news_day(text: str, bounds: tuple[int, int], told: list[FoundDate], ref: PartialDate) -> FoundDate | None:
    """"La maire a reçu hier les syndicats. « Aucune annonce n'interviendra aujourd'hui », a précisé son cabinet": a
    quotation told in the passé composé with no date of its own belongs to the day the report is about, the latest day
    told before it in its paragraph or the one before, when that is the eve of publication (a next-day report; from an
    older day, the words may have been said any day since)."""
    opening, closing = bounds
    if not _PAST_INCISE.match(text, closing + 1):
        return None
    para_start = text.rfind("\n", 0, opening) + 1
    prev_start = text.rfind("\n", 0, max(para_start - 1, 0))
    while prev_start > 0 and not text[prev_start + 1 : para_start].strip():
        prev_start = text.rfind("\n", 0, prev_start)  # skip the blank lines between paragraphs
    days = [(p, f) for f in told if prev_start < f.start < opening
            and (p := PartialDate.parse(f.value)) is not None and p.day is not None and "/" not in (f.value or "")]
    if not days:
        return None
    p, latest = max(days, key=lambda pf: pf[0].key())
    eve = ref.date() - dt.timedelta(days=1) if ref.date() is not None else None
    return latest if eve is not None and p.date() == eve else None


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
        if dm is None or _key(f.text.lower().replace("’", "'").split()[-1]) in rules.vocab.anchor_directions:
            continue  # "« il passerait le lundi suivant »": counted from the day the story tells, not from the speech
        bounds = _quote_bounds(text, f.start)
        frame = _frame_date(text, bounds, told, rules.vocab) if bounds else None
        if frame is None and bounds and _PLUPERFECT_INCISE.match(text, bounds[1] + 1):
            out[i] = replace(f, value=None)  # said on an earlier day the text does not tell
            continue
        if frame is None and bounds:
            frame = _news_day(text, bounds, told, ref)
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
