"""Names, words and small tests that several steps of the component share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .keys import VERBS, fold, known_place
from .rules import _ARTICLES, _QUOTE_CHARS

if TYPE_CHECKING:
    from .rules import EntityRules


def _cue_label(doc: Doc, span: Span, rules: EntityRules) -> str | None:
    """The label a word before the name implies: "l'association X", "nos confrères de X", "la ville de X",
    also over adjectives between ("le magazine américain X", "la chaîne de télévision panarabe X") and a quotation
    mark opening the name ("le collectif organisateur « X »")."""
    start = span.start
    if start > 2 and doc[start - 1].text in _OPENING_QUOTES and doc[start - 2].is_alpha \
            and span.end < len(doc) and doc[span.end].text in _CLOSING_QUOTES:
        start -= 1  # the whole quoted name only: "« Lyon en transition »" cut to "Lyon" is not the body
    while span.start - start < 2 and start > 1 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_lower \
            and doc[start - 2].is_alpha and doc[start - 2].is_lower:
        start -= 1
    toks = [t for t in doc[max(0, start - 3) : start]]
    words = [fold(t.text) for t in toks]
    for n in (3, 2, 1):
        if len(words) >= n and not (n == 1 and toks[-1].pos_ in VERBS):
            phrase = " ".join(words[-n:])
            if phrase in rules.cues:
                return None if _person_after_cue(span, rules.cues[phrase], toks[-1], rules) else rules.cues[phrase]
    # "la ville de X", "l'île de X", "le bourgmestre d'X": cue noun then "de" ("il est parti d'Aix" has no cue: a
    # verb). A person's title before "de" says nothing of X: "la présidente du Chili" is a country.
    if len(words) < 2 or words[-1] not in {"de", "d'", "du"} or toks[-2].pos_ in VERBS:
        return None
    if len(words) >= 3 and words[-3] == "d'" and words[-2] not in rules.of_cues:
        return None  # "un chef d'entreprise de Montargis": the cue noun belongs to a role, X is the person's town
    if len(span) > 1 and fold(span[0].text).split("-")[0] in rules.first_names and span[1].is_title:
        return None  # "le parti de Jean-Luc Mélenchon", "le syndicat de Laurent Berger": a body told by its leader
    # (a company's kind before "de" tells where it is: "le dépôt pétrolier de Feluy", "le cimentier de Montalieu")
    company = toks[-2].lower_ in rules.company_kinds
    # "le site de Florange", "la vente du site de Montluçon": a town the gazetteer knows after a site's cue noun and
    # "de" is where the site is, not its owner (round 40); "le site de Mediapart" is the website
    sited = toks[-2].lower_ in rules.site_cues and known_place(span.text, rules) is not None
    label = rules.of_cues.get(words[-2]) or (None if company or sited else rules.cues.get(words[-2]))
    scope = rules.of_cue_scopes.get(words[-2])
    if scope is not None and ((span.label_ and span.label_ not in scope) or _names_a_place(doc, span, rules)):
        return None  # "les pays membres de l'Europe": the cue changes only the labels its row names, no place
    if label == "MISC" and words[-2] in rules.of_cues:
        # "l'accord de Paris", "le traité de Maastricht": a town naming a treaty is no place of the story; a
        # person after it ("avec l'accord de Castaner") gives consent and stays a person
        return label if span.label_ == "LOC" or known_place(span.text, rules) else None
    # "la chanson de Jean Ferrat", "les films de Jacques Demy": a work's kind names the work, not its author
    return label if label not in {"PER", "MISC"} else None



def _names_a_place(doc: Doc, span: Span, rules: EntityRules) -> bool:
    """The span, without a leading article, is a place the gazetteer knows ("l'Europe", "Mayotte"), or the
    statistical NER read its first word as a place or a person."""
    words = span[1:] if len(span) > 1 and span[0].lower_ in _ARTICLES else span
    return known_place(words.text, rules) is not None or doc[words.start].ent_type_ in {"LOC", "PER"}


def _person_after_cue(span: Span, label: str, cue: Token, rules: EntityRules) -> bool:
    """A first name and a surname after a place's cue or a company's kind noun: the holder or a person of that trade
    ("le président de région Xavier Bertrand", "l'éditeur Antoine Gallimard"), not the cue's label. Other
    organization cues keep theirs ("la société Marie Laure", unless after "de": "le porte-parole de la société
    Tom Weller" names the company told before), and so does a company named with a country ("le
    fournisseur Linde Gas Algérie")."""
    if len(span) < 2 or fold(span[0].text) not in rules.first_names:
        return False
    if label == "LOC":
        return True
    named = span[1].is_alpha and span[1].is_title and not any(known_place(t.text, rules) for t in span[2:])
    # "le porte-parole de la société Tom Weller": the company already named, then its spokesman by name
    told = cue.i >= 2 and cue.doc[cue.i - 1].lower_ in {"la", "l'", "l’"} and cue.doc[cue.i - 2].lower_ == "de"
    return label == "ORG" and (cue.lower_ in rules.company_kinds or told) and named

def _ruled_organization(span: Span) -> bool:
    """The ruler spelled these words as an organization of its list ("La Montagne", "L'Humanité": titles that
    are also towns of the gazetteer): the named title wins over the town, which the ruler cannot know."""
    return all(t.ent_type_ == "ORG" and t.ent_id_ for t in span)


def _person_context(doc: Doc, i: int, rules: EntityRules) -> bool:
    """The words around token i say a person: a verb before ("a affirmé Joachim"), a cue word ("comme
    Sarah", "prénommée Inès") or an age after ("Joachim, 19 ans")."""
    nxt = doc[i + 1 : i + 4]
    if len(nxt) == 3 and nxt[0].text == "," and nxt[1].like_num and nxt[2].lower_ == "ans":
        return True
    prev = doc[i - 1] if i else None
    return prev is not None and (prev.pos_ == "VERB" or fold(prev.text) in rules.first_name_cues)


def _role_end(ent: Span, rules: EntityRules) -> int | None:
    """End of a role phrase opening the entity ("Premier ministre", "Président", "ministre de
    l'Intérieur" -> after "ministre"), or None when the entity does not open with a role."""
    i = ent.start
    while i < ent.end - 1 and ent.doc[i].pos_ in {"ADJ", "DET"}:
        i += 1  # "Premier ministre", "l'ancien ministre"
    for j in range(min(ent.end, i + 4), i, -1):
        if fold(ent.doc[i:j].text) in rules.roles:
            return j
    return None


def _is_name(tokens: Span) -> bool:
    return len(tokens) > 0 and all(t.is_title or t.is_upper or t.text in {"-", "'", "’"} for t in tokens)


def full_name_words(ents: tuple[Span, ...] | list[Span]) -> set[str]:
    """The folded words of the persons the NER names in full ("Eric Drouet" -> drouet, eric): a lone one of them is
    that person, not a body or a place."""
    return {fold(t.text) for e in ents if e.label_ == "PER" and len(e) > 1 for t in e}


def closing_tail(before: Token, tail: Token, rules: EntityRules) -> str | None:
    """The label a capitalized last word of names gives ("Trelmor Logistique", "Bordeaux Métropole", "Imperial
    College"), right after a word of the name, not after a lowercase one ("la Nuit de la Solidarité" is an event)."""
    if not tail.is_title or (before.is_lower and before.is_alpha and len(before) > 1):  # ("King'" "s" "College")
        return None
    return rules.tails.get(fold(tail.text))


def before_word(doc: Doc, ent: Span) -> str:
    return fold(doc[ent.start - 1].text) if ent.start else ""


def _demonym(span: Span, rules: EntityRules) -> bool:
    """"les Français", "un Belge"; a name that is also a country's ("Argentine", "Suisse") is a demonym
    only after an article of a person ("un Suisse", "les Suisses"), not in "l'Argentine", "en Suisse"."""
    if fold(span.text) in rules.articled and before_word(span.doc, span) in {"du", "au"}:
        return False  # "au Parisien": the newspaper, its article contracted
    if fold(span.text) not in rules.demonyms:
        # "Européennes blancs": demonyms and colours of people side by side are people too
        return len(span) > 1 and all(fold(t.text) in rules.demonyms for t in span)
    if not known_place(span.text, rules):
        return True
    before = fold(span.doc[span.start - 1].text) if span.start > 0 else ""
    return before in {"un", "une", "des", "les", "le", "ces", "deux", "trois", "nos", "aux"}
# "XXIe siècle", "IIIe République": a roman ordinal is no name
_ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|er|ème|eme)")


_OPENING_QUOTES = {"«", '"', "“"}
_CLOSING_QUOTES = {"»", '"', "”"}


_INNER_CAPITAL = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]")
_NAME_ARTICLES = {"la", "le"}  # not "l'": "l'Humanité", "l'Obs" keep theirs
_SAINT_PLACE = re.compile(r"(?:Saint|Sainte|St|Ste)-[A-ZÀ-Ý]")


_EDITION_MIN_POPULATION = 100_000  # a town too small for an edition is more likely a word ("Live", "Mondiale")


# Lowercase words an acronym skips: "Office pour la forêt et la montagne (OFM)"
_ACRONYM_SKIPS = {"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "pour", "a", "au", "aux", "en", "sur"}


@dataclass
class Cluster:
    label: str
    mentions: list[Span] = field(default_factory=list)
    name: str = ""
    site_stem: str | None = None


def _in_quotes(text: str, span: Span) -> bool:
    before = text[max(0, span.start_char - 1) : span.start_char]
    after = text[span.end_char : span.end_char + 1]
    return bool(before) and before in _QUOTE_CHARS and after in _QUOTE_CHARS


# "de l'ADISQ", "la CNIL", "du CSA": capitals after a singular determiner (or a capital one opening a sentence);
# after a plural one they are mostly common nouns ("des ADN", "aux PME")
# "l'ADE", "la TVA", "du CHU": an article (l', la, le, du, au) that opens no longer word, then capitals. The article's
# first letter is read first and what stands before it after, so the regex engine skips to the letters that can
# open a match instead of testing look-behinds at every position (the same matches as look-behinds first).
_BARE_ACRONYM = re.compile(r"[lLda](?:(?<=[lL])(?<![\w'’].)['’]|(?<=[lL])(?<![\w-].)[ae] |(?<=[da])(?<![\w-].)u )"
                           r"([A-ZÉÈ]{2,6})(?![\w'’&-])")
# Roman numerals as the press writes them after a name or an event ("Louis XIV", "l'acte XIII", "Vatican II"): I to
# XXXIX, in canonical form. Any run of I, V, X, L, C, D, M took "la CCI" and "le CDI" for numbers (round 42).
_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")


_WORD = re.compile(r"[^\W\d_]+")


def _common_definition(text: str, word: str, rules: EntityRules) -> bool:
    """The article spells the acronym out in lowercase words, a common noun: "l'économie sociale et solidaire
    (ESS)", "la déclaration des revenus annuels (DRA)", "du MO [maintien de l'ordre]"; not an institution named by
    its head noun ("direction de la sécurité de proximité ... (DSPAP)") nor a capitalized name ("Commission ... (CNDP)")."""
    if _gloss_after(text, word, rules):
        return True
    at = text.find(f"({word})")
    if at <= 0:
        at = text.find(f"[{word}]")  # an editor's bracket spells it the same way
    if at <= 0:
        return False
    words = _content_words(text[max(0, at - 160) : at])
    return _spells_common_noun(words[-len(word) :], word, rules)


_GLOSS_SKIPS = frozenset({"d", "l", "avec"})  # "d'assiettes" -> "d", "assiettes": elided articles, and "avec"


def _content_words(text: str) -> list[str]:
    """The words of a text whose initials make an acronym (hyphens cut too; small words skipped)."""
    return [w for w in _WORD.findall(text) if fold(w) not in _ACRONYM_SKIPS and fold(w) not in _GLOSS_SKIPS]


def _spells_common_noun(words: list[str], word: str, rules: EntityRules) -> bool:
    """The words' initials spell the acronym and they open in lowercase on no institution's head noun: the acronym
    is a common noun's ("économie sociale et solidaire" for ESS), not an organization's."""
    return (len(words) == len(word) and words[0].islower() and rules.heads.get(fold(words[0])) != "ORG"
            and "".join(fold(w)[0].upper() for w in words) == fold(word).upper())


_GLOSS_AFTER = r"(?<![\w-]){}\s*[(\[]([^()\[\]]{{3,80}})[)\]]"
_GLOSS_APPOSED = r"(?:\d\s+|[«“\"]\s?){}\s?[»”\"]?\s*,\s*([a-zà-ÿ][^,.;:()«»\"]{{3,80}})"


def _gloss_after(text: str, word: str, rules: EntityRules) -> bool:
    """The acronym glossed right after it in lowercase words that spell it: "du MO [maintien de l'ordre]",
    "la PMA (procréation médicalement assistée)": a common noun. A cheap find first: most acronyms have no
    bracket after them."""
    at = min((i for b in (" (", " [", "(", "[") if (i := text.find(word + b)) >= 0), default=-1)
    if at >= 0:
        m = re.compile(_GLOSS_AFTER.format(re.escape(word))).search(text, max(0, at - 1))
        if m is not None and _spells_common_noun(_content_words(m.group(1)), word, rules):
            return True
    # 'trois "VLR", des véhicules légers de reconnaissance': glossed in apposition after a comma, when the acronym is
    # counted or quoted (a thing); "la CAF, caisse d'allocations familiales" is a body spelled out
    if not any(word + b in text for b in (",", '",', "»,", " »,", "”,")):
        return False
    return any(_spells_common_noun(_content_words(m.group(1)), word, rules)
               for m in re.finditer(_GLOSS_APPOSED.format(re.escape(word)), text))


# "(La Découverte, 2016)", "(éd. du Cerf, 2017)", "(Éditions de Minuit, 2019)": a book's publisher and year in
# parentheses right after its title; the edition words are not part of the publisher's name. The parenthesis is
# read first and what stands before it after: the regex engine then skips to the parentheses of the text.
_BOOK_REFERENCE = re.compile(
    r"\((?<=[\w»”\"'’] \()(?:(?:[EÉeé]d\.|[EÉeé]ditions)\s+(?:du |des |de la |de l['’]|de |d['’])?)?"
    r"((?:(?:[Ll]a|[Ll]e|[Ll]es) |[Ll]['’])?[A-ZÀ-Ý][\w'’-]*(?: (?:[A-ZÀ-Ý][\w'’-]*|de|du|des|et|&))*),"
    r"\s*(?:1[89]|20)\d\d\)"
)


def _after_media_noun(doc: Doc, span: Span, rules: EntityRules) -> bool:
    """A medium's noun, maybe with adjectives, right before the span ("au quotidien régional Paul Dubreuil")."""
    i = span.start - 1
    while i > 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower and span.start - i <= 2:
        i -= 1
    return i >= 0 and fold(doc[i].text) in rules.media_cues
