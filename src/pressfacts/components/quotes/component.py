"""The spaCy component: writes doc.spans["quotes"] and doc._.quotes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import doc_text, register_extensions, set_span_group
from ...settings import resolve_data_path, save_rows
from .attribute import attribute_speakers
from .evidence import add_speaker_evidence
from .lexicon import _FILES, DEMONYMS, FIRST_NAMES, QUOTE_WORDS, ROLES, SPEECH_VERBS, QuoteLexicon, read_lexicon


class QuoteRecognizer:
    """Writes doc.spans["quotes"] and doc._.quotes (speaker = entity id or None, with the mention to check it by)."""

    def __init__(self, nlp: Language, name: str, spans_key: str = "quotes") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        # The packaged word lists, for a plain nlp.add_pipe("pressfacts_quotes") with no initialize.
        self.lexicon = read_lexicon({k: resolve_data_path(v) for k, v in _FILES.items()})

    def initialize(
        self,
        get_examples: Any = None,
        *,
        nlp: Language | None = None,
        verbs: str = SPEECH_VERBS,
        words: str = QUOTE_WORDS,
        names: str = FIRST_NAMES,
        roles: str = ROLES,
        demonyms: str = DEMONYMS,
    ) -> None:
        self.lexicon = read_lexicon({"verbs": verbs, "words": words, "names": names, "roles": roles,
                                     "demonyms": demonyms})

    def __call__(self, doc: Doc) -> Doc:
        quotes = attribute_speakers(doc, self.lexicon)
        add_speaker_evidence(doc, quotes, doc_text(doc))
        doc._.quotes = quotes
        set_span_group(doc, self.spans_key, quotes)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        save_rows(path, {filename: self.lexicon.rows[key] for key, filename in _FILES.items()})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> QuoteRecognizer:
        path = Path(path)
        self.lexicon = QuoteLexicon.from_rows(
            {k: list(srsly.read_jsonl(path / f)) for k, f in _FILES.items() if (path / f).exists()})
        return self


@Language.factory(
    "pressfacts_quotes",
    default_config={"spans_key": "quotes"},
    assigns=["doc._.quotes", "doc.spans"],
    requires=["doc._.entities", "doc._.entity_attributes", "token.dep", "token.pos", "doc.sents"],
)
def make_quotes(nlp: Language, name: str, spans_key: str) -> QuoteRecognizer:
    return QuoteRecognizer(nlp, name, spans_key)
