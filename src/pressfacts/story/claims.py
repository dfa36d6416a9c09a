"""Claims: the figures, event dates, ages and roles several articles state, grouped, each group `single`,
`consistent` or `conflict` (with the exact wording and offsets of both sides of every disagreement).

A figure allows a range of values: "23 051" exactly that, "près de 480" +-10 %, "plus de 23 000" up to 25 % more, a
round "23 000" +-2 %. Two figures of the same counted noun (lemma) join a group when their ranges overlap and the match
means something (a specific number such as 23 051, or sentences with words in common), or when their ranges do not
overlap but their sentences clearly tell the same thing on the same days: that is a conflict. Reprints of one dispatch
(see copies.py) are one independent source."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

import numpy as np

from ..records import Figure
from ..settings import read_jsonl
from .load import Article, fold, parse_day, settings, short_hash
from .models import Claim, ClaimGroup, MentionRef, Reason, Span, StoryEntity, TimelineEvent

_WORD = re.compile(r"\w+")
_STATUS_ORDER = {"conflict": 0, "consistent": 1, "single": 2}
# Claim indexes (rows) -> mask (rows x claims) of the pairs that may disagree; never False for a pair that does.
Disagreement = Callable[[np.ndarray], np.ndarray] | None
_BLOCK = 256  # rows of a pair mask at once: 256 x n booleans


@cache
def _irregular() -> dict[str, str]:
    return {r["plural"]: r["singular"] for r in read_jsonl("story/units.jsonl")}


def unit_lemma(unit: str) -> str:
    """The counted noun in its singular comparison form: "procédures judiciaires" -> "procedure"."""
    u = fold(unit).strip()
    irregular = _irregular()
    if u in irregular:
        return irregular[u]
    words = _WORD.findall(u) or [u]
    head = words[0]
    if head in irregular:
        return irregular[head]
    if head.endswith("aux") and len(head) > 4:
        return head[:-3] + "al"
    if head.endswith(("s", "x")) and len(head) > 3:
        return head[:-1]
    return head


def figure_range(f: Figure) -> tuple[float, float]:
    """Lowest and highest value a figure allows, given its qualifier (see the module docstring)."""
    cfg = settings()["claims"]
    v, top = float(f.value), float(f.value_max if f.value_max is not None else f.value)
    if f.qualifier == "approx":
        return v * (1 - cfg["approx_tolerance"]), top * (1 + cfg["approx_tolerance"])
    if f.qualifier in ("more_than", "at_least"):
        return v, top * (1 + cfg["bound_tolerance"])
    if f.qualifier in ("less_than", "at_most"):
        return v * (1 - cfg["bound_tolerance"]), top
    if f.value_max is None and v >= 100 and v % 100 == 0:  # a round number is a rounded one
        return v * (1 - cfg["round_tolerance"]), v * (1 + cfg["round_tolerance"])
    return v, top


@dataclass
class _Fig:
    art: Article
    fig: Figure
    lemma: str
    low: float
    high: float
    feats: set[str]
    day: object  # datetime.date | None: the day the sentence is about, else the publication day
    specific: bool = False  # see _specific, computed once per figure rather than once per pair

    def claim(self) -> Claim:
        f = self.fig
        return Claim(record_id=self.art.id, source_key=self.art.source_key, published=self.art.record.published,
                     wording=Span(record_id=self.art.id, start=f.start, end=f.end, text=f.text), value=f.value,
                     value_max=f.value_max, qualifier=f.qualifier, unit=f.unit, low=round(self.low, 3),
                     high=round(self.high, 3))


def _figure_nodes(articles: list[Article]) -> list[_Fig]:
    cfg = settings()["claims"]
    ignored = {fold(u) for u in cfg["ignored_units"]}
    out = []
    for a in articles:
        days = {a.sentence_bounds(d.start): parse_day(d.value) for d in a.record.dates if d.granularity == "day"}
        for f in a.record.figures:
            if not f.unit or float(f.value) < cfg["min_value"] or fold(f.unit).split(" ")[0] in ignored:
                continue
            lemma = unit_lemma(f.unit)
            drop = {fold(w) for w in _WORD.findall(f.text)} | {lemma}
            low, high = figure_range(f)
            day = days.get(a.sentence_bounds(f.start)) or parse_day(a.record.published)
            node = _Fig(a, f, lemma, low, high, a.features(f.start, drop=drop), day)
            node.specific = _specific(node)
            out.append(node)
    return out


def _specific(x: _Fig) -> bool:
    """A number precise enough that two articles giving it are very likely counting the same thing (480, 23 051)."""
    v = float(x.fig.value)
    return x.fig.value_max is None and v >= settings()["claims"]["min_value_alone"] and v % 100 != 0


def _linked(x: _Fig, y: _Fig, cfg: dict) -> bool:
    # Cheap tests first, the shared words (a set intersection) last: millions of pairs over 10 000 articles.
    if x.low <= y.high and y.low <= x.high:
        return x.art is y.art or x.specific or y.specific or len(x.feats & y.feats) >= cfg["agree_min_shared"]
    if x.art.source_key == y.art.source_key:
        return False
    if max(x.high, y.high) > cfg["conflict_max_ratio"] * max(1e-9, min(x.low, y.low)):
        return False
    if x.day is None or y.day is None or abs((x.day - y.day).days) > cfg["conflict_max_days"]:  # type: ignore[operator]
        return False
    return len(x.feats & y.feats) >= cfg["conflict_min_shared"]


def _finder(parent: list[int]) -> Callable[[int], int]:
    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    return find


def _figure_groups(articles: list[Article]) -> list[list[_Fig]]:
    cfg = settings()["claims"]
    by_lemma: dict[str, list[_Fig]] = defaultdict(list)
    for n in _figure_nodes(articles):
        by_lemma[n.lemma].append(n)
    groups: list[list[_Fig]] = []
    for nodes in by_lemma.values():
        nodes.sort(key=lambda n: (n.low, n.art.id, n.fig.start))
        parent = list(range(len(nodes)))
        find = _finder(parent)
        for i, x in enumerate(nodes):
            limit = x.high * cfg["conflict_max_ratio"]
            for j in range(i + 1, min(len(nodes), i + 1 + cfg["max_neighbours"])):
                if nodes[j].low > limit:
                    break
                a, b = find(i), find(j)
                if a != b and _linked(x, nodes[j], cfg):
                    parent[max(a, b)] = min(a, b)
        members: dict[int, list[_Fig]] = defaultdict(list)
        for i, n in enumerate(nodes):
            members[find(i)].append(n)
        groups += [m for m in members.values() if len({n.art.id for n in m}) > 1]
    return groups


def _range_text(c: Claim) -> str:
    def num(x: float) -> str:
        return f"{x:,.0f}".replace(",", " ") if x >= 100 else f"{x:g}"

    return num(c.low or 0) if c.low == c.high else f"{num(c.low or 0)}-{num(c.high or 0)}"


def _codes(values: list) -> np.ndarray:
    """Equal values, equal integers: comparisons of a whole group at once."""
    seen: dict = {}
    return np.fromiter((seen.setdefault(v, len(seen)) for v in values), dtype=np.int64, count=len(values))


def _candidate_pairs(claims: list[Claim], may_disagree: Disagreement) -> Iterator[tuple[int, int]]:
    """Pairs i < j from different sources that `may_disagree` does not rule out, in (i, j) order: a vectorised
    filter over blocks of rows, so a group of thousands of consistent figures costs no Python loop over its pairs."""
    n = len(claims)
    src = _codes([c.source_key for c in claims])
    cols = np.arange(n)
    for r0 in range(0, n - 1, _BLOCK):
        rows = cols[r0 : r0 + _BLOCK]
        mask = (cols[None, :] > rows[:, None]) & (src[None, :] != src[rows][:, None])
        if may_disagree is not None:
            mask &= may_disagree(rows)
        for i, j in zip(*np.nonzero(mask), strict=True):  # row-major: the (i, j) order of a double loop
            yield r0 + int(i), int(j)


def _group(kind: str, subject: str, claims: list[Claim], *, entity_id: str | None = None, event_id: str | None = None,
           disagree: object = None, prefilter: Callable[[list[Claim]], Disagreement] | None = None) -> ClaimGroup:
    """A claim group with its status; `disagree(a, b)` returns why two claims cannot both hold, or None;
    `prefilter(claims)` is a Disagreement: which pairs may disagree (a superset of those that do)."""
    claims = sorted(claims, key=lambda c: (c.record_id, c.wording.start))
    sources = len({c.source_key for c in claims})
    reasons: list[Reason] = []
    cap = settings()["claims"]["max_reasons"]
    if disagree:
        for i, j in _candidate_pairs(claims, prefilter(claims) if prefilter else None):
            if len(reasons) >= cap:
                break
            a, b = claims[i], claims[j]
            why = disagree(a, b)  # type: ignore[operator]
            if why:
                reasons.append(Reason(text=why, a=a.wording, b=b.wording))
    status = "conflict" if reasons else ("consistent" if sources > 1 else "single")
    first = claims[0]
    return ClaimGroup(
        id="claim-" + short_hash(kind, subject, first.record_id, str(first.wording.start)), kind=kind, subject=subject,
        entity_id=entity_id, event_id=event_id, status=status, sources=sources,
        records=sorted({c.record_id for c in claims}), claims=claims, reasons=reasons,
    )


def _figure_disagree(days: dict[tuple[str, int], object]) -> Callable[[Claim, Claim], str | None]:
    """Two figures disagree when their ranges do not overlap and they are about the same days (the day their sentence
    names, else the publication day): a group chained across weeks holds different counts, not a conflict."""
    window = settings()["claims"]["conflict_max_days"]

    def check(a: Claim, b: Claim) -> str | None:
        da, db = days.get((a.record_id, a.wording.start)), days.get((b.record_id, b.wording.start))
        if da is None or db is None or abs((da - db).days) > window:  # type: ignore[operator]
            return None
        return _ranges_disagree(a, b)

    return check


def _figure_prefilter(days: dict[tuple[str, int], object]) -> Callable[[list[Claim]], Disagreement]:
    """Vectorised _figure_disagree without the wording: both days known and close, ranges apart."""
    window = settings()["claims"]["conflict_max_days"]

    def prefilter(claims: list[Claim]) -> Disagreement:
        day = [days.get((c.record_id, c.wording.start)) for c in claims]
        known = np.array([d is not None for d in day])
        ordinal = np.array([d.toordinal() if d is not None else 0 for d in day], dtype=np.int64)  # type: ignore[attr-defined]
        low = np.array([c.low or 0 for c in claims], dtype=float)
        high = np.array([c.high or 0 for c in claims], dtype=float)
        def mask(rows: np.ndarray) -> np.ndarray:
            r = rows[:, None]
            return (known & known[r] & (np.abs(ordinal - ordinal[r]) <= window)) & ((low > high[r]) | (high < low[r]))

        return mask

    return prefilter


def _value_prefilter(claims: list[Claim]) -> Disagreement:
    """Vectorised _value_disagree: the claims whose value differs from claim i's."""
    codes = _codes([c.value for c in claims])
    return lambda rows: codes[None, :] != codes[rows][:, None]


def _ranges_disagree(a: Claim, b: Claim) -> str | None:
    if (a.low or 0) <= (b.high or 0) and (b.low or 0) <= (a.high or 0):
        return None
    return (f"«{a.wording.text}» ({a.record_id}) allows {_range_text(a)}, «{b.wording.text}» ({b.record_id}) allows "
            f"{_range_text(b)}: both cannot hold")


def _value_disagree(what: str) -> object:
    def check(a: Claim, b: Claim) -> str | None:
        if a.value == b.value:
            return None
        return (f"{what}: «{a.wording.text}» gives {a.value} ({a.record_id}), «{b.wording.text}» gives {b.value} "
                f"({b.record_id})")

    return check


def _attribute_groups(articles: list[Article], entities: list[StoryEntity]) -> list[ClaimGroup]:
    arts = {a.id: a for a in articles}
    out: list[ClaimGroup] = []
    for ent in entities:
        first: dict[str, MentionRef] = {}
        for m in ent.mentions:
            first.setdefault(m.record_id, m)

        def first_mention(rid: str, first: dict[str, MentionRef] = first) -> Span:
            # A Span only where a value has no wording of its own: an entity can have thousands of mentions.
            m = first[rid]
            return Span(record_id=m.record_id, start=m.start, end=m.end, text=m.text)

        ages = [Claim(record_id=v.record_id, source_key=arts[v.record_id].source_key,
                      published=arts[v.record_id].record.published, wording=v.wording or first_mention(v.record_id),
                      value=v.value, low=float(v.value), high=float(v.value)) for v in ent.ages]
        if ages:
            out.append(_group("age", ent.name, ages, entity_id=ent.id, disagree=_value_disagree(f"age of {ent.name}"),
                              prefilter=_value_prefilter))
        by_role: dict[str, list[Claim]] = defaultdict(list)
        for v in ent.roles:
            by_role[fold(str(v.value))].append(Claim(
                record_id=v.record_id, source_key=arts[v.record_id].source_key,
                published=arts[v.record_id].record.published, wording=v.wording or first_mention(v.record_id),
                value=v.value))
        # Roles accumulate (a person can be "avocate" and "porte-parole"): one group per role, never a conflict.
        for role in sorted(by_role):
            out.append(_group("role", f"{ent.name}: {role}", by_role[role], entity_id=ent.id))
    return out


def _date_groups(articles: list[Article], events: list[TimelineEvent]) -> list[ClaimGroup]:
    arts = {a.id: a for a in articles}
    out = []
    for ev in events:
        if len(ev.records) < 2:
            continue
        claims = [Claim(record_id=d.record_id, source_key=arts[d.record_id].source_key,
                        published=arts[d.record_id].record.published,
                        wording=Span(record_id=d.record_id, start=d.start, end=d.end, text=d.text), value=d.value)
                  for d in ev.dates]
        out.append(_group("date", ev.sentence[:160], claims, event_id=ev.id,
                          disagree=_value_disagree("date of one event"), prefilter=_value_prefilter))
    return out


def build_claims(articles: list[Article], entities: list[StoryEntity], events: list[TimelineEvent]
                 ) -> tuple[list[ClaimGroup], dict[tuple[str, int], str]]:
    """Every claim group, conflicts first; and the group id of each record figure (record id, start offset)."""
    groups: list[ClaimGroup] = []
    for nodes in _figure_groups(articles):
        count = Counter(n.fig.unit for n in nodes)
        units = sorted((n.fig.unit or "" for n in nodes), key=lambda u: (-count[u], u))
        days = {(n.art.id, n.fig.start): n.day for n in nodes}
        groups.append(_group("figure", units[0], [n.claim() for n in nodes], disagree=_figure_disagree(days),
                             prefilter=_figure_prefilter(days)))
    groups += _attribute_groups(articles, entities)
    groups += _date_groups(articles, events)
    groups.sort(key=lambda g: (_STATUS_ORDER[g.status], -g.sources, g.kind, g.subject, g.id))
    index = {(c.record_id, c.wording.start): g.id for g in groups if g.kind == "figure" for c in g.claims}
    return groups, index

