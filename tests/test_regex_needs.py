"""What every match of a regex holds (regex_needs), and the date patterns run only around the words they need."""

from __future__ import annotations

import copy
import re

import pytest

from pressfacts.components.dates import finding
from pressfacts.components.regex_needs import needs_char, needs_digit

MARK = "\ue000"


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (rf"le\s+{MARK}", True),
        (rf"(?:le\s+)?{MARK}", True),
        (rf"(?:le\s+{MARK})?\d+", False),  # optional
        (rf"a{MARK}|b{MARK}", True),  # in every branch
        (rf"a{MARK}|b", False),
        (rf"(?:x{MARK})+", True),
        (rf"(?:x{MARK})*", False),
        (rf"\d+(?=\s+{MARK})", True),  # a lookahead reads the text right after the match
        (rf"(?<={MARK})\d+", False),  # a lookbehind is not counted
        (rf"(?!{MARK})\d+", False),
    ],
)
def test_needs_char(pattern: str, needed: bool) -> None:
    assert needs_char(re.compile(pattern, re.IGNORECASE), MARK) is needed


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"(?:1er|[12]\d|3[01]|0?[1-9])", True),
        (r"\d{4}", True),
        (r"an(?:\s+\d+)?", False),
        (r"[0-9a]", False),
        (r"[^0-9]", False),
    ],
)
def test_needs_digit(pattern: str, needed: bool) -> None:
    assert needs_digit(re.compile(pattern)) is needed


def test_date_patterns_run_around_the_words_they_need() -> None:
    rules = finding.default_rules()
    assert rules.triggers["day"] == "months"
    assert rules.triggers["weekday"] == "weekdays"
    assert rules.triggers["year"] == finding.DIGITS
    # "semaine" is spelled in the pattern, not taken from a list: the markers leave it out, and the list holding the
    # word (finding._spelled_triggers) gives it its windows
    assert rules.triggers["week_part"] == "periods"
    # so is "mois" in "le mois dernier" and "ce mois-ci" (the gate takes a word before "-ci"): around the units
    assert rules.triggers["rel_month"] == "units"


@pytest.mark.parametrize(
    "text",
    [
        "Le chantier, commencé le 4 février 2019 à Quimper, reprendra mardi prochain, puis à l'automne.",
        "Les 2 et 9 octobre, entre mai et juin 2024, il y a près de trente ans, dans deux semaines.",
        "Le rapport de 2021 sera suivi d'un autre au deuxième trimestre de l'an prochain, à la rentrée.",
        "Ce mois-ci, comme le mois dernier et au mois prochain, la grève tient.",
    ],
)
def test_windows_by_kind_find_what_the_whole_text_holds(text: str) -> None:
    rules = finding.default_rules()
    everywhere = copy.copy(rules)
    everywhere.triggers = {}  # every pattern around all trigger words, as before
    found = finding.find_date_expressions(text, rules)
    assert len(found) >= 3
    assert found == finding.find_date_expressions(text, everywhere)


@pytest.mark.parametrize(
    "text",
    [
        "Le défilé du 14-juillet 2025 partira à 10 heures ; le 14-Juillet 14 chars passeront.",
        "Il y a 3 ans, xle 14-juillet, en mars 2019 puis le 2 avril, 45 personnes ont signé.",
    ],
)
def test_numbers_and_words_scanned_apart_give_the_windows_of_one_scan(text: str) -> None:
    rules = finding.default_rules()
    assert len(rules.gate) == 2  # numbers, then words
    one = (re.compile("|".join(g.pattern for g in rules.gate)),)
    assert finding._windows(text, rules.gate) == finding._windows(text, one)
