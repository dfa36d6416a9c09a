"""The story's contract: pydantic models of story.json (its JSON Schema is `pressfacts schema --story`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

STORY_SCHEMA_VERSION = "1.0"

Status = Literal["single", "consistent", "conflict"]
ClaimKind = Literal["figure", "date", "age", "role"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Exact wording in one record: `text == record.text[start:end]`."""

    record_id: str = Field(description="Record (article) the wording comes from.")
    start: int = Field(description="Start offset in that record's `text`.")
    end: int = Field(description="End offset (exclusive) in that record's `text`.")
    text: str = Field(description="The words of the article at these offsets.")


class StoryArticle(_Model):
    id: str = Field(description="Record id.")
    title: str | None = None
    published: str | None = Field(description="Publication date of the record (ISO, possibly partial).")
    path: str = Field(description="Input path of the record's source.")
    url: str | None = None
    sitename: str | None = None
    chars: int = Field(description="Length of the record's text.")
    copy_group: str | None = Field(default=None, description="Id of the reprint group the article belongs to, if any.")
    source_key: str = Field(description="Independent source the article counts as: its copy group, else itself.")


class MentionRef(Span):
    entity_id: str = Field(description="Entity id inside the record (e1, e2...).")


class AttributeValue(_Model):
    value: int | str = Field(description="Age in years or role.")
    record_id: str
    wording: Span | None = Field(default=None, description="Where the article states it, when found.")


class StoryEntity(_Model):
    id: str = Field(description="Stable id derived from the label and the canonical name.")
    label: Literal["PER", "LOC", "ORG", "MISC"]
    name: str = Field(description="Canonical name: the fullest, most used form across articles.")
    aliases: list[str] = Field(description="Every other form used (names and mention texts), sorted.")
    records: list[str] = Field(description="Records that mention the entity, sorted.")
    members: list[str] = Field(description="record_id#entity_id of every merged per-article entity.")
    mentions: list[MentionRef] = Field(description="Every mention in every record.")
    ages: list[AttributeValue] = Field(default_factory=list)
    roles: list[AttributeValue] = Field(default_factory=list)


class Claim(_Model):
    record_id: str
    source_key: str = Field(description="Independent source (copy group or record): reprints share one.")
    published: str | None = None
    wording: Span
    value: float | int | str = Field(description="Number (figures, ages), ISO date (dates) or role.")
    value_max: float | int | None = None
    qualifier: str | None = Field(default=None, description="Figure qualifier (exact, approx, more_than...).")
    unit: str | None = None
    low: float | None = Field(default=None, description="Lowest value this claim allows (figures, ages).")
    high: float | None = Field(default=None, description="Highest value this claim allows (figures, ages).")


class Reason(_Model):
    text: str = Field(description="Why the two claims cannot both hold.")
    a: Span
    b: Span


class ClaimGroup(_Model):
    id: str = Field(description="Stable id derived from the kind, the subject and the first claim.")
    kind: ClaimKind
    subject: str = Field(description="What is counted or dated: unit lemma, entity name, event sentence.")
    entity_id: str | None = Field(default=None, description="Story entity the claims are about (ages, roles).")
    event_id: str | None = Field(default=None, description="Timeline event (dates).")
    status: Status = Field(description="single: one independent source; consistent: all claims can hold; conflict.")
    sources: int = Field(description="Independent sources (reprints of one dispatch count once).")
    records: list[str]
    claims: list[Claim]
    reasons: list[Reason] = Field(default_factory=list, description="For conflicts: each incompatible pair.")


class EventDate(Span):
    value: str
    granularity: str
    relative: bool = Field(description="The date depends on the publication date (ce mardi...).")
    inferred: bool = Field(description="Relative to a publication date that was itself inferred from the text.")


class TimelineEvent(_Model):
    id: str
    value: str = Field(description="Most reported ISO value.")
    values: list[str] = Field(description="Every distinct value reported for this event (several: disputed).")
    granularity: str
    sort_key: str = Field(description="Start of the value, for sorting (YYYY-MM-DD, missing parts as 00).")
    sentence: str = Field(description="The sentence that dates the event in its earliest article.")
    entities: list[str] = Field(description="Story entities named in the dated sentences.")
    records: list[str]
    dates: list[EventDate]
    relative: bool = Field(description="Every report of the date is relative.")
    inferred: bool = Field(description="Every report rests on an inferred publication date.")
    disputed: bool = Field(description="Articles disagree on the date (see the date claims).")


class CopyMember(_Model):
    record_id: str
    similarity: float = Field(description="Estimated Jaccard similarity of word 5-shingles with the original.")


class CopyGroup(_Model):
    id: str
    original: str = Field(description="Earliest-published member (then smallest id).")
    members: list[CopyMember] = Field(description="Every member, the original first (similarity 1.0).")


class Story(_Model):
    """The cross-article view of every record in an output folder, derived from the records alone."""

    schema_version: str = Field(default=STORY_SCHEMA_VERSION)
    fingerprint: str = Field(description="Hash of the records it was built from (ids and contents).")
    articles: list[StoryArticle]
    entities: list[StoryEntity]
    claims: list[ClaimGroup] = Field(description="Conflicts first, then consistent, then single.")
    timeline: list[TimelineEvent]
    copies: list[CopyGroup]
    skipped: list[str] = Field(default_factory=list, description="Files that are not valid records, with the reason.")
