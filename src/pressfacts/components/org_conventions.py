"""Organizations the annotation conventions (data/answers/press/GUIDELINES.md) rule out, though the NER or an
institution pattern finds them: a police corps' acronym that names its officers ("les CRS", like "des
policiers"), and an institution's head noun alone ("la préfecture") that names no particular one. Used by the
entities component (entities.py); the words are "officer_unit" and "unnamed_alone" rows of entity_rules.jsonl.
"la gendarmerie" alone stays an organization: the conventions rule out only the bare préfecture."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from .entity_keys import fold

if TYPE_CHECKING:
    from .entities import Cluster

# Before a corps' acronym, the words that make it the one unit (a "compagnie"), not its officers: "la CRS de
# Marseille", "cette CRS". A number after it names the unit too ("la CRS 8", "CRS n° 8").
_UNIT_DETERMINERS = frozenset({"la", "cette"})
_NUMBER_SIGNS = frozenset({"n°", "no", "numéro"})


def officers_not_units(doc: Doc, spans: list[Span], units: frozenset[str]) -> list[Span]:
    """"les CRS ont chargé", "des CRS et des gendarmes", "il n'est pas CRS": officers, no organization (as "des
    policiers"). "la CRS 8", "CRS 8", "la CRS de Lyon" name one unit: an organization, with its number."""
    out = []
    for s in spans:
        if s.label_ != "ORG" or fold(s.text) not in units:
            out.append(s)
            continue  # the common case, decided on one folded name
        end = s.end + int(s.end < len(doc) and doc[s.end].lower_ in _NUMBER_SIGNS)
        if end < len(doc) and doc[end].is_digit:
            out.append(Span(doc, s.start, end + 1, label="ORG", span_id=s.id_))
        elif s.start > 0 and doc[s.start - 1].lower_ in _UNIT_DETERMINERS:
            out.append(s)
    return out


def drop_bare_heads(clusters: list[Cluster], bare_heads: frozenset[str]) -> list[Cluster]:
    """"la préfecture a interdit", with no "préfecture de X" in the article it could refer to: a head noun alone
    names no particular institution (GUIDELINES: neither a place nor an organization). A bare mention that
    merge_bare_heads joined to a fuller name stays, as a form of that name."""
    return [c for c in clusters
            if not (c.label == "ORG" and all(len(m) == 1 and fold(m.text) in bare_heads for m in c.mentions))]


__all__ = ["drop_bare_heads", "officers_not_units"]
