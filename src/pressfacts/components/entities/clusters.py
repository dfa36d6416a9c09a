"""Mentions grouped into entities, and the merges of one entity's variants (spellings, acronyms, seats)."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...extensions import doc_text
from .keys import ACRONYM, OF_WORDS, fold, known_place
from .rules import _DOMAIN, _PLACE_PREPOSITIONS, _place_key
from .shared import _ACRONYM_SKIPS, _BOOK_REFERENCE, Cluster

if TYPE_CHECKING:
    from .rules import EntityRules


def place_name(name: str, rules: EntityRules) -> str:
    """A place named after "au", "du" or "aux" lost its article: "au Mans" -> "Le Mans", "du Havre" ->
    "Le Havre", when only the name with the article is a known place. A bracket or a full stop the tokenizer left
    on the last word ("[du Canada à Paris]. On") is no part of the name."""
    name = name.rstrip("].;") if name[-1] in "].;" and "[" not in name else name
    known = known_place(name, rules)
    # "du Havre": the gazetteer knows "Havre" too, as another spelling of the same town; its name keeps the article
    articled = next((f"{art} {name}" for art in ("Le", "La", "Les")
                     if (entry := known_place(f"{art} {name}", rules)) and (not known or entry == known)), None)
    return articled or name


def _unglued(text: str) -> str:
    """"Paris]." -> "Paris": a closing bracket or a full stop the tokenizer left on a place's last word ("[du
    Canada à Paris]. On") is no part of its spelling; without it the mention joins the place's other ones."""
    return text.rstrip("].;") if text[-1] in "].;" and "[" not in text and len(text) > 2 else text


# "l'avenue des Champs-Élysées" and "les Champs-Élysées", "la salle du Point-Virgule" and "le Point-Virgule": a
# street or landmark noun (institutions.jsonl) and the name after it, which names the same place alone
_HEAD_AND_NAME = re.compile(r"(\S+) (?:des |du |de la |de l'|d')?(.+)")
# "le musée juif de Bruxelles" and "le Musée juif": a landmark's name with and without its town
_LANDMARK_OF = re.compile(r"(.+?) (?:de |du |d')(.+)")


def _place_keys(c: Cluster, rules: EntityRules) -> tuple[set[str], set[str]]:
    """A place's spellings (hyphens as spaces) and the shorter names they contain: a street's or venue's name
    without its noun, a landmark's name without its town. A short name joins only a place spelled so in full:
    "place Kléber" and "avenue Kléber" are two streets, "aéroport de Bruxelles" and "aéroport de Zaventem"
    are not merged on "aéroport"."""
    spellings, short = set(), set()
    for text in {_unglued(m.text) for m in c.mentions}:  # "Paris" twenty times is one spelling
        key = _place_key(text)
        spellings.add(key)
        if " " not in key or known_place(text, rules):
            continue  # one word, or "Val-d'Oise", "Villeneuve-d'Ascq", "Hauts-de-France": a known name is whole
        landmark = text.split(" ", 1)[0].lower() in rules.place_heads
        head = _HEAD_AND_NAME.fullmatch(key) if landmark else None
        if head and not known_place(head.group(2), rules):
            short.add(head.group(2))  # "place de l'Europe" is no alias of Europe, "rue de Lille" none of Lille
        town = _LANDMARK_OF.fullmatch(key)
        # a name of several words or a landmark noun before the town: not "Asie" in "Asie du Sud-Est"
        if town and (landmark or " " in town.group(1)) and known_place(town.group(2), rules) \
                and not known_place(town.group(1), rules):
            short.add(town.group(1))
    return spellings, short


def merge_place_variants(clusters: list[Cluster], rules: EntityRules) -> list[Cluster]:
    """One place named twice is one entity: spellings with and without hyphens, a street with and without its
    noun, a landmark with and without its town; an epithet ("le Vieux Continent", "l'Hexagone") joins the place
    it stands for when the article names it, and is dropped otherwise (a nickname is not a place of the key)."""
    out: list[Cluster] = []
    spelled: dict[str, Cluster] = {}  # a full spelling -> its place
    shortened: dict[str, Cluster] = {}  # a short name -> the place whose longer name contains it
    epithets: list[tuple[Cluster, set[str | None]]] = []
    for c in clusters:
        if c.label != "LOC":
            out.append(c)
            continue
        spellings, short = _place_keys(c, rules)
        if rules.epithets and spellings & rules.epithets.keys():
            epithets.append((c, {rules.epithets.get(k) for k in spellings}))
        into = next((spelled[k] for k in sorted(spellings | short) if k in spelled), None) \
            or next((shortened[k] for k in sorted(spellings) if k in shortened), None)
        if into is None:
            out.append(c)
            into = c
        else:
            into.mentions = sorted([*into.mentions, *c.mentions], key=lambda m: m.start)
        for k in spellings:
            spelled.setdefault(k, into)
        for k in short:
            shortened.setdefault(k, into)
    for c, targets in epithets:
        if None in targets or c not in out:
            continue  # a place named by its name too
        place = next((spelled[t] for t in sorted(targets) if t in spelled and spelled[t] is not c), None)
        if place is not None:
            place.mentions = sorted([*place.mentions, *c.mentions], key=lambda m: m.start)
        out.remove(c)
    return out


def _site_stem(text: str) -> str | None:
    m = _DOMAIN.match(text)
    return fold(m.group(1)) if m else None


def add_mentions(doc: Doc, spans: list[Span], particles: frozenset[str] = frozenset()) -> list[Span]:
    """Mentions the NER missed: the bare name of a site ("Coco", "coco" for coco.gg), later exact
    repetitions of a recognized name and a person's surname with its particle ("Lo Bianco")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    stems = {st: s.label_ for s in spans if (st := _site_stem(s.text))}
    extra: list[Span] = []
    for tok in doc if stems else ():  # most articles name no site: no need to look at every word
        if tok.i in taken:
            continue
        st = fold(tok.text)
        if st in stems and (tok.is_title or tok.is_lower or tok.is_upper):
            extra.append(Span(doc, tok.i, tok.i + 1, label=stems[st]))
            taken.add(tok.i)
    names: dict[str, str] = {}
    for s in spans:
        if s.text[:1].isupper() and len(s.text) >= 3:
            names.setdefault(s.text, s.label_)
        if s.label_ == "PER" and len(s) > 2:
            k = next((t.i for t in s[1:-1] if t.is_title and fold(t.text) in particles), None)
            if k is not None:
                names.setdefault(doc[k : s.end].text, "PER")
    text = doc_text(doc)
    # A name written once is only its own mention: it has nothing to add (and the fewer names, the cheaper the regex)
    names = {n: label for n, label in names.items() if text.count(n) > 1}
    if not names:
        return spans + extra
    for start, end, name in _name_occurrences(text, sorted(names, key=len, reverse=True)):
        span = doc.char_span(start, end, label=names[name])
        if span is not None and not any(i in taken for i in range(span.start, span.end)):
            extra.append(span)
            taken.update(range(span.start, span.end))
    return spans + extra


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what a regex's \w matches in a str


def _name_occurrences(text: str, ordered: list[str]) -> list[tuple[int, int, str]]:
    r"""The occurrences of the names that re.finditer finds with (?<![\w.-])(?:name1|name2|...)(?![\w-]): left
    to right, not overlapping, the first name of the list that fits where several start at the same place (the
    longest: "Emmanuel Macron" before "Emmanuel"). Found with str.find: the alternation of every name was a new
    regex for each article, and compiling it cost more than the search."""
    first: dict[int, int] = {}  # start -> index of the first name of the list that fits there
    for k, name in enumerate(ordered):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if at not in first and (at == 0 or not (_word_char(text[at - 1]) or text[at - 1] in ".-")) \
                    and (end == len(text) or not (_word_char(text[end]) or text[end] == "-")):
                first[at] = k
            at = text.find(name, at + 1)
    out: list[tuple[int, int, str]] = []
    for at in sorted(first):
        if not out or at >= out[-1][1]:
            name = ordered[first[at]]
            out.append((at, at + len(name), name))
    return out


# span ids set by this module, or naming a kind of place of which an article has several (roundabouts): not names
_OWN_IDS = frozenset({"institution", "place", "first_name", "metonym", "rond-point", "arrondissement", "club", "company"})


def _part_of(short: str, full: str) -> bool:
    """"philippe" or "di maio" (the surname with its particle) is part of "luigi di maio"; "luigi di" is not."""
    if short == full:
        return False
    return short in full.split() if " " not in short else full.endswith(" " + short)


_TOWN_OF = "ville de "  # folded: "la Ville de Québec", the municipality, is the town
_STREET_OF = re.compile(r"(?:avenue|boulevard|quartier|esplanade) (?:des |du )?(.+)")  # not "de X": a town's name


def cluster(doc: Doc, spans: list[Span]) -> list[Cluster]:
    """Group mentions into entities, in order of first mention."""
    spans = sorted(spans, key=lambda s: s.start)
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    by_stem: dict[str, Cluster] = {}
    # Site names known anywhere in the text, so that a "Coco" before the first "Coco.gg" joins it too.
    stems = {st for s in spans if (st := _site_stem(s.text))}

    def join(c: Cluster, s: Span) -> None:
        c.mentions.append(s)
        by_key.setdefault(fold(s.text), c)
        if s.id_ and s.id_ not in _OWN_IDS:  # a ruler pattern's id names the entity: "LREM" joins "La République en marche"
            by_key.setdefault(fold(s.id_), c)
        if s.label_ == "LOC" and fold(s.text).startswith(_TOWN_OF):
            by_key.setdefault(fold(s.text)[len(_TOWN_OF):], c)  # "la Ville de Namur" is Namur

    # Long names first so that "Philippe" can join "Philippe Coopman" whatever the order in the text.
    persons = [s for s in spans if s.label_ == "PER"]
    full_names = sorted({fold(s.text) for s in persons if len(s) > 1}, key=len, reverse=True)
    for s in spans:
        key = fold(s.text)
        stem = _site_stem(s.text) or (key if key in stems else None)
        if stem and stem in by_stem:
            join(by_stem[stem], s)
            continue
        if stem:
            c = Cluster(label="ORG", site_stem=stem)
            clusters.append(c)
            by_stem[stem] = c
            join(c, s)
            continue
        if s.label_ == "LOC" and key.startswith(_TOWN_OF) and key[len(_TOWN_OF):] in by_key:
            key = key[len(_TOWN_OF):]
        street = _STREET_OF.match(key) if s.label_ == "LOC" else None
        if street and street.group(1) in by_key and by_key[street.group(1)].label == "LOC":
            key = street.group(1)  # "l'avenue des Champs-Élysées" after "les Champs-Élysées": the same place
        if key in by_key or (s.id_ and s.id_ not in _OWN_IDS and (key := fold(s.id_)) in by_key):
            join(by_key[key], s)
            continue
        if s.label_ == "PER":
            owners = [n for n in full_names if _part_of(key, n)]
            if len(owners) == 1 and owners[0] in by_key:
                join(by_key[owners[0]], s)
                continue
        c = Cluster(label=s.label_)
        clusters.append(c)
        join(c, s)
        if s.label_ == "PER" and len(s) > 1:
            # Earlier single-name mentions of this person ("Philippe" before "Philippe Coopman").
            for other in list(clusters[:-1]):
                if other.label == "PER" and all(_part_of(fold(m.text), key) for m in other.mentions):
                    same = [n for n in full_names if _part_of(fold(other.mentions[0].text), n)]
                    if len(same) == 1:
                        for m in other.mentions:
                            c.mentions.append(m)
                            by_key[fold(m.text)] = c
                        clusters.remove(other)
    _merge_parenthesized(doc, clusters)
    _merge_initials(clusters)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
        labels = Counter(m.label_ for m in c.mentions)
        ruler = [m.label_ for m in c.mentions if m.id_]
        if any(m.id_ == "metonym" for m in c.mentions):
            ruler = ["ORG"] if "ORG" in labels else ["LOC"]  # a seat of power that acts once is the institution
        c.label = "ORG" if c.site_stem else ruler[0] if ruler else labels.most_common(1)[0][0]
        c.name = _canonical_name(c)
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def merge_bare_heads(clusters: list[Cluster], heads: dict[str, str],
                     branches: frozenset[str] = frozenset()) -> list[Cluster]:
    """"la préfecture" ... "la préfecture du Cher", "la Commission" ... "la Commission européenne": an
    organization named by its head noun alone, after the article named it, is the article's one organization whose
    name opens with that noun (with two of them, "l'Assemblée nationale" and "l'Assemblée constituante", it stays
    on its own). An acronym of a body with local `branches` ("le CPAS" ... "le CPAS de Tournai") is that branch
    either side of its full name: an article serves one town."""
    # (the NER may call the bare noun a place or a name: "note l'Observatoire", "a déclaré le Consistoire")
    bare = [c for c in clusters if c.label in {"ORG", "LOC", "MISC"} and all(len(m) == 1 for m in c.mentions)
            and (heads.get(fold(c.mentions[0].text)) == "ORG" or fold(c.mentions[0].text) in branches
                 or _first_word_name(c))]
    places = [m for o in clusters if o.label == "LOC" for m in o.mentions] if bare else []
    for c in bare:
        head = fold(c.mentions[0].text)
        fuller = [o for o in clusters if o is not c and o.label == "ORG" and len(o.mentions[0]) > 1
                  and fold(o.mentions[0][0].text) == head
                  and (o.mentions[0][1].is_lower or not _first_word_name(c) or head in heads)]
        if len(fuller) == 1 and fuller[0].mentions[0].start > c.mentions[0].start and head not in branches:
            continue  # the short form refers back to a name already given, not forward to one
        if len(fuller) == 1 and _placed_elsewhere(c, fuller[0], [p for p in places if p not in c.mentions]):
            continue  # "Sur l'île de la Réunion, … levé par la préfecture": another town's, not the one named before
        if len(fuller) == 1:
            _absorb(fuller[0], c, clusters)
    if bare:
        clusters.sort(key=lambda c: c.mentions[0].start)  # still in order of first mention
    return clusters


_SEAT_ARTICLES = {"la", "le", "l'", "l’"}


def merge_seats(clusters: list[Cluster], seats: dict[str, frozenset[str]], streets: frozenset[str] = frozenset()
                ) -> list[Cluster]:
    """"la place Beauvau accuse …" and "le ministère de l'Intérieur": a seat of power acting as the ministry the
    article names is that ministry (a seat used as a place, LOC, stays a place)."""
    # "Les Sages" the NER took for a thing: a name the data gives an institution is that institution
    for c in [c for c in clusters if c.label in {"ORG", "MISC"} and fold(c.mentions[0].text) in seats]:
        if any(m[0].lower_ in streets and (m.start == 0 or m.doc[m.start - 1].lower_ not in _SEAT_ARTICLES)
               for m in c.mentions):
            continue  # "rassemblés place Beauvau": an address, no article of an institution
        names = seats[fold(c.mentions[0].text)]
        targets = [o for o in clusters if o is not c and o.label == "ORG" and any(fold(m.text) in names for m in o.mentions)]
        if len(targets) == 1:
            targets[0].mentions = sorted([*targets[0].mentions, *c.mentions], key=lambda m: m.start)
            clusters.remove(c)
    return clusters


def _glued(text: str) -> str:
    return re.sub(r"[\s-]+", "", fold(text))


def merge_spellings(clusters: list[Cluster]) -> list[Cluster]:
    """"C-News" and "CNews", "Radio-Canada" and "Radio Canada": one organization spelled with and without a
    hyphen or a space is one entity (the text of a name, not its tokens, decides); a spelling the NER called a
    thing (MISC, "Euro-News") joins the organization spelled otherwise."""
    seen: dict[str, Cluster] = {}
    for c in sorted((c for c in clusters if c.label in {"ORG", "MISC"}), key=lambda c: c.label != "ORG"):
        keys = {_glued(m.text) for m in c.mentions}
        other = next((seen[k] for k in keys if k in seen and seen[k] is not c), None)
        if other is None:
            if c.label == "ORG":
                seen.update(dict.fromkeys(keys, c))
            continue
        other.mentions = sorted([*other.mentions, *c.mentions], key=lambda m: m.start)
        seen.update(dict.fromkeys(keys, other))
        clusters.remove(c)
    return clusters


def merge_channel_stems(clusters: list[Cluster], suffixes: frozenset[str]) -> list[Cluster]:
    """"BFM" ... "BFM-TV", "RTL" ... "RTL TVI": a broadcaster's acronym alone is the one channel of the article
    spelled with it and a channel suffix (data: channel_suffix rows); with two such channels it stays apart."""
    for c in [c for c in clusters if c.label == "ORG" and len({fold(m.text) for m in c.mentions}) == 1]:
        stem = fold(c.mentions[0].text)
        if not ACRONYM.match(c.mentions[0].text):
            continue
        channels = [o for o in clusters if o is not c and o.label == "ORG" and any(
            (parts := re.split(r"[\s-]+", fold(m.text), maxsplit=1))[0] == stem and len(parts) == 2
            and parts[1].replace(" ", "") in suffixes for m in o.mentions)]
        if len(channels) == 1:
            channels[0].mentions = sorted([*channels[0].mentions, *c.mentions], key=lambda m: m.start)
            clusters.remove(c)
    return clusters


def _words(m: Span) -> list[str]:
    return [fold(t.text) for t in m if not t.is_punct]


def _within(short: list[str], full: list[str]) -> bool:
    """The short name's words, in order, inside the full name, the same first word and only lowercase words
    added ("syndicat des infirmiers" in "syndicat autonome des infirmiers")."""
    if len(short) >= len(full) or short[0] != full[0]:
        return False
    k = 0
    for w in full:
        if k < len(short) and w == short[k]:
            k += 1
    return k == len(short)


# "le Parti populaire européen" is the Union's party, not the Spanish "Parti populaire" of the same article
_UNION_LEVEL = "europ"


def _holds(short: list[str], m: Span) -> bool:
    """Mention m is the short name with lowercase words added (any of an entity's mentions: "la Febed
    (Fédération royale belge des éditeurs)" holds "la Fédération belge des éditeurs" of the title)."""
    return _within(short, _words(m)) and all(
        (t.is_lower and not t.lower_.startswith(_UNION_LEVEL)) or t.is_punct or fold(t.text) in short for t in m)


def merge_shortened_names(clusters: list[Cluster]) -> list[Cluster]:
    """"le ministère de la Culture" ... "le ministère grec de la Culture", "la Fédération des chasseurs" ... "la
    Fédération nationale des chasseurs": an organization's name of several words written again without
    some of its lowercase words is the same organization, when exactly one longer name of the article holds it.
    A name with a capitalized word of its own ("Parti socialiste" and "Parti socialiste Européen") is no
    shortening: the longer name's added words must all be lowercase."""
    orgs = [c for c in clusters if c.label == "ORG"]
    for c in orgs:
        short = _words(c.mentions[0])
        if len(short) < 2 or c not in clusters or any(len(_words(m)) != len(short) for m in c.mentions):
            continue
        longs = [o for o in orgs if o is not c and o in clusters and any(_holds(short, m) for m in o.mentions)]
        if len(longs) == 1:
            _absorb(longs[0], c, clusters)
    return clusters


_POSSESSIVES = frozenset({"sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"})


def merge_local_names(clusters: list[Cluster]) -> list[Cluster]:
    """"la police municipale" ... "la police municipale d'Évreux", "le tribunal correctionnel de Lille" ... "le
    tribunal correctionnel": a lowercase institution of several words, written again with or without the
    complement that places it, is one organization when exactly one longer name of the article opens with all of
    its words and goes on with "de"/"du"/"d'" (not "des": "le conseil municipal des enfants de Brest"). It stays
    apart when two such names could claim it (two towns' tribunals), when a possessive makes it another owner's
    ("Marseille a armé sa propre police municipale"), or when its sentence names a place the longer name does not
    hold ("À Douai, le tribunal correctionnel", "Marseille, qui hésitait, a armé la police municipale": any place
    of the sentence, not only one after a preposition as _placed_elsewhere reads). merge_shortened_names takes
    only lowercase words added; a town's name is not one."""
    orgs = [c for c in clusters if c.label == "ORG"]
    places = [m for o in clusters if o.label == "LOC" for m in o.mentions]
    for c in orgs:
        short = _words(c.mentions[0])
        if len(short) < 2 or c not in clusters or not c.mentions[0][0].is_lower \
                or any(_words(m) != short for m in c.mentions):
            continue
        longs = [o for o in orgs if o is not c and o in clusters and any(
            len(w := _words(m)) > len(short) and w[:len(short)] == short and w[len(short)] in OF_WORDS
            for m in o.mentions)]
        if len(longs) == 1 and not _owned(c) and not _other_place_in_sentence(c, longs[0], places):
            _absorb(longs[0], c, clusters)
    return clusters


def _absorb(into: Cluster, c: Cluster, clusters: list[Cluster]) -> None:
    """c's mentions become into's, in text order; c is no entity of its own any more."""
    into.mentions = sorted([*into.mentions, *c.mentions], key=lambda m: m.start)
    clusters.remove(c)


def _owned(c: Cluster) -> bool:
    """A possessive one or two words before a mention: "sa police municipale", "leur nouvelle police municipale"."""
    return any(t.lower_ in _POSSESSIVES for m in c.mentions for t in m.doc[max(0, m.start - 2) : m.start])


def _spaced(text: str) -> str:
    """Folded words split at spaces and elisions only: "d'Évreux" holds "evreux", "Haute-Marne" no "marne"."""
    return " ".join(re.sub(r"['’]", " ", fold(text)).split())


def _other_place_in_sentence(short: Cluster, full: Cluster, places: list[Span]) -> bool:
    """A place in the sentence of one of the short mentions that no mention of the full name holds."""
    names = " " + " | ".join(_spaced(m.text) for m in full.mentions) + " "  # word-wise: "Marne" is no "Haute-Marne"
    for m in short.mentions:
        sent = m.sent
        if any(sent.start <= p.start < sent.end and f" {_spaced(p.text)} " not in names for p in places):
            return True
    return False


def _first_word_name(c: Cluster) -> bool:
    """"l'Assemblée" after "l'Assemblée régionale corse": an organization named only by one word (no acronym),
    which merge_bare_heads gives to the one longer name it opens with a lowercase word after it ("Disney" after
    "Disney Channel" is the company, not its channel)."""
    word = c.mentions[0][0]
    return c.label == "ORG" and (word.is_title or word.is_lower) and word.is_alpha \
        and all(fold(m.text) == fold(word.text) for m in c.mentions)


def _placed_elsewhere(short: Cluster, full: Cluster, places: list[Span]) -> bool:
    """A place named in the sentence of a short mention that the full name does not hold, as where things happen
    ("À Rennes, la Cour ...", "Sur l'île de Mayotte, la préfecture ...", within a few words of it); a place that
    acts is no setting ("Lisbonne enverra ses chiffres à la Commission": the Commission named before), nor one
    at the far end of a long sentence."""
    name = fold(full.mentions[0].text)
    for m in short.mentions:
        sent = m.sent
        if any(sent.start <= p.start < sent.end and fold(p.text) not in name and p.start > 0
               and p.doc[p.start - 1].lower_ in _PLACE_PREPOSITIONS
               and min(abs(p.start - m.end), abs(m.start - p.end)) <= _SETTING_REACH for p in places):
            return True
    return False


_SETTING_REACH = 8  # tokens between the place and the short mention: the same clause, not the sentence's other end


def orgs_by_definition(clusters: list[Cluster], heads: dict[str, str]) -> list[Cluster]:
    """"La Sobetra (Société belge des transports …)", "l'OFAL (Office national des fruits …)": a
    name the NER took for a thing is the organization its spelled-out form, opened by an institution's head
    noun, names; the article that opens a sentence before it is the sentence's ("La Sobetra réclame …")."""
    for c in clusters:
        if c.label != "MISC" or not any(m.label_ == "ORG" and len(m) >= 3 and heads.get(fold(m[0].text)) == "ORG"
                                        for m in c.mentions):
            continue
        c.label = "ORG"
        c.mentions = [Span(m.doc, m.start + 1, m.end, label=m.label_, span_id=m.id_)
                      if len(m) == 2 and m[0].text in {"La", "Le", "Les"} and _opens_sentence(m) else m
                      for m in c.mentions]
        c.name = _canonical_name(c)
    return clusters


def _opens_sentence(m: Span) -> bool:
    before = m.doc[m.start - 1] if m.start else None
    return before is None or m[0].is_sent_start or before.is_space or before.text in {".", "!", "?", ":", "»"}


def _canonical_name(c: Cluster) -> str:
    forms = [m.text for m in c.mentions]
    if c.site_stem:
        return next((f for f in forms if _DOMAIN.match(f)), forms[0])
    if c.label == "PER":
        return max(forms, key=lambda f: (len(f.split()), forms.count(f), -forms.index(f)))
    if c.label == "LOC" and forms[0].isupper() and len(forms[0]) > 3 and not any(ch.isdigit() for ch in forms[0]):
        # a dateline "PARIS |": the name as the text writes it elsewhere, else in title case (a road's code, "RN 113",
        # keeps its capitals)
        return next((f for f in forms if not f.isupper()), forms[0].title())
    return forms[0]


# between a name and its alias in parentheses: "IGPN (", "IGPN (la " ("l'IGPN (la police des polices)")
_PAREN_GAP = re.compile(r"\s*\(\s*(?:(?:la|le|les) |l['’])?$", re.IGNORECASE)


def _merge_parenthesized(doc: Doc, clusters: list[Cluster]) -> None:
    """"JUNALCO (Juridiction nationale ...)", "ACPE (Agir contre ...)": the name in parentheses is an alias."""
    owner = {(m.start, m.end): c for c in clusters for m in c.mentions}
    text = doc_text(doc)
    for c in list(clusters):
        for m in list(c.mentions):
            after = text[m.end_char : m.end_char + 3]
            if not after.lstrip().startswith("("):
                continue
            if _BOOK_REFERENCE.match(text, m.end_char + after.index("(")):
                continue  # "Les Oubliés du rail (La Découverte, 2016)": a title and its publisher, two names
            nxt = next(
                (o for (s, e), o in owner.items() if doc[s].idx > m.end_char
                 and _PAREN_GAP.match(text, m.end_char, doc[s].idx)),
                None,
            )
            if c in clusters and c.label in {"ORG", "MISC"}:
                _merge_former_names(doc, c, clusters, owner, m.end_char + after.index("("))
            # "ministère des Finances (XIIe arrondissement)": a place in parentheses says where, it is no alias
            if nxt is None or nxt is c or nxt not in clusters or c.label not in {"ORG", "MISC"} or nxt.label == "LOC":
                continue
            _take(c, nxt, clusters, owner)


def _merge_former_names(doc: Doc, c: Cluster, clusters: list[Cluster], owner: dict[tuple[int, int], Cluster],
                        opening: int) -> None:
    """"le Rassemblement national (RN, ex-FN)": a former name that opens an item of the parentheses at `opening`
    (after a comma or the parenthesis, not inside nested ones nor a clause) is an alias too."""
    text = doc_text(doc)
    items = _paren_items(text, opening)
    if not items:
        return
    for (s, e), o in list(owner.items()):
        if o is c or o not in clusters or o.label not in {"ORG", "MISC"} or doc[s].idx not in items:
            continue
        if fold(doc[s:e].text).startswith("ex-"):
            _take(c, o, clusters, owner)


def _take(c: Cluster, o: Cluster, clusters: list[Cluster], owner: dict[tuple[int, int], Cluster]) -> None:
    """o's mentions become c's (in the order the parentheses' merge reads them), and `owner` says so."""
    c.mentions.extend(o.mentions)
    for mm in o.mentions:
        owner[(mm.start, mm.end)] = c
    clusters.remove(o)


def _paren_items(text: str, opening: int) -> set[int]:
    """Character offsets where the items of the parentheses opened at `opening` start (after "(" or ", ", at depth
    one); empty when they do not close on the same line."""
    starts: set[int] = set()
    depth = 0
    expect = True  # an item starts at the next word
    for i in range(opening + 1, len(text)):
        ch = text[i]
        if ch == "\n":
            return set()
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return starts
            depth -= 1
        elif depth == 0 and ch == ",":
            expect = True
        elif depth == 0 and expect and not ch.isspace():
            starts.add(i)
            expect = False
    return set()


def _initials(name: str) -> str:
    """"Paris SG" -> "PSG", "Paris Saint-Germain" -> "PSG", "Rassemblement national" -> "RN": first letters of
    the words (an acronym among them gives all its letters), small words skipped; accents dropped, as acronyms
    drop them ("Établissement français du sang" -> "EFS")."""
    letters = []
    for word in re.split(r"[\s-]+", name):
        word = re.sub(r"^[ldLD]['’]", "", word)
        if not word or fold(word) in _ACRONYM_SKIPS:
            continue
        letters.append(word if ACRONYM.match(word) else word[0])
    return fold("".join(letters)).upper()


def _initials_forms(name: str, size: int) -> set[str]:
    """The name's initials, and for an acronym of three letters or more, its initials without one lowercase
    word inside it ("Agence nationale française de sécurité routière" -> "ANSR"), for names spelled out
    in full words only."""
    forms = {_initials(name)}
    words = re.split(r"[\s-]+", name)
    if size >= 3 and not any(ACRONYM.match(w) for w in words):  # "FGTB wallonne" is a branch, not the FGTB
        forms |= {_initials(" ".join(words[:k] + words[k + 1:])) for k in range(1, len(words) - 1)
                  if words[k].isalpha() and words[k].islower() and fold(words[k]) not in _ACRONYM_SKIPS}
    return forms


def _merge_initials(clusters: list[Cluster]) -> None:
    """"le PSG" ... "le Paris SG", "le RN" ... "le Rassemblement national" (no parenthesis between them): an
    organization's acronym is the same organization when exactly one other organization of the article has
    those initials. (The acronym may still be the NER's MISC: "selon l'ANSR".)"""
    orgs = [c for c in clusters if c.label == "ORG"]
    for c in [c for c in clusters if c.label in {"ORG", "MISC"}]:
        short = c.mentions[0].text
        if not ACRONYM.match(short) or "-" in short or c not in clusters:
            continue
        # "Cesdip (Centre de recherches sociologiques ...)": a name in parentheses spells out its own acronym
        # a lowercase head noun and a town name an institution by its place ("le parquet de Paris"), never by
        # initials: "la PP" (préfecture de police) is not the "parquet de Paris" ("la direction des services
        # agricoles" may well be the DSA)
        longs = [o for o in orgs if o is not c and o in clusters and len(o.mentions[0]) > 1
                 and not (o.mentions[0][0].is_lower and o.mentions[0][-1].is_title)
                 and fold(short).upper() in _initials_forms(o.mentions[0].text, len(short))
                 and not any(m.start and m.doc[m.start - 1].text == "(" for m in o.mentions)]
        if len(longs) == 1:
            longs[0].mentions.extend(c.mentions)
            clusters.remove(c)
