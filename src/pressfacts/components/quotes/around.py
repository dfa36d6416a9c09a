"""Speakers from around a quotation: the same sentence, the lines after it, carried over, organizations."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import _MIN_WORDS, _SENTENCE_BREAK, _SPACES, after_last_stop
from .special import _alone_on_line
from .syntax import _has_case, _owner_of_noun, _role_base, _subjectless_participle

if TYPE_CHECKING:
    from .finder import SpeakerFinder
    from .quotations import Quote


def _same_sentence_speaker(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """The previous quotation's speaker for one later in the same sentence, when no other subject noun
    or person stands between them."""
    if prev is None or prev.speaker is None:
        return None
    gap = finder.text[prev.outer_end : q.outer_start]
    if "\n" in gap or re.search(r"[.!?…]\s", gap) or len(gap) > 200:
        return None
    toks = finder.tokens(prev.outer_end, q.outer_start)
    inner = finder.tokens(q.start, q.end)
    if inner and any(t.lower_ in finder.lex.verbs and finder.in_incise_subject(t, inner[0]) for t in toks[:4]):
        return None  # "« … », plaide l'initiateur de la « Marche … »": a name in the incise's description
    # Someone else who could speak stands between: another name, a person's role ("le ministre"), a speech verb.
    # "a déploré X, venu …, malgré « … »" or "…, et dont l'usage est « … »" keep X.
    for t in toks:
        m = finder.mention(t)
        if m is not None and m.entity != prev.speaker and m.label in {"PER", "ORG"} and not _owner_of_noun(t):
            return None
        if t.dep_.startswith("nsubj") and t.pos_ != "PRON" and (m is None or m.entity != prev.speaker) and (
                finder.is_role(t) or finder.lex.kind("person_noun", t.text) or t.pos_ == "PROPN"):
            return None
        if t.text.lower() in finder.lex.verbs and t.pos_ in {"VERB", "AUX"} and t.i > toks[0].i + 3 and not (
                _subjectless_participle(t)):
            return None
    return prev.speaker


def _opens_sentence(finder: SpeakerFinder, q: Quote) -> bool:
    """Only a quotation that opens its sentence carries on someone's speech ("« … ». « … »", "Ou encore :
    « … »"); one inside a narrative sentence ("le texte prévoit « … »") is someone else's words or a title."""
    lead = finder.text[finder._sent_start(q.outer_start) : q.outer_start].strip(_SPACES)
    return not lead or lead[-1] in ":.!?…»\"”"


_DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{1,30}(?:\s*\([^)]{1,20}\))?\s*[|—–-]")  # "PARIS |", "LYON (AFP) -"
_AFTER_CLOSE = re.compile(r"[ \u00a0\u202f]*[.!?…]?[ \u00a0\u202f]*(\n\s*)?")


_PARENTHESIS = re.compile(r"[ \u00a0\u202f]*\(([^()\n]{3,60})\)[ \u00a0\u202f]*(?=[.;,!?]|\n|$)")


def _parenthesized_name(finder: SpeakerFinder, q: Quote) -> str | None:
    """"Exemple : « Une réponse sur le sécuritaire » (Jean Dupontel).": a name alone in parentheses right after a
    quotation that opens its sentence signs it (a person only: "(AFP)" is a source, "(photo X)" a credit)."""
    m = _PARENTHESIS.match(finder.text, q.outer_end)
    if m is None or not _opens_sentence(finder, q):
        return None
    inner = [x for x in finder.mentions if m.start(1) <= x.start and x.end <= m.end(1)]
    if len(inner) != 1 or inner[0].label != "PER" or finder.text[m.start(1) : m.end(1)].strip() != finder.text[
            inner[0].start : inner[0].end]:
        return None
    return inner[0].entity


def _introduced_after(finder: SpeakerFinder, q: Quote) -> str | None:
    """"« … ». Marc, infirmier, raconte sa nuit de garde": a quotation that opens its paragraph (after a dateline at
    most) with no cue, then a sentence opened by a person's name, the subject of a speech verb: the article quotes
    first and introduces the speaker after."""
    text = finder.text
    lead = text[text.rfind("\n", 0, q.outer_start) + 1 : q.outer_start].strip(_SPACES)
    gap = _AFTER_CLOSE.match(text, q.outer_end)
    if (lead and not _DATELINE.fullmatch(lead)) or gap is None or gap.group(1) or gap.end() == q.outer_end:
        return None
    m = next((x for x in finder.mentions if x.start == gap.end()), None)
    if m is None or m.label != "PER":
        return None
    toks = finder.tokens(m.end, min(len(text), m.end + 200))
    n = 0
    if toks and toks[0].text == ",":  # "Marc, infirmier à Lyon, raconte": past the apposition (the parse may miss it)
        n = next((i + 1 for i, t in enumerate(toks[1:13], 1) if t.text == ","), 0)
        if n == 0:
            return None  # an apposition that never closes
    while n < len(toks) and (toks[n].pos_ in {"AUX", "ADV"} or finder.lex.kind("auxiliary", toks[n].lower_)):
        n += 1
    verb = toks[n] if n < len(toks) else None
    return m.entity if verb is not None and verb.lower_ in finder.lex.verbs and not finder.in_quote(verb.idx) else None


def _attribution_line(finder: SpeakerFinder, q: Quote) -> str | None:
    """A pull quote alone on its line, then a line "Hélène Morin, cheffe du service" (a name, its role, no verb): the
    words of that person."""
    text = finder.text
    gap = _AFTER_CLOSE.match(text, q.outer_end)
    if gap is None or not gap.group(1) or not _alone_on_line(text, q.outer_start, q.outer_end):
        return None
    m = next((x for x in finder.mentions if x.start == gap.end()), None)
    if m is None or m.label != "PER":
        return None
    line_end = text.find("\n", m.start)
    line = finder.tokens(m.start, len(text) if line_end == -1 else line_end)
    return m.entity if 0 < len(line) <= 12 and not any(t.pos_ in {"VERB", "AUX"} for t in line) else None


def _carried_speaker(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """A quotation that continues the previous one (same or next paragraph, nobody else named in between)
    keeps its speaker."""
    if prev is None or prev.speaker is None:
        return None
    gap = finder.text[prev.outer_end : q.outer_start]
    if gap.count("\n") > 2 or len(gap) > 300:
        return None
    others = [m for m in finder.mentions if prev.outer_end <= m.start < q.outer_start and m.label == "PER"]
    if any(m.entity != prev.speaker for m in others):
        return None
    if any(_unnamed_someone(finder, t) for t in finder.tokens(prev.outer_end, q.outer_start)):
        return None  # "« … », a réclamé X. Un riverain, lui, ne partage pas cet avis. « … »": the riverain's words
    return prev.speaker


def _unnamed_someone(finder: SpeakerFinder, t: Token) -> bool:
    """A subject that is someone the text gives no name: "un riverain", "une infirmière", "un internaute"."""
    if not t.dep_.startswith("nsubj") or t.pos_ not in {"NOUN", "ADJ"} or finder.in_quote(t.idx):
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"un", "une"} for c in t.children):
        return False
    if finder.mention(t) is not None or finder._named_in_np(t) is not None:
        return False
    return _could_speak(finder, t) and "Plur" not in t.morph.get("Number")


_DEFINITE = {"le", "la", "l'", "l’", "cette", "ce", "cet", "notre"}


def _profiled_speaker(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """A portrait: quotations of the article's main person between paragraphs that tell her story ("Par la suite, la
    future bourgmestre a décroché un emploi à Lens. … « Comme il manquait un candidat, je suis montée … »"). A
    quotation that opens its sentence with no cue goes on with that person when she spoke the quotation before, the
    narrative in between speaks of her (her name, "elle", "la bourgmestre") and brings in nobody else (another name,
    "une porte-parole", "des manifestants"), and the quotation does not name her ("Mme X nous a proposé …")."""
    speaker = prev.speaker if prev is not None else None
    if prev is None or speaker is None:
        return None
    gap = finder.text[prev.outer_end : q.outer_start]
    # It opens its paragraph or follows a full stop ("Dire aux « gilets jaunes » « vous … »" is inside a sentence).
    lead = finder.text[finder.text.rfind("\n", 0, q.outer_start) + 1 : q.outer_start].strip(_SPACES)
    if len(gap) > 900 or gap.count("\n") > 6 or (lead and lead[-1] not in ".!?…") or speaker != finder.interviewee():
        return None  # (string tests first; most articles are not portraits)
    if any(finder.inner_names.get(t.idx) == speaker for t in finder.tokens(q.start, q.end)) or any(
            prev.outer_end <= m.start < q.outer_start and m.label == "PER" and m.entity != speaker
            for m in finder.mentions):
        return None
    gender = finder.gender.get(speaker)
    about = False
    # The narrative starts after the previous quotation's own sentence (its incise "», annonce X." says nothing more).
    stop = re.search(r"[.!?…]\s|\n", gap)
    for t in finder.tokens(prev.outer_end + (stop.end() if stop else len(gap)), q.outer_start):
        m = finder.mention(t)
        if not t.dep_.startswith("nsubj") or (m is not None and m.label != "PER"):
            continue
        if m is not None:
            about = True
        elif t.pos_ == "PRON":
            row = finder.lex.kind("pronoun", t.lower_)
            about = about or (row is not None and row.get("gender") in {gender, None} and gender is not None)
        elif finder.is_role(t) or finder.lex.kind("person_noun", t.text):
            det = [c.lower_ for c in t.children if c.dep_ == "det"]
            if "Plur" in t.morph.get("Number") or not det or det[0] not in _DEFINITE:
                return None  # "une porte-parole de l'exécutif a affirmé": someone else comes in
            about = True
    return speaker if about else None


def _carried_over_narrative(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """"« … », annonce X. Aucun véhicule ne passera … ¶ L'objectif est aussi de … « La police procédera … »": a
    quotation opening its sentence with no cue goes on with the speaker of the quotation before across a longer
    stretch of narrative than _carried_speaker allows (the rest of that paragraph and one more), when that stretch
    names nobody else who could speak (no other person or organization, no person noun or role as a subject, no
    plural or impersonal pronoun subject) and reports no other words (no speech verb, no "selon")."""
    if prev is None or prev.speaker is None or not prev.cued or not _opens_sentence(finder, q):
        return None
    gap = finder.text[prev.outer_end : q.outer_start]
    if len(gap) > 700 or gap.count("\n") > 4:
        return None  # (string tests first)
    if any(prev.outer_end <= m.start < q.outer_start and m.entity != prev.speaker and m.label in {"PER", "ORG"}
           for m in finder.mentions):
        return None  # another person or organization named: it may be theirs
    stop = re.search(r"[.!?…]\s|\n", gap)  # the incise of the previous quotation ("», annonce X.") says nothing more
    for t in finder.tokens(prev.outer_end + (stop.end() if stop else len(gap)), q.outer_start):
        word = t.lower_.replace("’", "'")
        if (t.pos_ == "VERB" and word in finder.lex.verbs) or finder.lex.kind("source", word) or t.text == ":":
            return None  # "Le parquet a indiqué …", "selon …": someone else's words come in
        if not t.dep_.startswith("nsubj"):
            continue
        if t.pos_ == "PRON" and ("Plur" in t.morph.get("Number") or word in {"on", "il", "elle"}):
            return None  # "ils", "on": people the quotation may belong to; "il" may be someone else
        if t.pos_ in {"NOUN", "PROPN"} and (finder.is_role(t) or finder.lex.kind("person_noun", t.text)
                                            or finder.lex.kind("someone", word)
                                            or finder.lex.kind("someone", _role_base(word))):
            return None  # "un manifestant", "la ministre": another speaker
    return prev.speaker


_CLAUSE_STOP = re.compile(r"[.!?…][»”\"]?\s+|[»”]\s*[.!?…]\s+")  # the end of the sentence before a lead


def _after_connective(finder: SpeakerFinder, q: Quote) -> bool:
    """"Toutefois, « la production ne progresserait pas … »": a whole clause in the marks after nothing but a sentence
    adverb or conjunction and a comma opens its sentence as much as one after a full stop (it goes on with the words
    before); not a few words ("Mais, « surtout »"), not a lead that names or says anything."""
    start = finder._sent_start(q.outer_start)
    # The parser may glue the sentence to the one before ("… ». Toutefois, « … »"): only what follows the last stop.
    stops = list(_CLAUSE_STOP.finditer(finder.text, start, q.outer_start))
    start = stops[-1].end() if stops else start
    lead = finder.text[start : q.outer_start].strip(_SPACES)
    if not lead.endswith(",") or len(lead.split()) > 3 or len(finder.text[q.start : q.end].split()) < _MIN_WORDS:
        return False  # (string tests first)
    toks = [t for t in finder.tokens(start, q.outer_start) if not t.is_punct]
    inner = finder.tokens(q.start, q.end)
    return bool(toks) and all(t.pos_ in {"ADV", "CCONJ"} for t in toks) and any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in inner)


def _organization_named(finder: SpeakerFinder, subj: Token, pos: int) -> str | None:
    """The organization a subject names outright: its name ("la Fédération des artisans"), a noun it was introduced with ("le
    collectif"), a published text of it ("le bulletin trimestriel de l'Insee", quote_words kind "via"), or a general
    noun for the organization that last acted ("la centrale syndicale", kind "org_noun"). Never a pronoun (a thing as
    often as a body) nor a noun naming a person ("les chercheurs" may speak for themselves)."""
    if subj.pos_ == "PRON" or finder.is_role(subj) or finder.lex.kind("person_noun", subj.text):
        return None
    m = finder.mention(subj)
    found = m.entity if m is not None else finder.org_anchor.get(subj.i) or finder._named_in_np(subj)
    if found is None and subj.is_lower:
        # "l'observatoire des médias Acrimed": the name hangs bare (no preposition) on the noun it stands beside.
        bare = [finder.mention(c) for c in subj.children if c.dep_ in {"appos", "nmod", "flat:name"} and c.i > subj.i
                and not _has_case(c)]
        found = next((b.entity for b in bare if b is not None and b.label == "ORG"), None)
    if found is None and finder.lex.kind("org_noun", subj.text):
        found = finder.resolve(subj, pos, None)
    return found if found is not None and finder.labels.get(found) == "ORG" else None


def _organization_clause(finder: SpeakerFinder, q: Quote) -> str | None:
    """"La Fédération des artisans met en garde contre « … »", "la note de l'Insee nous indique que le PIB « … »": a
    quotation inside a narrative sentence whose nearest verb above it has an organization as subject is that
    organization's words (it published or stated them), as a person's are in own_subject. Only within the quotation's
    own sentence and paragraph, with no person named between the subject and the quotation (their words, maybe)."""
    para = finder.text.rfind("\n", 0, q.outer_start) + 1
    breaks = [b.end() - 1 for b in _SENTENCE_BREAK.finditer(finder.text, para, q.outer_start)]
    start = breaks[-1] if breaks else para
    inner = finder.tokens(q.start, q.end)
    if inner and inner[0].text[:1].isupper() and not any("Fin" in x.morph.get("VerbForm") for x in inner):
        return None  # "un rassemblement au cri de « Vérité pour X »": a slogan or a title, nobody's statement
    subj = finder.subject_above(q, start, {"nsubj"})
    if subj is None:
        return _split_organization_subject(finder, q, start)
    if finder.lex.kind("cite", subj.head.lower_):
        return None  # "Le Figaro cite un proche : « … »": the one cited speaks (before.py _cited), not the medium
    found = _organization_named(finder, subj, q.start)
    if found is None or any(subj.idx < m.start < q.outer_start and m.label == "PER" for m in finder.mentions):
        return None
    return found


def _split_organization_subject(finder: SpeakerFinder, q: Quote, start: int) -> str | None:
    """"Saisi en référé, le Conseil d'Etat a rejeté « … »": the parser may take the organization for the object of the
    opening participle, or end a sentence after that phrase, leaving the verb above the quotation with no subject;
    the organization named right before that verb's auxiliary is its subject."""
    inner = finder.tokens(q.start, q.end)
    verb = inner[0].head if inner else None
    for _ in range(4):
        if verb is None or verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    # (a subject the parser took from an earlier line, a heading glued on, is not this clause's)
    if verb is None or verb.pos_ != "VERB" or not start <= verb.idx < q.outer_start \
            or any(c.dep_.startswith("nsubj") and c.idx >= start for c in verb.children):
        return None
    group = verb
    while group.i > 0 and finder.doc[group.i - 1].pos_ == "AUX" and finder.doc[group.i - 1].head.i == verb.i:
        group = finder.doc[group.i - 1]
    if group.i == verb.i or group.idx <= start:
        return None  # only "a rejeté": a bare finite verb may well be a participle phrase's own
    m = finder.mention(finder.doc[group.i - 1])
    if m is None or m.label != "ORG" or finder.text[m.end : group.idx].strip() or not finder._own_phrase(start, m):
        return None
    return m.entity if not any(m.end <= p.start < q.outer_start and p.label == "PER" for p in finder.mentions) else None


def _organization_before(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """"La centrale syndicale entend aussi peser sur le gouvernement. « … »": a quotation opening its sentence, right
    after a sentence whose subject is an organization and that names no person, is the organization's (the previous
    quotation's speaker, one of its officials, does not carry over it). Same paragraph, or the next one."""
    if prev is None or prev.speaker is None or not finder.roles.get(prev.speaker):
        return None  # (a cheap test first: only a last speaker with a role can be an organization's official)
    sent = finder._sent_of(q.outer_start)
    if sent is None or sent.start == 0:
        return None
    before = finder.doc[sent.start - 1].sent
    if sent.start_char < q.outer_start and finder.text[sent.start_char : q.outer_start].strip(_SPACES + "\n"):
        before = sent  # the parser glued the opening mark to the sentence before
    lo = max(before.start_char, prev.outer_end if prev is not None else 0)
    if finder.text[lo : q.outer_start].count("\n") > 2 or finder.in_quote(before.root.idx):
        return None
    if any(lo <= m.start < q.outer_start and m.label == "PER" for m in finder.mentions):
        return None
    subj = [c for c in before.root.children if c.dep_ == "nsubj" and lo <= c.idx < q.outer_start]
    found = _organization_named(finder, subj[0], q.start) if subj else None
    return found if found is not None and _speaks_for(finder, prev.speaker, found) else None


def _speaks_for(finder: SpeakerFinder, person: str, org: str) -> bool:
    """Whether the person who spoke last holds a role in the organization ("président de la FTQ"): then the
    organization's own sentence takes the floor back for it; an organization with no tie to the last speaker ("La
    fédération conteste la mesure" after a prefect spoke) may or may not be the one quoted next: unknown."""
    names = {finder.text[m.start : m.end].lower() for m in finder.mentions if m.entity == org} | {finder.names[org].lower()}
    return any(f" {n}" in f" {role}" for role in finder.roles.get(person, []) for n in names)


def _connective_source(finder: SpeakerFinder, q: Quote, second_clause: bool = False) -> str | None:
    """"Mais pour la CGT, les annonces « … »", "Si, pour X, les juges « … »": a sentence whose source phrase ("pour X",
    "selon X") comes right after an opening conjunction or adverb is X's view, as one the phrase opens itself (the
    lead cue reads only a phrase in first place). Only a named person or organization, no other person named before
    the quotation, no second source word, no stop."""
    start = finder._sent_start(q.outer_start)
    toks = finder.outside(start, q.outer_start)
    toks = after_last_stop(toks, len(toks))
    # "X a jugé …, tandis que pour Y, le texte « … »": a second clause opened by "tandis que"/"alors que" after a comma
    clause = next((n for n in range(len(toks) - 2, 0, -1) if toks[n - 1].text == "," and toks[n + 1].lower_ == "que"
                   and finder.lex.kind("clause_link", toks[n].lower_)), None)
    if second_clause and clause is None:
        return None
    toks = toks[clause:] if clause is not None else toks
    k = 0
    while k < min(len(toks), 4) and (toks[k].pos_ in {"CCONJ", "ADV"} or toks[k].text == "," or (
            finder.lex.kind("connective", toks[k].lower_)) or (clause is not None and k == 1 and toks[k].lower_ == "que")):
        k += 1
    if k == 0 or k + 1 >= len(toks) or not any(t.pos_ in {"CCONJ", "ADV", "SCONJ"} for t in toks[:k]):
        return None
    cue = toks[k].lower_
    if not (finder.lex.kind("source", cue) or finder.lex.kind("opinion", cue)):
        return None
    rest = toks[k + 1 :]
    if any(t.text in {";", ":"} or finder.lex.kind("source", t.lower_) or finder.lex.kind(
            "opinion", t.lower_) for t in rest):
        return None
    np = finder._np_after(toks[k])
    if np is not None and any(t.text == "," for t in finder.doc[toks[k].i + 1 : np.i]):
        np = next((t for t in finder.doc[toks[k].i + 1 : np.i] if t.pos_ != "DET"), None)  # the parse ran past the comma
    if np is None or np.pos_ not in {"NOUN", "PROPN"}:
        return None
    found = finder.resolve(np, q.start, None)
    if found is None or finder.labels.get(found) not in {"PER", "ORG"}:
        return None
    others = [m for m in finder.mentions if np.idx < m.start < q.outer_start and m.label == "PER"]
    return None if any(m.entity != found for m in others) else found


_OWN_WORDING = ("document", "via", "work", "wording", "read_in_noun")
_THING_PRONOUNS = {"c'", "ce", "cela", "ça", "ceci"}
_STOP = re.compile(r"[.!?…][»”\"]?(?:\s|$)")


def _could_speak(finder: SpeakerFinder, t: Token) -> bool:
    """A noun for someone who may say words of their own: people in the plural ("les chaînes"), a role, a person
    noun, "un manifestant", an organization or a body ("l'exécutif", "la direction")."""
    word = t.lower_.replace("’", "'")
    return "Plur" in t.morph.get("Number") or finder.is_role(t) or any(
        finder.lex.kind(k, t.text) for k in ("person_noun", "org_noun", "collective")) or bool(
        finder.lex.kind("someone", word) or finder.lex.kind("someone", _role_base(word)))


def _narrative_names_nobody(finder: SpeakerFinder, toks: list[Token], speaker: str) -> bool:
    """Whether a stretch of narrative names nobody else who could speak (another person or organization, a subject
    _could_speak, a personal pronoun subject: "ils" may be others, "il" a thing or someone; a relative "qui" stands
    for its antecedent; a body named anywhere but after a preposition) and reports no other words (a speech verb,
    "selon", a colon, a text with a wording of its own)."""
    for t in toks:
        m = finder.mention(t)
        if m is not None and m.entity != speaker and m.label in {"PER", "ORG"}:
            return False
        word = t.lower_.replace("’", "'")
        if (t.pos_ in {"VERB", "AUX"} and word in finder.lex.verbs) or finder.lex.kind("source", word) or (
                t.text in {":", ";"}):
            return False
        if t.pos_ == "NOUN" and any(finder.lex.kind(k, word) for k in _OWN_WORDING):
            return False  # "le décret prévoit « … »": the words may be the text's own
        if finder.lex.kind("collective", word) and not any(c.dep_ == "case" for c in t.children):
            return False  # "Reste que l'exécutif, qui …" (the parse may miss the subject, the tagger the noun)
        if not t.dep_.startswith("nsubj") or m is not None:
            continue
        if t.pos_ == "PRON" and "Rel" in t.morph.get("PronType"):
            head = t.head.head if t.head.dep_ == "acl:relcl" else None  # "l'exécutif, qui s'était engagé à « … »"
            if head is not None and head.pos_ not in {"VERB", "AUX"} and _could_speak(finder, head):
                return False
            continue
        if t.pos_ == "PRON" and word not in _THING_PRONOUNS:
            return False
        if t.pos_ in {"NOUN", "PROPN"} and _could_speak(finder, t):
            return False
    return True


def _fragment_after_quotation(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """"« … », a expliqué l'Élysée. La seconde phase portera « sur les thèmes retenus »": words quoted inside the
    narrative sentence right after a cued quotation's sentence, in the same paragraph, go on with its speaker (the
    article sums up the rest of the statement) when that sentence names nobody else and reports no other words. Only
    a fragment that goes on the sentence (lower-case start): a capitalised one may be a title or a slogan."""
    if prev is None or prev.speaker is None or not prev.cued or _opens_sentence(finder, q):
        return None
    inner = finder.text[q.start : q.end].lstrip(_SPACES + "(…[")
    gap = finder.text[prev.outer_end : q.outer_start]
    stops = list(_STOP.finditer(gap))
    if not inner[:1].islower() or "\n" in gap or len(gap) > 400 or len(stops) != 1:
        return None  # (string tests first)
    rest = finder.text[q.outer_end : q.outer_end + 400]
    end = _STOP.search(rest)
    if end is None or "\n" in rest[: end.start()]:
        return None
    lo = prev.outer_end + stops[0].end()
    if any(lo <= o.outer_start < q.outer_start for o in finder.quotes):
        return None  # other words quoted before it in its sentence ("sur « … », « … »"): labels, or someone else's
    toks = finder.outside(lo, q.outer_end + end.start())
    return prev.speaker if _narrative_names_nobody(finder, toks, prev.speaker) else None


_GIST_DETERMINERS = {"le", "la", "les", "l'", "l’", "son", "sa", "ses", "ce", "cette", "ces"}


def _gist_lead(finder: SpeakerFinder, q: Quote, prev: Quote | None) -> str | None:
    """"X a lancé un appel aux élus. L'objectif : « … »", "Son credo : « … »", "Parmi ses questions : « … »": a
    lead of a determiner and a noun for what someone wants or holds (quote_words kind "gist"), nothing else, before
    the colon, after a sentence whose subject names one person or organization: that subject's words. Not "leur"
    (a group), nor a noun with a complement ("l'objectif des syndicats")."""
    para = finder.text.rfind("\n", 0, q.outer_start) + 1
    lead = finder.text[para : q.outer_start]
    stop = max(lead.rfind(c) for c in ".!?")
    words = [w.strip(",") for w in re.findall(r"[^\s'’]+['’]?", lead[stop + 1 :].lower().rstrip(_SPACES))]
    if not words or not words[-1].endswith(":"):
        return None
    words[-1] = words[-1].rstrip(":")
    words = [w for w in words if w]
    words = words[1:] if words and words[0] == "parmi" else words
    words = words[:-1] if words and finder.lex.kind("gist_verb", words[-1]) else words  # "Parmi ses X figurent :"
    noun = re.sub(r"(['’]) ", r"\1", " ".join(words[1:]))  # "mot d' ordre" -> "mot d'ordre"
    if len(words) < 2 or words[0] not in _GIST_DETERMINERS or not finder.lex.kind("gist", noun):
        return None
    end = para + stop if stop >= 0 else len(finder.text[:para].rstrip(_SPACES + "\n"))
    sent = finder._sent_of(max(0, end - 1))
    if sent is None or end <= 0:
        return None
    start = max(sent.start_char, finder.text.rfind("\n", 0, end) + 1)
    found = finder.named_subject(sent, start, end, {"PER", "ORG"})
    if found is None and prev is not None and prev.speaker is not None and start <= prev.outer_start < end:
        # "X a lancé un appel aux « … ». L'idée : « … »": the gist of the words just quoted, however the sentence runs
        named = [m for m in finder.mentions if start <= m.start < end and m.label in {"PER", "ORG"}]
        found = prev.speaker if all(m.entity == prev.speaker for m in named) else None
    return found
