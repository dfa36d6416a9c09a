"""Reading the records of an output folder, and the small text helpers every story step shares."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from ..records import Record
from ..settings import pipelines_dir

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_WORD = re.compile(r"\w+")
_MONTHS = ("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
           "lundi mardi mercredi jeudi vendredi samedi dimanche")


@cache
def settings() -> dict[str, Any]:
    """Tunables of the story (pipelines/story/settings.json)."""
    return json.loads((pipelines_dir() / "story" / "settings.json").read_text(encoding="utf-8"))


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS

    return frozenset({fold(w) for w in STOP_WORDS} | set(_MONTHS.split()))


def fold(s: str) -> str:
    """Lower case without accents: the comparison form of names and words."""
    s = unicodedata.normalize("NFKD", s.casefold().replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c))


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
    parts = v.split("-") + ["01", "01"]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


@dataclass
class Article:
    """A record with what the story steps need computed once: sentence bounds and per-sentence entities."""

    record: Record
    sentence_starts: list[int] = field(default_factory=list)
    source_key: str = ""
    copy_group: str | None = None
    # per local entity id: the story entity id (filled by entities.merge)
    story_ids: dict[str, str] = field(default_factory=dict)

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
        out: set[str] = set()
        for ent in self.record.entities:
            if any(start <= m.start < end for m in ent.mentions) and ent.id in self.story_ids:
                out.add(self.story_ids[ent.id])
        return out

    def features(self, offset: int, *, stem: int = 0, drop: set[str] | None = None) -> set[str]:
        """Content words (folded, optionally cut to `stem` characters) and story entities of the sentence at offset."""
        s, e = self.sentence_bounds(offset)
        stop = _stop_words()
        words = {fold(w) for w in _WORD.findall(self.record.text[s:e])}
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
        articles.append(Article(record, sentence_starts(record.text)))
    articles.sort(key=lambda a: a.id)
    return articles, skipped


def fingerprint(articles: list[Article]) -> str:
    h = hashlib.sha256()
    for a in articles:
        r = a.record
        h.update(f"{r.id}\0{r.source.sha256}\0{r.pipeline.version}\0{r.pipeline.data}\0".encode())
    return h.hexdigest()[:16]
