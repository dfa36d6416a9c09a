"""Organizations found by the words around them: cue nouns, leaders, kinds, publishers, media."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from ...extensions import doc_text, token_starts, tokens_with
from .keys import ACRONYM, DEFINITE_ARTICLES, OF_WORDS, VERBS, fold, known_place
from .rules import _ARTICLES, _PREPOSITIONS
from .shared import (
    _BARE_ACRONYM,
    _BOOK_REFERENCE,
    _NAME_ARTICLES,
    _OPENING_QUOTES,
    _ROMAN,
    _common_definition,
    _demonym,
    full_name_words,
)

if TYPE_CHECKING:
    from .rules import EntityRules
    from .shared import Cluster


def bare_acronyms(doc: Doc, rules: EntityRules, text: str) -> list[Span]:
    """Acronyms the NER missed after a determiner ("l'ADISQ", "la direction de l'ADE"): organizations, unless
    the data labels them ("la TVA", "le SMIC"), they name a known place or a people, the article spells them
    out in lowercase words (a common noun), or the line is in capitals."""
    matches = list(_BARE_ACRONYM.finditer(text))
    if not matches:
        return []
    starts = token_starts(doc)
    found = []
    for m in matches:
        i = starts.get(m.start(1))
        if i is None or doc[i].ent_type or len(doc[i]) != len(m.group(1)):  # the NER's entity stays
            continue
        word = m.group(1)
        if word in rules.labels or fold(word) in rules.not_entities or _ROMAN.match(word) \
                or known_place(word, rules) or fold(word) in rules.demonyms:
            continue
        if _common_definition(text, word, rules):
            continue
        if (i + 1 < len(doc) and doc[i + 1].is_upper and doc[i + 1].is_alpha) or (i > 1 and doc[i - 2].is_upper
                                                                               and doc[i - 2].is_alpha):
            continue  # a line in capitals, a heading: no telling a name from a shouted word
        found.append(Span(doc, i, i + 1, label="ORG"))
    return found


# an opening quote mark, the word before it, the quoted name after it: 'le collectif "la France en colère"'
_OPENING_QUOTE = re.compile(r"[«\"“]")
_WORD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)\s+$")
_QUOTED_REST = re.compile(r"\s*([^«»\"“”.!?\n]{2,60}?)\s*[»\"”]")
# a member's or a collective's noun and "des"/"du" before the quote: 'porte-parole des « gilets jaunes libres »'
_MEMBER_OF_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][\w-]*)\s+(des|du|de la|de l'|de l’|de)\s*$", re.IGNORECASE)




def led_institutions(doc: Doc, spans: list[Span], heads: frozenset[str], take: frozenset[str] = frozenset()) -> list[Span]:
    """"la direction du Parlement", "la direction des HUG": the leadership of an institution named by one capitalized
    word or an acronym is that institution; "le défilé prend la direction du Sénat" heads somewhere and names no
    organization."""
    out = []
    for s in spans:
        if s.label_ != "ORG" or s[0].lower_ not in heads or not (s[-1].is_title or (s[-1].is_upper and s[-1].is_alpha)) \
                or not all(fold(t.text) in _PREPOSITIONS + _ARTICLES for t in s[1:-1]):
            out.append(s)
        elif not (s.start > 1 and (doc[s.start - 2].lemma_ == "prendre" or doc[s.start - 2].lower_ in take)):
            out.append(Span(doc, s.end - 1, s.end, label="ORG", span_id="institution"))
    return out


def quoted_names(doc: Doc, rules: EntityRules, text: str) -> list[Span]:
    """Quoted names after an organization's cue noun ("le collectif "Citoyens en colère""), which the NER misses
    or cuts (it sees a place in "la France en colère"): organizations, when the name has a capital (a slogan
    in lowercase after "groupe" is no name). The cue nouns are the one-word ORG "cue" rows."""
    found = []
    for q in _OPENING_QUOTE.finditer(text):  # a few quote marks per article: look around each
        before = _WORD_BEFORE.search(text, max(0, q.start() - 30), q.start())
        key = fold(before.group(1)) if before is not None else ""
        cued = _quote_cue(key, rules) and not _indefinite_before(text, before)
        named = False  # cued by a naming participle: a name, not someone's words, is asked
        if before is not None and key in rules.platforms:
            # "le groupe Facebook « Colère 59 »": the network stands between the cue noun and the name
            cue = _WORD_BEFORE.search(text, max(0, before.start() - 30), before.start())
            cued = cue is not None and _quote_cue(fold(cue.group(1)), rules)
        if not cued and before is not None and key in rules.naming_words:
            # "un collectif, baptisé « … »", "un parti politique baptisé « … »": the cue noun a few words back; not a
            # verb with its auxiliary ("le syndicat a appelé « Tous dans la rue »": a call, no name)
            words = _WORDS.findall(text[max(0, before.start() - 50) : before.start()])[-4:]
            named = bool(words) and not any(fold(w) in rules.auxiliaries for w in words[-2:]) \
                and any(_quote_cue(fold(w), rules) for w in words)
        member = "" if cued or named else _member_of_quote(text, q.start(), rules)
        m = _QUOTED_REST.match(text, q.end())
        if m is None:
            continue
        if not cued and not named and not member and not (
                key in rules.quoted_head_befores and _quoted_head(m.group(1), rules)):
            # only after an article or a naming noun: a quotation opening a sentence (« Association de malfaiteurs »,
            # a-t-il dit) is someone's words, after "pour" a charge, after "film" a work's title
            continue
        name = m.group(1)
        if not _quoted_body_name(name, rules, member) or len(name.split()) > 8:
            continue
        span = doc.char_span(m.start(1), m.end(1), label="ORG", span_id="institution", alignment_mode="contract")
        if span is not None and len(span) and not (named and _opens_words(span)):
            found.append(span)
    return found


_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _quoted_head(name: str, rules: EntityRules) -> bool:
    """"sous la bannière « Coordination nationale des retraités »": a quoted name opening on a capitalized body noun
    ("quoted_head" rows) and going on with more words is a body's name, with no cue noun before it."""
    words = name.split()
    # (a comma inside is a slogan or a sentence: « Fédération ou pas, la décision est prise »)
    return len(words) > 1 and words[0][:1].isupper() and fold(words[0]) in rules.quoted_heads and "," not in name


def _indefinite_before(text: str, cue: re.Match[str] | None) -> bool:
    """"une multinationale « pour tenter de les amener à Québec »": a cue noun after "un"/"une" names no one, the
    quotation is someone's words (a name follows "le"/"la": "la multinationale « X »")."""
    if cue is None:
        return False
    det = _WORD_BEFORE.search(text, max(0, cue.start() - 10), cue.start())
    return det is not None and det.group(1).lower() in {"un", "une"}


def _opens_words(span: Span) -> bool:
    """Quoted words that open on a pronoun or a determiner other than an article (« Nous voulons vivre », « Tous dans
    la rue ») or hold a finite verb (« Rentrez chez vous »): someone's words or a slogan, no name; an article may open
    one (« Les Oubliés de la N21 »)."""
    first = span[0]
    return first.pos_ == "PRON" or (first.pos_ == "DET" and first.lower_ not in _ARTICLES) \
        or any("Fin" in t.morph.get("VerbForm") for t in span)


def _quote_cue(word: str, rules: EntityRules) -> bool:
    """An organization's cue noun before a quoted name: a one-word ORG "cue" row, or a "quote_cue" row, a noun that
    cues only a quoted name ("la liste « Évolution citoyenne »": "la liste Glucksmann" names a person's list)."""
    return rules.cues.get(word) == "ORG" or word in rules.quote_cues


def _member_of_quote(text: str, quote: int, rules: EntityRules) -> str:
    """'porte-parole des « gilets jaunes libres »', 'le collectif des «foulards rouges»', 'membre des "Amis du
    rail"': a member's or leader's noun ("body_leader" rows) or a one-word ORG cue, then "des"/"du"/"de" (which
    this returns, lowercase; "" when the words before the quote mark at `quote` are no such thing)."""
    m = _MEMBER_OF_BEFORE.search(text, max(0, quote - 40), quote)
    if m is None:
        return ""
    word = m.group(1)
    return m.group(2).lower() if word.lower() in rules.body_leaders or rules.cues.get(fold(word)) == "ORG" else ""


def _quoted_body_name(name: str, rules: EntityRules, member: str) -> bool:
    """A quoted name a body goes by: one with a capital; after a member's noun and "des", also two lowercase words
    or more opening on a plural ("gilets jaunes libres", not "membres du « grand débat »"); never a movement or
    thing the data labels ("gilets jaunes": MISC rows)."""
    words = name.split()
    plural = member == "des" and len(words) > 1 and words[0][-1:].lower() in {"s", "x"}
    if not (any(w[:1].isupper() for w in words) or plural):
        return False
    return rules.folded_labels.get(fold(name), "ORG") == "ORG"  # "le mouvement « Gilets jaunes »" stays MISC


def publisher_references(doc: Doc, rules: EntityRules, text: str) -> list[Span]:
    """A book's publisher in its reference after the title ("un essai sur les villes moyennes (La
    Découverte, 2016)", "Le temps des maires (éd. du Cerf, 2017)"): an organization, which the NER calls a
    thing or misses. Not a place ("(Paris, 2018)"), nor a person the article names ("(Marie Dulac, 2017)")."""
    if ", 1" not in text and ", 2" not in text:
        return []  # the common case: no year after a comma anywhere
    found = []
    for m in _BOOK_REFERENCE.finditer(text):
        name = m.group(1)
        span = doc.char_span(m.start(1), m.end(1), label="ORG", span_id="institution", alignment_mode="contract")
        if span is None or not len(span) or len(span) > 5 or known_place(name, rules):
            continue
        if any(e.label_ == "PER" and e.start < span.end and span.start < e.end and len(e) > 1 for e in doc.ents):
            continue  # "(Marie Dulac, 2017)": an author cited with a year
        outer = next((e for e in doc.ents if e.start <= span.start and span.end <= e.end and len(e) > len(span)), None)
        if outer is not None:  # "(Éditions Odile Jacob, 2019)": the NER's longer name is the publisher's
            span = Span(doc, outer.start, outer.end, label="ORG", span_id="institution")
        found.append(span)
    return found


def contracted_titles(doc: Doc, rules: EntityRules, text: str) -> list[Span]:
    """A title known with its article ("articled" rows), written after "du" or "au" where the NER finds
    nothing ("les pages Débats du Figaro", "confié au Parisien"): the medium. Not inside another name, whose
    word before is capitalized ("la Coupe du Monde", "le Cirque du Soleil") or which goes on with a capital
    ("du Monde arabe" stays, "du Monde Diplomatique" is another title)."""
    if rules.contracted_title is None or (" du " not in text and " au " not in text):
        return []
    found = []
    for m in rules.contracted_title.finditer(text):
        span = doc.char_span(m.start(1), m.end(1), label="ORG", span_id="institution")
        if span is None or span.start < 2 or any(t.ent_type for t in span):
            continue  # the NER's entity stays, and fix_entity labels it
        before, after = doc[span.start - 2], doc[span.end] if span.end < len(doc) else None
        if (before.is_title and not before.is_sent_start) or (after is not None and after.is_title):
            continue
        found.append(span)
    return found


_NAME_INNER = {"de", "du", "des", "d'", "d’", "en", "sur", "sans", "pour", "contre", "la", "le", "les", "l'", "l’"}


def _tokens_among(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The doc's tokens whose lowercase form is one of the words, found on the doc's index of word positions
    (built once per doc) without making a Token for every word."""
    return [doc[i] for i in tokens_with(doc, words)] if words else []


def _known_place_at(ents: tuple[Span, ...], i: int, rules: EntityRules) -> bool:
    """The NER's place at token i is one the gazetteer knows ("président du Venezuela"); after a leader's noun
    an unknown one is a body: "fondateur de Générations", "président de PollingVox", "président du Cerdop"."""
    ent = next((e for e in ents if e.start <= i < e.end), None)
    return ent is not None and known_place(ent.text, rules) is not None


def _unknown_one_word(ents: tuple[Span, ...], i: int, rules: EntityRules) -> bool:
    """The NER's entity at token i is one capitalized word no list or person of the article knows: not a first name,
    not a known office holder, no word of a person named in full ("le PDG de Ferlinor" is the company the NER read
    as a person; round 40)."""
    ent = next((e for e in ents if e.start <= i < e.end), None)
    if ent is None or len(ent) != 1 or not _capitalized(ent[0]):
        return False
    word = fold(ent.text)
    return word not in rules.first_names and word not in rules.holders and word not in full_name_words(ents)


def _taken_tokens(ents: tuple[Span, ...]) -> dict[int, str]:
    """The NER's label of each token inside one of its entities."""
    return {i: e.label_ for e in ents for i in range(e.start, e.end)}


def _capitalized(t: Token) -> bool:
    """A word with a capital first letter, in camel case too ("PollingVox"), not an acronym (left to the acronym
    rules) nor a number."""
    return t.is_alpha and t.text[0].isupper() and not t.is_upper


def _body_name_end(doc: Doc, i: int, taken: dict[int, str]) -> int:
    """End of the capitalized words from i on, over "de"/"du"/"des" between two of them ("Amis de la Terre"),
    stopping at a word the NER put in a person ("des Républicains Laurent Wauquiez")."""
    end = i
    while end < len(doc) and _capitalized(doc[end]) and (end == i or taken.get(end) != "PER"):
        end += 1
        k = end
        while k < len(doc) and k - end < 2 and doc[k].lower_ in _NAME_INNER:
            k += 1
        if k > end and k < len(doc) and _capitalized(doc[k]) and taken.get(k) != "PER":
            end = k
    return end


_WHERE_NEXT = frozenset({"à", "au"})


def bodies_after_leaders(doc: Doc, rules: EntityRules) -> list[Span]:
    """"le président des Patriotes", "le fondateur de Générations", "le président du Cesdip": a capitalized
    name after the noun of a body's leader or member and "de" is that body (a party, an association, a
    research centre), when the NER saw no entity or only a thing there. Not a known place ("président du
    Venezuela"), a people ("président des Français"), a state ("chef de l'État", "président de la
    République"), a first name, nor a name that goes on in lowercase words ("la Ligue contre la violence
    routière": a lowercase institution, left to the institution rules)."""
    found: list[Span] = []
    ents: tuple[Span, ...] | None = None  # doc.ents builds every Span at each access: read once, when needed
    taken: dict[int, str] = {}
    for t in _tokens_among(doc, rules.body_leaders):  # a few tokens per article
        i = t.i + 1
        while i < len(doc) and i - t.i <= 2 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i += 1  # "secrétaire général adjoint de"
        if i + 1 >= len(doc) or doc[i].lower_ not in _PREPOSITIONS:
            continue
        i += 1 + (doc[i + 1].lower_ in _ARTICLES and doc[i].lower_ == "de")
        if i >= len(doc) or not _capitalized(doc[i]):
            continue
        if ents is None:
            ents = doc.ents
            taken = _taken_tokens(ents)
        if (taken.get(i) == "PER" and not (t.lower_ in rules.company_leaders and _unknown_one_word(ents, i, rules))) \
                or (taken.get(i) == "LOC" and _known_place_at(ents, i, rules)):
            continue  # the NER's person or known place stays; "fondateur de Générations", "président de PollingVox"
            # name no place
        end = _body_name_end(doc, i, taken)
        span = doc[i:end]
        ner = next((e for e in ents if e.start < end and i < e.end), None)
        if ner is not None and ner.label_ == "ORG" and (ner.start, ner.end) != (i, end):
            continue  # "la N-VA", "le Parti de gauche": the NER's organization has other bounds, it knows better
        if not span[-1].whitespace_ and end < len(doc) and doc[end].text in {"-", "–", "/", "&"}:
            continue  # a name glued on: "N-VA"
        nxt = doc[end] if end < len(doc) else None
        key = fold(span.text)
        town_next = nxt is not None and nxt.lower_ in _WHERE_NEXT and end + 1 < len(doc) and doc[end + 1].is_title
        if nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.pos_ not in {"VERB", "AUX", "CCONJ", "SCONJ", "PRON"} \
                and not town_next:
            continue  # "la Ligue contre la violence routière", "Résistons ensemble": the name goes on; not over "à"
            # and a town ("les salariés de Tessara à Vierzon")
        if key in rules.not_bodies or key in rules.generic or key in rules.not_entities or known_place(span.text, rules) \
                or _demonym(span, rules) or fold(span[0].text) in rules.first_names or key in rules.portfolios:
            continue
        found.append(Span(doc, i, end, label="ORG", span_id="institution"))
    return found


def _kind_complement_end(doc: Doc, cue: Token) -> int | None:
    """The token after a kind noun's own complement: "fabricant de matelas |", "géant de la distribution
    alimentaire |", "cabinet d'audit |"; None when the noun has no such complement."""
    i = cue.i + 1
    if i + 2 >= len(doc) or doc[i].lower_ not in _PREPOSITIONS:
        return None
    i += 1 + (doc[i + 1].lower_ in _ARTICLES and doc[i].lower_ == "de")
    if i >= len(doc) or doc[i].pos_ != "NOUN" or not doc[i].is_lower:
        return None
    i += 1
    return i + 1 if i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower else i


def _missed_name_at(doc: Doc, i: int, taken: dict[int, str], rules: EntityRules) -> Span | None:
    """The capitalized name the NER missed from token i on, after a cue noun: an organization, unless the NER has a
    name there (its label is read elsewhere), or it is a generic word, a known place, a people or a first name."""
    if i >= len(doc) or not _capitalized(doc[i]) or i in taken:
        return None
    end = _body_name_end(doc, i, taken)
    span = doc[i:end]
    key = fold(span.text)
    if key in rules.generic or key in rules.not_entities or known_place(span.text, rules) \
            or _demonym(span, rules) or fold(span[0].text) in rules.first_names:
        return None
    return Span(doc, i, end, label="ORG", span_id="institution")


def names_after_described_kind(doc: Doc, rules: EntityRules) -> list[Span]:
    """"la maison de couture Valmonte", "le fabricant de matelas Dorlane": a capitalized name the NER missed
    after an organization's kind noun and its own complement (the NER's labels there are fixed by
    _described_kind). Not a known place, a people, nor a first name."""
    found: list[Span] = []
    taken: dict[int, str] | None = None
    for t in _tokens_among(doc, rules.kind_cue_words):
        i = _kind_complement_end(doc, t) if t.is_lower else None
        if i is None:
            continue
        taken = _taken_tokens(doc.ents) if taken is None else taken
        span = _missed_name_at(doc, i, taken, rules)  # (a name the NER has there: _described_kind reads its label)
        if span is not None:
            found.append(span)
    return found


_KIND_DETERMINERS = frozenset({"le", "la", "l'", "l’", "du", "au", "un", "une", "son", "sa", "ce", "cet", "cette"})


def names_after_company_kind(doc: Doc, rules: EntityRules) -> list[Span]:
    """"le fournisseur Énerfor", "du sidérurgiste Valmétal", "le cimentier français Vicat", "l'opérateur Sygnal",
    "le groupe Sorval": a capitalized name the NER missed right after a noun only companies have ("company"
    kind_descriptor rows) or any one-word organization cue (round 40: a name no list knows gets no entity from the
    NER there), with its determiner before and, after a company's noun, maybe a lowercase adjective between. Not a
    known place, a people, nor a first name ("le fournisseur Thomas Vidal"); a name the NER has there is relabelled
    by the cue rows."""
    found: list[Span] = []
    cues = [t for t in _tokens_among(doc, rules.company_kinds | rules.org_cue_nouns)
            if t.is_lower and t.i and doc[t.i - 1].lower_ in _KIND_DETERMINERS]
    ents = doc.ents if cues else ()  # doc.ents builds every Span at each access: read once, when needed
    taken = _taken_tokens(ents)
    for t in cues:
        i = t.i + 1
        if t.lower_ in rules.company_kinds and i < len(doc) and doc[i].pos_ in {"ADJ", "NOUN"} and doc[i].is_lower:
            i += 1  # a company's noun may take its sector's word: "le cimentier français X", "le sous-traitant automobile X"
        seen = taken
        swallowed = next((e for e in ents if e.start <= t.i < e.end and e.label_ == "MISC"), None)
        if swallowed is not None:  # "l'opérateur Sygnal" read as one thing: the cue noun is no part of the name
            seen = {k: v for k, v in taken.items() if not swallowed.start <= k < swallowed.end}
        span = _missed_name_at(doc, i, seen, rules)
        if span is not None:
            found.append(span)
    return found


_PURPOSE_WORDS = frozenset({"pour", "contre"})
_PURPOSE_LINKS = frozenset({"de", "du", "des", "d'", "d’", "pour", "contre", "en", "sur", "entre", "à", "au", "aux"})


def demonym_clubs(doc: Doc, rules: EntityRules) -> list[Span]:
    """"le Stade toulousain", "l'Olympique lyonnais", "le Cercle brugeois": a club's capitalized first word and
    the lowercase adjective of its town are one club, in any article (the NER calls it a place or cuts it); a
    stadium is written lowercase or with its own name ("le stade Geoffroy-Guichard", "le Stade de France")."""
    found: list[Span] = []
    heads = frozenset(h.lower() for h in rules.club_heads)
    for t in _tokens_among(doc, heads):
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.text in rules.club_heads and nxt is not None and nxt.is_lower and fold(nxt.text) in rules.demonyms:
            found.append(Span(doc, t.i, t.i + 2, label="ORG", span_id="institution"))
    return found


def demonym_corps(doc: Doc, rules: EntityRules) -> list[Span]:
    """"la police belge", "par la police new-yorkaise", "la gendarmerie algérienne": a police corps (a "corps_head"
    row) after "la" and the adjective of its country or town is that force, an organization (as "la police de
    Kerbala"); bare "la police" is none. The adjective agrees with the head (feminine singular): "les syndicats de
    police français" and "une voiture de police belge" name no corps; "not_origin" rows are no place's ("blanche")."""
    found: list[Span] = []
    for t in _tokens_among(doc, rules.corps_heads):  # a few tokens per article
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is None or t.i == 0 or doc[t.i - 1].lower_ != "la" or not nxt.is_lower:
            continue
        adjective = fold(nxt.text)
        if adjective in rules.demonyms and adjective.endswith("e") and adjective not in rules.not_origins:
            found.append(Span(doc, t.i, t.i + 2, label="ORG", span_id="institution"))
    return found


def _purpose_name_end(doc: Doc, i: int) -> int:
    """End of an institution's name from its "pour"/"contre" at i: prepositions, articles, lowercase nouns and
    their adjectives, "et" before another preposition, a capitalized place after "en" ("en France"); a lowercase
    noun right after another noun (no preposition between) is the sentence's verb the tagger misread."""
    end, j, last = i, i, ""
    while j < len(doc) and j - i < 12:
        t = doc[j]
        if t.lower_ in _PURPOSE_LINKS or (t.lower_ == "et" and j + 1 < len(doc) and doc[j + 1].lower_ in _PURPOSE_LINKS):
            kind = "link"
        elif t.pos_ == "DET" and t.is_lower and last == "link":
            kind = "link"
        elif t.is_lower and t.is_alpha and t.pos_ == "NOUN" and last == "link":
            kind = "noun"
        elif t.is_lower and t.is_alpha and t.pos_ == "ADJ" and last in {"noun", "adj"}:
            kind = "adj"
        elif t.is_title and last == "link" and doc[j - 1].lower_ == "en":
            kind = "noun"  # "contre l'islamophobie en France"
        else:
            break
        last = kind
        j += 1
        if kind != "link":
            end = j
    return end


def purpose_names(doc: Doc, rules: EntityRules) -> list[Span]:
    """"le Haut Conseil pour le climat", "la Ligue contre la violence routière", "le Collectif contre
    l'islamophobie en France": a capitalized institution's head (with "Haut(e)") whose name goes on with "pour" or
    "contre" and lowercase words, which the NER cuts after the head or misses. The name takes the whole purpose,
    up to a verb, a punctuation mark or a capitalized word."""
    found: list[Span] = []
    for t in _tokens_among(doc, rules.purpose_heads):
        if not t.is_title or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in _PURPOSE_WORDS:
            continue
        start = t.i - 1 if t.i and doc[t.i - 1].lower_ in {"haut", "haute"} and doc[t.i - 1].is_title else t.i
        end = _purpose_name_end(doc, t.i + 1)
        if end > t.i + 2:
            found.append(Span(doc, start, end, label="ORG", span_id="institution"))
    return found


def _cued_name_start(doc: Doc, cue: Token, rules: EntityRules) -> int | None:
    """The article opening a name after an organization's cue noun, over a link word or a quote mark
    ("le groupe Facebook « La France en colère »", "le collectif le Temps des lilas", "un parti politique
    baptisé « Les Audacieux »")."""
    i = cue.i + 1
    if i + 1 < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower and fold(doc[i + 1].text) in rules.name_links:
        i += 1  # "un parti politique baptisé « Les Audacieux »": the kind's adjective, then the link word
    while i < len(doc) and i - cue.i <= 4 and (fold(doc[i].text) in rules.name_links or doc[i].text in _OPENING_QUOTES):
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in _ARTICLES or not (doc[i].is_title or doc[i + 1].is_title):
        return None  # a capitalized article opens a name mid-sentence ("Le cœur sur la main"), else its next word
    return i


def _name_word(t: Token) -> bool:
    """A word that may go on a name opened by its article: a capitalized word, a lowercase noun or adjective,
    "de", "en", "sur" or an article ("Le cœur sur la main")."""
    return t.is_alpha and (t.is_title or (t.is_lower and (t.pos_ in {"NOUN", "ADJ"} or t.lower_ in _NAME_INNER)))


def names_after_cue_article(doc: Doc, rules: EntityRules) -> list[Span]:
    """"l'association Le cœur sur la main", "le collectif le Temps des lilas", "le groupe Facebook La France en
    colère": a name opening with its own article after an organization's cue noun, which the NER misses, calls a
    thing or cuts to a place ("France"). The name runs over lowercase nouns, adjectives and "de"/"en"/"sur" up to
    a punctuation mark, a verb or "et"; a capitalized article belongs to it ("La France en colère"), a
    lowercase one does not ("le Temps des lilas" -> "Temps des lilas"). An organization the NER found stays."""
    found: list[Span] = []
    for t in _tokens_among(doc, rules.org_cue_words):
        if not t.is_lower or t.i + 2 >= len(doc):
            continue
        start = _cued_name_start(doc, t, rules)
        if start is None:
            continue
        end = start + 2
        if not doc[start + 1].is_alpha:
            continue
        while end < len(doc) and end - start < 8 and _name_word(doc[end]):
            end += 1
        while end > start + 2 and doc[end - 1].lower_ in _NAME_INNER:
            end -= 1  # "le Temps des lilas et": no trailing "de" or article
        first = start if doc[start].is_title else start + 1
        if any(e.label_ in {"ORG", "PER"} and e.start < end and first < e.end for e in doc.ents):
            continue  # "le quotidien Le Parisien": the NER has it
        found.append(Span(doc, first, end, label="ORG", span_id="institution"))
    return found


# Words between an institution and the organization its name belongs to: "commission des lois du Sénat",
# "Conseil de sécurité de l'ONU".
_OWNER_LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "l'", "l’"})
_INNER_ACRONYM = re.compile(r"(?:\b(?:de|du|des|la)\s|[dl]['’]\s?)[A-ZÉÈ]{2}")


def titled_media(doc: Doc, clusters: list[Cluster], rules: EntityRules) -> list[Cluster]:
    """A name whose own first word is a medium's noun, capitalized ("Le Quotidien d'Oran", "Le Magazine
    littéraire", "au sein du Journal"): a newspaper or a station, whatever label the NER gave it (it reads such
    titles as works). Named with its article when the text gives a masculine one ("du Journal" -> "Le Journal")."""
    for c in clusters:
        if c.label != "MISC":
            continue
        m = c.mentions[0]
        head = m[1] if len(m) > 1 and m[0].lower_ in _NAME_ARTICLES | {"l'", "l’"} else m[0]
        if not head.is_title or fold(head.text) not in rules.media_cues:
            continue
        c.label = "ORG"
        if head.i == m.start and m.start > 0 and doc[m.start - 1].lower_ in {"le", "du", "au"}:
            c.name = "Le " + c.name
        same = next((o for o in clusters if o is not c and o.label == "ORG" and fold(o.name) == fold(c.name)), None)
        if same is not None:  # "Le Journal a publié ... au sein du Journal": one newspaper
            same.mentions = sorted([*same.mentions, *c.mentions], key=lambda x: x.start)
            c.mentions = []
    return [c for c in clusters if c.mentions]


# Not the elided "L'": "L'Yonne Républicaine" keeps the name the tests of places give it ("Yonne Républicaine").
_TITLE_ARTICLES = frozenset({"Le", "La", "Les"})


def capitalized_articles(doc: Doc, clusters: list[Cluster]) -> None:
    """An organization written after a capitalized article in mid-sentence ("fondé en 2017, Les Barjols", "à
    Bruxelles, Le Public"): the article is part of its name, which the entity takes (its mention stays the
    NER's, so the record holds both forms)."""
    for c in clusters:
        if c.label != "ORG":
            continue
        for m in c.mentions:
            art = doc[m.start - 1] if m.start > 1 else None
            if art is None or art.text not in _TITLE_ARTICLES or art.is_sent_start or doc[m.start - 2].is_space \
                    or doc[m.start - 2].text in {".", "!", "?", ":", "«", "\"", "“", "—", "–", "-"}:
                continue
            if fold(m.text) == fold(c.name):
                c.name = f"{art.text} {c.name}"
            break


_KIND_OPENERS = frozenset({"le", "du", "au", "l'", "l’", "un", "d'", "d’"})


def kind_names(doc: Doc, clusters: list[Cluster], rules: EntityRules) -> None:
    """An organization written after its lowercase kind noun ("le groupe TF1", "l'institut Pollingvox", "le
    théâtre Marigny"; "name_kind" rows): the kind belongs to the name it goes by ("groupe TF1"), which the entity
    takes; its mention stays the bare name, so the record holds both forms. Not a group on a network ("le groupe
    Facebook": a name link), nor a kind the NER already put in the mention."""
    for c in clusters:
        if c.label != "ORG":
            continue
        for m in c.mentions:
            kind = doc[m.start - 1] if m.start > 1 else None
            if kind is None or kind.lower_ not in rules.name_kinds or not kind.is_lower \
                    or doc[m.start - 2].lower_ not in _KIND_OPENERS or fold(m.text) in rules.name_links:
                continue
            whole = _coordinated_name(doc, m)
            if whole is not m:  # "le groupe Libertés et territoires": the NER stops before "et"
                c.mentions = [whole if x is m else x for x in c.mentions]
                c.name = f"{kind.text} {whole.text}"
            elif fold(m.text) == fold(c.name):
                c.name = f"{kind.text} {c.name}"
            break


def _coordinated_name(doc: Doc, m: Span) -> Span:
    """A one-word name going on with "et" and lowercase nouns or adjectives up to a punctuation mark or a verb
    ("Libertés et territoires", "Écologie et solidarité ont"); the mention itself otherwise ("Renault et ses
    filiales")."""
    end = m.end + 1
    if len(m) != 1 or end >= len(doc) or doc[m.end].lower_ != "et":
        return m
    while end < len(doc) and doc[end].is_lower and doc[end].is_alpha and doc[end].pos_ in {"NOUN", "ADJ"}:
        end += 1
    if end == m.end + 1 or (end < len(doc) and not doc[end].is_punct and doc[end].pos_ not in VERBS):
        return m
    return Span(doc, m.start, end, label=m.label_, span_id=m.id_)


def acting_venues(doc: Doc, clusters: list[Cluster], rules: EntityRules) -> None:
    """A cultural venue run by a body ("le théâtre de la Ville", "le musée d'Orsay", "le Louvre"; "venue_head" and
    "venue" rows), which the NER calls a place: an organization when it acts ("le Louvre doit accueillir une
    exposition", "le théâtre a annulé la représentation") or has staff ("le directeur du théâtre Marigny"); a place
    where people go or gather ("devant le Louvre"), or that is in a state ("le musée est resté fermé", "a été
    évacué", "rouvrira en mars")."""
    for c in clusters:
        if c.label != "LOC" or not c.mentions:
            continue
        words = fold(c.name).replace("'", "' ").split()
        if words and words[0] in {"le", "la", "l'"}:
            words = words[1:]
        if not words or (words[0] not in rules.venue_heads and " ".join(words) not in rules.venues):
            continue
        if any(_venue_acts(m, rules) or _venue_staffed(doc, m, rules) for m in c.mentions):
            c.label = "ORG"


def _venue_acts(m: Span, rules: EntityRules) -> bool:
    """The mention is the subject of an active verb that says no state of the building ("est resté fermé", "a été
    évacué", "rouvrira en mars": "venue_state" rows, the verbs' stems)."""
    root = m.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lower_.startswith(rules.venue_states):
        return False
    return not any(child.dep_ in {"aux:pass", "cop"} for child in verb.children)


def _venue_staffed(doc: Doc, m: Span, rules: EntityRules) -> bool:
    """"le directeur du théâtre Marigny", "la direction de l'Opéra": a staff noun, "de", the venue."""
    i = m.start - 1
    if i >= 0 and doc[i].lower_ in _ARTICLES:
        i -= 1
    return i > 0 and doc[i].lower_ in _PREPOSITIONS and doc[i - 1].lower_ in rules.staff_nouns


def facility_owners(doc: Doc, clusters: list[Cluster], rules: EntityRules) -> list[Cluster]:
    """"le dépôt de Proxifuel à Wierde", "l'usine de Sonelka à Rouiba": a name the gazetteer does not know,
    between a company's site noun ("facility_noun" rows) with "de" and "à" with a place, is the company that
    owns the site, not a place (the NER's label, on the name, on the site with it or on the name with the town:
    the town is then a place of its own); "l'usine de Flins" and "le dépôt de Lorient à Lanester" name places."""
    towns: list[Cluster] = []
    for c in clusters:
        if c.label != "LOC":
            continue
        found = next((o for o in (_site_owner(doc, m, rules) for m in c.mentions) if o is not None), None)
        if found is None or known_place(found[0].text, rules):
            continue
        owner, town = found
        c.label, c.name = "ORG", owner.text
        c.mentions = [owner if m.start <= owner.start < m.end else m for m in c.mentions]
        same = next((o for o in [*clusters, *towns] if town is not None and o.label == "LOC"
                     and fold(o.name) == fold(town.text)), None)
        if same is not None and town is not None:  # the town the article names elsewhere: one place
            same.mentions = sorted([*same.mentions, town], key=lambda x: x.start)
        elif town is not None:
            towns.append(type(c)(label="LOC", mentions=[town], name=town.text))
    return clusters + towns


def _site_owner(doc: Doc, m: Span, rules: EntityRules) -> tuple[Span, Span | None] | None:
    """The capitalized name after a site noun and "de"/"d'" (inside the mention or before it), when "à" and a
    capitalized place follow it (after the mention, or inside it: then the town's span too)."""
    start = m.start
    if len(m) > 2 and m[0].lower_ in rules.facility_nouns and m[1].lower_ in _PREPOSITIONS:
        start = m.start + 2
    elif m.start < 2 or doc[m.start - 1].lower_ not in _PREPOSITIONS or doc[m.start - 2].lower_ not in rules.facility_nouns:
        return None
    inner = next((t.i for t in doc[start + 1 : m.end] if t.lower_ == "à"), None)
    if inner is not None and inner + 1 < m.end and doc[inner + 1].is_title:
        town = Span(doc, inner + 1, m.end, label="LOC", span_id="place")
        return Span(doc, start, inner, label="ORG", span_id="company"), town
    if m.end + 1 >= len(doc) or not doc[start].is_title or doc[m.end].lower_ != "à" or not doc[m.end + 1].is_title:
        return None
    return Span(doc, start, m.end, label="ORG", span_id="company"), None


def coordinated_complements(doc: Doc, spans: list[Span], heads: frozenset[str] = frozenset()) -> list[Span]:
    """An institution whose complement is coordinated nouns ("commission des lois et des affaires
    économiques", "ministère de l'Économie et des Finances", "ministère de l'Agriculture, de l'Alimentation et
    de la Forêt"): the pattern stops at the first noun. The others are part of the name when written like the
    first (all lowercase or all capitalized). A lowercase one followed by a verb is a second subject ("la
    commission des lois et des députés ont voté"); capitalized ones are a ministry's portfolios even before its
    verb, unless one is another body ("du ministère de l'Intérieur et du Conseil d'État")."""
    out = []
    for s in spans:
        end = _coordinated_end(doc, s, heads) if s.label_ == "ORG" and s.id_ == "institution" else s.end
        out.append(s if end == s.end else Span(doc, s.start, _place_complement(doc, end), label=s.label_,
                                               span_id=s.id_))
    return out


def _coordinated_end(doc: Doc, s: Span, heads: frozenset[str]) -> int:
    """Where the coordinated complements after `s` end: ", de la X" groups count only when an "et de(s) Y"
    group closes the list; s.end when there is none."""
    end = i = s.end
    k = s.end - 1
    while k > s.start + 1 and doc[k].pos_ == "ADJ":
        k -= 1  # "ministère de l'Enseignement supérieur": the noun's case, not its adjective's
    lower = doc[k].is_lower
    while i + 2 < len(doc) and doc[i].lower_ in {",", "et"} and doc[i + 1].lower_ in _PREPOSITIONS:
        last = doc[i].lower_ == "et"
        j = i + 2 + int(doc[i + 2].lower_ in _ARTICLES)
        noun = doc[j] if j < len(doc) else None
        if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or noun.is_lower != lower \
                or (not lower and (noun.is_upper or noun.ent_type_ in {"PER", "LOC"} or noun.lower_ in heads)):
            break
        i = j + 1
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i += 1
        if last:
            if not (lower and i < len(doc) and doc[i].pos_ in VERBS):
                end = i
            break
    return end


def _place_complement(doc: Doc, end: int) -> int:
    """The end of a coordinated institution's name with the place it serves ("chambre de commerce et d'industrie
    de Lyon", "service départemental d'incendie et de secours du Var"); an organization there is its owner,
    which owned_names adds to the entity's name."""
    if end + 1 >= len(doc) or doc[end].lower_ not in _PREPOSITIONS:
        return end
    i = end + 1 + int(doc[end + 1].lower_ in _ARTICLES)
    if i >= len(doc) or not doc[i].is_title or doc[i].pos_ != "PROPN" or doc[i].ent_type_ in {"ORG", "PER"}:
        return end
    while i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN":
        i += 1
    return i + 1


def owned_names(doc: Doc, clusters: list[Cluster], heads: frozenset[str]) -> None:
    """An institution named by its head noun and followed by the organization it belongs to ("la commission
    des lois du Sénat"): the mention stops before the owner, which is an entity of its own; the entity's name
    is the full one, so the record holds both forms."""
    starts = {m.start: m for c in clusters if c.label == "ORG" for m in c.mentions}
    for c in clusters:
        if c.label != "ORG":
            continue
        m = next((m for m in c.mentions if m.text == c.name), None)
        if m is None or m[0].lower_ not in heads or len(m) < 2:
            continue
        i = m.end
        while i < len(doc) and i - m.end < 2 and doc[i].lower_ in _OWNER_LINKS:
            i += 1
        # "bureau national de La République en marche": the owner's mention may open on the article
        owner = next((starts[j] for j in range(m.end + 1, i + 1) if j in starts), None)
        if i > m.end and doc[m.end].lower_ in _PREPOSITIONS and owner is not None \
                and owner not in c.mentions:
            c.name = doc[m.start : owner.end].text


def inner_organizations(doc: Doc, entities: list[dict[str, Any]], rules: EntityRules) -> list[dict[str, Any]]:
    """Organizations named only inside another's name or an event's ("le Conseil de sécurité de l'ONU" names the
    ONU, "la direction de la SNCF" the SNCF, "le sommet de l'OTAN" the OTAN): an acronym after "de", "du",
    "de la", "de l'" inside a longer organization's or event's mention, neither a place ("l'ambassade des USA")
    nor a Roman numeral ("Paris-I"), and not already an entity of the article. Kept out of doc._.entities: a
    mention inside another one is no candidate speaker or role holder; the record lists them after the others."""
    text = doc_text(doc)
    known = {fold(m["text"]) for e in entities for m in e["mentions"]} | {fold(e["name"]) for e in entities}
    out: list[dict[str, Any]] = []
    for e in entities:
        if e["label"] not in {"ORG", "MISC"}:
            continue  # an event names its organizer too: "la Conférence de l'ONU sur le climat"
        for m in e["mentions"]:
            if not _INNER_ACRONYM.search(m["text"]):
                continue  # the common case: no capitals after "de", decided on the text
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            for tok in span[2:] if span is not None else []:
                word = tok.text
                before = doc[tok.i - 1]  # "de l'ONU", not "CHRONIQUE DE JULIEN": a heading in capitals
                if not before.is_lower or before.lower_ not in _OWNER_LINKS or not ACRONYM.match(word) \
                        or _ROMAN.match(word) or fold(word) in known or known_place(word, rules):
                    continue
                known.add(fold(word))
                start = tok.idx
                out.append({"id": f"e{len(entities) + len(out) + 1}", "label": "ORG", "name": word,
                            "mentions": [{"start": start, "end": start + len(word), "text": text[start : start + len(word)]}]})
    return out


_TOLD_PREPOSITIONS = frozenset({"à", "au"})


def _press_title_at(doc: Doc, i: int, rules: EntityRules) -> tuple[int, int, str, bool] | None:
    """The title of a "press_title" row whose first word (after its article) is token i, written as the row spells
    it: (start, end, article, whether a lowercase article the row lacks stands before it: "la Libération")."""
    for article, words in rules.press_titles.get(doc[i].lower_, ()):
        end = i + len(words)
        if end > len(doc) or any(doc[i + k].text.replace("’", "'") not in {w, w + "."} for k, w in enumerate(words)):
            continue
        prev = doc[i - 1].lower_.replace("’", "'") if i else ""
        if article:  # "par la Lettre A"; "dans la Meuse" is the place, "dans La Meuse" the newspaper
            # ... but "au quotidien la Croix": after a medium's noun, a lowercase article is the writer's style
            media = i > 1 and doc[i - 2].is_lower and fold(doc[i - 2].text) in rules.media_cues
            if prev == article and (doc[i - 1].is_title or media or not known_place(" ".join(words), rules)):
                return i - 1, end, article, False
            if article == "le" and prev in {"du", "au"}:
                return i, end, article, False  # "l'éditorialiste du Point"
            continue
        return i, end, "", prev in DEFINITE_ARTICLES and (doc[i - 1].is_lower or doc[i - 1].is_sent_start)
    return None


def _press_cued(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """A medium's title in a slot of the press: after a medium's noun ("l'hebdomadaire Marianne"), "selon" or "dans"
    ("selon La Meuse"; not for a title that is a first name), words said "à" it ("a confié à Regards"), the agent of
    a participle of publishing or asking ("révélée lundi par la Lettre A", "interrogée par Marianne"), the
    complement of a newsroom's noun ("le rédacteur en chef de Regards"), or the subject of a verb of publishing
    ("Liberté rapporte"; not a first name either)."""
    cues = rules.press_cues
    prev = fold(doc[start - 1].text) if start else ""
    person_like = fold(doc[end - 1].text) in rules.first_names and end - start == 1
    if prev in rules.media_cues and doc[start - 1].is_lower:
        return True
    after = prev == "apres" and start > 1 and doc[start - 2].lower_ in {"d'", "d’"}  # "d'après"
    if prev in cues.get("in", ()) or (not person_like and (prev in cues.get("before", ()) or after)):
        return True
    if doc[start - 1].lower_ in _TOLD_PREPOSITIONS and _said_before(doc, start - 1, rules.told_to):
        return True
    if prev == "par" and any(fold(doc[j].text) in cues.get("agent", ()) for j in range(max(0, start - 6), start - 1)):
        return True
    if doc[start - 1].lower_ in OF_WORDS and any(
            fold(doc[j].text) in cues.get("staff", ()) for j in range(max(0, start - 4), start - 1)):
        return True
    return not person_like and end < len(doc) and fold(doc[end].text) in cues.get("verb", ())


_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "que", "qu'", "qu’", "et"})


def _said_before(doc: Doc, i: int, words: frozenset[str]) -> bool:
    """A word said or broadcast ("confié", "diffusée") among the 5 tokens before i, in the same clause ("a déclaré
    mardi à", "diffusée l'automne dernier à")."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if doc[j].lower_ in _CLAUSE_BREAKS:
            return False
        if fold(doc[j].text) in words:
            return True
    return False


def _press_id(article: str, words: Span) -> str:
    """The title as its row writes it ("La Lettre A", "L'Alsace"): the span's id, which makes one entity of its
    mentions and the ruler's ("au Figaro" and "Le Figaro")."""
    text = words.text.rstrip(".")  # "par la Lettre A." at a sentence's end: the period is in the last token
    return text if not article else article.capitalize() + ("" if article.endswith("'") else " ") + text


def _runs_past(doc: Doc, e: Span, start: int, end: int) -> bool:
    """The NER's person or organization runs on past the title with a capitalized word ("Marianne Dufresne"; not
    "de Challenges")."""
    return e.label_ in {"PER", "ORG"} and e.start < end and start < e.end and any(
        not doc[k].is_lower for k in [*range(e.start, start), *range(end, e.end)])


def press_titles(doc: Doc, rules: EntityRules) -> tuple[list[Span], list[Span]]:
    """Media titled with a common word, a first name, a place or an event ("press_title" rows: "Marianne",
    "Regards", "La Lettre A", "L'Alsace", "Libération"): an organization only in a slot of the press
    (`_press_cued`); after a lowercase article the title does not have ("la Libération", "la Marianne des
    mairies") the word is the common noun, no organization (`mislabelled_titles`). A person or an organization
    the NER found running past the title stays ("Marianne Dufresne"). Returns (found, dropped)."""
    found: list[Span] = []
    dropped: list[Span] = []
    if not rules.press_titles:
        return found, dropped
    for t in _tokens_among(doc, frozenset(rules.press_titles)):
        at = _press_title_at(doc, t.i, rules)
        if at is None or at[0] == 0:
            continue
        start, end, _, common = at
        if common:
            dropped.append(Span(doc, start, end))
        elif end + 1 < len(doc) and doc[end].lower_ in OF_WORDS | {"des"} and doc[end + 1].is_title:
            continue  # "Le Quotidien d'Oran": a longer title
        elif _press_cued(doc, start, end, rules):
            person = _person_after(doc, end, rules)
            if any(_runs_past(doc, e, start, end) and not (person is not None and e.end <= person.end)
                   for e in doc.ents):
                continue
            found.append(Span(doc, start, end, label="ORG", span_id=_press_id(at[2], doc[t.i : end])))
            if person is not None and not any(e.label_ == "PER" and e.start == person.start for e in doc.ents):
                found.append(person)
    return found, dropped


def _person_after(doc: Doc, end: int, rules: EntityRules) -> Span | None:
    """"s'agace au Figaro Chloé Durand": a first name and capitalized words right after a title said to, the
    speaker (the NER runs the title and the person into one name)."""
    if end + 1 >= len(doc) or not doc[end].is_title or fold(doc[end].text) not in rules.first_names:
        return None
    last = end + 1
    while last < len(doc) and last - end < 4 and doc[last].is_title and doc[last].is_alpha:
        last += 1
    return Span(doc, end, last, label="PER") if last > end + 1 else None


def mislabelled_titles(ents: tuple[Span, ...], common: list[Span]) -> list[Span]:
    """The organizations inside a title read as a common noun ("la Libération", "la TVA"): the ruler's is dropped (its
    id would name the newspaper again), the NER's is a thing (MISC)."""
    out = []
    for e in ents:
        if e.label_ != "ORG" or not any(c.start <= e.start and e.end <= c.end for c in common):
            out.append(e)
        elif not e.id_:
            out.append(Span(e.doc, e.start, e.end, label="MISC"))
    return out


def confederation_names(spans: list[Span], confederations: frozenset[str], union_words: frozenset[str]) -> list[Span]:
    """"Alliance Police Nationale CFE-CGC", "Unité SGP Police FO", "l'Union syndicale Solidaires": a union's name
    followed right away by its confederation's ("confederation" rows) is one organization, when the name holds a
    union's word ("union_word" rows: not "Renault CGT"); the confederation alone elsewhere stays itself, "la CGT FO"
    two."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.end == s.start and prev.label_ == "ORG" and s.label_ == "ORG"
                and s.text in confederations and prev.text not in confederations and not prev[0].is_lower
                and any(fold(t.text) in union_words for t in prev)):
            out[-1] = Span(s.doc, prev.start, s.end, label="ORG")
        else:
            out.append(s)
    return out
