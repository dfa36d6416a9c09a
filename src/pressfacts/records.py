"""The output contract: pydantic models of a fact record, and the one function that turns a Doc into one."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from spacy.tokens import Doc

from .extensions import doc_text
from .settings import SCHEMA_VERSION

Label = Literal["PER", "LOC", "ORG", "MISC"]
Qualifier = Literal["exact", "approx", "more_than", "at_least", "less_than", "at_most"]
Granularity = Literal["day", "month", "year", "interval"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Offsets(_Model):
    start: int = Field(description="Start offset (characters) in the record's `text`.", ge=0)
    end: int = Field(description="End offset (exclusive) in the record's `text`; text[start:end] == `text`.", ge=0)
    text: str = Field(description="The exact words of the article these offsets point at.")


class Source(_Model):
    path: str = Field(
        description="Input file, relative to the input folder (with #N for an item of a JSON list/JSONL, #OFFSET for a "
        "record of a WARC archive)."
    )
    url: str | None = Field(default=None, description="URL of the article, from JSON input or HTML metadata.")
    sha256: str = Field(description="SHA-256 of the input file's bytes.")
    format: Literal["html", "text", "json", "jsonl", "warc"] = Field(description="Input format.")
    also: list[str] = Field(
        default_factory=list, description="Other inputs with the same cleaned text; extracted once, under this record."
    )
    fetched_at: str | None = Field(
        default=None, description="When the page was downloaded (UTC, ISO): by `pressfacts fetch`, or WARC-Date."
    )
    extractor: Literal["trafilatura", "trafilatura_recall", "text"] | None = Field(
        default=None,
        description="What produced `text`: trafilatura's precision-oriented extraction, its recall-oriented fallback "
        "(a page where the first found no main content), or the plain-text boilerplate rules.",
    )


class Mention(Offsets):
    """One place where the entity is named."""


class RoleMention(Offsets):
    role: str = Field(description="The role (as in `roles`) these words give.")


class EntityAttributes(_Model):
    age: int | None = Field(default=None, description="Age in years when the text states it (people only).")
    roles: list[str] = Field(default_factory=list, description="Roles and titles from appositions and preceding titles.")
    role_mentions: list[RoleMention] = Field(
        default_factory=list,
        description="Where each role is written: its wording nearest one of the person's mentions (also in the plural). "
        "A role with no entry here was not spelled out near the person (e.g. read from the table of office holders).")
    age_mention: Offsets | None = Field(
        default=None, description="Where the age is written (\"34 ans\", \"trente-quatre ans\") nearest the person.")


class Entity(_Model):
    id: str = Field(description="Identifier inside this record (e1, e2...), used by quotes' `speaker`.")
    label: Label = Field(description="PER person, LOC place, ORG organization (institutions, media, sites), MISC other.")
    name: str = Field(description="Canonical name: the fullest form used in the article.")
    mentions: list[Mention] = Field(description="Every mention of the entity, in text order.")
    attributes: EntityAttributes = Field(default_factory=EntityAttributes)


class DateFact(Offsets):
    value: str | None = Field(
        description="ISO value: YYYY-MM-DD, YYYY-MM, YYYY, or start/end for intervals; null when a relative "
        "expression cannot be resolved (publication date unknown at that precision)."
    )
    granularity: Granularity
    relative: bool = Field(description="True when the value depends on the publication date (ce mardi, l'an dernier...).")


class Figure(Offsets):
    value: float | int = Field(description="The number (23 051 -> 23051, 1,5 million -> 1500000).")
    value_max: float | int | None = Field(default=None, description="Upper bound of a range (de 25 à 60 ans -> 60).")
    unit: str | None = Field(description="The counted thing (procédures judiciaires, victimes, ans, %), null if unstated.")
    qualifier: Qualifier = Field(description="exact, approx (près de), more_than (plus de), at_least, less_than, at_most.")


class Quote(Offsets):
    speaker: str | None = Field(description="Entity id of the speaker when the text names one, else null.")
    speaker_mention: Offsets | None = Field(
        default=None,
        description="Where to check the speaker: the mention of the speaker nearest the quotation (the last one before "
        "it in its paragraph, else the first after it there, else the last one before it in the text); null when the "
        "speaker is null.")
    speaker_reach: Literal["sentence", "paragraph", "earlier", "later"] | None = Field(
        default=None,
        description="How far that mention stands: in the quotation's own sentence, elsewhere in its paragraph, in an "
        "earlier paragraph (the speaker carried over), or only after the quotation's paragraph; the further, the more "
        "the attribution rests on pronouns and carrying over.")


class Pipeline(_Model):
    version: str = Field(description="pressfacts version.")
    model: str = Field(description="spaCy model name and version.")
    data: str | None = Field(default=None, description="Fingerprint of the pipeline config and data files (pipelines/).")


class Record(_Model):
    """Facts extracted from one French press article; every offset indexes into `text`."""

    schema_version: str = Field(default=SCHEMA_VERSION)
    id: str = Field(description="Stable id derived from the source path (same input path -> same id and file name).")
    source: Source
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    published: str | None = Field(description="Publication date, ISO, possibly partial (2024-06).")
    published_source: Literal["metadata", "header", "inferred"] | None = Field(
        description="Where `published` comes from: HTML/JSON metadata, a `date` header line, or inferred from the text."
    )
    language: str | None = Field(description="ISO 639-1 language of the text (detected).")
    text: str = Field(description="The cleaned article body.")
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateFact] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    pipeline: Pipeline

    @model_validator(mode="after")
    def _offsets_point_at_text(self) -> Record:
        spans: list[Offsets] = [*self.dates, *self.figures, *self.quotes]
        spans += [m for e in self.entities for m in e.mentions]
        spans += [q.speaker_mention for q in self.quotes if q.speaker_mention is not None]
        spans += [r for e in self.entities for r in e.attributes.role_mentions]
        spans += [e.attributes.age_mention for e in self.entities if e.attributes.age_mention is not None]
        for s in spans:
            if self.text[s.start : s.end] != s.text:
                raise ValueError(f"offsets {s.start}:{s.end} do not point at {s.text!r}")
        ids = {e.id for e in self.entities}
        for q in self.quotes:
            if q.speaker is not None and q.speaker not in ids:
                raise ValueError(f"quote speaker {q.speaker!r} is not an entity id")
            if (q.speaker_mention is None) != (q.speaker_reach is None) or (q.speaker is None and q.speaker_mention):
                raise ValueError(f"quote at {q.start}: speaker_mention and speaker_reach go together, with a speaker")
        return self


def doc_to_record(doc: Doc, *, id: str, source: Source, pipeline: Pipeline, meta: dict[str, str | None]) -> Record:
    """The one place where a processed Doc becomes a Record: validated in one call from the components' plain dicts
    (a model built for each mention, date and figure first cost twice as much, the same record)."""
    attrs = doc._.entity_attributes or {}
    entities = [
        {"id": e["id"], "label": e["label"], "name": e["name"], "mentions": e["mentions"],
         "attributes": attrs.get(e["id"], {})}
        for e in [*(doc._.entities or []), *(doc._.inner_entities or [])]
    ]
    return Record.model_validate({
        "id": id,
        "source": source,
        "title": meta.get("title"),
        "author": meta.get("author"),
        "sitename": meta.get("sitename"),
        "published": doc._.published,
        "published_source": doc._.published_source,
        "language": meta.get("language"),
        "text": doc_text(doc),
        "entities": entities,
        "dates": doc._.dates or [],
        "figures": doc._.figures or [],
        "quotes": doc._.quotes or [],
        "pipeline": pipeline,
    })
