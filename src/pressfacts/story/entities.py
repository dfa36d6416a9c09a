"""Entities across articles: one story entity per real-world person, place or organization.

Merge rules, in order:
1. same label and same comparison key (case, accents, a leading article, a web suffix such as .fr/.gg and an
   organization's kind noun such as "groupe" ignored);
2. same label and close spelling (rapidfuzz ratio); for people, only when the surnames (last words) are equal;
3. a one-word person name ("Philippe", "Coopman") joins the unique full name it is the first or last word of, and
   one-word names join each other, only when their articles share the case: enough other entities in common,
   publication dates close. Two different "Martin" in unrelated articles stay two people.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from ..records import Entity
from .load import Article, fold, name_kinds, parse_start, settings, short_hash
from .models import AttributeValue, MentionRef, Span, StoryEntity

_ARTICLE = re.compile(r"^(?:les|le|la|l')\s*")  # "les" first: "Les Républicains" -> "républicains"
_WEB_SUFFIX = re.compile(r"\.(?:[a-z]{2,4})$")
_NON_WORD = re.compile(r"[^\w]+")
_LINK = re.compile(r"^(?:de|du|des)\b|^d'")  # "théâtre du Rond-Point": a name of its own after the kind noun

Node = tuple[str, str]  # (record id, entity id)


def name_key(name: str, label: str | None = None) -> str:
    """Comparison form of a name: "Coco.gg", "coco.fr" and "Coco" -> "coco"; "L'Élysée" -> "elysee"; an
    organization's "groupe TF1" -> "tf1" (an article names the group by its kind noun, another by the name alone)."""
    k = _ARTICLE.sub("", _WEB_SUFFIX.sub("", fold(name).strip()))
    if label == "ORG":  # (a place "Théâtre Montparnasse" is not the district "Montparnasse")
        kind, _, rest = k.partition(" ")
        if rest and kind in name_kinds() and not _LINK.match(rest):
            k = _ARTICLE.sub("", rest)  # "groupe Le Monde" is "Le Monde"
    return _NON_WORD.sub(" ", k).strip()


class _UnionFind:
    def __init__(self, nodes: Iterable[Node]) -> None:
        self.parent = {n: n for n in nodes}

    def find(self, x: Node) -> Node:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Node, b: Node) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # smallest node as root: independent of the order of unions


def _is_partial(label: str, key: str) -> bool:
    return label == "PER" and " " not in key


def _exact_and_fuzzy(uf: _UnionFind, ents: dict[Node, Entity], keys: dict[Node, str]) -> None:
    by_key: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for n, e in ents.items():
        if keys[n] and not _is_partial(e.label, keys[n]):
            by_key[(e.label, keys[n])].append(n)
    for nodes in by_key.values():
        for n in nodes[1:]:
            uf.union(nodes[0], n)
    # Fuzzy: compare distinct keys of one label that start alike (blocking keeps it linear in practice).
    cutoff = settings()["entities"]["fuzzy_min_ratio"]
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for label, key in sorted(by_key):
        blocks[(label, key[:2])].append(key)
    for (label, _), block in blocks.items():
        if len(block) < 2:
            continue
        scores = process.cdist(block, block, scorer=fuzz.ratio, score_cutoff=cutoff)
        for i, j in zip(*scores.nonzero(), strict=True):
            a, b = block[int(i)], block[int(j)]
            if i >= j or (label == "PER" and a.split()[-1] != b.split()[-1]):
                continue
            uf.union(by_key[(label, a)][0], by_key[(label, b)][0])


def _case_entities(arts: dict[str, Article], ents: dict[Node, Entity], uf: _UnionFind) -> dict[str, set[Node]]:
    """Per record, the clusters of its full-named entities, minus those so common they say nothing about the case."""
    cfg = settings()["entities"]
    per: dict[str, set[Node]] = defaultdict(set)
    for n, e in ents.items():
        if not _is_partial(e.label, name_key(e.name, e.label)):
            per[n[0]].add(uf.find(n))
    if len(arts) >= cfg["common_entity_min_records"]:
        counts = Counter(c for s in per.values() for c in s)
        common = {c for c, k in counts.items() if k > cfg["common_entity_share"] * len(arts)}
        per = defaultdict(set, {r: s - common for r, s in per.items()})
    return per


class _Nearest:
    """The records of a cluster closest in publication date to a given record, found by bisection (a name in 10 000
    articles must stay cheap), a bounded number of them."""

    def __init__(self, arts: dict[str, Article]) -> None:
        self.arts = arts
        self.k = settings()["entities"]["max_compared"]
        self.day = {r: (d.toordinal() if (d := parse_start(a.record.published)) else None) for r, a in arts.items()}
        self.cache: dict[Node, tuple[list[int], list[str], list[str]]] = {}

    def __call__(self, rid: str, cluster: Node, records: set[str]) -> list[str]:
        if cluster not in self.cache:
            dated = sorted((self.day[r], r) for r in records if self.day[r] is not None)
            undated = sorted(r for r in records if self.day[r] is None)
            self.cache[cluster] = ([d for d, _ in dated], [r for _, r in dated], undated)
        days, ids, undated = self.cache[cluster]
        d0 = self.day[rid]
        if d0 is None:
            picked = ids[: self.k] + undated[: self.k]
        else:
            i = bisect_left(days, d0)
            picked = ids[max(0, i - self.k // 2) : i + self.k // 2] + undated[: self.k // 4]
        return [r for r in picked if r != rid]


def _case_score(a: str, b: str, arts: dict[str, Article], case: dict[str, set[Node]], exclude: set[Node]) -> int:
    cfg = settings()["entities"]
    score = len((case[a] & case[b]) - exclude)
    da, db = parse_start(arts[a].record.published), parse_start(arts[b].record.published)
    if da and db and abs((da - db).days) <= cfg["case_close_days"]:
        score += 1
    return score


def _partials(uf: _UnionFind, arts: dict[str, Article], ents: dict[Node, Entity], keys: dict[Node, str]) -> None:
    need = settings()["entities"]["case_min_shared"]  # shared entities, a close publication date counting as one
    case = _case_entities(arts, ents, uf)
    nearest = _Nearest(arts)
    full_by_token: dict[str, set[Node]] = defaultdict(set)
    for n, e in ents.items():
        if e.label == "PER" and not _is_partial(e.label, keys[n]):
            toks = keys[n].split()
            full_by_token[toks[0]].add(uf.find(n))
            full_by_token[toks[-1]].add(uf.find(n))
    records_of: dict[Node, set[str]] = defaultdict(set)
    for n in ents:
        records_of[uf.find(n)].add(n[0])
    singles: dict[str, list[Node]] = defaultdict(list)
    for n in sorted(ents):
        e = ents[n]
        if not keys[n] or not _is_partial(e.label, keys[n]):
            continue
        scored = sorted(
            ((max((_case_score(n[0], r, arts, case, {c}) for r in nearest(n[0], c, records_of[c])), default=0), c)
             for c in full_by_token.get(keys[n], ()) if records_of[c] - {n[0]}),
            reverse=True,
        )
        if scored and scored[0][0] >= need and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            uf.union(n, scored[0][1])
        elif not scored:
            singles[keys[n]].append(n)
    # One-word names with no full form: join the first earlier group of the same word whose articles share the case.
    for nodes in singles.values():
        groups: list[list[Node]] = []
        for n in nodes:
            for g in groups:
                recent = {m[0] for m in g[-settings()["entities"]["max_compared"] :]} - {n[0]}
                if any(_case_score(n[0], r, arts, case, set()) >= need for r in sorted(recent)):
                    uf.union(g[0], n)
                    g.append(n)
                    break
            else:
                groups.append([n])


def _canonical(label: str, names: Counter[str]) -> str:
    # Prefer, for people, a multi-word name; then the form most articles use; then the longest; then alphabetical.
    return max(names, key=lambda s: (label == "PER" and " " in s.strip(), names[s], len(s), s))


def _attributes(arts: dict[str, Article], nodes: list[Node], ents: dict[Node, Entity]) -> tuple[list, list]:
    ages: list[AttributeValue] = []
    roles: list[AttributeValue] = []
    for rid, eid in nodes:
        e, rec = ents[(rid, eid)], arts[rid].record
        starts = [m.start for m in e.mentions]
        if e.attributes.age is not None:
            near = [f for f in rec.figures if f.value == e.attributes.age and fold(f.unit or "").startswith("an")]
            f = min(near, key=lambda f: min(abs(f.start - s) for s in starts), default=None)
            wording = Span(record_id=rid, start=f.start, end=f.end, text=f.text) if f else None
            ages.append(AttributeValue(value=e.attributes.age, record_id=rid, wording=wording))
        for role in e.attributes.roles:
            hits = [m.start() for m in re.finditer(re.escape(role), rec.text)]
            at = min(hits, key=lambda h: min(abs(h - s) for s in starts), default=None)
            wording = Span(record_id=rid, start=at, end=at + len(role), text=role) if at is not None else None
            roles.append(AttributeValue(value=role, record_id=rid, wording=wording))
    return ages, roles


def merge_entities(articles: list[Article]) -> list[StoryEntity]:
    """Story entities, sorted by article count then name; fills each article's `story_ids`."""
    arts = {a.id: a for a in articles}
    ents: dict[Node, Entity] = {(a.id, e.id): e for a in articles for e in a.record.entities}
    keys = {n: name_key(e.name, e.label) for n, e in ents.items()}
    uf = _UnionFind(sorted(ents))
    _exact_and_fuzzy(uf, ents, keys)
    _partials(uf, arts, ents, keys)
    clusters: dict[Node, list[Node]] = defaultdict(list)
    for n in sorted(ents):
        clusters[uf.find(n)].append(n)
    out: list[StoryEntity] = []
    seen_ids: Counter[str] = Counter()
    ordered = sorted(clusters.values(), key=lambda ns: (-len({n[0] for n in ns}), ns[0]))
    for nodes in ordered:
        label = Counter(ents[n].label for n in nodes).most_common(1)[0][0]
        names = Counter(ents[n].name for n in nodes)
        name = _canonical(label, names)
        base = f"ent-{short_hash(label, name_key(name, label) or name)}"
        seen_ids[base] += 1
        # A second cluster with the same name (two different "Martin"): its first member disambiguates.
        sid = base if seen_ids[base] == 1 else f"ent-{short_hash(label, name_key(name, label), *nodes[0])}"
        forms = {ents[n].name for n in nodes} | {m.text for n in nodes for m in ents[n].mentions}
        mentions = [MentionRef(record_id=r, entity_id=e, start=m.start, end=m.end, text=m.text)
                    for r, e in nodes for m in ents[(r, e)].mentions]
        ages, roles = _attributes(arts, nodes, ents)
        out.append(StoryEntity(
            id=sid, label=label, name=name, aliases=sorted(forms - {name}), records=sorted({r for r, _ in nodes}),
            members=[f"{r}#{e}" for r, e in nodes], mentions=mentions, ages=ages, roles=roles,
        ))
        for r, e in nodes:
            arts[r].story_ids[e] = sid
    out.sort(key=lambda s: (-len(s.records), s.name.casefold(), s.id))
    return out
