"""settings.alternation groups its words by first character for speed: the same matches as the flat list."""

import re

import pytest

from pressfacts.settings import alternation, grouped_alternation

WORDS = ["mars", "mardi", "mai", "matin", "mois", "lundi", "l'an", "l'année", "le mois", "janvier", "juin", "jour",
         "2e", "20e", "semaine", "samedi", "an", "ans", "année", "Mardi", "Mai"]
TEXTS = [
    "Le mardi 3 mars, puis en mai, le mois suivant : l’année dernière et l'an prochain, chaque matin.",
    "MARDI 20e jour de la semaine, Mai 68 et samedi ; les ans et les années passent, lundi en janvier ou juin.",
    "dans ans semaines mardis mois-ci l'anniversaire",
]


def _flat(words: list[str]) -> str:
    alts = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    out = ["['’]".join(re.escape(p) for p in re.split(r"['’]", w)).replace(r"\ ", r"\s+") for w in alts]
    return "|".join(out)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("words", [WORDS, [w for w in WORDS if w[0].islower()], WORDS[:6]])
def test_grouped_alternation_matches_as_the_flat_list(words: list[str], flags: int) -> None:
    for wrap in (r"(?:{})", r"(?<![\w-])(?:{})(?![\w-])", r"(?P<w>{})s?\s+\w+"):
        grouped = re.compile(wrap.format(alternation(words)), flags)
        flat = re.compile(wrap.format(_flat(words)), flags)
        for text in TEXTS:
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_alternation_groups_only_first_characters_that_differ_ignoring_case() -> None:
    lower = [w for w in WORDS if w[0].islower()]
    group = re.search(r"(?:^|\|)m\(\?:([^)]*)\)", alternation(lower))  # the words in "m" grouped
    assert group is not None
    parts = group.group(1).split("|")
    # longest first, words of one length in text order: the same regex in every process, whatever the hash seed
    assert parts == ["ardi", "atin", "ars", "ois", "ai"]
    assert alternation(list(reversed(lower))) == alternation(lower)
    assert alternation(WORDS) == _flat(WORDS)  # "Mardi" and "mardi": flat, so IGNORECASE finds the same
    assert grouped_alternation(["'s", "ab", "ac"], ["['’]s", "ab", "ac"]) == "['’]s|ab|ac"  # no letter first
