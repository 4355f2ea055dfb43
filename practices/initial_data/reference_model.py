"""Version 1.0 of the shared reference model for disability work placements.

Written for the portal from the vocabulary of the "Servizi in rete" system action
(Piano LIFT, Monza e Brianza): taking in charge (presa in carico), reception
(accoglienza), employability (occupabilità), critical nodes (nodi critici) and
operating modes (modalità operative) between accredited agencies (enti
accreditati) and social and specialist services, placement in companies or
type-B social cooperatives. The sources describe the aim and the vocabulary,
not every detail: where they are silent, the text stays general and fields
such as typical duration are left empty.
"""

MODEL = {
    "version": "1.0",
    "status": "adopted",
    "adopted_on": "2016-02-17",  # last laboratory session of the series
    "owner": "Servizi in rete network (Piano LIFT, Monza e Brianza)",
    "title": {
        "en": "Reference model for disability work placements",
        "it": "Modello di riferimento per l'inserimento lavorativo delle persone con disabilità",
    },
    "scope": {
        "en": (
            "<p>How the accredited agencies of a territory manage the work placement of a person "
            "with a disability, from the first contact to the follow-up in work, and how they hand "
            "over to and from the social and specialist services and the companies and type-B "
            "social cooperatives that take people on.</p>"
        ),
        "it": (
            "<p>Come gli enti accreditati di un territorio gestiscono l'inserimento lavorativo di "
            "una persona con disabilità, dal primo contatto all'accompagnamento sul lavoro, e come "
            "si raccordano con i servizi sociali e specialistici e con le aziende e le cooperative "
            "sociali di tipo B che accolgono le persone.</p>"
        ),
    },
    "target_group": "persons-with-disabilities",
    "changelog": [
        {
            "version": "1.0",
            "date": "2016-02-17",
            "changes": {
                "en": (
                    "First shared version, built in the participatory training-consultancy "
                    "laboratory (September 2015 to February 2016), with the phases of reception "
                    "and employability and the critical nodes between accredited agencies and "
                    "social and specialist services; informed by the exchange with Como and "
                    "Mantova of 3 December 2015."
                ),
                "it": (
                    "Prima versione condivisa, costruita nel laboratorio formativo-consulenziale "
                    "partecipato (settembre 2015 - febbraio 2016), con le fasi di accoglienza e "
                    "occupabilità e i nodi critici tra enti accreditati e servizi sociali e "
                    "specialistici; arricchita dal confronto con Como e Mantova del 3 dicembre 2015."
                ),
            },
        }
    ],
}

# Ordered phases; `key` is stable and shared with practices/methods data.
PHASES = [
    {
        "key": "intake",
        "title": {"en": "Intake and taking in charge", "it": "Accoglienza e presa in carico"},
        "summary": {
            "en": "The person is referred or comes forward, is received and is formally taken in charge by an accredited agency.",
            "it": "La persona viene segnalata o si presenta, viene accolta e presa in carico formalmente da un ente accreditato.",
        },
        "objectives": {
            "en": "<ul><li>Receive the person and understand the request.</li><li>Agree who takes charge and with which responsibilities.</li><li>Collect what the referring services already know, so the person does not have to tell it all again.</li></ul>",
            "it": "<ul><li>Accogliere la persona e comprendere la richiesta.</li><li>Concordare chi prende in carico e con quali responsabilità.</li><li>Raccogliere quanto i servizi invianti già sanno, così che la persona non debba raccontare tutto da capo.</li></ul>",
        },
        "entry_criteria": {
            "en": "A referral from a social or specialist service, or a direct request of the person.",
            "it": "Una segnalazione da parte di un servizio sociale o specialistico, oppure una richiesta diretta della persona.",
        },
        "exit_criteria": {
            "en": "The person is taken in charge by one accredited agency, with a named reference operator.",
            "it": "La persona è presa in carico da un ente accreditato, con un operatore di riferimento individuato.",
        },
        "actors": [
            {
                "kind": "social_service",
                "responsibility": {
                    "en": "Refers the person and shares the information it holds.",
                    "it": "Segnala la persona e condivide le informazioni in suo possesso.",
                },
            },
            {
                "kind": "accredited_agency",
                "responsibility": {
                    "en": "Receives the person and takes charge of the placement path.",
                    "it": "Accoglie la persona e prende in carico il percorso di inserimento.",
                },
            },
        ],
        "activities": {
            "en": "<ul><li>Reception interview.</li><li>Check of the documentation needed for the placement services.</li><li>Agreement on taking in charge.</li></ul>",
            "it": "<ul><li>Colloquio di accoglienza.</li><li>Verifica della documentazione necessaria per i servizi di inserimento.</li><li>Accordo sulla presa in carico.</li></ul>",
        },
        "tools": {
            "en": "Referral form; reception interview guide.",
            "it": "Scheda di segnalazione; traccia per il colloquio di accoglienza.",
        },
    },
    {
        "key": "assessment",
        "title": {"en": "Assessment of employability", "it": "Valutazione dell'occupabilità"},
        "summary": {
            "en": "The agency and the person map skills, resources and limits to judge how close work is and what support it needs.",
            "it": "L'ente e la persona ricostruiscono competenze, risorse e limiti per valutare la distanza dal lavoro e i sostegni necessari.",
        },
        "objectives": {
            "en": "<ul><li>Describe the person's employability: skills, experience, motivation, limits.</li><li>Bring together the views of the agency and of the social and specialist services.</li></ul>",
            "it": "<ul><li>Descrivere l'occupabilità della persona: competenze, esperienze, motivazione, limiti.</li><li>Mettere insieme lo sguardo dell'ente e quello dei servizi sociali e specialistici.</li></ul>",
        },
        "entry_criteria": {
            "en": "The person has been taken in charge.",
            "it": "La persona è stata presa in carico.",
        },
        "exit_criteria": {
            "en": "A shared picture of employability, agreed with the person.",
            "it": "Un quadro condiviso dell'occupabilità, concordato con la persona.",
        },
        "actors": [
            {
                "kind": "accredited_agency",
                "responsibility": {"en": "Leads the assessment.", "it": "Conduce la valutazione."},
            },
            {
                "kind": "health_service",
                "responsibility": {
                    "en": "Contributes what it knows of health and functioning.",
                    "it": "Contribuisce con quanto conosce su salute e funzionamento.",
                },
            },
        ],
        "activities": {
            "en": "<ul><li>Interviews and skills review.</li><li>Where useful, a short practical try-out.</li></ul>",
            "it": "<ul><li>Colloqui e ricostruzione delle competenze.</li><li>Dove utile, una breve prova pratica.</li></ul>",
        },
        "tools": {
            "en": "Employability assessment form.",
            "it": "Scheda di valutazione dell'occupabilità.",
        },
    },
    {
        "key": "placement-plan",
        "title": {"en": "Placement plan", "it": "Progetto di inserimento"},
        "summary": {
            "en": "An individual plan sets the goal, the kind of workplace, the support and who does what.",
            "it": "Un progetto individuale definisce l'obiettivo, il tipo di contesto lavorativo, i sostegni e chi fa che cosa.",
        },
        "objectives": {
            "en": "<ul><li>Agree a realistic goal with the person.</li><li>Choose between a company and a type-B social cooperative.</li><li>Share responsibilities among the services.</li></ul>",
            "it": "<ul><li>Concordare con la persona un obiettivo realistico.</li><li>Scegliere tra azienda e cooperativa sociale di tipo B.</li><li>Ripartire le responsabilità tra i servizi.</li></ul>",
        },
        "entry_criteria": {
            "en": "An agreed employability assessment.",
            "it": "Una valutazione dell'occupabilità condivisa.",
        },
        "exit_criteria": {
            "en": "A written plan, signed off by the person and the services involved.",
            "it": "Un progetto scritto, condiviso dalla persona e dai servizi coinvolti.",
        },
        "actors": [
            {
                "kind": "accredited_agency",
                "responsibility": {
                    "en": "Drafts the plan and coordinates it.",
                    "it": "Redige il progetto e ne cura il coordinamento.",
                },
            },
            {
                "kind": "social_service",
                "responsibility": {
                    "en": "Agrees the support it keeps providing.",
                    "it": "Concorda i sostegni che continua a garantire.",
                },
            },
        ],
        "activities": {
            "en": "<ul><li>Plan meeting with the person and the services.</li><li>Search for suitable workplaces.</li></ul>",
            "it": "<ul><li>Incontro di progettazione con la persona e i servizi.</li><li>Ricerca di contesti lavorativi adatti.</li></ul>",
        },
        "tools": {"en": "Individual placement plan.", "it": "Progetto individuale di inserimento."},
    },
    {
        "key": "placement",
        "title": {
            "en": "Placement in a company or a type-B cooperative",
            "it": "Inserimento in azienda o in cooperativa sociale di tipo B",
        },
        "summary": {
            "en": "The person starts in a company or a type-B social cooperative, with tutoring agreed with the employer.",
            "it": "La persona inizia in azienda o in una cooperativa sociale di tipo B, con un tutoraggio concordato con il datore di lavoro.",
        },
        "objectives": {
            "en": "<ul><li>Match the person with a workplace.</li><li>Prepare the workplace and agree tutoring.</li></ul>",
            "it": "<ul><li>Abbinare la persona a un contesto lavorativo.</li><li>Preparare il contesto e concordare il tutoraggio.</li></ul>",
        },
        "entry_criteria": {
            "en": "A plan and a workplace willing to take the person on.",
            "it": "Un progetto e un contesto lavorativo disponibile ad accogliere la persona.",
        },
        "exit_criteria": {
            "en": "The person is in a placement or a job.",
            "it": "La persona è inserita in tirocinio o assunta.",
        },
        "actors": [
            {
                "kind": "accredited_agency",
                "responsibility": {
                    "en": "Mediates between person and employer and tutors the start.",
                    "it": "Media tra persona e datore di lavoro e accompagna l'avvio.",
                },
            },
            {
                "kind": "private_company",
                "responsibility": {
                    "en": "Takes the person on and names a workplace contact.",
                    "it": "Accoglie la persona e individua un referente interno.",
                },
            },
            {
                "kind": "social_cooperative",
                "responsibility": {
                    "en": "Offers a protected work setting where a company is not yet the right step.",
                    "it": "Offre un contesto di lavoro protetto quando l'azienda non è ancora il passo adatto.",
                },
            },
        ],
        "activities": {
            "en": "<ul><li>Matching and first meeting at the workplace.</li><li>Agreement on tasks, hours and tutoring.</li></ul>",
            "it": "<ul><li>Abbinamento e primo incontro sul luogo di lavoro.</li><li>Accordo su mansioni, orari e tutoraggio.</li></ul>",
        },
        "tools": {"en": "Placement agreement.", "it": "Convenzione o accordo di inserimento."},
    },
    {
        "key": "follow-up",
        "title": {
            "en": "Follow-up and job retention",
            "it": "Accompagnamento e mantenimento del posto di lavoro",
        },
        "summary": {
            "en": "The agency follows the person and the employer after the start, so that the job lasts.",
            "it": "L'ente segue la persona e il datore di lavoro dopo l'avvio, perché il lavoro duri nel tempo.",
        },
        "objectives": {
            "en": "<ul><li>Keep the placement going through its first difficulties.</li><li>Hand back to the services in good time if it does not hold.</li></ul>",
            "it": "<ul><li>Sostenere l'inserimento nelle prime difficoltà.</li><li>Restituire per tempo la situazione ai servizi se l'inserimento non regge.</li></ul>",
        },
        "entry_criteria": {
            "en": "The person has started work.",
            "it": "La persona ha iniziato a lavorare.",
        },
        "exit_criteria": {
            "en": "A stable job, or a planned hand-back to the services.",
            "it": "Un lavoro stabile, oppure una restituzione programmata ai servizi.",
        },
        "actors": [
            {
                "kind": "accredited_agency",
                "responsibility": {
                    "en": "Follows up with the person and the employer.",
                    "it": "Monitora l'inserimento con la persona e il datore di lavoro.",
                },
            },
            {
                "kind": "social_service",
                "responsibility": {
                    "en": "Stays available for the life outside work.",
                    "it": "Resta disponibile per gli aspetti di vita esterni al lavoro.",
                },
            },
        ],
        "activities": {
            "en": "<ul><li>Follow-up visits and calls.</li><li>Review meetings with the employer.</li></ul>",
            "it": "<ul><li>Visite e contatti di monitoraggio.</li><li>Incontri di verifica con il datore di lavoro.</li></ul>",
        },
        "tools": {"en": "Follow-up record.", "it": "Scheda di monitoraggio."},
    },
]

# Hand-over points between actors (nodi critici) and the operating mode the model sets for each.
CRITICAL_NODES = [
    {
        "key": "referral-to-agency",
        "title": {
            "en": "From referring service to accredited agency",
            "it": "Dal servizio inviante all'ente accreditato",
        },
        "from_phase": "intake",
        "to_phase": "intake",
        "from_actor": "social_service",
        "to_actor": "accredited_agency",
        "risk": {
            "en": "Information stays with the referring service, the person repeats their story, and it is unclear who is responsible while the agency has not yet taken charge.",
            "it": "Le informazioni restano al servizio inviante, la persona ripete la propria storia e non è chiaro chi sia responsabile finché l'ente non ha preso in carico.",
        },
        "operating_mode": {
            "en": "A shared referral form and a hand-over contact between the two operators; the referring service stays responsible until the agency confirms it has taken charge.",
            "it": "Una scheda di segnalazione condivisa e un contatto di passaggio tra i due operatori; il servizio inviante resta responsabile finché l'ente non conferma la presa in carico.",
        },
    },
    {
        "key": "assessment-sharing",
        "title": {
            "en": "Sharing the assessment with specialist services",
            "it": "Condivisione della valutazione con i servizi specialistici",
        },
        "from_phase": "intake",
        "to_phase": "assessment",
        "from_actor": "health_service",
        "to_actor": "accredited_agency",
        "risk": {
            "en": "The agency assesses without what the specialist services know about health and functioning, or the two reach different conclusions.",
            "it": "L'ente valuta senza conoscere quanto i servizi specialistici sanno su salute e funzionamento, oppure i due arrivano a conclusioni diverse.",
        },
        "operating_mode": {
            "en": "A joint case discussion before the assessment is closed, with the person's consent to share what is needed.",
            "it": "Una discussione congiunta del caso prima di chiudere la valutazione, con il consenso della persona a condividere quanto necessario.",
        },
    },
    {
        "key": "agency-to-workplace",
        "title": {
            "en": "From agency to company or type-B cooperative",
            "it": "Dall'ente all'azienda o alla cooperativa di tipo B",
        },
        "from_phase": "placement-plan",
        "to_phase": "placement",
        "from_actor": "accredited_agency",
        "to_actor": "private_company",
        "risk": {
            "en": "The workplace is not prepared, tasks and tutoring are not agreed, and the placement fails in the first weeks.",
            "it": "Il contesto non è preparato, mansioni e tutoraggio non sono concordati e l'inserimento fallisce nelle prime settimane.",
        },
        "operating_mode": {
            "en": "A preparatory meeting at the workplace and a written agreement on tasks, hours, tutoring and the first review date.",
            "it": "Un incontro preparatorio sul luogo di lavoro e un accordo scritto su mansioni, orari, tutoraggio e prima data di verifica.",
        },
    },
    {
        "key": "placement-to-follow-up",
        "title": {
            "en": "From placement to follow-up, and back to the services",
            "it": "Dall'inserimento all'accompagnamento, e ritorno ai servizi",
        },
        "from_phase": "placement",
        "to_phase": "follow-up",
        "from_actor": "accredited_agency",
        "to_actor": "social_service",
        "risk": {
            "en": "Support stops when the contract starts, or a failing placement is noticed too late and the person falls back without a service.",
            "it": "Il sostegno si interrompe all'avvio del contratto, oppure un inserimento in difficoltà viene notato troppo tardi e la persona resta senza servizio.",
        },
        "operating_mode": {
            "en": "A follow-up plan agreed at the start, review meetings with the employer, and an explicit hand-back to the social service when the placement ends.",
            "it": "Un piano di monitoraggio concordato all'avvio, incontri di verifica con il datore di lavoro e una restituzione esplicita al servizio sociale quando l'inserimento si chiude.",
        },
    },
]
