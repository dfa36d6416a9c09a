"""What the NER got wrong in a span: noise and words that name nothing (dropped), metonyms, events and headings (reduced)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH_STOP_WORDS
from spacy.tokens import Doc, Span, Token

from .conventions import portfolio_acronym
from .keys import VERBS, fold, known_place, opens_line
from .rules import _ARTICLES, _BYLINE_REST, _CAMEL, _DOMAIN, _INITIAL, _PREPOSITIONS, _QUOTE_CHARS
from .shared import (
    _ACRONYM_SKIPS,
    _CLOSING_QUOTES,
    _OPENING_QUOTES,
    _ROMAN_ORDINAL,
    _cue_label,
    _in_quotes,
    _is_name,
    _role_end,
    _ruled_organization,
)
from .words import is_common

if TYPE_CHECKING:
    from .rules import EntityRules


def _meeting(ent: Span, rules: EntityRules) -> bool:
    """"le conseil des ministres de mercredi": a head of three words ("misc_head" rows) naming a meeting, not
    the institution its first word heads in other names ("Conseil des prud'hommes")."""
    if len(ent) < 3 or not ent[1].is_lower:  # cheap test first: most names of three words are capitalized
        return False
    return " ".join(fold(t.text) for t in ent[:3]) in rules.misc_heads


def _opens_sentence(doc: Doc, tok: Token) -> bool:
    """The parser's sentence start, unless the word before is a word of the same line: in a headline with no full
    stop the parser often opens a sentence inside a noun phrase ("un accord avec le suédois Ikea")."""
    if not tok.is_sent_start or tok.i == 0:
        return bool(tok.is_sent_start)
    before = doc[tok.i - 1]
    return not (before.is_alpha and "\n" not in before.whitespace_)


def _noise(doc: Doc, ent: Span, doc_text: str, rules: EntityRules) -> bool:
    """An NER span that is not a name: quotes or line breaks inside, a capitalized common word opening a
    sentence, a quoted pseudonym, a lowercase person or thing."""
    text = ent.text
    if any(c in _QUOTE_CHARS or c == "\n" for c in text):
        return True
    if len(ent) == 1 and text[:1] == "À" and text[1:].lower() in FRENCH_STOP_WORDS:
        return True  # "Àquoi ça sert …": the preposition glued to the next word, no name
    first = ent[0]
    if len(ent) == 1 and _opens_sentence(doc, first) and first.pos_ in {"NOUN", "VERB", "ADJ", "ADV", "ADP", "DET"} \
            and not (ent.label_ == "PER" and _aged(doc, ent.end)):
        return True  # "Prostitution, extorsion..."; not "Clément, 32 ans, …", a person the tagger read as an adjective
    if len(ent) > 3 and any(t.text == "," for t in ent) and is_common(fold(first.text), rules.common_words):
        return True  # "Jets de projectiles, feux de poubelles": a heading listing things, not a place
    if len(ent) == 1 and doc_text[ent.end_char : ent.end_char + 1] == "-" and ent.end < len(doc) \
            and fold(doc[ent.end].text) in rules.verb_suffixes:
        return True  # "Souvenez-vous", "Allons-y": a verb with its pronoun after a hyphen
    if len(ent) == 1 and text.isupper() and text.lower() in FRENCH_STOP_WORDS and ent.end < len(doc) \
            and doc[ent.end].is_lower and (ent.start == 0 or not doc[ent.start - 1].is_lower
                                           or doc[ent.start - 1].pos_ in VERBS):
        return True  # "Ils ont touché MA ville", "TOUT a commencé": a word shouted in capitals, not an acronym
    if _departure(doc, ent, rules):
        return True  # "Parti du stade Ernest-Wallon, le cortège …": a participle of "partir", no party
    if len(ent) == 1 and _ROMAN_ORDINAL.fullmatch(text):
        return True  # "au XXIe siècle"
    if len(ent) == 1 and _in_quotes(doc_text, ent) and _CAMEL.match(text):
        return True  # a pseudonym quoted in the text ("MecCelibcooletsympa")
    if not any(c.isupper() for c in text) and not _DOMAIN.match(text):
        return True  # "autopompes", "rassemblement": a name has a capital somewhere (institutions come by rule)
    if text[0].islower() and ent.label_ == "PER" and _titled_name(ent, rules):
        return False  # "le ministre Dupont", "le général de Gaulle": the title is cut later (fix._after_role)
    return text[0].islower() and not _DOMAIN.match(text) and ent.label_ in {"PER", "MISC"}


def _titled_name(ent: Span, rules: EntityRules) -> bool:
    """A lowercase title and a capitalized name after it, which the NER took together for a person."""
    end = _role_end(ent, rules)
    rest = ent.doc[end : ent.end] if end is not None else None
    return rest is not None and len(rest) > 0 and any(t.is_title for t in rest) and rest[-1].is_title


def _byline(ent: Span, doc_text: str) -> bool:
    """An author's signature on a line of its own ("L. M./Agences", "E. Yacine"): not a person of the story."""
    start = doc_text.rfind("\n", 0, ent.start_char) + 1
    end = doc_text.find("\n", ent.end_char)
    line = doc_text[start : end if end >= 0 else len(doc_text)].strip()
    if len(line) > 40 or not _INITIAL.search(line):
        return False
    rest = line.replace(ent.text, " ", 1)
    return bool(_BYLINE_REST.match(rest)) or ("/" in ent.text and bool(_BYLINE_REST.match(ent.text.split("/", 1)[1])))


def _rubric(ent: Span, doc_text: str) -> bool:
    """"FIGAROVOX/TRIBUNE - Pour l'essayiste ...": a section's and a genre's labels in capitals, glued by a slash,
    opening a paragraph: the page's rubric, boilerplate as "Lire aussi", not an organization the story cites."""
    end = ent.end_char
    return ent.text.isupper() and len(ent.text) > 2 and (ent.start_char == 0 or doc_text[ent.start_char - 1] == "\n") \
        and doc_text[end : end + 1] == "/" and doc_text[end + 1 : end + 2].isupper()


def _lone_heading(ent: Span, doc_text: str) -> bool:
    """"Unité syndicale", "Brèves de l'Est": a name the NER found as a whole line (a title's too), never written again: a
    subheading or a rubric, not an organization the story cites (a known name comes from the ruler, never here)."""
    if ent.id_ or (ent.start_char and doc_text[ent.start_char - 1] != "\n"):
        return False
    end = doc_text.find("\n", ent.end_char)
    line_rest = doc_text[ent.end_char : end if end >= 0 else len(doc_text)]
    return not line_rest.strip(" .:!?\u00a0") and doc_text.count(ent.text) == 1


# A verb's object or clause after a name: "… accable la France", "… présage qu'on …"
_OBJECT_OPENERS = {"la", "le", "les", "l'", "un", "une", "des", "qu'", "que", "son", "sa", "ses", "leur", "leurs"}
# endings of adjectives in names ("Assemblée nationale", "Parti socialiste", "Cour européenne") that a 3rd person
# verb in -e or -t does not have
_ADJECTIVE_ENDINGS = ("ale", "elle", "enne", "ique", "iste", "aire", "ive", "ée", "aise", "oise", "ane", "ine",
                      "ême", "ère", "ile", "ante", "ente", "aite", "ite", "ète", "ote", "ute")


def _ran_into_verb(doc: Doc, start: int, end: int) -> bool:
    """The NER ran from a name into the verb after it: a lowercase word in -e or -t after a capitalized one,
    followed by an article or "que" opening its object ("Conseil d'Etat présage qu'…")."""
    if end - start < 2 or end >= len(doc) or _ruled_organization(doc[start:end]):
        return False  # the ruler spelled the whole title: "au Maine libre qu'il", no verb in it
    last, prev = doc[end - 1], doc[end - 2]
    if not last.is_lower or prev.is_lower or fold(doc[end].text) not in _OBJECT_OPENERS:
        return False
    word = fold(last.text)
    return word.endswith(("e", "t")) and not word.endswith(tuple(fold(e) for e in _ADJECTIVE_ENDINGS))


def _titled_day(doc: Doc, start: int, end: int) -> bool:
    """"le Journal du Dimanche": a capitalized day after "du" ends a newspaper's title, no date after the name."""
    return end - start > 2 and doc[end - 2].lower_ == "du" and doc[end - 1].is_title and doc[start].is_title


def _org_verb_end(doc: Doc, start: int, end: int) -> int:
    """"la Cour des comptes épingle la gestion de l'hôpital": the NER ran from an organization's name over the
    sentence's finite verb and its object; the name ends before that verb (not "la République en marche", where
    the word after "en" is the name's noun)."""
    for t in doc[start + 1 : end - 1]:
        if t.is_lower and t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") \
                and doc[t.i - 1].lower_ != "en" and doc[t.i + 1].pos_ in {"DET", "ADP", "SCONJ", "PRON"}:
            return t.i
    return end


_CLAUSE_LINKS = frozenset({"de", "d'", "d’"})
_PARTICIPLE_LINKS = frozenset({"de", "d'", "d’", "en", "par", "à", "dans", "sur", "pour", "avec"})
_PLURAL_PARTICIPLE = ("és", "ées", "is", "ies", "us", "ues", "ts", "tes")
_DEMONYM_ENDINGS = ("ais", "ois")


def _narrative_infinitive(doc: Doc, start: int, end: int) -> int:
    """"Et la CGT de dénoncer ...": the narrative infinitive after a clause-opening "et" and its subject; the NER
    ran from the name over "de" and the verb. The name ends before "de" (a name holding "de" and an infinitive,
    "le Droit de vivre", opens no clause with "et")."""
    before = start - 1 if start and doc[start - 1].pos_ == "DET" else start
    if not before or doc[before - 1].lower_ != "et" or (before > 1 and not doc[before - 2].is_punct):
        return end
    for t in doc[start + 1 : min(end, len(doc) - 1)]:  # the NER may stop at "de", before the verb
        nxt = doc[t.i + 1]
        if t.lower_ in _CLAUSE_LINKS and nxt.is_lower and nxt.pos_ in VERBS and "Inf" in nxt.morph.get("VerbForm") \
                and not _finite_after(doc, nxt.i + 1):
            return t.i
    return end


def _finite_after(doc: Doc, i: int) -> bool:
    """A finite verb in the clause from i (up to a punctuation mark or "que"): "Et l'Association pour le droit de
    mourir dans la dignité a salué ...": the infinitive was the name's and the clause has its own verb."""
    for t in doc[i : i + 12]:
        if t.is_punct or t.lower_ in {"que", "qu'", "qu’"}:
            return False
        if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm"):
            return True
    return False


def _stray_participle(doc: Doc, start: int, end: int) -> int:
    """"entrés au Salon rouge vêtus de jeans": a plural participle with its complement, glued after a name
    whose words are all singular, describes the sentence's subject, not the name ("les Nations unies pour ..."
    agree and stay whole)."""
    for t in doc[start + 1 : min(end, len(doc) - 1)]:  # the NER may stop at the participle, before its complement
        if not (t.is_lower and t.lower_.endswith(_PLURAL_PARTICIPLE) and doc[t.i + 1].lower_ in _PARTICIPLE_LINKS) \
                or t.lower_.endswith(_DEMONYM_ENDINGS):
            continue  # "Institut national français de ...": "-ais", "-ois" end demonyms, no participle
        if t.pos_ not in {"VERB", "ADJ"} or (t.pos_ == "VERB" and "Part" not in t.morph.get("VerbForm")):
            continue
        words = [w for w in doc[start : t.i] if w.is_alpha and w.pos_ in {"NOUN", "PROPN", "ADJ"}]
        if words and not any(w.lower_.endswith(("s", "x")) or "Plur" in w.morph.get("Number") for w in words):
            return t.i
    return end


def _trailing_demonym(doc: Doc, start: int, end: int, rules: EntityRules) -> int:
    """"l'ETA basque", "le SPD allemand", "le Likoud israélien": a demonym after a one-word name (an acronym, or a
    proper noun that is no common word nor an institution's head) says where the organization is, not its name;
    "Parlement britannique", "Banque centrale européenne" keep theirs."""
    if end - start != 2 or not doc[end - 1].is_lower or fold(doc[end - 1].text) not in rules.demonyms:
        return end
    name = doc[start]
    key = fold(name.text)
    if key in rules.demonyms:
        return end  # "Européennes blancs": people, left to the demonym rules
    if name.is_upper and name.is_alpha and len(name) >= 2:
        return end - 1
    proper = name.is_title and name.is_alpha and key not in rules.heads and key not in rules.generic \
        and key not in rules.seat_heads and not is_common(key, rules.common_words)
    return end - 1 if proper else end


def _org_clause_end(doc: Doc, start: int, end: int, rules: EntityRules) -> int:
    """An organization's name less the clause the NER ran on into: a narrative infinitive, a participle phrase
    describing someone else, a demonym saying where it is."""
    end = _narrative_infinitive(doc, start, end)
    end = _stray_participle(doc, start, end)
    return _trailing_demonym(doc, start, end, rules)


def _departure(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """"Parti du rond-point …", "Partis de la place de la Bastille …" opening a sentence, which the tagger reads as a
    verb: the place a march left from (a street word, a site row or a known place after the preposition)."""
    first = ent[0]
    if len(ent) < 3 or fold(first.text) not in rules.departure_participles or first.pos_ != "VERB" \
            or not _opens_sentence(doc, first) or fold(ent[1].text) not in {"de", "du", "des", "d'"}:
        return False
    i = ent.start + 2 + (fold(ent[2].text) in {"la", "l'"})
    if i >= len(doc):
        return False
    site = doc[i]
    return rules.heads.get(fold(site.text)) == "LOC" or fold(doc[i : i + 3].text) in rules.departure_sites \
        or known_place(site.text, rules) is not None


def _not_a_name(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """Capitals that name no entity: a currency or unit after an amount ("2 400 DA", "1,5 milliard USD") and a
    common word printed in capitals ("SERVICE", "EXCLUSIF")."""
    text = ent.text
    if len(ent) != 1 or not text.isupper() or not text.isalpha():
        return False
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and (before.like_num or before.lower_ in rules.amount_words):
        return True
    return len(text) >= 5 and is_common(fold(text), rules.common_words)


def _generic(ent: Span, rules: EntityRules) -> bool:
    """"l'Etat", "Etats membres", "Gouvernement", "le Conseil de classe": a common noun, alone or with adjectives or a
    lowercase complement. A complement whose own complement hangs on it ("le Conseil des droits de l'homme") makes a
    name, unless that is an owner, a time or a place ("le Conseil d'administration du groupe", "de la semaine")."""
    toks = [t for t in ent if t.pos_ != "DET" and fold(t.text) not in {"l'", "la", "le", "les"}]
    if not toks or fold(toks[0].text) not in rules.generic or not all(t.is_lower for t in toks[1:]):
        return False
    rest = ent[toks[0].i - ent.start + 1 :]
    # (a complement chain only: "Conseil de sécurité le pouvoir de trancher" is the NER running on into the sentence)
    chain = all(t.pos_ in {"ADP", "NOUN", "ADJ"} or (t.pos_ == "DET" and t.i > 0 and t.nbor(-1).pos_ == "ADP")
                for t in rest)
    nouns = [t for t in rest if t.pos_ == "NOUN"]
    # the last noun a complement of the one before, by a preposition of its own ("mercredi" in "du Conseil des ministres
    # mercredi" has none: the meeting's date, no complement)
    linked = len(nouns) >= 2 and nouns[-1].head == nouns[-2] and any(c.dep_ == "case" for c in nouns[-1].children)
    return not (chain and linked and not any(fold(t.text) in rules.chain_stops for t in nouns))


def _unnamed_institution(ent: Span, rules: EntityRules) -> bool:
    """"la Préfecture du département", "la Mairie de la ville": a head noun whose complement names no place
    (the NER capitalizes the head; the key lists no such organization)."""
    words = [fold(t.text) for t in ent]
    return len(words) in {3, 4} and words[0] in rules.heads and words[-1] in rules.territory_words \
        and all(t.is_lower for t in ent[1:]) and all(w in _PREPOSITIONS + _ARTICLES for w in words[1:-1])


def _coordinated(gap: Span) -> bool:
    """Nothing, or another complement and "et" between a role and its "de": "de l'Action et" in "ministre de
    l'Action et des Comptes publics" (not "la chroniqueuse craint le déclin des Blancs")."""
    if not len(gap):
        return True
    return any(t.lower_ == "et" for t in gap) and all(t.is_title or t.lower_ == "et" or fold(t.text) in _ACRONYM_SKIPS
                                                      for t in gap)


def _role_complement(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """"le ministre de la Justice", "le ministre de la Mer et des Pêches": capitalized common
    words completing a role are part of the role. Not an institution's head noun ("le président de la
    Fédération française de l'assurance") nor a name no dictionary knows ("le bourgmestre d'Herquegies")."""
    if len(ent) > 4 or fold(ent[0].text) in rules.heads or known_place(ent.text, rules) or ent.text in rules.labels:
        return False  # (a label row names it: "le chef des Républicains" is the party's)
    words = [t for t in ent if not (t.is_lower and fold(t.text) in _ACRONYM_SKIPS)]
    if not words or not all(t.is_alpha and is_common(fold(t.text), rules.common_words) for t in words):
        return False
    i = ent.start - 1
    while i >= 0 and fold(doc[i].text) in {"la", "l'", "le", "les"}:
        i -= 1
    if i < 1 or fold(doc[i].text) not in {"de", "d'", "du", "des", "a", "au", "aux"}:  # "sous-ministre aux Finances"
        return False
    # the role may be a few words back, over a coordination ("ministre de la Mer et des Pêches");
    # a name of several words completes only a minister's portfolio ("le directeur de la Protection civile"
    # names a body)
    for j in range(i - 1, max(-1, i - 7), -1):
        if doc[j].is_punct:
            return False
        roles = [r for k in range(j + 1, min(i, j + 4) + 1)
                 if (r := fold(doc[j:k].text)) in rules.roles and _coordinated(doc[k:i])]
        if roles:  # a proper noun after another role is a body's name: "le chef du Pentagone"
            # "secrétaire d'État au Numérique": the entity's first word completes the role begun before it
            portfolio = any("ministre" in r or "secretaire d'etat" in r or r.startswith("sous-secretaire") for r in roles) \
                or fold(doc[j : ent.start + 1].text) in rules.roles
            return portfolio or (len(ent) == 1 and ent[0].pos_ == "NOUN")
    return False


_PORTFOLIO_PREPOSITIONS = {"à", "au", "aux", "pour", "de", "du", "des", "d'", "d’"}
_CHARGE_PREPOSITIONS = {"à", "au", "aux"}


def _portfolio(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """A minister's portfolio in capitals, no ministry: "Agnès Dumas (Santé)" after a person, "sa collègue à
    l'Économie", "celui de l'Intérieur", "la ministre chargée des Affaires européennes". The ministry
    acting on its own ("selon l'Intérieur") has no person or role before it. The words before the entity are
    looked at first: most entities stop there."""
    if ent.label_ == "PER" or len(ent) > 5 or ent.start < 2 or not ent[0].is_title:
        return False
    if doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")":
        # "Agnès Dumas (Santé)", not a party's label: "Paul Girard (Patriotes)"
        return fold(ent.text) in rules.portfolios and doc[ent.start - 2].ent_type_ == "PER"
    i = ent.start - 1
    while i >= 0 and doc[i].lower_ in {"la", "le", "les", "l'", "l’"}:
        i -= 1
    if i < 1 or doc[i].lower_ not in _PORTFOLIO_PREPOSITIONS:
        return False
    j = i - 1
    while j > 0 and doc[j].pos_ == "ADJ" and doc[j].is_lower and i - j <= 2:
        j -= 1  # "la ministre française pour les …"
    holder = doc[i].lower_ in _CHARGE_PREPOSITIONS and doc[j].lower_ in rules.portfolio_holders
    if doc[j].lower_ not in rules.portfolio_colleagues and not holder:
        return False
    if len(ent) > 3 and not (holder and all(t.is_lower for t in ent[2:])):
        return False  # a long name is a body's, unless a charge runs on in lowercase ("Sécurité nationale du président")
    return fold(ent[0].text) not in rules.heads \
        and all(t.is_alpha and is_common(fold(t.text), rules.common_words) for t in ent if t.is_title)


def _person_after_portfolio(doc: Doc, ent: Span, rules: EntityRules) -> Span | None:
    """"la ministre du Travail Muriel Pénicaud" tagged "Travail Muriel Pénicaud": the portfolio completes the
    role and the name from the first name on is the person."""
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].is_title and fold(doc[i].text).split("-")[0] in rules.first_names:  # "Jean-Michel"
            if _is_name(doc[i : ent.end]) and _role_complement(doc, doc[ent.start : i], rules):
                return Span(doc, i, ent.end, label="PER")
            return None
    return None


_GROUP_DETERMINERS = {"les", "des", "aux", "ces"}
# "Condruziens", "Hesbignons", "Ardennais": plural endings of names of inhabitants no list holds
_GROUP_SUFFIXES = ("iens", "ennes", "ains", "aines", "ais", "aises", "ois", "oises", "ons", "onnes")


def _common_word(doc: Doc, ent: Span, rules: EntityRules, person_words: set[str]) -> bool:
    """A capitalized common word opening a sentence, a line or a heading ("Résultat, les stocks...",
    "Investir la rue", "Place maintenant à la relève"), which the NER took for a place or a person. A known
    place ("Nice", "Tours"), a person of the article and a first name the NER calls a person stay."""
    first = ent[0]
    key = fold(first.text)
    if ent.label_ == "ORG" or not first.is_title or not is_common(key, rules.common_words):
        return False
    if known_place(ent.text, rules) or key in person_words or (ent.label_ == "PER" and key in rules.first_names):
        return False
    if any(not t.is_lower for t in ent[1:]):
        return False  # "Place Vendôme", "Tour Eiffel": a name follows the common noun
    if ent.label_ == "PER" and _aged(doc, ent.end):
        return False  # "Clément, 32 ans, sourit": an age in apposition names a person
    return opens_line(doc, ent.start)


def _aged(doc: Doc, i: int) -> bool:
    """An age in apposition at token i: ", 32 ans" or " (32 ans)"."""
    return i + 2 < len(doc) and doc[i].text in {",", "("} and doc[i + 1].like_num and doc[i + 2].lower_ == "ans"


def _group_name(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """"les Condruziens", "des Jaunes", "les Rouges": inhabitants or a team's nickname in the plural, after a
    plural determiner; not a place ("les Pays-Bas", "les Vosges" are known places and stay)."""
    if len(ent) != 1 or ent.start == 0 or ent.label_ == "ORG" or not ent[0].is_title or known_place(ent.text, rules):
        return False
    if fold(doc[ent.start - 1].text) not in _GROUP_DETERMINERS:
        return False
    key = fold(ent.text)
    if not key.endswith(("s", "x")):
        return False
    return is_common(key, rules.common_words) or key.endswith(_GROUP_SUFFIXES)


def _metonym(doc: Doc, ent: Span, rules: EntityRules) -> Span | None:
    """A seat of power ("l'Élysée", "Bercy", "le Quai d'Orsay") without its article: an organization when it
    acts ("Bercy a revu ses prévisions", "selon Matignon"), a place after a place word ("devant l'Élysée")."""
    if fold(doc[ent.end - 1].text) not in rules.metonym_ends:
        return None  # the common case, decided on one word
    start = ent.start
    while start < ent.end - 1 and fold(doc[start].text) in {"l'", "la", "le", "les"}:
        start += 1
    if fold(doc[start : ent.end].text) not in rules.metonyms:
        return None
    i = start - 1
    while i >= 0 and fold(doc[i].text) in {"l'", "la", "le", "les"}:
        i -= 1
    before = fold(doc[i].text) if i >= 0 else ""
    # "aux abords de Matignon", and a role named after the seat ("le patron de la place Beauvau", "le locataire
    # de Matignon"): the answer key calls the seat in a role a place
    o = i - 1
    if o > 0 and doc[o].is_lower and doc[o].pos_ == "ADJ":
        o -= 1  # "le palais présidentiel de l'Élysée": the seat's own adjective
    owner = fold(doc[o].text) if o >= 0 else ""
    of_place = before in {"de", "du", "d'"} and (owner in rules.seat_place_of or owner in rules.roles) \
        and not (owner in rules.seat_heads and _acting(doc, o, i))  # "le palais présidentiel de l'Élysée a démenti"
    label = "LOC" if (before in rules.seat_place_words and not _said_at(doc, i, ent.end)) or of_place else "ORG"
    if label == "ORG" and doc[start].is_lower and _named_after(doc, ent.end) and not _acting(doc, start, ent.end):
        label = "LOC"  # "approchés du palais présidentiel de l'Élysée": the building of a seat named next
    return Span(doc, start, ent.end, label=label, span_id="metonym")


def _acting(doc: Doc, start: int, end: int) -> bool:
    """The seat at start..end is a subject or the source of words ("selon le palais présidentiel"): it acts."""
    k = start - 2 if start > 1 and doc[start - 1].lower_ in _ARTICLES else -1
    source = k >= 0 and (doc[k].lower_ == "selon" or (doc[k].lower_ == "après" and k > 0
                                                       and doc[k - 1].lower_ in {"d'", "d’"}))  # "d'après": two tokens
    return source or any(t.dep_.startswith("nsubj") for t in doc[start:end])


def _named_after(doc: Doc, i: int) -> bool:
    """"de l'Élysée", "d'El Mouradia": "de" and a capitalized name (maybe after its article) at token i."""
    if i + 1 >= len(doc) or doc[i].lower_ not in _PREPOSITIONS:
        return False
    j = i + 1 + (doc[i + 1].lower_ in _ARTICLES)
    return j < len(doc) and doc[j].is_title


def _said_at(doc: Doc, i: int, end: int) -> bool:
    """"a-t-on souligné à Matignon", "confie-t-on à l'Élysée", "À Bercy, on estime que …": "on" said it at the
    seat of power, the institution speaks (token i is the "à" before the seat, end the token after it)."""
    if fold(doc[i].text) != "a":
        return False
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "on" \
            and (i == 0 or doc[i - 1].is_sent_start or doc[i].is_sent_start or doc[i - 1].is_punct):
        return True  # the seat fronted at the clause's start, "on" right after it
    if i < 2:
        return False
    before = doc[max(0, i - 4) : i]  # the inverted subject, as the tokenizer cuts it: "confie" "-t" "-on"
    return any(t.lower_ in {"-on", "-t-on"} for t in before[-3:]) and any(t.pos_ == "VERB" for t in before)


def _mid_sentence_common_word(ent: Span, rules: EntityRules, person_words: set[str]) -> bool:
    """One capitalized common word inside a sentence that the NER took for a person ("Messieurs", "Ciel",
    "l'Homme"); the tagger does not call it a proper noun and no list knows it as a name. Not for places:
    small towns and landmarks are common words too ("Loyers", "le Bataclan", "l'Est")."""
    tok = ent[0]
    if len(ent) != 1 or ent.label_ != "PER" or not tok.is_title or tok.pos_ == "PROPN":
        return False
    key = fold(tok.text)
    if key in person_words or key in rules.first_names or key in rules.demonyms or known_place(tok.text, rules):
        return False
    if _cue_label(ent.doc, ent, rules) == "ORG":
        return False  # "un sondage Léger", "l'enseigne Casino": a common word after an organization's kind names it
    return is_common(key, rules.common_words)


def _surname_of(doc: Doc, ent: Span, rules: EntityRules) -> Span | None:
    """A company's name that is a person's surname here: "Denise Bombardier", "Léonard de Vinci" (a first
    name just before, maybe with "de"): the person, first name included."""
    if ent.label_ != "ORG" or len(ent) != 1 or not ent.id_ or ent.start == 0:
        return None
    start = ent.start - 1
    if fold(doc[start].text) in {"de", "d'"} and start > 0:
        start -= 1
    first = doc[start]
    if not first.is_title or fold(first.text) not in rules.first_names:
        return None
    return Span(doc, start, ent.end, label="PER")


_TRAILING_PUNCT = "!?,;:&"  # "du Figaro & FigaroVox": no name ends on "&" ("CD&V" is one word)


_COMPASS_LINKS = {"du", "au", "de", "l'", "l’", "le"}


def _bloc_compass_span(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """The entity is a compass word (maybe with the NER's "du" before it) naming a bloc of countries."""
    if ent[-1].lower_ not in rules.compass_words or any(t.lower_ not in _COMPASS_LINKS for t in ent[:-1]):
        return False  # the common case, decided on the last word
    return _bloc_compass(doc, ent.end - 1, rules)


def _bloc_compass(doc: Doc, i: int, rules: EntityRules) -> bool:
    """The compass word at token i names a bloc of countries or peoples ("les pays du Sud", "les pays riches du
    Nord", "des nations au Nord et au Sud"), not a region of one country ("les régions du Sud", "à Lyon (Est)")."""
    j = i - 1
    while j >= 0 and doc[j].lower_ in _COMPASS_LINKS:
        j -= 1
    if j == i - 1 or j < 0:
        return False  # "(Est)", "l'Ouest": no "du" or "au" ties the word to a noun
    if doc[j].pos_ == "ADJ" and doc[j].is_lower and j > 0:
        j -= 1  # "les pays pauvres du Sud"
    if fold(doc[j].text) in rules.bloc_nouns:
        return True
    # "des nations au Nord et au Sud": the second word shares the first one's noun
    return doc[j].lower_ in {"et", "ou", ","} and j > 0 and doc[j - 1].lower_ in rules.compass_words \
        and _bloc_compass(doc, j - 1, rules)


def _opens_role(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """A place name that is the start of a title with the words after it ("La Garde" + "des Sceaux")."""
    words = [fold(t.text) for t in doc[ent.start : min(len(doc), ent.end + 2)]]
    words = words[1:] if words[0] in {"la", "le", "l'"} else words
    return len(words) > len(ent) - 1 and " ".join(words) in rules.roles


def _closes_role(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """A place name that ends a title with the words before it ("garde des" + "Sceaux"): the town of
    Hauts-de-Seine is named by no minister of Justice."""
    if ent.start < 2 or not doc[ent.start - 1].is_lower:
        return False  # (a cheap test first: most names follow no lowercase article of a title)
    return any(" ".join(fold(t.text) for t in doc[ent.start - k : ent.end]) in rules.roles
               for k in (2, 3) if ent.start >= k)


def _quoted_alone(text: str, ent: Span) -> bool:
    """The name is the whole of a quotation: « X » or "X"."""
    before = text[max(0, ent.start_char - 3) : ent.start_char].rstrip()
    after = text[ent.end_char : ent.end_char + 3].lstrip()
    return bool(before) and before[-1] in _OPENING_QUOTES and bool(after) and after[0] in _CLOSING_QUOTES


def _quoted_unknown(doc: Doc, ent: Span, rules: EntityRules, doc_text: str) -> bool:
    """A name the NER calls a place that is the whole of a quotation and that no gazetteer knows (« Mainland »,
    "Mamyray", «Maison de France»): a word, a pseudonym or a house; a known place stays («Palestine»), and so
    does a town after "à" (« réunis à «Kervallec» »)."""
    if ent.id_ or not _quoted_alone(doc_text, ent) or known_place(ent.text, rules):
        return False
    i = ent.start - 1
    while i >= 0 and doc[i].text in _OPENING_QUOTES:
        i -= 1
    return i < 0 or doc[i].lower_ != "à"


_EVENT_PLACE_PREPOSITIONS = {"à", "en", "au", "aux"}


def _place_in_event(doc: Doc, ent: Span, rules: EntityRules) -> Span | None:
    """An event the NER names with its place ("la guerre en Irak", "une cérémonie au Monument commémoratif du
    Canada"): the event is no entity of the key, the place after "en", "à" or "au" is a place. The place must be
    known to the gazetteer or open with a street or landmark noun ("Monument", "place")."""
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].lower_ not in _EVENT_PLACE_PREPOSITIONS:
            continue
        tail = doc[i + 1 : ent.end]
        if not tail[0].is_title:
            return None
        if known_place(tail.text, rules) or (len(tail) > 1 and tail[0].lower_ in rules.place_heads):
            return Span(doc, tail.start, tail.end, label="LOC")
        return None
    return None


def _heading_destination(doc: Doc, ent: Span, rules: EntityRules) -> Span | None:
    """"en direction de Tournai": a heading; the place (or organization) is what remains after it."""
    rest = doc[ent.start + 2 : ent.end]
    rest = rest[1:] if rest[0].lower_ in _ARTICLES and len(rest) > 1 else rest
    if rules.heads.get(fold(rest[0].text)) == "ORG":
        return Span(doc, rest.start, rest.end, label="ORG")  # "en direction du ministère des Finances"
    return Span(doc, rest.start, rest.end, label="LOC") if known_place(rest.text, rules) else None


def _common_word_label(doc: Doc, ent: Span, rules: EntityRules, doc_text: str) -> bool:
    """"Postiers, enseignants, retraités...", "Cyclisme. Le Tour partira de...": a capitalized common word
    opening a line or a sentence, then a comma or a full stop, the only time the article writes it: a list of
    common nouns or a section's label that the NER took for an organization. A company named by a common word
    acts or comes back ("Orange a annoncé", "chez Orange"), and the ruler's names are known."""
    if len(ent) != 1 or ent.label_ != "ORG" or ent.id_ or not ent[0].is_title or ent.end >= len(doc):
        return False
    if doc[ent.end].text not in {",", "."} or not opens_line(doc, ent.start) or doc_text.count(ent.text) > 1:
        return False
    return is_common(fold(ent.text), rules.common_words) and not known_place(ent.text, rules)


def _not_an_entity(doc: Doc, ent: Span, rules: EntityRules, person_words: set[str], doc_text: str) -> bool:
    """Noise, a generic or common word, an institution with no name, a role's complement: no entity at all."""
    if _noise(doc, ent, doc_text, rules) or _generic(ent, rules) or _unnamed_institution(ent, rules) \
            or _role_complement(doc, ent, rules):
        return True
    if _not_a_name(doc, ent, rules) or _portfolio(doc, ent, rules) or portfolio_acronym(doc, ent, rules.portfolio_titles):
        return True
    if _common_word_label(doc, ent, rules, doc_text):
        return True
    return _common_word(doc, ent, rules, person_words) or _mid_sentence_common_word(ent, rules, person_words)


def feast(doc: Doc, ent: Span, rules: EntityRules) -> bool:
    """"passer Noël en famille", "un Père Noël", "des pères Noël": a feast (a date) or its figure, which the NER or the
    first names take for a person or a thing. Not a person named so: a first name with its surname ("Noël Mamère",
    or one the article names in full), with an age or a description after it ("Noël, 52 ans", "Noël, un
    retraité") or a title before it ("M. Pâques")."""
    if ent.label_ == "ORG" or (key := fold(ent[-1].text)) not in rules.feasts:
        return False
    if any(fold(t.text) not in rules.feast_bearers for t in ent[:-1]):
        return False
    if ent.end < len(doc) and (doc[ent.end].is_title or _described(doc, ent.end)):
        return False
    if ent.start and fold(doc[ent.start - 1].text).rstrip(".") in rules.feast_titles:
        return False  # "M. Pâques": a person
    return not any(e.label_ == "PER" and len(e) > 1 and fold(e[0].text) == key and e[1].is_title for e in doc.ents)


def _described(doc: Doc, i: int) -> bool:
    """", 52 ans", ", un retraité": an age or a description after a comma."""
    if doc[i].text != "," or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.lower_ in {"un", "une"} or (nxt.like_num and i + 2 < len(doc) and doc[i + 2].lower_ == "ans")
