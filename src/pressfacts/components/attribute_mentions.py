"""Where a person's roles and age are written: the words a reader checks them by.

A role is a string ("procureure de la République de Lille") and an age a number; on their own they do not point
at the article. For each, this finds its wording in the text nearest one of the person's mentions (a role written
in the plural for several people, "figures du mouvement", still counts; apostrophes ' and ’ are the same). A role
the text does not spell out near the person (one read from the table of office holders) gets no mention: it was
not taken from these words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .numbers import SMALL_NUMBER, parse_number

_APOSTROPHE = re.compile(r"['’]")


@lru_cache(maxsize=4096)
def _role_pattern(role: str, ignore_case: bool = True) -> re.Pattern[str]:
    """The role's words in order, any spacing, each word also in the plural, case ignored (or, for a lowercase role
    matched in lowercase text, not: see `_lowercase`); a label in parentheses may stand between two words."""
    parts = []
    for word in role.split():
        piece = "['’]".join(re.escape(p) for p in _APOSTROPHE.split(word))
        parts.append(piece + ("(?:s|x)?" if word[-1:].isalpha() else ""))
    # (a party label may stand inside the wording: "maire (LR) de Nice" is where "maire de Nice" was read)
    return re.compile(r"(?<!\w)" + r"\s+(?:\([^()\s]{1,14}\)\s+)?".join(parts) + r"(?!\w)",
                      re.IGNORECASE if ignore_case else 0)


# The letters re.IGNORECASE also takes for one another beyond lowercase equality ("ſ" for "s", "ı" for "i", Greek and
# Cyrillic variants), and the final sigma, which str.lower() writes "ς" and re reads as "σ".
# (re._casefix is CPython's private table, 3.11 on: without it, every text takes the IGNORECASE path, same results.)
try:
    from re import _casefix

    _FOLDED = {chr(c) for key, folds in _casefix._EXTRA_CASES.items() for c in (key, *folds) if c > 0x7F} | {"Σ", "σ", "ς"}
    _EXTRA_FOLDS = re.compile(f"[{re.escape(''.join(sorted(_FOLDED)))}]")
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    _EXTRA_FOLDS = re.compile(r"[^\x00-\x7F]")


@lru_cache(maxsize=1)
def _lowercase(text: str) -> str | None:
    """text.lower() when a role's lowercase pattern, matched in it case-sensitively, finds exactly what its
    IGNORECASE pattern finds in the text (same offsets: no letter lowercases to two; none of re's extra folds), else
    None. A case-insensitive pattern cost several times as much to compile, and each article brings new roles."""
    low = text.lower()
    return low if len(low) == len(text) and not _EXTRA_FOLDS.search(low) else None


def nearest(spans: list[tuple[int, int]], mentions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span closest to any of the mentions (character distance between the two spans; ties: the first)."""
    def gap(s: tuple[int, int]) -> int:
        return min(max(s[0] - m[1], m[0] - s[1], 0) for m in mentions)

    return min(spans, key=gap) if spans and mentions else None


def role_mentions(text: str, roles: list[str], mentions: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """{role, start, end, text} for each role whose wording the text has, nearest the person's mentions."""
    out = []
    low = _lowercase(text) if roles else None  # (one text for each of an article's people: lowercased once)
    for role in roles:
        folded = role.lower()
        if low is not None and len(folded) == len(role) and not _EXTRA_FOLDS.search(folded):
            matches = _role_pattern(folded, ignore_case=False).finditer(low)
        else:
            matches = _role_pattern(role).finditer(text)
        found = nearest([m.span() for m in matches], mentions)
        if found is not None:
            out.append({"role": role, "start": found[0], "end": found[1], "text": text[found[0] : found[1]]})
    return out


# "34 ans", "trente-quatre ans", "soixante et onze ans": a number in digits or words, then "ans"
_AGE = re.compile(rf"(?<![\w-])({SMALL_NUMBER})[\s\u00a0\u202f]+ans?(?!\w)", re.IGNORECASE)


def age_mention(text: str, age: int | None, mentions: list[tuple[int, int]]) -> dict[str, Any] | None:
    """{start, end, text} of the age's wording ("34 ans", "trente-quatre ans") nearest the person's mentions."""
    if age is None or not mentions:
        return None
    spans = [(start, end) for value, start, end in _age_wordings(text) if value == age]
    found = nearest(spans, mentions)
    return None if found is None else {"start": found[0], "end": found[1], "text": text[found[0] : found[1]]}


@lru_cache(maxsize=1)
def _age_wordings(text: str) -> tuple[tuple[float, int, int], ...]:
    """Every age the text writes: (the number, start, end of its wording). Read once per article, not once for each
    person with an age (the pattern and the number parsing ran over the whole text each time)."""
    out = []
    for m in _AGE.finditer(text):
        tail = _number_tail(m.group(1))
        if tail is not None:
            out.append((tail[0], m.start(1) + tail[1], m.end()))
    return tuple(out)


def _number_tail(words: str) -> tuple[float, int] | None:
    """The number the words end with and where it starts in them ("âgée de trente-quatre" -> 34 at 8): the pattern
    may take a few common words before the number."""
    for m in re.finditer(r"\S+", words):
        try:
            return parse_number(words[m.start() :]), m.start()
        except ValueError:
            continue
    return None
