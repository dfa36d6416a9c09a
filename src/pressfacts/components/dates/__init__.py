"""Dates: find French calendar expressions with rules, normalize them to ISO against a reference date.

Finding is done with patterns built from the date words file (`pipelines/date_words.jsonl`: months,
weekdays, "dernier", "début", "lendemain"...), never with `dateparser.search_dates`, which reads "22 ans",
"sa" or "à sa" as dates. The explicit spans found ("12/03/21", "3 févr.", "1er mai 2024", "2021-6") are
normalized by one French-only dateparser instance; press relatives ("mardi", "la veille", "la semaine
dernière", "il y a deux ans") by the rules below, against the publication date, the tense of the verb
and the date mentioned just before.
Values: "2024-04-16" (day), "2024-04" (month), "2024" (year), "2021-01-01/2024-05-07" (interval).

The package, in the order a text is handled: vocabulary (the words) and finding (rule patterns, their gate
and keep-tests) find expressions; normalize (with explicit, dateparser, and partial, pure resolution) turns
each into an ISO value; context runs it all over a text and revises values by what the text told before
(anchors, relatives, quoted, cues, tense from the parse); component.py is the spaCy component.
"""

from .component import DateRecognizer, make_dates
from .context import extract_dates
from .explicit import parse_explicit
from .finding import DateRules, default_rules, find_date_expressions
from .normalize import normalize
from .partial import DateValue, FoundDate, PartialDate, resolve_day_month, resolve_month, resolve_week, resolve_weekday
from .vocabulary import Vocabulary

__all__ = [
    "DateRecognizer",
    "DateRules",
    "DateValue",
    "FoundDate",
    "PartialDate",
    "Vocabulary",
    "default_rules",
    "extract_dates",
    "find_date_expressions",
    "make_dates",
    "normalize",
    "parse_explicit",
    "resolve_day_month",
    "resolve_month",
    "resolve_week",
    "resolve_weekday",
]
