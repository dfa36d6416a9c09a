"""The timeline: every dated event (date value + the sentence it dates + entities in it), merged across articles.

Two reports of a date are one event when they give the same value and their sentences share content (words, entities);
reports a day or two apart are also one event, a disputed one, when their sentences share much more (the death at
Grande-Synthe "dans la nuit du 15 avril" in one article, "le 16 avril" in two others)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from ..records import DateFact
from .load import Article, fold, parse_day, settings, short_hash
from .models import EventDate, TimelineEvent

_WORD = re.compile(r"\w+")
_DAY_NUMBER = re.compile(r"\d")


@dataclass
class _Node:
    art: Article
    date: DateFact
    feats: set[str]


@dataclass
class _Cluster:
    value: str
    granularity: str
    nodes: list[_Node] = field(default_factory=list)
    feats: set[str] = field(default_factory=set)
    merged_into: _Cluster | None = None

    def root(self) -> _Cluster:
        c = self
        while c.merged_into is not None:
            c = c.merged_into
        return c


def sort_key(value: str) -> str:
    parts = value.split("/")[0].split("-")
    return "-".join(([*parts, "00", "00"])[:3])


def _overlap(a: set[str], b: set[str]) -> tuple[int, float]:
    shared = len(a & b)
    return shared, shared / max(1, min(len(a), len(b)))


def _same_value_clusters(nodes: list[_Node]) -> list[_Cluster]:
    need = settings()["timeline"]["same_min_shared"]
    buckets: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)
    for n in nodes:
        value = n.date.value or ""
        key = (value, n.date.granularity)
        for c in buckets[key]:
            if len(c.feats & n.feats) >= need:
                break
        else:
            c = _Cluster(value, n.date.granularity)
            buckets[key].append(c)
        c.nodes.append(n)
        c.feats |= n.feats
    return [c for cs in buckets.values() for c in cs]


def _link_disputed(clusters: list[_Cluster]) -> None:
    """Merge day-level events a day or two apart whose sentences tell the same thing (different articles only)."""
    cfg = settings()["timeline"]
    by_day: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        if c.granularity == "day" and parse_day(c.value):
            by_day[c.value].append(c)
    for c in clusters:
        day = parse_day(c.value) if c.granularity == "day" else None
        if day is None:
            continue
        for delta in range(1, cfg["conflict_max_days"] + 1):
            for other in by_day.get((day + timedelta(days=delta)).isoformat(), ()):
                if c.root() is other.root():
                    continue
                if {n.art.id for n in c.nodes} & {n.art.id for n in other.nodes}:
                    continue  # one article naming both days is telling two moments apart, not disagreeing
                cap = cfg["max_members_compared"]
                # Only dates that name the day ("le 16 avril", not "samedi" or "hier") can disagree: a weekday or
                # "hier" resolved against two publication dates says more about the dates of the articles.
                xs = [n for n in c.nodes if _DAY_NUMBER.search(n.date.text)][:cap]
                ys = [n for n in other.nodes if _DAY_NUMBER.search(n.date.text)][:cap]
                best = max((_overlap(a.feats, b.feats) for a in xs for b in ys), default=(0, 0.0))
                if best[0] >= cfg["conflict_min_shared"] and best[1] >= cfg["conflict_min_overlap"]:
                    other.root().merged_into = c.root()


def _event(nodes: list[_Node]) -> TimelineEvent:
    nodes = sorted(nodes, key=lambda n: (n.art.id, n.date.start))
    votes = Counter({v: len({n.art.source_key for n in nodes if n.date.value == v}) for v in {n.date.value for n in nodes}})
    value = min(votes, key=lambda v: (-votes[v], sort_key(v or "")))
    first = min(nodes, key=lambda n: (n.art.record.published is None, n.art.record.published or "", n.art.id, n.date.start))
    dates = [
        EventDate(record_id=n.art.id, start=n.date.start, end=n.date.end, text=n.date.text, value=n.date.value or "",
                  granularity=n.date.granularity, relative=n.date.relative,
                  inferred=n.date.relative and n.art.record.published_source == "inferred")
        for n in nodes
    ]
    ents: set[str] = set()
    for n in nodes:
        s, e = n.art.sentence_bounds(n.date.start)
        ents |= n.art.entities_between(s, e)
    values = sorted({d.value for d in dates}, key=sort_key)
    return TimelineEvent(
        id="ev-" + short_hash(values[0], nodes[0].art.id, str(nodes[0].date.start)),
        value=value or "", values=values, granularity=first.date.granularity, sort_key=sort_key(value or ""),
        sentence=first.art.sentence(first.date.start), entities=sorted(ents), records=sorted({n.art.id for n in nodes}),
        dates=dates, relative=all(d.relative for d in dates), inferred=all(d.inferred for d in dates),
        disputed=len(values) > 1,
    )


def build_timeline(articles: list[Article]) -> tuple[list[TimelineEvent], dict[tuple[str, int], str]]:
    """Events sorted by date, and the event id of each record date (record id, start offset)."""
    stem = settings()["timeline"]["stem_chars"]
    nodes = []
    for a in articles:
        for d in a.record.dates:
            if d.value:
                drop = {fold(w) for w in _WORD.findall(d.text)}
                nodes.append(_Node(a, d, a.features(d.start, stem=stem, drop=drop)))
    clusters = _same_value_clusters(nodes)
    _link_disputed(clusters)
    grouped: dict[int, list[_Node]] = defaultdict(list)
    for c in clusters:
        grouped[id(c.root())].extend(c.nodes)
    events = sorted((_event(ns) for ns in grouped.values()), key=lambda e: (e.sort_key, e.value, e.id))
    index = {(d.record_id, d.start): e.id for e in events for d in e.dates}
    return events, index
