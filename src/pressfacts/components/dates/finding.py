"""Finding date expressions in a text: the rule patterns, their gate and their keep-tests."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from itertools import takewhile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...settings import read_jsonl
from ..numbers import parse_number
from ..regex_needs import needs_char, needs_digit, with_first_chars
from .partial import DATE_WORDS, PartialDate
from .vocabulary import _DAYNUM, Vocabulary, _alt, _day, _key, _month

if TYPE_CHECKING:
    from .partial import FoundDate


class DateRules:
    """The rows of one date words file, their vocabulary and the patterns built from them."""

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self.rows: tuple[dict[str, Any], ...] = tuple(dict(r) for r in rows)
        self.vocab = Vocabulary.from_rows(self.rows)
        # each behind a look-ahead of the letters and digits its matches open with: the same matches, a quarter faster
        self.patterns = [(kind, with_first_chars(rx)) for kind, rx in build_patterns(self.vocab)]
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
_MONTHNUM = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
_NUMW = r"(?:\d+|[a-zéèêàâûîôç]+(?:[-\s](?:et[-\s])?[a-zéèêàâûîôç]+){0,3})"
# The same, as short as the unit after it allows: "il y a cinq ans jour pour jour" counts "cinq", not "cinq ans jour pour".
_NUMW_SHORT = _NUMW.replace("{0,3}", "{0,3}?")
# A small count written in full or in digits, before a unit ("une semaine plus tôt", "trois jours après").
_COUNT = r"(?:\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze)"
_QUAL = r"(?P<qual>(?:près\s+d['’]|plus\s+d['’]|environ|presque|quelque|près\s+de|plus\s+de|moins\s+de)\s*)?"
# "un an et demi", "deux mois et demi": half a unit more, after the unit.
_HALF = r"(?:\s+(?P<half>et\s+demie?))?"
# A clock time after a day ("le 3 mars à 14h", "à 14 h 30"): part of the span, not of the value.
_TIME = r"(?:\s*,?\s+(?:à|vers|dès)\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?)?"
# What may follow "samedi 17" for 17 to be a day, not a count ("samedi 17 personnes", "dimanche 1,4 tonne").
_AFTER_DAY = r"(?=\s*(?:[,.](?!\d)|[;:)!?»]|$)|\s+(?:à|au|et|dans|en|lors|pour|après|avant|soir|matin|midi|dernier|prochain)\b)"
# The end of a clause: a year in two digits ("le 31 octobre 74"), a year after a comma ("12 janvier, 2016") or a
# range without a month ("du 13 au 18") only stand there, never before a counted noun ("le 3 mars 15 personnes").
_CLAUSE_END = r"(?=\s*(?:[.;:)!?»]|,\s|$))"
# A part of the day after a day of the month written alone ("le 18 au matin", "le 17 dans la soirée").
_TOLD_DAY_PART = r"\s+(?:au\s+(?:soir|matin)|dans\s+la\s+(?:soirée|matinée|nuit))\b"
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


def numeric_date_specs(v: Vocabulary) -> dict[str, str]:
    """Patterns of dates written in digits, day first ("17/11/2018", "14-2-2019", "le 15/2"), ISO dates and spans of
    years ("2018-2024", "la saison 2017/2018")."""
    WD, CUE, L, Y = f"(?:{_alt(v.weekdays)})", f"(?:{_alt(v.day_cues)})", _L, _YEAR
    # "samedi 08/12/2018", "du lundi 14.01.2019": the weekday belongs to the date (not a second, bare weekday).
    NUM_WD = rf"(?:le\s+)?(?:(?:(?:ce|du|au)\s+)?(?P<wd>{WD})\s+)?"
    return {
        "num_date": rf"{_NL}{NUM_WD}(?P<core>(?P<d>{_DAYNUM})(?P<sep>[/.])(?P<mn>{_MONTHNUM})(?P=sep)(?P<y>\d{{4}}|\d\d))"
        rf"{_TIME}{_NR}",
        "num_date_dash": rf"{_NL}{NUM_WD}(?P<core>(?P<d>{_DAYNUM})-(?P<mn>{_MONTHNUM})-(?P<y>{Y}|\d\d)){_TIME}{_NR}",
        "iso_date": rf"{_NL}(?P<core>(?P<y>{Y})-(?P<mn>{_MONTHNUM})(?:-(?P<d>{_DAYNUM}))?){_NR}",
        # "le 15/2", "samedi 7/11", "17/02": a day and month in digits (numeric_day_month tells a fraction or a score).
        "num_dm": rf"{L}(?:(?P<cue>{CUE})\s+)?(?:(?P<wd>{WD})\s+)?(?P<core>(?P<d>{_DAYNUM})/(?P<mn>{_MONTHNUM})){_NR}",
        # "(2018-2024)", "la saison 2017/2018": a span of years written with a dash or a slash
        "year_range": rf"{_NL}(?P<y1>{Y})\s?[-–/]\s?(?P<y2>{Y}){_NR}",
    }


def build_patterns(v: Vocabulary) -> list[tuple[str, re.Pattern[str]]]:
    """One regex per kind of expression, built from the vocabulary (earlier kinds win ties)."""
    MONTH = f"(?:{_alt(v.months)})"
    WD = f"(?:{_alt(v.weekdays)})"
    DIR = f"(?:{_alt(v.directions)})"
    PART = f"(?:{_alt([p for p in v.parts if not p.endswith('-')])})"
    DAY = f"(?:{_DAYNUM}|{_alt(v.day_words)})"
    ADIR = f"(?:{_alt(v.anchor_directions)})"
    ORD = f"(?:{_alt(v.ordinals)})"
    L, R, Y = _L, _R, _YEAR
    specs = {
        # "entre le 2 février 2020 et le 9 juin 2023" is built from two "day" atoms later.
        **explicit_date_specs(v),
        # "d'avril à juin": "de" elides before a vowel.
        # "en septembre-octobre 2017", "en juillet-août": two months joined by a hyphen after "en" or before a year
        # are one span too ("la période novembre-décembre" is no date).
        "month_range": rf"{L}(?:(?:entre\s+|de\s+|d['’])(?P<m1>{MONTH})\s+(?:et|à)\s+(?P<m2>{MONTH})"
        rf"|(?:(?<=\ben\s)|(?=(?:{MONTH})\s?[-–]\s?(?:{MONTH})\s+{Y}))(?P<h1>{MONTH})\s?[-–]\s?(?P<h2>{MONTH}))"
        rf"(?:\s+(?P<y>{Y}))?{R}",
        # "lundi le 10 décembre" (Québec usage) is one day, as "lundi 10 décembre".
        "day": rf"{L}(?:(?:dans\s+la\s+(?:nuit|soirée|matinée|journée)\s+du|le|ce|du|au|dès\s+le|depuis\s+le)\s+)?"
        rf"(?:(?P<wd>{WD})\s*\[?\s*(?:le\s+)?)?(?P<core>(?P<d>{DAY})\s+(?P<m>{MONTH})(?:(?:\s+|,\s*(?={Y}{_CLAUSE_END}))(?P<y>{Y}|\d\d{_CLAUSE_END}))?)\]?"
        rf"(?:\s+(?P<dir>{DIR}))?{_TIME}{R}",
        # "les 1er et 8 décembre", "le 15 ou le 16 janvier", "les 3, 10 et 17 novembre", "du 5 et du 12 janvier": each
        # day before the last takes the month (and year) written after the last one.
        "day_pair": rf"{L}(?:les?\s+|du\s+)?(?P<d>{DAY})(?=(?:\s*,\s*(?:le\s+|du\s+)?{DAY})*\s+(?:et|ou)\s+"
        rf"(?:le\s+|du\s+)?{DAY}\s+(?P<m>{MONTH})(?:\s+(?P<y>{Y}))?{R})",
        **numeric_date_specs(v),
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
        # "se projeter dans l'après-2019", "l'avant-2020": the time after or before a year names that year.
        "year_era": rf"{L}l['’](?:{_alt(v.era_prefixes)})-(?P<y>{Y}){R}",
        # "avenue du 1er Novembre", "stade du 5 Juillet", "rue du 8 Mai 1945": a place named after a day (not "sur
        # place du 3 mai"). Found so that it covers the day (and "Mai 1945"), then dropped by find_date_expressions.
        "date_name": rf"{L}(?<!\bsur\s)(?<!\ben\s)(?:{_alt(v.date_name_heads)})\s+(?:[\w'’-]+\s+)?du\s+{DAY}\s+{MONTH}"
        rf"(?:\s+{Y})?{R}",
        # "le 8 courant", "dimanche 6 courant", "le 20 du mois en cours" (Algerian and administrative usage): a day of
        # the publication month; a cue or a weekday before the day is required.
        "day_current_month": rf"{L}(?:(?:le|ce|du|au|dès\s+le|depuis\s+le)\s+(?:{WD}\s+)?|{WD}\s+)(?P<d>{_DAYNUM})"
        rf"\s+(?:{_alt(v.current_month)}){R}",
        # "le premier samedi de décembre", "le dernier week-end de novembre 2018": one day (or weekend) of that month.
        "weekday_of_month": rf"{L}(?:(?:le|au|du|ce)\s+)?(?P<ord>{ORD})\s+(?:(?P<wd>{WD})|(?P<we>week-end|weekend))"
        rf"\s+(?:de\s+|d['’]\s*)(?P<m>{MONTH})(?:\s+(?P<y>{Y}))?{R}",
        "weekday_day": rf"{L}(?:(?:le|ce|du|au)\s+)?(?P<wd>{WD})\s+(?P<d>{_DAYNUM}){_AFTER_DAY}",
        "weekday_next": rf"{L}(?:un|une)\s+(?:{_alt(v.next_cues)})\s+(?P<wd>{WD}){R}",
        "weekday": rf"{L}(?:(?P<ce>ce|depuis\s+ce)\s+)?(?P<wd>{WD})(?:\s+(?P<dir>{DIR}|{ADIR}))?{R}",
        "rel_day": rf"{L}(?P<rd>{_alt(v.relative_days)})(?:\s+{WD})?{R}",
        **holiday_specs(v),
        "year_part": rf"{L}(?:(?:le|au|du|ce)\s+)?(?P<ord>{ORD})\s+(?P<yp>{_alt(v.year_parts)})"
        rf"(?:\s+(?:de\s+)?(?P<y>{Y}))?{R}",
        # "au trimestre précédent", "le semestre prochain": a quarter or half counted from the one told before (or from
        # publication's); "le dernier trimestre" (an ordinal before the noun) is year_part.
        "year_part_rel": rf"{L}(?:le|au|du|ce)\s+(?P<yp>{_alt(v.year_parts)})\s+(?P<dir>{DIR}){R}",
        "anchored_day": rf"{L}(?:le|la|l['’]|au|ce)\s*(?P<ad>{_alt(v.anchored_days)}){R}",
        # "en fin de semaine", "en début de semaine": that week (as "début décembre" is December).
        # "d'ici à la fin de la semaine", "avant la fin de la semaine": a deadline within that week, the week too.
        # "dans le courant de la semaine", "au cours de la semaine", "plus tôt dans la semaine": somewhere in that week,
        # the week too (not "au courant de", which is mostly "informed of").
        "week_part": rf"{L}(?:(?:en|au|dès\s+le|depuis\s+le|d['’]ici\s+(?:à\s+)?la|avant\s+la|jusqu['’]à\s+la)\s+"
        rf"(?P<part>début|milieu|fin)\s+de|dans\s+le\s+courant\s+de|au\s+cours\s+de|plus\s+tôt\s+dans"
        # "Fin de semaine chargée pour le ministre.": a sentence or a heading that opens on it, capitalized.
        rf"|(?:^|(?<=\n)|(?<=[.!?]\s))(?-i:Début|Fin)\s+de)\s+(?:la\s+|cette\s+)?"
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


def holiday_specs(v: Vocabulary) -> dict[str, str]:
    """The holidays: fixed ones after a cue, named with their own article or after "du", and the feasts that move
    with Easter (their place among the kinds of build_patterns is kept)."""
    L, R, Y = _L, _R, _YEAR
    return {
        "holiday": rf"{L}(?P<cue>{_alt(v.holiday_cues)})\s+(?P<hol>{_alt(v.holidays)}){R}",
        # "les anciens combattants ont défilé le 11-Novembre": no cue needed, but not in a name ("rue du 8-Mai",
        # "avenue de la Saint-Sylvestre"), which "de"/"du" introduces.
        # "Noël 2018", "le 14-Juillet dernier": a year or a direction after it tells which one.
        "holiday_named": rf"{L}(?<!\bdu\s)(?P<hol>{_alt(v.bare_holidays)})(?:[ \t]+(?P<y>{Y}))?"
        rf"(?:[ \t]+(?P<dir>{_alt(v.feast_directions)}))?{R}",
        # "le défilé du 14-Juillet", "les cérémonies du 11-Novembre": the day the event falls on ("du" = "de le"), unless
        # a place noun names a street or a school after it (_keep_holiday_of).
        # "le soir du Nouvel An", "le lendemain du 14-Juillet": a cue in "de" before the contracted article shifts the day.
        # "au Nouvel An", "jusqu'au 14-Juillet": "au" is "à" + "le", a cue of its own (as in "à Noël").
        "holiday_of": rf"{L}(?:(?:(?P<cue>{_alt(_cues_in_de(v))})\s+)?du|(?P<au>(?:jusqu['’])?au))\s+"
        rf"(?P<hol>{_alt(_holidays_of(v))})(?:[ \t]+(?P<y>{Y}))?{R}",
        # "à Pâques", "soit le lundi de Pâques", "la Pentecôte 2019": a cue or an article before the feast is required
        # ("l'île de Pâques", "des œufs de Pâques" are no days; _keep_movable_feast).
        "movable_feast": rf"{L}(?:(?P<cue>{_alt(v.holiday_cues)})\s+)?(?:(?P<det>le|la|l['’])\s*)?"
        rf"(?P<mf>{_alt(v.movable_feasts)})(?:\s+(?P<y>{Y}))?(?:[ \t]+(?P<dir>{_alt(v.feast_directions)}))?{R}",
    }


def relative_specs(v: Vocabulary) -> dict[str, str]:
    """The kinds told relative to a period, a season or a count ("la semaine dernière", "cet été", "il y a trois
    jours", "une semaine plus tôt"), after every calendar kind in build_patterns."""
    DIR = f"(?:{_alt(v.directions)})"
    PERIOD = f"(?:{_alt(v.periods)})"
    UNIT = f"(?:{_alt(v.units)})"
    SEASON = f"(?:{_alt(v.seasons)})"
    EXACT = rf"(?:(?:{_alt(v.exact_counts)})\s+)?"
    PDIR = f"(?:{_alt([d for d in v.directions if d not in v.anchor_directions])})"
    L, R, Y = _L, _R, _YEAR
    return {
        "period_rel": rf"{L}(?:(?:la|le)\s+)?(?P<per>{PERIOD})\s+(?P<dir>{DIR}){R}",
        "period_this": rf"{L}(?P<det>cette|ce|le|du)\s+(?P<per>{PERIOD})(?:-ci)?{R}",
        "rel_year": rf"{L}(?:l['’]an|l['’]année|(?:fin|début)\s+d['’]année)\s+(?P<dir>{DIR}){R}"
        rf"|{L}(?P<this>cette\s+année){R}(?!\s+{Y})",  # "cette année 2018" is the year told
        # "la seconde moitié des années 1980", "la première moitié des années 90": that half of the decade, five years.
        "decade_half": rf"{L}(?:la\s+)?(?P<half>{_alt(v.half_ordinals) or '(?!)'})\s+moitié\s+des\s+années\s+"
        rf"(?P<dec>(?:1[5-9]|20)\d0|[2-9]0){R}(?!\s*(?:%|ans\b))",
        # "les années 1990": the decade, as a year interval
        # ("les années 1980–1990" is two decades: year_range, then context._decade_pairs)
        "decade": rf"{L}(?:les\s+)?années\s+(?P<dec>(?:1[5-9]|20)\d0){R}(?!\s?–\s?\d)",
        # "les années 80", "au début des années 90": a decade of the 1900s written in two digits.
        "decade_short": rf"{L}(?:les\s+)?années\s+(?P<dec>[2-9]0){R}(?!\s*(?:%|ans\b))",
        # "les chiffres du mois dernier", "reporté au mois prochain": the article contracted with "de" or "à".
        # Only counted from publication ("dernier", "prochain"): "par rapport au mois précédent" compares two figures.
        "rel_month": rf"{L}le\s+mois\s+(?P<dir>{DIR}){R}|{L}(?:du|au)\s+mois\s+(?P<pdir>{PDIR}){R}"
        rf"|{L}(?P<this>ce\s+mois(?:-ci)?){R}",
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
        # "boucler la fin du mois"; normalize._told_once).
        "month_edge": rf"{L}(?P<cue>(?:d['’]ici|avant|jusqu['’]à|dès)\s+(?:à\s+)?la|à\s+la|au|dès\s+le|depuis\s+le)\s+"
        rf"(?P<edge>début|fin|milieu)\s+du\s+mois(?:\s+(?P<dir>{DIR}))?{R}(?!\s+(?:de\b|d['’]|\d))",
        # "au début de l'année", "en fin d'année", "d'ici la fin de l'année": the year of publication (or the next).
        # "en ce début d'année", "en cette fin d'année", "les colères de cette fin d'année": the year of publication.
        # "depuis le début de l'année" (and "du mois", "de la semaine" above): the start of that period, a date too.
        "year_edge": rf"{L}(?:au\s+|en\s+(?:ce\s+|cette\s+)?|(?<!fêtes\s)de\s+(?:ce|cette)\s+"
        rf"|(?:à|d['’]ici|avant|jusqu['’]à|vers)\s+la\s+"
        rf"|(?:depuis|dès)\s+le\s+(?=début))(?P<edge>début|fin)"
        rf"\s+(?:de\s+l['’]année|d['’]année){R}(?!\s+(?:\d|dernière|prochaine|passée|scolaire|civile|précédente"
        rf"|universitaire|électorale|budgétaire|sportive|judiciaire|fiscale|parlementaire))",
        # "il y a tout juste un an", "il y a cinq ans(,) jour pour jour" (that very day), "dans exactement deux semaines"
        # "il y a un an et demi", "dans deux ans et demi": the half is part of the count (_counted, in months).
        # "il y a une dizaine d'années": a round count of years back, that year (dates35, dates38 keys).
        "ago": rf"{L}(?:il\s+y\s+a|voilà|voici)\s+{EXACT}{_QUAL}"
        rf"(?:(?P<n>{_NUMW_SHORT})\s+|une\s+(?P<round>{_alt(v.round_counts)})\s+d['’])(?P<unit>{UNIT}){_HALF}"
        rf"(?:,?\s+(?P<same>{_alt(v.same_days)}))?{R}",
        "ahead": rf"{L}dans\s+{EXACT}{_QUAL}(?P<n>{_NUMW})\s+(?P<unit>{UNIT}){_HALF}{R}",
        # "une semaine plus tôt", "trois jours après,": counted from the day told just before (_offset_value).
        "offset": rf"{L}(?P<n>{_COUNT})\s+(?P<unit>{UNIT})\s+(?P<dir>plus\s+tôt|plus\s+tard|auparavant|avant|après)"
        rf"{R}(?!\s+(?:que|qu['’]|le|la|les|l['’]|de|du|des|d['’]|son|sa|ses|leurs?|ce|cet|cette|ces|une?)\b)",
        # "je suis revenu pour le 27.": a day of the month alone, only after a cue and at the end of its clause (not
        # "le 10 des Bleus", "dans le 13"); its month comes from the tense.
        "lone_day": rf"{L}(?P<cue>{_alt(v.lone_day_cues)})\s+(?P<d>{_DAYNUM}){_CLAUSE_END}",
        # "Le 8 décembre, [...] contre 6 500 le 1er.", "Le 17, la préfecture a interdit...", "le 18 au matin": a day of
        # the month told just before, written alone at the end of its clause (_day_of_told_month; dropped when no day
        # of a month was told near), not a district ("dans le 13").
        # "prévue le 2 février, la réunion a été repoussée au 15.": "au" only after a verb that moves a date (_keep).
        # "ouvert le 3 janvier, le 12 et le 19.": a day before "et le" + another one ending the clause is one too.
        "told_day": rf"{L}(?<!\bdans\s)(?P<art>le|au)\s+(?P<d>{_DAYNUM})(?:{_CLAUSE_END}|(?={_TOLD_DAY_PART})"
        rf"|(?=\s+(?:et|puis|ou)\s+le\s+{_DAYNUM}{_CLAUSE_END}))",
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


# A trigger word ends with no letter or hyphen after it, but for "-ci" ("ce mois-ci").
_WORD_END = r"(?!\w|-(?!ci\b))"


def build_gate(v: Vocabulary, kind: str | None = None) -> Gate:
    """Every expression the patterns find holds a number or one of these words (months, weekdays, "hier",
    "veille", "semaine", "mois", "an"...). The patterns only run near them: they then scan about 40% of a press
    text instead of all of it (one cheap scan of the lowercased text, case-sensitive, no look-behind, so the regex
    engine skips ahead by the first characters). With a kind (a TRIGGER_WORDS list or DIGITS), the gate of
    that kind of word only."""
    if kind == DIGITS:
        return (re.compile(r"\d+"),)
    if kind is not None:
        return (re.compile(rf"(?:{_alt(getattr(v, kind))}){_WORD_END}"),)
    words = [*v.months, *v.weekdays, *v.relative_days, *v.anchored_days, *v.periods, *v.units, *v.year_parts,
             *v.seasons, *v.holidays, *v.terms, *v.movable_feasts]
    if any(w[:1].isdigit() for w in words):
        return (re.compile(rf"\d+|(?:{_alt(words)}){_WORD_END}"),)
    # Numbers and words in two scans: words alone let the engine skip ahead to their first letters (3x faster
    # than one scan of "\d+|words"). No word starts with a digit nor ends before one, so a number the one scan
    # finds is never part of a word, and the only numbers it does not find are those inside a word ("le
    # 14-juillet"), which _windows leaves out: the same matches.
    return (re.compile(r"\d+"), re.compile(rf"(?:{_alt(words)}){_WORD_END}"))


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
    for kind, (name, words) in _spelled_triggers(v).items():
        if kind not in out and words and words <= set(getattr(v, name)):
            out[kind] = name
    return out


def _spelled_triggers(v: Vocabulary) -> dict[str, tuple[str, set[str]]]:
    """Patterns that spell the words one of which every match holds in the pattern itself, not through a word list
    (the markers above stand only for lists), -> the list those words belong to, and the words. Each stands in its
    pattern as a whole word (no letter or hyphen on either side), as that list's gate finds it: the pattern runs
    around that list's words instead of all trigger words (these six scanned 42% of a text for a few matches)."""
    return {
        "week_part": ("periods", {"semaine"}),  # "en fin de semaine", "dans le courant de la semaine"
        "rel_year": ("units", {"an", "année"}),  # "l'an dernier", "fin d'année prochaine", "cette année"
        "year_edge": ("units", {"année"}),  # "d'ici la fin de l'année"
        "month_edge": ("units", {"mois"}),  # "au début du mois prochain"
        "rel_month": ("units", {"mois"}),  # "le mois dernier", "au mois prochain", "ce mois-ci"
        "holiday_named": ("holidays", set(v.bare_holidays)),  # "le 14-juillet", "la Saint-Sylvestre"
    }


def _windows(text: str, gate: Gate, low: str | None = None) -> list[tuple[int, int]]:
    """Merged character ranges around the gate's words and numbers (the whole text if lowercasing moves offsets).
    `low` is text.lower() when the caller has it already."""
    low = text.lower() if low is None else low
    if len(low) != len(text):
        return [(0, len(text))]
    out: list[list[int]] = []
    # Several gates' matches in text order: one stable sort of them all (at one start the earlier gate's first, as
    # heapq.merge gave them; the merge's Python-level heap cost more than the scans)
    hits = gate[0].finditer(low) if len(gate) == 1 else sorted([m for g in gate for m in g.finditer(low)], key=_start)
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
    if re.search(r"\(\s*$", text[max(0, m.start() - 2) : m.start()]) and re.match(r"\s*\)", text[m.end() :]) \
            and not (words and len(words[-1]) > 3 and words[-1][-1] in "sx"):
        # a year alone in parentheses after a work or an event: "Du contrat social (1762)"; after a plural noun a
        # count ("les blessés (1500)"; the words are lowercased)
        return True
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


# "les militants d'hier et d'aujourd'hui", "des gouvernements d'aujourd'hui comme de demain", "Hier comme aujourd'hui,":
# hier, aujourd'hui and demain set side by side stand for the past and the future in general (aujourd'hui, "nowadays",
# stays the publication day, as the answer key keeps it).
_PAIR_DAY = r"(?:d['’]|de\s+)?(?:hier|aujourd['’]hui|demain)"
_PAIR_JOIN = r"\s*(?:,|et|ou|comme)\s*"
_PAIRED_BEFORE = re.compile(rf"(?<![\w-]){_PAIR_DAY}(?:{_PAIR_JOIN}{_PAIR_DAY})*{_PAIR_JOIN}(?:d['’]|de\s+)?$",
                            re.IGNORECASE)
_PAIRED_AFTER = re.compile(rf"{_PAIR_JOIN}{_PAIR_DAY}(?![\w-])", re.IGNORECASE)


def _paired_day(m: re.Match[str], text: str) -> bool:
    """Whether "hier" or "demain" is set beside another relative day with "comme", or both with "de" ("d'hier et
    d'aujourd'hui"); "reçus hier et aujourd'hui" are two days."""
    before = _PAIRED_BEFORE.search(text, max(0, m.start() - 60), m.start())
    after = _PAIRED_AFTER.match(text, m.end())
    if before is None and after is None:
        return False
    own = re.search(r"(?:\bd['’]|\bde\s+)$", text[max(0, m.start() - 4) : m.start()], re.IGNORECASE)
    # The partners, without the "de" of the day itself (the end of `before`).
    head = before.group(0)[: len(before.group(0)) - (len(own.group(0)) if own else 0)] if before else ""
    partners = head + " " + (after.group(0) if after else "")
    if re.search(r"\bcomme\b", partners, re.IGNORECASE):
        return True
    return own is not None and re.search(r"(?:\bd['’]|\bde\s)", partners, re.IGNORECASE) is not None


def _keep_rel_day(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """"demain" is a day unless it stands for the future in general."""
    if v.relative_days.get(_key(g["rd"])) in (-1, 1) and _paired_day(m, text):
        return False
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


_EVERY_YEAR = re.compile(r"\b(?:tous\s+les\s+ans|chaque\s+année)\s*,?\s*$", re.IGNORECASE)


def _habit_of_month(dm: DateMatch, text: str) -> bool:
    """"chaque premier dimanche de juillet", "tous les ans, le dernier dimanche de mai": a habit, no day (found so
    that it covers its weekday and month, then dropped)."""
    words = _words_before(text, dm.start, 25)
    return (bool(words) and words[-1] == "chaque") or _EVERY_YEAR.search(text, max(0, dm.start - 30), dm.start) is not None


# A capitalized word inside a sentence (after a lower-case word or a comma), then a capitalized weekday.
_TITLE_BEFORE = re.compile(r"(?:(?<![\w'’-])[a-zà-ÿ][\w'’-]*|,)\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){1,3}$")


def _ends_a_title(m: re.Match[str], text: str) -> bool:
    """"dans le Parisien Dimanche", "selon Sud Ouest Dimanche": a capitalized weekday after a capitalized word in the
    middle of a sentence ends a newspaper's title; a day starts a sentence ("Paris. Samedi, ...") or is lower case."""
    return m.group("wd")[:1].isupper() and bool(_TITLE_BEFORE.search(text, max(0, m.start() - 60), m.start()))


# "à l'approche des 1er Mai", "lors des 14 Juillet passés": a plural article before a day and month without a year
# makes it every such day, a habit, not one date ("les 3 et 4 mai" is a day_pair).
_PLURAL_DAYS_BEFORE = re.compile(r"(?<![\w'’-])(?:des|les|aux|ces)\s+$", re.IGNORECASE)
_NEXT_LISTED_DAY = re.compile(r"\s*(?:,|\bet\b|\bou\b)\s*\d")


def _keep_day(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A day and month, not every such day ("des 1er Mai") unless its year is written."""
    if g.get("y") or g.get("wd") or not m.group(0)[:1].isdigit():
        return True
    if not _PLURAL_DAYS_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return True
    # "le cortège des 17 novembre, 1er et 15 décembre": the plural article heads a list of days, each one date
    # (a holiday's capitalized month, "des 1er Mai et 14 Juillet", stays a habit).
    return m.group(0).split()[-1][:1].islower() and bool(_NEXT_LISTED_DAY.match(text, m.end()))


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
    """A range of years runs forward, and is no reference number ("la décision n° 2017/2018")."""
    before = text[max(0, m.start() - 12) : m.start()].lower().split()
    return int(g["y1"]) < int(g["y2"]) and not (before and before[-1] in v.number_signs)


def _keep_iso_date(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A year and month in digits, not a season."""
    if g.get("d"):
        return True
    # "2018-19" is a season, not December... nor month 19: only a month that is not the next year's digits.
    return int(g["mn"]) != (int(g["y"]) + 1) % 100


# How far back a sentence may name the day whose eve "à la veille de <an event>" is ("saisis vendredi matin dans un
# entrepôt près de Tarbes, à la veille d'un nouveau rassemblement").
EVE_DAY_REACH = 120
_SENTENCE_BREAK = re.compile(r"[.;!?\n]")
# "la veille de …", "le lendemain du …": a complement naming the event (not "la veille depuis Lyon")
_EVENT_COMPLEMENT = re.compile(r"\s+(?:(?:de|du|des)\b|d['’])", re.IGNORECASE)
_RELATIVE_PRONOUN = re.compile(r"\b(?:qui|dont|lequel|laquelle)\b")


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
    complement = _EVENT_COMPLEMENT.match(text[m.end() : m.end() + 6])
    if not complement and before != ["à"]:
        return True
    # "reçus jeudi à la préfecture, soit à la veille de la grève": the eve of the event to come is the day its sentence
    # named (not "interpellé samedi, il avait acheté l'arme la veille de son interpellation": the day before it).
    return (bool(complement) and before == ["à"] and v.anchored_days.get(_key(g["ad"]), 0) < 0
            and _day_told_before(text, m.start(), v))


def _day_told_before(text: str, start: int, v: Vocabulary) -> bool:
    """Whether the sentence names a weekday or a day of a month in the words before `start`."""
    head = _SENTENCE_BREAK.split(text[max(0, start - EVE_DAY_REACH) : start])[-1].lower().replace("’", "'")
    words = re.findall(r"[\w']+", head)
    at = max((i for i, w in enumerate(words) if w in v.weekdays), default=None)
    if at is None:
        return bool(v.day_month_rx.search(head))
    # "Le gouvernement, qui a reçu les routiers jeudi, reste ferme à la veille du scrutin": a day told in a relative
    # clause is not the day of the main clause.
    clause = head[: head.rfind(words[at])].rsplit(",", 1)[-1]
    return not _RELATIVE_PRONOUN.search(clause)


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


# What follows a count that is a duration, not a date: "il y a deux ans de prison" (not "il y a deux ans de cela").
_DURATION_AFTER = re.compile(r"\s+(?:de\b|d['’])(?!\s*(?:cela|ça)\b)", re.IGNORECASE)


# "Il y a deux mois que …", "Voilà près de trois semaines, déjà, qu'il …": the count is how long something has lasted
# when "il y a"/"voilà" opens its clause (not "il a annoncé il y a deux mois qu'il partirait").
_SINCE_THAT = re.compile(r"(?:\s*,\s*(?:déjà|maintenant|désormais)\s*,)?\s+(?:que\b|qu['’])", re.IGNORECASE)
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:!?\n(«“\"]|,|\b(?:et|mais|car|or|donc))\s*$", re.IGNORECASE)


def _keep_ago(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """"il y a deux ans", "dans trois jours": a count of short units, not an approximate age nor a duration."""
    # "il y a près de 30 ans", "il y a deux décennies": an approximate age, not a date (a figure); "il y a près de deux
    # mois" still names a month (approx_count), "il y a plus de deux mois" none.
    unit = _key(g["unit"])
    if v.units.get(unit, 0) >= 10:
        return False
    if g.get("qual") and not (_key(g["qual"].strip()) in v.approx_counts and unit.startswith(("mois", "semaine"))):
        return False
    if _DURATION_AFTER.match(text, m.end()):
        return False  # "il y a encore trois semaines de travaux": there are three weeks of work left, a duration
    if _SINCE_THAT.match(text, m.end()) and _CLAUSE_OPENS.search(text, max(0, m.start() - 12), m.start()):
        return False  # "Il y a deux mois que la grève dure": how long it has lasted, a duration
    # "il y a une semaine et demie" names no week nor day: only years and months take a half (_counted).
    if g.get("half") and not (v.units.get(unit, 0) == 1 or unit.startswith("mois")):
        return False
    if g.get("round"):  # a round count names a year back only with years: "il y a une quinzaine d'années"
        return v.units.get(unit, 0) == 1 and not g.get("half")
    try:
        parse_number(g["n"])
    except (ValueError, KeyError):
        return False
    return True


def _keep_offset(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """Days, weeks, months and years: "deux ans plus tard" counts from the date told just before (null and dropped
    when none was, _offset_value); decades and centuries are left out."""
    return v.units.get(_key(g["unit"]), 0) in (0, 1)


_SURNAME_AFTER = re.compile(r"\s+[A-ZÀ-Ý]")
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")  # "l'avenue du": the noun after the elision


def _numbered_holidays(v: Vocabulary) -> list[str]:
    """"14-Juillet", "1er-Mai": the holidays named "le <day>-<Month>", without their article (after "du")."""
    return sorted(w[3:] for w in v.bare_holidays if w.startswith("le ") and w[3:4].isdigit())


def _holidays_of(v: Vocabulary) -> list[str]:
    """"14-Juillet", "Nouvel An", "jour de l'an": the holidays named with "le", without their article (after "du")."""
    return sorted(w[3:] for w in v.bare_holidays if w.startswith("le "))


def _cues_in_de(v: Vocabulary) -> list[str]:
    """"soir", "lendemain": the holiday cues ending in "de", without it (before "du")."""
    return sorted(w[:-3] for w in v.holiday_cues if w.endswith(" de"))


def _keep_holiday_of(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """"les cérémonies du 11-Novembre" is a day; "la rue du 8-Mai", "le stade du 14-Juillet" name places. A holiday
    named without a number needs a cue ("le soir du Nouvel An"; not "le réveillon du Nouvel An", the party); "au" is
    one ("au Nouvel An", "reportée au 11-Novembre"), except before a holiday that mostly names a venue ("au 5-Juillet",
    the stadium of Algiers: venue_holiday rows)."""
    if _other_calendar(text, m.end(), v):
        return False
    if g.get("au"):
        return _key(g["hol"]) not in v.venue_holidays
    if g.get("cue"):
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    numbered = g["hol"][:1].isdigit()
    return numbered and (before is None or _key(before.group(1)) not in {_key(w) for w in v.date_name_heads})


def _other_calendar(text: str, end: int, v: Vocabulary) -> bool:
    """"le Nouvel An chinois", "le Nouvel An juif": a feast of another calendar, on another day."""
    after = re.match(r"\s+([^\W\d_]+)", text[end : end + 20])
    return after is not None and _key(after.group(1)) in v.other_calendars


_AND_AFTER = re.compile(r"\s+et\s+(?:les?\s+|la\s+|l['’])?", re.IGNORECASE)


def _keep_holiday(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A feast, not a first name: "un Noël Mamère", "à Noël Le Graët" have a surname after the word. After "entre",
    only the start of a span whose end is a day too ("entre Noël et le Nouvel An"; not "entre Noël et son frère")."""
    if _SURNAME_AFTER.match(text, m.end()) or _other_calendar(text, m.end(), v):
        return False
    if _key(g.get("cue") or "") != "entre":
        return True
    joined = _AND_AFTER.match(text, m.end())
    rest = _key(text[joined.end() : joined.end() + 30]) if joined else ""
    names = {h.split(" ", 1)[-1] if h.startswith(("le ", "la ")) else h for h in v.holidays}
    return bool(rest) and (rest[:1].isdigit() or any(rest.startswith(h) for h in names))


def _keep_holiday_named(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """"le Nouvel An" but not "le Nouvel An chinois"; after "de" only a feast named with "la" ("les festivités de la
    Saint-Jean-Baptiste"), not after a party's noun ("le réveillon de la Saint-Sylvestre", holiday_party rows); streets
    and squares are named with "du" ("rue du 8-Mai")."""
    words = _words_before(text, m.start())
    if words[-1:] == ["de"] and (not g["hol"].lower().startswith("la ") or _key(words[-2] if len(words) > 1 else "")
                                  in v.holiday_parties):
        return False
    if not g["hol"].lower().startswith(("le ", "la ")) and not _bare_feast(m, g["hol"], g, text, words, v):
        return False
    return not _other_calendar(text, m.end(), v)


_FEAST_SURNAME = re.compile(r"[ \t]+[A-ZÀ-Ý]")  # on the same line: a headline's last word is no first name
_FEAST_EVENT = re.compile(r"[ \t]+(?:(?:de|des|du)[ \t]+|d['’][ \t]*)\w", re.IGNORECASE)  # not "Noël devient"


def _bare_feast(m: re.Match[str], feast: str, g: Groups, text: str, words: list[str], v: Vocabulary) -> bool:
    """A feast named with no article ("passer Noël", "Pâques approche"), capitalized: not after "de" ("le marché de
    Noël", "l'île de Pâques"), "les" or "des" (a title or a plural: "Les Pâques à New York"), "entre" ("entre Noël et
    le Nouvel An" is one span, the cued kind; "entre Noël et son voisin" none), a figure's word ("le père Noël":
    holiday_bearer rows) or a person's title ("M. Pâques": feast_title rows); not an event named after it ("le Noël
    des enfants") nor a feast of another calendar ("Pâques orthodoxe"); not a person: a surname or a description after
    it ("Noël Mamère", "Noël, 52 ans"), nor a lone one in a text that names a person so."""
    before = _key(words[-1] if words else "")
    if not feast[:1].isupper() or before in ("de", "les", "des", "entre") or before in v.holiday_bearers \
            or before in v.feast_titles:
        return False
    if not g.get("y") and (_FEAST_SURNAME.match(text, m.end()) or _FEAST_EVENT.match(text, m.end())):
        return False
    if _other_calendar(text, m.end(), v) or _name_before(text, m.start()):
        return False
    return v.feast_persons is None or v.feast_persons.search(text) is None


_CAPITALIZED_BEFORE = re.compile(r"([A-ZÀ-Ý][\w'’-]*)[ \t]+$")
_SENTENCE_OPENS = ".!?:;«»\"“(\n"


def _name_before(text: str, start: int) -> bool:
    """"Jean-Claude Pâques": a capitalized word before it inside a sentence is a first name (not "Joyeuses Pâques"
    opening one)."""
    before = _CAPITALIZED_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    i = before.start() - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i >= 0 and text[i] not in _SENTENCE_OPENS


# One context check per kind of match; a kind not listed is always kept.
def _keep_movable_feast(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """A feast after a cue or an article, and capitalized: "l'ascension sociale" and "des œufs de Pâques" are no days,
    nor "le week-end de Pentecôte" (a long weekend, not the feast day)."""
    if _key(g.get("cue") or "").startswith("week-end"):
        return False
    if not (g.get("cue") or g.get("det")):  # "Pâques approche", "Pâques 2018", as "Noël"
        return _key(g["mf"]) in v.bare_feasts and _bare_feast(m, g["mf"], g, text, _words_before(text, m.start()), v)
    return any(c.isupper() for c in g["mf"])


def _keep_told_day(m: re.Match[str], g: Groups, text: str, v: Vocabulary) -> bool:
    """"le 17" alone; "au 15" only right after a verb that moves a date ("reportée au 15", "renvoyé au 3"), not
    "de 10 au 15" nor "au 15 de la rue"."""
    if g["art"].lower() == "le":
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return bool(before) and before.group(1).lower().startswith(v.postpones)


_KEEP_CHECKS: dict[str, Callable[[re.Match[str], Groups, str, Vocabulary], bool]] = {
    "year": _keep_year,
    "day": _keep_day,
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
    "holiday": _keep_holiday,
    "holiday_of": _keep_holiday_of,
    "holiday_named": _keep_holiday_named,
    "told_day": _keep_told_day,
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
    words = re.findall(r"[\w']+", tail)[:7]  # "à la veille du grand défilé de ce dimanche": a few words on
    # ... within the complement: "le lendemain de son retour il est reparti mardi" tells the day of another clause
    words = list(takewhile(lambda w: w not in v.subject_pronouns, words))
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


# Kinds found only to cover words that are not a date, never returned: a place named after a day ("rue du 8 Mai 1945"),
# always; an n-th weekday of a month told as a habit ("chaque premier dimanche de juillet").
_COVER_ONLY: dict[str, Callable[[DateMatch, str], bool]] = {"date_name": lambda _dm, _text: True,
                                                            "weekday_of_month": _habit_of_month}


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
    return [dm for dm in out if not (dm.kind in _COVER_ONLY and _COVER_ONLY[dm.kind](dm, text))]
# A full stop, "!", "?" or a line end: where a sentence (or a heading) may end.
_SENTENCE_END = re.compile(r"[.!?\n]")
