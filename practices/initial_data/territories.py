"""The seven territories and their organisations, as the sources name them."""

TERRITORIES = [
    {
        "slug": "monza-brianza",
        "country": "IT",
        "region": "Lombardy",
        "main_language": "it",
        "location": "Province north of Milan, Lombardy",
        "title": {
            "en": "Monza e Brianza",
            "it": "Monza e Brianza",
            "de": "Monza und Brianza",
            "da": "Monza e Brianza",
            "sv": "Monza e Brianza",
        },
        "summary": {
            "en": "A provincial network of accredited agencies building a shared model for placing persons with disabilities in work.",
            "it": "Una rete provinciale di enti accreditati che costruisce un modello condiviso per l'inserimento lavorativo delle persone con disabilità.",
        },
        "profile": {
            "en": "<p>In the province of Monza e Brianza, the accredited agencies that run employment services for persons with disabilities set out, in the <em>Servizi in rete</em> system action of Piano LIFT, to define a shared way of managing work placements and to present it to associations, type-B social cooperatives and their consortia.</p>",
            "it": "<p>Nella provincia di Monza e Brianza gli enti accreditati che erogano servizi per il lavoro alle persone con disabilità si sono proposti, con l'azione di sistema <em>Servizi in rete</em> del Piano LIFT, di definire un modello condiviso di gestione degli inserimenti lavorativi e di presentarlo ad associazioni, cooperative sociali di tipo B e loro consorzi.</p>",
        },
        "contact_name": "Servizi in rete network, provincial coordination of LIFT system actions",
        "organisations": [
            {
                "name": "Accredited agencies of the Servizi in rete system action",
                "kind": "accredited_agency",
                "description": {
                    "en": "The agencies that presented the system action and run placement services for persons with disabilities."
                },
            },
            {
                "name": "Provincial coordination of the LIFT system actions",
                "kind": "province",
                "description": {
                    "en": "Coordinates the system actions of Piano LIFT in the province."
                },
            },
            {
                "name": "Type-B social cooperatives and consortia",
                "kind": "social_cooperative",
                "description": {
                    "en": "Cooperatives that employ disadvantaged workers, and their consortia."
                },
            },
            {
                "name": "Associations of persons with disabilities",
                "kind": "other",
                "description": {"en": "Stakeholders to whom the model is presented."},
            },
        ],
    },
    {
        "slug": "como",
        "country": "IT",
        "region": "Lombardy",
        "main_language": "it",
        "location": "Province on Lake Como, Lombardy",
        "title": {"en": "Como", "it": "Como", "de": "Como", "da": "Como", "sv": "Como"},
        "summary": {
            "en": "A province that has modelled, since 2012, how users are taken in charge between agencies and social and specialist services.",
            "it": "Una provincia che dal 2012 ha modellizzato la presa in carico dell'utenza tra enti accreditati e servizi sociali e specialistici.",
        },
        "profile": {
            "en": "<p>From 2012 the province of Como modelled how people are taken in charge for work placement, mapping the critical passages between accredited agencies and the social and specialist services.</p>",
            "it": "<p>Dal 2012 la provincia di Como ha modellizzato la presa in carico delle persone per l'inserimento lavorativo, individuando i passaggi critici tra enti accreditati e servizi sociali e specialistici.</p>",
        },
        "organisations": [
            {
                "name": "Accredited agencies of the province of Como",
                "kind": "accredited_agency",
                "description": {"en": "Agencies providing placement services."},
            },
            {
                "name": "Social and specialist services of the province of Como",
                "kind": "social_service",
                "description": {
                    "en": "The services that refer people and share their taking in charge."
                },
            },
        ],
    },
    {
        "slug": "mantova",
        "country": "IT",
        "region": "Lombardy",
        "main_language": "it",
        "location": "Province in south-east Lombardy",
        "title": {"en": "Mantua", "it": "Mantova", "de": "Mantua", "da": "Mantova", "sv": "Mantua"},
        "summary": {
            "en": "A province that has modelled, since 2013, the forms of governance of its placement network.",
            "it": "Una provincia che dal 2013 ha modellizzato le forme di governance della propria rete per l'inserimento lavorativo.",
        },
        "profile": {
            "en": "<p>Since 2013 the province of Mantua has modelled the forms of governance of its network, according to the Servizi in rete project page.</p>",
            "it": "<p>Secondo la pagina del progetto Servizi in rete, dal 2013 la provincia di Mantova ha modellizzato le forme di governance della rete.</p>",
        },
        "organisations": [
            {
                "name": "Placement network of the province of Mantua",
                "kind": "other",
                "description": {"en": "The network of services whose governance was modelled."},
            },
        ],
    },
    {
        "slug": "herlev",
        "country": "DK",
        "region": "Capital Region of Denmark",
        "main_language": "da",
        "location": "Municipality north-west of Copenhagen",
        "title": {"en": "Herlev", "it": "Herlev", "de": "Herlev", "da": "Herlev", "sv": "Herlev"},
        "summary": {
            "en": "A municipality that ran an interdisciplinary integration partnership with a private company and a language centre.",
            "da": "En kommune, der drev et tværfagligt integrationspartnerskab med en privat virksomhed og et sprogcenter.",
        },
        "profile": {
            "en": "<p>Herlev Municipality joined forces with a private company's job development centre and a language centre to bring cash-benefit recipients of other ethnic origin into work or education.</p>",
            "da": "<p>Herlev Kommune gik sammen med en privat virksomheds jobudviklingscenter og et sprogcenter for at få kontanthjælpsmodtagere af anden etnisk oprindelse i arbejde eller uddannelse.</p>",
        },
        "contact_name": "Herlev Kommune, jobcentre",
        "organisations": [
            {
                "name": "Herlev Kommune",
                "kind": "municipality",
                "description": {
                    "en": "Municipality; the project coordinator holds the authority for the case and finds placements."
                },
            },
            {
                "name": "ISS Jobudviklingscenter",
                "kind": "private_company",
                "description": {
                    "en": "Job development centre of the ISS group; led the project and found placements at ISS."
                },
            },
            {
                "name": "Ballerup Sprogcenter",
                "kind": "language_centre",
                "description": {
                    "en": "Language centre in neighbouring Ballerup; its teacher taught at the workplace."
                },
            },
        ],
    },
    {
        "slug": "sodertalje",
        "country": "SE",
        "region": "Stockholm County",
        "main_language": "sv",
        "location": "Municipality south-west of Stockholm",
        "title": {
            "en": "Södertälje",
            "it": "Södertälje",
            "de": "Södertälje",
            "da": "Södertälje",
            "sv": "Södertälje",
        },
        "summary": {
            "en": "A municipality turning what the MIA project tested into permanent multi-agency support.",
            "sv": "En kommun som gör det som MIA-projektet prövade till varaktigt myndighetsgemensamt stöd.",
        },
        "profile": {
            "en": "<p>Södertälje has a large group of residents who are not included in working life, often refugees who never became established. Through the MIA project and the local coordination association, the municipality and its partners have changed how they work with this group.</p>",
            "sv": "<p>I Södertälje finns en stor grupp invånare som står utanför arbetslivet, ofta flyktingar som aldrig fått fäste. Genom MIA-projektet och samordningsförbundet har kommunen och dess parter ändrat sitt sätt att arbeta med gruppen.</p>",
        },
        "contact_name": "Samordningsförbundet Södertälje",
        "organisations": [
            {
                "name": "Södertälje kommun, Arbete och försörjning",
                "kind": "municipality",
                "description": {
                    "en": "The municipality's work and income support department, with a new rehabilitation team."
                },
            },
            {
                "name": "Samordningsförbundet Södertälje",
                "kind": "coordination_association",
                "description": {
                    "en": "Coordination association that funds joint services of the authorities."
                },
            },
        ],
    },
    {
        "slug": "glarus",
        "country": "CH",
        "region": "Canton of Glarus",
        "main_language": "de",
        "location": "Alpine canton in eastern Switzerland",
        "title": {"en": "Glarus", "it": "Glarona", "de": "Glarus", "da": "Glarus", "sv": "Glarus"},
        "summary": {
            "en": "A canton where more than half of refugees and provisionally admitted persons are in work, supported by a monitoring app.",
            "de": "Ein Kanton, in dem mehr als die Hälfte der Geflüchteten und vorläufig Aufgenommenen erwerbstätig ist, unterstützt von einer Monitoring-App.",
        },
        "profile": {
            "en": "<p>The canton of Glarus coordinates the integration of refugees and provisionally admitted persons through its coordination office, which works with local partners, including a local IT firm.</p>",
            "de": "<p>Der Kanton Glarus koordiniert die Integration von Geflüchteten und vorläufig aufgenommenen Personen über seine Koordinationsstelle, die mit lokalen Partnern zusammenarbeitet, darunter einer IT-Firma aus der Region.</p>",
        },
        "contact_name": "Kanton Glarus, Koordinationsstelle Integration Flüchtlinge",
        "organisations": [
            {
                "name": "Koordinationsstelle Integration Flüchtlinge, Kanton Glarus",
                "kind": "canton",
                "description": {
                    "en": "The canton's coordination office for the integration of refugees."
                },
            },
            {
                "name": "Lemonbrain",
                "kind": "it_firm",
                "description": {
                    "en": "Local IT firm that developed the CM-T application with the canton."
                },
            },
        ],
    },
    {
        "slug": "solothurn",
        "country": "CH",
        "region": "Canton of Solothurn",
        "main_language": "de",
        "location": "Canton in north-western Switzerland",
        "title": {
            "en": "Solothurn",
            "it": "Soletta",
            "de": "Solothurn",
            "da": "Solothurn",
            "sv": "Solothurn",
        },
        "summary": {
            "en": "A canton piloting continuous case management with potential assessments in two social regions.",
            "de": "Ein Kanton, der die durchgehende Fallführung mit Potenzialabklärung in zwei Sozialregionen erprobt.",
        },
        "profile": {
            "en": "<p>The canton of Solothurn implements the Swiss Integration Agenda through an integral integration model. Its social services are organised in social regions; the interinstitutional cooperation structure steers the model's introduction.</p>",
            "de": "<p>Der Kanton Solothurn setzt die Integrationsagenda Schweiz mit einem integralen Integrationsmodell um. Die Sozialdienste sind in Sozialregionen organisiert; die Struktur der interinstitutionellen Zusammenarbeit steuert die Einführung.</p>",
        },
        "contact_name": "Amt für Gesellschaft und Soziales, Koordinationsstelle Integration",
        "organisations": [
            {
                "name": "Amt für Gesellschaft und Soziales (AGS)",
                "kind": "canton",
                "description": {
                    "en": "Cantonal office for society and social affairs; its integration coordination office settles the pilot's funding."
                },
            },
            {
                "name": "Sozialregion Oberer Leberberg",
                "kind": "social_service",
                "description": {"en": "Social region piloting the new process."},
            },
            {
                "name": "Sozialregion Untergäu",
                "kind": "social_service",
                "description": {"en": "Social region piloting the new process."},
            },
            {
                "name": "Interinstitutionelle Zusammenarbeit (IIZ) Solothurn",
                "kind": "canton",
                "description": {
                    "en": "The canton's structure of interinstitutional cooperation, charged with steering the implementation of the integral integration model."
                },
            },
        ],
    },
]
