"""Invented but real-world-shaped bibliographic material for synthetic notes (notecite's own lists)."""
from __future__ import annotations

PEOPLE = [
    ("Victor", "Kibalchich"), ("Natalia", "Sedova"), ("Isaac", "Deutscher"), ("Edward H.", "Carr"),
    ("Alexander", "Rabinowitch"), ("Sheila", "Fitzpatrick"), ("Robert", "Conquest"), ("Moshe", "Lewin"),
    ("Stephen F.", "Cohen"), ("Leonard", "Schapiro"), ("Rosa", "Luxemburg"), ("Karl", "Kautsky"),
    ("Nikolai", "Bukharin"), ("Boris", "Souvarine"), ("Pierre", "Broué"), ("Jean-Paul", "Sartre"),
    ("Simone", "Weil"), ("Hannah", "Arendt"), ("Walter", "Benjamin"), ("Theodor W.", "Adorno"),
    ("Georg", "Lukács"), ("Antonio", "Gramsci"), ("Ernest", "Mandel"), ("Tony", "Cliff"),
    ("Hal", "Draper"), ("Max", "Shachtman"), ("James P.", "Cannon"), ("Richard", "Pipes"),
    ("Orlando", "Figes"), ("Marc", "Ferro"), ("François", "Furet"), ("Eric J.", "Hobsbawm"),
    ("E. P.", "Thompson"), ("Perry", "Anderson"), ("Raymond", "Williams"), ("Susan", "Weissberg"),
    ("Angelica", "Balabanoff"), ("Alfred", "Rosmer"), ("Marcel", "Martinet"), ("Panaït", "Istrati"),
    ("Ante", "Ciliga"), ("Dwight", "Macdonald"), ("George", "Orwell"), ("André", "Malraux"),
    ("Ignazio", "Silone"), ("Arthur", "Koestler"), ("Lev", "Kopelev"), ("Roy", "Medvedev"),
    ("Aleksandr", "Solzhenitsyn"), ("Nadezhda", "Mandelstam"), ("Evgenia", "Ginzburg"),
    ("Wolfgang", "Leonhard"), ("Margarete", "Buber-Neumann"), ("Ruth", "Fischer"),
    ("Franz", "Borkenau"), ("Julián", "Gorkin"), ("Andrés", "Nin"), ("Burnett", "Bolloten"),
    ("Hugh", "Thomas"), ("Paul", "Preston"), ("Daniel", "Guérin"), ("Maurice", "Nadeau"),
    ("Jean", "van Heijenoort"), ("Baruch", "Knei-Paz"), ("Richard B.", "Day"), ("Lars T.", "Lih"),
    ("Donald J.", "Raleigh"), ("Diane P.", "Koenker"), ("William G.", "Rosenberg"), ("Ronald Grigor", "Suny"),
    ("Teodor", "Shanin"), ("Alec", "Nove"), ("Jerzy", "Borejsza"), ("Hélène", "Carrère d'Encausse"),
    ("Klaus", "von Beyme"), ("Dietrich", "Geyer"), ("Manfred", "Hildermeier"), ("Giuliano", "Procacci"),
    ("Vittorio", "Strada"), ("Paolo", "Spriano"), ("Mikhail", "Pokrovskii"), ("Sergei", "Dmitriev"),
    ("Iu. V.", "Got'e"), ("N. N.", "Sukhanov"), ("Jacques", "Rancière"), ("Michelle", "Perrot"),
]

BOOK_TITLES = [
    "The Prophet Armed", "The Prophet Unarmed", "The Bolshevik Revolution", "The Bolsheviks Come to Power",
    "Stalin: A Critical Survey of Bolshevism", "The Great Terror: A Reassessment", "Lenin's Last Struggle",
    "Bukharin and the Bolshevik Revolution", "The Origin of the Communist Autocracy",
    "The Accumulation of Capital", "Terrorism and Communism", "Imprisoned in the Soviet Union",
    "The Russian Enigma", "Rapport sur la révolution", "La Révolution trahie", "Le Mouvement communiste en France",
    "Die russische Revolution", "Geschichte der Sowjetunion", "Die Revolution entläßt ihre Kinder",
    "Storia del Partito comunista italiano", "Il tramonto della rivoluzione", "La revolución española",
    "The Spanish Civil War", "Homage to Catalonia", "Darkness at Noon", "Bread and Wine",
    "The Origins of Totalitarianism", "Illuminations", "History and Class Consciousness",
    "Prison Notebooks", "The Making of the English Working Class", "Considerations on Western Marxism",
    "Culture and Society", "The Age of Extremes", "A People's Tragedy", "The Russian Revolution, 1917-1921",
    "Revolution from Above", "Everyday Stalinism", "Peasant Russia, Civil War", "Red Petrograd",
    "Let History Judge", "The Gulag Archipelago", "Hope Against Hope", "Journey into the Whirlwind",
    "Literature and Revolution", "Trotsky: The Eternal Revolutionary", "Leon Trotsky and the Politics of Economic Isolation",
    "Lenin Rediscovered", "Revolution on the Volga", "Moscow Workers and the 1917 Revolution",
    "Liberals in the Russian Revolution", "The Soviet Economic System", "Time of Troubles",
    "Zapiski o revoliutsii", "Ocherki po istorii russkoi kul'tury", "Dnevnik", "Istoriia sovetskogo obshchestva",
    "Souvenirs d'un révolutionnaire", "Les Derniers Temps", "Carnets", "Mémoires d'un révolutionnaire",
    "From Lenin to Stalin", "Men in Prison", "The Long Dusk", "Birth of a Workers' State",
    "Mes années de lutte", "Vie et mort de Trotsky", "Seize fusillés", "L'An I de la révolution russe",
    "The Case against the Commissars", "Exile and Return", "The Writer in Exile", "Notebooks from the Underground",
]

ARTICLE_TITLES = [
    "The Kronstadt Revolt Reconsidered", "Workers' Control in 1918", "Stalinism and the Intelligentsia",
    "A Forgotten Opposition", "Notes on the Left Opposition", "The Purges as Social History",
    "Revolution and Literature", "Les anarchistes et la révolution russe", "Zur Frage der Bürokratie",
    "The Politics of Memory in Soviet Exile", "Letters from Orenburg", "On the Russian Question",
    "The Comintern and the Chinese Revolution", "Bukharin's Last Testament", "Problems of Soviet Planning",
    "The Fate of the Mensheviks", "Culture in the First Five-Year Plan", "Il problema della burocrazia",
    "La crise du parti", "The Bureaucratic Collectivist Thesis", "Rethinking NEP", "What Was Stalinism?",
]

JOURNALS = [
    "Slavic Review", "Russian Review", "Soviet Studies", "Past and Present", "New Left Review",
    "Critique", "Cahiers du monde russe", "Annales", "Jahrbücher für Geschichte Osteuropas",
    "International Socialism", "Monthly Review", "Dissent", "Partisan Review", "The New International",
    "La Révolution prolétarienne", "Esprit", "Les Temps modernes", "Studi storici", "Kritika",
    "Voprosy istorii", "Revolutionary History", "History Workshop Journal", "Journal of Modern History",
    "Europe-Asia Studies", "Labour History Review", "Le Monde", "The Nation", "The New Republic",
]

PUBLISHERS = [
    ("London", "Verso"), ("London", "New Left Books"), ("London", "Pluto Press"), ("London", "Macmillan"),
    ("Oxford", "Oxford University Press"), ("Oxford", "Clarendon Press"), ("Cambridge", "Cambridge University Press"),
    ("New York", "Monthly Review Press"), ("New York", "Pathfinder"), ("New York", "W. W. Norton"),
    ("New York", "Alfred A. Knopf"), ("New York", "Harper & Row"), ("New York", "Vintage Books"),
    ("Princeton", "Princeton University Press"), ("New Haven", "Yale University Press"),
    ("Chicago", "University of Chicago Press"), ("Bloomington", "Indiana University Press"),
    ("Ithaca", "Cornell University Press"), ("Berkeley", "University of California Press"),
    ("Paris", "Gallimard"), ("Paris", "Éditions du Seuil"), ("Paris", "François Maspero"),
    ("Paris", "Grasset"), ("Paris", "Les Éditions de Minuit"), ("Paris", "Rieder"), ("Paris", "Plon"),
    ("Frankfurt am Main", "Suhrkamp"), ("Berlin", "Dietz Verlag"), ("Köln", "Kiepenheuer & Witsch"),
    ("München", "C. H. Beck"), ("Torino", "Einaudi"), ("Milano", "Feltrinelli"), ("Roma", "Editori Riuniti"),
    ("Madrid", "Alianza Editorial"), ("Barcelona", "Crítica"), ("Moscow", "Progress Publishers"),
    ("Moskva", "Nauka"), ("Leningrad", "Priboi"), ("Glasgow", "Critique Books"), ("Boston", "Beacon Press"),
    ("London & New York", "Routledge"), ("Harmondsworth", "Penguin"), ("Montréal", "Écosociété"),
    ("Detroit", "Wayne State University Press"), ("Armonk, NY", "M. E. Sharpe, Inc."),
    ("New York", "Harcourt, Brace & Co."), ("London", "Allen & Unwin Ltd."), ("New York", "Pioneer Publishers, Inc."),
    ("Boston", "Little, Brown and Company"), ("London", "Lawrence & Wishart Ltd"), ("Atlantic Highlands, NJ", "Humanities Press"),
]

TRANSLATORS = ["Peter Sedgwick", "Max Eastman", "Ralph Manheim", "Paul Foot", "Ian Birchall",
               "Richard Greeman", "Willa and Edwin Muir", "Brian Pearce", "Jean Malaquais"]
EDITORS = ["David Cotterill", "Susan Weissman", "Julián Gorkin", "Jean Rière", "Tamara Deutscher",
           "Al Richardson", "Richard Day", "Hugo Dewar"]

# --- invented prose vocabulary (for sentences with no reference in them) ---
PROSE_SUBJECTS = [
    "the party leadership", "the delegates", "the young militants", "most historians", "the secret police",
    "the workers of the capital", "his former comrades", "the émigré press", "the censors", "the trade unions",
    "the peasants of the region", "the official historians", "the survivors", "his publisher", "the author",
    "the opposition", "the government", "the central committee", "the local soviet", "the tribunal", "she", "he",
    "they", "we", "I", "the translator", "the editors of the review", "the French police", "the congress",
]
PROSE_VERBS = [
    "was expelled from", "never forgave", "wrote at length about", "were deported to", "had already abandoned",
    "refused to sign", "published nothing on", "has recently reconsidered", "remained loyal to", "spoke openly about",
    "were unable to reach", "tried to return to", "organized", "denounced", "ignored", "described", "defended",
    "criticized", "welcomed", "condemned", "joined", "left", "visited", "rejected", "supported", "feared",
    "was arrested in", "lived in", "is portrayed in", "was sent back to", "could not find", "kept silent about",
]
PROSE_OBJECTS = [
    "the leadership", "the new policy", "the old guard", "the last congress", "the capital", "the movement",
    "the factory committees", "the whole question", "the archives", "the trial", "the famine", "the strike",
    "the new regime", "his own party", "the press", "the revolution", "their former allies", "the manuscript",
    "the western left", "the official line", "the first five-year plan", "the civil war", "the purges",
    "the workers' opposition", "the rank and file", "the frontier", "the peasantry", "the city",
]
PROSE_ADVERBIALS = [
    "in the spring of {year}", "after the war", "during the following months", "at least once",
    "without compromise", "for the first time", "in a long letter", "until the end", "in {place}",
    "two years later", "at the time", "despite the risks", "with some reluctance", "in public", "in private",
    "during the famine", "on several occasions", "by the end of the decade", "in the autumn of {year}",
    "shortly before his death", "with great difficulty", "in exile", "from {year} to {year}",
]
PROSE_CONNECTIVES = [
    "and", "but", "while", "because", "although", "so that", "even though", "since", "until", "when", "whereas",
]
PROSE_OPENERS = [
    "Nevertheless,", "In fact,", "However,", "At the same time,", "Later,", "By then,", "In other words,",
    "As a result,", "Ironically,", "Not surprisingly,", "To date,", "On the other hand,", "For him,",
]

#: Capitalised proper names that occur in prose (organisations, bodies, events): prose, not titles.
PROSE_NAMES = [
    "the Central Committee", "the Executive Committee of the Communist International", "the Comintern",
    "the Fourth International", "the Left Opposition", "the International Left Opposition", "the Soviet Union",
    "the Red Army", "the Cheka", "the GPU", "the Socialist Revolutionaries", "the Mensheviks", "the Bolsheviks",
    "the Popular Front", "the Second World War", "the Civil War", "the October Revolution", "the Kronstadt Rebellion",
    "the New Economic Policy", "the Politburo", "the Spanish Republic", "the Workers' Opposition",
    "the Communist Party of Germany", "the POUM", "the CNT", "the French Communist Party", "the Moscow Trials",
    "the Petrograd Soviet", "the Third International", "the Sorbonne", "the League of Nations", "Gorbachev",
]
