"""What the quote tests read from a processed Doc: each quotation's speaker by name (None when unknown)."""

from __future__ import annotations

from spacy.language import Language


def quoted_speakers(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """(quotation text, speaker's name or None) for each quotation of the text, in order."""
    doc = nlp(text)
    names = {e["id"]: e["name"] for e in doc._.entities}
    return [(q["text"], names.get(q["speaker"]) if q["speaker"] else None) for q in doc._.quotes]


def speakers(nlp: Language, text: str) -> list[str | None]:
    """The speaker's name (or None) of each quotation of the text, in order."""
    return [speaker for _, speaker in quoted_speakers(nlp, text)]


def quoted(nlp: Language, text: str) -> dict[str, str | None]:
    """Quotation text -> speaker's name (or None)."""
    return dict(quoted_speakers(nlp, text))
