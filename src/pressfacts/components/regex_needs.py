"""What every match of a regex must hold, read from the regex's parse tree.

The date patterns only run on windows of text around words one of which every match holds (dates/finding.py). A pattern
whose every match holds a month name can run on the windows around month names only, which cover a far smaller
part of a press text than the windows around any date word or number. Which words a pattern cannot do without
is read here from its parse tree (no hand-kept list that goes stale when a pattern changes): a part of the
pattern is needed when it stands in its main sequence or a lookahead, in every branch of an alternation, and
in a repeat that must run at least once; anything optional, negated or behind the match does not count.

The same tree tells which characters a match can open with (`with_first_chars`): a regex that opens on a
look-behind or a word boundary, behind a look-ahead of those characters, is tried by the engine only where one
of them stands.
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


_CATEGORIES = {
    sre_constants.CATEGORY_DIGIT: r"\d", sre_constants.CATEGORY_NOT_DIGIT: r"\D",
    sre_constants.CATEGORY_SPACE: r"\s", sre_constants.CATEGORY_NOT_SPACE: r"\S",
    sre_constants.CATEGORY_WORD: r"\w", sre_constants.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT)
Firsts = tuple[set[str], bool]  # items of a character class, and whether the part may match nothing


def _class_items(items: Any) -> set[str] | None:
    out = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is sre_constants.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre_constants.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:
            return None  # a negated class or anything else: not told
    return out


def _seq_firsts(items: Any) -> Firsts | None:
    """What opens a match of a sequence: the first items' classes up to the first that cannot match nothing."""
    out: set[str] = set()
    for node in items:
        found = _node_firsts(node)
        if found is None:
            return None
        out |= found[0]
        if not found[1]:
            return out, False
    return out, True


def _node_firsts(node: Node) -> Firsts | None:
    op, av = node
    if op is sre_constants.LITERAL:
        return {re.escape(chr(av))}, False
    if op is sre_constants.IN:
        items = _class_items(av)
        return None if items is None else (items, False)
    if op in _ZERO_WIDTH:
        return set(), True  # zero width (a lookaround, an anchor): what comes next opens the match
    if op is sre_constants.SUBPATTERN:
        # scoped flags ("(?i:...)") would make the class read the text otherwise than the pattern does
        return None if av[1] or av[2] else _seq_firsts(av[-1])
    if op is sre_constants.BRANCH:
        parts = [_seq_firsts(branch) for branch in av[1]]
        if any(p is None for p in parts):
            return None
        return set().union(*(p[0] for p in parts if p)), any(p[1] for p in parts if p)
    if op in _REPEATS:
        inner = _seq_firsts(av[2])
        return None if inner is None else (inner[0], av[0] == 0 or inner[1])
    return None  # any character, a back-reference...: not told


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same regex behind a look-ahead of the characters its matches can open with, when the parse tree tells
    them and the regex opens on a look-behind or a word boundary ("(?<![\\w-])le|la|..."): the engine, which gets no
    quick first-character test from those nor from case-blind letters, then leaves at once most positions of the
    text. The same matches: the class holds every character a match can open with (in the regex's own flags) and
    reads none."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    if not len(tree) or tree[0][0] not in _ZERO_WIDTH:
        return pattern  # a regex opening on a letter or a digit already gets the engine's quick test
    found = _seq_firsts(tree)
    if found is None or found[1] or not found[0]:
        return pattern
    return re.compile(f"(?=[{''.join(sorted(found[0]))}])(?:{pattern.pattern})", pattern.flags)


__all__ = ["needs", "needs_char", "needs_digit", "with_first_chars"]
