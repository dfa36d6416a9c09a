"""Quote speakers (round 11, spk23): speakers inside the quotation's own sentence, by phrasing class: the object of a
participle is spoken of, never the speaker; a few words quoted inside a quotation with the same marks; a speech verb
of several words in an incise ("a mis en garde"); an organization right after the incise's verb however the parser
hung it; sentences written for these tests."""

from __future__ import annotations

import pytest

from quoting import quoted, quoted_speakers


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # "évoquant Y, l'accusant de « … »": Y is whom the words are about; the incise's subject speaks.
        ("« Qu'il s'en aille ! » lançait hier Jordan Bardella, visant Élisabeth Borne, l'accusant de « mépriser "
         "les Français ».",
         "mépriser les Français", "Jordan Bardella"),
        ("« Assez de promesses », a tonné Fabien Roussel, citant Bruno Le Maire, lui reprochant de « sacrifier les "
         "services publics ».",
         "sacrifier les services publics", "Fabien Roussel"),
        # Unchanged: the participle's subject names the speaker.
        ("Marine Tondelier a attaqué Bruno Le Maire, l'accusant de « mépriser les syndicats ».",
         "mépriser les syndicats", "Marine Tondelier"),
    ],
)
def test_participle_object_is_not_the_speaker(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        ("« Nous ne pouvons pas laisser les routes bloquées en « prenant en otage » les automobilistes », a averti "
         "le préfet Marc Guillaume.", "Nous ne pouvons pas laisser", "Marc Guillaume"),
        ("« Il faut que la mairie tienne parole et cesse de « jouer la montre » avec nous », a déclaré Julie Martin, "
         "porte-parole du collectif.", "Il faut que la mairie", "Julie Martin"),
    ],
)
def test_nested_marks_keep_the_whole_quotation(nlp, text, start, want):
    got = quoted_speakers(nlp, text)
    assert len(got) == 1
    assert got[0][0].startswith(start) and got[0][1] == want


def test_long_inner_quotation_is_its_own(nlp):
    # A whole sentence inside the marks is a quotation of its own, not a word the outer one quotes.
    text = ("« Le conseil a voté « nous refusons toute fermeture de classe dans la commune » hier », note le maire "
            "Paul Roux.")
    assert all(not t.startswith("Le conseil a voté") for t, _ in quoted_speakers(nlp, text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("« Nous ne céderons rien sur les retraites », a mis en garde Sophie Binet.", "Sophie Binet"),
        ("« Il faut rouvrir les discussions sans tarder », a mis en garde lundi sur RTL le patron du PS Olivier Faure.",
         "Olivier Faure"),
        ("« La sécurité passe avant tout », met en garde Gérald Darmanin, en visite à Lyon.", "Gérald Darmanin"),
    ],
)
def test_speech_locution_in_incise(nlp, text, want):
    assert list(quoted(nlp, text).values()) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("« Rien n'est décidé pour l'instant », a pour sa part réagi Matignon, évoquant les chiffres attendus fin "
         "janvier.", "Matignon"),
        ("\"Aucune piste n'est écartée\", a répondu Matignon, rappelant le calendrier du débat.", "Matignon"),
    ],
)
def test_organization_right_after_incise_verb(nlp, text, want):
    assert list(quoted(nlp, text).values()) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("« Le gouvernement a perdu la main », titre Le Monde ce matin.", ["Le Monde"]),
        ("« Le gouvernement a perdu la main », titrait lundi Libération.", ["Libération"]),
        # Each headline has its own paper: the second is not the first paper's (nor the person spoken of).
        ("Les journaux parlaient tous du ministre samedi : Paul Roux, « le favori du palais » annonce Libération, le "
         "« ministre trop discret » titre Le Parisien.", ["Libération", "Le Parisien"]),
        # "titre" as a noun names no speaker.
        ("« La nuit est tombée », titre phare de Julie Martin, a été diffusé à la radio.", [None]),
    ],
)
def test_headline_verb_names_the_paper(nlp, text, want):
    assert list(quoted(nlp, text).values()) == want
