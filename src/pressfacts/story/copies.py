"""Wire copies and reprints: near-duplicate articles found with MinHash/LSH (datasketch) over word shingles."""

from __future__ import annotations

import re
import zlib
from itertools import accumulate

from datasketch import MinHash, MinHashLSH

from .load import Article, fold, settings, short_hash
from .models import CopyGroup, CopyMember

_WORD = re.compile(r"\w+")


def shingle_hashes(text: str, k: int) -> list[int]:
    """CRC-32 of every k-word shingle of the folded text (the words joined by one space), duplicates kept: a MinHash is
    a minimum, so a repeated shingle changes nothing, and skipping the set and the per-shingle join/encode is what
    makes 10 000 articles cheap. Each shingle is a slice of the joined words' bytes, hashed in place."""
    words = [w.encode() for w in _WORD.findall(fold(text))]
    if not words:
        return []
    joined = memoryview(b" ".join(words))
    if len(words) < k:
        return [zlib.crc32(joined)]
    starts = [0, *accumulate(len(w) + 1 for w in words[:-1])]
    n = len(words) - k + 1
    return [zlib.crc32(joined[s : e + len(w)]) for s, e, w in zip(starts[:n], starts[k - 1 :], words[k - 1 :], strict=True)]


def shingles(text: str, k: int) -> list[bytes]:
    """The distinct k-word shingles themselves (what shingle_hashes hashes), for reading and tests."""
    words = _WORD.findall(fold(text))
    if len(words) < k:
        return [" ".join(words).encode()] if words else []
    return list({" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)})


def _original_key(a: Article) -> tuple[int, str, str]:
    # Earliest publication first; undated articles after dated ones; then the smallest id.
    pub = a.record.published
    return (0 if pub else 1, pub or "", a.id)


def find_copies(articles: list[Article]) -> list[CopyGroup]:
    """Groups of near-duplicate articles; sets each article's `copy_group` and `source_key`."""
    cfg = settings()["copies"]
    by_id = {a.id: a for a in articles}
    for a in articles:
        a.source_key, a.copy_group = a.id, None
    sets = [shingle_hashes(a.record.text, cfg["shingle_words"]) for a in articles]
    hashes = MinHash.bulk(sets, num_perm=cfg["num_perm"], hashfunc=int)  # the values are already 32-bit hashes
    lsh = MinHashLSH(threshold=cfg["lsh_threshold"], num_perm=cfg["num_perm"])
    parent = {a.id: a.id for a in articles}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    mh = {a.id: h for a, h in zip(articles, hashes, strict=True)}
    for a, s in zip(articles, sets, strict=True):
        if not s:
            continue
        for other in sorted(lsh.query(mh[a.id])):
            if mh[a.id].jaccard(mh[other]) >= cfg["min_similarity"]:
                parent[root(a.id)] = root(other)
        lsh.insert(a.id, mh[a.id])
    members: dict[str, list[str]] = {}
    for a in articles:
        members.setdefault(root(a.id), []).append(a.id)
    groups: list[CopyGroup] = []
    for ids in members.values():
        if len(ids) < 2:
            continue
        original = min((by_id[i] for i in ids), key=_original_key).id
        gid = "copy-" + short_hash(original)
        rest = sorted((i for i in ids if i != original), key=lambda i: (-mh[original].jaccard(mh[i]), i))
        group = CopyGroup(id=gid, original=original, members=[
            CopyMember(record_id=original, similarity=1.0),
            *(CopyMember(record_id=i, similarity=round(float(mh[original].jaccard(mh[i])), 3)) for i in rest),
        ])
        for i in ids:
            by_id[i].copy_group = by_id[i].source_key = gid
        groups.append(group)
    groups.sort(key=lambda g: g.id)
    return groups
