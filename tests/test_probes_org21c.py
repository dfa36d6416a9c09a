"""Round 21 probes (org21c): organizations in running text rather than first mentions. Sentences written for
these tests in press style: inside a person's role phrase, named again by acronym or short form, at the start of a
sentence, in lists, after prepositions, in headlines and quotes, media as sources, spelling variants, and the
groups and common nouns that are no organization. A name the ruler knows run on by a proper noun is a longer
name ("BNP Paribas Fortis"); a person, a weekday or a place after it is not. The whole probe file is
tests/probes/org21c.jsonl."""

import pytest

from probe_checks import assert_organizations_are_the_key, labels, probe_params

# Headlines with no final stop (family headline_open): the parser opens a sentence inside a noun phrase ("avec
# l'italien Eni", "chez le belge Solvay"); noise._opens_sentence does not count a start right after a word of the same
# line, so the sentence-opening filter keeps the name. Near-misses: a start after a full stop or a blank line.
# "Les comptes de la Sécu": the Sécurité sociale is an institution, but the dev key lists neither "Sécu" nor
# "Sécurité sociale" in an article about its accounts; left to the lead (see the round's report).
KNOWN_FAILURES = {"orgc17"}


@pytest.mark.parametrize("probe", probe_params("org21c", dict.fromkeys(KNOWN_FAILURES, "see the comment above KNOWN_FAILURES")))
def test_probe_organizations_are_exactly_the_key(probe):
    assert_organizations_are_the_key(probe)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Les salariés de la BNP Paribas Fortis ont débrayé à Bruxelles.", {"BNP Paribas Fortis"}),
        ("Le patron de la SNCF Guillaume Pepy a quitté ses fonctions.", {"SNCF"}),
        ("Chez Renault Vendredi, les salariés ont débrayé.", {"Renault"}),
        ("La CGT-FO appelle à manifester, comme la FSU.", {"CGT-FO", "FSU"}),
        ("La CGT et FO appellent à la grève.", {"CGT", "FO"}),
        ("La Croix-Rouge de Lyon a ouvert un centre d'accueil.", {"Croix-Rouge"}),
    ],
)
def test_a_known_name_runs_on_only_over_a_proper_noun(text, names):
    assert {n for n, label in labels(text).items() if label == "ORG"} == names
