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
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text, register_extensions
from .numbers import parse_number
from .settings import alternation, read_jsonl, resolve_data_path, save_rows

ROLES = "roles.jsonl"
HOLDERS = "office_holders.jsonl"
_NUM = r"\d{1,3}|[a-zéèêàâûîôç]+(?:[-\s](?:et[-\s])?[a-zéèêàâûîôç]+){0,3}"
_PRE = r"(?:(?:ancien|ancienne|ex|nouveau|nouvelle|jeune|futur|future|actuel|actuelle)[\s-]+)?"
# A role's complement: "de l'Intérieur", "du gouvernement", "de la République de Lille", "chargé du Numérique".
_COMPLEMENT = (
    r"(?:(?:\s+et)?\s+(?:chargée?s?\s+)?(?:de\s+la\b|de\s+l['’]|d['’]|(?:de|du|des)\b)\s*[\w'’-]+"
    r"(?-i:(?:\s+(?:[A-ZÉÈ][\w'’-]*|[a-zé][\w'’-]*(?:ale|al|aux|ique|iques|ien|ienne|aise|ais|ois|oise)))*)){0,3}"
)


_TITLE = r"(?:(?-i:M\.|Mme|Me|Maître|Dr)\s+)?"


@dataclass(frozen=True)
class RolePatterns:
    rows: tuple[dict[str, Any], ...]
    age_after: re.Pattern[str]
    role_after: re.Pattern[str]
    role_before: re.Pattern[str]
    age_in_role: re.Pattern[str]
    label_after: re.Pattern[str]
    later: re.Pattern[str]
    role_and: re.Pattern[str]


def role_patterns(rows: Iterable[dict[str, Any]]) -> RolePatterns:
    rows = tuple(rows)
    roles = alternation([r["role"] for r in rows])
    det = r"(?:(?:l['’]une?\s+des|une?\s+des|une?\s+autre|le|la|l['’]|un|une|son|sa|notre|leur)\s*)?"
    head = rf"{_PRE}(?:{roles})\b"
    return RolePatterns(
        rows=rows,
        age_after=re.compile(rf"^\s*(?:,\s*|\(\s*)(?:(?:âgée?s?\s+de|qui\s+a)\s+)?(?P<age>{_NUM})\s+ans\b", re.I),
        # An apposition that starts with a role word, up to the next punctuation.
        role_after=re.compile(
            rf"^\s*,\s*{det}«?\s*(?P<role>{head}[^,.;:!?()\"\n]{{0,60}}?)\s*»?\s*(?=[,.;:!?()\"\n]|\s+qui\b|$)", re.I
        ),
        # "le président de l'AMF (AMF), M. X": an acronym in parentheses and a civility title may stand between.
        role_before=re.compile(
            rf"(?:^|[\s'’(])(?P<role>{head}(?:\s+(?!(?:et|qui|a|est|ont|avec|pour|selon|par)\b)[\w'’-]+){{0,6}}?)"
            rf"(?:\s*\([A-Z][\w.-]{{0,12}}\))?\s*,?\s+{_TITLE}$",
            re.I,
        ),
        age_in_role=re.compile(rf"\s+(?:de|âgée?\s+de)\s+(?P<age>{_NUM})\s+ans$", re.I),
        # "Frédéric Souillot (FO)", "Eric Ciotti (LR)": a party or organization label in parentheses.
        label_after=re.compile(r"^\s*\((?P<role>[A-ZÉ][\w.’'-]*(?:[\s-][A-ZÉ][\w.’'-]*){0,2})\)"),
        # "la ministre de la Santé" with no name: a later mention that says more about someone's role.
        role_and=re.compile(rf"\s+et\s+(?={head})", re.I),
        later=re.compile(rf"(?<![\w-])(?:le|la|l['’]|ce|cet|cette)\s*(?P<role>{head}{_COMPLEMENT})", re.I),
    )


def read_role_patterns(path: str | Path) -> RolePatterns:
    return role_patterns(read_jsonl(path))


def _age(text: str) -> int | None:
    try:
        v = int(parse_number(text))
    except ValueError:
        return None
    return v if 0 < v < 130 else None


def person_attributes(text: str, mentions: list[tuple[int, int]], rp: RolePatterns,
                      others: frozenset[int] = frozenset()) -> dict[str, object]:
    """Age and roles of one person from the text around each of its mentions; `others`: where other
    people's names start ("X, le président de la Cour, Y": the role after X is Y's)."""
    age: int | None = None
    roles: list[str] = []

    def add(role: str) -> None:
        nonlocal age
        a = rp.age_in_role.search(role)
        if a:  # "un retraité de 62 ans, X"
            age = age if age is not None else _age(a.group("age"))
            role = role[: a.start()]
        # "ancien cheminot et responsable local de la CGT": two roles.
        for part in rp.role_and.split(role.strip(" ,«»")):
            part = part.strip(" ,«»")
            if part and part.lower() not in {r.lower() for r in roles}:
                roles.append(part)

    for start, end in mentions:
        after = text[end : end + 160]
        m = rp.age_after.match(after)
        if m:
            age = age if age is not None else _age(m.group("age"))
            after = after[m.end() :]  # "X, 45 ans, secrétaire général de FO": the role follows the age
            after = after[1:] if after.startswith(")") else after
        label = rp.label_after.match(after)
        if label:
            add(label.group("role"))
        m = rp.role_after.match(after)
        if m and not _name_follows(text, end + len(text[end : end + 160]) - len(after) + m.end(), others):
            add(m.group("role"))
        b = rp.role_before.search(text[max(0, start - 80) : start])
        if b:
            add(b.group("role"))
    return {"age": age, "roles": roles}


def _name_follows(text: str, pos: int, starts: frozenset[int]) -> bool:
    """A person's name right after `pos` (or after the rest of its phrase), past a comma, a parenthesis or a
    civility title."""
    window = text[pos : pos + 100]
    for m in re.finditer(rf"(?:\s*\([^()]{{0,20}}\))?\s*,\s*{_TITLE}", window):
        if re.search(r"[,.;:!?()\n]", window[: m.start()]):
            return False  # only the rest of the role's own phrase may come first ("des marchés financiers")
        return pos + m.end() in starts
    return False


def _head(role: str) -> str:
    words = role.lower().replace("-", " ").split()
    words = [w for w in words if w not in {"ancien", "ancienne", "ex", "nouveau", "nouvelle", "futur", "future"}]
    return words[0] if words else ""


def _same_head(a: str, b: str) -> bool:
    """"ministre"/"ministre", "procureure"/"procureur", "députée"/"député"."""
    n = min(len(a), len(b))
    return (n >= 4 and a[: n - 1] == b[: n - 1] and abs(len(a) - len(b)) <= 3) or a == b


_LINKS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "à", "au", "aux"}


def compatible_roles(a: str, b: str) -> bool:
    """Two phrasings of one role: one extends the other ("ministre" / "ministre de la Santé"), one has no
    complement ("président français" / "président de la République"), or the complements share a word
    ("bourgmestre de la Ville de Bruxelles" / "bourgmestre de Bruxelles"); not "ministre de l'Économie" /
    "ministre de l'Intérieur"."""
    a, b = a.lower(), b.lower()
    if a.startswith(b) or b.startswith(a):
        return True
    wa, wb = (re.split(r"[\s'’-]+", x)[1:] for x in (a, b))
    ca, cb = ({w for w in ws if w not in _LINKS} for ws in (wa, wb))
    if not (set(wa) & {"de", "du", "des", "d"}) or not (set(wb) & {"de", "du", "des", "d"}):
        return True
    return bool(ca & cb)


def later_roles(text: str, people: list[dict[str, Any]], attrs: dict[str, dict[str, Any]], rp: RolePatterns) -> None:
    """"la ministre de la Santé" with no name after it: the fuller role goes to the last person named before
    it whose role has the same head noun ("ministre"); a bare role that a fuller one completes is dropped."""
    starts = sorted((m["start"], m["end"], e["id"]) for e in people for m in e["mentions"])
    for m in rp.later.finditer(text):
        role = m.group("role").strip()
        rest = text[m.end() : m.end() + 3].lstrip(" ,")
        named = any(s == m.end() + (len(text[m.end() : m.end() + 3]) - len(rest)) for s, _e, _i in starts)
        if named or _name_follows(text, m.end(), frozenset(s for s, _e, _i in starts)):
            continue  # "le ministre Christophe Castaner": an apposition, read at the name
        if " " not in role and "'" not in role:
            continue
        if any(m.start() < s < m.end() for s, _e, _i in starts):
            continue  # "le secrétaire national du PCF Fabien Roussel": the complement ran into a name
        head = _head(role)
        for _s, _e, ent in reversed([x for x in starts if x[1] <= m.start()]):
            same = [r for r in attrs[ent]["roles"] if _same_head(head, _head(r))]
            if same:
                # "la ministre" then "la ministre de la Santé": the fuller role; not "ministre de l'Intérieur"
                # for someone introduced as ministre de l'Économie.
                if all(compatible_roles(role, r) for r in same) and role.lower() not in {r.lower() for r in attrs[ent]["roles"]}:
                    attrs[ent]["roles"].append(role)
                break
    for a in attrs.values():
        roles = a["roles"]
        a["roles"] = [r for r in roles if not any(o != r and o.lower().startswith(r.lower() + " ") for o in roles)]


def _fold(text: str) -> str:
    """Lowercase, accents off, one apostrophe, character by character (offsets stay the same)."""
    low = text.lower().replace("’", "'")
    if low.isascii():  # nothing to strip (most names and roles): skip the per-character pass
        return low
    return "".join(c if c.isascii() else unicodedata.normalize("NFD", c)[0] for c in low)


def _in_office(row: dict[str, Any], published: str | None, former: bool) -> bool:
    if not published:
        return True  # no date to check against: the article naming the person is the only evidence
    n = len(published)
    if former:
        return row["to"][:n] < published
    return row["from"][:n] <= published <= row["to"][:n]


# "le président malien", "le président de la région": a bare title followed by what makes it another office.
_OTHER_OFFICE = re.compile(r"\s*(?:(?:de|du|des|d')\b|[a-z]+(?:ien|ienne|ain|aine|ais|aise|ois|oise|and|ande|e|ec|al)\b)")


def office_roles(text: str, people: list[dict[str, Any]], attrs: dict[str, dict[str, Any]],
                 holders: Iterable[dict[str, Any]], published: str | None) -> None:
    """"le chef de l'État", "le président russe", "l'ex-Premier ministre" with no name: the one person of the
    article who held that office at the publication date (pipelines/office_holders.jsonl), when exactly one
    does; the role is written as the article writes it."""
    folded = _fold(text)
    rows: dict[str, list[dict[str, Any]]] = {}
    for e in people:
        name = _fold(e["name"])
        for h in holders:
            full = _fold(h["name"])
            if name == full or (" " not in name and full.endswith(" " + name)):
                rows.setdefault(e["id"], []).append(h)
    if not rows:
        return
    titles = {_fold(t) for hs in rows.values() for h in hs for t in h["titles"]}
    pattern = re.compile(
        rf"(?<![\w-])(?:le|la|l'|du|au)\s*(?P<pre>ex-|ancien\s+|ancienne\s+)?(?P<role>{alternation(titles)})(?![\w-])"
    )
    starts = frozenset(m["start"] for e in people for m in e["mentions"])
    for m in pattern.finditer(folded):
        title, former = m.group("role"), m.group("pre") is not None
        rest = text[m.end() : m.end() + 40]
        if m.end() + len(rest) - len(rest.lstrip(" ,")) in starts or _name_follows(text, m.end(), starts):
            continue  # "le Premier ministre Édouard Philippe": an apposition, read at the name
        if " " not in title and _OTHER_OFFICE.match(_fold(rest)):
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


class PeopleAttributes:
    """Writes doc._.entity_attributes: {entity id: {"age": int | None, "roles": [str]}} for PER entities."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        # The packaged role list, for a plain nlp.add_pipe("pressfacts_people") with no initialize.
        self.patterns = read_role_patterns(resolve_data_path(ROLES))
        self.holders = read_jsonl(resolve_data_path(HOLDERS))

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None, roles: str = ROLES,
                   holders: str = HOLDERS) -> None:
        self.patterns = read_role_patterns(roles)
        self.holders = read_jsonl(holders)

    def __call__(self, doc: Doc) -> Doc:
        attrs: dict[str, dict[str, Any]] = {}
        text = doc_text(doc)
        people = [e for e in doc._.entities or [] if e["label"] == "PER"]
        for e in people:
            spans = [(m["start"], m["end"]) for m in e["mentions"]]
            others = frozenset(m["start"] for o in people if o["id"] != e["id"] for m in o["mentions"])
            attrs[e["id"]] = person_attributes(text, spans, self.patterns, others)
        office_roles(text, people, attrs, self.holders, doc._.published)
        later_roles(text, people, attrs, self.patterns)
        doc._.entity_attributes = attrs
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        save_rows(path, {ROLES: self.patterns.rows, HOLDERS: self.holders})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> PeopleAttributes:
        self.patterns = role_patterns(srsly.read_jsonl(Path(path) / ROLES))
        if (Path(path) / HOLDERS).exists():
            self.holders = tuple(srsly.read_jsonl(Path(path) / HOLDERS))
        return self


@Language.factory(
    "pressfacts_people",
    assigns=["doc._.entity_attributes"],
    requires=["doc._.entities"],
)
def make_people(nlp: Language, name: str) -> PeopleAttributes:
    return PeopleAttributes(nlp, name)
