"""The Doc extensions pressfacts components write to, declared once.

Values are plain data (str, int, dicts of offsets), never Span objects, so docs survive
`nlp.pipe(..., n_process=2)` and `Doc.to_bytes`.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

import numpy as np
from spacy.attrs import IDX, LOWER
from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, object] = {
    "published": None,  # ISO date, possibly partial ("2024-06"), set by the caller or inferred
    "published_source": None,  # "metadata" | "header" | "inferred" | None
    "dates": None,  # list[dict]: start, end, text, value, granularity, relative
    "figures": None,  # list[dict]: start, end, text, value, value_max, unit, qualifier
    "entities": None,  # list[dict]: id, label, name, mentions[{start, end, text}]
    "inner_entities": None,  # list[dict] as entities: organizations named only inside another's name
    "entity_attributes": None,  # dict[entity id, {"age", "roles", "role_mentions", "age_mention"}]
    "quotes": None,  # list[dict]: start, end, text, speaker (entity id or None)
}


HEADLINE_MAX = 200  # a first line longer than this is a paragraph, not a headline


def headline_end(text: str) -> int:
    """Where a text's first line ends when it is short enough to be its headline, else -1."""
    end = text.find("\n")
    return end if 0 < end <= HEADLINE_MAX else -1


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)



def set_span_group(doc: Doc, key: str, items: list[dict]) -> None:
    """doc.spans[key] from plain {start, end} dicts, for spaCy users (displacy, span groups)."""
    spans = [doc.char_span(i["start"], i["end"], alignment_mode="expand") for i in items]
    doc.spans[key] = [s for s in spans if s is not None]


_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc: spaCy rebuilds the string from every token on each access, which cost
    more than some whole components when each component (and per-date helpers) asked for it again.
    A Doc's text never changes (retokenizing keeps it), so the cache cannot go stale."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """doc_text(doc) is `text` from the start: the text a Doc was tokenized from is its text (spaCy's tokenizer
    keeps every character), so the first component to ask need not rebuild it from the tokens."""
    _TEXTS[doc] = text


_STARTS: WeakKeyDictionary[Doc, dict[int, int]] = WeakKeyDictionary()


def token_starts(doc: Doc) -> dict[int, int]:
    """Character offset -> index of the token starting there, read from one array (building Token objects for
    every word of every article cost more than the rest of the figures component)."""
    starts = _STARTS.get(doc)
    if starts is None:
        starts = _STARTS[doc] = dict(zip(doc.to_array(IDX).tolist(), range(len(doc)), strict=True))
    return starts


_LOWERS: WeakKeyDictionary[Doc, tuple[np.ndarray, set[int]]] = WeakKeyDictionary()
_WORD_IDS: dict[frozenset[str], frozenset[int]] = {}


def tokens_with(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices, in order, of the tokens whose lowercase form is one of the words: the doc's LOWER array and the set
    of its values (read once per Doc) give the few words of the list the doc holds, and the array is searched for
    those alone. Several steps look for the few tokens of a word list; scanning every word for each list, or
    indexing every word of the doc in Python, cost more than what they do with the tokens found."""
    ids = _WORD_IDS.get(words)
    if ids is None:
        ids = _WORD_IDS[words] = frozenset(doc.vocab.strings[w] for w in words)
    lowers = _LOWERS.get(doc)
    if lowers is None:
        array = doc.to_array(LOWER)
        lowers = _LOWERS[doc] = (array, set(array.tolist()))
    array, held = lowers
    found = ids.intersection(held)  # (the few words of the list the doc holds, often none: then no search)
    if not found:
        return []
    return np.flatnonzero(in_sorted(array, np.array(sorted(found), dtype=np.uint64))).tolist()


def in_sorted(values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """np.isin(values, keys) for sorted unique keys, by binary search (np.isin sorts the doc's values each time)."""
    if not len(keys):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(keys, values)
    at[at == len(keys)] = 0
    return keys[at] == values


def forget_token_starts(doc: Doc) -> None:
    """After a retokenization: the offsets and the positions of the tokens changed."""
    _STARTS.pop(doc, None)
    _LOWERS.pop(doc, None)
