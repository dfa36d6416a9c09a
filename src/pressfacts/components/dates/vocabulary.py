"""The date component's word lists (date_words.jsonl) and the rules compiled from them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ...settings import alternation
from ..numbers import parse_number


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
    current_month: frozenset[str] = frozenset()  # "courant", "du mois en cours": after a day of the publication month
    date_name_heads: frozenset[str] = frozenset()  # "rue", "stade": "la rue du 8 Mai 1945" names a place, not a day
    venue_holidays: frozenset[str] = frozenset()  # "au 5-Juillet": a stadium named after the day (venue_holiday rows)
    number_signs: frozenset[str] = frozenset()  # "n°", "réf.": before a reference number, not a span of years
    past_modals: frozenset[str] = frozenset()  # "pu", "fallait": "n'ont pas pu faire ... après l'été" is past
    count_dets: frozenset[str] = frozenset()  # "les", "ces": before a four-digit number with no cue, a count
    year_follows: frozenset[str] = frozenset()  # "dans", "sous": words in -s that may follow a year (not counted)
    # "il y a quinze jours", "dans huit jours": French counts a fortnight as 15 days and a week as 8 (15 -> 14, 8 -> 7)
    idiom_days: dict[int, int] = field(default_factory=dict)
    idiom_weeks: frozenset[int] = frozenset()  # 15: "il y a quinze jours" is the week two weeks back, not one day
    # "le point commun entre 1936 et 1995": nouns that compare two dates (two dates, not the span between them)
    comparison_cues: frozenset[str] = frozenset()
    again_words: tuple[str, ...] = ()  # stems ("reviendr", "nouvel"): a weekday of the coming week, not a historic future
    speech_continues: frozenset[str] = frozenset()  # "ajouté", "poursuivi": a quotation that goes on from the last
    subject_pronouns: frozenset[str] = frozenset()  # "il", "nous": a clause of its own begins at them
    # "le lundi de Pâques", "la Pentecôte": feasts whose day moves with Easter (value = days after Easter Sunday)
    movable_feasts: dict[str, int] = field(default_factory=dict)
    # "le 11-Novembre", "le jour de l'An": holidays that name their day with their own article, needing no cue
    bare_holidays: frozenset[str] = frozenset()
    holiday_bearers: frozenset[str] = frozenset()  # "père": "le père Noël" is a figure, no day
    feast_directions: frozenset[str] = frozenset()  # "dernier", "prochain" after a feast: which one
    bare_feasts: frozenset[str] = frozenset()  # movable feasts named with no article ("Pâques approche")
    feast_titles: frozenset[str] = frozenset()  # "m", "mme": "M. Pâques" is a person, no feast
    feast_persons: re.Pattern[str] | None = None  # "Noël Mamère", "Noël, 52 ans": a person named like a feast
    holiday_parties: frozenset[str] = frozenset()  # "réveillon": "le réveillon de la Saint-Sylvestre" is a party, no day
    reschedules: tuple[str, ...] = ()  # stems ("report", "fix"): a passé composé that sets a date to come
    # stems ("report", "décal"): "reporté de samedi à mardi" names two days, not a span; True when the move is forward
    # in time ("avancé de jeudi à mardi": the old day is after the new one)
    moves: dict[str, bool] = field(default_factory=dict)
    plans: tuple[str, ...] = ()  # stems ("prév", "attend"): a participle alone that tells a date still to come
    reports: tuple[str, ...] = ()  # stems ("publi", "réalis"): a report's participle, its agent then a weekday: past
    # "depuis", "suite (à)": a weekday on the noun these introduce ("depuis l'arrestation lundi de deux militants")
    # dates an event already gone, unless the clause is in the future; "après" only in a sentence with no verb
    # ("les résultats sont connus après la fermeture dimanche des bureaux": a present tells what is coming)
    since_events: frozenset[str] = frozenset()
    after_events: frozenset[str] = frozenset()
    ahead: tuple[str, ...] = ()  # stems ("prév", "programm"): a participle whose date is likely still to come
    exact_counts: frozenset[str] = frozenset()  # "tout juste", "exactement": "il y a tout juste un an" is a date
    approx_counts: frozenset[str] = frozenset()  # "près de", "environ": "il y a près de deux mois" is that month
    told_day_guards: tuple[str, ...] = ()  # stems ("port", "numéro"): "il portait le 10" counts a shirt, not a day
    same_days: frozenset[str] = frozenset()  # "jour pour jour": "il y a cinq ans jour pour jour" is a day
    postpones: tuple[str, ...] = ()  # stems ("report", "renvoy"): "a été reporté à samedi" is the coming Saturday
    gloss_marks: frozenset[str] = frozenset()  # "ndlr": "aujourd'hui (hier, ndlr)" is the day the editor's gloss tells
    half_ordinals: dict[str, int] = field(default_factory=dict)  # "seconde" -> 2: "la seconde moitié des années 1980"
    other_calendars: frozenset[str] = frozenset()  # "chinois", "juif": "le Nouvel An chinois" falls on another day
    era_prefixes: frozenset[str] = frozenset()  # "après", "avant": "préparer l'après-2022" names the year 2022
    round_counts: dict[str, int] = field(default_factory=dict)  # "dizaine" -> 10: "il y a une dizaine d'années"
    still_words: frozenset[str] = frozenset()  # "toujours", "encore": "tentait toujours jeudi" tells the news's own day
    # Compiled once from the lists above: the checks below run for every weekday found.
    announcement_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    again_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    postpone_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    event_noun_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    day_month_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    gloss_close_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # ", ndlr)" closing a gloss
    # An imparfait right before a weekday, a word of "still" between them or none: "tentait toujours jeudi" (not the
    # participles "fait", "refait", "extrait").
    imparfait_before_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        def words_rx(words: Iterable[str], after: str = "") -> re.Pattern[str]:
            alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
            return re.compile(rf"\b(?:{alts}){after}")

        object.__setattr__(self, "announcement_rx", words_rx(self.announcements))
        object.__setattr__(self, "again_rx", words_rx(self.again_words))
        object.__setattr__(self, "postpone_rx", words_rx(self.postpones))
        object.__setattr__(self, "event_noun_rx", words_rx(self.event_nouns, r"s?\b"))
        object.__setattr__(self, "day_month_rx", re.compile(rf"\b(?:{_DAYNUM})\s+(?:{_alt(self.months)})\b"))
        marks = "|".join(map(re.escape, sorted(self.gloss_marks, key=len, reverse=True))) or "(?!)"
        still = "|".join(map(re.escape, sorted(self.still_words, key=len, reverse=True))) or "(?!)"
        object.__setattr__(self, "imparfait_before_rx",
                           re.compile(rf"\b(?P<verb>\w{{2,}}(?<!f)(?<!tr)ait|\w+aient)\s+(?:(?:{still})\s+)?$", re.IGNORECASE))
        object.__setattr__(self, "gloss_close_rx", re.compile(rf"\s*[,;:–—-]?\s*(?:{marks})\s*\)", re.IGNORECASE))

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
            current_month=words("current_month"),
            date_name_heads=words("date_name_head"),
            venue_holidays=words("venue_holiday"),
            number_signs=words("number_sign"),
            past_modals=words("past_modal"),
            count_dets=words("count_det"),
            year_follows=words("year_follow"),
            idiom_days={int(r["count"]): int(r["days"]) for r in rows if r.get("kind") == "idiom_days"},
            idiom_weeks=frozenset(int(r["count"]) for r in rows if r.get("kind") == "idiom_days" and r.get("week")),
            comparison_cues=words("comparison_cue"),
            again_words=tuple(sorted(words("again"))),
            speech_continues=words("speech_continue"),
            subject_pronouns=words("subject_pronoun"),
            movable_feasts=table("movable_feast", "easter"),
            bare_holidays=words("bare_holiday"),
            holiday_parties=words("holiday_party"),
            holiday_bearers=words("holiday_bearer"),
            feast_directions=words("feast_direction"),
            bare_feasts=words("bare_feast"),
            feast_titles=words("feast_title"),
            feast_persons=_feast_persons(r["word"] for r in rows if r.get("kind") in ("bare_holiday", "bare_feast")),
            reschedules=tuple(sorted(words("reschedule"))),
            moves={_key(r["word"]): bool(r.get("forward")) for r in rows if r.get("kind") == "move"},
            plans=tuple(sorted(words("reschedule") | words("plan_participle") | words("plan_ahead"))),
            ahead=tuple(sorted(words("plan_ahead"))),
            reports=tuple(sorted(words("report_participle"))),
            since_events=words("since_event"),
            after_events=words("after_event"),
            exact_counts=words("exact_count"),
            approx_counts=words("approx_count"),
            told_day_guards=tuple(sorted(words("told_day_guard"))),
            same_days=words("same_day"),
            postpones=tuple(sorted(words("postpone"))),
            half_ordinals=table("half_ordinal"),
            gloss_marks=words("gloss_mark"),
            era_prefixes=words("era_prefix"),
            other_calendars=words("other_calendar"),
            round_counts=table("round_count"),
            still_words=words("still"),
        )
_DAYNUM = r"(?:1er|1re|[12]\d|3[01]|0?[1-9])"


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of the words; one that never matches for a kind the data file leaves out."""
    return alternation(list(words)) or r"(?!)"


# ---------------------------------------------------------------- normalizing
def _month(v: Vocabulary, word: str | None) -> int | None:
    if not word:
        return None
    w = _key(word)
    return v.months.get(w) or v.months.get(w.rstrip("."))


def _day(v: Vocabulary, word: str) -> int:
    w = re.sub(r"\s+", " ", _key(word))
    return 1 if w in {"1er", "1re"} else v.day_words[w] if w in v.day_words else int(w)
# Kinds whose value depends on the tense of their clause.
TENSED = ("weekday", "period_this", "week_part", "term", "day", "month_cued", "month_part", "year_part", "season", "year_edge",
          "lone_day", "movable_feast", "holiday", "holiday_named", "holiday_of", "season_bare", "month_edge", "month_range",
          "weekday_of_month")


def _day_count(v: Vocabulary, written: str, unit: str) -> int:
    """The count of an "il y a / dans / plus tard" expression; "quinze jours" is two weeks (14 days), "huit jours"
    one (7), as French counts them, not 15 and 8."""
    n = int(parse_number(written))
    return v.idiom_days.get(n, n) if unit.startswith("jour") else n


def _feast_persons(feasts: Iterable[str]) -> re.Pattern[str] | None:
    """A person named like a feast with no article: the word before a surname on the same line ("Noël Mamère"; not
    "Jean-Noël", not a headline's last word) or before an age or a description ("Noël, 52 ans", "Noël, un
    retraité")."""
    names = sorted((f for f in feasts if not f.lower().startswith(("le ", "la "))), key=len, reverse=True)  # as written
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?:{alt})(?:[ \t]+[A-ZÀ-Ý]|,[ \t]*(?:\d+[ \t]*ans\b|une?[ \t]))")
