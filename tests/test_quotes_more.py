"""More quote speakers, on sentences written for these tests: "par la voix de", superlatives after a noun,
a qualified role ("le premier ministre") that is not the previous speaker's."""

from __future__ import annotations

import pytest

from quoting import quoted_speakers as speakers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The one named after "par la voix de" speaks, for every quotation of the sentence, short ones too.
        ("Le ministre de l'Économie, Luc Ferrand, a reçu les commerçants lundi. Par la voix du ministre, le "
         "gouvernement promet « des contrôles renforcés » contre les « casses » et les « pillages ».",
         [("des contrôles renforcés", "Luc Ferrand"), ("casses", "Luc Ferrand"),
          ("pillages", "Luc Ferrand")]),
        ("Le président du Sénat, Gérard Larcher, a reçu les élus. Par la voix du président, la chambre haute exige "
         "« un vrai dialogue avec les territoires ».", [("un vrai dialogue avec les territoires", "Gérard Larcher")]),
        ("La CGT, par la voix de Philippe Martinez, juge la réforme « injuste et brutale ».",
         [("injuste et brutale", "Philippe Martinez")]),
        # Only in its own sentence: the next one, glued on by the parser or not, is someone else's.
        ("Le ministre de l'Intérieur, Laurent Nuñez, était à Lille. Par la voix du ministre, l'État promet « des renforts "
         "rapides et durables ». Là aussi, rien n'a attendu. La maire Martine Aubry réclame « une enquête indépendante "
         "sur les faits ».", [("des renforts rapides et durables", "Laurent Nuñez"),
                              ("une enquête indépendante sur les faits", "Martine Aubry")]),
    ],
)
def test_voice_of(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "les quartiers « les plus touchés »": a superlative qualifies the noun, the speaker's words.
        ("Le ministre Gérald Darmanin a promis des renforts dans les communes « les plus touchées » par les violences.",
         [("les plus touchées", "Gérald Darmanin")]),
        ("Le préfet Michel Lalande a annoncé l'interdiction de circuler « aussi souvent que nécessaire » dans les "
         "quartiers « les plus exposés ».",
         [("aussi souvent que nécessaire", "Michel Lalande"), ("les plus exposés", "Michel Lalande")]),
        # Nobody speaks: still nothing.
        ("Les syndicats visent les salariés « les plus précaires » du secteur.", []),
    ],
)
def test_superlative_after_noun(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Le premier ministre" right after the ministre de l'Économie spoke is not him.
        ("Élisabeth Borne a présidé le conseil. Le ministre de l'Économie, Luc Ferrand, a ensuite parlé aux patrons : "
         "« Nous tiendrons nos engagements sur les aides ». Le premier ministre a pour sa part rappelé « la nécessité de "
         "réduire la dépense publique ».",
         [("Nous tiendrons nos engagements sur les aides", "Luc Ferrand"),
          ("la nécessité de réduire la dépense publique", None)]),
        ("Le ministre de l'Économie, Luc Ferrand, a ensuite parlé aux patrons : « Nous tiendrons nos engagements sur "
         "les aides ». Le premier ministre comptait « 1 200 entreprises aidées » en janvier.",
         [("Nous tiendrons nos engagements sur les aides", "Luc Ferrand"), ("1 200 entreprises aidées", None)]),
    ],
)
def test_qualified_role_is_not_the_previous_speaker(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "« … », écrit-il. « … »": the second quotation goes on with the first one's speaker, nobody when the
        # pronoun stood for someone unnamed (not the last person named before).
        ("Le ministre Christophe Béchu a promis des aides aux éleveurs. Sur le forum, un internaute se dit épuisé par "
         "la crise. « On ne lâchera rien, même sous la pluie et le vent », écrit-il. « Rendez-vous samedi devant la "
         "préfecture. »",
         [("On ne lâchera rien, même sous la pluie et le vent", None), ("Rendez-vous samedi devant la préfecture.", None)]),
        ("La ministre Agnès Pannier-Runacher visitait le marché. Plus loin, une retraitée attend son tour. « On n'arrive "
         "plus à payer le chauffage », confie-t-elle. « Personne ne nous écoute ici. »",
         [("On n'arrive plus à payer le chauffage", None), ("Personne ne nous écoute ici.", None)]),
        ("Le député Éric Coquerel a pris la parole mardi. « Ce budget est injuste pour les familles modestes », "
         "a-t-il lancé. « Nous voterons contre, évidemment. »",
         [("Ce budget est injuste pour les familles modestes", "Éric Coquerel"),
          ("Nous voterons contre, évidemment.", "Éric Coquerel")]),
    ],
)
def test_quote_after_an_incise_keeps_its_speaker(nlp, text, want):
    assert speakers(nlp, text) == want


def test_scorer_pairs_short_gold_quotes_with_their_own_passage():
    from pressfacts.evaluation import Prediction, _score_speakers

    gold = {"people": [{"name": "Paul Durand", "aliases": ["Durand"]}],
            "quotes": [{"start": "huit jours", "speaker": None}, {"start": "président", "speaker": None},
                       {"start": "délai de huit jours", "speaker": "Paul Durand"},
                       {"start": "président en charge", "speaker": "Paul Durand"}]}
    pred = Prediction()
    # The pipeline dropped « huit jours » and « président »: they must not take the longer passages.
    pred.quotes = [("délai de huit jours pour voter", {"Durand"}), ("président en charge du pays", {"Durand"})]
    s = _score_speakers(gold, pred)
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)


def test_scorer_still_pairs_a_two_word_start_of_a_longer_quote():
    from pressfacts.evaluation import Prediction, _score_speakers

    gold = {"people": [{"name": "Léa Martin", "aliases": []}], "quotes": [{"start": "Mon client", "speaker": "Léa Martin"}]}
    pred = Prediction()
    pred.quotes = [("Mon client conteste tous les faits", {"Léa Martin"})]
    s = _score_speakers(gold, pred)
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "répond-on" with no place: the place an earlier "on" of the same paragraph named.
        # (a named préfecture: a bare "la préfecture" is no organization, GUIDELINES.md)
        ("Le trajet n'est pas arrêté, « les échanges se poursuivent », glisse-t-on à la préfecture du Gard. "
         "Combien de policiers ? « Autant qu'il en faudra », répond-on sobrement.",
         [("les échanges se poursuivent", "préfecture du Gard"), ("Autant qu'il en faudra", "préfecture du Gard")]),
        ("« Nous serons prêts samedi », assure-t-on au ministère de l'Intérieur. Les syndicats doutent. « Les effectifs "
         "seront renforcés », ajoute-t-on.",
         [("Nous serons prêts samedi", "ministère de l'Intérieur"),
          ("Les effectifs seront renforcés", "ministère de l'Intérieur")]),
        # Not across paragraphs.
        ("« Nous serons prêts samedi », assure-t-on au ministère de l'Intérieur.\n« Les effectifs seront renforcés », "
         "ajoute-t-on.", [("Nous serons prêts samedi", "ministère de l'Intérieur"), ("Les effectifs seront renforcés", None)]),
    ],
)
def test_on_without_a_place_keeps_the_earlier_one(nlp, text, want):
    assert speakers(nlp, text) == want


def _speaker_of(nlp, text: str) -> list[str | None]:
    return [sp for _t, sp in speakers(nlp, text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "-t-il" is cut into "-t" and "-il": the pronoun of an incise inside the quotation is still read.
        ("Le chiffre est bas, observe Hugo Lemarchal, chef du service client chez Batimo. « Beaucoup de clients, "
         "constate-t-il, sont partis chez la concurrence cette année. »", ["Hugo Lemarchal"]),
        ("Pour la viticultrice Agathe Ronsard, la saison fut rude. Quant au gel, « c'est une catastrophe, a-t-elle "
         "dit. Nous avons tout perdu en une nuit. »", ["Agathe Ronsard"]),
        ("Le maire Paul Verdier est inquiet. Sa voisine Lucie Ferrand aussi. « Les choses, explique-t-il, vont très "
         "mal pour nous. »", ["Paul Verdier"]),
    ],
)
def test_incise_inside_with_euphonic_t(nlp, text, want):
    assert _speaker_of(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # An organization right before a speech verb the parse leaves without a subject is its subject.
        ("Le quotidien populaire The Morning Herald affirme même que « l'armée est prête à intervenir ».",
         ["The Morning Herald"]),
        # Not when it only complements the noun that speaks: an unnamed representative stays unnamed.
        ("Une représentante du syndicat des pharmaciens Pharmunion a déclaré avoir « bon espoir que le tribunal "
         "annule cette décision ».", [None]),
    ],
)
def test_organization_before_verb(nlp, text, want):
    assert _speaker_of(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Le ministre de l'Agriculture …" named only further on: the one person given that office, not the previous
        # speaker, who has no role.
        ("« On ne nous écoute jamais », soupire Mathieu, éleveur dans le Cantal. Le ministre de l'Agriculture avait "
         "qualifié le blocage de « dérive inacceptable ». Le ministre de l'Agriculture, Paul Verdier, se rendra à "
         "Aurillac jeudi.", ["Mathieu", "Paul Verdier"]),
        ("« Nous sommes à bout depuis des mois », lance Sandrine, infirmière à Lyon. La ministre de la Santé avait "
         "pourtant promis « des moyens supplémentaires avant la fin de l'hiver ». Interrogée mardi, la ministre de la "
         "Santé, Hélène Garnier, n'a pas souhaité répondre.", ["Sandrine", "Hélène Garnier"]),
        # Another office of the same title (CNT, not FSU) is nobody's here.
        ("« Nous sommes épuisés », explique Karim, délégué à Nantes. Le secrétaire général de la CNT a dénoncé "
         "« une trahison pure et simple des enseignants ». Le secrétaire général de la FSU, Luc Morel, a répondu "
         "dans la soirée.", ["Karim", None]),
    ],
)
def test_office_named_elsewhere(nlp, text, want):
    assert _speaker_of(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "X, pour qui « … »", "Y, selon qui ces … « … »": the one the relative clause hangs on, not the subject of
        # the sentence.
        ("Le texte a été défendu par la sénatrice Martine Lebrun, pour qui « cette réforme protège enfin les "
         "locataires les plus fragiles ».", ["Martine Lebrun"]),
        ("Hier, sur une radio locale, Alain Ferrier a dénoncé ces actes, comme son adjoint Paul Verdier, selon qui ces "
         "tags « traduisent une haine qui ne faiblit pas ».", ["Paul Verdier"]),
        # Unnamed: nobody.
        ("Le projet a été signé par des dizaines de médecins, pour qui « la situation des urgences est devenue "
         "intenable ».", [None]),
    ],
)
def test_source_relative(nlp, text, want):
    assert _speaker_of(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A paragraph with no final full stop glued onto the next by the parser: its name is not the next verb's subject.
        ("Un seul candidat déclaré pour l'instant : Marc Delorme, ancien maire autoproclamé favori…\n\n"
         "Quelques jours avant la fin de la concertation sur le projet de rocade, Hélène Garnier disait encore à ses "
         "proches : « On savait que ce chantier serait long. Il faudra du temps. »", ["Hélène Garnier"]),
        ("Le portrait de la semaine : Julien Marceau, éleveur installé depuis vingt ans dans le Cantal\n\n"
         "Après des semaines de tensions autour du projet, Sophie Lamarque expliquait mardi aux habitants : « Nous ne "
         "construirons rien sans votre accord. Le dossier reste ouvert. »", ["Sophie Lamarque"]),
    ],
)
def test_subject_from_a_glued_paragraph(nlp, text, want):
    assert _speaker_of(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "X, explique Y, « … »": Y speaks about X; an unnamed Y is nobody, never X.
        ("Le maire Paul Verdier, explique la journaliste, « est perçu comme un élu distant et sûr de lui ».", [None]),
        ("Le maire Paul Verdier, explique son opposante Julie Martin, « n’a jamais tenu une seule de ses "
         "promesses ».", ["Julie Martin"]),
        ("L’ancienne ministre Hélène Garnier, affirme son avocat, « n’a rien à se reprocher dans ce dossier ».", [None]),
    ],
)
def test_incise_between_subject_and_quote(nlp, text, want):
    assert _speaker_of(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The next quotation goes on with the unnamed speaker of the previous one, not with the sentence's subject.
        ("Le ministre Marc Delorme, confie un conseiller, « n'a pas dormi de la nuit avant le vote ». « Il attend la "
         "décision du Conseil constitutionnel avec angoisse. »", [None, None]),
        ("La présidente Claire Dumont, écrit le quotidien, « a perdu la confiance de ses propres troupes ».\n\n"
         "« Une dirigeante isolée qui ne consulte plus personne avant de décider »", [None, None]),
        # A named speaker goes on as before.
        ("La maire Julie Martin a été reçue à la préfecture. Elle a déclaré : « Nous avons obtenu des garanties. » "
         "« Les travaux commenceront en mars. »", ["Julie Martin", "Julie Martin"]),
    ],
)
def test_unnamed_speaker_goes_on(nlp, text, want):
    assert _speaker_of(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "la chaîne de télévision régionale X": the noun a bare complement qualifies stands for the organization.
        ("Pour la chaîne de télévision régionale Canal Ouest, les manifestants ont été « débordés par quelques groupes "
         "très violents ».", ["Canal Ouest"]),
        ("« Le gouvernement a perdu la main sur ce dossier », écrit le quotidien d'information économique La Tribune "
         "du Nord.", ["La Tribune du Nord"]),
        # Someone of the organization, with its determiner, is not the organization.
        ("Le directeur de la chaîne Canal Ouest, Marc Delorme, affirme que « l'audience a doublé en un an ».",
         ["Marc Delorme"]),
        ("« La ville est paralysée », écrit l'envoyée spéciale du journal britannique Daily Courier.", [None]),
    ],
)
def test_organization_introduced_by_a_noun_of_kind(nlp, text, want):
    assert _speaker_of(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "…», précisait, amer, X": an adjective between commas after the incise's verb describes the speaker to come.
        ("« Nous avons déjà perdu trois saisons entières », précisait, amer, Paul Verdier dans un entretien au "
         "quotidien régional.", ["Paul Verdier"]),
        ("« Je ne pensais pas revoir ce village un jour », confie, émue, Julie Martin devant la maison de son "
         "enfance.", ["Julie Martin"]),
        ("« On ne lâchera rien », lance, furieux, un manifestant venu de Rennes.", [None]),
    ],
)
def test_incise_with_adjective_aside(nlp, text, want):
    assert _speaker_of(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "», a tweeté X": before a participle the tagger does not know, "a" is still the auxiliary of the incise.
        ("« C'est une honte absolue pour tout le pays », a twitté samedi soir le député Marc Delorme.",
         ["Marc Delorme"]),
        ("« C'est une honte absolue pour tout le pays », a tweeté dimanche l'eurodéputée Julie Martin, tandis que "
         "Paul Verdier dénonçait « des images indécentes ».", ["Julie Martin", "Paul Verdier"]),
    ],
)
def test_incise_auxiliary_mistagged(nlp, text, want):
    assert _speaker_of(nlp, text) == want
