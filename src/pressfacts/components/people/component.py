"""The spaCy component pressfacts_people: ages and roles of the PER entities, on doc._.entity_attributes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import doc_text, register_extensions
from ...settings import read_jsonl, resolve_data_path, save_rows
from ..attribute_mentions import age_mention, role_mentions
from .anaphora import person_genders, recent_roles
from .appositions import blank_inner_labels, person_attributes
from .offices import HolderIndex, office_roles
from .patterns import FIRST_NAMES, HOLDERS, ROLES, Words, _fold, read_role_patterns, role_patterns
from .text_roles import held_offices, later_roles, list_roles, subject_roles


def _genders(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    return {_fold(r["name"]): r["gender"] for r in rows if r.get("gender")}


class PeopleAttributes:
    """Writes doc._.entity_attributes: {entity id: {"age": int | None, "roles": [str], "role_mentions": [{role, start,
    end, text}], "age_mention": {start, end, text} | None}} for PER entities."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        # The packaged role list, for a plain nlp.add_pipe("pressfacts_people") with no initialize.
        self.patterns = read_role_patterns(resolve_data_path(ROLES))
        self.holders = read_jsonl(resolve_data_path(HOLDERS))
        self.genders = _genders(read_jsonl(resolve_data_path(FIRST_NAMES)))

    @property
    def holders(self) -> tuple[dict[str, Any], ...]:
        return self._holders

    @holders.setter
    def holders(self, rows: Iterable[dict[str, Any]]) -> None:
        self._holders = tuple(rows)
        self.holder_index = HolderIndex.of(self._holders)

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None, roles: str = ROLES,
                   holders: str = HOLDERS, first_names: str = FIRST_NAMES) -> None:
        self.patterns = read_role_patterns(roles)
        self.holders = read_jsonl(holders)
        self.genders = _genders(read_jsonl(first_names))

    def __call__(self, doc: Doc) -> Doc:
        attrs: dict[str, dict[str, Any]] = {}
        text = doc_text(doc)
        people = [e for e in doc._.entities or [] if e["label"] == "PER"]
        words = Words.of(doc) if people else Words()
        orgs = tuple((m["start"], m["end"]) for e in doc._.entities or [] if e["label"] == "ORG" for m in e["mentions"])
        titles = blank_inner_labels(text) if people else text  # "le maire (LR) de Vannes": read through the label
        for e in people:
            spans = [(m["start"], m["end"]) for m in e["mentions"]]
            others = frozenset(m["start"] for o in people if o["id"] != e["id"] for m in o["mentions"])
            attrs[e["id"]] = person_attributes(titles, spans, self.patterns, others, words, orgs)
        offices = self.holder_index.rows(people)
        office_roles(text, people, attrs, offices, doc._.published, words, self.holder_index.pattern)
        list_roles(text, people, attrs, self.patterns, words)
        later_roles(text, people, attrs, self.patterns)
        if people and doc.has_annotation("SENT_START"):
            sentences = [(s.start_char, s.end_char) for s in doc.sents]
            places = tuple((m["start"], m["end"]) for e in doc._.entities or [] if e["label"] == "LOC"
                           for m in e["mentions"])
            gender = person_genders(people, self.genders)
            held = held_offices(self.holders, doc._.published)
            subject_roles(text, people, attrs, self.patterns, sentences, words, places, gender, held,
                          self.holder_index.heads)
            recent_roles(doc, people, attrs, self.patterns, offices, gender, self.genders.keys(),
                         [s for s, _e in sentences], self.holder_index.heads, held)
        for e in people:  # the words each role and age is read from, for the reader to check them by
            spans = [(m["start"], m["end"]) for m in e["mentions"]]
            attrs[e["id"]]["role_mentions"] = role_mentions(text, attrs[e["id"]]["roles"], spans)
            attrs[e["id"]]["age_mention"] = age_mention(text, attrs[e["id"]]["age"], spans)
        doc._.entity_attributes = attrs
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        save_rows(path, {ROLES: self.patterns.rows, HOLDERS: self.holders,
                         FIRST_NAMES: [{"name": n, "gender": g} for n, g in self.genders.items()]})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> PeopleAttributes:
        self.patterns = role_patterns(srsly.read_jsonl(Path(path) / ROLES))
        if (Path(path) / HOLDERS).exists():
            self.holders = tuple(srsly.read_jsonl(Path(path) / HOLDERS))
        if (Path(path) / FIRST_NAMES).exists():
            self.genders = _genders(srsly.read_jsonl(Path(path) / FIRST_NAMES))
        return self


@Language.factory(
    "pressfacts_people",
    assigns=["doc._.entity_attributes"],
    requires=["doc._.entities"],
)
def make_people(nlp: Language, name: str) -> PeopleAttributes:
    return PeopleAttributes(nlp, name)
