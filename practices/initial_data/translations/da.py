"""Dansk: metodekatalog, målgrupper, områder og workshopforløb (oversat fra engelsk).

Herlev-metoderne bruger projektets egne ord (visitation, sidemandsoplæring,
fællesdage, trekantssamtaler, håndholdt opfølgning).
"""

METHODS = {
    "step-model": {
        "summary": "Vejen mod arbejde i små, synlige trin, der bygger oven på hinanden.",
        "what_it_is": "<p>Vejen tilbage til arbejde lægges ud som en trappe: hvert trin er et konkret mål, der kan nås (en første praktik, flere timer, en ny opgave), og borgeren og sagsbehandleren kan se, hvor de står, og hvad der kommer bagefter.</p>",
        "when_to_use": "<p>Med borgere langt fra arbejdsmarkedet, hvor ét stort spring ville mislykkes, men en række små trin holder motivationen oppe.</p>",
        "steps": [
            "Aftal slutmålet: job eller uddannelse.",
            "Del det op i trin, som borgeren kan nå på få uger.",
            "Gennemgå hvert trin på opfølgningsmøderne, og sæt det næste.",
        ],
    },
    "joint-visitation": {
        "title": "Fælles visitation med fokus på job",
        "summary": "Partnerne møder hver ny deltager sammen og ser først på mulighederne for job.",
        "what_it_is": "<p>I stedet for at hver partner vurderer borgeren for sig, holder kommunen, virksomhedspartneren og sprogcentret én fælles visitation med fokus på, hvilket arbejde borgeren kan varetage, herunder en sproglig vurdering.</p>",
        "when_to_use": "<p>Når flere organisationer deler ansvaret for den samme borger og har brug for et fælles udgangspunkt.</p>",
    },
    "quick-placement": {
        "summary": "To introdage slutter med to praktikønsker, og kort efter starter borgeren i praktik.",
        "what_it_is": "<p>Efter visitationen deltager borgerne i to introdage. På anden dagen peger de på to praktikpladser, de gerne vil have; vælger de ikke, vælger teamet for dem. Målet er hurtigt at komme ud på en rigtig arbejdsplads med tæt, håndholdt opfølgning.</p>",
        "when_to_use": "<p>Når ventetiden i sig selv er en barriere, og arbejdspladsen er det bedste sted at lære.</p>",
        "when_not_to_use": "<p>Ikke som erstatning for den sundhedsmæssige eller sociale støtte, borgeren har brug for først; kombinér det med den støtte.</p>",
        "steps": [
            "Fælles visitation.",
            "To introdage.",
            "To praktikønsker på sidste dag.",
            "Start i praktik med håndholdt opfølgning.",
        ],
    },
    "workplace-buddy": {
        "summary": "En kollega på praktikstedet oplærer den nye side om side.",
        "what_it_is": "<p>En erfaren medarbejder arbejder ved siden af deltageren og lærer vedkommende jobbet i praksis. Sammen med et netværk af virksomheder er det en af de ting, Herlev-partnerne nævner som virksomt for partnerskabet.</p>",
        "when_to_use": "<p>I praktikker, hvor opgaverne bedst læres ved at gøre dem, og hvor virksomheden kan frigøre tid hos en kollega.</p>",
    },
    "common-days": {
        "summary": "Faste gruppedage for alle deltagere: erfaringsudveksling, netværk og samtaler om arbejde og helbred.",
        "what_it_is": "<p>Deltagerne mødes jævnligt i gruppen for at udveksle erfaringer fra deres praktikker, opbygge et netværk og drøfte temaer som synet på eget helbred, motion og kønsroller. De andre deltageres feedback er en drivkraft; kommunallægen kan deltage.</p>",
        "when_to_use": "<p>Med grupper i sideløbende praktikker, hvor deltagerne kan støtte og udfordre hinanden.</p>",
    },
    "gp-tripartite-talks": {
        "summary": "Lægen, projektlederen og borgeren taler sammen, så kendte skavanker ikke blokerer for en praktik.",
        "what_it_is": "<p>De praktiserende læger får brev om, at projektlederen er myndighedsperson i sagen. Når helbredet nævnes som en barriere, mødes læge, projektleder og borger til en fælles samtale. Praktikken tager hensyn til borgerens begrænsninger, men praktikken gennemføres.</p>",
        "when_to_use": "<p>Når det er borgerens egen sygdomsopfattelse snarere end selve sygdommen, der holder vedkommende uden for arbejde.</p>",
        "when_not_to_use": "<p>Ikke for at tilsidesætte lægefaglige råd: målet er et fælles, realistisk billede, ikke pres.</p>",
    },
    "health-house": {
        "title": "Sundhedshuset: motion og kost",
        "summary": "Adgang til motion og kostvejledning for at styrke sammenhængen mellem krop, psyke og arbejde.",
        "what_it_is": "<p>Deltagerne bruger kommunens sundhedshus til motion og kostvejledning og får en bedre forståelse af, hvordan krop og psyke hænger sammen.</p>",
    },
    "workplace-language-teaching": {
        "summary": "En sproglærer underviser på praktikstedet, tilrettelagt efter den enkeltes job.",
        "what_it_is": "<p>Efter en sproglig vurdering underviser en lærer fra sprogcentret deltagerne på deres praktiksted, med indhold tilrettelagt individuelt efter jobbets ord og situationer.</p>",
        "when_to_use": "<p>Når et begrænset dansk holder folk tilbage på arbejdet, og undervisning i klasselokalet føles langt fra de daglige opgaver.</p>",
    },
    "boston-approach": {
        "title": "Boston-metoden",
        "summary": "En frivillig arbejdsform, der tilpasser sig hver deltagers behov, så alle får den samme støtte.",
        "what_it_is": "<p>Södertälje valgte Boston-metoden, fordi den ikke er tvungen og følger deltageren. Den skal give en struktur, så alle får den samme støtte, tilpasset det, hver deltager har brug for. Projektlederen understreger, at det ikke er den eneste metode, der virker.</p>",
        "when_to_use": "<p>Når en tjeneste ønsker en fælles struktur for alle medarbejdere uden at tvinge deltagerne gennem et fast program.</p>",
    },
    "multi-agency-team": {
        "title": "Tværmyndighedsteam",
        "summary": "Medarbejdere fra flere myndigheder arbejder som ét team for en gruppe, der dukker op i projekt efter projekt.",
        "what_it_is": "<p>Myndighederne arbejder sammen i ét fælles team for målgruppen. I Södertälje startede et tværmyndighedsteam (MGT) under MIA-projektet, og kommunen tilpassede sig, så den kan møde gruppen.</p>",
        "when_to_use": "<p>For en gruppe, der dukker op i projekt efter projekt.</p>",
    },
    "short-assessment": {
        "title": "Kort afklaring",
        "summary": "En kort første afklaring ved visitationen, som ligger til grund for valget af integrationsstrategi.",
        "what_it_is": "<p>En del af visitationen i socialforvaltningen, sammen med vurderingen af behov og af andre forsørgelseskilder. Resultatet indgår i segmenteringen af borgeren i en af fire strategier.</p>",
    },
    "practical-assessment": {
        "title": "Praktisk afklaring",
        "summary": "Borgeren observeres i en praktisk sammenhæng for at vurdere potentialet for arbejde.",
        "what_it_is": "<p>Et af de tre redskaber i ressourceafklaringen: borgerens evner vurderes i praksis og ikke kun i samtalen.</p>",
    },
    "in-depth-potential-assessment": {
        "title": "Uddybende ressourceafklaring",
        "summary": "En grundig afklaring for borgere, hvis muligheder er uklare.",
        "what_it_is": "<p>Det tredje og mest detaljerede redskab i ressourceafklaringen, som bruges fx over for borgere i orienteringssegmentet, hvor det er uklart, om arbejde eller stabilisering er det realistiske mål.</p>",
    },
    "segmentation-avos": {
        "title": "Segmentering A/V/O/S",
        "summary": "Hver borger placeres i ét af fire segmenter med sin egen standardstrategi, som tages op mindst hver sjette måned.",
        "what_it_is": "<p>Ved visitationen beslutter socialrådgiverne, hvilken integrationsstrategi der passer: <strong>A</strong> (afløse: forventes at forlade socialhjælpen inden for seks måneder uden megen støtte), <strong>V</strong> (forandre: integration i arbejde kan nås med målrettede tiltag), <strong>O</strong> (orientere: uklart, om arbejde eller stabilisering er målet; først en uddybende afklaring), <strong>S</strong> (stabilisere: ingen realistisk chance for arbejde på mellemlang sigt; fokus på social integration). Segmentet vurderes igen mindst hver sjette måned.</p>",
        "when_to_use": "<p>I socialforvaltninger, der skal afstemme støttens intensitet efter den enkeltes muligheder.</p>",
        "steps": [
            "Visitation med kort afklaring.",
            "Tildel et segment og dets standardstrategi.",
            "Vurdér segmentet igen mindst hver sjette måned.",
        ],
    },
    "continuous-case-management": {
        "title": "Sammenhængende sagsføring",
        "summary": "Én sagsførende instans følger borgeren fra visitationen, til integrationen har vist sig holdbar.",
        "what_it_is": "<p>En overordnet proces: den begynder ved visitationen til socialhjælp (eller når et øget integrationsbehov er fastslået) og slutter, når integrationen er holdbar, omkring seks måneder efter at integrationsmålene er nået. På grundlag af ressourceafklaringen fastlægger den sagsførende instans de individuelle tiltag i en integrationsplan.</p>",
    },
    "six-month-follow-up": {
        "title": "Seks måneders opfølgning efter integration",
        "summary": "Borgere, der har forladt socialhjælpen for et job, følges af socialforvaltningen i seks måneder.",
        "what_it_is": "<p>Integrationen slutter ikke ved første lønudbetaling: socialforvaltningen fortsætter med at støtte borgeren i seks måneder, efter at vedkommende er kommet i arbejde og ud af socialhjælpen.</p>",
    },
    "continuous-monitoring-forms": {
        "title": "Løbende monitorering med faste vurderingsskemaer",
        "summary": "Tilbuddene melder tilbage om hver borger i skemaer tilpasset opgaven, så der opstår en tidslinje over udviklingen.",
        "what_it_is": "<p>Uddannelsestilbud, prøvepraktikker, praktikker, asylstøtte, forløb før lære og beskæftigelsesprogrammer udfylder faste vurderingsskemaer, tilpasset hver opgave, fra en computer eller en telefon. Den kronologiske registrering viser, hvordan kompetencerne udvikler sig, og indgår i integrationsplanen.</p>",
        "when_to_use": "<p>Når mange tilbud arbejder med de samme borgere, og deres tilbagemeldinger ellers ville forblive spredte.</p>",
    },
    "training-consultancy-laboratory": {
        "title": "Deltagende udviklingsværksted med uddannelse og rådgivning",
        "summary": "Fagfolk udvikler sammen en fælles model i faciliterede møder, der bygger på deres egen erfaring.",
        "what_it_is": "<p>En række faciliterede møder, hvor medarbejdere fra forskellige organisationer udformer en fælles model. Værkstedet bygger på det, deltagerne har lært i praksis, opmuntrer dem til at dele tilgange og hjælper med at forene forskellige begreber og overvinde forsvarsholdninger.</p>",
        "when_to_use": "<p>Når flere organisationer skal blive enige om én arbejdsform, og hver har sine egne vaner med.</p>",
    },
    "good-practice-exchange": {
        "title": "Udveksling af god praksis mellem provinser",
        "summary": "Møder med provinser, der allerede har beskrevet deres processer i en model, for at vurdere, hvad der kan overføres.",
        "what_it_is": "<p>Tidligt i et modelarbejde fortæller repræsentanter fra andre provinser, hvordan de har beskrevet deres processer, og deltagerne vurderer, om det kan overføres. Systemindsatsen Servizi in rete i Monza e Brianza foreslog to sådanne møder, med Como og Mantova.</p>",
    },
    "critical-passages-mapping": {
        "title": "Kortlægning af de kritiske overgange mellem tilbud",
        "summary": "At finde de steder, hvor ansvaret skifter hænder mellem akkrediterede aktører og sociale og specialiserede tilbud, og aftale, hvordan hver overlevering håndteres.",
        "what_it_is": "<p>Forløbet for en borger følges trin for trin for at finde de punkter, hvor ét tilbud overleverer til et andet, så hvert punkt får en aftalt arbejdsgang.</p>",
    },
    "network-governance-model": {
        "title": "Model for styring af netværket",
        "summary": "At aftale, hvordan et netværk af tilbud styres: roller, beslutninger og koordinering.",
        "what_it_is": "<p>Partnerne i et netværk for beskæftigelse gør det tydeligt, hvordan netværket styres, så samarbejdet ikke afhænger af den enkeltes gode vilje.</p>",
    },
}

TARGET_GROUPS = {
    "persons-with-disabilities": {
        "description": "Personer, hvis handicap gør det sværere at komme i eller fastholde et job uden støtte."
    },
    "refugees-provisionally-admitted": {
        "description": "Personer fra asyl- og flygtningeområdet, også dem med midlertidig opholdstilladelse."
    },
    "social-assistance-recipients": {
        "description": "Personer, der er afhængige af behovsprøvet offentlig forsørgelse, ofte i lang tid."
    },
    "ethnic-minority-unemployed": {
        "description": "Kontanthjælpsmodtagere med indvandrerbaggrund, der er langt fra arbejdsmarkedet."
    },
    "migrant-women": {
        "description": "Kvinder, ofte flygtninge, der aldrig fik fodfæste på arbejdsmarkedet efter ankomsten."
    },
    "mental-ill-health": {
        "description": "Personer, hvis psykiske helbred er en barriere for arbejde."
    },
}

TERRITORIES = {
    "monza-brianza": {
        "region": "Lombardiet",
        "location": "Provins nord for Milano, Lombardiet",
        "summary": "Et netværk af akkrediterede aktører i provinsen, der opbygger en fælles model for beskæftigelse af personer med handicap.",
        "profile": "<p>I provinsen Monza e Brianza satte de akkrediterede aktører, der driver beskæftigelsestilbud for personer med handicap, sig for i systemindsatsen <em>Servizi in rete</em> under Piano LIFT at fastlægge en fælles måde at håndtere virksomhedsplaceringer på og at præsentere den for foreninger, sociale kooperativer af type B og deres konsortier.</p>",
        "contact_name": "Netværket Servizi in rete, provinsens koordinering af LIFT-systemindsatserne",
    },
    "como": {
        "region": "Lombardiet",
        "location": "Provins ved Comosøen, Lombardiet",
        "summary": "En provins, der siden 2012 har beskrevet i en model, hvordan borgere tages i forløb mellem akkrediterede aktører og sociale og specialiserede tilbud.",
        "profile": "<p>Fra 2012 beskrev provinsen Como i en model, hvordan borgere tages i forløb med henblik på beskæftigelse, og kortlagde de kritiske overgange mellem akkrediterede aktører og de sociale og specialiserede tilbud.</p>",
    },
    "mantova": {
        "region": "Lombardiet",
        "location": "Provins i det sydøstlige Lombardiet",
        "summary": "En provins, der siden 2013 har beskrevet styringsformerne i sit netværk for beskæftigelse i en model.",
        "profile": "<p>Ifølge projektsiden for Servizi in rete har provinsen Mantova siden 2013 beskrevet styringsformerne i sit netværk i en model.</p>",
    },
    "herlev": {
        "region": "Region Hovedstaden",
        "location": "Kommune nordvest for København",
        "contact_name": "Herlev Kommune, Jobcenter",
    },
    "sodertalje": {
        "region": "Stockholms län",
        "location": "Kommune sydvest for Stockholm",
        "summary": "En kommune, der gør det, MIA-projektet afprøvede, til varig støtte på tværs af myndigheder.",
        "profile": "<p>I Södertälje står en stor gruppe borgere uden for arbejdslivet, ofte flygtninge, der aldrig har fået fodfæste. Gennem MIA-projektet og det lokale samordningsforbund har kommunen og dens partnere ændret deres måde at arbejde med gruppen på.</p>",
    },
    "glarus": {
        "region": "Kanton Glarus",
        "location": "Alpekanton i det østlige Schweiz",
        "summary": "En kanton, hvor over halvdelen af flygtninge og midlertidigt optagne personer er i arbejde, støttet af en monitoreringsapp.",
        "profile": "<p>Kanton Glarus koordinerer integrationen af flygtninge og midlertidigt optagne personer gennem sit koordineringskontor, som samarbejder med lokale partnere, herunder et lokalt it-firma.</p>",
    },
    "solothurn": {
        "region": "Kanton Solothurn",
        "location": "Kanton i det nordvestlige Schweiz",
        "summary": "En kanton, der afprøver sammenhængende sagsføring med ressourceafklaring i to socialregioner.",
        "profile": "<p>Kanton Solothurn gennemfører den schweiziske integrationsagenda (Integrationsagenda Schweiz) med en samlet integrationsmodel. Socialforvaltningerne er organiseret i socialregioner; strukturen for det tværinstitutionelle samarbejde styrer indførelsen af modellen.</p>",
    },
}

SERIES = {
    "servizi-in-rete-laboratory": {
        "title": "Servizi in rete: udviklingsværksted",
        "summary": "Udviklingsværkstedet i systemindsatsen Servizi in rete, oprettet for at fastlægge en model for virksomhedsplacering af personer med handicap, som de akkrediterede aktører i Monza e Brianza står sammen om; rapporterne fra møderne går fra september 2015 til februar 2016.",
        "facilitator": "Systemindsatsens faciliterende konsulent",
        "objectives": "<ul><li>Fastlægge en model for håndtering af virksomhedsplaceringer, som de akkrediterede aktører med beskæftigelsestilbud til personer med handicap står sammen om.</li><li>Præsentere og dele den med medarbejdere og andre lokale aktører: foreninger, organisationer i den tredje sektor, sociale kooperativer (type B) og konsortier.</li><li>Forbinde den med de andre systemindsatser om placeringer i virksomheder og kooperativer og om formidling af materialer via en portal.</li></ul>",
        "expected_results": "<ul><li>En beskrivelse af Monza-modellen for visitation.</li><li>Netværksarbejde, der udpeger kritiske overgange og arbejdsgange for faserne modtagelse og jobparathed.</li><li>Korte rapporter om god praksis fra andre provinser, som skal formidles via en portal.</li></ul>",
        "activities": "<p>Tre indsatser: udvikling af modellen i værkstedet; præsentation og deling med medarbejdere og interessenter; analyse af god praksis fra andre provinser.</p>",
        "methodology": "<p>Et deltagende udviklingsværksted, der bygger på det, deltagerne har lært i praksis, fremmer deling af tilgange og hjælper med at komme ud over modsætninger og forsvarsholdninger.</p>",
    }
}

_LAB = {
    "action": "Indsats 1: udvikling af modellen (udviklingsværksted)",
    "purpose": "<p>Værkstedet er rygraden i systemindsatsen. Her arbejder medarbejdere fra de aktører, der har indsendt indsatsen, hen imod en model for visitation af personer med handicap til tilbud om virksomhedsplacering, udformet i fællesskab og delt af dem, der driver placeringstilbud i området. Modellen skal derefter præsenteres for medarbejderne hos de akkrediterede aktører og for interessenterne.</p>",
    "method": "<p>Et udviklingsværksted: det tager udgangspunkt i det, deltagerne har lært i deres eget arbejde, opfordrer dem til at deltage og dele deres tilgange og hjælper med at forene forskellige tilgange og referencerammer, ud over modsætninger og forsvarsholdninger.</p>",
}

REPORTS = {
    "laboratory-2015-09-09": {
        **_LAB,
        "title": "Værkstedsmøde den 9. september 2015",
        "summary": "Den første rapport fra værkstedet, som kilden nævner: mødet den 9. september 2015 (indsats 1, udvikling af den fælles placeringsmodel).",
    },
    "laboratory-2015-10-06": {
        **_LAB,
        "title": "Værkstedsmøde den 6. oktober 2015",
        "summary": "Den anden værkstedsrapport, som kilden nævner, fra mødet den 6. oktober 2015 (indsats 1).",
    },
    "laboratory-2015-11-10": {
        **_LAB,
        "title": "Værkstedsmøde den 10. november 2015",
        "summary": "Værkstedsmødet den 10. november 2015, hvis rapport er den sidste af de tre værkstedsrapporter fra 2015 (indsats 1).",
    },
    "good-practices-2015-12-03": {
        "action": "Indsats 3: analyse af god praksis",
        "title": "Analyse af god praksis, 3. december 2015",
        "summary": "Rapport fra sporet om god praksis (indsats 3), dateret 3. december 2015. Planen lagde op til møder med provinser, der allerede havde beskrevet visitationen af personer med handicap i en model, og nævnte Como og Mantova; kilden siger ikke, hvem der deltog.",
        "purpose": "<p>At præsentere god praksis fra regionen og vurdere, om den kan overføres til Monza e Brianza. Planen lagde op til to møder på én dag, tidligt i værkstedets forløb, med repræsentanter for provinser, der havde beskrevet processen for visitation af personer med handicap i en model. Den foreslog provinsen Como, der siden 2012 havde beskrevet, hvordan borgerne visiteres, og udpeget de kritiske overgange mellem akkrediterede aktører og sociale og specialiserede tilbud, og provinsen Mantova, der siden 2013 havde beskrevet, hvordan netværket styres.</p>",
        "method": "<p>Åbne møder for medarbejderne hos de aktører, der har indsendt systemindsatsen, og for medarbejderne hos de akkrediterede aktører.</p>",
    },
    "laboratory-2016-01-13": {
        **_LAB,
        "title": "Værkstedsmøde den 13. januar 2016",
        "summary": "Værkstedsmødet den 13. januar 2016, årets første, arkiveret som rapport 4 fra værkstedet i den første systemindsats (indsats 1).",
    },
    "laboratory-2016-02-17": {
        **_LAB,
        "title": "Værkstedsmøde den 17. februar 2016",
        "summary": "Værkstedsmødet den 17. februar 2016, arkiveret som rapport 5: værkstedets sidste daterede møde (indsats 1).",
    },
    "final-workshop": {
        "action": "Afslutning af systemindsatsen",
        "title": "Afsluttende workshop i systemindsatsen",
        "summary": "Den afsluttende workshop i systemindsatsen Servizi in rete. Kilden nævner rapporten fra den, men hverken dato eller indhold.",
    },
}
