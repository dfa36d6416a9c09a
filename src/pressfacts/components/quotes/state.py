"""The state a SpeakerFinder reads, declared once for all its parts: finder.py sets it for one Doc, and each part
(resolve, after, before, inside, subjects, chains) inherits these declarations, so what it reads is typed there."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .lexicon import QuoteLexicon
    from .quotations import Mention, Quote


class FinderState:
    """Set by SpeakerFinder.__init__ (finder.py); the prev_* fields by the caller as it walks the quotations."""

    doc: Doc
    text: str
    lex: QuoteLexicon
    quotes: list[Quote]
    mentions: list[Mention]  # entity mentions outside quotations, in text order
    labels: dict[str, str]  # entity id -> PER, ORG, LOC...
    names: dict[str, str]  # entity id -> its name
    roles: dict[str, list[str]]  # entity id -> its roles, lowercase
    by_char: dict[int, Mention]  # a token's character offset -> the mention it is part of
    gender: dict[str, str | None]  # person id -> "M", "F" or unknown
    inner_names: dict[int, str]  # people named inside quotations: token offset -> person id
    org_nouns: list[tuple[int, str, str]]  # (offset, noun, organization id): "l'association ACPE"
    org_anchor: dict[int, str]  # token index of that noun -> organization id
    prev_end: int
    prev_unnamed: bool
    _tokens: dict[tuple[int, int], list[Token]]
    _sents: dict[int, Span | None]  # _sent_of's answers by character offset
    _sent_starts: list[int] | None  # indices of the tokens that start a sentence (built on first use)
    _quote_starts: list[int]
