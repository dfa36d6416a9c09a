"""Round 23 probes (org23b): organizations as the coverage of the 2018-2019 protests (Gilets jaunes, the Algerian
Hirak, Québec politics) names them: parties with their labels in parentheses, unions and employers' bodies, police
units, prefectures and ministries, courts, media and pollsters cited as sources, companies hit by blockades, the
movement's associations and collectives, international bodies, names in capitals or with odd punctuation; a quarter
near-misses (the "gilets jaunes", officers, the government and the State, demonyms, events, laws, places). Written by a
helper; 83 of 100 on the code the round started from. Fixed this round: "le mouvement Mouwatana" (a kind noun, then
the one word the NER took for a person), "le parti de Soufiane Djilali" (the owner, a person, no organization), "le
groupe socialiste" (a parliamentary group by its party's adjective)."""

import pytest

from probe_checks import assert_organizations_are_the_key, probe_params

KNOWN_MISSES = {
    "b23u05": "a one-word union name that is also a common word ('Alliance') as a subject",
    "b23o02": "a nickname ('la police des polices') not joined to the acronym it stands for",
    "b23c04": "a court with an Algerian place of several words ('Bab El Oued') after 'de'",
    "b23s03": "a pollster whose name is a common word ('Léger') after 'coup de sonde'",
    "b23k03": "a long name ending in 'et de la distribution' cut short",
    "b23a01": "an association named like the movement ('Les Gilets citoyens') dropped with it",
    "b23a05": "a collective named in quotation marks, subject of the clause",
    "b23x03": "an acronym written with dots ('A.F.P.') taken for a person",
    "b23n01": "an event in quotation marks ('assemblée des assemblées') taken for a body",
    "b23n17": "a prefecture building that burnt, taken for the institution",
}


@pytest.mark.parametrize("probe", probe_params("org23b", KNOWN_MISSES))
def test_probe_organizations_are_exactly_the_key(probe):
    assert_organizations_are_the_key(probe)
