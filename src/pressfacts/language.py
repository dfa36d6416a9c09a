"""Language of a cleaned text (py3langid: offline, fast, no model download)."""

from __future__ import annotations

from itertools import islice


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text, None for text too short to tell (under 20 letters)."""
    import py3langid

    sample = text[:1500]  # enough to tell; classification time grows with length
    if len(list(islice(filter(str.isalpha, sample), 20))) < 20:  # stops at the 20th letter
        return None
    lang, _score = py3langid.classify(sample)
    return str(lang)
