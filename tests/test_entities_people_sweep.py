"""How the press names people (round 18 sweep): title + full name, title + bare surname, civility + surname,
particles, hyphenated and apostrophe names, first names that are common nouns or places, Arabic and Kabyle
names, a name after a party or union acronym, incises after quotations, lists, ages and parentheses; and the
near-misses (places, streets, companies and portfolios named like people) that must stay no person.
French sentences written for these tests; names invented or of public figures."""

import pytest

import pressfacts


def names(nlp, text: str) -> dict[str, str]:
    """Entity name -> label, as the record gives them (after grouping)."""
    return {e["name"]: e["label"] for e in nlp(text)._.entities}


PERSONS = [
    # title + full name
    ("Le président de la République Emmanuel Macron a reçu les syndicats mardi.", "Emmanuel Macron"),
    ("La maire de Lille, Martine Aubry, a inauguré la nouvelle médiathèque.", "Martine Aubry"),
    ("Le député insoumis Adrien Quatennens a dénoncé une provocation.", "Adrien Quatennens"),
    ("Le préfet du Nord, Michel Lalande, a interdit la manifestation.", "Michel Lalande"),
    ("Le Premier ministre belge Charles Michel a présenté sa démission au roi.", "Charles Michel"),
    ("Le premier ministre du Québec, François Legault, a défendu son projet de loi.", "François Legault"),
    ("Le chef d'état-major Ahmed Gaïd Salah a pris la parole à Oran.", "Ahmed Gaïd Salah"),
    ("L'avocate Corinne Vasseur-Lemaire a annoncé faire appel.", "Corinne Vasseur-Lemaire"),
    ("Le juge d'instruction Thibault Carrère a ordonné une expertise.", "Thibault Carrère"),
    ("L'économiste Esther Duflo a reçu le prix à Stockholm.", "Esther Duflo"),
    ("Le bourgmestre de Liège, Willy Demeyer, a réuni les commerçants.", "Willy Demeyer"),
    ("Le procureur de la République de Paris, Rémy Heitz, a ouvert une enquête.", "Rémy Heitz"),
    ("Le syndicaliste Armand Ferrière a quitté la réunion avant la fin.", "Armand Ferrière"),
    ("La mairesse de Montréal Valérie Plante a réagi dans la soirée.", "Valérie Plante"),
    ("Le président du Sénat Gérard Larcher a reçu les élus locaux.", "Gérard Larcher"),
    ("Le ministre-président wallon Willy Borsus a présenté son budget.", "Willy Borsus"),
    # title + bare surname
    ("Le ministre de l'Économie Le Maire a annoncé un gel des taxes.", "Le Maire"),
    ("Le ministre de la Culture Riester a visité le chantier.", "Riester"),
    ("La ministre des Armées Parly s'est rendue à Toulon.", "Parly"),
    ("Le ministre de l'Éducation Blanquer a défendu sa réforme.", "Blanquer"),
    ("Le ministre des Comptes publics Darmanin a évoqué un manque à gagner.", "Darmanin"),
    ("La ministre du Travail Pénicaud recevra les partenaires sociaux.", "Pénicaud"),
    ("La ministre de la Santé Buzyn a annoncé des mesures.", "Buzyn"),
    ("Le ministre de l'Intérieur Castaner a salué les forces de l'ordre.", "Castaner"),
    ("Le président Macron a pris la parole lundi soir.", "Macron"),
    ("Le député Ruffin a interpellé le gouvernement.", "Ruffin"),
    ("Le juge Malvaux a refusé la remise en liberté.", "Malvaux"),
    ("Le commissaire Bréhal dirige l'enquête depuis lundi.", "Bréhal"),
    ("Le général Delavallade commande l'opération.", "Delavallade"),
    ("Le préfet Pouzoulet a reçu une délégation de manifestants.", "Pouzoulet"),
    ("Le docteur Ravanel a soigné les blessés sur place.", "Ravanel"),
    ("L'ex-ministre Hulot a quitté le gouvernement en août.", "Hulot"),
    # civility + surname
    ("M. Bouchareb a été placé en garde à vue.", "Bouchareb"),
    ("Mme Vautrin a présidé la séance.", "Vautrin"),
    ("Selon M. Le Gall, la situation est sous contrôle.", "Le Gall"),
    ("Interrogée, Mme de Sarnez a refusé de commenter.", "de Sarnez"),
    ("M. Van der Linden, bourgmestre de la commune, a démenti.", "Van der Linden"),
    ("Mme N'Diaye a rappelé les règles.", "N'Diaye"),
    ("Contacté par téléphone, M. Durieux n'a pas souhaité s'exprimer.", "Durieux"),
    ("Me Tardif a demandé le renvoi du procès.", "Tardif"),
    ("Me Éric Dupond-Moretti, avocat de la famille, a plaidé l'acquittement.", "Éric Dupond-Moretti"),
    ("Mlle Garnier témoignera jeudi devant la cour.", "Garnier"),
    # particles
    ("Valéry Giscard d'Estaing a reçu les journalistes chez lui.", "Valéry Giscard d'Estaing"),
    ("Jean-Marie Le Pen a été condamné en appel.", "Jean-Marie Le Pen"),
    ("La députée Laure de La Raudière a présenté son rapport.", "Laure de La Raudière"),
    ("L'historien Jean Du Plessis a publié un essai.", "Jean Du Plessis"),
    ("Le chanteur Marco Di Stefano a annulé sa tournée.", "Marco Di Stefano"),
    ("Le député flamand Pieter Van den Bossche a quitté la séance.", "Pieter Van den Bossche"),
    ("L'imam Youssef El Amrani a condamné l'attaque.", "Youssef El Amrani"),
    ("Le militant Karim Ben Salah a été interpellé.", "Karim Ben Salah"),
    ("Philippe de Villiers a soutenu la mobilisation.", "Philippe de Villiers"),
    ("Le député François de Rugy a démissionné.", "François de Rugy"),
    ("La juge Anne-Laure de Lassus a rendu son délibéré.", "Anne-Laure de Lassus"),
    ("Le ministre Jean-Yves Le Drian est arrivé à Alger.", "Jean-Yves Le Drian"),
    ("Selon Bruno Le Maire, la croissance ralentira.", "Bruno Le Maire"),
    ("Le consultant Ahmed El Khatib a été entendu par les enquêteurs.", "Ahmed El Khatib"),
    ("Le philosophe Bernard-Henri Lévy a signé une tribune.", "Bernard-Henri Lévy"),
    # hyphenated and double names
    ("Marie-Hélène Thoraval, maire de Romans-sur-Isère, a porté plainte.", "Marie-Hélène Thoraval"),
    ("Le député Jean-Baptiste Moreau a défendu le texte.", "Jean-Baptiste Moreau"),
    ("Nathalie Kosciusko-Morizet a quitté la vie politique.", "Nathalie Kosciusko-Morizet"),
    ("La juge Anne-Sophie Gallois-Ricard a entendu les prévenus.", "Anne-Sophie Gallois-Ricard"),
    ("Pierre-Yves Bournazel a annoncé sa candidature.", "Pierre-Yves Bournazel"),
    ("L'avocat Jean-Philippe Morel-Dantès a dénoncé un dossier vide.", "Jean-Philippe Morel-Dantès"),
    ("Le gilet jaune Jérôme Rodrigues a été blessé à l'œil.", "Jérôme Rodrigues"),
    ("Marie-Claire Vandenbroucke, porte-parole du collectif, a répondu.", "Marie-Claire Vandenbroucke"),
    # apostrophes
    ("La militante Fatou N'Diaye a pris la parole.", "Fatou N'Diaye"),
    ("Le milieu N'Golo Kanté a été élu joueur du mois.", "N'Golo Kanté"),
    ("L'écrivain Jean d'Ormesson a été salué par les députés.", "Jean d'Ormesson"),
    ("M. d'Aboville a quitté la salle.", "d'Aboville"),
    ("Moussa N'Gom, 27 ans, a été interpellé samedi.", "Moussa N'Gom"),
    ("L'Irlandaise Siobhan O'Connor a remporté la course.", "Siobhan O'Connor"),
    # first names that are common nouns or places
    ("Marine Le Pen a salué la mobilisation.", "Marine Le Pen"),
    ("La syndicaliste Rose Thibault a appelé à la grève.", "Rose Thibault"),
    ("Claire Hédon, Défenseure des droits, a saisi le ministre.", "Claire Hédon"),
    ("Florence Parly a annoncé l'envoi de renforts.", "Florence Parly"),
    ("Pierre Laurent, ancien secrétaire national du PCF, a pris la parole.", "Pierre Laurent"),
    ("L'agricultrice Aurore Delmas a bloqué le dépôt.", "Aurore Delmas"),
    ("La militante Colombe Ferrand a été interpellée.", "Colombe Ferrand"),
    ("Olive Marchal, porte-parole du collectif, a démenti.", "Olive Marchal"),
    ("La députée Aurore Bergé a défendu le texte.", "Aurore Bergé"),
    ("Le retraité Pierre Vidal manifeste depuis novembre.", "Pierre Vidal"),
    pytest.param("France Jamet, eurodéputée RN, a réagi.", "France Jamet",
                 marks=pytest.mark.xfail(reason="a first name that is a country: the NER cuts it off as the place")),
    ("Victoire Tessier, 22 ans, étudiante à Nantes, a témoigné.", "Victoire Tessier"),
    ("Marine Bouvier, infirmière à Lyon, a raconté sa nuit.", "Marine Bouvier"),
    ("Fleur Pellerin a rejoint un fonds d'investissement.", "Fleur Pellerin"),
    ("Violette Spillebout a été désignée candidate.", "Violette Spillebout"),
    # Arabic and Kabyle names
    ("Le président Abdelaziz Bouteflika a renoncé à un cinquième mandat.", "Abdelaziz Bouteflika"),
    ("Le Premier ministre Ahmed Ouyahia a démissionné.", "Ahmed Ouyahia"),
    ("Saïd Sadi, ancien président du RCD, a appelé à manifester.", "Saïd Sadi"),
    ("L'opposant Karim Tabbou a été arrêté à Alger.", "Karim Tabbou"),
    ("Abdelmadjid Tebboune a prêté serment jeudi.", "Abdelmadjid Tebboune"),
    ("Le sociologue Nacer Djabi a estimé que le mouvement durerait.", "Nacer Djabi"),
    ("Mustapha Bouchachi, avocat et militant des droits humains, a pris la parole.", "Mustapha Bouchachi"),
    ("Le ministre de l'Intérieur Noureddine Bedoui a été nommé Premier ministre.", "Noureddine Bedoui"),
    ("La militante Amira Bouraoui a été libérée.", "Amira Bouraoui"),
    ("Le patron du FCE, Ali Haddad, a été arrêté à la frontière tunisienne.", "Ali Haddad"),
    ("Ali Benflis, ancien chef du gouvernement, a dénoncé le scrutin.", "Ali Benflis"),
    ("Le chanteur Lounès Matoub reste une icône en Kabylie.", "Lounès Matoub"),
    # a name after a party or union acronym
    ("Le patron du PS Olivier Faure a réclamé un référendum.", "Olivier Faure"),
    ("Le président de LR Laurent Wauquiez a dénoncé les violences.", "Laurent Wauquiez"),
    ("Le numéro un de FO Yves Veyrier a refusé de signer.", "Yves Veyrier"),
    ("La présidente du RN Marine Le Pen a réclamé une dissolution.", "Marine Le Pen"),
    ("Le secrétaire général de la CFDT Laurent Berger a appelé au calme.", "Laurent Berger"),
    ("Le député LFI Éric Coquerel a interpellé le ministre.", "Éric Coquerel"),
    ("Le sénateur LR Bruno Retailleau a déposé une motion.", "Bruno Retailleau"),
    ("Le chef de file d'EELV Yannick Jadot a critiqué la taxe.", "Yannick Jadot"),
    ("Le dirigeant du PTB Raoul Hedebouw a salué la mobilisation.", "Raoul Hedebouw"),
    ("Le chef de la CAQ François Legault a promis une baisse d'impôts.", "François Legault"),
    ("Le député PS Boris Vallaud a réagi sur Twitter.", "Boris Vallaud"),
    ("Le député MoDem Jean-Louis Bourlanges a mis en garde la majorité.", "Jean-Louis Bourlanges"),
    # incises after quotations
    ("« Nous irons jusqu'au bout », a déclaré Jean-Luc Mélenchon devant ses partisans.", "Jean-Luc Mélenchon"),
    ("« Ce n'est pas acceptable », a réagi Marine Le Pen.", "Marine Le Pen"),
    ("« La porte est ouverte », a assuré le ministre de l'Économie Bruno Le Maire.", "Bruno Le Maire"),
    ("« On ne lâchera rien », lance Priscillia Ludosky.", "Priscillia Ludosky"),
    ("« Le dialogue reste possible », estime Laurent Berger, secrétaire général de la CFDT.", "Laurent Berger"),
    ("« Il faut apaiser », a insisté M. Castaner.", "Castaner"),
    ("« Nous avons été entendus », s'est félicitée Aurore Delmas, agricultrice.", "Aurore Delmas"),
    ("« Je ne démissionnerai pas », a répété Abdelaziz Bouteflika dans une lettre.", "Abdelaziz Bouteflika"),
    ("« C'est une victoire », a commenté Karim Ben Salah.", "Karim Ben Salah"),
    ("« La loi sera appliquée », a prévenu le ministre de la Culture Riester.", "Riester"),
    ("« Rien n'est décidé », a glissé Mme de Sarnez.", "de Sarnez"),
    ("« Nous restons mobilisés », a affirmé Rose Thibault.", "Rose Thibault"),
    # sentence start
    ("Ségolène Royal a appelé à écouter la colère.", "Ségolène Royal"),
    ("Maxime Nicolle a appelé à un nouvel acte samedi.", "Maxime Nicolle"),
    ("Éric Drouet a été interpellé près de la Concorde.", "Éric Drouet"),
    ("Raoul Hedebouw était présent au rassemblement à Bruxelles.", "Raoul Hedebouw"),
    ("Benoît Hamon a défilé avec les militants.", "Benoît Hamon"),
    ("Gérald Darmanin s'est rendu à Tourcoing.", "Gérald Darmanin"),
    ("Valérie Pécresse a présenté son budget.", "Valérie Pécresse"),
    ("Yves Lambert, le président de l'association, dénonce une injustice.", "Yves Lambert"),
    # lists
    ("Étaient présents Olivier Faure, Yannick Jadot et Ian Brossat.", "Ian Brossat"),
    ("Étaient présents Olivier Faure, Yannick Jadot et Ian Brossat.", "Yannick Jadot"),
    ("Les députés Clémentine Autain, François Ruffin et Adrien Quatennens ont signé la lettre.", "François Ruffin"),
    ("Marine Le Pen, Nicolas Dupont-Aignan et Florian Philippot ont réclamé une dissolution.",
     "Nicolas Dupont-Aignan"),
    ("Trois manifestants, Lucas Ferrand, Inès Boualem et Théo Marchetti, ont été placés en garde à vue.",
     "Inès Boualem"),
    ("Les ministres Le Maire, Darmanin et Pénicaud ont reçu les syndicats.", "Darmanin"),
    ("MM. Berger et Martinez ont quitté la réunion.", "Martinez"),
    ("Avec Pierre Dupuis et Claire Fontanel, elle a fondé le collectif.", "Claire Fontanel"),
    # a rank or title in lowercase that the NER tags with the name
    ("L'adjudant Marceau a été blessé lors de l'exercice.", "Marceau"),
    ("Le capitaine Leblond a été décoré mardi.", "Leblond"),
    ("Le professeur Raoult a défendu son traitement.", "Raoult"),
    ("L'abbé Grosjean a célébré la messe à Versailles.", "Grosjean"),
    ("Le général Lecointre a défendu les soldats.", "Lecointre"),
    # a bare surname after a portfolio or a role the list holds whole, maybe with its particle
    ("Le ministre de l'Économie Le Maire et la ministre du Travail Pénicaud ont reçu les syndicats.", "Le Maire"),
    ("Le ministre de l'Économie, Le Maire, a démenti.", "Le Maire"),
    ("« Nous ne céderons pas », a lancé le ministre de l'Économie Le Maire.", "Le Maire"),
    ("Lundi, le ministre de la Culture Riester a visité le chantier.", "Riester"),
    ("Le ministre de la Culture Riester, interrogé par France Inter, a démenti.", "Riester"),
    ("La garde des Sceaux Belloubet a répondu aux avocats.", "Belloubet"),
    ("La secrétaire d'État Pannier-Runacher a répondu aux élus.", "Pannier-Runacher"),
    ("Le préfet de police Delpuech a été limogé.", "Delpuech"),
    # a bare surname after the town or the department of the office
    ("Le maire de Lyon Collomb a démissionné.", "Collomb"),
    ("Le préfet de la Gironde Buccio a réagi.", "Buccio"),
    ("Le procureur de Paris Heitz a ouvert une enquête.", "Heitz"),
    ("Le préfet de police de Paris Lallement a défendu ses troupes.", "Lallement"),
    # a name no dictionary knows after an elected office, which the NER calls an organization
    ("La députée Obono a dénoncé des violences.", "Obono"),
    ("Le sénateur Karoutchi a interpellé le ministre.", "Karoutchi"),
    # a demonym or a profession tagged with the name
    ("Le sociologue Nacer Djabi a estimé que le mouvement durerait.", "Nacer Djabi"),
    # a civility, the name cut at its hyphen
    ("M. Nadeau-Dubois a souligné l'urgence du dossier.", "Nadeau-Dubois"),
    # ages
    ("Lucie, 34 ans, manifeste pour la première fois.", "Lucie"),
    ("Thomas Berthier, 45 ans, chauffeur routier, bloque le rond-point.", "Thomas Berthier"),
    ("Nadia, 52 ans, aide-soignante à Amiens, ne décolère pas.", "Nadia"),
    ("Jean-Claude, 67 ans, retraité, est venu de Reims.", "Jean-Claude"),
    ("Karima Benali, 29 ans, a été blessée au bras.", "Karima Benali"),
    ("Rose, 71 ans, tient la buvette depuis le début.", "Rose"),
    ("Pierre, 40 ans, artisan, témoigne.", "Pierre"),
    ("Claire, 38 ans, infirmière, a rejoint le cortège.", "Claire"),
    ("Marine, 25 ans, étudiante, manifeste.", "Marine"),
    ("Florence, 45 ans, infirmière, manifeste.", "Florence"),
    ("Aurore, 33 ans, a perdu son emploi.", "Aurore"),
    ("Dominique, 56 ans, est au chômage.", "Dominique"),
    ("Gilles, un retraité de 67 ans, est venu de Vierzon.", "Gilles"),
    # parentheses
    ("Le député Éric Ciotti (LR) a demandé l'état d'urgence.", "Éric Ciotti"),
    ("La sénatrice Esther Benbassa (EELV) a dénoncé les violences.", "Esther Benbassa"),
    ("Le maire de la ville (Jean-Paul Ricard, divers droite) a démenti.", "Jean-Paul Ricard"),
    ("Florian Philippot (Les Patriotes) a défilé à Paris.", "Florian Philippot"),
    ("Jean Lassalle (Résistons !) a revêtu un gilet jaune.", "Jean Lassalle"),
    ("La députée Valérie Rabault (PS) a interpellé le Premier ministre.", "Valérie Rabault"),
    ("Deux élus, Marc Fesneau (MoDem) et Patrick Mignola (MoDem), ont réagi.", "Patrick Mignola"),
]

NOT_PERSONS = [
    ("La Marine nationale a déployé une frégate au large de Toulon.", "Marine"),
    ("Les commerçants de Saint-Pierre-et-Miquelon ont manifesté.", "Saint-Pierre"),
    ("Le musée a prêté des toiles à Florence et à Sienne.", "Florence"),
    ("Le cortège est parti de la place Charles-de-Gaulle.", "Charles-de-Gaulle"),
    ("L'aéroport Charles-de-Gaulle a été fermé deux heures.", "Charles-de-Gaulle"),
    ("L'avenue Jean-Jaurès était bloquée par des palettes.", "Jean-Jaurès"),
    ("Le lycée Victor-Hugo a été bloqué par des élèves.", "Victor-Hugo"),
    ("Le stade Pierre-Mauroy accueillera le match.", "Pierre-Mauroy"),
    ("L'hôpital Georges-Pompidou a accueilli les blessés.", "Georges-Pompidou"),
    ("Les habitants de Sainte-Colombe ont voté contre le projet.", "Sainte-Colombe"),
    ("Le ministre de l'Économie a annoncé un gel des taxes.", "Économie"),
    ("La ministre de la Culture a visité le chantier.", "Culture"),
    ("Le ministre de l'Europe et des Affaires étrangères a convoqué l'ambassadeur.", "Affaires étrangères"),
    ("La ministre des Solidarités et de la Santé a présenté le plan.", "Santé"),
    ("Le ministre de l'Action et des Comptes publics a défendu le budget.", "Comptes publics"),
    ("Le ministre de l'Éducation nationale a reçu les recteurs.", "Éducation nationale"),
    ("Le constructeur Peugeot a annoncé des embauches.", "Peugeot"),
    pytest.param("Les magasins Leclerc ont été bloqués samedi.", "Leclerc",
                 marks=pytest.mark.xfail(reason="a chain named by its founder after a plural shop noun: a cue "
                                                "'magasins' would make 'magasins ex-Dia' a company (org27 com07)")),
    ("Chez Michelin, la production a repris lundi.", "Michelin"),
    ("La fondation Abbé-Pierre a publié son rapport annuel.", "Abbé-Pierre"),
    ("Les Républicains ont exclu le maire de la commune.", "Républicains"),
    ("Les manifestants ont rejoint le quartier de la Croix-Rousse.", "Croix-Rousse"),
    ("La place Bellecour a été évacuée dans la soirée.", "Bellecour"),
    ("Les élus de Pierrefitte-sur-Seine ont voté une motion.", "Pierrefitte-sur-Seine"),
    ("La gare Saint-Lazare a été fermée une heure.", "Saint-Lazare"),
    ("Le patron du PS a réclamé un référendum.", "PS"),
    ("Le député de la Somme a interpellé le gouvernement.", "Somme"),
    ("Le ministre de l'Intérieur a salué les forces de l'ordre lundi.", "Intérieur"),
    ("En France, 40 ans après la loi, rien n'a changé.", "France"),
    ("Florence, ville d'art, accueille le sommet européen.", "Florence"),
    ("À Florence, 30 ans plus tard, le musée rouvre ses portes.", "Florence"),
    ("Le garde des Sceaux a répondu aux avocats.", "Sceaux"),
    ("Le maire de Sceaux a répondu aux avocats.", "Sceaux"),
    ("Le maire de Lyon Lundi a réuni son conseil.", "Lundi"),
    ("Les habitants de Lyon Confluence ont manifesté.", "Confluence"),
    ("Le sénateur Modem a voté contre.", "Modem"),
    ("Le maire Les Républicains a démissionné.", "Les Républicains"),
    ("Le constructeur Renault a supprimé des postes.", "Renault"),
    ("Le directeur de la Protection civile a démenti.", "Protection civile"),
    ("Louis Boyard Le Lycéen victime du LBD 40", "Le Lycéen"),
    ("Le Parisien Saint-Germain a gagné dimanche.", "Saint-Germain"),
    ("Mme la ministre a répondu aux questions.", "ministre"),
    ("Le directeur du théâtre Marigny pensait encore pouvoir ouvrir samedi.", "Marigny"),
]


@pytest.mark.parametrize(("text", "person"), PERSONS)
def test_a_person_named_as_the_press_does(nlp, text, person):
    got = names(nlp, text)
    assert got.get(person) == "PER", got


@pytest.mark.parametrize(("text", "word"), NOT_PERSONS)
def test_places_companies_and_portfolios_named_like_people_are_no_person(nlp, text, word):
    got = names(nlp, text)
    assert got.get(word) != "PER", got


def speakers(record) -> list[tuple[str, str | None]]:
    names = {e.id: e.name for e in record.entities}
    return [(q.text, names.get(q.speaker) if q.speaker else None) for q in record.quotes]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("« La loi sera appliquée sans délai », a prévenu le ministre de la Culture Riester.",
         "La loi sera appliquée sans délai", "Riester"),
        ("« Nous ne céderons pas à la pression », a lancé le ministre de l'Économie Le Maire.",
         "Nous ne céderons pas à la pression", "Le Maire"),
        ("« Les soldats ont fait leur devoir », a déclaré le général Lecointre devant la commission.",
         "Les soldats ont fait leur devoir", "Lecointre"),
        ("« Je n'ai rien à me reprocher », a assuré M. Bouchareb à sa sortie du tribunal.",
         "Je n'ai rien à me reprocher", "Bouchareb"),
        ("« Nous avons tout perdu en une nuit », raconte Rose, 71 ans, devant sa maison.",
         "Nous avons tout perdu en une nuit", "Rose"),
        ("« La ville ne paiera pas », a tranché le maire de Lyon Collomb.", "La ville ne paiera pas", "Collomb"),
        ("« Ce texte est une faute », a dénoncé la députée Obono dans l'hémicycle.", "Ce texte est une faute", "Obono"),
    ],
)
def test_a_person_found_here_speaks(text, quote, speaker):
    assert (quote, speaker) in speakers(pressfacts.extract(text))
