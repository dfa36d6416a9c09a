"""Quotations and quoted labels that must stay with no speaker (titles, slogans, labels, nobody named)."""

from __future__ import annotations

import pytest

from quote_probes import check_spk26_probe
from quoting import quoted


@pytest.mark.parametrize(
    "text",
    [
        # No speech verb in the sentence: a narrative's label, nobody's words.
        "Le romancier Luc Vidal noie son ennui « au cinéma » tous les soirs.",
        "Le peintre Yves Morin passe ses dimanches « à la campagne » depuis l'été.",
    ],
)
def test_words_after_a_noun_in_a_narrative_stay_labels(nlp, text):
    assert all(sp is None for sp in quoted(nlp, text).values())


def test_de_and_one_noun_after_a_noun_stays_a_label(nlp):
    text = ("La préfecture a précisé, interrogée sur le sort de ces primes « d'activité » annoncées en mai, que le "
            "dossier restait ouvert.")
    assert all(sp is None for sp in quoted(nlp, text).values())


def test_wording_noun_with_nobody_named_stays_unknown(nlp):
    # "ces mots" with no name after it: nobody is named for the words.
    text = "Le tract s'achevait sur ces mots : « Nous ne lâcherons rien »."
    assert quoted(nlp, text) == {"Nous ne lâcherons rien": None}


def test_same_words_inside_a_sentence_keep_their_own_speaker(nlp):
    # The very same words read on placards, then said by someone: the placards stay unattributed.
    doc = nlp("Sur les pancartes des manifestants, on pouvait lire « nous voulons vivre dignement de notre travail ». "
              "Plus tard, le délégué Marc Dorval a repris la formule au micro : « nous voulons vivre dignement de notre "
              "travail », a-t-il lancé.")
    names = {e["id"]: e["name"] for e in doc._.entities}
    assert [names.get(q["speaker"]) for q in doc._.quotes] == [None, "Marc Dorval"]


@pytest.mark.parametrize(
    "text",
    [
        # A capitalised name or a noun after the plan noun is its title: no quotation.
        "La maire Sophie Lenoir a lancé lundi l'opération « Ville propre » dans trois quartiers.",
        "Le ministre Hugo Delmas a présenté le plan « vélo » devant les élus de la région.",
    ],
)
def test_plan_titles_stay_labels(nlp, text):
    assert quoted(nlp, text) == {}


def test_slogan_under_an_organization_subject_is_nobodys(nlp):
    # A capitalised verbless slogan is a label the newspaper reports, not the newspaper's own statement.
    text = ("Le quotidien Le Berry républicain a consacré, lundi, une page entière à ce rassemblement placé sous le "
            "signe « Vérité pour Karim L. ».")
    assert quoted(nlp, text).get("Vérité pour Karim L.") is None


# Probes of round 13 (tests/probes/spk26.jsonl, sentences written for these tests), the classes fixed that round.
@pytest.mark.parametrize("pid", [
    # "des manifestants qui scandaient « … »": an unnamed antecedent, not the person named before.
    "neg03", "neg14", "neg15",
])
def test_probe_speaker(nlp, pid):
    check_spk26_probe(nlp, pid)


@pytest.mark.parametrize(
    "text",
    [
        # The agent after the quotation is a common noun ("le parquet", "les enquêteurs") and the person named after
        # its comma is the victim, the subject of what follows: nobody speaks (round 13's agent rule gave it to him).
        "Au printemps, lors d'une rixe jugée « à caractère antisémite » par le parquet, Marc Dubois, étudiant en "
        "droit, avait été frappé à Créteil.",
        'Il y a deux ans, au cours d\'une bagarre jugée "homophobe" par les enquêteurs, Luc Perrin, serveur à Nantes, '
        "avait perdu un œil.",
    ],
)
def test_agent_that_is_a_common_noun_gives_no_speaker(nlp, text):
    assert all(sp is None for sp in quoted(nlp, text).values())
