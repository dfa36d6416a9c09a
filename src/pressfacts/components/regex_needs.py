"""What every match of a regex must hold, read from the regex's parse tree.

The date patterns only run on windows of text around words one of which every match holds (dates/finding.py). A pattern
whose every match holds a month name can run on the windows around month names only, which cover a far smaller
part of a press text than the windows around any date word or number. Which words a pattern cannot do without
is read here from its parse tree (no hand-kept list that goes stale when a pattern changes): a part of the
pattern is needed when it stands in its main sequence or a lookahead, in every branch of an alternation, and
in a repeat that must run at least once; anything optional, negated or behind the match does not count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

Node = tuple[Any, Any]
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
if hasattr(sre_constants, "POSSESSIVE_REPEAT"):
    _REPEATS.add(sre_constants.POSSESSIVE_REPEAT)
_DIGITS = range(ord("0"), ord("9") + 1)


def _needed(items: Any, pred: Callable[[Node], bool]) -> bool:
    return any(_node_needed(node, pred) for node in items)


def _node_needed(node: Node, pred: Callable[[Node], bool]) -> bool:
    op, av = node
    if pred(node):
        return True
    if op is sre_constants.SUBPATTERN:
        return _needed(av[-1], pred)
    if op is sre_constants.BRANCH:
        return all(_needed(branch, pred) for branch in av[1])
    if op in _REPEATS:
        return av[0] >= 1 and _needed(av[2], pred)
    if getattr(sre_constants, "ATOMIC_GROUP", None) is op:
        return _needed(av, pred)
    if op is sre_constants.ASSERT:  # a lookahead reads the text right after; a lookbehind is not counted
        return av[0] == 1 and _needed(av[1], pred)
    return False


def needs(pattern: re.Pattern[str], pred: Callable[[Node], bool]) -> bool:
    """Whether every match of the pattern holds a part for which pred is true."""
    return _needed(sre_parse.parse(pattern.pattern, pattern.flags), pred)


def needs_char(pattern: re.Pattern[str], char: str) -> bool:
    """Whether every match holds the character (a marker standing for a word list: see dates.trigger_kinds)."""
    code = ord(char)
    return needs(pattern, lambda node: node[0] is sre_constants.LITERAL and node[1] == code)


def _digit_only(node: Node) -> bool:
    op, av = node
    if op is sre_constants.LITERAL:
        return av in _DIGITS
    if op is not sre_constants.IN or not av:
        return False
    return all(
        (o is sre_constants.LITERAL and a in _DIGITS)
        or (o is sre_constants.RANGE and a[0] in _DIGITS and a[1] in _DIGITS)
        or (o is sre_constants.CATEGORY and a is sre_constants.CATEGORY_DIGIT)
        for o, a in av
    )


def needs_digit(pattern: re.Pattern[str]) -> bool:
    """Whether every match holds a digit."""
    return needs(pattern, _digit_only)


__all__ = ["needs", "needs_char", "needs_digit"]
