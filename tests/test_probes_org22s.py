"""Round 22 probes (org22s): sports reports name clubs by their town ("Metz reçoit Nancy", "deux points de retard
sur Brest", "Entre Metz et Nancy, le derby …", "Châteauroux n'a marqué que dix-huit buts"): those towns are
organizations; with near misses where a town stays a place (an election's "victoire", a city's ranking, a dateline,
a venue that is also a team). Written before the pipeline was run on them; first pass 11 of 31."""

import pytest

from probe_checks import assert_organizations_are_the_key, probe_params

# Still wrong: reports too short to read as sports reports (one sports word: dt02, dt07, st04); "Nancy reste sur
# trois défaites" (sb01: "défaites" also tells elections, so it does not make a subject a team); a subject the parser
# hangs elsewhere before a verb it tags as a noun (sb02 "Brest compte"); a town the NER does not tag after
# "L'attaquant de" (cn01). (co02, a list opening the sentence, passes since round 27.)
KNOWN_MISSES = {"dt02", "dt07", "st04", "sb01", "sb02", "cn01"}


@pytest.mark.parametrize("probe", probe_params("org22s", dict.fromkeys(KNOWN_MISSES, "see the comment above KNOWN_MISSES")))
def test_probe_organizations_are_exactly_the_key(probe):
    assert_organizations_are_the_key(probe)
