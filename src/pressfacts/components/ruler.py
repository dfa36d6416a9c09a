"""spaCy's entity ruler, with the token patterns that only spell out exact words matched by a phrase matcher.

Most token patterns in pipelines/entity_patterns.jsonl are exact spellings ([{"ORTH": "CGT"}], [{"ORTH":
"Le"}, {"ORTH": "Monde"}]): kept case-sensitive, they cannot be phrase patterns of the ruler (its phrase
matcher compares LOWER). spaCy's Matcher tries every one of them at every token, which cost more than the
rest of the ruler; a second PhraseMatcher on ORTH finds the same matches in one hash lookup per token.
The matches are pooled with the ruler's own before it picks its entities, so the result is unchanged.

The remaining token patterns ("tribunal ... de X", a website, "3e arrondissement") each need one word or
spelling that a match must contain. spaCy's Matcher builds a Token and evaluates every set and regex
predicate at every token of the doc; run only on windows around those words (`Anchors`, also used for
the institution patterns of pressfacts_entities) it finds the same matches at a fraction of the cost.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.pipeline.entityruler import entity_ruler_score
from spacy.tokens import Doc

from ..extensions import in_sorted as _member


def _spelled(pattern: Any) -> bool:
    """A token pattern made only of exact spellings: [{"ORTH": "France"}, {"ORTH": "2"}]."""
    return isinstance(pattern, list) and bool(pattern) and all(
        isinstance(t, dict) and list(t) == ["ORTH"] and isinstance(t["ORTH"], str) for t in pattern
    )


# Tokens a window reaches before and after an anchor word: longer than any name the patterns spell
# ("tribunal de grande instance de Boulogne-sur-Mer" is 8 tokens), so a match is never cut by its window.
WINDOW_BEFORE = 10
WINDOW_AFTER = 30


@dataclass
class Anchors:
    """Words one of which every match of a set of token patterns contains, by LOWER or ORTH hash, or token
    spellings matching a regex; `everywhere` when some pattern names no such word."""

    lower: set[int] = field(default_factory=set)
    orth: set[int] = field(default_factory=set)
    regexes: list[re.Pattern[str]] = field(default_factory=list)
    everywhere: bool = False
    before: int = WINDOW_BEFORE  # tokens a match may start before its anchor word
    _regex_seen: set[int] = field(default_factory=set)  # orth hashes of the spellings tested with the regexes
    _regex_yes: set[int] = field(default_factory=set)  # those a regex matches
    _sorted: tuple[np.ndarray, np.ndarray] | None = None  # lower, orth as sorted arrays (built on first use)

    def add_words(self, strings: Any, attr: str, words: Iterable[str]) -> None:
        (self.lower if attr == "LOWER" else self.orth).update(strings.add(w) for w in words)
        self._sorted = None

    def add_pattern(self, strings: Any, pattern: list[dict[str, Any]]) -> None:
        """The first token every match needs that names its words ({"LOWER": "tribunal"}, {"TEXT": {"IN":
        [...]}}), preferring one that names no stop word, else one that names a regex; a pattern with neither
        makes the matcher run everywhere."""
        needed = [spec for spec in pattern if spec.get("OP") in (None, "+", "1")]
        named = [named for named in map(_named_words, needed) if named is not None]
        # "Haut-Commissariat des Nations unies": a window around every "des" covered half of each article
        # (the matcher's cost); around "nations" it still holds every match
        rare = [(attr, words) for attr, words in named if not any(w in STOP_WORDS for w in words)]
        if named:
            self.add_words(strings, *(rare or named)[0])
            return
        for spec in needed:
            value = spec.get("ORTH", spec.get("TEXT"))
            if isinstance(value, dict) and set(value) == {"REGEX"}:
                self.regexes.append(re.compile(value["REGEX"]))
                self._regex_seen.clear()
                self._regex_yes.clear()
                return
        self.everywhere = True

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges around the anchor words of the doc, merged where they overlap."""
        n = len(doc)
        if self.everywhere:
            return [(0, n)] if n else []
        if not n:
            return []
        arr = doc.to_array([LOWER, ORTH])
        if self._sorted is None or len(self._sorted[0]) != len(self.lower) or len(self._sorted[1]) != len(self.orth):
            self._sorted = (np.array(sorted(self.lower), dtype=np.uint64), np.array(sorted(self.orth), dtype=np.uint64))
        hit = _member(arr[:, 0], self._sorted[0]) | _member(arr[:, 1], self._sorted[1])
        if self.regexes:
            spellings = np.unique(arr[:, 1]).tolist()
            self._test_spellings(doc, spellings)
            spelled = self._regex_yes.intersection(spellings)
            if spelled:  # (none in most docs: no second scan of the doc's spellings then)
                hit |= np.isin(arr[:, 1], list(spelled))
        out: list[tuple[int, int]] = []
        for i in np.flatnonzero(hit).tolist():
            start, end = max(0, i - self.before), min(n, i + WINDOW_AFTER + 1)
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
        return out

    def _test_spellings(self, doc: Doc, spellings: list[int]) -> None:
        """Each spelling tested with the regexes once per process; the doc's others are known (a set difference
        in C: a Python call per spelling of every doc cost more than the matcher's windows)."""
        for orth in set(spellings).difference(self._regex_seen):
            text = doc.vocab.strings[orth]
            if any(r.search(text) for r in self.regexes):
                self._regex_yes.add(orth)
            self._regex_seen.add(orth)


def _named_words(spec: dict[str, Any]) -> tuple[str, list[str]] | None:
    """The attribute ("LOWER" or "ORTH") and the words a token pattern names, if it names words."""
    for attr in ("LOWER", "ORTH", "TEXT"):
        value = spec.get(attr)
        words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
        if isinstance(words, list) and all(isinstance(w, str) for w in words):
            return "LOWER" if attr == "LOWER" else "ORTH", words
    return None


def match_windows(matcher: Matcher, doc: Doc, anchors: Anchors) -> list[tuple[int, int, int]]:
    """matcher(doc), run only on the windows around the anchor words (match offsets in the doc)."""
    matches = []
    for start, end in anchors.windows(doc):
        window = doc if (start, end) == (0, len(doc)) else doc[start:end]
        matches.extend((key, s + start, e + start) for key, s, e in matcher(window))
    return matches


class SpelledEntityRuler(EntityRuler):
    def __init__(self, nlp: Language, name: str = "entity_ruler", **kwargs: Any) -> None:
        super().__init__(nlp, name, **kwargs)
        self.spelled_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.anchors = Anchors()

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        patterns = list(patterns)  # from_disk passes a generator (srsly.read_jsonl); it is read three times here
        super().add_patterns([p for p in patterns if not _spelled(p["pattern"])])
        for entry in patterns:
            if isinstance(entry["pattern"], list) and not _spelled(entry["pattern"]):
                self.anchors.add_pattern(self.nlp.vocab.strings, entry["pattern"])
        for entry in (p for p in patterns if _spelled(p["pattern"])):
            label = entry["label"]
            if "id" in entry:  # as EntityRuler.add_patterns does, so the entity gets the same label and id
                label = self._create_label(entry["label"], entry["id"])
                self._ent_ids[self.matcher._normalize_key(label)] = (entry["label"], entry["id"])
            self.token_patterns[label].append(entry["pattern"])  # still listed (ruler.patterns, to_disk)
            words = [t["ORTH"] for t in entry["pattern"]]
            self.spelled_matcher.add(label, [Doc(self.nlp.vocab, words=words, spaces=[False] * len(words))])

    def clear(self) -> None:
        super().clear()
        self.spelled_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.anchors = Anchors()

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        # EntityRuler.match, with the spelled patterns' matches in the pool.
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            token_matches = match_windows(self.matcher, doc, self.anchors) if len(self.matcher) else []
            matches = token_matches + list(self.phrase_matcher(doc)) + list(self.spelled_matcher(doc))
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


@Language.factory(
    "pressfacts_entity_ruler",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={
        "phrase_matcher_attr": None,
        "validate": False,
        "overwrite_ents": False,
        "ent_id_sep": "||",
        "scorer": {"@scorers": "spacy.entity_ruler_scorer.v1"},
    },
)
def make_spelled_entity_ruler(nlp: Language, name: str, phrase_matcher_attr: str | None, validate: bool,
                              overwrite_ents: bool, ent_id_sep: str,
                              scorer: Callable[..., Any] | None = entity_ruler_score) -> SpelledEntityRuler:
    return SpelledEntityRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, validate=validate,
                              overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep, scorer=scorer)
