"""spaCy's entity ruler, with the token patterns that only spell out exact words matched by a phrase matcher.

Most token patterns in pipelines/entity_patterns.jsonl are exact spellings ([{"ORTH": "CGT"}], [{"ORTH":
"Le"}, {"ORTH": "Monde"}]): kept case-sensitive, they cannot be phrase patterns of the ruler (its phrase
matcher compares LOWER). spaCy's Matcher tries every one of them at every token, which cost more than the
rest of the ruler; a second PhraseMatcher on ORTH finds the same matches in one hash lookup per token.
The matches are pooled with the ruler's own before it picks its entities, so the result is unchanged.

The remaining token patterns ("tribunal ... de X", a website, "3e arrondissement") each need one word or
spelling that a match must contain. spaCy's Matcher builds a Token and evaluates every set and regex
predicate at every token of the doc; run only on windows around those words (`Anchors`, also used for
the institution patterns of pressfacts_entities) it finds the same matches at a fraction of the cost. In each
window only the patterns whose own words it holds run (`AnchoredMatcher`: around "police", 3 of 47 patterns).
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
from spacy.vocab import Vocab

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

    def windows(self, doc: Doc, arr: np.ndarray | None = None) -> list[tuple[int, int]]:
        """Token ranges around the anchor words of the doc, merged where they overlap. `arr` is the doc's
        LOWER and ORTH array when the caller has read it already."""
        n = len(doc)
        if self.everywhere:
            return [(0, n)] if n else []
        if not n:
            return []
        arr = doc.to_array([LOWER, ORTH]) if arr is None else arr
        if self._sorted is None or len(self._sorted[0]) != len(self.lower) or len(self._sorted[1]) != len(self.orth):
            self._sorted = (np.array(sorted(self.lower), dtype=np.uint64), np.array(sorted(self.orth), dtype=np.uint64))
        hit = _member(arr[:, 0], self._sorted[0]) | _member(arr[:, 1], self._sorted[1])
        if self.regexes:
            spellings = set(arr[:, 1].tolist())  # (a set of Python ints costs less than np.unique's sort)
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

    def holds(self, doc: Doc, lowers: set[int], orths: set[int]) -> bool:
        """Whether a window of these LOWER and ORTH hashes holds one of the anchor words (any window does when the
        patterns name none)."""
        if self.everywhere or not self.lower.isdisjoint(lowers) or not self.orth.isdisjoint(orths):
            return True
        if not self.regexes:
            return False
        self._test_spellings(doc, orths)
        return not self._regex_yes.isdisjoint(orths)

    def _test_spellings(self, doc: Doc, spellings: set[int]) -> None:
        """Each spelling tested with the regexes once per process; the doc's others are known (a set difference
        in C: a Python call per spelling of every doc cost more than the matcher's windows)."""
        for orth in spellings.difference(self._regex_seen):
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


def match_windows(matcher: Matcher | AnchoredMatcher, doc: Doc, anchors: Anchors) -> list[tuple[int, int, int]]:
    """matcher(doc), run only on the windows around the anchor words (match offsets in the doc)."""
    if isinstance(matcher, AnchoredMatcher):
        return matcher.match(doc, anchors)
    matches = []
    for start, end in anchors.windows(doc):
        window = doc if (start, end) == (0, len(doc)) else doc[start:end]
        matches.extend((key, s + start, e + start) for key, s, e in matcher(window))
    return matches


class AnchoredMatcher:
    """Token patterns in groups, one per set of words that every match of the group's patterns holds (`Anchors`
    of each pattern): a window runs only the groups whose words it holds. spaCy's Matcher tries every one of its
    patterns at every token, which made the ruler's and the institutions' patterns the dearest steps of their
    components, while most windows hold the words of one or two groups ("police": 3 of the ruler's 47 patterns).

    The matches are those of one Matcher of all the patterns over the same windows: a pattern left out of a window
    holds none of its words there, so it has no match in it; the same match found by two groups is kept once, and
    a greedy filter ("LONGEST", "FIRST") is applied per window over all the groups' matches, as spaCy's Matcher
    applies it per call (its code, matcher.pyx)."""

    def __init__(self, vocab: Vocab, greedy: str | None = None, validate: bool = False) -> None:
        self.vocab = vocab
        self.greedy = greedy
        self.validate = validate
        self.groups: dict[tuple[Any, ...], tuple[Anchors, Matcher]] = {}

    def __len__(self) -> int:
        return sum(len(matcher) for _anchors, matcher in self.groups.values())

    def add(self, key: str, patterns: Iterable[list[dict[str, Any]]]) -> None:
        for pattern in patterns:
            anchors = Anchors()
            anchors.add_pattern(self.vocab.strings, pattern)
            group = (frozenset(anchors.lower), frozenset(anchors.orth), tuple(r.pattern for r in anchors.regexes),
                     anchors.everywhere)
            if group not in self.groups:
                self.groups[group] = (anchors, Matcher(self.vocab, validate=self.validate))
            self.groups[group][1].add(key, [pattern])

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return self.match(doc, Anchors(everywhere=True))

    def match(self, doc: Doc, windows: Anchors) -> list[tuple[int, int, int]]:
        """The matches on the windows around `windows`' anchor words (offsets in the doc)."""
        if not len(doc) or not self.groups:
            return []
        arr = doc.to_array([LOWER, ORTH])
        out: list[tuple[int, int, int]] = []
        for start, end in windows.windows(doc, arr):
            lowers, orths = set(arr[start:end, 0].tolist()), set(arr[start:end, 1].tolist())
            window = doc if (start, end) == (0, len(doc)) else doc[start:end]
            found: dict[tuple[int, int, int], None] = {}  # in order, each once
            for anchors, matcher in self.groups.values():
                if anchors.holds(doc, lowers, orths):
                    found.update(dict.fromkeys(matcher(window)))
            kept = _greedy(list(found), self.greedy) if self.greedy else list(found)
            out.extend((key, s + start, e + start) for key, s, e in kept)
        return out


def _greedy(matches: list[tuple[int, int, int]], how: str) -> list[tuple[int, int, int]]:
    """spaCy's Matcher's greedy filter (matcher.pyx): per key, in order of first match, the longest (or first)
    matches that overlap none kept before."""
    by_key: dict[int, list[tuple[int, int]]] = {}
    for key, start, end in matches:
        by_key.setdefault(key, []).append((start, end))
    out = []
    for key, pairs in by_key.items():
        if how == "FIRST":
            ordered = sorted(pairs, key=lambda x: (x[0], -x[1]))
        else:
            ordered = sorted(pairs, key=lambda x: (x[1] - x[0], -x[0]), reverse=True)
        taken: set[int] = set()
        for start, end in ordered:
            if taken.isdisjoint(range(start, end)):
                out.append((key, start, end))
                taken.update(range(start, end))
    return out


class SpelledEntityRuler(EntityRuler):
    def __init__(self, nlp: Language, name: str = "entity_ruler", **kwargs: Any) -> None:
        super().__init__(nlp, name, **kwargs)
        self.spelled_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.anchors = Anchors()
        self._anchored: AnchoredMatcher | None = None  # the token patterns by anchor words (built on first use)

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        patterns = list(patterns)  # from_disk passes a generator (srsly.read_jsonl); it is read three times here
        self._anchored = None
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
        self._anchored = None

    def remove(self, ent_id: str) -> None:
        super().remove(ent_id)
        self._anchored = None

    def anchored(self) -> AnchoredMatcher:
        """The token patterns that spell more than exact words (those of self.matcher), grouped by anchor words."""
        if self._anchored is None:
            self._anchored = AnchoredMatcher(self.nlp.vocab, validate=self._validate)
            for label, patterns in self.token_patterns.items():
                self._anchored.add(label, [p for p in patterns if not _spelled(p)])
        return self._anchored

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        # EntityRuler.match, with the spelled patterns' matches in the pool.
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            token_matches = match_windows(self.anchored(), doc, self.anchors) if len(self.matcher) else []
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
