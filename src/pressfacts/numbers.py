"""French numbers as written in the press -> values. Pure functions, no spaCy.

    parse_digits("23 051") == 23051        parse_digits("23.051") == 23051
    parse_digits("1,5") == 1.5             parse_words("vingt-trois mille") == 23000
    parse_number("1,5 million") == 1_500_000
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from text_to_num import text2num

from .settings import rows_of_kind

FIGURE_WORDS = "figure_words.jsonl"
Number = int | float

# Thousands separators seen in French text: space, no-break space, narrow no-break space, dot, apostrophe.
_THOUSANDS = "[ \u00a0\u202f.'’]"
DIGITS_RE = re.compile(rf"\d{{1,3}}(?:{_THOUSANDS}\d{{3}})+(?:,\d+)?|\d+(?:[,.]\d+)?")


def _clean_number_value(v: float) -> Number:
    return int(v) if float(v).is_integer() else round(v, 6)


def parse_digits(text: str) -> Number:
    """A number written with digits in French style: "23 051", "23.051", "500 000", "1,5", "3,2", "12.5"."""
    s = text.strip()
    if not DIGITS_RE.fullmatch(s):
        raise ValueError(f"not a number in digits: {text!r}")
    # Groups of three after a space, a no-break space or a dot are thousands ("23 051", "23.051");
    # the comma is the decimal mark ("1,5"). "12.5" (no group of three) stays a decimal.
    m = re.fullmatch(rf"(\d{{1,3}}(?:{_THOUSANDS}\d{{3}})+)(,\d+)?", s)
    if m:
        s = re.sub(_THOUSANDS, "", m.group(1)) + (m.group(2) or "")
    s = s.replace(",", ".")
    return _clean_number_value(float(s))


@cache
def number_words() -> frozenset[str]:
    return frozenset(r["word"] for r in rows_of_kind(FIGURE_WORDS, "number_word"))


@cache
def scale_words() -> dict[str, int]:
    return {r["word"]: int(r["value"]) for r in rows_of_kind(FIGURE_WORDS, "scale")}


@cache
def approx_nouns() -> dict[str, int]:
    return {r["word"]: int(r["value"]) for r in rows_of_kind(FIGURE_WORDS, "approx_noun")}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text.lower().replace("’", "'"))


def parse_words(text: str) -> int:
    """A number written in French words: "sept", "Onze", "vingt-trois mille", "deux cent mille", "un million"."""
    s = _fold(text).strip()
    s = re.sub(r"\s+", " ", s)
    if not s:
        raise ValueError("empty number")
    words = re.split(r"[\s-]+", s)
    known = number_words() | {"et", "million", "millions", "milliard", "milliards"}
    if any(w not in known for w in words):
        raise ValueError(f"not a French number in words: {text!r}")
    if words in (["un"], ["une"]):
        return 1
    # text2num wants the standard spelling: hyphens between tens and units, "une" read as "un".
    normalized = " ".join("un" if w == "une" else w for w in words)
    try:
        return int(text2num(normalized, "fr"))
    except ValueError:
        try:
            return int(text2num(normalized.replace(" ", "-"), "fr"))
        except ValueError as exc:
            raise ValueError(f"not a French number in words: {text!r}") from exc


def parse_number(text: str) -> Number:
    """Digits or words, optionally followed by a scale word: "1,5 million", "trois millions", "2 milliards",
    "23 051", "une cinquantaine" (-> 50)."""
    s = _fold(text).strip()
    m = re.fullmatch(r"(.+?)\s+(mille|millions?|milliards?)", s)
    if m and m.group(1):
        head, scale = m.group(1), m.group(2)
        if DIGITS_RE.fullmatch(head):
            return _clean_number_value(float(parse_digits(head)) * scale_words()[scale])
        if scale != "mille":
            return _clean_number_value(parse_words(head) * scale_words()[scale])
    if DIGITS_RE.fullmatch(s):
        return parse_digits(s)
    approx = approx_nouns()
    m = re.fullmatch(r"(?:une|un|des)\s+(\w+?)s?", s)
    if m and m.group(1) in approx:
        return approx[m.group(1)]
    return parse_words(s)
