"""Speakers found across sentences (round 10, spk20): words that go on after a topic noun phrase, an incise whose subject
is a label in quotation marks, a fronted adjective of conviction, a pronoun whose antecedent is an office.

Sentences written for these tests (fictional people, except office holders the pipeline knows)."""

from __future__ import annotations

import pytest

from quoting import speakers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a topic noun phrase with a "qui" relative, then the speaker's words: they go on with the one who just spoke
        ("« On attend des gestes forts », explique Mathilde Roux, syndicaliste à Nantes. Les mesures pour les familles "
         "qui touchent moins de 1500 euros « c'est un premier pas », « le chèque énergie aussi, ça compte ». « Mais il "
         "faudra aller plus loin ».",
         ["Mathilde Roux", "Mathilde Roux", "Mathilde Roux", "Mathilde Roux"]),
        ("« Le village se meurt », déplore Hélène Garnier, la maire de la commune. Les commerces qui ferment les uns après "
         "les autres « ne rouvriront jamais, personne ne veut les reprendre ».",
         ["Hélène Garnier", "Hélène Garnier"]),
        # "annonces", "critiques" behind their article are nouns, not forms of "annoncer", "critiquer" introducing the words
        ("« Ce n'est pas sérieux », juge Paul Verdier, conducteur de bus. Les annonces pour les usagers qui prennent le "
         "train « arrivent bien trop tard, et personne ne les comprend ».",
         ["Paul Verdier", "Paul Verdier"]),
        ("« Nous avons tout essayé », assure Nadia Ferrand, éleveuse dans le Jura. Les critiques contre les paysans qui "
         "manifestent « sont injustes, nous nourrissons le pays ».",
         ["Nadia Ferrand", "Nadia Ferrand"]),
        # a relative clause with a subject of its own, or a finite verb outside the marks: the usual rules (nobody)
        ("« Le compte n'y est pas », tranche Bernard Ollier, l'un des élus de la commune. Le projet que la mairie "
         "présente aux habitants « ne règle rien du tout ».",
         ["Bernard Ollier", None]),
        ("« La situation reste tendue », a reconnu Pascal Marin. Le décret que le gouvernement publie jeudi prévoit "
         "« une hausse de 3 % des tarifs ».",
         ["Pascal Marin", None]),
    ],
)
def test_words_after_a_topic_phrase(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("« Je ne lâcherai rien, j'ai perdu mon emploi en mars », raconte Josette, 58 ans, aide-soignante. « Les élus, "
         "ils ne nous écoutent jamais », renchérit cette « gilet jaune » venue de Lorient.",
         ["Josette", "Josette"]),
        ("« Nous resterons ici tout l'hiver », prévient Marcel Dubois, chauffeur routier. « Personne ne nous fera "
         "partir », poursuit ce « gilet jaune » de la première heure.",
         ["Marcel Dubois", "Marcel Dubois"]),
    ],
)
def test_demonstrative_label_in_marks(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Le député Rémi Carton a voté contre le texte. Convaincu qu'« aucune réforme ne passera sans le soutien des "
         "maires », l'élu s'estime « trahi ».",
         ["Rémi Carton", "Rémi Carton"]),
        ("La sénatrice Anne Morel a quitté la séance. Persuadée que « le gouvernement cherche à gagner du temps », la "
         "parlementaire réclame « un vote rapide ».",
         ["Anne Morel", "Anne Morel"]),
    ],
)
def test_fronted_conviction(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("L'aveu du président de la République porte loin. « Je n'ai pas su convaincre les Français », a-t-il reconnu. "
         "Emmanuel Macron, président de la République, s'exprimait devant les maires.",
         ["Emmanuel Macron"]),
        ("Le discours de la ministre du Travail était attendu. « Nous ne reculerons pas sur l'assurance chômage », "
         "a-t-elle déclaré lundi. Muriel Pénicaud, ministre du Travail, recevait les syndicats.",
         ["Muriel Pénicaud"]),
        # an office nobody in the article holds alone ("un député"): unknown
        ("Le discours d'un député de la majorité a surpris. « Nous ne reculerons pas », a-t-il déclaré. Le député "
         "Jean Marc, élu du Nord, a quitté la salle.",
         [None]),
    ],
)
def test_pronoun_to_an_office_named_later(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a subheading alone between paragraphs: the words said further on name its speaker, not the paragraph above
        ("Grève à l'hôpital de Vierzon\n\nLes soignants de l'hôpital ont cessé le travail lundi. « On ne lâchera pas, "
         "on tiendra le temps qu'il faudra », lance Gérard Moulin, aide-soignant. « Pour nous, cette réforme c'est la "
         "fin du service public ».\n\n« Un pansement sur une jambe de bois »\n\nDevant la mairie, les agents ont "
         "écouté le ministre. « Le gouvernement nous met un pansement sur une jambe de bois, rien de plus », lâche "
         "Sophie Carrel, infirmière.",
         ["Gérard Moulin", "Gérard Moulin", "Sophie Carrel", "Sophie Carrel"]),
        ("Grève à l'usine de Cholet\n\nLes salariés ont voté la grève mardi. « Nous resterons mobilisés jusqu'au "
         "bout », affirme Jacques Perrin, délégué syndical. « Le plan de la direction ne tient pas debout ».\n\n"
         "« Une colère qui monte »\n\nDans les ateliers, la production est à l'arrêt depuis mardi. « Les gens n'en "
         "peuvent plus », dit une ouvrière.",
         ["Jacques Perrin", "Jacques Perrin", None, None]),
    ],
)
def test_subheading_between_paragraphs(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # quotations with only commas or "et" between them share the incise after the last one
        ("« C'est une polémique inventée », a répondu le porte-parole Pierre Lambert. « La ville est paralysée et le "
         "maire part en vacances ! », « c'est une honte pour nos commerçants », a tweeté la conseillère municipale "
         "Julie Renaud.",
         ["Pierre Lambert", "Julie Renaud", "Julie Renaud"]),
        ("« Nous ne céderons pas », a martelé le ministre Marc Dutour. « Le pays est à l'arrêt », « personne ne "
         "comprend ce gouvernement » et « il faut des élections », a répliqué l'opposant Yves Caradec.",
         ["Marc Dutour", "Yves Caradec", "Yves Caradec", "Yves Caradec"]),
        # no incise after them: they go on with the one who just spoke
        ("« Nous ne céderons pas », a martelé le ministre Marc Dutour. « Le dialogue reste ouvert », « la porte n'est "
         "pas fermée ».",
         ["Marc Dutour", "Marc Dutour", "Marc Dutour"]),
    ],
)
def test_quotations_sharing_an_incise(nlp, text, want):
    assert speakers(nlp, text) == want
