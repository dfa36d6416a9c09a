"""Line breaks close every name: the tokens holding one are blocked before the statistical NER.

fr_core_news_md's NER reads across paragraphs and may run a name over a break ("… sur les RER B et D" + "La SNCF a
prévenu …" came out one place, "D\\n\\nLa SNCF", which the entity rules then dropped whole, losing the SNCF). The NER
respects blocked tokens (Doc.set_ents(blocked=…)): it predicts around them, as around the ruler's spans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span


class LineBreaks:
    """Blocks every token holding a line break, keeping the entities already set (the ruler's)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # (the space tokens from the doc's array: no Token made for every word of the article)
        spaces = np.flatnonzero(doc.to_array(IS_SPACE)).tolist() if len(doc) else []
        blocked = [Span(doc, i, i + 1) for i in spaces if "\n" in doc[i].text]
        if blocked:
            doc.set_ents([], blocked=blocked, default="unmodified")
        return doc

    def initialize(self, get_examples: Callable[[], Any], *, nlp: Language | None = None) -> None:
        """Nothing to load."""


@Language.factory("pressfacts_line_breaks")
def make_line_breaks(nlp: Language, name: str) -> LineBreaks:
    return LineBreaks(nlp, name)
