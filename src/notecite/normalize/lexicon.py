"""Small word lists the OCR checks compare against (general, not tied to any one article).

:data:`NAMES` holds proper names and terms frequent in humanities notes on modern history,
politics, philosophy and literature (people, places, movements, institutions), in the
spellings English-language scholarship uses. :data:`WORDS` holds common English, French and
German words, so that an ordinary word is never mistaken for a damaged name.
"""
from __future__ import annotations

NAMES = frozenset(
    """
    Marx Engels Lenin Trotsky Trotskii Stalin Bukharin Zinoviev Kamenev Radek Rakovsky Preobrazhensky
    Kollontai Krupskaya Lunacharsky Dzerzhinsky Sverdlov Kalinin Molotov Kirov Yagoda Yezhov Beria
    Khrushchev Brezhnev Gorbachev Andropov Chernenko Kerensky Kornilov Plekhanov Martov Axelrod
    Chernov Kropotkin Bakunin Herzen Chernyshevsky Tkachev Nechaev Tolstoy Dostoevsky Turgenev
    Chekhov Gorky Pushkin Gogol Lermontov Mayakovsky Pasternak Akhmatova Mandelstam Tsvetaeva
    Bulgakov Babel Zamyatin Pilnyak Solzhenitsyn Shalamov Ehrenburg Sholokhov Blok Bely Esenin
    Yesenin Serge Kibalchich Istrati Souvarine Rosmer Monatte Barbusse Rolland Gide Malraux Sartre
    Camus Aragon Breton Eluard Nizan Politzer Merleau-Ponty Beauvoir Weil Blum Thorez Jaures Jaurès
    Proudhon Blanqui Fourier Saint-Simon Sorel Lafargue Guesde Luxemburg Liebknecht Kautsky
    Bernstein Bebel Hilferding Thalmann Brandler Korsch Lukacs Lukács Gramsci Bordiga Togliatti
    Silone Mussolini Hitler Goebbels Himmler Churchill Roosevelt Truman Wilson Lloyd Chamberlain
    Attlee Bevan Orwell Koestler Deutscher Carr Schapiro Conquest Pipes Fitzpatrick Getty Cohen
    Tucker Lewin Medvedev Filtzer Daniels Rabinowitch Haimson Suny Kotkin Malia Ulam Wolfe
    Shachtman Cannon Burnham Macdonald Howe Draper Mandel Cliff Harman Callinicos Hobsbawm
    Thompson Anderson Miliband Williams Hill Hilton Dobb Sweezy Baran Magdoff Braverman Mattick
    Pannekoek Gorter Castoriadis Lefort Lefebvre Althusser Poulantzas Foucault Derrida Deleuze
    Barthes Levi-Strauss Braudel Bloch Febvre Durkheim Weber Simmel Tonnies Mannheim Adorno
    Horkheimer Marcuse Benjamin Habermas Fromm Arendt Heidegger Husserl Hegel Kant Fichte
    Schelling Feuerbach Nietzsche Schopenhauer Kierkegaard Spinoza Descartes Pascal Voltaire
    Rousseau Montesquieu Diderot Condorcet Robespierre Danton Marat Babeuf Napoleon Bonaparte
    Tocqueville Michelet Guizot Thiers Lamartine Hugo Balzac Flaubert Zola Stendhal Baudelaire
    Rimbaud Verlaine Mallarme Proust Valery Claudel Peguy Péguy Bergson Goethe Schiller Heine
    Brecht Mann Kafka Musil Rilke Hesse Freud Jung Adler Reich Einstein Darwin Smith Ricardo
    Malthus Mill Bentham Hume Locke Hobbes Burke Paine Jefferson Madison Hamilton Lincoln
    Washington Shakespeare Milton Dickens Eliot Joyce Woolf Lawrence Wells Shaw Russell Keynes
    Mao Zhou Deng Chiang Sun Ho Castro Guevara Tito Dimitrov Rajk Gomulka Nagy Dubcek Kadar
    Mexico Moscow Petrograd Leningrad Kronstadt Orenburg Brussels Paris London Berlin Vienna
    Geneva Zurich Barcelona Madrid Warsaw Prague Budapest Kiev Odessa Kharkov Tiflis Baku
    Siberia Ukraine Russia Soviet Soviets Bolshevik Bolsheviks Bolshevism Menshevik Mensheviks
    Menshevism Comintern Cominform Profintern Cheka GPU OGPU NKVD KGB Gulag Politburo Orgburo
    Sovnarkom Narkomindel Gosplan Komsomol Narodnaya Narodniki Populist Populists Trotskyism
    Trotskyist Trotskyists Stalinism Stalinist Stalinists Leninism Leninist Leninists Marxism
    Marxist Marxists Anarchism Anarchist Anarchists Syndicalism Syndicalist Socialism Socialist
    Socialists Communism Communist Communists Fascism Fascist Fascists Nazism Thermidor
    Thermidorian Jacobin Jacobins Kronstadt Opposition Revolution Revolutionary Revolutionaries
    International Internationale Proletarian Proletariat Proletarienne Bureaucracy Collectivization
    Industrialization Perestroika Glasnost Pravda Izvestiia Izvestia Bolshevik Iskra Vpered
    Humanité Populaire Gallimard Grasset Maspero Seuil Plon Rieder Flammarion Hachette Payot
    Verso Penguin Pelican Macmillan Routledge Longman Methuen Heinemann Gollancz Harper Knopf
    Doubleday Random Norton Pathfinder Pluto Merlin Bookmarks Monthly Sharpe Praeger Westview
    Oxford Cambridge Harvard Princeton Yale Columbia Cornell Stanford Berkeley Chicago Indiana
    Pittsburgh Michigan Routledge Blackwell Clarendon
    """.split()
)

WORDS = frozenset(
    """
    a about above after again against all also although among an and another any are around as at
    back be because been before being below between both but by came can cannot could day days
    did do does done down during each early even every few first for from further general good
    great had has have having he her here him his history how however i if in into is it its
    itself just last late later least less life like little long made make man many may me men
    might more most much must my never new next no not now of off often old on once one only or
    other others our out over own part people place political same see several shall she should
    since so social some state still such than that the their them then there these they this
    those though three through time to too two under until up upon us very was way we well were
    what when where which while who whom whose why will with within without work works world
    would year years you your
    memoirs memoir letters letter diary diaries notes essays essay writings selected collected
    works volume volumes studies study introduction preface foreword afterword edition editions
    translation translated translator editor edited press publishers publishing books book
    journal review quarterly monthly weekly magazine bulletin papers paper report reports
    revolution revolutions revolutionary revolutionaries russian russia soviet soviets state
    states union party parties workers worker working class classes struggle struggles power
    economy economic economics politics policy policies society societies culture cultural
    theory theories question questions crisis crises conquered city birth our prison prisons
    portrait destiny midnight century centuries case comrade years without reprieve lost men
    torment year left right opposition betrayed tragedy lessons defeat victory war wars peace
    civil world peasant peasants industry industrial planning plan plans labour labor trade
    trades unions capital capitalism capitalist imperialism democracy democratic dictatorship
    freedom liberty justice terror trials trial purges purge camp camps exile exiles deportation
    memory memories testimony literature literary novel novels poems poetry writer writers
    art arts science sciences philosophy philosophical critique criticism notebooks speeches
    speech documents document archive archives sources source records record
    le la les un une des du de et en au aux dans par pour sur avec sans sous ce cette ces
    qui que quoi dont où ou mais donc car ni ne pas plus moins très tout tous toute toutes
    révolution revolution russe russes française histoire mémoires souvenirs ans année années
    après avant depuis pendant contre entre vers chez lettre lettres œuvres oeuvres choisies
    complètes écrits ouvrier ouvriers ouvrière parti politique sociale socialisme communisme
    der die das den dem des ein eine einer eines und oder aber nicht mit von zu zum zur bei aus
    nach vor über unter gegen ohne durch für auf im am vom ins geschichte revolution russische
    schriften briefe werke gesammelte ausgewählte arbeiter partei politik sozialismus
    """.split()
)

#: :data:`NAMES` by their case-folded spelling (for look-ups that ignore case).
NAMES_FOLDED: dict[str, str] = {n.casefold(): n for n in NAMES}
