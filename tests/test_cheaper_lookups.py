"""The cheaper look-ups of round 17 find what the scans they replace found: word positions per doc, the institution
matcher's narrower windows, the later mentions of a name, the words of a stretch outside quotations."""

from __future__ import annotations

import random
import re

import spacy

from pressfacts.extensions import forget_token_starts, tokens_with


def test_tokens_with_a_word_list_are_those_a_scan_of_every_word_finds() -> None:
    nlp = spacy.blank("fr")
    doc = nlp.make_doc("Le collectif des riverains et le Collectif Vélo ont écrit au président du collectif régional.")
    for words in (frozenset({"collectif"}), frozenset({"président", "riverains", "vélo"}), frozenset({"absent"}),
                  frozenset(w.lower_ for w in doc)):  # a list larger than the doc's words: looked up the other way
        want = [t.i for t in doc if t.lower_ in words]
        assert tokens_with(doc, words) == want


def test_tokens_with_a_word_list_are_read_again_after_a_retokenization() -> None:
    nlp = spacy.blank("fr")
    doc = nlp.make_doc("Le match Lens-Lille a eu lieu à Lille.")
    before = tokens_with(doc, frozenset({"lille"}))
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    forget_token_starts(doc)
    assert tokens_with(doc, frozenset({"lille"})) == [t.i for t in doc if t.lower_ == "lille"] != before
    assert tokens_with(nlp.make_doc(""), frozenset({"lille"})) == [] and tokens_with(doc, frozenset()) == []


def test_institution_windows_from_one_token_before_a_head_find_what_a_full_scan_finds(nlp) -> None:
    from pressfacts.components.ruler import match_windows

    fixer = nlp.get_pipe("pressfacts_entities")
    assert fixer.institution_anchors.before == 1
    text = ("Le vent souffle sur la côte depuis trois jours sans faiblir. " * 3
            + "La Haute Autorité de santé a rendu son avis au ministère de la Santé, puis la préfecture a réagi. "
            + "Le tribunal administratif de Grenoble et la chambre régionale des comptes d'Occitanie ont statué. "
            + "Les élèves du lycée Jean-Moulin ont défilé place de la République. ")
    doc = nlp(text)
    full = sorted(fixer.institutions(doc))
    assert full and sorted(match_windows(fixer.institutions, doc, fixer.institution_anchors)) == full
    assert fixer.institution_anchors.windows(doc)[0][0] > 0


def _alternation(text: str, ordered: list[str]) -> list[tuple[int, int, str]]:
    alternatives = "|".join(re.escape(n) for n in ordered)
    return [(m.start(), m.end(), m.group()) for m in re.finditer(rf"(?<![\w.-])(?:{alternatives})(?![\w-])", text)]


def test_later_mentions_are_the_occurrences_the_regex_alternation_finds() -> None:
    from pressfacts.components.entities.clusters import _name_occurrences

    text = ("Emmanuel Macron a reçu Emmanuel. Macron-Le Pen, M. Macron, www.Macron.fr, Macron_2, Macron2, "
            "Jean-Emmanuel, Emmanuel Macronie, Emmanuel Macron.")
    for names in (["Emmanuel Macron", "Emmanuel", "Macron"], ["Macron", "Emmanuel Macron"], ["Emmanuel"]):
        ordered = sorted(names, key=len, reverse=True)
        assert _name_occurrences(text, ordered) == _alternation(text, ordered)
    rng = random.Random(17)
    alphabet = "ab.-_ é1\nA²"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        names = list(dict.fromkeys("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
                                   for _ in range(rng.randint(1, 4))))
        ordered = sorted(names, key=len, reverse=True)
        assert _name_occurrences(text, ordered) == _alternation(text, ordered), (text, ordered)


def test_words_outside_quotations_are_those_in_quote_leaves(nlp) -> None:
    from pressfacts.components.quotes.finder import SpeakerFinder
    from pressfacts.components.quotes.quotations import Quote, _outer, find_quotations

    text = ("« Nous irons jusqu'au bout », a lancé Paule Garnier, avant d'ajouter que la « réforme » serait votée. "
            "Selon le syndicat, « rien n'est joué ». Le préfet a parlé de « provocation » et de « désordre ».")
    doc = nlp(text)
    quotes = [Quote(s, e, *_outer(text, s, e)) for s, e in find_quotations(text)]
    lex = nlp.get_pipe("pressfacts_quotes").lexicon
    finder = SpeakerFinder(doc, lex, quotes)
    for start, end in ((0, len(text)), (0, 40), (20, 140), (quotes[1].outer_start, len(text))):
        want = [t for t in finder.tokens(start, end) if not finder.in_quote(t.idx)]
        got = finder.outside(start, end)
        assert [t.i for t in got] == [t.i for t in want]
        got.pop()  # a caller may cut its list: the next one asking gets the whole stretch
        assert [t.i for t in finder.outside(start, end)] == [t.i for t in want]


def test_patterns_that_spell_their_trigger_word_find_around_it_what_they_find_around_every_trigger() -> None:
    import copy

    from pressfacts.components.dates import finding

    rules = finding.default_rules()
    spelled = finding._spelled_triggers(rules.vocab)
    assert all(rules.triggers.get(kind) == name for kind, (name, _words) in spelled.items())
    everywhere = copy.copy(rules)  # the same patterns, those five run around all trigger words as before
    everywhere.triggers = {k: v for k, v in rules.triggers.items() if k not in spelled}
    texts = [
        "Les syndicats reviendront en fin de semaine, puis dans le courant de la semaine prochaine. Lundi, rien.",
        "L'an dernier, le club a fini deuxième ; fin d'année prochaine, il vise mieux. Cette année 2019 sera dure.",
        "D'ici la fin de l'année, au début du mois prochain et jusqu'à la fin du mois, les prix monteront de 3 %.",
        "Le 14-juillet et la Saint-Sylvestre, comme le jour de l'An, la police sera là. LE NOUVEL AN aussi, mardi.",
        "La Fête de la semaine des mois de l'année : un an, deux ans, trois semaines, le mois-ci, l'année-lumière.",
    ]
    for text in texts:
        assert finding.find_date_expressions(text, rules) == finding.find_date_expressions(text, everywhere)
