"""Implementation and cost profiles of the shipped cases and methods, keyed by slug.

Only what the seed sources say: a dimension they are silent on is left out and
shown as "not reported". Texts are given in English and, for cases, in the
language of the source; a locale without its own text shows the English profile.
Figures (FTE, amounts) are language-independent.
"""

HERLEV = "IP-projektet presentation, 20 May 2010"
SOLOTHURN = "Cantonal government decision on the pilot phase (Solothurn)"
GLARUS = "News item on the Prix sozialinfo.ch 2020, 28 December 2020"
SODERTALJE = "Södertälje news item on the implementation after MIA"
MONZA = "Servizi in rete project page"

CASES = {
    "ip-integration-partnership": {
        "source": HERLEV,
        "staff": [
            {
                "role": {
                    "en": "Project coordinator holding the casework authority; finds placements",
                    "da": "Projektkoordinator og myndighedsperson; finder praktikpladser",
                },
                "organisation": "Herlev Kommune",
            },
            {
                "role": {
                    "en": "Project leader; finds placements within ISS",
                    "da": "Projektleder; finder praktikpladser i ISS",
                },
                "organisation": "ISS Jobudviklingscenter",
            },
            {
                "role": {
                    "en": "Language teacher teaching at the placement",
                    "da": "Sproglærer, der underviser på praktikstedet",
                },
                "organisation": "Ballerup Sprogcenter",
            },
            {"role": {"en": "Steering group", "da": "Styregruppe"}},
        ],
        "duration": {
            "en": "A course of six months per participant",
            "da": "Et forløb på seks måneder pr. deltager",
        },
        "duration_months": 6,
        "intensity": {
            "en": "Two introduction days, then a quick placement with hands-on follow-up; common days for the group",
            "da": "To introdage, derefter hurtigt i praktik med håndholdt opfølgning; fællesdage for holdet",
        },
        "preconditions": {
            "en": "A municipal coordinator who holds the authority in the case; a company that offers placements; a language centre that teaches at the workplace; GPs told by letter who holds the authority, so that known ailments do not lead to sick notes.",
            "da": "En kommunal koordinator med myndigheden i sagen; en virksomhed, der stiller praktikpladser til rådighed; et sprogcenter, der underviser på arbejdspladsen; læger, der via brev orienteres om, hvem der er myndighedsperson, så borgeren ikke sygemeldes for kendte lidelser.",
        },
        "partners": [
            {
                "name": "Herlev Kommune",
                "contribution": {
                    "en": "Coordination, casework and placements",
                    "da": "Koordinering, sagsbehandling og praktikpladser",
                },
            },
            {
                "name": "ISS Jobudviklingscenter",
                "contribution": {
                    "en": "Project leadership and placements at ISS",
                    "da": "Projektledelse og praktikpladser i ISS",
                },
            },
            {
                "name": "Ballerup Sprogcenter",
                "contribution": {
                    "en": "Language assessment and teaching at the workplace",
                    "da": "Sproglig vurdering og undervisning på arbejdspladsen",
                },
            },
            {
                "name": {"en": "General practitioners", "da": "Praktiserende læger"},
                "contribution": {
                    "en": "Tripartite talks with project leader and citizen",
                    "da": "Trekantssamtaler med projektleder og borger",
                },
            },
            {
                "name": {"en": "Municipal doctor", "da": "Kommunelægen"},
                "contribution": {
                    "en": "Takes part in a common day",
                    "da": "Deltager i en fællesdag",
                },
            },
        ],
        "targets": {
            "en": "Cash-benefit recipients of other ethnic origin (match groups 3-4) into work, education or a wage-subsidy job within half a year; 80-90 citizens through in three years; sickness absence down to 10%; closer cooperation with GPs, housing associations and the social and health sector.",
            "da": "Kontanthjælpsmodtagere af anden etnisk oprindelse (matchgruppe 3-4) i arbejde, uddannelse eller løntilskud inden for et halvt år; 80-90 borgere igennem på tre år; sygefraværet ned på 10 %; udvikle samarbejdet med de praktiserende læger, boligforeningerne og social- og sundhedssektoren.",
        },
        "effect_summary": {
            "en": "Teams 1-6, 93 citizens: 17 into jobs, 3 into wage-subsidy jobs, 1 into a flexjob, 8 into education, 7 to other support, 8 referred for early-retirement assessment. No comparison group.",
            "da": "Hold 1-6, 93 borgere: 17 i job, 3 i løntilskud, 1 i fleksjob, 8 i uddannelse, 7 anden forsørgelse, 8 førtidspensionsafklaring. Ingen sammenligningsgruppe.",
        },
        "effect_evidence_level": "indications_of_effect",
    },
    "mia-multi-agency-team": {
        "source": SODERTALJE,
        "staff": [
            {
                "role": {
                    "en": "Multi-agency team (MGT)",
                    "sv": "Myndighetsgemensamt team (MGT)",
                },
            },
            {
                "role": {"en": "Rehabilitation team", "sv": "Rehabiliteringsteam"},
                "organisation": "Södertälje kommun, Arbete och försörjning",
            },
        ],
        "preconditions": {
            "en": "Staff who see people's assets and listen to their own version (the source names good staff as a success factor); a structure that gives everyone the same support; joint funding through a coordination association.",
            "sv": "Personal som ser människors tillgångar och lyssnar på deras egen version (källan nämner bra personal som en framgångsfaktor); en struktur som ger alla samma stöd; gemensam finansiering genom ett samordningsförbund.",
        },
        "partners": [
            {
                "name": "Samordningsförbundet Södertälje",
                "contribution": {
                    "en": "Funds complementary services; drew up the proposals",
                    "sv": "Finansierar kompletterande tjänster; tog fram förslagen",
                },
            },
            {
                "name": "Södertälje kommun, Arbete och försörjning",
                "contribution": {
                    "en": "The new rehabilitation team the agreed option builds on",
                    "sv": "Det nya rehabiliteringsteamet som det valda alternativet bygger på",
                },
            },
        ],
        "targets": {
            "en": "A place of coordination and cooperation for a group that reappears in project after project, sized for a smaller target group than MIA.",
            "sv": "En samordnings- och samverkansplats för en grupp som dyker upp i projekt efter projekt, i en storlek anpassad till en mindre målgrupp än MIA.",
        },
    },
    "cm-t-continuous-monitoring": {
        "source": GLARUS,
        "staff": [
            {
                "role": {
                    "en": "Integration planning based on the recorded results",
                    "de": "Integrationsplanung auf Grundlage der erfassten Ergebnisse",
                },
                "organisation": "Koordinationsstelle Integration Flüchtlinge, Kanton Glarus",
            }
        ],
        "intensity": {
            "en": "Position and potential assessments at regular intervals; programmes enter feedback promptly",
            "de": "Standortbestimmungen und Potenzialabklärungen in regelmässigen Abständen; die Programme erfassen Rückmeldungen zeitnah",
        },
        "preconditions": {
            "en": "Predefined assessment forms tailored to each assignment; programmes that can fill them in from a computer or a phone.",
            "de": "Vordefinierte, auf den jeweiligen Einsatz zugeschnittene Bewertungsbögen; Programme, die sie per Computer oder Handy ausfüllen können.",
        },
        "partners": [
            {
                "name": "Lemonbrain",
                "contribution": {
                    "en": "Local IT firm; built the application with the canton",
                    "de": "Lokale IT-Firma; hat die Applikation mit dem Kanton entwickelt",
                },
            },
            {
                "name": {"en": "Programme providers", "de": "Programmanbieter"},
                "contribution": {
                    "en": "Education, trial placements, internships, asylum support, pre-apprenticeship, work assignments and employment programmes report in the forms",
                    "de": "Bildungsangebote, Testeinsätze, Praktika, Asylbetreuung, Integrationsvorlehre, Arbeitseinsätze und Beschäftigungsprogramme erfassen in den Bögen",
                },
            },
        ],
        "effect_summary": {
            "en": "The jury noted that clearly more than half of refugees and provisionally admitted persons in Glarus are in gainful work; the source does not attribute this to the application.",
            "de": "Die Jury hielt fest, dass deutlich mehr als die Hälfte der Geflüchteten und vorläufig Aufgenommenen im Kanton Glarus erwerbstätig ist; die Quelle führt dies nicht auf die Applikation zurück.",
        },
        "effect_evidence_level": "described",
    },
    "continuous-case-management-pilot": {
        "source": SOLOTHURN,
        "staff": [
            {
                "role": {
                    "en": "Additional staff in the two pilot social regions",
                    "de": "Zusätzliches Personal in den beiden Pilotregionen",
                },
                "organisation": "Sozialregionen Oberer Leberberg und Untergäu",
                "fte": "3.8",
            },
            {
                "role": {
                    "en": "Intake social workers: assign the segment",
                    "de": "Sozialarbeitende des Intakes: entscheiden über das Segment",
                },
            },
            {
                "role": {
                    "en": "Project leadership for continuous case management and potential assessment",
                    "de": "Projektleitung Durchgehende Fallführung und Potenzialabklärung",
                },
            },
        ],
        "duration": {
            "en": "Pilot of two years from October 2023; for each person, from intake until about six months after the integration goals are reached",
            "de": "Pilot von zwei Jahren ab Oktober 2023; pro Person vom Intake bis rund sechs Monate nach Erreichen der Integrationsziele",
        },
        "duration_months": 24,
        "intensity": {
            "en": "The segment is reassessed at least every six months; six months of follow-up after integration",
            "de": "Das Segment wird mindestens alle sechs Monate neu beurteilt; sechs Monate Weiterbegleitung nach der Integration",
        },
        "preconditions": {
            "en": "The pilot regions provide the resources the pilot needs; one harmonised process for ordinary and asylum social assistance; the short, practical and in-depth assessment instruments of the potential-assessment sub-project.",
            "de": "Die Pilotregionen stellen die notwendigen Ressourcen bereit; ein harmonisierter Prozess für Regel- und Asylsozialhilfe; Kurzassessment, Praxisassessment und vertiefte Potenzialerfassung aus dem Teilprojekt Potenzialabklärung.",
        },
        "partners": [
            {
                "name": "Amt für Gesellschaft und Soziales (AGS), Koordinationsstelle Integration",
                "contribution": {
                    "en": "Sets the terms of payment to the pilot regions; only actual costs are paid",
                    "de": "Regelt die Vergütung an die Pilotregionen; abgerechnet werden höchstens die effektiven Kosten",
                },
            },
            {
                "name": "Interinstitutionelle Zusammenarbeit (IIZ) Solothurn",
                "contribution": {
                    "en": "Steers the introduction; informed periodically about the pilot",
                    "de": "Steuert die Einführung; wird periodisch über den Pilot informiert",
                },
            },
        ],
        "costs": [
            {
                "amount": "156000",
                "currency": "CHF",
                "year": 2023,
                "basis": "per_post_year",
                "covers": {
                    "en": "Full staff costs of one full-time post",
                    "de": "Personalvollkosten einer Vollzeitstelle",
                },
            },
            {
                "amount": "1200000",
                "currency": "CHF",
                "year": 2023,
                "basis": "total",
                "covers": {
                    "en": "Cost cap for the two-year pilot 2023-2025, from the federal integration lump sum",
                    "de": "Kostendach für die zweijährige Pilotphase 2023-2025, aus der Integrationspauschale des Bundes",
                },
            },
        ],
        # 3.8 full-time posts x CHF 156,000 = CHF 592,800 a year: over 500,000.
        "cost_band": "high",
        "targets": {
            "en": "Test the new process for practicability, effectiveness and efficiency; after eighteen months it must be clear how the other eleven social regions will follow.",
            "de": "Den neuen Prozess auf Praxistauglichkeit, Wirksamkeit und Effizienz testen; nach eineinhalb Jahren muss klar sein, wie die übrigen elf Sozialregionen folgen.",
        },
        "effect_summary": {
            "en": "Not yet measured: the decision approves the pilot; results are to come from its evaluation.",
            "de": "Noch nicht gemessen: der Beschluss genehmigt den Pilot; Ergebnisse soll dessen Auswertung liefern.",
        },
    },
    "servizi-in-rete": {
        "source": MONZA,
        "staff": [
            {
                "role": {
                    "en": "Operators of the accredited agencies: develop the model",
                    "it": "Operatori degli enti accreditati: sviluppano il modello",
                },
            },
            {"role": {"en": "Facilitating consultant", "it": "Consulente agevolatore"}},
            {"role": {"en": "Lead partner", "it": "Capofila"}},
        ],
        "duration": {
            "en": "September 2015 to February 2016, then a final workshop",
            "it": "Da settembre 2015 a febbraio 2016, poi un workshop conclusivo",
        },
        "duration_months": 6,
        "intensity": {
            "en": "About one laboratory meeting a month; the good-practice exchange as two meetings in one day",
            "it": "Circa un incontro di laboratorio al mese; l'analisi di buone prassi in due incontri in una giornata",
        },
        "preconditions": {
            "en": "Accredited agencies willing to define one shared model; participants' own experience as the starting point.",
            "it": "Enti accreditati disposti a definire un modello condiviso; l'esperienza dei partecipanti come punto di partenza.",
        },
        "training": {
            "en": "The training-consultancy laboratory itself: operators learn while they design the model.",
            "it": "Il laboratorio formativo-consulenziale stesso: gli operatori si formano mentre progettano il modello.",
        },
        "partners": [
            {
                "name": {
                    "en": "Provincial coordination of the LIFT system actions",
                    "it": "Coordinamento provinciale delle azioni di sistema LIFT",
                },
                "contribution": {
                    "en": "Dedicated monitoring meetings with the lead partner and the facilitating consultant",
                    "it": "Incontri di monitoraggio dedicati con il capofila e il consulente agevolatore",
                },
            },
            {
                "name": {"en": "Provinces of Como and Mantua", "it": "Province di Como e Mantova"},
                "contribution": {
                    "en": "Present how they modelled their processes",
                    "it": "Presentano come hanno modellizzato i loro processi",
                },
            },
            {
                "name": {
                    "en": "Stakeholders: associations, third sector, type-B social cooperatives",
                    "it": "Stakeholder: associazioni, privato sociale, cooperative sociali di tipo B",
                },
                "contribution": {
                    "en": "The model is presented and shared with them",
                    "it": "Il modello viene presentato e condiviso con loro",
                },
            },
        ],
        "targets": {
            "en": "A description of the Monza model of taking in charge; the critical nodes and operating modes for reception and employability; short reports on significant experiences for a portal.",
            "it": "La descrizione del modello monzese di presa in carico; i nodi critici e le modalità operative per le fasi di accoglienza e occupabilità; report sintetici su esperienze significative da comunicare tramite portale.",
        },
    },
    "como-taking-in-charge": {
        "source": MONZA,
        "duration": {"en": "Since 2012", "it": "Dal 2012"},
        "partners": [
            {
                "name": {
                    "en": "Accredited agencies",
                    "it": "Enti accreditati",
                },
                "contribution": {
                    "en": "Take people in charge for work placement",
                    "it": "Prendono in carico per l'inserimento lavorativo",
                },
            },
            {
                "name": {
                    "en": "Social and specialist services",
                    "it": "Servizi sociali e specialistici",
                },
                "contribution": {
                    "en": "Share the taking in charge at the critical passages",
                    "it": "Condividono la presa in carico nei passaggi critici",
                },
            },
        ],
    },
    "mantova-network-governance": {
        "source": MONZA,
        "duration": {"en": "Since 2013", "it": "Dal 2013"},
    },
}

METHODS = {
    "joint-visitation": {
        "source": HERLEV,
        "intensity": {"en": "One joint intake, with a language assessment"},
        "partners": [
            {"name": {"en": "Municipality"}, "contribution": {"en": "Casework authority"}},
            {"name": {"en": "Company partner"}, "contribution": {"en": "Job possibilities"}},
            {"name": {"en": "Language centre"}, "contribution": {"en": "Language assessment"}},
        ],
    },
    "quick-placement": {
        "source": HERLEV,
        "duration": {"en": "Two introduction days, then a placement soon after"},
        "intensity": {"en": "Hands-on follow-up during the placement"},
        "preconditions": {"en": "Placements ready to take participants at short notice."},
    },
    "workplace-buddy": {
        "source": HERLEV,
        "staff": [{"role": {"en": "An experienced colleague at the placement"}}],
        "partners": [
            {
                "name": {"en": "A network of companies"},
                "contribution": {"en": "Placements with a colleague as buddy"},
            }
        ],
    },
    "common-days": {
        "source": HERLEV,
        "partners": [
            {
                "name": {"en": "Municipal doctor"},
                "contribution": {"en": "Takes part in a common day"},
            }
        ],
    },
    "gp-tripartite-talks": {
        "source": HERLEV,
        "staff": [{"role": {"en": "Project leader holding the authority in the case"}}],
        "preconditions": {"en": "GPs told by letter who holds the authority in the case."},
        "partners": [
            {
                "name": {"en": "General practitioners"},
                "contribution": {"en": "Talk with the project leader and the citizen"},
            }
        ],
    },
    "health-house": {
        "source": HERLEV,
        "partners": [
            {
                "name": {"en": "The municipality's health house"},
                "contribution": {"en": "Exercise and diet advice"},
            }
        ],
    },
    "workplace-language-teaching": {
        "source": HERLEV,
        "staff": [{"role": {"en": "Language teacher teaching at the placement"}}],
        "preconditions": {"en": "A language assessment of each participant."},
        "partners": [
            {"name": {"en": "Language centre"}, "contribution": {"en": "The language teacher"}}
        ],
    },
    "multi-agency-team": {
        "source": SODERTALJE,
        "partners": [
            {
                "name": {"en": "Coordination association"},
                "contribution": {"en": "Funds complementary services"},
            },
            {
                "name": {"en": "Municipal rehabilitation team"},
                "contribution": {"en": "The unit the team builds on"},
            },
        ],
    },
    "segmentation-avos": {
        "source": SOLOTHURN,
        "staff": [{"role": {"en": "Intake social workers assign the segment"}}],
        "intensity": {"en": "The segment is reassessed at least every six months"},
    },
    "continuous-case-management": {
        "source": SOLOTHURN,
        "staff": [
            {
                "role": {
                    "en": "Additional staff for the whole pilot process in two social regions"
                },
                "fte": "3.8",
            }
        ],
        "duration": {
            "en": "From intake until about six months after the integration goals are reached"
        },
        "costs": [
            {
                "amount": "156000",
                "currency": "CHF",
                "year": 2023,
                "basis": "per_post_year",
                "covers": {"en": "Full staff costs of one full-time post (Solothurn pilot)"},
            },
            {
                "amount": "1200000",
                "currency": "CHF",
                "year": 2023,
                "basis": "total",
                "covers": {
                    "en": "Cost cap of the two-year Solothurn pilot of the whole process, 2023-2025"
                },
            },
        ],
        "cost_band": "high",
    },
    "six-month-follow-up": {
        "source": SOLOTHURN,
        "staff": [{"role": {"en": "The social service"}}],
        "duration": {"en": "Six months after integration into work"},
        "duration_months": 6,
    },
    "continuous-monitoring-forms": {
        "source": GLARUS,
        "intensity": {"en": "Assessments at regular intervals; feedback entered promptly"},
        "preconditions": {
            "en": "Forms tailored to each assignment; programmes able to fill them in from a computer or a phone."
        },
        "partners": [
            {"name": {"en": "An IT firm"}, "contribution": {"en": "Builds the application"}},
            {
                "name": {"en": "Programme providers"},
                "contribution": {"en": "Report on each person in the forms"},
            },
        ],
    },
    "training-consultancy-laboratory": {
        "source": MONZA,
        "staff": [
            {"role": {"en": "Facilitating consultant"}},
            {"role": {"en": "Operators of each participating organisation"}},
        ],
        "duration": {"en": "Six months in Monza e Brianza (September 2015 to February 2016)"},
        "duration_months": 6,
        "intensity": {"en": "About one meeting a month"},
        "training": {"en": "The laboratory itself is the training."},
    },
    "good-practice-exchange": {
        "source": MONZA,
        "intensity": {"en": "Two meetings in one day, early in the modelling work"},
        "partners": [
            {
                "name": {"en": "Provinces that have already modelled their processes"},
                "contribution": {"en": "Present their model"},
            }
        ],
    },
    "critical-passages-mapping": {
        "source": MONZA,
        "partners": [
            {
                "name": {"en": "Accredited agencies"},
                "contribution": {"en": "Take people in charge"},
            },
            {
                "name": {"en": "Social and specialist services"},
                "contribution": {"en": "Hand people over and share the taking in charge"},
            },
        ],
    },
}
