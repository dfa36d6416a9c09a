"""Quote speakers around impersonal reading cues, demonstrative subjects, pronoun clauses that introduce the next
quotation and pronouns after an unnamed role holder, on sentences written for these tests."""

from __future__ import annotations

import pytest

from quoting import quoted


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # "pouvait-on lire sur une pancarte": read by an impersonal "on", nobody speaks (not the previous speaker).
        ("« Nous resterons ici tout l'hiver », a prévenu Julien Marchetti devant la mairie. « Les taxes, ça suffit "
         "maintenant pour nous tous », pouvait-on lire sur une pancarte accrochée au portail.",
         "Les taxes, ça suffit maintenant pour nous tous"),
        ("« Il faut rouvrir la gare de la vallée », répète Odile Ferrand depuis des mois. « La vallée ne veut pas "
         "mourir en silence », lit-on sur la page de son collectif.",
         "La vallée ne veut pas mourir en silence"),
        ("Le maire Bastien Roux a reçu les commerçants lundi. « Rendez-nous nos places de parking au centre », "
         "peut-on lire sur la banderole déployée devant l'hôtel de ville.",
         "Rendez-nous nos places de parking au centre"),
    ],
)
def test_read_on_names_nobody(nlp, text, quote):
    got = quoted(nlp, text)
    assert quote in got
    assert got[quote] is None


def test_read_on_first_person_keeps_the_author(nlp):
    # Words in the first person singular read in a document are its author's, named just before.
    text = ("Le photographe Bruno Lagarde a porté plainte mardi. « Trois hommes m'ont frappé dans le dos sans raison », "
            "peut-on lire dans le procès-verbal de son audition.")
    assert quoted(nlp, text)["Trois hommes m'ont frappé dans le dos sans raison"] == "Bruno Lagarde"


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # "dit celle qui est aussi maire": the demonstrative with its relative is the inverted subject (the person
        # the sentence before named), whatever arc the parser drew; a name right after it still wins.
        ("Le président du groupe centriste, Hervé Castagne, s'inquiète de la fermeture des bureaux de poste.\n"
         "Les communes de montagne refusent d’être vues comme « d'éternelles quémandeuses » face aux métropoles, "
         "dit celui qui est aussi maire de Barèges, dans les Pyrénées.", "d'éternelles quémandeuses", "Hervé Castagne"),
        ("La sénatrice Odile Carrat reproche au gouvernement son silence. Les écoles rurales sont lasses d’être "
         "traitées comme « des classes de seconde zone » par le rectorat, dit celle qui fut longtemps institutrice "
         "dans le Cantal.", "des classes de seconde zone", "Odile Carrat"),
        ("Les éleveurs refusent d’être décrits comme « des assistés permanents » par les experts de Bruxelles, "
         "dit celui qui est aussi sénateur de la Creuse, Martin Boulard.",
         "des assistés permanents", "Martin Boulard"),
    ],
)
def test_demonstrative_with_relative(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "first", "second", "want"),
    [
        # "« … non. » Il a ajouté : « … »": the pronoun sentence introduces the next quotation; the first one is the
        # words the sentence before introduced.
        ("Le sénateur Luc Berthier a quitté la séance. La commission des finances a dénoncé sa « grave provocation ». "
         "Le sénateur avait d’ailleurs dit en janvier : « Le budget ne tient pas debout. Les chiffres sont faux. » Il a "
         "ajouté : « Je ne voterai jamais ce texte en l'état. »",
         "Le budget ne tient pas debout. Les chiffres sont faux.",
         "Je ne voterai jamais ce texte en l'état.", "Luc Berthier"),
        ("La directrice de l'hôpital, Sophie Garnier, a rencontré les syndicats. Elle avait prévenu la veille : « Nous "
         "manquons de lits, pas de volonté. » Elle a poursuivi : « Il nous faut vingt infirmières de plus avant "
         "l'été. »",
         "Nous manquons de lits, pas de volonté.",
         "Il nous faut vingt infirmières de plus avant l'été.", "Sophie Garnier"),
    ],
)
def test_pronoun_clause_introduces_next_quote(nlp, text, first, second, want):
    got = quoted(nlp, text)
    assert got[first] == want
    assert got[second] == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # A definite role noun no named person holds, subject of the sentence before: "il" is that unnamed holder,
        # not the person named as an object.
        ("La ministre Hélène Morvan a annoncé un plan pour les ports. Du côté espagnol, le ministre des Transports "
         "a proposé de recevoir le président Albert Duroc avant l'été. « Je ne cherche aucune querelle avec "
         "nos voisins », a-t-il déclaré.",
         "Je ne cherche aucune querelle avec nos voisins"),
        ("Le maire Gérard Tissot a inauguré la nouvelle salle. Le soir même, la présidente de l'association des "
         "riverains a écrit au préfet Marc Lenoir pour protester. « Personne ne nous a consultés », a-t-elle regretté.",
         "Personne ne nous a consultés"),
    ],
)
def test_pronoun_after_unnamed_role_holder(nlp, text, quote):
    got = quoted(nlp, text)
    assert quote in got
    assert got[quote] is None


def test_role_noun_after_named_subject_keeps_the_person(nlp):
    # "Le leader du parti" right after a sentence whose subject is the named person describes that person.
    text = ("Marc Delaunay a dénoncé samedi la fermeture de la maternité. Le chef du parti régionaliste a annoncé "
            "qu'il irait voir le préfet lundi. « Ils m'ont enfin répondu, je leur dirai ce que je pense », a-t-il "
            "affirmé.")
    assert quoted(nlp, text)["Ils m'ont enfin répondu, je leur dirai ce que je pense"] == "Marc Delaunay"


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # "Et de + infinitive" goes on with the speaker of the quotation just before.
        ("« Nous ne céderons pas sur les horaires », a prévenu la syndicaliste Martine Chabert. Et de dénoncer au "
         "passage le « mépris affiché » de la direction.", "mépris affiché", "Martine Chabert"),
        ("« La ligne sera rouverte en mai », a assuré le préfet Olivier Baudin. Et d'en appeler « à la patience des "
         "usagers » pendant les travaux.", "à la patience des usagers", "Olivier Baudin"),
    ],
)
def test_narrative_infinitive_goes_on(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # "Et X de + infinitive :" names its own speaker: a name, an organization or a role noun introduced before.
        ("Les élus ont débattu deux heures. Et Bernard Costes de trancher : « Le projet sera soumis au vote en "
         "mars. »", "Le projet sera soumis au vote en mars.", "Bernard Costes"),
        ("Le rapport a été remis mardi. Et la CFDT de réagir : « Ces propositions vont dans le bon sens, il faut "
         "aller vite. »", "Ces propositions vont dans le bon sens, il faut aller vite.", "CFDT"),
        ("Le ministre de l'Économie, Bruno Le Maire, était à Bercy. Et le ministre de prévenir : « Il n'y aura pas "
         "de hausse d'impôts cette année. »", "Il n'y aura pas de hausse d'impôts cette année.", "Bruno Le Maire"),
        # Not the speaker of the quotation before when the subject names nobody.
        ("« Nous serons là samedi », promet Karine Vial. Et les grévistes d'entonner : « Tous ensemble, tous "
         "ensemble, ouais ! »", "Tous ensemble, tous ensemble, ouais !", None),
    ],
)
def test_narrative_infinitive_with_its_own_subject(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


def test_narrative_infinitive_after_unnamed_stays_unknown(nlp):
    # The quotation before has no named speaker: nobody is guessed.
    text = ("« On nous a oubliés depuis des années », lance un retraité devant la mairie. Et de réclamer « un vrai "
            "service de bus » pour les villages.")
    assert quoted(nlp, text).get("un vrai service de bus") is None


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # A few quoted words alone on their line (a subheading) that a later attributed quotation repeats.
        ("La maire de Villers, Sandrine Oudot, a présenté son budget jeudi.\n\n« Priorité aux écoles »\n\n"
         "« Cette année, la priorité aux écoles passe avant tout le reste », a déclaré la maire Sandrine Oudot devant "
         "le conseil municipal.", "Priorité aux écoles", "Sandrine Oudot"),
        ("Le directeur du port, Yann Kerhervé, a reçu les dockers.\n\n« Besoin de grues »\n\n« Nous avons besoin de "
         "grues neuves avant l'été », a expliqué Yann Kerhervé aux journalistes.", "Besoin de grues", "Yann Kerhervé"),
    ],
)
def test_heading_repeated_later(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


def test_label_inside_a_sentence_stays_out(nlp):
    # The same few words inside a narrative sentence are a label, not the later speaker's words.
    text = ("Le conseil a voté le plan « priorité aux écoles » jeudi. « Cette année, la priorité aux écoles passe "
            "avant tout le reste », a déclaré la maire Sandrine Oudot.")
    assert quoted(nlp, text).get("priorité aux écoles") is None
