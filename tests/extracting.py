"""What the class tests read from `pressfacts.extract`: the dates of a text (values, or text and value) and its
entities by name, as a user's script reads a record."""

from __future__ import annotations

import pressfacts


def date_pairs(text: str, published: str) -> list[tuple[str, str | None]]:
    """(text, value) of each date of `text` published on `published`, in order."""
    return [(d.text, d.value) for d in pressfacts.extract(text, published=published).dates]


def date_values(text: str, published: str) -> list[str | None]:
    """The value of each date of `text` published on `published`, in order."""
    return [value for _text, value in date_pairs(text, published)]


def entity_labels(text: str, published: str = "2019-03-12") -> dict[str, str]:
    """Each entity's name and label."""
    return {e.name: e.label for e in pressfacts.extract(text, published=published).entities}


def organization_names(text: str, published: str = "2019-03-12") -> set[str]:
    """The names of the organizations of `text`."""
    return {name for name, label in entity_labels(text, published).items() if label == "ORG"}


def person_roles(text: str, published: str = "2019-03-12") -> dict[str, list[str]]:
    """Each person's name and roles."""
    return {e.name: list(e.attributes.roles) for e in pressfacts.extract(text, published=published).entities
            if e.label == "PER"}
