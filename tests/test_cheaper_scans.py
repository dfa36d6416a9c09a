"""The cheaper scans of round 20 find what the scans they replace found: regexes reordered so that the engine can skip
ahead (their first character read before what stands behind it, or a look-ahead of the characters a match opens
with), the ruler's regex anchors tested once per spelling, the places looked up once per spelling."""

from __future__ import annotations

import random
import re
import sys

import pytest

from pressfacts.components.regex_needs import with_first_chars

SAMPLE = ("Le 14-juillet 2019, du Figaro au Parisien, l'ADE et la TVA : « Nous irons », a dit le ministre de l'Intérieur. "
          "Lens-Lille 3-1, Saint-Etienne-Marseille 2-0 ; (La Découverte, 2016) ; 1 500 euros, une vingtaine, +3,5 %, "
          "deux millions. Depuis le 3 mars, l'an dernier, LUNDI 12 JANVIER, ſamedi, K. Au mois prochain, ce mois-ci.\n")


def _fuzz(alphabet: str, n: int = 3000, seed: int = 20) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def _found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "flags", "lookahead"),
    [
        (r"(?<![\w-])(?:le|la|l['’])\s+x", re.I, "(?=[l])"),
        (r"(?<![\w-])(?:une?\s+)?\d+", 0, r"(?=[\du])"),
        (r"\b(?:du|au) X", 0, "(?=[ad])"),
        (r"le\s+mois", re.I, None),  # opens on a letter: the engine's own quick test
        (r"(?<![\w-]).x", 0, None),  # any character: not told
        (r"(?<![\w-])[^a]x", 0, None),  # a negated class: not told
        (r"(?<![\w-])(?i:le)", 0, None),  # scoped flags: not told
        (r"(?<![\w-])x?", 0, None),  # may match nothing
    ],
)
def test_first_characters_are_read_from_the_parse_tree(pattern: str, flags: int, lookahead: str | None) -> None:
    rx = re.compile(pattern, flags)
    out = with_first_chars(rx)
    if lookahead is None:
        assert out is rx
    else:
        assert out.pattern == f"{lookahead}(?:{pattern})" and out.flags == rx.flags


def test_the_look_ahead_class_reads_case_as_the_letters_do() -> None:
    """A case-blind class of a letter holds the characters the case-blind letter matches, over all of Unicode."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for x in "acdeijklmnosuvàéè'’":
        assert [m.start() for m in re.finditer(re.escape(x), every, re.I)] == \
            [m.start() for m in re.finditer(f"[{re.escape(x)}]", every, re.I)]


def test_date_patterns_and_number_regex_behind_their_look_ahead_find_the_same_matches(nlp) -> None:
    from pressfacts.components.dates.finding import build_patterns, default_rules

    rules = default_rules()
    originals = dict(build_patterns(rules.vocab))
    patterns = [(originals[kind], rx) for kind, rx in rules.patterns]
    number_rx = nlp.get_pipe("pressfacts_figures").vocab.number_rx
    assert number_rx.pattern.startswith("(?=[")
    patterns.append((re.compile(number_rx.pattern[number_rx.pattern.index("(?:") + 3 : -1], number_rx.flags), number_rx))
    assert sum(rx.pattern.startswith("(?=[") for _, rx in patterns) > 40
    texts = [SAMPLE, SAMPLE.upper(), *_fuzz("le 12 3er mars Mai dU Au -+ ,'’\néÉ")]
    for original, faster in patterns:
        for text in texts:
            assert _found(original, text) == _found(faster, text), (original.pattern[:60], text)


def test_regexes_reading_their_first_character_first_find_what_their_look_behind_first_forms_find() -> None:
    from pressfacts.components.entities.keys import GLUED_PAIR, SCORE
    from pressfacts.components.entities.shared import _BARE_ACRONYM, _BOOK_REFERENCE

    pairs = [
        (re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])"), SCORE),
        (re.compile(r"(?<![\w-])[A-ZÉÈ][\w'’]*(?:-[\w'’]+){2,}"), GLUED_PAIR),
        (re.compile(r"(?:(?<![\w'’])[lL]['’]|(?<![\w-])(?:[lL]a|[lL]e|du|au) )([A-ZÉÈ]{2,6})(?![\w'’&-])"), _BARE_ACRONYM),
        (re.compile(r"(?<=[\w»”\"'’] )\((?:(?:[EÉeé]d\.|[EÉeé]ditions)\s+(?:du |des |de la |de l['’]|de |d['’])?)?"
                    r"((?:(?:[Ll]a|[Ll]e|[Ll]es) |[Ll]['’])?[A-ZÀ-Ý][\w'’-]*(?: (?:[A-ZÀ-Ý][\w'’-]*|de|du|des|et|&))*),"
                    r"\s*(?:1[89]|20)\d\d\)"), _BOOK_REFERENCE),
    ]
    texts = [SAMPLE, *_fuzz("lLdauea1234-'’ ÉABCx.\n"), *_fuzz("x (Le Cerf, 2016)»' éd.\n", seed=21)]
    for original, faster in pairs:
        for text in texts:
            assert _found(original, text) == _found(faster, text), (original.pattern[:40], text)


def test_contracted_titles_and_sport_words_find_what_the_flat_regexes_found(nlp) -> None:
    from pressfacts.components.entities.keys import fold
    from pressfacts.settings import alternation

    fixer = nlp.get_pipe("pressfacts_entities")
    rests = [r["text"].split(" ", 1)[1] for r in fixer.data["rules"] if r.get("rule") == "articled"]
    flat_titles = re.compile(rf"\b(?:du|au) ({alternation(rests)})\b(?![-'’])")
    words = sorted({w.lower() for r in fixer.data["rules"] if r.get("rule") == "sport_cue"
                    for w in (r["text"], fold(r["text"])) if w.isalpha()}, key=len, reverse=True)
    cues = fixer.rules.sport_cue_words
    assert cues is not None and fixer.rules.contracted_title is not None
    assert len(words) > 3
    flat_cues = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])", re.I)
    rng = random.Random(5)
    pieces = ["du ", "au ", "x", "é", "-", " ", "\n", "d", "a", "u", *rests[:20], *words[:10], *(w.upper() for w in words[:5])]
    texts = [SAMPLE, *("".join(rng.choice(pieces) for _ in range(12)) for _ in range(3000))]
    for text in texts:
        assert _found(flat_titles, text) == _found(fixer.rules.contracted_title, text), text
        assert [m.span() for m in flat_cues.finditer(text)] == [m.span() for m in cues.finditer(text)], text


def test_ruler_windows_test_each_spelling_with_the_regexes_once(nlp) -> None:
    import numpy as np
    from spacy.attrs import LOWER, ORTH

    from pressfacts.components.ruler import Anchors

    ruler = nlp.get_pipe("pressfacts_ruler")
    anchors: Anchors = ruler.anchors
    assert anchors.regexes
    doc = nlp.make_doc("Le site Coco.gg et www.exemple.fr, puis exemple.com ; le 3e arrondissement, Coco.gg encore.")
    arr = doc.to_array([LOWER, ORTH])
    fresh = Anchors(lower=set(anchors.lower), orth=set(anchors.orth), regexes=list(anchors.regexes), before=anchors.before)
    want = np.isin(arr[:, 0], list(fresh.lower)) | np.isin(arr[:, 1], list(fresh.orth)) | np.array(
        [any(r.search(t.text) for r in fresh.regexes) for t in doc])
    n = len(doc)
    expected: list[tuple[int, int]] = []
    for i in np.flatnonzero(want).tolist():
        start, end = max(0, i - fresh.before), min(n, i + 31)
        if expected and start <= expected[-1][1]:
            expected[-1] = (expected[-1][0], end)
        else:
            expected.append((start, end))
    assert fresh.windows(doc) == expected == fresh.windows(doc)  # the second time from the spellings known
    assert {doc.vocab.strings[h] for h in fresh._regex_yes} == {"Coco.gg", "www.exemple.fr", "exemple.com"}


def test_places_looked_up_by_spelling_are_those_looked_up_by_folded_word(nlp) -> None:
    from pressfacts.components.entities.candidates import place_spans

    fixer = nlp.get_pipe("pressfacts_entities")
    doc = nlp("Le Havre et Tizi Ouzou, puis Villeneuve d'Ascq et LE HAVRE ; le havre de paix. Le Havre encore.")
    text = doc.text
    cache: dict[int, tuple[str, ...]] = {}
    plain = [(s.start, s.end, s.label_) for s in place_spans(doc, fixer.places, text)]
    assert plain and plain == [(s.start, s.end, s.label_) for s in place_spans(doc, fixer.places, text, by_spelling=cache)]
    assert cache and plain == [(s.start, s.end, s.label_) for s in place_spans(doc, fixer.places, text, by_spelling=cache)]
