"""Round 21 probes (org21fr): France's organizations as the French press writes them, in sentences written for
these tests before the pipeline was run on them: lowercase institutions named by head noun and complement, ministries
and state bodies, acronyms alone or beside their expansion, parties, unions, associations, companies and clubs named
by kind and name, and their near misses (a seat approached or a crowd evacuated before an assembly is the place, a
trade fair is an event, "l'ordre des priorités" is no body). The whole probe file is tests/probes/org21fr.jsonl;
the sentences the pipeline still gets wrong (see the round's report) are expected to fail and are marked so."""

import pytest

from probe_checks import assert_organizations_are_the_key, labels, probe_params

# Still wrong, left alone this round: a caisse's adjective and complement cut by the "Assurance maladie" name (lci17),
# a coordinated court lost beside a ministry the NER ran into (st19), a lit-up Élysée taken as acting (stn01, fxn10
# passes), a start-up's name after a demonym (nk23), a car model (neg03). A quoted nickname in apposition (ac10)
# passes since round 43 (a description apposed to the name that opens the sentence is no second organization).
KNOWN_MISSES = {"lci17", "st19", "stn01", "nk23", "neg03"}


@pytest.mark.parametrize("probe", probe_params("org21fr", dict.fromkeys(KNOWN_MISSES, "see the comment above KNOWN_MISSES")))
def test_probe_organizations_are_exactly_the_key(probe):
    assert_organizations_are_the_key(probe)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Des manifestants ont tenté de s'approcher de Matignon en début de soirée.", "Matignon", "LOC"),
        ("Les gilets jaunes ont été empêchés d'approcher l'Élysée samedi.", "Élysée", "LOC"),
        ("Une centaine de manifestants ont été évacués devant l'Assemblée nationale.", "Assemblée nationale", "LOC"),
        ("Le ministre a été interpellé devant l'Assemblée nationale.", "Assemblée nationale", "ORG"),
        ("Le Salon de l'agriculture ouvre ses portes samedi.", "Salon de l'agriculture", "MISC"),
        ("Le maire de Salon-de-Provence a porté plainte.", "Salon-de-Provence", "LOC"),
        ("L'ordre des médecins a suspendu le praticien.", "ordre des médecins", "ORG"),
        ("Le groupe Fnac Darty a publié ses résultats.", "groupe Fnac Darty", "ORG"),
        ("Le Paris Saint-Germain a perdu à domicile.", "Paris Saint-Germain", "ORG"),
    ],
)
def test_the_fixed_classes_and_their_near_misses(text, name, label):
    assert labels(text).get(name) == label


def test_an_order_of_things_is_no_body():
    assert not [n for n, lab in labels("Dans l'ordre des priorités, l'emploi vient en tête.").items() if lab == "ORG"]
