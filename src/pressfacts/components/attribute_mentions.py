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
def _role_pattern(role: str) -> re.Pattern[str]:
    """The role's words in order, any spacing, each word also in the plural, case ignored."""
    parts = []
    for word in role.split():
        piece = "['’]".join(re.escape(p) for p in _APOSTROPHE.split(word))
        parts.append(piece + ("(?:s|x)?" if word[-1:].isalpha() else ""))
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def nearest(spans: list[tuple[int, int]], mentions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span closest to any of the mentions (character distance between the two spans; ties: the first)."""
    def gap(s: tuple[int, int]) -> int:
        return min(max(s[0] - m[1], m[0] - s[1], 0) for m in mentions)

    return min(spans, key=gap) if spans and mentions else None


def role_mentions(text: str, roles: list[str], mentions: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """{role, start, end, text} for each role whose wording the text has, nearest the person's mentions."""
    out = []
    for role in roles:
        found = nearest([m.span() for m in _role_pattern(role).finditer(text)], mentions)
        if found is not None:
            out.append({"role": role, "start": found[0], "end": found[1], "text": text[found[0] : found[1]]})
    return out


# "34 ans", "trente-quatre ans", "soixante et onze ans": a number in digits or words, then "ans"
_AGE = re.compile(rf"(?<![\w-])({SMALL_NUMBER})[\s\u00a0\u202f]+ans?(?!\w)", re.IGNORECASE)


def age_mention(text: str, age: int | None, mentions: list[tuple[int, int]]) -> dict[str, Any] | None:
    """{start, end, text} of the age's wording ("34 ans", "trente-quatre ans") nearest the person's mentions."""
    if age is None or not mentions:
        return None
    spans = []
    for m in _AGE.finditer(text):
        tail = _number_tail(m.group(1))
        if tail is not None and tail[0] == age:
            spans.append((m.start(1) + tail[1], m.end()))
    found = nearest(spans, mentions)
    return None if found is None else {"start": found[0], "end": found[1], "text": text[found[0] : found[1]]}


def _number_tail(words: str) -> tuple[float, int] | None:
    """The number the words end with and where it starts in them ("âgée de trente-quatre" -> 34 at 8): the pattern
    may take a few common words before the number."""
    for m in re.finditer(r"\S+", words):
        try:
            return parse_number(words[m.start() :]), m.start()
        except ValueError:
            continue
    return None
