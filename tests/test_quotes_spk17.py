"""Quote speakers (round 8, spk17): a speech verb the parser gives a second, fronted subject; a name opening its
paragraph that the parser glued to the sentence before; sentences written for these tests."""

from __future__ import annotations

import pytest

from quoting import quoted


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A noun phrase fronted before the subject ("La voix brisée, …") taken for a second subject of the verb.
        ("La voix brisée, et très entouré, Bertrand Lacombe a affirmé qu'il « n'avait jamais envisagé une telle "
         "issue pour son club ».",
         {"n'avait jamais envisagé une telle issue pour son club": "Bertrand Lacombe"}),
        ("Le regard grave, et visiblement ému, Jacques Morvan a déclaré qu'il « ne briguerait pas de nouveau mandat ».",
         {"ne briguerait pas de nouveau mandat": "Jacques Morvan"}),
        ("Les mains dans les poches, et souriant, Luc Perrin a expliqué qu'il \"ne regrettait rien de cette campagne\".",
         {"ne regrettait rien de cette campagne": "Luc Perrin"}),
    ],
)
def test_fronted_phrase_is_not_the_speaker(nlp, text, want):
    assert quoted(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # The paragraph before ends with a quotation; the parser hangs "M. X" on its verb, and the name inside the
        # relative clause ("du président … Y") must not take the later "a-t-il".
        ("Le maire Paul Vasseur a défendu son bilan. \"Il n'y a aucun lien entre ces critiques et ma décision. Ce que "
         "j'ai voulu dire, c'est que le travail continue\", a insisté celui qui s'est réclamé à plusieurs reprises de "
         "\"la vieille école\".\n\nM. Vasseur, qui a dû \"trancher en une nuit\" après la proposition de président du "
         "conseil régional Olivier Damien, a avancé \"trois motifs\" pour justifier son choix : la volonté \"de finir les "
         "chantiers engagés\" et \"le besoin de stabilité. Les habitants attendent des résultats\", a-t-il lancé.",
         "de finir les chantiers engagés", "Paul Vasseur"),
        ("Le député Jean Féraud a critiqué le texte. \"Ce projet ne répond à rien. Ce que nous voulons, c'est une vraie "
         "réforme\", a lancé celui qui se revendique de \"la gauche sociale\".\n\nM. Féraud, qui a voté contre après "
         "l'intervention du rapporteur Thomas Lenoir, a donné \"deux raisons\" à son refus : la crainte \"d'une hausse "
         "des prix\" et \"le manque de concertation. Personne ne nous a écoutés\", a-t-il ajouté.",
         "le manque de concertation. Personne ne nous a écoutés", "Jean Féraud"),
    ],
)
def test_paragraph_opening_name_is_the_subject_a_pronoun_points_to(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A wording noun + "de" + name right before the colon: the named one's words, not the subject's who cites them.
        ("Le débat s'est conclu sur ces mots de la sénatrice Anne Vidal : « Nous ne voterons jamais ce texte en l'état ».",
         {"Nous ne voterons jamais ce texte en l'état": "Anne Vidal"}),
        ("Il faut relire les propos de l'économiste Paul Girard : « La croissance ne reviendra pas sans investissement "
         "public ».",
         {"La croissance ne reviendra pas sans investissement public": "Paul Girard"}),
        ("Le maire cite souvent cette phrase de Victor Hugo : « Ouvrez une école, vous fermerez une prison ».",
         {"Ouvrez une école, vous fermerez une prison": "Victor Hugo"}),
    ],
)
def test_wording_noun_before_colon_names_the_speaker(nlp, text, want):
    assert quoted(nlp, text) == want


def test_wording_noun_with_nobody_named_stays_unknown(nlp):
    # "ces mots" with no name after it: nobody is named for the words.
    text = "Le tract s'achevait sur ces mots : « Nous ne lâcherons rien »."
    assert quoted(nlp, text) == {"Nous ne lâcherons rien": None}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A demonstrative with a supporter's noun describes anew the person just named.
        ("Le député Paul Roux a voté contre le texte. Ce fidèle de la première heure a déclaré : « Je ne suis pas un "
         "godillot ».",
         {"Je ne suis pas un godillot": "Paul Roux"}),
        ("Yves Carnot, conseiller du ministre, quitte son poste. Agé de 52 ans, ce soutien de longue date a indiqué en "
         "avoir informé le ministre \"depuis plusieurs semaines\".",
         {"depuis plusieurs semaines": "Yves Carnot"}),
        ("La sénatrice Claire Dumas a quitté le parti. Cette alliée de longue date du maire a affirmé : « Je garde mon "
         "indépendance ».",
         {"Je garde mon indépendance": "Claire Dumas"}),
        # The same noun with an indefinite article is someone unnamed.
        ("Un fidèle du maire a confié : « Il ne se représentera pas ».", {"Il ne se représentera pas": None}),
    ],
)
def test_demonstrative_supporter_noun_is_the_person_just_named(nlp, text, want):
    assert quoted(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The cited author speaks the citation; the quotation after it carries on with the one who cites.
        ("Le ministre Paul Lenoir a défendu la liberté de la presse, reprenant à son compte la formule de Voltaire : "
         "« Je ne suis pas d'accord avec ce que vous dites ».\n\n« Ce principe vaut pour tous les journalistes, de "
         "droite comme de gauche. Je ne ferai aucune exception. »",
         {"Je ne suis pas d'accord avec ce que vous dites": "Voltaire",
          "Ce principe vaut pour tous les journalistes, de droite comme de gauche. Je ne ferai aucune exception.":
              "Paul Lenoir"}),
        ("La maire Sophie Arnal cite volontiers ces mots de Jean Jaurès : « Le courage, c'est de chercher la vérité et "
         "de la dire ». « C'est ma ligne depuis le premier jour », ajoute-t-elle.",
         {"Le courage, c'est de chercher la vérité et de la dire": "Jean Jaurès",
          "C'est ma ligne depuis le premier jour": "Sophie Arnal"}),
    ],
)
def test_citation_is_not_carried_on(nlp, text, want):
    assert quoted(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A sentence with no finite verb and nobody named goes on with the sentence before it.
        ("Le médecin Paul Arnaud conseille d'organiser les tâches autrement. Faire des pauses courtes, \"qui ne "
         "remplacent pas le sommeil mais aident à rester attentif\". Et boire beaucoup d'eau.",
         {"qui ne remplacent pas le sommeil mais aident à rester attentif": "Paul Arnaud"}),
        ("La coach Julie Martin recommande de courir lentement au début. Puis des sorties plus longues, « qui habituent "
         "le corps à l'effort sans le blesser ».",
         {"qui habituent le corps à l'effort sans le blesser": "Julie Martin"}),
        # A capitalised name in such a sentence is no one's words.
        ("La syndicaliste Anne Roy a lancé un appel à la grève. D'où l'idée des « Jeudis de la colère sociale », des "
         "actions organisées localement.",
         {"Jeudis de la colère sociale": None}),
    ],
)
def test_verbless_fragment_goes_on_with_the_sentence_before(nlp, text, want):
    got = quoted(nlp, text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "title_quote", "want"),
    [
        # A title condensing the body's quotation (a few words left out) is that speaker's.
        ("Réforme : « Quand on ferme une école, on abandonne le village »\n\nLa maire Sophie Arnal a réagi mardi. "
         "« Je le répète : quand on ferme une école, on appauvrit et on abandonne le village », a-t-elle déclaré.",
         "Quand on ferme une école, on abandonne le village", "Sophie Arnal"),
        ("Budget : « Nous ne signerons pas ce texte injuste »\n\nLe syndicaliste Marc Dorval a quitté la réunion. "
         "« Nous ne signerons pas ce texte profondément injuste pour les salariés », a-t-il expliqué.",
         "Nous ne signerons pas ce texte injuste", "Marc Dorval"),
    ],
)
def test_condensed_title_quote_takes_the_body_speaker(nlp, text, title_quote, want):
    assert quoted(nlp, text).get(title_quote) == want


def test_same_words_inside_a_sentence_keep_their_own_speaker(nlp):
    # The very same words read on placards, then said by someone: the placards stay unattributed.
    doc = nlp("Sur les pancartes des manifestants, on pouvait lire « nous voulons vivre dignement de notre travail ». "
              "Plus tard, le délégué Marc Dorval a repris la formule au micro : « nous voulons vivre dignement de notre "
              "travail », a-t-il lancé.")
    names = {e["id"]: e["name"] for e in doc._.entities}
    assert [names.get(q["speaker"]) for q in doc._.quotes] == [None, "Marc Dorval"]
