"""The reference model as the sources give it, in the five languages of the portal.

The only source is the project page of the "Servizi in rete" system action
(Piano LIFT, Monza e Brianza; ``servizi-in-rete-project-page``). It describes the
model as an *expected result* of a training-consultancy laboratory: a description
of the Monza model of taking in charge (presa in carico) for the work placement of
persons with disabilities, and network work that identifies critical nodes and
operating modes for the phases of reception (accoglienza) and employability
(occupabilità). It names no adoption, no version, no entry or exit criteria, no
tools and no node.

So: the status is "under construction, not adopted"; the two phases the source
names are marked as sourced; the other phases, every phase's objectives and actors,
and all critical nodes are editorial proposals for the network to discuss, shown
as such. Version 1.0 is the portal's first edition of this text, not a version the
network released.
"""

SOURCE = "servizi-in-rete-project-page"
LANGUAGES = ("en", "it", "de", "da", "sv")

MODEL = {
    "version": "1.0",
    "status": "under_construction",
    "owner": {
        "en": "Training-consultancy laboratory of the Servizi in rete system action (Piano LIFT, Monza e Brianza)",
        "it": "Laboratorio formativo-consulenziale dell'azione di sistema Servizi in rete (Piano LIFT, Monza e Brianza)",
        "de": "Beratungslabor der Systemaktion Servizi in rete (Piano LIFT, Monza e Brianza)",
        "da": "Udviklingsværkstedet i systemindsatsen Servizi in rete (Piano LIFT, Monza e Brianza)",
        "sv": "Utvecklingsverkstaden i systeminsatsen Servizi in rete (Piano LIFT, Monza e Brianza)",
    },
    "status_statement": {
        "en": "Under construction, not adopted. The project page of Servizi in rete presents the model as an expected result of the system action: a description of the Monza model of taking persons with disabilities in charge for work placement, defined by the operators of the accredited agencies in a participatory training-consultancy laboratory and then to be presented to the operators of all accredited agencies and to stakeholders. The sources say nothing of an adoption.",
        "it": "In costruzione, non adottato. La pagina del progetto Servizi in rete presenta il modello come risultato atteso dell'azione di sistema: la descrizione del modello monzese di presa in carico per l'inserimento lavorativo delle persone con disabilità, definita dagli operatori degli enti accreditati in un laboratorio formativo-consulenziale con progettazione partecipata e poi da presentare agli operatori di tutti gli enti accreditati e agli stakeholder. Le fonti non parlano di un'adozione.",
        "de": "Im Aufbau, nicht verabschiedet. Die Projektseite von Servizi in rete beschreibt das Modell als erwartetes Ergebnis der Systemaktion: eine Beschreibung des Monzeser Modells der Fallaufnahme (presa in carico) für die Arbeitsintegration von Menschen mit Behinderung, von den Fachleuten der akkreditierten Anbieter in einem partizipativen Beratungslabor zu erarbeiten und danach den Fachleuten aller akkreditierten Anbieter und weiteren Beteiligten vorzustellen. Von einer Verabschiedung sagen die Quellen nichts.",
        "da": "Under udarbejdelse, ikke vedtaget. Projektsiden for Servizi in rete beskriver modellen som et forventet resultat af systemindsatsen: en beskrivelse af Monza-modellen for modtagelse og sagsovertagelse (presa in carico) ved arbejdsmarkedsintegration af personer med handicap, udarbejdet af medarbejderne hos de akkrediterede aktører i et deltagende udviklingsværksted og derefter præsenteret for medarbejderne hos alle akkrediterede aktører og andre interessenter. Kilderne nævner ingen vedtagelse.",
        "sv": "Under uppbyggnad, inte antagen. Projektsidan för Servizi in rete beskriver modellen som ett förväntat resultat av systeminsatsen: en beskrivning av Monzamodellen för mottagande och inskrivning (presa in carico) vid arbetsinkludering av personer med funktionsnedsättning, som personalen hos de ackrediterade aktörerna tar fram i en deltagande utvecklingsverkstad och sedan presenterar för personalen hos alla ackrediterade aktörer och andra intressenter. Källorna nämner inget antagande.",
    },
    "scope": {
        "en": "<p>How the accredited agencies of Monza e Brianza that provide employment services for persons with disabilities manage work placements: a model of taking in charge (presa in carico) shared among them. The project page names the phases of reception and employability and, as work still to be done, the identification of critical nodes and operating modes between accredited agencies and social and specialist services. It places the model beside other system actions that model placements in companies or type-B social cooperatives.</p>",
        "it": "<p>Come gli enti accreditati di Monza e Brianza che erogano servizi per il lavoro alle persone con disabilità gestiscono gli inserimenti lavorativi: un modello di presa in carico condiviso fra loro. La pagina del progetto nomina le fasi di accoglienza e occupabilità e, come lavoro ancora da svolgere, l'individuazione dei nodi critici e delle modalità operative fra enti accreditati e servizi sociali e specialistici. Colloca il modello accanto ad altre azioni di sistema che modellizzano gli inserimenti in azienda o presso cooperative sociali di tipo B.</p>",
        "de": "<p>Wie die akkreditierten Anbieter in Monza e Brianza, die Arbeitsintegrationsdienste für Menschen mit Behinderung erbringen, Arbeitseinsätze steuern: ein gemeinsames Modell der Fallaufnahme (presa in carico). Die Projektseite nennt die Phasen Aufnahme (accoglienza) und Arbeitsmarktfähigkeit (occupabilità) und, als noch zu leistende Arbeit, die Bestimmung kritischer Schnittstellen und Vorgehensweisen zwischen akkreditierten Anbietern und Sozial- und Fachdiensten. Sie stellt das Modell neben andere Systemaktionen, die Einsätze in Unternehmen oder Sozialgenossenschaften vom Typ B modellieren.</p>",
        "da": "<p>Hvordan de akkrediterede aktører i Monza e Brianza, der leverer beskæftigelsesindsatser til personer med handicap, styrer deres forløb: en fælles model for modtagelse og sagsovertagelse (presa in carico). Projektsiden nævner faserne modtagelse (accoglienza) og jobparathed (occupabilità) og, som arbejde der stadig skal gøres, at kritiske overgange og arbejdsgange mellem akkrediterede aktører og sociale og specialiserede tjenester skal findes. Den placerer modellen ved siden af andre systemindsatser, der modellerer forløb i virksomheder eller i socialøkonomiske kooperativer af type B.</p>",
        "sv": "<p>Hur de ackrediterade aktörerna i Monza e Brianza som ger arbetsinriktat stöd till personer med funktionsnedsättning hanterar sina insatser: en gemensam modell för mottagande och inskrivning (presa in carico). Projektsidan nämner faserna mottagande (accoglienza) och anställningsbarhet (occupabilità) och, som arbete som återstår, att identifiera kritiska övergångar och arbetssätt mellan ackrediterade aktörer och sociala och specialiserade tjänster. Den placerar modellen bredvid andra systeminsatser som modellerar insatser i företag eller i sociala kooperativ av typ B.</p>",
    },
    "target_group": "persons-with-disabilities",
    "sources": [
        {
            "key": SOURCE,
            "passage": "Obiettivi del progetto; Risultati attesi; 1. Sviluppo del modello",
        },
    ],
    "changelog": [
        {
            "version": "1.0",
            "date": "2026-11-23",
            "changes": {
                "en": "First edition on the portal, not a version released by the network. It states what the Servizi in rete project page says (the model is an expected result of the system action; the phases of reception and employability; critical nodes and operating modes still to be identified) and marks everything else as editorial proposals for the network to discuss. The laboratory that develops the model met, according to the list of reports on the project page, on 9 September, 6 October and 10 November 2015 and on 13 January and 17 February 2016; the portal holds no text of those reports.",
                "it": "Prima edizione sul portale, non una versione rilasciata dalla rete. Riporta ciò che dice la pagina del progetto Servizi in rete (il modello è un risultato atteso dell'azione di sistema; le fasi di accoglienza e occupabilità; nodi critici e modalità operative ancora da individuare) e segna tutto il resto come proposte redazionali da discutere nella rete. Secondo l'elenco dei report sulla pagina del progetto, il laboratorio che sviluppa il modello si è riunito il 9 settembre, il 6 ottobre e il 10 novembre 2015 e il 13 gennaio e il 17 febbraio 2016; il portale non dispone del testo di quei report.",
                "de": "Erste Ausgabe auf dem Portal, keine vom Netzwerk herausgegebene Version. Sie gibt wieder, was die Projektseite von Servizi in rete sagt (das Modell ist ein erwartetes Ergebnis der Systemaktion; die Phasen Aufnahme und Arbeitsmarktfähigkeit; kritische Schnittstellen und Vorgehensweisen sind erst noch zu bestimmen), und kennzeichnet alles Übrige als redaktionelle Vorschläge zur Diskussion im Netzwerk. Laut der Berichtsliste auf der Projektseite tagte das Labor, das das Modell entwickelt, am 9. September, 6. Oktober und 10. November 2015 sowie am 13. Januar und 17. Februar 2016; den Text dieser Berichte hat das Portal nicht.",
                "da": "Første udgave på portalen, ikke en version udgivet af netværket. Den gengiver, hvad projektsiden for Servizi in rete siger (modellen er et forventet resultat af systemindsatsen; faserne modtagelse og jobparathed; kritiske overgange og arbejdsgange skal stadig findes), og markerer alt andet som redaktionelle forslag til drøftelse i netværket. Ifølge listen over referater på projektsiden mødtes udviklingsværkstedet, der udvikler modellen, den 9. september, 6. oktober og 10. november 2015 og den 13. januar og 17. februar 2016; portalen har ikke teksten til disse referater.",
                "sv": "Första utgåvan på portalen, inte en version som nätverket gett ut. Den återger vad projektsidan för Servizi in rete säger (modellen är ett förväntat resultat av systeminsatsen; faserna mottagande och anställningsbarhet; kritiska övergångar och arbetssätt återstår att identifiera) och markerar allt annat som redaktionella förslag för nätverket att diskutera. Enligt rapportlistan på projektsidan träffades utvecklingsverkstaden som tar fram modellen den 9 september, 6 oktober och 10 november 2015 samt den 13 januari och 17 februari 2016; portalen har inte texten i dessa rapporter.",
            },
        }
    ],
}

_RECEPTION_EMPLOYABILITY = {
    "en": "The project page names the phases of reception (accoglienza) and employability (occupabilità): for them the network is to identify critical nodes and operating modes. The model as a whole is one of taking in charge (presa in carico).",
    "it": "La pagina del progetto nomina le fasi di accoglienza e occupabilità: per queste la rete deve individuare nodi critici e modalità operative. Il modello nel suo insieme è un modello di presa in carico.",
    "de": "Die Projektseite nennt die Phasen Aufnahme (accoglienza) und Arbeitsmarktfähigkeit (occupabilità): Für sie soll das Netzwerk kritische Schnittstellen und Vorgehensweisen bestimmen. Das Modell als Ganzes ist eines der Fallaufnahme (presa in carico).",
    "da": "Projektsiden nævner faserne modtagelse (accoglienza) og jobparathed (occupabilità): for dem skal netværket finde kritiske overgange og arbejdsgange. Modellen som helhed handler om modtagelse og sagsovertagelse (presa in carico).",
    "sv": "Projektsidan nämner faserna mottagande (accoglienza) och anställningsbarhet (occupabilità): för dem ska nätverket identifiera kritiska övergångar och arbetssätt. Modellen som helhet gäller mottagande och inskrivning (presa in carico).",
}

# Ordered phases; `key` is stable and shared with practices/methods data.
# "sourced": the source names the phase. Objectives and actors are editorial throughout.
PHASES = [
    {
        "key": "intake",
        "provenance": "sourced",
        "source_statement": _RECEPTION_EMPLOYABILITY,
        "sources": [{"key": SOURCE, "passage": "Risultati attesi"}],
        "title": {
            "en": "Reception and taking in charge",
            "it": "Accoglienza e presa in carico",
            "de": "Aufnahme und Fallübernahme",
            "da": "Modtagelse og sagsovertagelse",
            "sv": "Mottagande och inskrivning",
        },
        "summary": {
            "en": "The person is received and taken in charge by an accredited agency.",
            "it": "La persona viene accolta e presa in carico da un ente accreditato.",
            "de": "Die Person wird aufgenommen und von einem akkreditierten Anbieter übernommen.",
            "da": "Personen bliver modtaget, og en akkrediteret aktør overtager forløbet.",
            "sv": "Personen tas emot och skrivs in hos en ackrediterad aktör.",
        },
        "objectives": {
            "en": "<ul><li>Receive the person and understand the request.</li><li>Agree who takes charge, and with which responsibilities.</li><li>Collect what the referring services already know, so the person need not tell it all again.</li></ul>",
            "it": "<ul><li>Accogliere la persona e comprendere la richiesta.</li><li>Concordare chi prende in carico e con quali responsabilità.</li><li>Raccogliere quanto i servizi invianti già sanno, così che la persona non debba raccontare tutto da capo.</li></ul>",
            "de": "<ul><li>Die Person empfangen und ihr Anliegen verstehen.</li><li>Vereinbaren, wer den Fall übernimmt und mit welcher Verantwortung.</li><li>Zusammentragen, was die zuweisenden Dienste schon wissen, damit die Person nicht alles neu erzählen muss.</li></ul>",
            "da": "<ul><li>Tage imod personen og forstå henvendelsen.</li><li>Aftale, hvem der overtager forløbet, og med hvilket ansvar.</li><li>Samle det, de henvisende tjenester allerede ved, så personen ikke skal fortælle det hele igen.</li></ul>",
            "sv": "<ul><li>Ta emot personen och förstå ärendet.</li><li>Komma överens om vem som tar ansvar för ärendet och med vilket ansvar.</li><li>Samla det de remitterande tjänsterna redan vet, så att personen inte behöver berätta allt på nytt.</li></ul>",
        },
        "actors": [
            {
                "kind": "social_service",
                "responsibility": {
                    "en": "Refers the person and shares the information it holds.",
                    "it": "Segnala la persona e condivide le informazioni in suo possesso.",
                    "de": "Weist die Person zu und gibt die vorhandenen Informationen weiter.",
                    "da": "Henviser personen og deler de oplysninger, tjenesten har.",
                    "sv": "Remitterar personen och delar den information tjänsten har.",
                },
            },
            {
                "kind": "accredited_agency",
                "responsibility": {
                    "en": "Receives the person and takes charge of the placement path.",
                    "it": "Accoglie la persona e prende in carico il percorso di inserimento.",
                    "de": "Nimmt die Person auf und übernimmt die Fallführung für den Integrationsweg.",
                    "da": "Tager imod personen og overtager forløbet frem mod arbejde.",
                    "sv": "Tar emot personen och tar ansvar för vägen mot arbete.",
                },
            },
        ],
    },
    {
        "key": "assessment",
        "provenance": "sourced",
        "source_statement": _RECEPTION_EMPLOYABILITY,
        "sources": [{"key": SOURCE, "passage": "Risultati attesi"}],
        "title": {
            "en": "Employability",
            "it": "Occupabilità",
            "de": "Arbeitsmarktfähigkeit",
            "da": "Jobparathed",
            "sv": "Anställningsbarhet",
        },
        "summary": {
            "en": "The agency and the person look at how close work is and what support it needs.",
            "it": "L'ente e la persona valutano la distanza dal lavoro e i sostegni necessari.",
            "de": "Anbieter und Person klären, wie nah die Arbeit ist und welche Unterstützung es braucht.",
            "da": "Aktøren og personen afklarer, hvor tæt på arbejde personen er, og hvilken støtte der skal til.",
            "sv": "Aktören och personen bedömer hur nära arbete personen är och vilket stöd som behövs.",
        },
        "objectives": {
            "en": "<ul><li>Describe the person's employability: skills, experience, motivation, limits.</li><li>Bring together the views of the agency and of the social and specialist services.</li></ul>",
            "it": "<ul><li>Descrivere l'occupabilità della persona: competenze, esperienze, motivazione, limiti.</li><li>Mettere insieme lo sguardo dell'ente e quello dei servizi sociali e specialistici.</li></ul>",
            "de": "<ul><li>Die Arbeitsmarktfähigkeit der Person beschreiben: Kompetenzen, Erfahrung, Motivation, Grenzen.</li><li>Die Sicht des Anbieters und die der Sozial- und Fachdienste zusammenführen.</li></ul>",
            "da": "<ul><li>Beskrive personens jobparathed: kompetencer, erfaringer, motivation, begrænsninger.</li><li>Samle aktørens og de sociale og specialiserede tjenesters syn på personen.</li></ul>",
            "sv": "<ul><li>Beskriva personens anställningsbarhet: kompetenser, erfarenheter, motivation, begränsningar.</li><li>Föra samman aktörens och de sociala och specialiserade tjänsternas syn.</li></ul>",
        },
        "actors": [
            {
                "kind": "accredited_agency",
                "responsibility": {
                    "en": "Leads the assessment.",
                    "it": "Conduce la valutazione.",
                    "de": "Leitet die Abklärung.",
                    "da": "Leder afklaringen.",
                    "sv": "Leder bedömningen.",
                },
            },
            {
                "kind": "health_service",
                "responsibility": {
                    "en": "Contributes what it knows of health and functioning.",
                    "it": "Contribuisce con quanto conosce su salute e funzionamento.",
                    "de": "Bringt ein, was er über Gesundheit und Funktionsfähigkeit weiss.",
                    "da": "Bidrager med det, den ved om helbred og funktionsevne.",
                    "sv": "Bidrar med det den vet om hälsa och funktionsförmåga.",
                },
            },
        ],
    },
    {
        "key": "placement-plan",
        "provenance": "editorial",
        "title": {
            "en": "Placement plan",
            "it": "Progetto di inserimento",
            "de": "Integrationsplan",
            "da": "Plan for forløbet",
            "sv": "Plan för insatsen",
        },
        "summary": {
            "en": "An individual plan sets the goal, the kind of workplace, the support and who does what.",
            "it": "Un progetto individuale definisce l'obiettivo, il tipo di contesto lavorativo, i sostegni e chi fa che cosa.",
            "de": "Ein individueller Plan legt Ziel, Art des Arbeitsplatzes, Unterstützung und Zuständigkeiten fest.",
            "da": "En individuel plan fastlægger målet, typen af arbejdsplads, støtten og hvem der gør hvad.",
            "sv": "En individuell plan anger mål, typ av arbetsplats, stöd och vem som gör vad.",
        },
        "objectives": {
            "en": "<ul><li>Agree a realistic goal with the person.</li><li>Choose between a company and a type-B social cooperative.</li><li>Share responsibilities among the services.</li></ul>",
            "it": "<ul><li>Concordare con la persona un obiettivo realistico.</li><li>Scegliere tra azienda e cooperativa sociale di tipo B.</li><li>Ripartire le responsabilità tra i servizi.</li></ul>",
            "de": "<ul><li>Mit der Person ein realistisches Ziel vereinbaren.</li><li>Zwischen einem Unternehmen und einer Sozialgenossenschaft vom Typ B wählen.</li><li>Die Verantwortung unter den Diensten aufteilen.</li></ul>",
            "da": "<ul><li>Aftale et realistisk mål med personen.</li><li>Vælge mellem en virksomhed og et socialøkonomisk kooperativ af type B.</li><li>Fordele ansvaret mellem tjenesterne.</li></ul>",
            "sv": "<ul><li>Komma överens med personen om ett realistiskt mål.</li><li>Välja mellan ett företag och ett socialt kooperativ av typ B.</li><li>Fördela ansvaret mellan tjänsterna.</li></ul>",
        },
        "actors": [
            {
                "kind": "accredited_agency",
                "responsibility": {
                    "en": "Drafts the plan and coordinates it.",
                    "it": "Redige il progetto e ne cura il coordinamento.",
                    "de": "Entwirft den Plan und koordiniert ihn.",
                    "da": "Udarbejder planen og koordinerer den.",
                    "sv": "Skriver planen och samordnar den.",
                },
            },
            {
                "kind": "social_service",
                "responsibility": {
                    "en": "Agrees the support it keeps providing.",
                    "it": "Concorda i sostegni che continua a garantire.",
                    "de": "Vereinbart die Unterstützung, die er weiter leistet.",
                    "da": "Aftaler den støtte, tjenesten fortsat giver.",
                    "sv": "Kommer överens om det stöd tjänsten fortsätter att ge.",
                },
            },
        ],
    },
    {
        "key": "placement",
        "provenance": "editorial",
        "source_statement": {
            "en": "The project page does not name this as a phase of the model; it names the modelling of placements in companies or type-B social cooperatives as the subject of other system actions to be integrated with this one.",
            "it": "La pagina del progetto non la nomina come fase del modello; indica la modellizzazione degli inserimenti in azienda o presso cooperative sociali di tipo B come oggetto di altre azioni di sistema con cui integrarsi.",
            "de": "Die Projektseite nennt dies nicht als Phase des Modells; sie nennt die Modellierung von Einsätzen in Unternehmen oder Sozialgenossenschaften vom Typ B als Gegenstand anderer Systemaktionen, mit denen diese verbunden werden soll.",
            "da": "Projektsiden nævner ikke dette som en fase i modellen; den nævner modellering af forløb i virksomheder eller socialøkonomiske kooperativer af type B som emne for andre systemindsatser, som denne skal hænge sammen med.",
            "sv": "Projektsidan nämner inte detta som en fas i modellen; den nämner modellering av insatser i företag eller sociala kooperativ av typ B som föremål för andra systeminsatser som denna ska samordnas med.",
        },
        "sources": [{"key": SOURCE, "passage": "Obiettivi del progetto"}],
        "title": {
            "en": "Placement in a company or a type-B cooperative",
            "it": "Inserimento in azienda o in cooperativa sociale di tipo B",
            "de": "Einsatz in einem Unternehmen oder einer Sozialgenossenschaft vom Typ B",
            "da": "Ansættelse i en virksomhed eller et kooperativ af type B",
            "sv": "Placering i ett företag eller ett kooperativ av typ B",
        },
        "summary": {
            "en": "The person starts in a company or a type-B social cooperative, with tutoring agreed with the employer.",
            "it": "La persona inizia in azienda o in una cooperativa sociale di tipo B, con un tutoraggio concordato con il datore di lavoro.",
            "de": "Die Person beginnt in einem Unternehmen oder einer Sozialgenossenschaft vom Typ B, mit einer mit dem Arbeitgeber vereinbarten Begleitung.",
            "da": "Personen starter i en virksomhed eller et socialøkonomisk kooperativ af type B med en mentorordning aftalt med arbejdsgiveren.",
            "sv": "Personen börjar i ett företag eller ett socialt kooperativ av typ B, med handledning som avtalats med arbetsgivaren.",
        },
        "objectives": {
            "en": "<ul><li>Match the person with a workplace.</li><li>Prepare the workplace and agree tutoring.</li></ul>",
            "it": "<ul><li>Abbinare la persona a un contesto lavorativo.</li><li>Preparare il contesto e concordare il tutoraggio.</li></ul>",
            "de": "<ul><li>Person und Arbeitsplatz zusammenbringen.</li><li>Den Arbeitsplatz vorbereiten und die Begleitung vereinbaren.</li></ul>",
            "da": "<ul><li>Matche personen med en arbejdsplads.</li><li>Forberede arbejdspladsen og aftale mentorstøtten.</li></ul>",
            "sv": "<ul><li>Matcha personen med en arbetsplats.</li><li>Förbereda arbetsplatsen och komma överens om handledning.</li></ul>",
        },
        "actors": [
            {
                "kind": "accredited_agency",
                "responsibility": {
                    "en": "Mediates between person and employer and tutors the start.",
                    "it": "Media tra persona e datore di lavoro e accompagna l'avvio.",
                    "de": "Vermittelt zwischen Person und Arbeitgeber und begleitet den Start.",
                    "da": "Formidler mellem personen og arbejdsgiveren og støtter opstarten.",
                    "sv": "Förmedlar mellan personen och arbetsgivaren och stöttar starten.",
                },
            },
            {
                "kind": "private_company",
                "responsibility": {
                    "en": "Takes the person on and names a workplace contact.",
                    "it": "Accoglie la persona e individua un referente interno.",
                    "de": "Nimmt die Person auf und benennt eine Ansprechperson im Betrieb.",
                    "da": "Tager imod personen og udpeger en kontaktperson på arbejdspladsen.",
                    "sv": "Tar emot personen och utser en kontaktperson på arbetsplatsen.",
                },
            },
            {
                "kind": "social_cooperative",
                "responsibility": {
                    "en": "Offers a protected work setting where a company is not yet the right step.",
                    "it": "Offre un contesto di lavoro protetto quando l'azienda non è ancora il passo adatto.",
                    "de": "Bietet einen geschützten Arbeitsrahmen, wo ein Unternehmen noch nicht der richtige Schritt ist.",
                    "da": "Tilbyder et beskyttet arbejdsmiljø, hvor en virksomhed endnu ikke er det rette skridt.",
                    "sv": "Erbjuder en skyddad arbetsmiljö när ett företag ännu inte är rätt steg.",
                },
            },
        ],
    },
    {
        "key": "follow-up",
        "provenance": "editorial",
        "title": {
            "en": "Follow-up and job retention",
            "it": "Accompagnamento e mantenimento del posto di lavoro",
            "de": "Begleitung und Arbeitsplatzerhalt",
            "da": "Opfølgning og fastholdelse",
            "sv": "Uppföljning och att behålla arbetet",
        },
        "summary": {
            "en": "The agency follows the person and the employer after the start, so that the job lasts.",
            "it": "L'ente segue la persona e il datore di lavoro dopo l'avvio, perché il lavoro duri nel tempo.",
            "de": "Der Anbieter begleitet Person und Arbeitgeber nach dem Start, damit die Stelle Bestand hat.",
            "da": "Aktøren følger personen og arbejdsgiveren efter opstarten, så jobbet holder.",
            "sv": "Aktören följer personen och arbetsgivaren efter starten, så att arbetet håller.",
        },
        "objectives": {
            "en": "<ul><li>Keep the placement going through its first difficulties.</li><li>Hand back to the services in good time if it does not hold.</li></ul>",
            "it": "<ul><li>Sostenere l'inserimento nelle prime difficoltà.</li><li>Restituire per tempo la situazione ai servizi se l'inserimento non regge.</li></ul>",
            "de": "<ul><li>Den Einsatz über die ersten Schwierigkeiten hinweg tragen.</li><li>Rechtzeitig an die Dienste zurückgeben, wenn er nicht hält.</li></ul>",
            "da": "<ul><li>Holde forløbet i gang gennem de første vanskeligheder.</li><li>Give sagen tilbage til tjenesterne i god tid, hvis det ikke holder.</li></ul>",
            "sv": "<ul><li>Hålla insatsen igång genom de första svårigheterna.</li><li>Lämna tillbaka ärendet till tjänsterna i god tid om det inte håller.</li></ul>",
        },
        "actors": [
            {
                "kind": "accredited_agency",
                "responsibility": {
                    "en": "Follows up with the person and the employer.",
                    "it": "Monitora l'inserimento con la persona e il datore di lavoro.",
                    "de": "Begleitet Person und Arbeitgeber weiter.",
                    "da": "Følger op med personen og arbejdsgiveren.",
                    "sv": "Följer upp med personen och arbetsgivaren.",
                },
            },
            {
                "kind": "social_service",
                "responsibility": {
                    "en": "Stays available for life outside work.",
                    "it": "Resta disponibile per gli aspetti di vita esterni al lavoro.",
                    "de": "Bleibt für das Leben ausserhalb der Arbeit ansprechbar.",
                    "da": "Er fortsat til rådighed for livet uden for arbejdet.",
                    "sv": "Finns kvar för livet utanför arbetet.",
                },
            },
        ],
    },
]

# Hand-over points between actors. The source states only the intent to identify
# critical nodes and operating modes; every node below is an editorial proposal.
CRITICAL_NODES = [
    {
        "key": "referral-to-agency",
        "title": {
            "en": "From referring service to accredited agency",
            "it": "Dal servizio inviante all'ente accreditato",
            "de": "Vom zuweisenden Dienst zum akkreditierten Anbieter",
            "da": "Fra henvisende tjeneste til akkrediteret aktør",
            "sv": "Från remitterande tjänst till ackrediterad aktör",
        },
        "from_phase": "intake",
        "to_phase": "intake",
        "from_actor": "social_service",
        "to_actor": "accredited_agency",
        "risk": {
            "en": "Information stays with the referring service, the person repeats their story, and it is unclear who is responsible until the agency has taken charge.",
            "it": "Le informazioni restano al servizio inviante, la persona ripete la propria storia e non è chiaro chi sia responsabile finché l'ente non ha preso in carico.",
            "de": "Informationen bleiben beim zuweisenden Dienst, die Person erzählt ihre Geschichte noch einmal, und bis zur Fallübernahme ist unklar, wer zuständig ist.",
            "da": "Oplysningerne bliver hos den henvisende tjeneste, personen gentager sin historie, og det er uklart, hvem der har ansvaret, indtil aktøren har overtaget.",
            "sv": "Informationen stannar hos den remitterande tjänsten, personen får berätta sin historia igen, och det är oklart vem som har ansvaret tills aktören tagit över.",
        },
        "operating_mode": {
            "en": "A shared referral form and a hand-over contact between the two operators; the referring service stays responsible until the agency confirms it has taken charge.",
            "it": "Una scheda di segnalazione condivisa e un contatto di passaggio tra i due operatori; il servizio inviante resta responsabile finché l'ente non conferma la presa in carico.",
            "de": "Ein gemeinsames Zuweisungsformular und ein Übergabegespräch der beiden Fachleute; der zuweisende Dienst bleibt zuständig, bis der Anbieter die Fallübernahme bestätigt.",
            "da": "Et fælles henvisningsskema og en overleveringssamtale mellem de to medarbejdere; den henvisende tjeneste har ansvaret, indtil aktøren bekræfter, at den har overtaget.",
            "sv": "En gemensam remissblankett och en överlämningskontakt mellan de två handläggarna; den remitterande tjänsten har kvar ansvaret tills aktören bekräftat att den tagit över.",
        },
    },
    {
        "key": "assessment-sharing",
        "title": {
            "en": "Sharing the assessment with specialist services",
            "it": "Condivisione della valutazione con i servizi specialistici",
            "de": "Die Abklärung mit den Fachdiensten teilen",
            "da": "Afklaringen deles med de specialiserede tjenester",
            "sv": "Bedömningen delas med de specialiserade tjänsterna",
        },
        "from_phase": "intake",
        "to_phase": "assessment",
        "from_actor": "health_service",
        "to_actor": "accredited_agency",
        "risk": {
            "en": "The agency assesses without what the specialist services know about health and functioning, or the two reach different conclusions.",
            "it": "L'ente valuta senza conoscere quanto i servizi specialistici sanno su salute e funzionamento, oppure i due arrivano a conclusioni diverse.",
            "de": "Der Anbieter klärt ab, ohne zu wissen, was die Fachdienste über Gesundheit und Funktionsfähigkeit wissen, oder beide kommen zu unterschiedlichen Schlüssen.",
            "da": "Aktøren afklarer uden at kende det, de specialiserede tjenester ved om helbred og funktionsevne, eller de to når forskellige konklusioner.",
            "sv": "Aktören gör sin bedömning utan det de specialiserade tjänsterna vet om hälsa och funktionsförmåga, eller så kommer de fram till olika slutsatser.",
        },
        "operating_mode": {
            "en": "A joint case discussion before the assessment is closed, with the person's consent to share what is needed.",
            "it": "Una discussione congiunta del caso prima di chiudere la valutazione, con il consenso della persona a condividere quanto necessario.",
            "de": "Eine gemeinsame Fallbesprechung, bevor die Abklärung abgeschlossen wird, mit dem Einverständnis der Person, das Nötige zu teilen.",
            "da": "En fælles sagsdrøftelse, før afklaringen afsluttes, med personens samtykke til at dele det nødvendige.",
            "sv": "En gemensam ärendediskussion innan bedömningen avslutas, med personens samtycke till att dela det som behövs.",
        },
    },
    {
        "key": "agency-to-workplace",
        "title": {
            "en": "From agency to company or type-B cooperative",
            "it": "Dall'ente all'azienda o alla cooperativa di tipo B",
            "de": "Vom Anbieter zum Unternehmen oder zur Sozialgenossenschaft vom Typ B",
            "da": "Fra aktør til virksomhed eller kooperativ af type B",
            "sv": "Från aktör till företag eller kooperativ av typ B",
        },
        "from_phase": "placement-plan",
        "to_phase": "placement",
        "from_actor": "accredited_agency",
        "to_actor": "private_company",
        "risk": {
            "en": "The workplace is not prepared, tasks and tutoring are not agreed, and the placement fails in the first weeks.",
            "it": "Il contesto non è preparato, mansioni e tutoraggio non sono concordati e l'inserimento fallisce nelle prime settimane.",
            "de": "Der Arbeitsplatz ist nicht vorbereitet, Aufgaben und Begleitung sind nicht vereinbart, und der Einsatz scheitert in den ersten Wochen.",
            "da": "Arbejdspladsen er ikke forberedt, opgaver og mentorstøtte er ikke aftalt, og forløbet glipper i de første uger.",
            "sv": "Arbetsplatsen är inte förberedd, uppgifter och handledning är inte avtalade, och insatsen misslyckas de första veckorna.",
        },
        "operating_mode": {
            "en": "A preparatory meeting at the workplace and a written agreement on tasks, hours, tutoring and the first review date.",
            "it": "Un incontro preparatorio sul luogo di lavoro e un accordo scritto su mansioni, orari, tutoraggio e prima data di verifica.",
            "de": "Ein Vorbereitungstreffen am Arbeitsplatz und eine schriftliche Vereinbarung über Aufgaben, Arbeitszeit, Begleitung und den ersten Überprüfungstermin.",
            "da": "Et forberedende møde på arbejdspladsen og en skriftlig aftale om opgaver, arbejdstid, mentorstøtte og første opfølgningsdato.",
            "sv": "Ett förberedande möte på arbetsplatsen och en skriftlig överenskommelse om uppgifter, arbetstid, handledning och första uppföljningsdatum.",
        },
    },
    {
        "key": "placement-to-follow-up",
        "title": {
            "en": "From placement to follow-up, and back to the services",
            "it": "Dall'inserimento all'accompagnamento, e ritorno ai servizi",
            "de": "Vom Einsatz zur Begleitung und zurück an die Dienste",
            "da": "Fra ansættelse til opfølgning og tilbage til tjenesterne",
            "sv": "Från placering till uppföljning, och tillbaka till tjänsterna",
        },
        "from_phase": "placement",
        "to_phase": "follow-up",
        "from_actor": "accredited_agency",
        "to_actor": "social_service",
        "risk": {
            "en": "Support stops when the contract starts, or a failing placement is noticed too late and the person is left without a service.",
            "it": "Il sostegno si interrompe all'avvio del contratto, oppure un inserimento in difficoltà viene notato troppo tardi e la persona resta senza servizio.",
            "de": "Die Unterstützung endet mit Vertragsbeginn, oder ein scheiternder Einsatz wird zu spät bemerkt, und die Person steht ohne Dienst da.",
            "da": "Støtten stopper, når kontrakten begynder, eller et forløb, der går skævt, opdages for sent, og personen står uden tjeneste.",
            "sv": "Stödet upphör när anställningen börjar, eller så upptäcks en insats som inte fungerar för sent och personen står utan tjänst.",
        },
        "operating_mode": {
            "en": "A follow-up plan agreed at the start, review meetings with the employer, and an explicit hand-back to the social service when the placement ends.",
            "it": "Un piano di monitoraggio concordato all'avvio, incontri di verifica con il datore di lavoro e una restituzione esplicita al servizio sociale quando l'inserimento si chiude.",
            "de": "Ein zu Beginn vereinbarter Begleitplan, Standortgespräche mit dem Arbeitgeber und eine ausdrückliche Rückgabe an den Sozialdienst, wenn der Einsatz endet.",
            "da": "En opfølgningsplan aftalt ved start, opfølgningsmøder med arbejdsgiveren og en udtrykkelig tilbagelevering til socialtjenesten, når forløbet slutter.",
            "sv": "En uppföljningsplan som avtalas vid starten, avstämningsmöten med arbetsgivaren och en uttrycklig återlämning till socialtjänsten när insatsen avslutas.",
        },
    },
]
