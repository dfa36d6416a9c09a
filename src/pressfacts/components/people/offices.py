"""pipelines/office_holders.jsonl: who held which office when, looked up by folded name and surname, and the
office titles ("le président", "le Premier ministre") that stand for the holder an article names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ...settings import alternation
from .appositions import _dangling, _name_follows
from .patterns import Words, _fold, _head


@dataclass(frozen=True)
class HolderIndex:
    """pipelines/office_holders.jsonl by folded full name and by folded surname ("macron", "le pen"), built
    once: an article's people are looked up, not compared with every row."""

    by_name: dict[str, tuple[dict[str, Any], ...]]
    pattern: re.Pattern[str]  # every title of the table, compiled once
    heads: frozenset[str]  # their head nouns, folded ("president", "ministre", "chef")

    @classmethod
    def of(cls, holders: Iterable[dict[str, Any]]) -> HolderIndex:
        index: dict[str, list[dict[str, Any]]] = {}
        for h in holders:
            words = _fold(h["name"]).split(" ")
            for i in range(len(words)):  # the full name, then what a bare surname may match
                key = " ".join(words[i:])
                if i == 0 or " " not in key:
                    index.setdefault(key, []).append(h)
        titles = {_fold(t) for h in holders for t in h["titles"]}
        return cls({k: tuple(v) for k, v in index.items()}, office_pattern(titles),
                   frozenset(_fold(_head(t)) for t in titles))

    def rows(self, people: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
        """The office-holder rows of each person of the article, by entity id ("Macron" is Emmanuel Macron)."""
        out: dict[str, list[dict[str, Any]]] = {}
        for e in people:
            found = self.by_name.get(_fold(e["name"]))
            if found:
                out[e["id"]] = list(found)
        return out


# "«...», déclare le député", "», a confié le directeur": a title right after a quote's inverted speech verb.


def _in_office(row: dict[str, Any], published: str | None, former: bool) -> bool:
    if not published:
        return True  # no date to check against: the article naming the person is the only evidence
    n = len(published)
    if former:
        return row["to"][:n] < published
    return row["from"][:n] <= published <= row["to"][:n]


# "le président de la région", "le président malien": a bare title followed by what makes it another office
# (the adjective is read from the tagger; these endings only serve a pipeline without one).
_OTHER_OFFICE = re.compile(r"\s*(?:de|du|des|d')\b")
_ADJECTIVE_ENDING = re.compile(r"\s*[a-z]+(?:ien|ienne|ain|aine|ais|aise|ois|oise|and|ande|e|ec|al)\b")


def _other_office(text: str, pos: int, words: Words) -> bool:
    rest = _fold(text[pos : pos + 30])
    if _OTHER_OFFICE.match(rest):
        return True
    if not words.tagged:
        return bool(_ADJECTIVE_ENDING.match(rest))
    return pos + len(rest) - len(rest.lstrip()) in words.adjectives


def office_pattern(titles: Iterable[str]) -> re.Pattern[str]:
    """"le chef de l'État", "l'ex-Premier ministre": office titles (folded) after a determiner."""
    return re.compile(rf"(?<![\w-])(?:le|la|l'|du|au|en\s+tant\s+que)\s*(?P<pre>ex-|ancien\s+|ancienne\s+)?"
                      rf"(?P<role>{alternation(set(titles))})(?![\w-])")


def office_roles(text: str, people: list[dict[str, Any]], attrs: dict[str, dict[str, Any]],
                 rows: dict[str, list[dict[str, Any]]], published: str | None, words: Words | None = None,
                 pattern: re.Pattern[str] | None = None) -> None:
    """"le chef de l'État", "le président russe", "l'ex-Premier ministre" with no name: the one person of the
    article who held that office at the publication date (pipelines/office_holders.jsonl), when exactly one
    does; the role is written as the article writes it."""
    if not rows:
        return
    folded = _fold(text)
    titles = {_fold(t) for hs in rows.values() for h in hs for t in h["titles"]}
    pattern = pattern or office_pattern(titles)
    ends = {m["start"]: m["end"] for e in people for m in e["mentions"]}
    starts = frozenset(ends)
    for m in pattern.finditer(folded):
        title, former = m.group("role"), m.group("pre") is not None
        if title not in titles:
            continue  # the office of someone the article does not name
        rest = text[m.end() : m.end() + 40]
        at = m.end() + len(rest) - len(rest.lstrip(" ,"))
        if at in starts and _dangling(text, m.start("role"), at, ends[at]):
            pass  # "face au président égyptien, X devait ajouter": the title is not X's
        elif at in starts or _name_follows(text, m.end(), starts):
            continue  # "le Premier ministre Édouard Philippe": an apposition, read at the name
        if " " not in title and _other_office(text, m.end(), words or Words()):
            continue
        who = [ent for ent, hs in rows.items()
               if any(_in_office(h, published, former) and title in {_fold(t) for t in h["titles"]} for h in hs)]
        others = [e for e, a in attrs.items() if e not in who and any(_fold(_head(r)) == _fold(_head(title))
                                                                         for r in a["roles"])]
        if len(who) != 1 or (" " not in title and others):
            continue  # two presidents in the article, or a bare "le président" someone else is introduced as
        role = text[m.start("pre") if former else m.start("role") : m.end()]
        if _fold(role) not in {_fold(r) for r in attrs[who[0]]["roles"]}:
            attrs[who[0]]["roles"].append(role)
