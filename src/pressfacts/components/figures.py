"""Figures: quantities in digits or French words, with the counted thing and a qualifier.

    "pas moins de 14.602 contrôles routiers"     -> value 14602, unit "contrôles routiers", at_least
    "une cinquantaine d'hommes"                  -> value 50, unit "hommes", approx
    "âgés de 25 à 60 ans"                        -> value 25, value_max 60, unit "ans"
    "12 sénateurs LR, 8 PS et 3 centristes"      -> 12, 8 and 3, unit "sénateurs" for all three
    "par 312 voix contre 45"                     -> 312 and 45 "voix"

The counted thing is the noun the number modifies: the next noun (across a no-break space or a closing quote),
the head the parser gives a `nummod`, the noun after "de" for a scale or an approximate noun ("4 millions de
foyers"), or the noun of the figure a list or a vote shares. Years, day numbers (inside dates), clock times,
ordinals, references ("acte 10", "article 3"), names ("LBD 40") and "un"/"une" as articles are not figures.
The vocabulary (qualifiers, scales, fractions, approximate nouns, units, reference words) is data: the rows of
the word file the component is initialized with (pipelines/figure_words.jsonl by default).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import ensure_path

from ..extensions import doc_text, register_extensions, set_span_group, token_starts
from ..settings import alternation, read_jsonl, save_rows
from .numbers import TEXT_DIGITS, Number, NumberWords, parse_digits, parse_number
from .regex_needs import with_first_chars

FIGURE_WORDS = "figure_words.jsonl"
# Grammar: what may separate the members of a list, a range, a vote.
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:et|ou))\s*")
# A label or a place may follow a member before the separator: "12 sénateurs LR, 8 PS et 3 centristes",
# "700 à Lyon, 520 à Tours ou encore 50 à Privas".
_CAP = r"(?-i:[A-ZÉÈ][\w'’.-]*)"
_SHARE_GAP = re.compile(
    rf"(?:\s+(?:comme\s+)?(?:à|au|aux|en|dans)\s+{_CAP}(?:[\s-]+{_CAP})*|\s+{_CAP})*"
    r"\s*(?:,|,?\s*(?:et|ou)(?:\s+encore)?|contre|face à)\s*",
    re.IGNORECASE,
)
# The same sentence, ending with a word that carries the noun over: "215 personnes ont été contrôlées et 90
# conduites au poste", "une vingtaine de riverains ont été évacués, dont trois relogés".
_CARRY_GAP = re.compile(r"\s*[»”\"]?[^.;:!?«»“”\n]{0,80}(?:\bet|,|\bcontre|\bdont)\s*", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:à|et|ou|-|–)\s*")
_STEP_GAP = re.compile(r"\s*(?:,\s*)?(?:à|puis|et|ou)\s*")
# "entre 40 % et 70 %": a range whose symbol is written after both numbers (not "passer de 10 % à 15 %": a change)
_SYMBOL_GAP = re.compile(r"\s*(?P<sym>%|€|\$)\s*(?:à|et)\s*")
_RANGE_OPENER = re.compile(r"\bentre\s*[«\"“]?\s*$", re.I)
# A sports score: "81-67", "(2 - 3)"; only when no counted thing follows ("18-25 ans" is a range).
# Written digit first, its look-behind after it ("(?<![\w.,])\d{1,3}" as "\d(?<![\w.,]\d)\d{0,2}"): the same matches,
# and the engine skips straight to the digits instead of testing the look-behind at every character (2.5x faster).
_SCORE = re.compile(r"\d(?<![\w.,]\d)\d{0,2}\s?[-–]\s?\d{1,3}(?![\w.,%])")
# A ratio: "sept Français sur dix", "un salarié sur trois": a proportion, not a count (like "deux tiers").
_RATIO_GAP = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}sur\s+", re.IGNORECASE)
_SCORE_A = re.compile(r"\d(?<![\w.,]\d)\d{0,2}\s+à\s+\d{1,3}(?![\w.,%])")  # digit first, as _SCORE
_RATIO_BASES = {2, 3, 4, 5, 10, 100, 1000}
_RATIO_BEFORE = re.compile(r"\b(?:un|une)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+sur\s+$", re.IGNORECASE)
_QUOTES = " \u00a0\u202f\u2009«»“”\"'’"
_DE = {"de", "d'", "d’"}


@dataclass(frozen=True)
class FigureWords:
    """The vocabulary of one word file, with the regexes built from it."""

    numbers: NumberWords
    qualifiers: dict[str, str]
    unit_stops: frozenset[str]
    reference_words: frozenset[str]
    pronoun_before: frozenset[str]
    nominal_participles: frozenset[str]
    people_adjectives: frozenset[str]  # "civils", "mineurs": adjectives naming people, a noun after a number
    prenominal: frozenset[str]  # "nouveaux", "autres": adjectives before the counted noun, skipped for its head
    count_nouns: frozenset[str]
    copulas: frozenset[str]
    clock_units: frozenset[str]
    duration_before: frozenset[str]
    date_units: frozenset[str]  # "16 jan": a month after a number makes a date, not a count
    fraction_nouns: frozenset[str]  # "un tiers", "deux tiers": fractions are not figures
    partitive_determiners: frozenset[str]  # "deux de ses proches": the count is of the noun after them
    clock_nouns: frozenset[str]  # "vers 16 heures": an hour of the day after a clock word (clock_before)
    clock_before: frozenset[str]
    article_after: frozenset[str]  # "un certain point": "un" before these is an article
    restate_before: frozenset[str]  # "soit 3 millions": the count restates the one before it
    elided_nouns: frozenset[str]  # "blessé 12 autres": the counted noun is elided
    anaphor_before: frozenset[str]  # "ces 8 200": a determiner that points back to a count said before
    time_nouns: frozenset[str]  # "ans", "jours": a unit a count said later never takes over from
    idiom_rx: re.Pattern[str]  # "deux poids, deux mesures": fixed expressions whose numbers count nothing
    score_rx: re.Pattern[str]  # "a battu", "victoire": a result "4 à 2" after them is a score
    number_rx: re.Pattern[str]
    qualifier_rx: re.Pattern[str]
    symbol_rx: re.Pattern[str]
    rows: tuple[dict[str, Any], ...]

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, Any]]) -> FigureWords:
        rows = tuple(rows)

        def words(kind: str) -> frozenset[str]:
            return frozenset(r["word"].lower().replace("’", "'") for r in rows if r.get("kind") == kind)

        quals = {r["text"].lower().replace("’", "'"): r["qualifier"] for r in rows if r.get("kind") == "qualifier"}
        nums = NumberWords.from_rows(rows)
        symbols = [r["word"] for r in rows if r.get("kind") == "symbol_unit"]
        return cls(
            numbers=nums,
            qualifiers=quals,
            unit_stops=words("unit_stop"),
            reference_words=words("reference_word"),
            pronoun_before=words("pronoun_before"),
            nominal_participles=words("nominal_participle"),
            people_adjectives=words("people_adjective"),
            prenominal=words("prenominal_adjective"),
            count_nouns=words("count_noun"),
            copulas=words("copula"),
            clock_units=words("clock_unit"),
            duration_before=words("duration_before"),
            date_units=words("date_unit"),
            fraction_nouns=words("fraction_noun"),
            partitive_determiners=words("partitive_determiner"),
            clock_nouns=words("clock_noun"),
            clock_before=words("clock_before"),
            article_after=words("article_after"),
            restate_before=words("restate_before"),
            elided_nouns=words("elided_noun"),
            anaphor_before=words("anaphor_before"),
            time_nouns=words("time_noun"),
            idiom_rx=_idiom_pattern([r["text"] for r in rows if r.get("kind") == "idiom"]),
            score_rx=re.compile(rf"(?<![\w])(?:{alternation(list(words('score_word'))) or '(?!)'})(?![\w])", re.IGNORECASE),
            # Every number starts where no word character stands before it: checking that first lets the engine
            # skip positions inside words at once (2.5x faster over real articles, same matches); the look-ahead of
            # the characters a number opens with (digits, signs, the number words' first letters) before it leaves
            # most other positions at once too (40% less again, same matches).
            number_rx=with_first_chars(re.compile(rf"(?<![\w])(?:{_number_pattern(nums)})", re.IGNORECASE)),
            qualifier_rx=re.compile(rf"(?<![\w])(?P<q>{alternation(list(quals))})\s*$", re.IGNORECASE),
            symbol_rx=re.compile(rf"(?:{alternation(symbols)})(?![\w²³])"),
            rows=rows,
        )

    @classmethod
    def from_path(cls, path: str | Path) -> FigureWords:
        return cls.from_rows(read_jsonl(path))


def _idiom_pattern(idioms: list[str]) -> re.Pattern[str]:
    """Fixed expressions, commas and hyphens between their words optional ("deux poids, deux mesures")."""
    alts = [alternation([i]).replace(r"\s+", r"[\s,-]+") for i in idioms]
    return re.compile(rf"(?<![\w])(?:{_by_first_letter(idioms, alts) or '(?!)'})(?![\w])", re.IGNORECASE)


def _by_first_letter(words: list[str], alts: list[str]) -> str:
    """The alternation of the words' patterns grouped by their first letter ("d(?:eux poids...|ix...)|t(?:rois...)"):
    the engine then tries at each word only the few that can start there, not all of them in turn. The same
    matches: only one group can match at a position, and each group keeps the words' order. A pattern that does
    not start with its word's first letter is left as it is."""
    if not all(w[:1].isalpha() and len(w[0].lower()) == 1 and a[:1] == w[0] for w, a in zip(words, alts, strict=True)):
        return "|".join(alts)
    groups: dict[str, list[str]] = {}
    for w, a in zip(words, alts, strict=True):
        groups.setdefault(w[0].lower(), []).append(a[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _number_pattern(nums: NumberWords) -> str:
    """Three kinds of numbers: approximate nouns ("une vingtaine"), digits (signed, with a scale and a fraction:
    "-1,8", "4,5 k", "2 millions et demi", "3 Md"), words ("soixante-douze", "quatre milliards et un quart")."""
    approx = alternation(list(nums.approx))
    word_run = nums.word_pattern()
    frac = nums.fraction_pattern()
    digits = rf"(?:(?<![^\s(\[])[-−+])?(?:{TEXT_DIGITS})"
    return (
        rf"(?P<approx>(?:(?:une?|{word_run}|{TEXT_DIGITS})\s+)?(?:{approx})s?)(?![\w])"
        rf"(?:\s+d[e']\s*(?P<ascale>(?:{approx}|{alternation(list(nums.word_scales))})s?)(?![\w]))?"
        # "18-25 ans": digits after a hyphen count when a number stands before it (a range or a score)
        rf"|(?<![\w.,/°:])(?<![^\d]-)"
        rf"(?P<digits>{digits})(?:[ \u00a0\u202f»”\"]*(?P<dscale>{nums.scale_pattern()})(?![\w]){frac})?"
        # "700EUR": a currency code may be glued; "17/20", "24/7", "1/2": a grade, a score or a fraction, not a count
        rf"(?!(?!EUR)\w)(?![.,:/]\d)"
        rf"|(?<![\w-])(?P<words>{word_run}{frac})(?![\w-])"
    )


@dataclass
class NumberMatch:
    start: int
    end: int
    value: Number
    kind: str  # "digits" | "words" | "approx"
    factor: float = 1  # the scale of "4 millions" (1 000 000); 1 without a scale

    @property
    def scaled(self) -> bool:
        return self.factor != 1 or self.kind == "approx"


def find_numbers(text: str, vocab: FigureWords) -> list[NumberMatch]:
    """Numbers in text (digits with French separators, words, "une cinquantaine", "1,5 million")."""
    out: list[NumberMatch] = []
    for m in vocab.number_rx.finditer(text):
        try:
            if m.group("approx"):
                value = parse_number(m.group("approx"), vocab.numbers)
                if m.group("ascale"):  # "une centaine de milliers" = 100 000
                    value *= _scale_word(m.group("ascale"), vocab.numbers)
                out.append(NumberMatch(m.start(), m.end(), value, "approx"))
            elif m.group("digits"):
                base = parse_digits(m.group("digits"))
                # "entre 3 et 4 » millions": a closing quote may stand between the digits and the scale
                scaled = re.sub(r"[»”\"]", " ", m.group(0))
                value = parse_number(scaled, vocab.numbers) if m.group("dscale") else base
                out.append(NumberMatch(m.start(), m.end(), value, "digits", value / base if base else 1))
            else:
                w = m.group("words").lower()
                if w in {"un", "une"} and qualifier_before(text, m.start(), vocab)[0] in {"exact", "approx"} \
                        and not _paired_count(text, m, vocab):
                    continue  # an article ("autour d'une route"); but "plus d'une décennie" counts one
                nxt = re.match(r"\s+(\w+)", text[m.end() : m.end() + 20])
                if w in {"un", "une"} and nxt and nxt.group(1).lower() in vocab.article_after:
                    continue  # "jusqu'à un certain point": an article whatever the qualifier
                out.extend(_word_numbers(m, vocab))
        except ValueError:
            continue
    return out


# "un mort et 35 blessés", "12 blessés et un mort": "un"/"une" and its noun joined to a count of another noun
_PAIR_AFTER = re.compile(r"[^\S\n]+[^\W\d_]{3,}(?:[^\S\n]+(?:et|ainsi\s+que)|,)[^\S\n]+(?=\d)")
_PAIR_BEFORE = re.compile(r"\d[^\S\n]+(?P<noun>[^\W\d_]{3,})[^\S\n]+(?:et|ainsi\s+que)[^\S\n]+$")
_PAIR_COUNT = re.compile(r"\d[\d\s\u00a0\u202f]*\s+(?P<noun>[^\W\d_]{3,})")


def _paired_count(text: str, m: re.Match[str], vocab: FigureWords) -> bool:
    """"la collision a fait un mort et 35 blessés": "un" counts one when a count in digits of another noun is joined to it; not
    an age or a duration ("entre un mineur de 14 ans et un adulte")."""
    after = _PAIR_AFTER.match(text, m.end())
    other = _PAIR_COUNT.match(text[after.end() : after.end() + 30]) if after is not None else \
        _PAIR_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
    return other is not None and other.group("noun").lower() not in vocab.time_nouns


def _symbol_range(text: str, n: NumberMatch, nxt: NumberMatch) -> bool:
    gap = _SYMBOL_GAP.fullmatch(text, n.end, nxt.start)
    return gap is not None and text[nxt.end : nxt.end + 3].lstrip().startswith(gap.group("sym")) \
        and _RANGE_OPENER.search(text[max(0, n.start - 12) : n.start]) is not None


def _scale_word(word: str, nums: NumberWords) -> int:
    """1000 for "milliers", 10**6 for "millions"."""
    w = word.lower()
    for key in (w, w.rstrip("s")):
        if key in nums.approx:
            return nums.approx[key]
        if key in nums.word_scales:
            return nums.scales[key]
    raise ValueError(word)


_AND = re.compile(r"\s+et\s+", re.IGNORECASE)


def _word_numbers(m: re.Match[str], vocab: FigureWords) -> list[NumberMatch]:
    """One number in words, the two ends of a hyphenated range ("sept-huit jours"), or two numbers joined by "et"
    that make no one number ("entre deux et trois millions", "respectivement trois et deux jours"; not "vingt et un")."""
    w = m.group("words").lower()
    try:
        value = parse_number(m.group(0), vocab.numbers)
        return [NumberMatch(m.start(), m.end(), value, "words", _words_factor(w, vocab.numbers))]
    except ValueError:
        joined = _AND.search(m.group(0))
        if joined is not None:
            left, right = m.group(0)[: joined.start()], m.group(0)[joined.end() :]
            a, b = parse_number(left, vocab.numbers), parse_number(right, vocab.numbers)  # ValueError: no number
            return [NumberMatch(m.start(), m.start() + len(left), a, "words", _words_factor(left.lower(), vocab.numbers)),
                    NumberMatch(m.start() + joined.end(), m.end(), b, "words", _words_factor(right.lower(), vocab.numbers))]
        left, _, right = m.group(0).rpartition("-")
        a, b = parse_number(left, vocab.numbers), parse_number(right, vocab.numbers)  # ValueError: no number
        if not a < b:
            raise
        cut = m.start() + len(left)
        return [NumberMatch(m.start(), cut, a, "words"), NumberMatch(cut + 1, m.end(), b, "words")]


def _words_factor(words: str, nums: NumberWords) -> float:
    """1 000 000 for "deux millions (et demi)": the scale word that ends a number in words."""
    last = [w for w in re.split(r"[\s-]+", words) if w in nums.word_scales]
    return nums.scales[last[-1]] if last and words.split()[-1] not in nums.words - nums.word_scales else 1


def qualifier_before(text: str, start: int, vocab: FigureWords) -> tuple[str, int]:
    """("approx", start of "près de") when a qualifier ends right before start, else ("exact", start)."""
    m = vocab.qualifier_rx.search(text[max(0, start - 30) : start])
    if not m:
        return "exact", start
    key = re.sub(r"\s+", " ", m.group("q").lower().replace("’", "'"))
    return vocab.qualifiers.get(key, "exact"), start - len(m.group(0))


@dataclass
class _Context:
    doc: Doc
    text: str
    vocab: FigureWords
    tok_start: dict[int, int]

    def token_at(self, char: int) -> Token | None:
        """The token covering a character offset."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None


def _unit(ctx: _Context, n: NumberMatch) -> tuple[str | None, int]:
    """The counted thing after a number: a symbol ("%", "€"), or NOUN (+ ADJ...) (+ "par" NOUN)."""
    text, doc, vocab = ctx.text, ctx.doc, ctx.vocab
    pos = n.end
    while pos < len(text) and text[pos] in _QUOTES:
        pos += 1  # "environ 300» manifestants", "200 « gilets jaunes »"
    sym = vocab.symbol_rx.match(text, pos)
    if sym:
        return sym.group(0), sym.end()
    i = ctx.tok_start.get(pos)
    if i is None:
        return None, n.end
    if i + 3 < len(doc) and doc[i].pos_ == "DET" and doc[i + 1].lower_ in vocab.count_nouns and doc[i + 2].lower_ in _DE:
        i += 3  # "ce qui élève à cinq le nombre de blessés"
    after_de = n.scaled and doc[i].lower_ in _DE and i + 1 < len(doc)
    if after_de:
        # "1,5 million d'euros", "une cinquantaine d'hommes", "4 millions de foyers", "une trentaine de « gilets »"
        i += 1
        while i + 1 < len(doc) and (doc[i].is_quote or doc[i].is_space):
            i += 1
        sym = vocab.symbol_rx.match(text, doc[i].idx)
        if sym:
            return sym.group(0), sym.end()
    # "13 blessés", "deux morts", "1876 civils": participles and adjectives used as nouns
    nominal = doc[i].lower_ in vocab.nominal_participles or (
        doc[i].lower_ in vocab.people_adjectives and not _before_noun(doc, i, vocab))
    j = i if nominal or _nominal_participle(doc[i]) else _noun_after(ctx, n, i, after_de)
    if j is None and (p := _partitive_noun(ctx, n, i)) is not None:
        i = j = p  # "onze des suspects", "deux de ses proches": the count is of the noun after "des"
    if j is None and (before := _noun_before_parenthesis(ctx, n)) is not None:
        return before, n.end  # "les parties civiles (1 700)"
    if j is None and (subject := _copula_subject(ctx, n)) is not None:
        return subject.text, n.end  # "les manifestants étaient 700": the count is the subject's
    if j is None or doc[j].lower_ in vocab.unit_stops or not doc[j].is_alpha:
        return None, n.end
    k = j + 1
    # Adjectives join the unit ("procédures judiciaires") unless they open a complement ("âgés de").
    while k < len(doc) and (
        (doc[k].pos_ == "NOUN" and doc[k].dep_ == "amod")  # "mètres cubes"
        or (doc[k].pos_ == "ADJ" and not (k + 1 < len(doc) and doc[k + 1].lower_ in {*_DE, "à"}))
    ):
        k += 1
    # "sapeurs-pompiers": tokens glued by a hyphen stay together
    while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
        k += 2
    # "visites par mois", "euros par an"
    if k + 1 < len(doc) and doc[k].lower_ == "par" and doc[k + 1].pos_ == "NOUN":
        k += 2
    last = doc[k - 1]
    # "d'autres «gilets jaunes»": a quote glued to a word stays out of the counted thing
    unit = re.sub(r"\s+", " ", re.sub(r"[«»“”]", " ", text[doc[i].idx : last.idx + len(last.text)])).strip()
    return unit, last.idx + len(last.text)


def _before_noun(doc: Doc, i: int, vocab: FigureWords) -> bool:
    """An adjective before its noun ("deux jeunes suspects", "trois jeunes blessés") is no noun of its own."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.is_alpha and (nxt.pos_ == "NOUN" or nxt.lower_ in vocab.nominal_participles)


def _nounlike(tok: Token, loose: bool) -> bool:
    """A noun, or a lowercase word the tagger calls a name ("trois wilayas"); after "millions de" (loose) any
    lowercase content word is the counted thing ("4 millions de musulmans", tagged ADJ)."""
    if tok.pos_ == "NOUN":
        return True
    if not (tok.is_alpha and tok.is_lower):
        return False
    return tok.pos_ in {"PROPN", "X"} or (loose and tok.pos_ in {"ADJ", "VERB"})


def _nominal_participle(tok: Token) -> bool:
    """A bare plural participle right after a number counts people: "14 interpellés et 3 blessés"; one
    with a complement is an elided verb ("215 personnes contrôlées et 90 conduites au poste")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.pos_ == "CCONJ"):
        return False
    participle = "Part" in tok.morph.get("VerbForm") or re.search(r"é(?:e)?s$", tok.lower_) is not None
    return tok.is_alpha and tok.is_lower and tok.pos_ in {"VERB", "ADJ"} and participle and "Plur" in tok.morph.get("Number")


def _partitive_noun(ctx: _Context, n: NumberMatch, i: int) -> int | None:
    """The noun after "des" / "de ses" (a count taken out of a group): "onze des suspects", "deux de ses
    soldats". Not after a year ("en 2015 des élèves")."""
    doc = ctx.doc
    if i + 2 >= len(doc) or _year_like(ctx.text, n):
        return None
    if doc[i].lower_ == "des":
        k = i + 1
    elif doc[i].lower_ in _DE and doc[i + 1].lower_ in ctx.vocab.partitive_determiners:
        k = i + 2
    else:
        return None
    while k < len(doc) - 1 and (doc[k].is_quote or doc[k].is_space):
        k += 1
    return k if doc[k].pos_ == "NOUN" and doc[k].is_lower else None


def _noun_before_parenthesis(ctx: _Context, n: NumberMatch) -> str | None:
    """The noun (with its adjectives) just before "(N)": "les parties civiles (1 700)" counts parties civiles."""
    text, doc = ctx.text, ctx.doc
    if not (text[n.start - 1 : n.start] == "(" and text[n.end : n.end + 1] == ")"):
        return None
    tok = ctx.token_at(n.start - 1)
    if tok is None or tok.i == 0:
        return None
    k = tok.i - 1
    while k > 0 and doc[k].pos_ == "ADJ" and doc[k - 1].pos_ in {"ADJ", "NOUN"}:
        k -= 1
    if doc[k].pos_ != "NOUN" or not doc[k].is_lower:
        return None
    return text[doc[k].idx : doc[tok.i - 1].idx + len(doc[tok.i - 1].text)]


def _noun_after(ctx: _Context, n: NumberMatch, i: int, loose: bool = False) -> int | None:
    """Index of the counted noun from token i on: the next noun after at most two adjectives ("trois autres
    personnes"), else the noun the parser makes the number's `nummod` head, if it is close on the right."""
    doc = ctx.doc
    j = i
    while j < len(doc) and j - i < 3 and doc[j].pos_ == "ADJ" and j + 1 < len(doc):
        if doc[j + 1].is_quote and j + 2 < len(doc) and doc[j + 2].pos_ == "NOUN":
            return j + 2  # "une vingtaine d'autres « gilets jaunes »"
        if doc[j + 1].pos_ not in {"ADJ", "NOUN"}:
            break
        j += 1
    if j > i and j < len(doc) and doc[j].lower_ in ctx.vocab.unit_stops and doc[i].is_lower \
            and re.search(r"[sx]$", doc[i].text):
        return i  # "153 lycéens jeudi": a plural tagged ADJ before a weekday is the counted noun
    if j < len(doc) and _nounlike(doc[j], False):
        return j
    last = ctx.token_at(n.end - 1)
    if last is not None and last.pos_ != "NUM" and "." in last.text and j == i and _plural_word(doc[j]):
        return j  # "9.228 tirs de lanceurs": a misread number spoils the tags after it
    last = ctx.token_at(n.end - 1)
    if last is not None and last.dep_ == "nummod" and last.head.pos_ == "NOUN" and 0 <= last.head.i - i <= 2:
        head = last.head
        if head.is_alpha and not head.is_upper and all(t.pos_ in {"ADJ", "VERB"} for t in doc[i : head.i]):
            return head.i
    return i if loose and i < len(doc) and _nounlike(doc[i], loose) else None


def _plural_word(tok: Token) -> bool:
    """A lowercase plural adjective or non-finite verb form: a noun mistagged after a misread number."""
    return tok.is_alpha and tok.is_lower and tok.pos_ in {"ADJ", "VERB"} and "Plur" in tok.morph.get("Number") \
        and "Fin" not in tok.morph.get("VerbForm")


def _whole(value: float) -> Number:
    return int(value) if float(value).is_integer() else value


def _copula_subject(ctx: _Context, n: NumberMatch) -> Token | None:
    """The noun subject of "être" when the number is its attribute: "les manifestants étaient 700"."""
    tok = ctx.token_at(n.end - 1)
    if tok is None or not tok.like_num:
        return None
    kids = {c.dep_: c for c in tok.children}
    cop, subj = kids.get("cop"), kids.get("nsubj")
    if cop is not None and subj is not None and subj.pos_ == "NOUN" and subj.i < tok.i:
        return _counted_in(ctx, subj)
    # No-break spaces often spoil the parse: read "NOUN être (quelque) NUM" from the words themselves; "étaient
    # d'environ 300", "sont au nombre de 40", "est de l'ordre de 200": the words between are no noun.
    first = ctx.token_at(qualifier_before(ctx.text, n.start, ctx.vocab)[1]) or tok
    before = [t for t in ctx.doc[max(0, first.i - 8) : first.i] if not t.is_space]
    while before and len(before) > 2 and before[-1].lower_ in _COPULA_LINKS:
        before.pop()
    if len(before) >= 2 and before[-1].lower_ in ctx.vocab.copulas and before[-2].pos_ == "NOUN":
        return _counted_in(ctx, before[-2])
    return None


# Words between "être" and its number that say nothing counted: "d'environ", "au nombre de", "de l'ordre de".
_COPULA_LINKS = frozenset({"de", "d'", "d’", "l'", "l’", "ordre", "nombre", "au"})


def _counted_in(ctx: _Context, subj: Token) -> Token:
    """"le nombre de manifestants était de 8 000": the noun a count noun counts, else the subject itself."""
    doc = ctx.doc
    while subj.dep_ == "nmod" and subj.head.pos_ == "NOUN" and subj.head.i < subj.i:
        subj = subj.head  # "les points de contrôle étaient 250": the points, not the checking
    if subj.lower_ in ctx.vocab.count_nouns and subj.i + 2 < len(doc) and doc[subj.i + 1].lower_ in _DE \
            and doc[subj.i + 2].pos_ == "NOUN":
        return doc[subj.i + 2]
    return subj


def _word_before(text: str, start: int) -> str:
    words = re.findall(r"[\w°.]+['’]?|[^\w\s]", text[max(0, start - 24) : start])
    if not words:
        return ""
    word = words[-1].lower().replace("’", "'")
    # "Paris.Tous deux": a sentence glued to the previous one by a lost space
    return word.rsplit(".", 1)[-1] if "." in word[:-1] and word.rsplit(".", 1)[-1] else word


def _not_a_count(ctx: _Context, n: NumberMatch, unit: str | None, qualifier: str) -> bool:
    """Numbers without a counted thing that are references, names, clock times, years or pronouns."""
    text, vocab = ctx.text, ctx.vocab
    before = _word_before(text, n.start)
    if before in vocab.reference_words:
        return True  # "article 3", "acte 10"
    after = text[n.end : n.end + 8]
    if n.kind == "digits" and re.match(r"\s*h\s*\d\d", after):
        return True  # "14 h 30"
    if n.kind == "digits" and re.search(r"\d\s*h\s*$", text[max(0, n.start - 6) : n.start]):
        return True  # the minutes of "10 h 00"
    line_start = text.rfind("\n", 0, n.start) + 1
    if n.kind == "digits" and text[line_start : n.start].strip() in {"", "("} and re.match(r"[.)]\s", after):
        return True  # "1. Évitez ...", "2) ...", "(1) ...": the items of a numbered list or footnotes
    if n.kind == "digits" and n.value <= 30 and re.search(r"(?:^|[.!?*:]\s+)$", text[line_start : n.start]) \
            and re.match(r"\s?[-–.)]\s+(?-i:[A-ZÉÈÀÇ])", after):
        return True  # "... lundi. 1- Le nouveau directeur ...": an item numbered inside a paragraph
    head = unit.split()[0].lower() if unit else ""
    if head in vocab.date_units or head in vocab.fraction_nouns:
        return True  # "16 jan" is a date; "un tiers", "deux tiers" are fractions
    if unit and unit.lower() in vocab.clock_units and before not in vocab.duration_before and qualifier == "exact":
        return True  # "à 14 h", "(1 h à Montréal)"; not "pendant 3 h"
    if unit and unit.lower() in vocab.clock_nouns and before in vocab.clock_before and qualifier == "exact" \
            and float(n.value).is_integer() and n.value <= 24:
        return True  # "vers 16 heures", "à 9 heures": an hour of the day; not "pendant 36 heures"
    if re.match(r"(?:\s*(?:à|-|–|et)\s*\d+)?\s*(?:avant|av\.|après|apr\.)\s*J\.?-?C", text[n.end : n.end + 24]):
        return True  # "(323 à 30 avant J.-C.)": years of the ancient calendar
    prev = ctx.token_at(n.start - 2) if n.start >= 2 and text[n.start - 1] in " \u00a0\u202f" else None
    if prev is not None and prev.is_alpha and len(prev) > 1 and prev.is_upper and unit != "%":
        return True  # "LBD 40", "RN 7": a number right after an acronym is part of a name; "le RN 30 %" is a share
    if unit is not None or qualifier != "exact":
        return False
    s = text[n.start : n.end]
    if _year_like(text, n):
        return True  # a year
    if after.startswith(")") and text[n.start - 1 : n.start] != "(":
        return True  # "1)"; but "(1 700)" counts
    if before in vocab.pronoun_before and not (n.kind == "digits" and n.value > 31):
        return True  # "le 17", "les trois", "tous deux"; but "les 25 000" counts
    if n.kind == "words" and s.lower() in {"neuf", "zéro"}:
        return True  # "neuf" without a noun is "new"; a bare "zéro" is a manner of speaking ("tolérance zéro")
    if n.kind == "digits" and text[n.start].isdigit() and n.value < 10 and text[n.start - 1 : n.start] == "(" \
            and after.startswith(")"):
        return True  # "Omar (1)": a footnote call; "(1 700)" after its noun counts (handled before, with a unit)
    # "Europe 1", "Ligue 2": a bare number right after a capitalized word is part of a name.
    return prev is not None and prev.is_alpha and prev.is_title and not prev.is_sent_start


def _outside(numbers: list[NumberMatch], spans: list[tuple[int, int]]) -> list[NumberMatch]:
    """The numbers that overlap none of the (start, end) spans. One binary search per number instead of a look
    at every span (each entity and date of the article): among the spans that start before the number ends, the
    one reaching furthest tells whether any reaches into it."""
    spans = sorted(spans)
    starts = [s for s, _e in spans]
    reach = list(itertools.accumulate((e for _s, e in spans), max))
    out = []
    for n in numbers:
        k = bisect_left(starts, n.end)  # spans[:k] start before the number ends
        if k == 0 or reach[k - 1] <= n.start:
            out.append(n)
    return out


def _year_like(text: str, n: NumberMatch) -> bool:
    return n.kind == "digits" and n.factor == 1 and re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", text[n.start : n.end]) is not None


def extract_figures(doc: Doc, vocab: FigureWords, exclude: list[tuple[int, int]] | None = None) -> list[dict[str, object]]:
    """Figures of a tagged Doc; spans in `exclude` (dates, names) are not figures."""
    text = doc_text(doc)
    excl = [*(exclude or []), *((m.start(), m.end()) for m in vocab.idiom_rx.finditer(text))]
    scores = [(m.start(), m.end()) for m in _SCORE.finditer(text)]
    scores += [(m.start(), m.end()) for m in _SCORE_A.finditer(text)
               if vocab.score_rx.search(text[max(0, m.start() - 40) : m.start()])]  # "a battu Boston 4 à 2"
    ctx = _Context(doc, text, vocab, token_starts(doc))
    numbers = _outside(find_numbers(text, vocab), excl)
    out: list[dict[str, object]] = []
    i = 0
    while i < len(numbers):
        n, value_max, last = numbers[i], None, numbers[i]
        value: Number = n.value
        # Ranges: "de 25 à 60 ans", "14 et 15 ans", "entre 200 et 300 personnes", "deux ou trois";
        # not the end of a list ("29, 35 et 52 ans").
        in_list = i > 0 and re.fullmatch(r"\s*,\s*", text[numbers[i - 1].end : n.start]) is not None
        if i + 1 < len(numbers) and not in_list:
            nxt = numbers[i + 1]
            # "de 9 à 6 milliards" falls within one scale; "de 500 à 1 million" is a range
            falling = nxt.factor > 1 and not n.scaled and nxt.value / nxt.factor < n.value < 100
            if (_RANGE_GAP.fullmatch(text[n.end : nxt.start]) or _symbol_range(text, n, nxt)) and nxt.value > n.value \
                    and not falling:
                value_max, last = nxt.value, nxt
                i += 1
                if nxt.factor > 1 and not n.scaled and n.value * nxt.factor <= nxt.value:
                    value = n.value * nxt.factor  # "entre 3 et 4 millions": the scale applies to both
            elif _STEP_GAP.fullmatch(text[n.end : nxt.start]) and nxt.factor > 1 and not n.scaled and n.value < 1000:
                value = _whole(n.value * nxt.factor)  # "5 puis 20 millions", "de 9 à 6 milliards": one scale
        i += 1
        unit, end = _unit(ctx, last)
        demi = re.match(r"\s+et\s+demie?\b", text[end : end + 12])
        if demi and unit and value_max is None and float(value).is_integer():
            value, end = value + 0.5, end + demi.end()  # "deux mois et demi" = 2.5 mois
        if value_max is not None and unit is None and all(_year_like(text, m) for m in (n, last)):
            continue  # "les années 1970 ou 1990"
        qualifier, start = qualifier_before(text, n.start, vocab)
        if unit is None and n.kind == "digits" and any(a <= n.start < b for a, b in scores):
            continue  # "81-67", "(2 - 3)": a score, neither number counts anything
        if value_max is None and _not_a_count(ctx, n, unit, qualifier):
            continue
        if unit is None and n.kind == "approx" and text[max(0, n.start - 4) : n.start].lower().strip() == "des":
            continue
        if n.kind == "approx" and qualifier == "exact":
            qualifier = "approx"
        fig = {"start": start, "end": end, "text": text[start:end], "value": value, "value_max": value_max,
               "unit": unit, "qualifier": qualifier}
        out.append(fig)
    out = _drop_ratios(text, out, vocab.prenominal)
    _share_units(doc, out, vocab)
    _restated_units(doc, out, vocab)
    _series_units(doc, out, vocab)
    return out


def _head(unit: object, prenominal: frozenset[str]) -> str:
    """The counted noun a unit names: its first word, past adjectives that stand before the noun ("nouveaux membres"
    -> "membres")."""
    words = str(unit).split()
    return next((w for w in words if w.lower() not in prenominal), words[0])


def _drop_ratios(text: str, figures: list[dict[str, Any]], prenominal: frozenset[str]) -> list[dict[str, Any]]:
    """Without both terms of a ratio: "sept Français sur dix", "un salarié sur trois" (a proportion, as
    "deux tiers" is; the guidelines count neither). A total out of which a count is taken shares its noun:
    "12 sièges sur 40"."""
    drop: set[int] = set()
    for k, b in enumerate(figures):
        if b["unit"] is not None or b["value_max"] is not None:
            continue
        if b["value"] not in _RATIO_BASES:  # "12 sièges sur 40" counts seats; "sept sur dix" is a proportion
            a = figures[k - 1] if k > 0 else None
            if a is not None and a["unit"] and re.fullmatch(r"\s+sur\s+", text[a["end"] : b["start"]]):
                b["unit"] = _head(a["unit"], prenominal)
            continue
        if k > 0 and _RATIO_GAP.fullmatch(text[figures[k - 1]["end"] : b["start"]]) and figures[k - 1]["value"] < b["value"]:
            drop |= {k - 1, k}
        elif _RATIO_BEFORE.search(text[max(0, b["start"] - 50) : b["start"]]):
            drop.add(k)
    return [f for k, f in enumerate(figures) if k not in drop]


def _series_units(doc: Doc, figures: list[dict[str, Any]], vocab: FigureWords) -> None:
    """A bare count followed by a date or a place restates the thing counted before it in the paragraph:
    "300 000 manifestants le 17 novembre ... : 166 000 le 24 novembre", "les syndicats en ont compté 300 à
    Marseille". The noun is taken from the nearest earlier figure of the paragraph that counts a thing
    (not a duration such as "ans"); none, or a nearer figure that counts nothing named, the unit stays null."""
    text = doc_text(doc)
    date_starts = {d["start"] for d in (doc._.dates or [])}
    for k, fig in enumerate(figures):
        if fig["unit"] is not None or fig["value_max"] is not None:
            continue
        after = re.match(r"\s+(?:(?:le|les|du|au|à|en)\s+)?", text[fig["end"] : fig["end"] + 12])
        nxt = fig["end"] + (after.end() if after else 0)
        place = re.match(rf"\s+(?:à|au|en)\s+{_CAP}", text[fig["end"] : fig["end"] + 40]) is not None
        dated = after is not None and any(fig["end"] < d <= nxt for d in date_starts)
        if not (place or dated):
            continue
        for prev in reversed(figures[:k]):
            if "\n" in text[prev["end"] : fig["start"]] or fig["start"] - prev["end"] > 400:
                break
            if prev["unit"] is None:
                break  # "51 400 selon le ministère, dont 4000 à Paris": the series counts what the 51 400 count
            unit = str(prev["unit"])
            if unit[:1].isalpha() and unit.split()[0].lower() not in vocab.time_nouns:
                fig["unit"] = unit
                break


def _share_units(doc: Doc, figures: list[dict[str, Any]], vocab: FigureWords) -> None:
    """Units shared along lists: "âgés de 29, 35 et 52 ans" (backwards), "par 312 voix contre 45" and
    "12 sénateurs LR, 8 PS et 3 centristes" (forwards: the head noun of the first member)."""
    text = doc_text(doc)
    for a, b in zip(figures[::-1][1:], figures[::-1], strict=False):
        if re.search(r"\bcontre\s*$", text[max(0, a["start"] - 10) : a["start"]], re.IGNORECASE):
            continue  # "27 voix contre 9 et 3 abstentions": the 9 are votes (forwards, below)
        gap = text[a["end"] : b["start"]]
        step = re.fullmatch(r"\s+(?:à|puis)\s+", gap) and re.search(r"\bde\s*$", text[max(0, a["start"] - 4) : a["start"]])
        if a["unit"] is None and b["unit"] and (_LIST_GAP.fullmatch(gap) or re.fullmatch(r"\s+des\s+", gap) or step):
            a["unit"] = b["unit"]  # "29, 35 et 52 ans", "41 des 58 départements"
    # "2 540 blessés, dont 1 876 civils et 664 parmi les gendarmes": a subset named by an adjective (people_adjective
    # rows) after "dont"; the next member it elides counts what the whole counts (blessés), not civils
    parents = {id(b): _head(a["unit"], vocab.prenominal) for a, b in itertools.pairwise(figures)
               if a["unit"] and str(b["unit"] or "").lower() in vocab.people_adjectives
               and re.search(r"\bdont\s*$", text[a["end"] : b["start"]], re.IGNORECASE)}
    elided = False
    for a, b in itertools.pairwise(figures):
        gap = text[a["end"] : b["start"]]
        if not a["unit"] or not _SHARE_GAP.fullmatch(gap) or b["value_max"] is not None or _AMONG.match(text, b["end"]):
            elided = False
            continue  # ("deux d'entre eux" counts in a group named before: _restated_units)
        head = _head(a["unit"], vocab.prenominal)
        labelled = re.match(rf"\s+{_CAP}", gap) is not None
        if b["unit"] is None:
            b["unit"], elided = parents.get(id(a), head), labelled
        elif elided and labelled and " " not in str(b["unit"]):
            b["unit"] = head  # "8 PS et 3 centristes": the list elides "sénateurs"
    for a, b in itertools.pairwise(figures):
        gap = text[a["end"] : b["start"]]
        if not a["unit"] or not str(a["unit"])[0].isalpha() or b["value_max"] is not None or not _CARRY_GAP.fullmatch(gap) \
                or _AMONG.match(text, b["end"]):
            continue
        dont = gap.rstrip().lower().endswith("dont")
        if b["unit"] is None or (dont and str(b["unit"]).lower() in vocab.nominal_participles):
            b["unit"] = _head(a["unit"], vocab.prenominal)


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# "trois d'entre eux": a count taken out of a group named before
_AMONG = re.compile(r"\s*d['’]\s?entre\s+(eux|elles)\b", re.I)


def _restated_units(doc: Doc, figures: list[dict[str, Any]], vocab: FigureWords) -> None:
    """The counted noun of a figure that names none but refers to one said before: "un quart des salariés, soit
    4 millions" (the nearest plural noun before "soit"), "a tué une femme et blessé 12 autres" (the noun after
    the nearest "un"/"une", else the previous count of the sentence), "ces 8 200" (an earlier figure of the same
    value after a determiner that points back)."""
    text = doc_text(doc)
    for k, fig in enumerate(figures):
        if fig["unit"] is not None:
            continue
        before = _word_before(text, fig["start"])
        after = re.match(r"\s*(\w+)", text[fig["end"] : fig["end"] + 20])
        if before in vocab.restate_before:
            fig["unit"] = _noun_before(doc, fig["start"], plural=True)
        elif after is not None and after.group(1).lower() in vocab.elided_nouns:
            noun = _noun_before(doc, fig["start"], plural=False)
            prev = next((f for f in reversed(figures[:k]) if not _SENTENCE_END.search(text[f["end"] : fig["start"]])
                         and f["unit"] and str(f["unit"])[0].isalpha()), None)
            fig["unit"] = noun or (_head(prev["unit"], vocab.prenominal) if prev else None)
        elif before in vocab.anaphor_before and fig["value_max"] is None:
            same = next((f for f in figures[:k] if f["value"] == fig["value"] and f["unit"]), None)
            fig["unit"] = same["unit"] if same else None  # "8 200 manifestants ... ces 8 200": the same count
        elif (among := _AMONG.match(text, fig["end"])) is not None:
            fig["unit"] = _group_noun(doc, fig["start"], figures[:k], among.group(1).lower() == "elles", vocab)


def _group_noun(doc: Doc, start: int, earlier: list[dict[str, Any]], feminine: bool, vocab: FigureWords) -> str | None:
    """The group "N d'entre eux / elles" counts in, within its sentence: what an earlier figure of the sentence counts
    ("116 enquêtes …, dont dix d'entre elles"; "au moins 69 blessés par des tirs …, et 14 d'entre eux"), else the
    lowercase plural noun before it that is a subject, else the nearest one ("les grands groupes, même si 24 d'entre
    eux"); never a unit of time ("âgés de 20 à 40 ans : deux d'entre eux"), a source ("selon nos informations, une
    vingtaine d'entre eux"), nor a masculine one after "elles". Beyond the sentence the group is too often another
    noun: none."""
    text = doc_text(doc)
    cut = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    counted = [f for f in earlier if f["end"] > cut and f["unit"] and str(f["unit"])[:1].isalpha()
               and str(f["unit"]).split()[0].lower() not in vocab.time_nouns]
    if counted:
        return _head(counted[-1]["unit"], vocab.prenominal)
    span = doc.char_span(cut, start, alignment_mode="contract")
    nouns = [t for t in reversed(span or []) if t.pos_ == "NOUN" and t.is_lower and "Plur" in t.morph.get("Number")
             and t.lower_ not in vocab.time_nouns and not (feminine and "Masc" in t.morph.get("Gender"))
             and not any(x.lower_ in {"selon", "après"} for x in doc[max(span.start, t.i - 3) : t.i])]
    # the group the sentence is about before any other ("Les enseignants ont reçu des courriers, et 20 d'entre eux")
    subject = next((t for t in nouns if t.dep_ in {"nsubj", "nsubj:pass"}), None)
    return (subject or nouns[0]).text if nouns else None


def _noun_before(doc: Doc, start: int, plural: bool) -> str | None:
    """The nearest lowercase noun of the sentence before a character offset: a plural one (plural=True), or
    one right after "un"/"une" (the singular an elided "autres" takes up)."""
    cut = max((m.end() for m in _SENTENCE_END.finditer(doc_text(doc), 0, start)), default=0)
    span = doc.char_span(cut, start, alignment_mode="contract")
    if span is None:
        return None
    for tok in reversed(span):
        if tok.pos_ != "NOUN" or not tok.is_lower or tok.i - span.start < 1:
            continue
        if plural and "Plur" in tok.morph.get("Number"):
            return tok.text
        if not plural and doc[tok.i - 1].lower_ in {"un", "une"}:
            return tok.text
    return None


class FigureRecognizer:
    """Writes doc.spans["figures"] and doc._.figures. Runs after pressfacts_dates (dates are not figures).

    Its words come from the file named by `initialize(words=...)` (the config's [initialize] block), or from
    `from_disk`; used through `nlp.add_pipe` without initialize, it reads the packaged figure_words.jsonl."""

    def __init__(self, nlp: Language, name: str, spans_key: str = "figures") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self._vocab: FigureWords | None = None

    @property
    def vocab(self) -> FigureWords:
        if self._vocab is None:
            self._vocab = FigureWords.from_path(FIGURE_WORDS)
        return self._vocab

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
                   words: str | Path = FIGURE_WORDS) -> None:
        self._vocab = FigureWords.from_path(words)

    def add_words(self, rows: Iterable[dict[str, Any]]) -> None:
        """Add rows in the word-file format ({"kind": "qualifier", "text": ..., "qualifier": ...})."""
        self._vocab = FigureWords.from_rows((*self.vocab.rows, *rows))

    def __call__(self, doc: Doc) -> Doc:
        # Numbers inside dates ("16 avril 2024", "il y a deux ans") and names ("Europe 1") are not figures;
        # approximate ages are not dates, so they stay figures ("il y a près de 20 ans").
        excluded = [(d["start"], d["end"]) for d in (doc._.dates or [])]
        excluded += [(e.start_char, e.end_char) for e in doc.ents]
        figures = extract_figures(doc, self.vocab, excluded)
        doc._.figures = figures
        set_span_group(doc, self.spans_key, figures)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        save_rows(path, {FIGURE_WORDS: self.vocab.rows})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> FigureRecognizer:
        self._vocab = FigureWords.from_rows(srsly.read_jsonl(ensure_path(path) / FIGURE_WORDS))
        return self


@Language.factory(
    "pressfacts_figures",
    default_config={"spans_key": "figures"},
    assigns=["doc._.figures", "doc.spans"],
    requires=["token.pos", "token.dep", "doc.ents", "doc._.dates"],
)
def make_figures(nlp: Language, name: str, spans_key: str) -> FigureRecognizer:
    return FigureRecognizer(nlp, name, spans_key)
