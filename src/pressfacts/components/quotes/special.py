"""Quotations that are not plain reported speech: headings, fragments, labels, repeated and quoted words."""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...extensions import doc_text
from .lexicon import _FIRST_PERSON, _MIN_WORDS, _SENTENCE_BREAK, _SPACES
from .syntax import _QUE

if TYPE_CHECKING:
    from .finder import SpeakerFinder
    from .quotations import Quote


# (the role words are never "de" again: "se souviennent des mots de X" is "mots de X", not "souviennent des";
# an elided article is no part of the noun: "l'expression de X")
_WORDING_OF = re.compile(
    r"(?<![\w’'])(?:\w+['’])?(\w+)\s+(?:de|du|des|d['’])\s*(?:(?:la|le|les|l['’])\s*)?((?:(?!(?:de|du|des)\s)[a-zà-ÿ-]+\s+){0,2})$")
# "face aux « factieux » et aux « casseurs »": "et"/"ou" (or a comma) and the same article or preposition again.
_COORDINATED = re.compile(r"^[\s,]*(?:et|ou)?\s*((?:aux|au|à|des|du|de|d['’]|les|la|le|l['’])?)\s*$")
_LAST_WORD = re.compile(r"(\w+['’]?)\s*$")
_MAX_ADJUNCT = 8  # tokens of a time or place phrase between the named one and the colon


def _wording_before_colon(finder: SpeakerFinder, q: Quote) -> str | None:
    """"Je termine avec ces mots du général X : « … »", "la formule de la sénatrice Y : « … »": a wording noun
    (quote_words.jsonl kind "wording"), "de", at most two lowercase role words and a name right before the colon
    that opens the quotation: the named one's words, whoever cites them. A time or place phrase may stand before the
    colon ("les propos du ministre X avant le vote : « … »"), and the role noun alone may name the one who spoke
    ("les propos du ministre lundi : « … »": its holder, as "ajoute le ministre" would)."""
    lead = finder.text[max(0, q.outer_start - 160) : q.outer_start].rstrip(_SPACES)
    if not lead.endswith(":"):
        return None  # (a cheap test first: only a quotation a colon opens)
    end = q.outer_start - (len(finder.text[:q.outer_start]) - len(finder.text[:q.outer_start].rstrip(_SPACES))) - 1
    m = next((m for m in reversed(finder.mentions) if m.end <= end), None)
    if m is not None and m.label in {"PER", "ORG"} and _adjunct_gap(finder, m.end, end):
        para = finder.text.rfind("\n", 0, m.start) + 1
        # "l'expression de la ministre du Travail, X, en janvier": the name in apposition to the role noun
        first = finder.tokens(m.start, m.end)[:1]
        # (the parser links such a name as an apposition or, after a comma, as a conjunct)
        role = first[0].head if first and first[0].dep_ in {"appos", "conj"} and finder.is_role(first[0].head) and (
            first[0].dep_ == "appos" or finder.text[: m.start].rstrip(_SPACES).endswith(",")) else None
        for at in (m.start, role.idx if role is not None and role.i < first[0].i else None):
            found = _WORDING_OF.search(finder.text[max(para, at - 80) : at]) if at is not None else None
            if found is not None and finder.lex.kind("wording", found.group(1).lower()):
                return m.entity
    return _wording_of_role(finder, q, end)


def _wording_of_role(finder: SpeakerFinder, q: Quote, end: int) -> str | None:
    """"les propos du ministre avant le vote : « … »": a wording noun, "de" and a role noun (no name), then only a
    time or place phrase before the colon: the person the role noun names (the last one given that role, or the
    one holder of the office), never an organization."""
    toks = finder.tokens(max(0, end - 120), end)[-(_MAX_ADJUNCT + 2) :]
    for n, t in enumerate(toks):
        if t.pos_ != "NOUN" or not finder.is_role(t) or finder.mention(t) is not None:
            continue
        det = next((c for c in t.children if c.dep_ == "det"), None)
        if "Plur" in t.morph.get("Number") or (det is not None and not finder.lex.kind("definite", det.text)):
            continue  # "les propos d'un ministre", "des ministres": someone unnamed, not the office's holder
        para = finder.text.rfind("\n", 0, t.idx) + 1
        found = _WORDING_OF.search(finder.text[max(para, t.idx - 40) : t.idx])
        if found is None or not finder.lex.kind("wording", found.group(1).lower()):
            continue
        rest = toks[n + 1 :]
        # "du ministre de l'Intérieur la veille": the role's own complement first, then the adjunct
        k = next((k for k, x in enumerate(rest) if x.head.i != t.i and x.head.head.i != t.i), len(rest))
        if not _adjunct_gap(finder, rest[k].idx if k < len(rest) else end, end):
            continue
        gender = "F" if finder.text[t.idx - 3 : t.idx].lower().endswith("la ") else None
        person = finder.role_noun(t, gender, q.start)
        return person if person is not None and finder.labels.get(person) == "PER" else None
    return None


def _adjunct_gap(finder: SpeakerFinder, start: int, end: int) -> bool:
    """Nothing, or a short phrase with no clause of its own and nobody named, between a name and the colon: "la veille
    du vote", "lundi soir", "lors de l'audience", "devant les députés" (not "ont indigné Y", nor "et ajoute")."""
    toks = [t for t in finder.tokens(start, end) if t.text != "," or t.idx > start + 2]
    if not toks:
        return not finder.text[start:end].strip(_SPACES + ",")
    if len(toks) > _MAX_ADJUNCT or toks[0].pos_ not in {"ADP", "DET", "ADV", "NOUN", "NUM"} or toks[0].lower_ in {
            "et", "qui", "que", "dont"}:
        return False
    for t in toks:
        finite = t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm")
        m = finder.mention(t)
        if finite or t.pos_ == "PUNCT" or finder.in_quote(t.idx) or (m is not None and m.label in {"PER", "ORG"}):
            return False
    return True


def _made_to_say(finder: SpeakerFinder, q: Quote) -> str | None:
    """"Ces chiffres font dire au secrétaire général X que « … »", "Cela a fait dire à Y qu'« … »": the one "faire
    dire à" names (quote_words.jsonl kind "made_to_say") says the words its que-clause quotes, whatever the subject of
    "faire". Same sentence; nobody else named, and no speech verb opening words of its own, between that person and
    the quotation."""
    start = finder._sent_start(q.outer_start)
    if " dire " not in finder.text[start : q.outer_start]:
        return None  # (a cheap test first)
    toks = finder.outside(start, q.outer_start)
    n = next((n for n, t in enumerate(toks) if t.lower_ == "dire" and n > 0
              and finder.lex.kind("made_to_say", toks[n - 1].lower_)), None)
    if n is None or n + 2 >= len(toks) or toks[n + 1].lower_ not in {"à", "au", "aux"}:
        return None
    # "au secrétaire général de la CGT, X": the person the dative names (the name, or a role noun with its name)
    k = n + 2 + (toks[n + 2].pos_ == "DET" and n + 3 < len(toks))
    head = toks[k]
    m = finder.mention(head)
    person = m.entity if m is not None and m.label == "PER" else finder._named_in_np(head)
    if person is None or finder.labels.get(person) != "PER":
        return None
    mention_end = max((x.end for x in finder.mentions if x.entity == person and toks[n].idx < x.start < q.outer_start),
                      default=None)
    rest = [t for t in toks[k:] if mention_end is not None and t.idx >= mention_end]
    que = next((j for j, t in enumerate(rest) if t.lower_ in _QUE), None)
    # (a speech verb that opens words of its own, "alors que d'autres estiment que « … »", hands them to its subject;
    # one that only reports an attitude, "même si sa fédération approuve les blocages", does not)
    opens = [j for j, t in enumerate(rest[:-1]) if t.lower_ in finder.lex.verbs
             and (rest[j + 1].lower_ in _QUE or rest[j + 1].text == ":")]
    if que is None or opens or any(t.text in {".", ";", ":", "!", "?"} for t in rest):
        return None
    if any(mention_end <= x.start < q.outer_start and x.entity != person and x.label in {"PER", "ORG"}  # type: ignore[operator]
           and not finder.in_quote(x.start) for x in finder.mentions):
        return None
    return person


def _fragment_speaker(finder: SpeakerFinder, q: Quote, prev: str | None) -> str | None:
    """"Le médecin X conseille … . Faire des pauses courtes, « qui ne remplacent pas le sommeil … »": a sentence with
    no finite verb and nobody named outside the marks goes on with what the sentence before it (same paragraph)
    reports: the person that sentence is about."""
    if not finder.text[q.start : q.start + 1].islower():
        return None  # "D'où le nom de « Jeudis de la colère » ": a capitalised name inside the sentence, no words said
    para = finder.text.rfind("\n", 0, q.outer_start) + 1
    breaks = [m.end() - 1 for m in _SENTENCE_BREAK.finditer(finder.text, para, q.outer_start)]
    if not breaks:
        return None  # (a cheap test first: the quotation's sentence opens the paragraph, nothing before it to go on)
    start = breaks[-1]
    nxt = _SENTENCE_BREAK.search(finder.text, q.outer_end)
    line = finder.text.find("\n", q.outer_end)
    end = min(x for x in (nxt.start() + 1 if nxt else len(finder.text), line if line != -1 else len(finder.text)))
    relative = False  # a "qui" relative only describes a noun; it leaves the words to their last speaker
    for t in finder.tokens(start, end):
        if finder.in_quote(t.idx):
            continue
        finite = t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")
        if finite and _subject_relative(finder, t):
            relative = True
        elif finite or finder.mention(t) is not None:
            return None  # a clause of its own, or someone named: the usual rules decide
    lead = finder.tokens(para, start)
    before = lead[-1].sent if lead else None
    if before is None:
        return None
    # "… des « horaires plus souples ». Rentrer plus tôt le vendredi, « qui … »": the words the sentence before quoted
    # go on, when nobody was named after them.
    # (the incise of those words may name their speaker and a place: "», dit X, élue à Nantes.")
    if prev and finder.labels.get(prev) == "PER" and before.start_char <= finder.prev_end <= start and not any(
            finder.prev_end <= m.start < start and m.entity != prev and m.label in {"PER", "ORG"}
            for m in finder.mentions):
        return prev
    if relative or finder.in_quote(before.root.idx) or before.root.pos_ not in {"VERB", "AUX"}:
        return None
    found = finder._subject_of(before.root, q.start, prev)
    pronoun = any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in before.root.children)
    return found if found and finder.labels.get(found) == "PER" and (not pronoun or found == prev) else None


_ATTITUDE_LEAD = re.compile(r"(?:^|[.!?…:]\s+|\n)([\wÀ-ÿ]+)\s+qu(?:e|['’])\s*$")


def _fronted_attitude(finder: SpeakerFinder, q: Quote, prev: str | None) -> str | None:
    """"Convaincu qu'« aucune mesure ne suffira », l'élu s'estime …", "Persuadée que « … », Mme X réclame …": an adjective
    of conviction (quote_words.jsonl kind "attitude") opening the sentence before "que « … »" belongs to the subject of
    the main clause after the comma: that person (named, a pronoun or a role noun the usual way) holds the words."""
    lead = _ATTITUDE_LEAD.search(finder.text, max(0, q.outer_start - 40), q.outer_start)
    if lead is None or not finder.lex.kind("attitude", lead.group(1)):
        return None  # (a cheap test first)
    if not finder.text[q.outer_end : q.outer_end + 3].lstrip(_SPACES).startswith(","):
        return None
    for t in finder.tokens(q.outer_end, min(len(finder.text), q.outer_end + 80))[1:8]:
        if t.is_punct and t.text != ",":
            return None
        if t.pos_ in {"VERB", "AUX"} and not finder.lex.kind("pronoun", t.text):
            return None  # the main verb came first: no subject after the comma
        m = finder.mention(t)
        if m is not None:
            return m.entity if m.label == "PER" else None
        if t.pos_ in {"NOUN", "PRON"} and not t.is_punct:
            found = finder.resolve(t, q.start, prev)
            return found if found is not None and finder.labels.get(found) == "PER" else None
    return None


def _subject_relative(finder: SpeakerFinder, verb: Token) -> bool:
    """"Les aides pour ceux qui touchent moins de 1500 euros « … »": a "qui" relative clause only describes the noun
    the quoted words are about; it says nothing and brings in no one (not "ce que les élus réclament", nor a speech
    verb)."""
    head = verb.head if verb.dep_ in {"aux", "aux:tense", "aux:pass", "cop"} else verb
    return head.dep_ == "acl:relcl" and head.lower_ not in finder.lex.verbs and any(
        c.dep_.startswith("nsubj") and c.lower_ == "qui" for c in head.children)


def _read_on(finder: SpeakerFinder, q: Quote) -> bool:
    """"« … », pouvait-on lire sur une banderole", "», lit-on sur le groupe": an impersonal "on" that reads or hears the
    words names no speaker (quote_words.jsonl kind "read_on"); the quotation is not carried over from the one before."""
    after = finder.text[q.outer_end : q.outer_end + 40]
    if "-on" not in after:
        return False  # (every form has the inverted "-on": a cheap test first)
    words = re.findall(r"[\w-]+", after.lower().replace("’", "'"))[:3]
    joined = " ".join(words)
    if not any(joined.startswith(f) for f in finder.lex.words.get("read_on", {})):
        return False
    # "« … on a commencé à me frapper », peut-on lire dans sa plainte": words in the first person singular read in a
    # document are its author's (usually named just before), not a banner's: the usual rules decide.
    return not _FIRST_PERSON.search(finder.text[q.start : q.end])


def _read_in_medium(finder: SpeakerFinder, q: Quote) -> str | None:
    """"« … », lit-on dans Le Parisien", "peut-on lire sur le site de X": words read in a named medium or
    organization are its own (quote_words.jsonl kinds "read_on" and "read_in"); None when none is named."""
    after = finder.text[q.outer_end : q.outer_end + 40]
    if "-on" not in after:
        return None  # (every form has the inverted "-on": a cheap test first)
    words = re.findall(r"[\w-]+", after.lower().replace("’", "'"))
    joined = " ".join(words)
    form = next((f for f in finder.lex.words.get("read_on", {}) if joined.startswith(f + " ")), None)
    if form is None or len(words) <= len(form.split()) or not finder.lex.kind("read_in", words[len(form.split())]):
        return None
    start = q.outer_end + after.lower().find(words[len(form.split())])
    for t in finder.tokens(start, min(len(finder.text), start + 60))[1:6]:
        m = finder.mention(t)
        if m is not None:
            return m.entity if m.label == "ORG" else None
        if not (t.pos_ in {"DET", "ADP"} or finder.lex.kind("read_in_noun", t.text)):
            return None  # "sur une banderole à l'entrée de l'usine X", "sur le compte Twitter de Y": not X's words
    return None


def _narrative_infinitive(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> bool:
    """"« … », a reconnu X. Et de lancer un appel « à la raison » des sénateurs": a sentence opening with "Et
    de" and an infinitive (quote_words.jsonl kind "narrative_infinitive") goes on with the speaker of the quotation just
    before, when that one has a speaker and nobody else is named in between (outside the sentence's own words)."""
    if prev is None or prev.speaker is None or "Et d" not in finder.text[prev.outer_end : q.outer_start]:
        return False  # (a cheap test first: most quotations follow no such sentence opening)
    # The words of the quotation's own sentence before it (the parser may glue it to the one before: cut at the stop).
    lead = re.split(r"[.!?…]\s|\n", finder.text[max(finder._sent_start(q.outer_start), prev.outer_end) : q.outer_start])[-1]
    lead = lead.strip(_SPACES + "»”\"").lower().replace("’", "'")
    if not any(lead.startswith(f + " ") or (lead.startswith(f) and f.endswith("'"))
               for f in finder.lex.words.get("narrative_infinitive", {})):
        return False
    gap = finder.text[prev.outer_end : q.outer_start]
    if gap.count("\n") > 2 or len(gap) > 400:
        return False
    return not any(prev.outer_end <= m.start < q.outer_start and m.entity != prev.speaker and m.label in {"PER", "ORG"}
                   for m in finder.mentions)


_OF_INFINITIVE = re.compile(r"\s+d(?:e\s+|['’]\s*)\w")  # "… d'enfoncer", "… de conclure": "de" before a word


def _named_narrative_infinitive(finder: SpeakerFinder, q: Quote, prev: str | None) -> tuple[bool, str | None]:
    """"Et la CGT d'enfoncer le clou : « … »": a sentence opening with "Et", a subject, then "de" and an infinitive
    introduces the subject's words: (True, that subject) when it names one person or organization (a name, or a role
    noun that resolves to one), (True, None) when it names nobody ("Et les manifestants de scander : « … »"), (False,
    None) when the quotation follows no such opening."""
    if "Et " not in finder.text[max(0, q.outer_start - 200) : q.outer_start]:
        return False, None  # (a cheap test first: most quotations follow no such opening)
    lead = re.split(r"[.!?…]\s|\n", finder.text[max(finder._sent_start(q.outer_start), finder.prev_end) : q.outer_start])[-1]
    opening = lead.lstrip(_SPACES + "»”\"")
    if not opening.startswith("Et ") or not lead.rstrip(_SPACES).endswith(":"):
        return False, None
    offset = q.outer_start - len(opening)
    toks = finder.tokens(offset, q.outer_start)
    starts = {offset + m.end() - 1 for m in _OF_INFINITIVE.finditer(opening)}
    # The first "de" followed by an infinitive ("Et le président de la République de conclure": not "de la").
    verb = next((n for n, t in enumerate(toks) if t.idx in starts and "Inf" in t.morph.get("VerbForm")), None)
    subject = toks[1 : verb - 1] if verb is not None else []
    named = {x.entity for t in subject if (x := finder.mention(t)) is not None and x.label in {"PER", "ORG"}}
    if not (named or any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in subject)) or any(t.is_punct for t in subject):
        return False, None  # "Et puis d'ajouter : « … »": no subject of its own, the last speaker goes on
    if len(named) != 1 and (named or any(t.lower_ in {"et", "ou"} for t in subject)):
        return True, None  # "Et X et Y de répondre": several speakers, none of them alone
    if named:
        return True, named.pop()
    # "Et le ministre d'ajouter": the role noun resolves to the one introduced with it
    head = next((t for t in subject if t.pos_ == "NOUN"), None)
    found = finder.resolve(head, q.start, prev) if head is not None and finder.is_role(head) else None
    return True, found if found is not None and finder.labels.get(found) == "PER" else None


def _label(finder: SpeakerFinder, q: Quote) -> bool:
    """A few quoted words that name what the noun before them stands for ("le projet de loi « dépendance »", "au
    lieu-dit « Les Chênes »"), or that start with a label ("un autre « gilet jaune libre »"): not someone's words.
    After a determiner they are ("dénonce des « violences inacceptables »"), and so are a phrase qualifying the noun
    that a speech cue gives to someone (_cued_qualifier) and the complement of a verb-noun locution ("a fait état
    « de menaces »")."""
    words = finder.text[q.start : q.end].split()
    # "un roman paru en 2011, « Les jardins du port »", "une émission intitulée « … »": a work's title.
    for t in reversed(finder.tokens(max(0, q.outer_start - 60), q.outer_start)[-6:]):
        finite = t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm")
        if finite or t.text in {".", ";", ":", "!", "?", "»", '"', "”"}:
            break
        if finder.lex.kind("work", t.text) and not _judges_work(finder.tokens(q.start, q.end)) and not (
                _cued_qualifier(finder, q, finder.tokens(q.start, q.end), _said_before(finder, q))):
            return True
    if len(words) >= _MIN_WORDS:
        return False
    if len(words) > 2 and finder.lex.kind("term", " ".join(words[:2])):
        return True
    before = finder.tokens(max(0, q.outer_start - 40), q.outer_start)
    # "lors de la « marche des fiertés »": an event's name.
    head = list(takewhile(lambda t: t.pos_ in {"DET", "ADP"}, reversed(before)))
    if len(head) < len(before) and finder.lex.kind("event_cue", before[-1 - len(head)].text):
        return True
    inner = finder.tokens(q.start, q.end)
    # "de manière « plus ciblée »", "une réunion « rapide »": words that qualify the noun are someone's words.
    # "les quartiers « les plus touchés »": a superlative qualifies it too.
    superlative = len(inner) > 2 and inner[0].pos_ == "DET" and inner[1].lower_ in {"plus", "moins", "mieux"}
    # "voit dans ce rapport « une instrumentalisation »": a lowercase article opens a phrase, not a name (« Les Chênes »)
    phrase = bool(inner) and inner[0].pos_ == "DET" and inner[0].is_lower and len(inner) > 1
    # "les ventes « sont très mauvaises »": a lowercase auxiliary opens the predicate the noun is the subject of (not
    # "le slogan « sont-ils sourds ? »", whose noun is no subject of the words).
    predicate = bool(inner) and inner[0].pos_ == "AUX" and inner[0].is_lower and bool(before) \
        and _subject_of_words(before[-1], inner)
    qualifies = bool(inner) and (inner[0].pos_ in {"ADJ", "ADV", "VERB"} or superlative or phrase or predicate)
    return bool(before) and before[-1].pos_ in {"NOUN", "PROPN"} and not qualifies and not (
        _complements_noun(inner) and _said_before(finder, q)) and not _cued_qualifier(finder, q, inner, False) and not (
        _light_verb_noun(before) and bool(inner) and inner[0].pos_ == "ADP" and inner[0].text[:1].islower())


def _subject_of_words(noun: Token, inner: list[Token]) -> bool:
    """Whether the noun phrase ending on `noun` ("les chiffres de fréquentation") is the subject of the quoted words."""
    while noun.dep_ in {"nmod", "amod", "flat:name"} and noun.head.i < noun.i:
        noun = noun.head  # up to the phrase's head: "chiffres", not "fréquentation"
    return noun.dep_ in {"nsubj", "nsubj:pass"} and noun.head in inner


def _light_verb_noun(before: list[Token]) -> bool:
    """"faire preuve « d'exemplarité »", "a fait état « de menaces … »", "a pris acte « de … »": a noun with no
    determiner right after the verb it makes a locution with; the quoted phrase after it is that locution's
    complement, not the noun's name."""
    noun = before[-1]
    return len(before) > 1 and noun.pos_ == "NOUN" and noun.dep_ == "obj" and before[-2].i == noun.i - 1 \
        and before[-2].pos_ == "VERB" and noun.head.i == before[-2].i and not any(c.dep_ == "det" for c in noun.children)


_SOURCE_CLOSING = re.compile(r",\s*(?:selon|d['’]après)\s+([^«»“”\"]+)$")  # ", selon le préfet X." closing the sentence


def _cued_qualifier(finder: SpeakerFinder, q: Quote, inner: list[Token], said_before: bool) -> bool:
    """Quoted words after a noun that qualify it as an adjective would, with a speech cue that names who said them:
    "Un dispositif « sans précédent », a commenté X" (an incise right after the closing mark), "des violences « sans
    précédent » à Lyon, selon X." (a source closing the sentence), "X a détaillé le plan « de grande envergure »" (a
    speech verb before, after a work's noun). The phrase opens with a preposition of quote_words kind
    "qualifying_prep" or "de" and an adjective; "de" and a noun only before an incise that ends the sentence ("des
    salariés « de souche », a souligné X."); a bare noun stays a name ("le projet de loi « dépendance »")."""
    if len(inner) < 2 or not inner[0].text[:1].islower() or inner[0].pos_ != "ADP":
        return False
    qualifying = finder.lex.kind("qualifying_prep", inner[0].lower_) is not None or (
        inner[0].lower_ in {"de", "d'", "d’"} and inner[1].pos_ == "ADJ")
    # (not in the subject: "la zone « à faibles émissions » entrera en vigueur, selon X" names the zone)
    subject = _in_subject(finder.tokens(max(0, q.outer_start - 40), q.outer_start)[-1])
    incise = _incise_right_after(finder, q)  # (True when the incise ends the sentence)
    if incise or (incise is not None and qualifying and not subject):
        return True
    if not qualifying or said_before:
        return qualifying
    closing = _SOURCE_CLOSING.search(finder.text, q.outer_end, finder._sent_end(q.outer_end))
    return closing is not None and not subject and finder.named_after_phrase(closing.start(1), q, None) is not None


def _in_subject(t: Token) -> bool:
    """The word stands in the subject of its clause (up the nouns and prepositions it hangs on)."""
    for _ in range(6):
        if t.dep_.startswith("nsubj"):
            return True
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def _incise_right_after(finder: SpeakerFinder, q: Quote) -> bool | None:
    """", a commenté le directeur …" (or ", selon X") right after the closing mark: an incise whose verb is a speech
    verb in a finite form or after its auxiliary (", annoncé par le maire" is a participle). None when there is none;
    else whether it ends the sentence (no verb after its own: ", a rappelé X, sera supprimée" does not)."""
    toks = finder.tokens(q.outer_end, finder._sent_end(q.outer_end))
    if len(toks) < 3 or toks[0].text != ",":
        return None
    aux = False
    for n, t in enumerate(toks[1:5], start=1):
        low = t.lower_
        speech = low in finder.lex.verbs or finder.lex.kind("incise_verb", low) is not None
        finite = aux or ("Fin" in t.morph.get("VerbForm") and t.pos_ in {"VERB", "AUX"})
        if speech and (not finite or low.endswith("ant")):
            return None
        if speech or finder.lex.kind("source", low):
            return not any(x.pos_ in {"VERB", "AUX"} for x in toks[n + 1 :])
        if not (t.pos_ in {"AUX", "PRON"} or finder.lex.kind("auxiliary", low) or t.text.startswith("-")):
            return None
        aux = aux or t.pos_ == "AUX" or finder.lex.kind("auxiliary", low) is not None
    return None


_AS_MARKS = {"comme", "de", "d'", "d’"}


def _qualified_as(finder: SpeakerFinder, q: Quote, prev: str | None) -> str | None:
    """"La milice a décrit les deux hommes comme ses « combattants »", "allant jusqu'à le qualifier de « … »": a few quoted
    words that a verb of qualifying (quote_words kind "qualify") gives, after "comme" or "de", as what its object is:
    the words of that verb's subject, a person or an organization. Nobody's under a passive ("a été qualifié de
    « … »", "qualifiés de « … »": no subject), after a reflexive ("un compte se présentant comme la « … »") or a
    participle describing a noun, or with a comma or another verb between verb and marks."""
    inner = finder.tokens(q.start, q.end)
    if not inner or not inner[0].text[:1].islower():
        return None
    inside = {t.i for t in inner}
    t = next((x for x in inner if x.head.i not in inside), None)
    marked = False
    for _ in range(4):
        if t is None or t.head.i == t.i or t.pos_ in {"VERB", "AUX"}:
            break
        marked = marked or any(c.dep_ in {"case", "mark"} and c.lower_ in _AS_MARKS for c in t.children)
        t = t.head
    if t is None or not marked or t.pos_ != "VERB" or t.i > inner[0].i or t.lower_ not in finder.lex.verb_forms("qualify"):
        return None
    if t.dep_ in {"acl", "acl:relcl"} or any(
            c.dep_ in {"aux:pass", "nsubj:pass"} or c.lower_ in {"se", "s'", "s’"} for c in t.children):
        return None  # (a participle describing a noun; "se présentant comme la « … »": a self-styled label)
    between = finder.doc[t.i + 1 : inner[0].i]
    if any(x.text in {",", ";", ":", ".", "»", "«"} or x.pos_ in {"VERB", "AUX"} for x in between[:-1]):
        return None
    if t.dep_ == "obl:arg" and "Inf" in t.morph.get("VerbForm") and t.head.pos_ == "VERB":
        t = t.head  # "allant jusqu'à le qualifier de « … »": the infinitive hangs on the verb that has the subject
    return finder._speaking_subject(t, q, prev)


def _across_relative(verb: Token) -> bool:
    """A bare infinitive right after the object of another verb ("un enregistrement sur lequel des vigiles commentent
    …, en jugeant qu'il faut « … »"): that object does the infinitive (and speaks through what hangs on it); the
    subject of a verb further up, or a person named earlier in the sentence, has no say in it."""
    # (the tagger may call the infinitive a participle: "brandir" VerbForm=Part; its ending tells)
    infinitive = "Inf" in verb.morph.get("VerbForm") or verb.lower_.endswith(("er", "ir", "re"))
    if not infinitive or verb.pos_ != "VERB" or verb.dep_ not in {"xcomp", "acl"} or verb.i < 2 or any(
            c.dep_ == "mark" for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    # (the parser hangs the infinitive on that noun, or on the main verb across the relative clause's verb)
    return before.pos_ == "NOUN" and before.dep_ == "obj" and before.head.i != verb.head.i and before.head.i < verb.i \
        and (verb.head.i == before.i or before.head.dep_ == "acl:relcl")


def _copula_of(tok: Token, head: Token) -> bool:
    """"être" joining a verb to the quoted words it says the subject is ("se défend d'être « une nantie »", "refuse
    d'être « un pion »"): no verb of its own between the verb and its complement."""
    return tok.dep_ == "cop" and tok.head.i == head.i and tok.lower_ == "être"


def _attribute_after_etre(head: Token) -> bool:
    """"se défend d'être « une nantie »", "refuse d'être « solidaire »": the quoted words are what "d'être" (or a
    bare "être") makes of the verb's subject; the parser hangs them on the verb as xcomp."""
    return head.dep_ == "xcomp" and head.pos_ in {"NOUN", "ADJ"} and any(_copula_of(c, head) for c in head.children)


_APPOSITION_WORDS = {"NOUN", "ADJ", "DET", "ADP", "PROPN", "PUNCT", "NUM", "CCONJ"}


def _mistagged_verb_subject(finder: SpeakerFinder, q: Quote) -> str | None:
    """"Le démographe X, professeur à Y, salue, lui, une « … »": a speech verb the tagger took for a name or a noun
    after the subject's apposition (so no parse rule sees it), its object the few quoted words. The person named
    as the sentence's subject, with only determiners, adjectives and an emphatic "lui"/"elle" between verb and marks."""
    inner = finder.tokens(q.start, q.end)
    if not inner or not inner[0].text[:1].islower():
        return None
    # (a cheap test first: a lowercase word of the speech verbs, not tagged a verb, among the few words before)
    near = finder.doc[max(0, inner[0].i - 8) : inner[0].i]
    if not any(t.pos_ not in {"VERB", "AUX"} and t.lower_ in finder.lex.verbs for t in near):
        return None
    lead = finder.outside(finder._sent_start(q.outer_start), q.outer_start)
    n = len(lead) - 1
    while n >= 0 and (lead[n].pos_ in {"DET", "ADJ"} or lead[n].lower_ in {",", "lui", "elle"}):
        n -= 1
    verb = lead[n] if n > 0 else None
    if verb is None or verb.pos_ in {"VERB", "AUX"} or not verb.is_lower or verb.lower_ not in finder.lex.verbs or (
            verb.lower_ in finder.lex.infinitives or verb.lower_.endswith("ant")) or lead[-1].text == ",":
        return None
    before = lead[:n]
    if any(t.pos_ not in _APPOSITION_WORDS or t.text in {".", ";", ":", "!", "?"} for t in before):
        return None  # another verb: the word is no verb of the sentence's subject
    named = [m for m in (finder.mention(t) for t in before) if m is not None]
    first = next((n for n, t in enumerate(before) if finder.mention(t) is not None), None)
    # The subject opens the sentence ("Le démographe belge X"): nothing but a determiner and role words before it.
    if not named or named[0].label != "PER" or first is None or any(t.pos_ not in {"DET", "NOUN", "ADJ"}
                                                                      for t in before[:first]):
        return None
    return named[0].entity


def _judges_work(inner: list[Token]) -> bool:
    """Quoted words after a plan, a measure or a work that judge it rather than name it: a lowercase adjective, or an
    adverb then an adjective ("un dispositif policier « puissant »", "un plan « très ambitieux »", "une opération
    « rapide et ciblée »"). A title is capitalised or a noun ("l'opération « Escargot »", "le plan « vélo »")."""
    if not inner or not inner[0].text[:1].islower():
        return False
    if inner[0].pos_ == "ADV" and len(inner) > 1:
        return inner[1].pos_ == "ADJ"
    return inner[0].pos_ == "ADJ"


def _said_before(finder: SpeakerFinder, q: Quote) -> bool:
    """A speech verb stands in the quotation's sentence before it ("a déclaré qu'il répondrait au mouvement « … »"):
    the few words may be what it reports; in a plain narrative ("noie son ennui « au cinéma »") they are a label."""
    return any(t.lower_ in finder.lex.verbs and t.pos_ in {"VERB", "AUX"}
               for t in finder.tokens(finder._sent_start(q.outer_start), q.outer_start))


_ADJECTIVE_ENDINGS = ("ant", "ante", "ants", "antes", "able", "ables", "ible", "ibles", "eux", "euse", "euses")


def _complements_noun(inner: list[Token]) -> bool:
    """Quoted words after a noun that do not name it but say something of it, as an adjective does: a phrase opened
    by a preposition ("au mouvement « en temps voulu »", "porter plainte « contre les agresseurs »", "au concours « du
    plus bête »"), or one lowercase word with an adjective's ending that the tagger took for a noun ("au caractère
    « délirant »", "un dispositif « puissant »"). Whoever the sentence gives as speaking said them."""
    if not inner or not inner[0].text[:1].islower():
        return False  # "la loi « Pour une école … »": a capitalised name
    if inner[0].pos_ == "ADP" and len(inner) > 1 and inner[0].dep_ in {"case", "fixed"}:
        # "les mesures « d'accompagnement »", "la taxe « d'habitation »": "de" and one noun make a compound name.
        return len(inner) > 2 or inner[0].lower_.replace("’", "'") not in {"de", "d'", "du", "des"}
    word = inner[0].lower_
    return len(inner) == 1 and len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS)


def _words(s: str) -> str:
    return " " + " ".join(re.findall(r"\w+", s.lower().replace("’", "'"))) + " "


def _repeated_words(doc: Doc, out: list[dict[str, object]], short: list[Quote]) -> list[dict[str, object]]:
    """Words quoted twice, the second time with a speaker (a title or lede quoting what the body attributes:
    "X en garde à vue : « C'est politique »" … « C'est politique, … », a déclaré X): the same speaker. A few
    words alone ("du « jamais vu »") only ahead of the longer attributed quotation, and not a noun phrase (« grand
    débat » is a label whoever says it)."""
    text = doc_text(doc)
    said = [(_words(str(o["text"])), o["speaker"], int(o["start"])) for o in out if o["speaker"]]  # type: ignore[call-overload]
    if not said:
        return out

    def speaker_of(words: str, before: int | None) -> str | None:
        # A few words quoted ahead of the same words attributed later ("qui cherche à « … »" … « … », a-t-il dit) too.
        found = {sp for w, sp, start in said if (w != words or before is not None) and words in w
                 and (before is None or start > before)}
        return found.pop() if len(found) == 1 else None  # type: ignore[return-value]

    title_end = text.find("\n")
    for o in out:
        if o["speaker"] is None and len(str(o["text"])) >= 10:
            o["speaker"] = speaker_of(_words(str(o["text"])), None)
        elif 0 <= int(o["start"]) < title_end and len(str(o["text"])) >= 10:  # type: ignore[call-overload]
            # "Maternité du Blanc : « … »" over a body that gives the same words to someone: the title's lead is its
            # topic, the body says who spoke
            o["speaker"] = speaker_of(_words(str(o["text"])), None) or o["speaker"]
    added = []
    for q in short:
        first = doc.char_span(q.start, q.end, alignment_mode="expand")
        if len(_words(text[q.start : q.end]).split()) < 2 or first is None or (
                first[0].pos_ in {"NOUN", "PROPN", "ADJ", "DET"} and not (_heading(text, q) or _glued_heading(text, q))):
            continue
        sp = speaker_of(_words(text[q.start : q.end]), q.start)
        if sp:
            added.append({"start": q.start, "end": q.end, "text": text[q.start : q.end], "speaker": sp})
    return sorted(out + added, key=lambda o: int(o["start"]))  # type: ignore[call-overload]


def _condensed_repeat(text: str, out: list[dict[str, object]]) -> list[dict[str, object]]:
    """A title quoting the body's words with a few left out ("Dumas : « Toucher à l'école, c'est toucher à la
    nation »" … « toucher à l'école, c'est aussi et surtout toucher à la nation », a-t-il dit): its words
    in order inside one attributed quotation, spread over at most half again their length, name that speaker. The
    very same words only for a subheading alone on its line (elsewhere the same words may be someone else's)."""
    said = [(_words(str(o["text"])).split(), o["speaker"]) for o in out if o["speaker"]]
    for o in out:
        words = _words(str(o["text"])).split() if o["speaker"] is None else []
        if len(words) <= _MIN_WORDS or not said:
            continue  # (most quotations have a speaker; a few words may be a label: « la grande concertation »)
        alone = _alone_on_line(text, int(o["start"]), int(o["end"]))  # type: ignore[call-overload]
        found = {sp for body, sp in said if (alone or body != words) and _in_order(words, body)}
        o["speaker"] = found.pop() if len(found) == 1 else None
    return out


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end == -1 else line_end]
    return not text[line_start:start].strip(_SPACES + "«“\"") and not rest.strip(_SPACES + "»”\".!?")


def _in_order(words: list[str], body: list[str]) -> bool:
    """`words` appear in `body` in order, from some start, within 1.5 times their own length."""
    for start in (n for n, w in enumerate(body) if w == words[0]):
        k, n = 0, start
        while k < len(words) and n < len(body) and n - start < len(words) * 3 // 2:
            k += body[n] == words[k]
            n += 1
        if k == len(words):
            return True
    return False


def _heading(text: str, q: Quote) -> bool:
    """A quotation alone on its line (« Besoin d'ordre » as a subheading): the words the body attributes further on, not
    a label, even when they make a noun phrase."""
    line_start = text.rfind("\n", 0, q.outer_start) + 1
    line_end = text.find("\n", q.outer_end)
    return not text[line_start : q.outer_start].strip(_SPACES) and not text[
        q.outer_end : len(text) if line_end == -1 else line_end].strip(_SPACES + ".!?")


def _answer_paragraph(text: str, q: Quote) -> bool:
    """"Le Soir : Vous avez hésité ?\n\n« Très longtemps. »": a few words that make a whole paragraph and a sentence
    of their own (a closing stop), right after a paragraph that asks a question, answer it: an interview's words, not a
    label. (A few words with no stop alone on their line are a subheading, _subheading.)"""
    inner = text[q.start : q.end].strip(_SPACES)
    if not inner or inner[-1] not in ".!…" or not _heading(text, q):
        return False
    before = text[: text.rfind("\n", 0, q.outer_start) + 1]
    return before.endswith("\n\n") and before.rstrip(_SPACES + "\n").endswith("?")


def _subheading(text: str, q: Quote) -> bool:
    """« Sparadraps sur des brûlures » as a paragraph of its own, between two others, a few words with no stop: a
    subheading, not more words of whoever spoke in the paragraph above (only the same words said further on name a
    speaker). Not the title line."""
    inner = text[q.start : q.end].strip(_SPACES)
    if not inner or inner[-1] in ".!?…" or len(inner.split()) > 8 or text.find("\n") > q.outer_start:
        return False  # (string tests first)
    return _heading(text, q) and text[: text.rfind("\n", 0, q.outer_start) + 1].endswith("\n\n") and \
        text[q.outer_end :].lstrip(" \t\u00a0.!?»”\"").startswith("\n\n")


def _glued_heading(text: str, q: Quote) -> bool:
    """A subheading the outlet glued to the paragraphs around it ("… a-t-elle ajouté.«Tenir bon» Pour l'heure, …"):
    a quotation after a sentence's end, with no stop of its own, right before a capitalized word. Neither the speaker
    of the quotation before it nor the sentence after it speaks it (the body may say the same words: see above)."""
    after = text[q.outer_end : q.outer_end + 3].lstrip(_SPACES)
    if not after or not after[0].isupper():
        return False  # (a cheap test first: most quotations go on with a comma, a stop or a lowercase word)
    before = text[max(0, q.outer_start - 3) : q.outer_start].rstrip(_SPACES)
    inner = text[q.start : q.end].rstrip(_SPACES)
    return bool(before) and before[-1] in ".!?…»\"”" and bool(inner) and inner[-1] not in ".!?…,;:"


def _coordinated_fragment(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """"X serait « intraitable » face aux « factieux » et aux « casseurs »": a label word (kind "term") coordinated with
    the few quoted words right before it, after the same article or preposition ("aux … et aux"), is said by the one
    who said them; "des « gilets jaunes » et des « casseurs »" (nobody's words before) stays a label."""
    if prev is None or prev.speaker is None or not prev.cued or prev.cued in {"heading", "read"}:
        return None
    if len(finder.text[prev.start : prev.end].split()) >= _MIN_WORDS:
        return None  # only an enumeration of fragments, not words glued after a whole quotation
    between = _COORDINATED.match(finder.text[prev.outer_end : q.outer_start])
    if between is None or not between.group(0).strip(_SPACES + ","):
        return None
    before = _LAST_WORD.search(finder.text[max(0, prev.outer_start - 20) : prev.outer_start])
    same = (before.group(1) if before else "").lower().replace("’", "'")
    return prev.speaker if same == between.group(1).lower().replace("’", "'") else None

