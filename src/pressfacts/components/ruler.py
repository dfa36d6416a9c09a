"""spaCy's entity ruler, with the token patterns that only spell out exact words matched by a phrase matcher.

Most token patterns in pipelines/entity_patterns.jsonl are exact spellings ([{"ORTH": "CGT"}], [{"ORTH":
"Le"}, {"ORTH": "Monde"}]): kept case-sensitive, they cannot be phrase patterns of the ruler (its phrase
matcher compares LOWER). spaCy's Matcher tries every one of them at every token, which cost more than the
rest of the ruler; a second PhraseMatcher on ORTH finds the same matches in one hash lookup per token.
The matches are pooled with the ruler's own before it picks its entities, so the result is unchanged.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.pipeline.entityruler import entity_ruler_score
from spacy.tokens import Doc


def _spelled(pattern: Any) -> bool:
    """A token pattern made only of exact spellings: [{"ORTH": "France"}, {"ORTH": "2"}]."""
    return isinstance(pattern, list) and bool(pattern) and all(
        isinstance(t, dict) and list(t) == ["ORTH"] and isinstance(t["ORTH"], str) for t in pattern
    )


class SpelledEntityRuler(EntityRuler):
    def __init__(self, nlp: Language, name: str = "entity_ruler", **kwargs: Any) -> None:
        super().__init__(nlp, name, **kwargs)
        self.spelled_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        super().add_patterns([p for p in patterns if not _spelled(p["pattern"])])
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

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        # EntityRuler.match, with the spelled patterns' matches in the pool.
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = list(self.matcher(doc)) + list(self.phrase_matcher(doc)) + list(self.spelled_matcher(doc))
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
