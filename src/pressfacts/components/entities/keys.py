"""Text keys and name shapes shared by the steps of the entity component (sports.py and the rest of entities/): the case- and
accent-blind key of a name, the gazetteer look-up, and the patterns of acronyms, codes and scores."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .rules import EntityRules

# "CGT", "N-VA", "CD&V", "UCR-CGT": capitals, maybe joined by a hyphen or an ampersand.
ACRONYM = re.compile(r"^[A-ZÉÈ]{2,}(?:[-&][A-ZÉÈ]+)*$")
# "G20", "COP24", "A380": letters and a number make a code (a summit, a model), not an organization.
CODE = re.compile(r"^[A-Z]{1,4}\d{1,3}$")
# "la RN 113", "la RD 1075", "la N 10": a national or departmental road, a place (not the party RN of the ruler); a
# year is no road's number ("le RN 2019").
ROAD = re.compile(r"^(?:RN|RD|CD|N|D)\s?(?:\d{1,3}|(?!19|20)\d{4})$")
# A capitalized word with two hyphens or more: "Saint-Etienne-Marseille" may be two clubs glued together.
# It opens on its first character and looks behind it after: the regex engine then skips to the characters that
# can open a match instead of testing the look-behind at every position (the same matches as look-behind first).
GLUED_PAIR = re.compile(r"[A-ZÉÈ](?<![\w-][A-ZÉÈ])[\w'’]*(?:-[\w'’]+){2,}")
VERBS = {"VERB", "AUX"}
# A score "3-1" (digit first, as GLUED_PAIR opens on its capital).
SCORE = re.compile(r"\d(?<![\d-]\d)\d{0,2}-\d{1,3}(?![\d-])")
OPPONENT = {"contre", "face"}  # "contre Natoye", "face à Nancy"
LIST_LINKS = frozenset({",", "et", "ou"})  # the words between the members of a list of names
DEFINITE_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})  # (as written; fold() keeps only the straight quote)
OF_WORDS = frozenset({"de", "du", "d'", "d’"})  # a complement's opening word, as written ("d'Évreux", "du Cher")
LINE_OPENERS = {"–", "—", "-", "«", "‘‘", "“", '"', ":", "|"}


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive key: "Gendarmerie Nationale" == "gendarmerie nationale".
    Cached: it is asked for every token of every doc, and articles repeat their words."""
    if text.isascii():
        return " ".join(text.split()).casefold()  # the common case, without Unicode normalization
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


def known_place(text: str, rules: EntityRules) -> tuple[str, int] | None:
    """The gazetteer entry of a place name, whatever its case and accents."""
    return rules.places.get(fold(text))


def opens_line(doc: Doc, i: int) -> bool:
    """Token i starts a sentence, a line or a list item ("– Liège", "« Gand")."""
    return doc[i].is_sent_start or (i > 0 and (doc[i - 1].is_space or doc[i - 1].text in LINE_OPENERS))
