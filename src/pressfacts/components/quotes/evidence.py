"""Where a reader checks who says a quotation: the speaker's name nearest the words, and how far it stands.

A speaker is an entity id; on its own it does not point at the words that make it the speaker. This adds to each
attributed quotation the mention of its speaker a fact-checker should read (the last one before the quotation in
its paragraph, else the first one after it in that paragraph, else the last one before it in the article) and how
far away it is: the quotation's own sentence, its paragraph, an earlier paragraph (the speaker carried over), or
only later in the text. The further the name, the more the attribution rests on pronouns and carrying over, and the
more it deserves a look (README, "Quality", gives the measured share right per reach).
"""

from __future__ import annotations

from typing import Any, Literal

from spacy.tokens import Doc

from .lexicon import _SENTENCE_OPENING

Reach = Literal["sentence", "paragraph", "earlier", "later"]


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (the text between two line breaks) holding [start, end)."""
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, stop if stop >= 0 else len(text)


def _sentence(text: str, para: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The quotation's sentence by its stops, not the parser's (which often ends it at the closing mark, before the
    incise): from the last full stop before the quoted words to the first one after them, within the paragraph."""
    first = para[0]
    for m in _SENTENCE_OPENING.finditer(text, para[0], min(start + 1, para[1])):
        first = m.end() - 1  # (the capital that opens the next sentence)
    after = _SENTENCE_OPENING.search(text, end, para[1])
    return first, after.start() + 1 if after else para[1]


def nearest_mention(mentions: list[dict[str, Any]], text: str, start: int,
                    end: int) -> tuple[dict[str, Any], Reach] | None:
    """The mention a reader checks for a quotation [start, end) and how far it stands (see the module)."""
    para_start, para_end = _paragraph(text, start, end)
    sentence = _sentence(text, (para_start, para_end), start, end)
    outside = [m for m in mentions if m["end"] <= start or m["start"] >= end]  # not a name inside the quoted words
    before = [m for m in outside if m["end"] <= start]
    after = [m for m in outside if m["start"] >= end]
    pick = next((m for m in reversed(before) if m["start"] >= para_start), None) \
        or next((m for m in after if m["end"] <= para_end), None) \
        or (before[-1] if before else None) or (after[0] if after else None)
    if pick is None:
        return None
    if sentence[0] <= pick["start"] and pick["end"] <= sentence[1]:
        return pick, "sentence"
    if para_start <= pick["start"] and pick["end"] <= para_end:
        return pick, "paragraph"
    return pick, "earlier" if pick["end"] <= start else "later"


def add_speaker_evidence(doc: Doc, quotes: list[dict[str, Any]], text: str) -> None:
    """Sets "speaker_mention" ({start, end, text} or None) and "speaker_reach" on every quotation dict."""
    mentions = {e["id"]: sorted(e["mentions"], key=lambda m: m["start"]) for e in doc._.entities or []}
    for q in quotes:
        found = None
        if q.get("speaker") in mentions:
            found = nearest_mention(mentions[q["speaker"]], text, int(q["start"]), int(q["end"]))
        q["speaker_mention"] = dict(found[0]) if found else None
        q["speaker_reach"] = found[1] if found else None
