"""Round 21's grouped matchers (pressfacts.components.ruler.AnchoredMatcher) find what one spaCy Matcher of all the
patterns finds over the same windows: the entity ruler's token patterns and the institutions' (greedy) patterns."""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher

from pressfacts.components.entities.rules import institution_patterns
from pressfacts.components.ruler import AnchoredMatcher, Anchors, _greedy, _spelled, match_windows

TEXT = (
    "Le vent souffle sur la côte depuis trois jours sans faiblir. " * 3
    + "La Haute Autorité de santé a rendu son avis au ministère de la Santé, puis la préfecture a réagi. "
    + "Le tribunal administratif de Grenoble et la chambre régionale des comptes d'Occitanie ont statué. "
    + "La police judiciaire et la brigade de répression du banditisme enquêtent rue de la Paix, place de la "
    + "République, près du palais de l'Élysée et du rond-point de la Victoire. Le site coco.fr a fermé. "
    + "Les élèves du lycée Jean-Moulin ont défilé dans le 8e arrondissement de Paris. Le Programme des Nations "
    + "unies pour le développement et la Cour de cassation ont parlé ; la société Dupont Frères SA aussi."
)


def test_ruler_groups_find_what_one_matcher_of_its_patterns_finds(nlp) -> None:
    ruler = nlp.get_pipe("pressfacts_ruler")
    doc = nlp.make_doc(TEXT)
    plain = Matcher(nlp.vocab)
    for label, patterns in ruler.token_patterns.items():
        rest = [p for p in patterns if not _spelled(p)]
        if rest:
            plain.add(label, rest)
    anchored = ruler.anchored()
    assert len(anchored.groups) > 10  # most patterns have words of their own
    want = sorted(match_windows(plain, doc, ruler.anchors))
    assert len(want) >= 5 and sorted(match_windows(anchored, doc, ruler.anchors)) == want
    assert sorted(anchored(doc)) == sorted(plain(doc))


def test_institution_groups_find_what_one_greedy_matcher_finds(nlp) -> None:
    fixer = nlp.get_pipe("pressfacts_entities")
    doc = nlp(TEXT)
    plain = Matcher(nlp.vocab)
    for label, patterns in institution_patterns(fixer.data["institutions"], fixer.data["demonyms"]).items():
        plain.add(label, patterns, greedy="LONGEST")
    want = sorted(match_windows(plain, doc, fixer.institution_anchors))
    assert len(want) >= 8
    assert sorted(match_windows(fixer.institutions, doc, fixer.institution_anchors)) == want
    assert sorted(fixer.institutions(doc)) == sorted(plain(doc))


def test_a_window_runs_only_the_groups_whose_words_it_holds() -> None:
    nlp = spacy.blank("fr")
    doc = nlp.make_doc("La mairie a parlé. " + "Le vent souffle. " * 12 + "La préfecture aussi.")
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("A", [[{"LOWER": "mairie"}], [{"LOWER": "préfecture"}]])
    anchored.add("B", [[{"LOWER": {"REGEX": "^vent$"}}]])  # no word named: run in every window
    assert len(anchored.groups) == 3
    anchors = Anchors()
    anchors.add_words(nlp.vocab.strings, "LOWER", ["mairie", "préfecture"])
    plain = Matcher(nlp.vocab)
    plain.add("A", [[{"LOWER": "mairie"}], [{"LOWER": "préfecture"}]])
    plain.add("B", [[{"LOWER": {"REGEX": "^vent$"}}]])
    found = match_windows(anchored, doc, anchors)
    assert sorted(found) == sorted(match_windows(plain, doc, anchors))
    assert {doc[s:e].text for _k, s, e in found} == {"mairie", "préfecture", "vent"}
    assert len(found) < len(plain(doc))  # the "vent" of no window is left


def test_greedy_filter_keeps_the_longest_matches_per_key_as_spacy_does() -> None:
    matches = [(1, 0, 2), (1, 1, 4), (1, 4, 5), (2, 0, 3), (1, 0, 2)]
    assert _greedy(matches, "LONGEST") == [(1, 1, 4), (1, 4, 5), (2, 0, 3)]
    assert _greedy(matches, "FIRST") == [(1, 0, 2), (1, 4, 5), (2, 0, 3)]
    nlp = spacy.blank("fr")
    doc = nlp.make_doc("la cour d' appel de Rennes")
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab, greedy="LONGEST")
    patterns = [[{"LOWER": "cour"}, {"IS_ALPHA": True, "OP": "*"}], [{"LOWER": "la"}, {"LOWER": "cour"}]]
    plain.add("ORG", patterns, greedy="LONGEST")
    anchored.add("ORG", patterns)
    assert sorted(anchored(doc)) == sorted(plain(doc))
