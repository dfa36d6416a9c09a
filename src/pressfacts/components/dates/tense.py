"""The tense of a date's clause, read from the dependency parse."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ...extensions import doc_text

if TYPE_CHECKING:
    from .partial import Tense


# ---------------------------------------------------------------- tense (from the parse)
def verb_tense(
    verb: Token, future_cues: frozenset[str], intentions: tuple[str, ...] = (), etre_verbs: tuple[str, ...] = (),
    events: tuple[str, ...] = (), modals: frozenset[str] = frozenset(), date_i: int | None = None,
) -> int:
    """-1 past, +1 future, PRESENT (present indicative), 0 unknown, from the morphology of a verb and its
    auxiliaries; `date_i`, the date's first token, when known (an intention read on the surface governs only the
    dates after it)."""
    auxes = [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    # "sont bloqués ou perturbés jeudi", "a été arrêté puis relâché samedi": a participle coordinated with one whose
    # auxiliary both share has the tense of that auxiliary, not of a participle alone.
    auxes = auxes or _shared_auxiliaries(verb)
    if any(_future(f) for f in (verb, *auxes)) or verb.lower_ in future_cues:
        return 1
    if "Part" not in verb.morph.get("VerbForm"):
        tensed = _misread_participle_aux(verb, "aux:tense")
        if tensed is not None:
            # "Mardi, le préfet a interdit le rassemblement", "c'est vendredi que la ministre avait tranché": the
            # tagger read the participle of a compound tense as a finite verb or an infinitive; its auxiliary tells
            # the tense.
            return PLUPERFECT if "Imp" in tensed.morph.get("Tense") and "Ind" in tensed.morph.get("Mood") else -1
        passive = _misread_participle_aux(verb, "aux:pass")
        if passive is not None and not _etre_verb(verb, etre_verbs):
            # "Samedi, le centre-ville est interdit aux manifestants": a present passive whose participle the tagger
            # read as a finite verb; the auxiliary tells the tense, as for a participle tagged right.
            return _finite_tense(passive)
    if "Inf" in verb.morph.get("VerbForm"):
        # "doit se tenir samedi", "ont décidé de se retrouver mardi", "son intention de s'expliquer vendredi": the
        # word governing the infinitive decides, and only a future, a conditional, a cue or an intention there
        # makes it future.
        head = _governing_verb(verb.head) if verb.head is not verb else None
        if _aimed(verb, head, intentions, date_i) or (head is not None and (
            head.lower_ in future_cues or _future(head) or _conditional(head)
        )):
            return 1
        if head is not None and head.lower_ in modals and verb_tense(head, future_cues) < 0 \
                and not _event_of_day(verb.doc, date_i):
            return -1  # "ils n'ont pas pu faire marche arrière après l'été": what they could not do is past
        return 0
    if ("Part" in verb.morph.get("VerbForm") and not auxes and verb.dep_ == "acl" and verb.head is not verb
            and verb.head.lower_.startswith(events or ("\0",))):
        # "elle ne viendra pas au débat prévu vendredi": a participle describing an event has no tense of its own;
        # the verb of the event's clause decides (but "le texte adopté mardi sera appliqué" keeps its past).
        head = _governing_verb(verb.head)
        if head is not None and head is not verb:
            return verb_tense(head, future_cues, intentions, etre_verbs)
    if "Part" in verb.morph.get("VerbForm") and not auxes and verb.dep_ == "xcomp" and verb.head is not verb \
            and verb.head.pos_ in ("VERB", "AUX"):
        # "le trafic restera perturbé en début de semaine", "la route demeurait fermée lundi": a participle after a
        # verb like rester has that verb's tense.
        return verb_tense(verb.head, future_cues, intentions, etre_verbs, events, modals, date_i)
    if "Part" in verb.morph.get("VerbForm"):
        # "est prévu samedi", "n'est pas confirmé": a passive or copula participle takes the tense of its auxiliary;
        # "a été annoncé", "annoncée samedi" are past.
        tensed = [a for a in auxes if a.dep_ == "aux:tense"]
        passive = [a for a in auxes if a.dep_ in ("aux:pass", "cop")]
        if passive and not tensed and "Inf" in passive[0].morph.get("VerbForm"):
            # "doivent être détaillées jeudi": the verb governing the passive infinitive decides, as above.
            head = _governing_verb(verb.head) if verb.head is not verb else None
            future = head is not None and (head.lower_ in future_cues or _future(head) or _conditional(head))
            return 1 if future or _aimed(verb, None, intentions, date_i) else 0
        if passive and not tensed and not _etre_verb(verb, etre_verbs):
            return _finite_tense(passive[0])
        if tensed and "Imp" in tensed[0].morph.get("Tense"):
            return PLUPERFECT
        if tensed and "Inf" in tensed[0].morph.get("VerbForm") and _planned_perfect(verb, future_cues, intentions):
            # "la société espère avoir terminé les travaux mardi", "devraient avoir fini dès ce vendredi": a past
            # infinitive under a hope or a plan is done by a day to come ("affirme avoir terminé mardi" stays past).
            return 1
        return -1 if "Past" in verb.morph.get("Tense") else 0
    return _finite_tense(verb)


# "pourrait avoir quitté le territoire samedi": a guess about the past, no plan
_GUESSES = frozenset({"pourrait", "pourraient"})


def _planned_perfect(verb: Token, future_cues: frozenset[str], intentions: tuple[str, ...]) -> bool:
    """The verb governing a past infinitive ("avoir terminé") is a future, a future cue or an intention, not in the
    imparfait ("espéraient avoir identifié les auteurs mardi" tells a hope gone) nor a guess ("pourrait")."""
    head = _governing_verb(verb.head) if verb.head is not verb else None
    if head is None or head.lower_ in _GUESSES or _imparfait(head):
        return False
    return head.lower_ in future_cues or _future(head) or _intention(head, intentions)


def _event_of_day(doc: Doc, date_i: int | None) -> bool:
    """"ont commencé à préparer la manifestation de jeudi": the date names an event's day ("de jeudi" on a noun), which
    the infinitive's past does not date."""
    if date_i is None:
        return False
    day = doc[date_i]
    return day.head.pos_ == "NOUN" and day.head is not day and any(c.dep_ == "case" for c in day.children)


# The coming day, today included: a weekday in a present-tense clause ("la préfecture craint samedi des heurts")
# is read like a future one, and the publication day itself when it is that weekday.
PRESENT = 2
# A past before the past ("avait soulevé", "avaient bloqué"): a past tense that may move a date without a year back.
PLUPERFECT = -2


def _shared_auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of the participle a conjunct participle without its own is coordinated with: its head or the
    conjunct just before it (the tagger may take that first participle for a noun: "sont bloqués ou perturbés")."""
    head = verb.head
    if verb.dep_ != "conj" or head is verb or "Part" not in verb.morph.get("VerbForm"):
        return []
    before = [c for c in head.children if c.dep_ == "conj" and c.i < verb.i]
    for first in (*reversed(before), head):
        auxes = [c for c in first.children if c.dep_ in ("aux:tense", "aux:pass") and c.i < first.i]
        if auxes:
            return auxes
    return []


def _finite_tense(verb: Token) -> int:
    tenses = set(verb.morph.get("Tense"))
    if "Imp" in tenses and (_announced_plan(verb) or _plain_conditional(verb)):
        return 1
    # Passé simple and présent share their -it forms ("se réunit", "finit"): only the imparfait and
    # unambiguous passé simple forms ("fut", "décida") say past.
    if "Past" in tenses and present_plural(verb.lower_):
        # "les négociations reprennent lundi": the tagger may call a third-person plural present past; a passé simple
        # plural ends in -èrent, -irent, -urent or -inrent, so any other -ent form is a present.
        tenses = {"Pres"}
    if "Imp" in tenses or ("Past" in tenses and not verb.lower_.endswith("it")):
        return -1
    if "Cnd" in verb.morph.get("Mood") or _conditional(verb):
        return 1
    if "Fin" in verb.morph.get("VerbForm") and "Pres" in tenses and "Ind" in verb.morph.get("Mood"):
        # A capitalized word inside a sentence ("sur France Inter samedi") is a name the tagger took for a verb.
        return PRESENT if not (verb.is_title and not verb.is_sent_start) else 0
    return 0


# Conditional endings the morphologizer reads as present or imparfait ("poursuivraient", "pourrait", "rouvrirait",
# "finirait", "conduirait", "mettrait", "croirait"): the future stem before -ait; "déclarait", "ouvrait", "tirait",
# "consacrait" (imparfait) do not match (no common verb in -rirer, -nirer, -direr, -uirer, -oirer or -ttrer).
# Round 41 (a review's sentences): "partiraient", "aboutiraient", "bâtirait", "serviraient", "rempliraient",
# "établirait", "choisiraient", "dormirait", "concluraient" ("tiraient", "retiraient", "viraient", "désiraient",
# "admiraient" stay imparfaits).
_CONDITIONAL_ENDING = re.compile(
    r"(?:er|rr|dr|aur|evr|uivr|vivr|agir|^ir|rir|nir|dir|uir|ssir|oir|ttr|aîtr|aitr"
    r"|[rns]tir|utir|âtir|rvir|plir|blir|olir|âlir|isir|rmir|clur)(?:ais|ait|ions|iez|aient)$")


# Third-person plural endings: a passé simple ends in -èrent, -irent, -urent or -inrent ("reprirent", "furent",
# "vinrent"); an imparfait or conditional in -aient.
_PLURAL_NOT_PRESENT = re.compile(r"(?:aient|èrent|irent|urent|inrent)$")


def present_plural(word: str) -> bool:
    """"reprennent", "bloquent", "déclarent": a third-person plural present, never a passé simple or an imparfait
    (not "reprirent", "déclarèrent", "reprenaient"; "durent" and "tirent", both readings, are left to the tagger)."""
    return len(word) > 4 and word.endswith("ent") and not _PLURAL_NOT_PRESENT.search(word)


def _conditional(verb: Token) -> bool:
    return "Cnd" in verb.morph.get("Mood") or conditional_form(verb.lower_)


def conditional_form(word: str) -> bool:
    """"viendraient", "pourrait": a conditional by its ending (not "déclarait", an imparfait)."""
    return bool(_CONDITIONAL_ENDING.search(word.lower()))


def _announced_plan(verb: Token) -> bool:
    """"La maire a annoncé qu'elle se rendrait jeudi à la préfecture": a conditional the tagger reads as an imparfait, in the
    clause a passé composé reports, is a plan still to come (but in "on nous a laissé croire qu'ils passeraient jeudi"
    the infinitive "croire" reports a narrated past)."""
    head = verb.head
    return (verb.dep_ == "ccomp" and _conditional(verb) and head is not verb and "Part" in head.morph.get("VerbForm")
            and any(c.dep_ == "aux:tense" and "Pres" in c.morph.get("Tense") for c in head.children))


def _plain_conditional(verb: Token) -> bool:
    """"le ministre se rendrait jeudi à Brest", "la liste a fait savoir qu'elle tiendrait une réunion samedi": a present
    conditional the tagger reads as an imparfait, in a main clause or under "faire savoir"/"laisser entendre", tells a
    plan still to come (the press's unconfirmed future); not under a verb of belief ("on nous a laissé croire qu'ils
    passeraient jeudi": a narrated past). (The pipeline runs no lemmatizer: the infinitive is read as written.)"""
    if not conditional_form(verb.lower_):
        return False
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.lower_ in _TELLING)


# Infinitives of "faire savoir", "laisser entendre": what they introduce is announced, not believed.
_TELLING = frozenset({"savoir", "entendre"})


_PARTICIPLE_ENDING = re.compile(r"(?:é|i|u|t)(?:e|s|es)?$")


def _etre_verb(verb: Token, etre_verbs: tuple[str, ...]) -> bool:
    """"est rentré", "sont arrivés": a passé composé with être, which the parser takes for a present passive."""
    return verb.lower_.startswith(etre_verbs) and bool(_PARTICIPLE_ENDING.search(verb.lower_)) if etre_verbs else False


def _intention(token: Token, intentions: tuple[str, ...]) -> bool:
    """"décidé", "appels", "intention", "invité": a word whose complement happens later."""
    return bool(intentions) and token.lower_.startswith(intentions)


def _de_mark(inf: Token) -> Token | None:
    """The "de" that introduces an infinitive ("décidé de partir", "risque d'être"), if any."""
    return next((c for c in inf.children if c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’") and c.i < inf.i), None)


def _aimed(inf: Token, head: Token | None, intentions: tuple[str, ...], date_i: int | None) -> bool:
    """An infinitive governed by an intention word, in the parse or on the surface before its "de" (the parser often
    attaches "risque" or "menace" elsewhere: "le trafic risque d'être perturbé mardi"); not a date set before that "de"
    ("Mercredi soir, le syndicaliste menace de bloquer le port" tells when he threatened)."""
    mark = _de_mark(inf)
    if mark is not None and date_i is not None and date_i < mark.i:
        return False
    surface = mark is not None and mark.i > 0 and _intention(inf.doc[mark.i - 1], intentions)
    return surface or _intention(inf.head, intentions) or (head is not None and _intention(head, intentions))


# Future endings ("conclura", "se tiendront", "sera"); passé simple forms in -ra ("montra") are rare in the press.
_FUTURE_ENDING = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")


def _future(verb: Token) -> bool:
    """A finite verb in the future, by its ending: the morphologizer's Tense=Fut is unreliable both ways
    ("font" tagged Fut, "conclura" tagged Past); periphrastic futures ("va", "vont") are future cues."""
    form = verb.morph.get("VerbForm")
    if "Fin" in form:
        return bool(_FUTURE_ENDING.search(verb.lower_))
    # "votera" tagged a participle, "fixera" an infinitive: no participle or infinitive ends that way.
    return verb.pos_ in ("VERB", "AUX") and bool(form) and bool(_FUTURE_ENDING.search(verb.lower_))


def _governing_verb(token: Token) -> Token | None:
    t = token
    for _ in range(8):
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and not t.dep_.startswith("aux") and t.dep_ != "cop") \
                or (t.pos_ == "ADJ" and _misread_participle_aux(t, "aux:tense") is not None):
            return t
        if t is not token:
            # A noun or adjective predicate ("sera au programme cet été", "était en grève samedi"): the copula's
            # tense is the clause's. (A root's head is a new Token object, so a root date reaches here too: "la
            # manifestation était samedi".)
            cop = next((c for c in t.children if c.dep_ == "cop"), None)
            if cop is not None:
                return _cleft_clause(t) or cop
        if t.head is t:
            return None
        t = t.head
    return None


# The subject of a cleft sentence, and the word that opens its clause.
_CLEFT_SUBJECTS = frozenset({"c'", "c’", "ce"})
_CLEFT_QUE = frozenset({"que", "qu'", "qu’"})


def _cleft_clause(pred: Token) -> Token | None:
    """"C'est samedi que les gilets jaunes manifesteront", "Ce n'est que jeudi que le préfet a réagi": in a cleft
    sentence the copula only frames the day; the verb of the que-clause tells its time."""
    if not any(c.lower_ in _CLEFT_SUBJECTS and c.dep_ in ("nsubj", "expl:subj") for c in pred.children):
        return None
    return next((c for c in pred.children if c.i > pred.i and c.pos_ in ("VERB", "AUX")
                 and any(g.lower_ in _CLEFT_QUE and g.i < c.i for g in c.children)), None)


# The endings of a past participle the tagger may read as a finite verb, an infinitive or an adjective after a tense
# auxiliary ("a interdit", "avait tranché", "a martelé", "a mis"); not -ie or -ue ("il a envie", "a-t-il explique").
_COMPOUND_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|is|it|its|u|us|û)$")


def _misread_participle_aux(verb: Token, dep: str) -> Token | None:
    """The finite auxiliary (`dep`: "aux:tense" or "aux:pass") of a word with a past participle's ending, whatever the
    tagger called the word ("a interdit", "est interdit"); None without one (an adjective tagged as a participle, "la
    réunion prévue samedi", has no auxiliary and is not one)."""
    if not _COMPOUND_PARTICIPLE.search(verb.lower_):
        return None
    return next((c for c in verb.children if c.dep_ == dep and "Fin" in c.morph.get("VerbForm")), None)


def _nearest_verb(span: Span) -> Token | None:
    """Without a parse: the verb closest to the span in its sentence (or the whole doc)."""
    scope = span.sent if span.doc.has_annotation("SENT_START") else span.doc
    verbs = [t for t in scope if t.pos_ == "VERB"]
    return min(verbs, key=lambda t: abs(t.i - span.start)) if verbs else None


def _verb_after(doc: Doc, span: Span) -> Token | None:
    """The first verb after a span up to the end of its written sentence (the parser may cut "Vendredi, ce sont ..."
    into two sentences)."""
    for t in doc[span.end : span.end + 40]:
        if t.text in (".", "!", "?", ";") or "\n" in t.text:
            return None
        if t.pos_ == "VERB":
            return t
    return None


_CLAUSE_END = frozenset({".", "!", "?", ";"})


def _ends_clause(token: Token) -> bool:
    return token.text in _CLAUSE_END or "\n" in token.text


def doc_listed(doc: Doc) -> Callable[[int, int], bool]:
    """Whether a span stands in a list after a colon with no verb of its own, a verb standing before the colon in its
    sentence ("Quatre matches restaient maintenus vendredi: deux samedi, deux dimanche")."""
    if not doc.has_annotation("DEP"):
        return lambda start, end: False

    def listed(start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        # The written sentence, not the parser's (which may cut a long list).
        first = span.start
        while first > 0 and first > span.start - 80 and not _ends_clause(doc[first - 1]):
            first -= 1
        colon = next((t for t in reversed(doc[first : span.start]) if t.text == ":"), None)
        if colon is None or not any(t.pos_ == "VERB" for t in doc[first : colon.i]):
            return False
        for t in doc[colon.i + 1 : colon.i + 60]:
            if _ends_clause(t):
                return True
            if t.pos_ in ("VERB", "AUX"):
                return False
        return True

    return listed


def _nearest_verb_in_paragraph(doc: Doc, start: int) -> Token | None:
    text = doc_text(doc)
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", start)
    para_end = len(text) if para_end < 0 else para_end
    # Only the paragraph's tokens: walking the whole Doc made one Token object per word of the article.
    para = doc.char_span(para_start, para_end, alignment_mode="expand")
    verbs = [t for t in (para if para is not None else doc) if t.pos_ == "VERB" and para_start <= t.idx < para_end]
    return min(verbs, key=lambda t: abs(t.idx - start)) if verbs else None


# The endings of a past participle the tagger may call a noun or an adjective at a clause's start ("Arrêté", "Réunis",
# "sacrés"); a detached one just before a weekday dates a past act.
_PARTICIPLE_END = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$")


_DETACHED_POS = frozenset({"VERB", "ADJ", "NOUN"})
_AGENT_POS = frozenset({"VERB", "ADJ"})


def _participle_form(word: Token, poses: frozenset[str]) -> bool:
    """A past participle by its ending ("arrêté", "publiée"), whatever part of speech of `poses` the tagger gave it;
    not a finite verb that ends the same way ("finit")."""
    return word.pos_ in poses and bool(_PARTICIPLE_END.search(word.lower_)) \
        and not (word.pos_ == "VERB" and "Part" not in word.morph.get("VerbForm"))


def _detached_participle(doc: Doc, span: Span, weekdays: frozenset[str], plans: tuple[str, ...]) -> bool:
    """"Arrêté dimanche, le militant comparaîtra jeudi", "Les Bleus, sacrés dimanche à Moscou, seront reçus lundi",
    "Le débat, lancé mardi, doit s'achever en mars": a past participle opening a detached phrase (after a comma or at
    the sentence's start) right before a weekday is a past act, whatever the main verb says; not a plan ("attendu
    samedi", "prévu lundi": `plans` stems) nor a participle with its auxiliary ("a été arrêté dimanche")."""
    i = span.start
    if i < 1 or span[0].lower_ not in weekdays:
        return False
    word = doc[i - 1]
    if not word.is_alpha or word.is_stop or not _participle_form(word, _DETACHED_POS) or word.lower_.startswith(plans):
        return False
    before = doc[i - 2] if i >= 2 else None
    return before is None or before.text == "," or word.is_sent_start or "\n" in before.text


_AGENT_WORDS = frozenset({"le", "la", "les", "l'", "l’"})
_NEGATION = frozenset({"ne", "n'", "n’", "pas", "plus", "jamais"})


def _participle_agent(doc: Doc, span: Span, weekdays: frozenset[str], reports: tuple[str, ...]) -> bool:
    """"une étude relayée par Paris Match mardi", "un sondage réalisé par l'Ifop lundi": the participle of a report
    (`reports` stems: published, carried out, revealed), without its auxiliary, then its agent's name, right before a
    weekday dates a past act (the parser may hang the day on the name and the name on the main clause's
    conditional); not another participle ("une cérémonie présidée par X lundi aura lieu" is to come)."""
    i = span.start
    if not reports or i < 3 or span[0].lower_ not in weekdays:
        return False
    j = i - 1
    while j > i - 5 and j > 1 and ((doc[j].is_title and doc[j].is_alpha) or doc[j].lower_ in _AGENT_WORDS):
        j -= 1  # the agent's name and its article
    if j == i - 1 or doc[j].lower_ != "par":
        return False
    word = doc[j - 1]
    if not _participle_form(word, _AGENT_POS) or not word.lower_.startswith(reports):
        return False
    if any(c.dep_.startswith("aux") for c in word.children):
        return False  # "sera publiée par X mardi": the auxiliary's tense decides
    k = j - 2
    while k >= 0 and (doc[k].pos_ == "ADV" or doc[k].lower_ in _NEGATION):
        k -= 1  # "sera ensuite signé", "ne sera pas diffusé": the auxiliary before the adverbs
    return k < 0 or doc[k].pos_ != "AUX"


def doc_tense(
    doc: Doc, future_cues: frozenset[str], intentions: tuple[str, ...] = (), etre_verbs: tuple[str, ...] = (),
    events: tuple[str, ...] = (), modals: frozenset[str] = frozenset(), weekdays: frozenset[str] = frozenset(),
    plans: tuple[str, ...] = (), reports: tuple[str, ...] = (), since_events: frozenset[str] = frozenset(),
    after_events: frozenset[str] = frozenset(),
) -> Tense:
    """The Tense function of a Doc: the verb governing a span in the parse (the nearest verb without one); a weekday
    after a detached past participle is past, and so is one on an event after "depuis"/"suite à" in a clause that is
    not in the future, or after "après" in a sentence with no verb (a headline)."""
    parsed = doc.has_annotation("DEP")

    def tense(start: int, end: int) -> int:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return 0
        if weekdays and (_detached_participle(doc, span, weekdays, plans) or _participle_agent(doc, span, weekdays, reports)):
            return -1
        if weekdays and _aimed_day(doc, span, weekdays):
            return 1
        if parsed:
            # The tokenizer splits "week-end" and the parser may leave its pieces unattached: try each token. A date
            # word tagged as a verb ("été" in "reviendra cet été") is not its own verb: start from its head.
            verbs = (_governing_verb(t.head if t.pos_ in ("VERB", "AUX") and t.head is not t else t)
                     for t in (span.root, *span))
            verb = next((v for v in verbs if v is not None), None)
            if verb is None:
                # "C'est dimanche qu'aura lieu la cérémonie", "Vendredi, ce sont les élèves qui défileront": the
                # parse hangs the day on the copula; the verb of the relative clause tells the time.
                verb = _verb_after(doc, span)
        else:
            verb = _nearest_verb(span)
        if verb is not None and "\n" in doc_text(doc)[min(verb.idx, start) : max(verb.idx, start)]:
            # The parser joined two paragraphs ("... est annoncée.\n\nSamedi, ils avaient bloqué"): the verb of
            # the weekday's own paragraph, the nearest one.
            verb = _nearest_verb_in_paragraph(doc, start)
        told = verb_tense(verb, future_cues, intentions, etre_verbs, events, modals, span.start) if verb is not None else 0
        if weekdays and ((told in (0, PRESENT) and _event_since(span, weekdays, since_events))
                         or (told == 0 and _event_since(span, weekdays, after_events)
                             and not any(t.pos_ in ("VERB", "AUX") for t in span.sent))):
            return -1
        return told

    return tense


def _event_since(span: Span, weekdays: frozenset[str], marks: frozenset[str]) -> bool:
    """"Les commerçants s'inquiètent depuis la fermeture mardi du pont", "Grève après l'annonce mardi de 300
    suppressions": a weekday on a noun one of the `marks` ("depuis", "suite", "après") introduces."""
    day = span[0]
    if not marks or day.lower_ not in weekdays or day.head is day or day.head.pos_ != "NOUN" or day.head.i > day.i:
        return False
    return any(c.dep_ == "case" and c.i < day.head.i and c.lower_ in marks for c in day.head.children)


def _aimed_day(doc: Doc, span: Span, weekdays: frozenset[str]) -> bool:
    """"un préavis de grève pour jeudi", "convoqués pour ce samedi": a weekday after "pour" is the day something is set
    for, to come whatever the tense of the verb that set it."""
    i = span.start
    if span[0].lower_ not in weekdays:
        return False
    if i > 0 and doc[i - 1].lower_ in {"ce", "cet"}:
        i -= 1
    return i > 0 and doc[i - 1].lower_ == "pour"


def _span_root_and_head(doc: Doc, start: int, end: int) -> tuple[Token, Token] | None:
    """The root of the tokens covering start..end and the word it hangs on (doc_coming, doc_gone)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root, span.root.head


def doc_coming(doc: Doc, future_cues: frozenset[str], ahead: tuple[str, ...] = ()) -> Callable[[int, int], int]:
    """Whether a span hangs directly on a verb in the future indicative ("aura lieu le 3 mars", "sera jugé le 3 mars",
    "va rentrer le 2 octobre", "devra quitter son poste le 3 mars"): not on a noun, a participle of its own or a
    conditional (in "il a dit qu'il partirait le 3 mars" the day may be past). Surely; likely
    on a participle of a plan (`ahead` stems: "l'arrêt est prévu fin août", "le concert programmé en juin")."""
    if not doc.has_annotation("DEP"):
        return lambda start, end: 0

    def coming(start: int, end: int) -> int:
        found = _span_root_and_head(doc, start, end)
        if found is None:
            return 0
        root, verb = found
        if verb.pos_ == "ADP" and any(c.dep_ == "fixed" for c in verb.children):
            verb = verb.head  # "reprendront à partir de septembre": "à partir" is one preposition, hung on the verb
        if verb.lower_ == "mois" and verb.head is not verb:
            verb = verb.head  # "sera livré au mois d'août": the month hangs on "mois", "mois" on the verb
        if verb is not root and verb.pos_ == "ADJ":
            # "seront connus en août", "sera accessible en octobre": an adjective (or a participle tagged as one)
            # whose copula or passive auxiliary is a future indicative.
            auxes = [c for c in verb.children if c.dep_ in ("cop", "aux:pass", "aux:tense")]
            return SURELY if auxes and all(_future(a) and not _conditional(a) for a in auxes) else 0
        if verb is root or verb.pos_ not in ("VERB", "AUX"):
            return 0
        if _future_verb(verb, future_cues):
            return SURELY
        planned = ahead and "Part" in verb.morph.get("VerbForm") and verb.lower_.startswith(ahead)
        return LIKELY if planned else 0

    return coming


# How surely a span's verb tells a past (doc_gone) or a day to come (doc_coming): a passé composé or plus-que-parfait,
# a future, surely; an imparfait, a participle alone, a plan's participle only likely (the other year's reading must
# then also be the nearer one by some way: anchors._gone_year, _coming_year).
SURELY, LIKELY = 2, 1


def doc_gone(doc: Doc, reschedules: tuple[str, ...], plans: tuple[str, ...] = (),
             intentions: tuple[str, ...] = (), etre_verbs: tuple[str, ...] = ()) -> Callable[[int, int], int]:
    """Whether a span hangs directly on a verb in the passé composé or plus-que-parfait ("a eu lieu le 14 juillet",
    "ont été adoptées en avril", "est né en mars", "avait été élu le 3 mars"): a participle with a present or
    imparfait auxiliary, not one that sets a date to come ("a été reporté", "a fixé"); an imparfait ("l'évaluait en
    avril"); a participle used alone unless it tells a plan (`plans` stems: "prévu", "attendu", "programmé"): "la
    contestation entamée le 22 février", "les violences commises le 1er mai"; a passé composé with être, which the
    parser reads as a present passive (`etre_verbs` stems: "le mouvement est né en février")."""
    if not doc.has_annotation("DEP"):
        return lambda start, end: 0

    def gone(start: int, end: int) -> int:
        found = _span_root_and_head(doc, start, end)
        if found is None:
            return 0
        root, verb = found
        if verb is not root and verb.pos_ == "NOUN" and _during(verb) \
                and not any(ch.isdigit() for ch in doc_text(doc)[start:end]):
            # "plus de blessés que lors de l'évacuation du squat en avril" in a passé composé clause: a month of an
            # event the clause compares its fact with ("que lors de", "comme pendant") is likely that clause's past
            # (not a plan's or a reschedule's; not "a confirmé sa venue lors du congrès le 12 mars")
            clause = _governing_verb(verb)
            if clause is None or clause.lower_.startswith(reschedules + plans + intentions) or not _passe_compose(clause):
                return 0
            return LIKELY
        if verb is root or verb.pos_ not in ("VERB", "AUX"):
            return 0
        if "Part" not in verb.morph.get("VerbForm"):
            return LIKELY if _imparfait(verb) else 0
        if reschedules and verb.lower_.startswith(reschedules):
            return 0
        # The plus-que-parfait too ("avait été élu le 3 mars", "avait déposé plainte le 2 février"): as surely past.
        auxes = [c for c in verb.children if c.dep_ in ("aux:tense", "aux:pass")]
        if not auxes:
            alone = verb.dep_ in ("acl", "advcl", "ROOT", "conj") and not (plans and verb.lower_.startswith(plans))
            return LIKELY if alone else 0
        return SURELY if _passe_compose(verb) or _etre_passe_compose(verb, etre_verbs) else 0

    return gone


_DURING = frozenset({"lors", "pendant", "durant"})
_COMPARED = frozenset({"que", "qu'", "qu’", "comme"})


def _during(noun: Token) -> bool:
    """"que lors de l'évacuation (du squat)", "comme pendant la grève": a noun, or the noun it completes, told as the
    time of an earlier event a fact is compared with (the parser hangs it on "lors" or gives it "pendant" as its case;
    "que" or "comme" just before that word)."""
    t = noun
    for _ in range(3):
        during = t.head if t.head.lower_ in _DURING else next((c for c in t.children if c.lower_ in _DURING), None)
        if during is not None:
            return during.i > 0 and t.doc[during.i - 1].lower_ in _COMPARED
        if t.head is t or t.head.pos_ != "NOUN":
            return False
        t = t.head
    return False


def _passe_compose(verb: Token) -> bool:
    """"a eu", "avait fait", "ont été": a participle whose tense auxiliary is a present or imparfait indicative."""
    auxes = [c for c in verb.children if c.dep_ == "aux:tense"]
    return "Part" in verb.morph.get("VerbForm") and bool(auxes) and all(
        {"Pres", "Imp"} & set(a.morph.get("Tense")) and "Ind" in a.morph.get("Mood") for a in auxes)


def _etre_passe_compose(verb: Token, etre_verbs: tuple[str, ...]) -> bool:
    """"est né", "sont arrivés", "était parti": a participle of a verb conjugated with être, whose present or imparfait
    auxiliary the parser calls passive; the participle itself, not a word it starts ("alloués", "restauré"), and not a
    passive with its agent ("les troupeaux sont montés par les bergers")."""
    auxes = [c for c in verb.children if c.dep_ == "aux:pass"]
    return _etre_participle(verb.lower_, etre_verbs) and bool(auxes) and all(
        {"Pres", "Imp"} & set(a.morph.get("Tense")) and "Ind" in a.morph.get("Mood") for a in auxes) \
        and not any(c.dep_ == "obl:agent" for c in verb.children)


# The endings of a participle after an etre_verb stem: "arriv-é", "entr-ées", "descend-u", "né-e", "parti-s".
_PARTICIPLE_AFTER_STEM = "(?:é|ée|és|ées|u|ue|us|ues|e|s|es)?"


@functools.lru_cache(maxsize=4)
def _etre_participles(etre_verbs: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the participles of all the etre_verb stems (built once per vocabulary)."""
    return re.compile(f"(?:{'|'.join(map(re.escape, etre_verbs))}){_PARTICIPLE_AFTER_STEM}")


def _etre_participle(word: str, etre_verbs: tuple[str, ...]) -> bool:
    return bool(etre_verbs) and bool(_etre_participles(etre_verbs).fullmatch(word)) \
        and bool(_PARTICIPLE_ENDING.search(word))


# Imparfait forms the tagger may read as presents ("manifestaient", "étions"): the imparfait of être and avoir, and an
# -aient that is neither a conditional (-raient: "choisiraient", while "déclaraient" is left to the tagger) nor one of
# the presents in -aient ("paient", "extraient").
_IMPARFAIT_FORM = re.compile(r"(?:(?<!r)aient|^(?:ét|av)(?:ais|ait|ions|iez|aient))$")
_PRESENT_IN_AIENT = re.compile(r"^(?:re)?(?:p|ess|bal|effr|ég|monn|bég)aient$|^(?:ex|sous|dis|abs)?traient$")


def _imparfait(verb: Token) -> bool:
    """"l'évaluait", "se tenaient": an imparfait indicative, by the tagger or by its ending, and not by a conditional's
    ending."""
    word = verb.lower_
    return "Fin" in verb.morph.get("VerbForm") and "Ind" in verb.morph.get("Mood") and (
        "Imp" in verb.morph.get("Tense") or bool(_IMPARFAIT_FORM.search(word))) and not conditional_form(word) \
        and not _PRESENT_IN_AIENT.search(word)


def _future_verb(verb: Token, future_cues: frozenset[str]) -> bool:
    """A future indicative, simple, passive ("sera jugé") or periphrastic ("va rentrer", "devra quitter")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux:tense", "aux:pass")]
    form = verb.morph.get("VerbForm")
    head = verb.head
    # "va rentrer", "devra quitter", "compte revenir", "devraient débuter", "pourrait se tenir": a finite head in the
    # future or a future cue, conditional ones included (not a conditional of its own: "il partirait le 3 mars").
    planned = head is not verb and "Fin" in head.morph.get("VerbForm") and (
        head.lower_ in future_cues or (_future(head) and not _conditional(head)))
    if "Inf" in form:
        return planned
    if "Part" in form:
        if auxes and all(_future(a) for a in auxes):
            return True  # "sera jugé", not "élus", "a été adopté"
        # "doit être examiné en septembre"; "est prévu en septembre", "est attendue en octobre" (a passive present of
        # a verb of planning)
        passive = [a for a in auxes if a.dep_ == "aux:pass"]
        return bool(passive) and ((verb.dep_ == "xcomp" and planned) or (
            verb.lower_ in future_cues and all("Pres" in a.morph.get("Tense") for a in passive)))
    # "déclara" (passé simple) ends as a future does.
    past = "Past" in verb.morph.get("Tense")
    return _future(verb) and not past and not _conditional(verb) and not any(not _future(a) for a in auxes)
