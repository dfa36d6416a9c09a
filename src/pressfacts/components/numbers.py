"""French numbers as written in the press -> values. Pure functions over a word list, no spaCy.

    parse_digits("23 051") == 23051              parse_digits("23.051") == 23051
    parse_digits("-1,8") == -1.8                 parse_words("vingt-trois mille") == 23000
    parse_number("1,5 million") == 1_500_000     parse_number("2 millions et demi") == 2_500_000
    parse_number("4,5 k") == 4500                parse_number("deux billions") == 2 * 10**12

The vocabulary (number words, scales such as "million", "Md" or "k", fractions such as "demi", approximate
nouns such as "centaine") is data: `NumberWords` is built from the rows of pipelines/figure_words.jsonl.
Only the grammar (digit groups, how words and scales combine) is written here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from text_to_num import text2num

from ..settings import alternation, read_jsonl

FIGURE_WORDS = "figure_words.jsonl"
Number = int | float

# Thousands separators seen in French text: space, no-break space, narrow no-break space, dot, apostrophe.
_THOUSANDS = "[ \u00a0\u202f.'’]"
_SIGN = "[-−+]"
DIGITS_RE = re.compile(rf"{_SIGN}?(?:\d{{1,3}}(?:{_THOUSANDS}\d{{3}})+(?:,\d+)?|\d+(?:[,.]\d+)?)")
# In running text a dot between digits is a thousands mark only before a group of three ("23.051").
TEXT_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# an age or another small count as written beside its noun: up to three digits or up to four number words
# ("22", "trente-quatre", "soixante et onze"); a regex source for patterns that name their group
SMALL_NUMBER = r"\d{1,3}|[a-zéèêàâûîôç]+(?:[-\s](?:et[-\s])?[a-zéèêàâûîôç]+){0,3}"


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text.lower().replace("’", "'").replace("\u00a0", " ").replace("\u202f", " "))


def _clean_number_value(v: float) -> Number:
    return int(v) if float(v).is_integer() else round(v, 6)


@dataclass(frozen=True)
class NumberWords:
    """The number vocabulary of one word file (rows with kind number_word, scale, fraction, approx_noun)."""

    words: frozenset[str]
    scales: dict[str, int]  # folded spelling -> value ("million", "mds", "k")
    case_scales: dict[str, int]  # spellings that only count in this exact case ("M": "m" is a metre)
    fractions: dict[str, float]  # "demi" -> 0.5, "un quart" -> 0.25
    approx: dict[str, int]  # "centaine" -> 100
    word_scales: frozenset[str] = field(default=frozenset())  # scales that may follow number words

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, Any]]) -> NumberWords:
        rows = list(rows)
        scales: dict[str, int] = {}
        case_scales: dict[str, int] = {}
        word_scales: set[str] = set()
        for r in (r for r in rows if r.get("kind") == "scale"):
            if r.get("case_sensitive"):
                case_scales[r["word"]] = int(r["value"])
            else:
                scales[_fold(r["word"])] = int(r["value"])
                if not r.get("abbreviation"):
                    word_scales.add(_fold(r["word"]))
        return cls(
            words=frozenset(_fold(r["word"]) for r in rows if r.get("kind") == "number_word"),
            scales=scales,
            case_scales=case_scales,
            fractions={_fold(r["word"]): float(r["value"]) for r in rows if r.get("kind") == "fraction"},
            approx={_fold(r["word"]): int(r["value"]) for r in rows if r.get("kind") == "approx_noun"},
            word_scales=frozenset(word_scales),
        )

    def scale_of(self, word: str) -> int | None:
        if word in self.case_scales:
            return self.case_scales[word]
        return self.scales.get(_fold(word))

    def scale_pattern(self) -> str:
        """Regex alternation of the scale spellings (case-sensitive ones keep their case)."""
        loose = alternation(list(self.scales))
        strict = "|".join(f"(?-i:{re.escape(w)})" for w in sorted(self.case_scales, key=len, reverse=True))
        return "|".join(p for p in (loose, strict) if p)

    def word_pattern(self) -> str:
        """Regex of a run of number words, scale words included ("deux millions trois cent mille"); "et" joins
        words ("vingt et un") but not a fraction ("quatre milliards et un quart")."""
        first = alternation(list(self.words))  # a bare "millions" is no number
        words = alternation(list(self.words | self.word_scales))
        no_fraction = rf"(?!(?:{alternation(list(self.fractions))})(?![\w]))" if self.fractions else ""
        return rf"(?:{first})(?:(?:[-\s]+|[-\s]et[-\s]{no_fraction})(?:{words}))*"

    def fraction_pattern(self) -> str:
        """Regex of an optional fraction after a scale: " et demi", " et un quart"."""
        return rf"(?:\s+et\s+(?:{alternation(list(self.fractions))})s?)?" if self.fractions else ""


@cache
def default_words() -> NumberWords:
    """The packaged word file's vocabulary, for callers outside a pipeline (dates, people, tests)."""
    return NumberWords.from_rows(read_jsonl(FIGURE_WORDS))


def parse_digits(text: str) -> Number:
    """A number written with digits in French style: "23 051", "23.051", "500 000", "1,5", "3,2", "12.5", "-1,8"."""
    s = text.strip().replace("−", "-")
    if not DIGITS_RE.fullmatch(s):
        raise ValueError(f"not a number in digits: {text!r}")
    sign = -1 if s.startswith("-") else 1
    s = s.lstrip("+-")
    # Groups of three after a space, a no-break space or a dot are thousands ("23 051", "23.051");
    # the comma is the decimal mark ("1,5"). "12.5" (no group of three) stays a decimal.
    m = re.fullmatch(rf"(\d{{1,3}}(?:{_THOUSANDS}\d{{3}})+)(,\d+)?", s)
    if m:
        s = re.sub(_THOUSANDS, "", m.group(1)) + (m.group(2) or "")
    return _clean_number_value(sign * float(s.replace(",", ".")))


def _text2num(words: list[str]) -> int:
    normalized = " ".join("un" if w == "une" else w for w in words)
    try:
        return int(text2num(normalized, "fr"))
    except ValueError:
        # text2num wants the standard spelling: hyphens between tens and units.
        return int(text2num(normalized.replace(" ", "-"), "fr"))


def parse_words(text: str, vocab: NumberWords | None = None) -> int:
    """A number in French words: "sept", "Onze", "vingt-trois mille", "un million", "deux billions"."""
    vocab = vocab or default_words()
    s = re.sub(r"\s+", " ", _fold(text)).strip()
    if not s:
        raise ValueError("empty number")
    words = [w for w in re.split(r"[\s-]+", s) if w]
    if any(w not in vocab.words and w not in vocab.word_scales and w != "et" for w in words):
        raise ValueError(f"not a French number in words: {text!r}")
    # Split at scale words of a million and more: "deux millions trois cent mille" = 2 x 10^6 + 300 000.
    total, chunk = 0, []
    try:
        for w in words:
            scale = vocab.scales.get(w) if w in vocab.word_scales else None
            if scale and scale >= 1_000_000:
                if not chunk:
                    raise ValueError(text)  # "millions" alone counts nothing
                total += _text2num(chunk) * scale
                chunk = []
            else:
                chunk.append(w)
        if chunk:
            if chunk == ["et"] or chunk[0] == "et":
                raise ValueError(text)
            total += _text2num(chunk)
    except ValueError as exc:
        raise ValueError(f"not a French number in words: {text!r}") from exc
    return total


def split_fraction(s: str, vocab: NumberWords) -> tuple[str, float]:
    """("2 millions", 0.5) for "2 millions et demi"; (s, 0) without a fraction."""
    for frac, value in sorted(vocab.fractions.items(), key=lambda kv: -len(kv[0])):
        m = re.fullmatch(rf"(.+?)\s+et\s+{re.escape(frac)}s?", s, re.IGNORECASE)
        if m:
            return m.group(1), value
    return s, 0.0


def parse_number(text: str, vocab: NumberWords | None = None) -> Number:
    """Digits or words, optionally with a scale and a fraction: "1,5 million", "trois millions", "2 mds",
    "3 Md", "4,5 k", "2 millions et demi", "quatre milliards et un quart", "23 051", "une cinquantaine" (-> 50)."""
    vocab = vocab or default_words()
    raw, frac = split_fraction(re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip(), vocab)
    s = _fold(raw)
    m = re.fullmatch(r"(.+?)\s*([^\d\s.,]\S*)", raw)
    if m and DIGITS_RE.fullmatch(m.group(1)) and vocab.scale_of(m.group(2)):
        # "4 millions", "4,5 k", "2 mds", "3 Md": digits times a scale (case kept for "M").
        scale = vocab.scale_of(m.group(2)) or 1
        return _clean_number_value((parse_digits(m.group(1)) + frac) * scale)
    if DIGITS_RE.fullmatch(s):
        return parse_digits(s)
    m = re.fullmatch(r"(.+?)\s+([\w-]+?)s?", s)  # [\w-]: "une demi-douzaine"
    if m and m.group(2) in vocab.approx:
        # "une centaine" = 100, "deux centaines" = 200; "des centaines" is no number.
        head = m.group(1)
        return vocab.approx[m.group(2)] * (1 if head in ("un", "une") else parse_number(head, vocab))
    value = parse_words(s, vocab)
    if frac:
        last = re.split(r"[\s-]+", s)[-1]
        scale = vocab.scales.get(last, 1) if last in vocab.word_scales else 1
        return _clean_number_value(value + frac * scale)
    return value
