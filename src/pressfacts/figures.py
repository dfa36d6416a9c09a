"""Figures: quantities in digits or French words, with the counted thing and a qualifier.

    "pas moins de 23.051 procédures judiciaires" -> value 23051, unit "procédures judiciaires", at_least
    "une cinquantaine d'hommes"                  -> value 50, unit "hommes", approx
    "âgés de 25 à 60 ans"                        -> value 25, value_max 60, unit "ans"

Years, day numbers (inside dates), ordinals, list markers and pseudonyms ("Camille2009") are not figures.
Word lists (qualifiers, approximate nouns, scales, number words) come from pipelines/figure_words.jsonl.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions, set_span_group
from .numbers import Number, approx_nouns, number_words, parse_digits, parse_number, parse_words
from .settings import alternation, rows_of_kind

FIGURE_WORDS = "figure_words.jsonl"
_AFTER_QUALIFIER = re.compile(r"(?:plus|moins|près)\s+d['’]\s*$", re.IGNORECASE)
# A bare number after a definite article is a name or a reference ("le 17", "la 5"), not a count.
_DEFINITE = re.compile(r"(?<![\w])(?:le|la|les|l['’])\s*$", re.IGNORECASE)
# Words before a number that make it a reference, not a quantity ("article 3", "n° 12", "page 4").
_REFERENCE_WORDS = {"n°", "no", "numéro", "article", "art.", "page", "p.", "chapitre", "tome", "alinéa", "saison", "épisode"}


@dataclass(frozen=True)
class Lexicon:
    qualifiers: dict[str, str]
    symbol_units: frozenset[str]
    unit_stops: frozenset[str]
    number_rx: re.Pattern[str]
    qualifier_rx: re.Pattern[str]


@cache
def lexicon(path: str = FIGURE_WORDS) -> Lexicon:
    quals = {r["text"].replace("’", "'"): r["qualifier"] for r in rows_of_kind(path, "qualifier")}
    words = alternation(list(number_words()))
    approx = alternation([w for w in approx_nouns()])
    scale = r"(?:millions?|milliards?|mille)"
    digits = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
    word_run = rf"(?:{words})(?:(?:[-\s]+|[-\s]et[-\s])(?:{words}))*"
    number = (
        rf"(?P<approx>(?:(?:une?|{word_run}|{digits})\s+)?(?:{approx})s?)(?![\w])"
        rf"|(?<![\w.,/°-])(?P<digits>{digits})(?:\s+(?P<dscale>{scale}))?(?![\w])(?![.,]\d)"
        rf"|(?<![\w-])(?P<words>{word_run})(?:\s+(?P<wscale>{scale}))?(?![\w-])"
    )
    return Lexicon(
        qualifiers=quals,
        symbol_units=frozenset(r["word"] for r in rows_of_kind(path, "symbol_unit")),
        unit_stops=frozenset(r["word"] for r in rows_of_kind(path, "unit_stop")),
        number_rx=re.compile(number, re.IGNORECASE),
        qualifier_rx=re.compile(rf"(?<![\w])(?P<q>{alternation(list(quals))})\s*$", re.IGNORECASE),
    )


@dataclass
class NumberMatch:
    start: int
    end: int
    value: Number
    kind: str  # "digits" | "words" | "approx"
    scaled: bool = False


def find_numbers(text: str) -> list[NumberMatch]:
    """Numbers in text (digits with French separators, words, "une cinquantaine", "1,5 million")."""
    lex = lexicon()
    out: list[NumberMatch] = []
    for m in lex.number_rx.finditer(text):
        try:
            if m.group("approx"):
                head = m.group("approx")
                value = parse_number(head.rstrip("s") if head.lower().endswith("s") else head)
                out.append(NumberMatch(m.start(), m.end(), value, "approx"))
            elif m.group("digits"):
                s = m.group(0)
                value = parse_number(s) if m.group("dscale") else parse_digits(m.group("digits"))
                out.append(NumberMatch(m.start(), m.end(), value, "digits", bool(m.group("dscale"))))
            else:
                w = m.group("words")
                if w.lower() in {"un", "une", "neuf"} and not m.group("wscale"):
                    # Articles, and "neuf" = new; but "plus d'une décennie" counts one.
                    if w.lower() == "neuf" or not _AFTER_QUALIFIER.search(text[max(0, m.start() - 12) : m.start()]):
                        continue
                value = parse_number(m.group(0)) if m.group("wscale") else parse_words(w)
                out.append(NumberMatch(m.start(), m.end(), value, "words", bool(m.group("wscale"))))
        except ValueError:
            continue
    return out


def qualifier_before(text: str, start: int) -> tuple[str, int]:
    """("approx", start of "près de") when a qualifier ends right before start, else ("exact", start)."""
    lex = lexicon()
    m = lex.qualifier_rx.search(text[max(0, start - 30) : start])
    if not m:
        return "exact", start
    key = re.sub(r"\s+", " ", m.group("q").lower().replace("’", "'"))
    return lex.qualifiers.get(key, "exact"), start - (len(m.group(0)))


def _is_year(n: NumberMatch, text: str) -> bool:
    s = text[n.start : n.end]
    return n.kind == "digits" and not n.scaled and re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", s) is not None


def _unit(doc: Doc, text: str, tok_index: dict[int, int], end: int, after_scale: bool) -> tuple[str | None, int]:
    """The counted thing after a number: NOUN (+ ADJ...) (+ "par" NOUN), or a symbol ("%", "€")."""
    lex = lexicon()
    pos = end
    while pos < len(text) and text[pos] in " \u00a0\u202f":
        pos += 1
    i = tok_index.get(pos)
    if i is None:
        return None, end
    tok = doc[i]
    if tok.text in lex.symbol_units or tok.lower_ in lex.symbol_units:
        return tok.text, tok.idx + len(tok.text)
    # "1,5 million d'euros", "une cinquantaine d'hommes"
    if after_scale and tok.lower_ in {"de", "d'", "d’"} and i + 1 < len(doc):
        i += 1
        tok = doc[i]
        if tok.lower_ in lex.symbol_units:
            return tok.text, tok.idx + len(tok.text)
    j = i
    # "trois autres personnes", "deux jeunes femmes"
    while j < len(doc) and j - i < 2 and doc[j].pos_ == "ADJ" and j + 1 < len(doc) and doc[j + 1].pos_ in {"ADJ", "NOUN"}:
        j += 1
    if j >= len(doc) or doc[j].pos_ not in {"NOUN"} or doc[j].lower_ in lex.unit_stops or not doc[j].is_alpha:
        return None, end
    k = j + 1
    # Adjectives join the unit ("procédures judiciaires") unless they open a complement ("âgés de").
    while (
        k < len(doc)
        and doc[k].pos_ == "ADJ"
        and not doc[k].is_punct
        and not (k + 1 < len(doc) and doc[k + 1].lower_ in {"de", "d'", "d’", "à"})
    ):
        k += 1
    # "sapeurs-pompiers": tokens glued by a hyphen stay together
    while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
        k += 2
    # "visites par mois", "euros par an"
    if k + 1 < len(doc) and doc[k].lower_ == "par" and doc[k + 1].pos_ == "NOUN":
        k += 2
    last = doc[k - 1]
    return text[doc[i].idx : last.idx + len(last.text)], last.idx + len(last.text)


def extract_figures(doc: Doc, exclude: list[tuple[int, int]] | None = None) -> list[dict[str, object]]:
    """Figures of a tagged Doc; spans in `exclude` (dates) are not figures."""
    text = doc.text
    excl = sorted(exclude or [])
    tok_index = {t.idx: t.i for t in doc}
    numbers = [
        n
        for n in find_numbers(text)
        if not any(s < n.end and n.start < e for s, e in excl) and not _is_reference(text, n.start, n.end)
    ]
    out: list[dict[str, object]] = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        value: Number = n.value
        value_max: Number | None = None
        last = n
        # Ranges: "de 25 à 60 ans", "14 et 15 ans", "entre 200 et 300 personnes", "deux ou trois";
        # not the end of a list ("29, 35 et 52 ans").
        in_list = i > 0 and re.fullmatch(r"\s*,\s*", text[numbers[i - 1].end : n.start]) is not None
        if i + 1 < len(numbers) and not in_list:
            nxt = numbers[i + 1]
            if re.fullmatch(r"\s*(?:à|et|ou|-|–)\s*", text[n.end : nxt.start]) and nxt.value > n.value:
                value_max, last = nxt.value, nxt
                i += 1
                factor = _scale_factor(text, nxt)
                if factor > 1 and not n.scaled and n.kind != "approx" and n.value * factor <= nxt.value:
                    value = n.value * factor  # "entre 3 et 4 millions": the scale applies to both
        i += 1
        unit, end = _unit(doc, text, tok_index, last.end, last.scaled or last.kind == "approx")
        if unit is None and value_max is None and (_is_year(n, text) or text[n.end : n.end + 1] == ")"):
            continue
        if unit is None and n.kind == "approx" and text[max(0, n.start - 4) : n.start].lower().strip() == "des":
            continue
        if unit is None and value_max is None and _DEFINITE.search(text[max(0, n.start - 6) : n.start]):
            continue
        qualifier, start = qualifier_before(text, n.start)
        if unit is None and value_max is None and n.kind == "words" and qualifier == "exact":
            continue  # "tous deux", "les trois": pronouns rather than counts
        if n.kind == "approx" and qualifier == "exact":
            qualifier = "approx"
        out.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "value": value,
                "value_max": value_max,
                "unit": unit,
                "qualifier": qualifier,
            }
        )
    # "âgés de 29, 35 et 52 ans": numbers listed before a unit share it.
    for a, b in zip(out[::-1][1:], out[::-1], strict=False):
        if a["unit"] is None and b["unit"] and re.fullmatch(r"\s*(?:,|et|ou)\s*", text[a["end"] : b["start"]]):
            a["unit"] = b["unit"]
    return out


def _scale_factor(text: str, n: NumberMatch) -> float:
    """1 000 000 for "4 millions", 1 for "4"."""
    if not n.scaled or n.kind != "digits":
        return 1
    m = re.match(r"[\d \u00a0\u202f.,]*\d", text[n.start : n.end])
    base = parse_digits(m.group(0).strip()) if m else 0
    return n.value / base if base else 1


def _is_reference(text: str, start: int, end: int) -> bool:
    prev = re.split(r"[\s'’]+", text[max(0, start - 12) : start].strip())
    return bool(prev) and prev[-1].lower() in _REFERENCE_WORDS


class FigureRecognizer:
    """Writes doc.spans["figures"] and doc._.figures. Runs after pressfacts_dates (dates are not figures)."""

    def __init__(self, nlp: Language, name: str, spans_key: str = "figures") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key

    def initialize(self, get_examples=None, *, nlp: Language | None = None, words: str = FIGURE_WORDS) -> None:
        lexicon(words)

    def __call__(self, doc: Doc) -> Doc:
        # Numbers inside dates ("16 avril 2024", "il y a deux ans") and names ("Europe 1") are not figures;
        # approximate ages are not dates, so they stay figures ("il y a près de 20 ans").
        excluded = [(d["start"], d["end"]) for d in (doc._.dates or [])]
        excluded += [(e.start_char, e.end_char) for e in doc.ents]
        figures = extract_figures(doc, excluded)
        doc._.figures = figures
        set_span_group(doc, self.spans_key, figures)
        return doc


@Language.factory("pressfacts_figures", default_config={"spans_key": "figures"})
def make_figures(nlp: Language, name: str, spans_key: str) -> FigureRecognizer:
    return FigureRecognizer(nlp, name, spans_key)
