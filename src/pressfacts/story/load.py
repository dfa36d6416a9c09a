"""Reading the records of an output folder, and the small text helpers every story step shares."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..records import Record
from ..settings import pipelines_dir, read_jsonl

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_WORD = re.compile(r"\w+")
_COMBINING = re.compile(r"[\u0300-\u036f]")


@cache
def settings() -> dict[str, Any]:
    """Tunables of the story (pipelines/story/settings.json)."""
    return json.loads((pipelines_dir() / "story" / "settings.json").read_text(encoding="utf-8"))


@cache
def _stop_words() -> frozenset[str]:
    # A data file rather than spacy.lang.fr: importing that compiles the tokenizer exceptions (seconds).
    lines = (pipelines_dir() / "story" / "stop_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


@cache
def name_kinds() -> frozenset[str]:
    """The lowercase kind nouns an organization's name takes along ("groupe TF1", "institut Pollingvox"): the
    "name_kind" rows of the extraction's entity rules, read here without loading spaCy."""
    rows = read_jsonl(pipelines_dir() / "entity_rules.jsonl")
    return frozenset(fold(r["text"]) for r in rows if r.get("rule") == "name_kind")


def fold(s: str) -> str:
    """Lower case without accents: the comparison form of names and words."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", s.casefold().replace("’", "'")))


@lru_cache(maxsize=1 << 18)
def fold_word(w: str) -> str:
    """fold() for single words, cached: the same words come back in every article."""
    return fold(w)


def short_hash(*parts: str, n: int = 12) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def parse_day(value: str | None) -> date | None:
    """The day of an ISO value (YYYY-MM-DD or an interval's start); None when coarser or absent."""
    if not value:
        return None
    v = value.split("/")[0]
    try:
        return date.fromisoformat(v) if len(v) == 10 else None
    except ValueError:
        return None


def parse_start(value: str | None) -> date | None:
    """First day of an ISO value of any precision (2024 -> 2024-01-01)."""
    if not value:
        return None
    v = value.split("/")[0]
    parts = [*v.split("-"), "01", "01"]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


@dataclass
class Article:
    """A record with what the story steps need computed once: sentence bounds and per-sentence entities."""

    record: Record
    sentence_starts: list[int] = field(default_factory=list)
    path: Path | None = None  # the record file it was read from
    source_key: str = ""
    copy_group: str | None = None
    # per local entity id: the story entity id (filled by entities.merge)
    story_ids: dict[str, str] = field(default_factory=dict)
    _mention_starts: list[int] | None = None  # built on first use, once story_ids is filled
    _mention_ids: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.record.id

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[max(i, 0)]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.record.text)
        return start, end

    def sentence(self, offset: int) -> str:
        s, e = self.sentence_bounds(offset)
        return self.record.text[s:e].strip()

    def entities_between(self, start: int, end: int) -> set[str]:
        """Story entity ids mentioned between two offsets."""
        if self._mention_starts is None:
            pairs = sorted((m.start, self.story_ids.get(e.id, "")) for e in self.record.entities for m in e.mentions)
            self._mention_starts, self._mention_ids = [p[0] for p in pairs], [p[1] for p in pairs]
        lo, hi = bisect_left(self._mention_starts, start), bisect_left(self._mention_starts, end)
        return {x for x in self._mention_ids[lo:hi] if x}

    def features(self, offset: int, *, stem: int = 0, drop: set[str] | None = None) -> set[str]:
        """Content words (folded, optionally cut to `stem` characters) and story entities of the sentence at offset."""
        s, e = self.sentence_bounds(offset)
        stop = _stop_words()
        words = {fold_word(w) for w in _WORD.findall(self.record.text[s:e])}
        words = {w for w in words if w not in stop and (len(w) > 2 or w.isdigit())}
        if drop:
            words -= drop
        if stem:
            words = {w[:stem] for w in words}
        return words | {f"E:{x}" for x in self.entities_between(s, e)}


def sentence_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def load_articles(out_dir: Path) -> tuple[list[Article], list[str]]:
    """Every record (OUT/*.json) sorted by id, and the files that are not valid records with the reason."""
    articles: list[Article] = []
    skipped: list[str] = []
    for path in sorted(out_dir.glob("*.json")):
        try:
            record = Record.model_validate_json(path.read_bytes())
        except (OSError, ValueError) as exc:
            skipped.append(f"{path.name}: {str(exc).splitlines()[0]}")
            continue
        articles.append(Article(record, sentence_starts(record.text), path))
    articles.sort(key=lambda a: a.id)
    return articles, skipped


def fingerprint(articles: list[Article]) -> str:
    h = hashlib.sha256()
    for a in articles:
        r = a.record
        h.update(f"{r.id}\0{r.source.sha256}\0{r.pipeline.version}\0{r.pipeline.data}\0".encode())
    return h.hexdigest()[:16]
