"""People's attributes: age and roles, from appositions and titles around a person's mentions.

    "Philippe, 22 ans"                              -> age 22
    "Philippe Coopman, âgé de 22 ans"               -> age 22
    "Eric Henry, délégué national Alliance Police"  -> role "délégué national Alliance Police"
    "l'avocate Caty Richard"                        -> role "avocate"
    "Michel Sollossi, un comptable de 55 ans"       -> role "comptable", age 55
Roles and titles are listed in pipelines/roles.jsonl.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions
from .numbers import parse_number
from .settings import alternation, read_jsonl

ROLES = "roles.jsonl"
_NUM = r"\d{1,3}|[a-zéèêàâûîôç]+(?:[-\s](?:et[-\s])?[a-zéèêàâûîôç]+){0,3}"


@dataclass(frozen=True)
class RolePatterns:
    age_after: re.Pattern[str]
    role_after: re.Pattern[str]
    role_before: re.Pattern[str]
    age_in_role: re.Pattern[str]


@cache
def role_patterns(path: str = ROLES) -> RolePatterns:
    roles = alternation([r["role"] for r in read_jsonl(path)])
    det = r"(?:(?:le|la|l['’]|un|une|son|sa|notre|leur)\s*)?"
    return RolePatterns(
        age_after=re.compile(rf"^\s*(?:,\s*|\(\s*)(?:(?:âgée?s?\s+de|qui\s+a)\s+)?(?P<age>{_NUM})\s+ans\b", re.I),
        # An apposition that starts with a role word, up to the next punctuation.
        role_after=re.compile(rf"^\s*,\s*{det}(?P<role>(?:(?:ancien|ancienne|ex|nouveau|nouvelle|jeune)[\s-]+)?"
                              rf"(?:{roles})\b[^,.;:!?()«»\"\n]{{0,60}}?)\s*(?=[,.;:!?()«»\"\n]|\s+qui\b|$)", re.I),
        role_before=re.compile(rf"(?:^|[\s'’(])(?P<role>(?:(?:ancien|ancienne|ex|nouveau|nouvelle|jeune)[\s-]+)?"
                               rf"(?:{roles})(?:\s+[\w'’-]+){{0,5}}?)\s*,?\s+$", re.I),
        age_in_role=re.compile(rf"\s+(?:de|âgée?\s+de)\s+(?P<age>{_NUM})\s+ans$", re.I),
    )


def _age(text: str) -> int | None:
    try:
        v = int(parse_number(text))
    except ValueError:
        return None
    return v if 0 < v < 130 else None


def person_attributes(text: str, mentions: list[tuple[int, int]], rp: RolePatterns) -> dict[str, object]:
    """Age and roles of one person from the text around each of its mentions."""
    age: int | None = None
    roles: list[str] = []
    for start, end in mentions:
        after = text[end : end + 120]
        m = rp.age_after.match(after)
        if m and age is None:
            age = _age(m.group("age"))
        m = rp.role_after.match(after)
        if m:
            role = m.group("role").strip()
            a = rp.age_in_role.search(role)
            if a:
                age = age if age is not None else _age(a.group("age"))
                role = role[: a.start()].strip()
            if role and role not in roles:
                roles.append(role)
        before = text[max(0, start - 60) : start]
        b = rp.role_before.search(before)
        if b:
            role = b.group("role").strip()
            if role and role.lower() not in {r.lower() for r in roles}:
                roles.append(role)
    return {"age": age, "roles": roles}


class PeopleAttributes:
    """Writes doc._.entity_attributes: {entity id: {"age": int | None, "roles": [str]}} for PER entities."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.patterns = role_patterns()

    def initialize(self, get_examples=None, *, nlp: Language | None = None, roles: str = ROLES) -> None:
        self.patterns = role_patterns(roles)

    def __call__(self, doc: Doc) -> Doc:
        attrs: dict[str, dict[str, object]] = {}
        text = doc.text
        for e in doc._.entities or []:
            if e["label"] != "PER":
                continue
            spans = [(m["start"], m["end"]) for m in e["mentions"]]
            attrs[e["id"]] = person_attributes(text, spans, self.patterns)
        doc._.entity_attributes = attrs
        return doc


@Language.factory("pressfacts_people")
def make_people(nlp: Language, name: str) -> PeopleAttributes:
    return PeopleAttributes(nlp, name)
