"""What the date tests read from a processed Doc: each date's text and ISO value, published on a given day."""

from __future__ import annotations

from spacy.language import Language


def pipeline_dates(nlp: Language, text: str, published: str | None) -> list[tuple[str, str | None]]:
    """(text, value) of each date the whole pipeline finds in `text` published on `published`, in order."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return [(d["text"], d["value"]) for d in nlp(doc)._.dates]
