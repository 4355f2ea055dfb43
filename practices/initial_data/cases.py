"""The seven initial cases, in English and in the language of their source."""

ASSESSED = {"assessed_on": "2026-11-23", "assessed_by": "Portal editorial team"}
REVIEWED = "2026-11-23"

HERLEV_SOURCE = "IP-projektet presentation, 20 May 2010"


def _herlev_result(en, da, value):
    return {
        "label": {"en": en, "da": da},
        "value": value,
        "unit": {"en": "citizens", "da": "borgere"},
        "unit_singular": {"en": "citizen", "da": "borger"},
        "denominator": 93,
        "population": {"en": "Teams 1-6 (93 citizens)", "da": "Hold 1-6 (93 borgere)"},
        "period": "",
        "date": "2010-05-20",
        "source": HERLEV_SOURCE,
    }


CASES = [
    {
        "slug": "ip-integration-partnership",
        "territory": "herlev",
        "original_language": "da",
        "title": {
            "en": "The IP project: an interdisciplinary integration partnership",
            "da": "IP-projektet: et tværfagligt integrationspartnerskab",
        },
        "summary": {
            "en": "A municipality, a private company and a language centre took cash-benefit recipients of other ethnic origin quickly into real workplaces; of 93 citizens, 17 found a job.",
            "da": "En kommune, en privat virksomhed og et sprogcenter førte kontanthjælpsmodtagere af anden etnisk oprindelse hurtigt ud på rigtige arbejdspladser; 17 af 93 borgere kom i job.",
        },
        "start_year": None,
        "end_year": 2010,
        "ongoing": False,
        "organisations": [
            {
                "name": "Herlev Kommune",
                "role": {
                    "en": "Project coordinator with authority: takes over all casework and finds placements.",
                    "da": "Projektkoordinator og myndighedsperson: overtager hele sagsbehandlingen og finder praktikpladser.",
                },
            },
            {
                "name": "ISS Jobudviklingscenter",
                "role": {
                    "en": "Project leader: finds placements within ISS; brings a business approach focused on self-support.",
                    "da": "Projektleder: finder praktikpladser i ISS og bidrager med en virksomhedsrettet tilgang med fokus på selvforsørgelse.",
                },
            },
            {
                "name": "Ballerup Sprogcenter",
                "role": {
                    "en": "Language teacher who teaches at the placement.",
                    "da": "Sproglærer, der underviser på praktikstedet.",
                },
            },
        ],
        "target_groups": ["ethnic-minority-unemployed", "social-assistance-recipients"],
        "methods": [
            "joint-visitation",
            "quick-placement",
            "step-model",
            "workplace-buddy",
            "common-days",
            "gp-tripartite-talks",
            "health-house",
            "workplace-language-teaching",
        ],
        "phases": ["intake", "assessment", "placement", "follow-up"],
        "tags": ["language at work", "GP cooperation", "public-private partnership"],
        "problem": {
            "en": "<p>Cash-benefit recipients of other ethnic origin in match groups 3 and 4 were far from work: language, health worries and little contact with Danish workplaces kept them on benefits. The partnership set out to bring them into work, education or a wage-subsidy job within half a year, to take 80 to 90 citizens through in three years, to bring sickness absence down to 10%, and to build cooperation with GPs, housing associations and the social and health sector.</p>",
            "da": "<p>Kontanthjælpsmodtagere af anden etnisk oprindelse i matchgruppe 3 og 4 var langt fra arbejdsmarkedet: sprog, helbredsbekymringer og ringe kontakt til danske arbejdspladser holdt dem på ydelse. Partnerskabet ville have dem i job, uddannelse eller løntilskud inden for et halvt år, føre 80-90 borgere igennem på tre år, nedbringe sygefraværet til 10 % og udvikle samarbejdet med de praktiserende læger, boligforeningerne og social- og sundhedssektoren.</p>",
        },
        "approach": {
            "en": "<p>Three partners with different strengths worked as one team under a steering group: the municipality's social work perspective on the whole person, the company's drive towards self-support, and the language centre's knowledge of language, culture and learning. After a joint intake focused on job options and a language assessment, participants had two introduction days and named two placement wishes; they were then placed quickly, with hands-on follow-up, a colleague as buddy at the workplace and language lessons planned around the job. Common days brought the group together to share experience and talk about health, exercise and gender roles. Because the view of one's own health was among the biggest barriers, GPs were told by letter who held the authority for the case, and doctor, project leader and citizen met for tripartite talks.</p>",
            "da": "<p>Tre partnere med hver deres styrker arbejdede som ét team under en styregruppe: kommunens socialfaglige blik på hele mennesket, virksomhedens fokus på selvforsørgelse og sprogcentrets viden om sprog, kultur og læring. Efter en fælles visitation med fokus på jobmuligheder og en sproglig vurdering fik deltagerne to introdage og valgte to praktikønsker; derefter kom de hurtigt i praktik med håndholdt opfølgning, en sidemand på arbejdspladsen og sprogundervisning tilrettelagt efter jobbet. Fællesdage samlede gruppen om erfaringsudveksling, helbred, motion og kønsroller. Fordi opfattelsen af eget helbred var en af de største barrierer, fik lægerne brev om, hvem der var myndighedsperson, og læge, projektleder og borger holdt trekantssamtaler.</p>",
        },
        "success_factors": {
            "en": "<ul><li>Meeting an ordinary workplace and ordinary colleagues.</li><li>Believing that everyone has resources, and working on the person's own terms with a coaching approach.</li><li>Feedback from the other participants on common days.</li><li>Practical language teaching planned for each person.</li><li>The dynamics of partners from different organisational cultures, and cooperation across the administration.</li><li>Cooperation with GPs, buddy training and a network of companies.</li></ul>",
            "da": "<ul><li>Mødet med en almindelig arbejdsplads og almindelige kolleger.</li><li>Troen på, at alle har ressourcer, og et anerkendende, coachende arbejde på den enkeltes præmisser.</li><li>De andre deltageres feedback på fællesdagene.</li><li>Praktisk, individuelt tilrettelagt sprogundervisning.</li><li>Dynamikken mellem partnere fra forskellige virksomhedskulturer og samarbejde på tværs i forvaltningen.</li><li>Lægesamarbejdet, sidemandsoplæring og et netværk af virksomheder.</li></ul>",
        },
        "challenges": {
            "en": "<ul><li>When project leadership changed, the frame and values had to be made explicit again.</li><li>Anchoring the approach in the jobcentre.</li><li>Company cooperation depends on the business cycle.</li><li>Methods to shift people's view of their own illness and victim role need further work.</li><li>A six-month course is short for some participants.</li></ul>",
            "da": "<ul><li>Ved skift i projektledelsen måtte rammer og værdier gøres tydelige igen.</li><li>Forankring af indsatsen i jobcentret.</li><li>Samarbejdet med virksomhederne afhænger af konjunkturerne.</li><li>Metoderne til at rykke ved egen sygdomsopfattelse og offerrolle skal udvikles videre.</li><li>Et forløb på seks måneder er kort for nogle deltagere.</li></ul>",
        },
        "transferability": {
            "en": "<p>A municipality can adopt the model where a company with many entry-level jobs and a language centre are willing to commit staff, where the municipal coordinator holds the casework authority, and where GPs can be involved.</p>",
            "da": "<p>En kommune kan overtage modellen, hvor en virksomhed med mange indgangsjob og et sprogcenter vil afsætte medarbejdere, hvor den kommunale koordinator har myndigheden i sagen, og hvor de praktiserende læger kan inddrages.</p>",
        },
        "stories": [
            {
                "title": {
                    "en": "From staying at home to the health house",
                    "da": "Fra at blive hjemme til sundhedshuset",
                },
                "text": {
                    "en": "A mother of three in her late thirties, trained as a fitness instructor, had not been able to leave home while her husband suffered from trauma. After a first placement in a municipal project she moved to the municipality's health house, where she now links exercise offers with groups that are hard to reach and shows others on the common days what exercise can do for body and mind.",
                    "da": "En mor til tre sidst i trediverne, uddannet fitnessinstruktør, havde ikke kunnet komme hjemmefra, mens hendes mand led af traumer. Efter en første praktik i et kommunalt projekt kom hun til kommunens sundhedshus, hvor hun nu bygger bro mellem motionstilbud og grupper, der er svære at nå, og på fællesdagene viser andre, hvad motion kan betyde for krop og psyke.",
                },
            },
            {
                "title": {
                    "en": "Three placements to a permanent job",
                    "da": "Tre praktikker til fast job",
                },
                "text": {
                    "en": "A divorced mother of four in her late thirties, with few years of schooling and reduced lung capacity, started in a nursing-home kitchen, took a hygiene course and gradually increased her hours. A second placement washing up led to a temporary post, a third placement followed, and she was then hired with a wage subsidy plus language and computer lessons before getting a permanent job.",
                    "da": "En fraskilt mor til fire sidst i trediverne, med få års skolegang og nedsat lungekapacitet, startede i et plejehjemskøkken, tog et hygiejnekursus og gik gradvist op i tid. En anden praktik som opvasker førte til et vikariat, en tredje praktik fulgte, og hun blev derefter ansat med løntilskud og dansk- og edb-undervisning, inden hun fik fast arbejde.",
                },
            },
        ],
        "awards": [],
        "indicators": [
            {
                "label": {"en": "Citizens who took part", "da": "Borgere i forløb"},
                "value": 93,
                "unit": {"en": "citizens", "da": "borgere"},
                "denominator": None,
                "population": {"en": "Teams 1-6", "da": "Hold 1-6"},
                "period": "",
                "date": "2010-05-20",
                "source": HERLEV_SOURCE,
            },
            _herlev_result("Into jobs", "I job", 17),
            _herlev_result("Into wage-subsidy jobs", "I løntilskud", 3),
            _herlev_result("Into a flexjob", "I fleksjob", 1),
            _herlev_result("Into education", "I uddannelse", 8),
            _herlev_result("To other support", "Anden forsørgelse", 7),
            _herlev_result(
                "Referred for early-retirement assessment", "Førtidspensionsafklaring", 8
            ),
        ],
        "evidence": {"level": "indications_of_effect", **ASSESSED},
        "contact": {"en": "Herlev Kommune, jobcentre", "da": "Herlev Kommune, Jobcenter"},
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "mia-multi-agency-team",
        "territory": "sodertalje",
        "original_language": "sv",
        "title": {
            "en": "After MIA: a multi-agency team for people outside working life",
            "sv": "Efter MIA: ett myndighetsgemensamt team för dem som står utanför arbetslivet",
        },
        "summary": {
            "en": "Södertälje is making permanent what the MIA project tested: a multi-agency team and the Boston approach for a group, often refugee women, that reappears in project after project.",
            "sv": "Södertälje gör det som MIA-projektet prövade varaktigt: ett myndighetsgemensamt team och Bostonmetoden för en grupp, ofta flyktingkvinnor, som dyker upp i projekt efter projekt.",
        },
        "start_year": None,
        "end_year": None,
        "ongoing": True,
        "organisations": [
            {
                "name": "Samordningsförbundet Södertälje",
                "role": {
                    "en": "Coordination association; funds complementary services and shaped the proposals.",
                    "sv": "Samordningsförbund; finansierar kompletterande tjänster och tog fram förslagen.",
                },
            },
            {
                "name": "Södertälje kommun, Arbete och försörjning",
                "role": {
                    "en": "Runs the new rehabilitation team the agreed option builds on.",
                    "sv": "Driver det nya rehabiliteringsteamet som det valda alternativet bygger på.",
                },
            },
        ],
        "target_groups": [
            "migrant-women",
            "refugees-provisionally-admitted",
            "mental-ill-health",
            "persons-with-disabilities",
        ],
        "methods": ["multi-agency-team", "boston-approach"],
        "phases": ["intake", "assessment", "placement-plan"],
        "tags": ["implementation", "equal treatment"],
        "problem": {
            "en": "<p>In Södertälje a large group of people is not included in working life, often refugees who never became established. Many are women who never entered the labour market and did not get the help they needed when they came to Sweden. The same group appears in one project after another.</p>",
            "sv": "<p>I Södertälje står en stor grupp människor utanför arbetslivet, ofta flyktingar som aldrig etablerat sig. Många är kvinnor som aldrig kommit in på arbetsmarknaden och som inte fick det stöd de behövde när de kom till Sverige. Samma grupp dyker upp i projekt efter projekt.</p>",
        },
        "approach": {
            "en": "<p>From the start the MIA project aimed at implementation, and the organisations changed along the way: the municipality adapted to meet the group, and a multi-agency team (MGT) was started. After workshops and long discussions, the project and the coordination association drew up three proposals for a place of coordination and cooperation. The option agreed builds on the municipality's new rehabilitation team, complemented by services funded by the coordination association, sized for a smaller target group. Work focuses on people's abilities, whether their absence from work is due to illness, language, disability or mental ill-health. Södertälje chose the Boston approach because it is not compulsory and follows the participant while giving everyone the same support.</p>",
            "sv": "<p>MIA-projektet siktade på implementering från start, och organisationerna förändrades under resans gång: kommunen anpassade sig för att möta gruppen och ett myndighetsgemensamt team (MGT) startade. Efter workshoppar och långa diskussioner tog projektet och samordningsförbundet fram tre förslag på en samordnings- och samverkansplats. Alternativet man enades om bygger på kommunens nya rehabiliteringsteam, kompletterat med tjänster som samordningsförbundet finansierar, i en storlek anpassad till en mindre målgrupp. Arbetet utgår från människors förmåga, oavsett om frånvaron från arbetslivet beror på sjukdom, språk, funktionsnedsättning eller psykisk ohälsa. Södertälje valde Bostonmetoden eftersom den inte är tvingande och följer deltagaren, samtidigt som alla får samma stöd.</p>",
        },
        "success_factors": {
            "en": "<ul><li>Aiming for implementation from day one.</li><li>Seeing people's assets and listening to their own version, which takes the right staff.</li><li>A structure that secures equal treatment.</li></ul>",
            "sv": "<ul><li>Siktet inställt på implementering från första dagen.</li><li>Att se människors tillgångar och lyssna på deras egen version, vilket kräver rätt personal.</li><li>En struktur som säkrar likvärdigt bemötande.</li></ul>",
        },
        "challenges": {
            "en": "<p>Members' wishes varied over time and partners sometimes pulled in different directions; it took a deliberate round of work to agree what should be implemented.</p>",
            "sv": "<p>Medlemmarnas önskemål varierade över tid och parterna drog ibland åt olika håll; det krävdes ett medvetet arbete för att enas om vad som skulle implementeras.</p>",
        },
        "transferability": {
            "en": "<p>Where a coordination association or similar joint funding exists, authorities can build a shared team around an existing municipal unit and scale it to the group that most needs it.</p>",
            "sv": "<p>Där det finns ett samordningsförbund eller liknande gemensam finansiering kan myndigheter bygga ett gemensamt team kring en befintlig kommunal enhet och anpassa det till den grupp som behöver det mest.</p>",
        },
        "stories": [],
        "awards": [],
        "indicators": [],
        "evidence": {"level": "described", **ASSESSED},
        "contact": {
            "en": "Samordningsförbundet Södertälje",
            "sv": "Samordningsförbundet Södertälje",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "cm-t-continuous-monitoring",
        "territory": "glarus",
        "original_language": "de",
        "title": {
            "en": "CM-T: continuous monitoring of potential and language support",
            "de": "CM-T: kontinuierliche Potenzialerhebung und Sprachförderung",
        },
        "summary": {
            "en": "An app in which every programme records how refugees and provisionally admitted persons develop, feeding their integration plans; awarded second place in the Prix sozialinfo.ch 2020.",
            "de": "Eine App, in der alle Programme festhalten, wie sich Geflüchtete und vorläufig Aufgenommene entwickeln, als Grundlage der Integrationsplanung; 2. Platz beim Prix sozialinfo.ch 2020.",
        },
        "start_year": 2020,
        "end_year": None,
        "ongoing": True,
        "organisations": [
            {
                "name": "Koordinationsstelle Integration Flüchtlinge, Kanton Glarus",
                "role": {
                    "en": "Developed the application and uses it for integration planning.",
                    "de": "Hat die Applikation entwickelt und nutzt sie für die Integrationsplanung.",
                },
            },
            {
                "name": "Lemonbrain",
                "role": {
                    "en": "Local IT firm that built the application with the canton.",
                    "de": "Lokale IT-Firma, die die Applikation mit dem Kanton umgesetzt hat.",
                },
            },
        ],
        "target_groups": ["refugees-provisionally-admitted"],
        "methods": ["continuous-monitoring-forms"],
        "phases": ["assessment", "follow-up"],
        "tags": ["digitalisation", "language support"],
        "problem": {
            "en": "<p>Refugees and provisionally admitted persons pass through many programmes: courses, trial placements, internships, asylum support, pre-apprenticeships, work assignments and employment programmes. What each programme learns about a person's skills and potential was not brought together in one place.</p>",
            "de": "<p>Geflüchtete und vorläufig aufgenommene Personen durchlaufen viele Programme: Bildungsangebote, Testeinsätze, Praktika, Asylbetreuung, Integrationsvorlehre, Arbeitseinsätze und Beschäftigungsprogramme. Was jedes Programm über Kompetenzen und Potenzial einer Person erfährt, war nicht an einem Ort gebündelt.</p>",
        },
        "approach": {
            "en": "<p>The canton's coordination office developed CM-T together with a local IT firm. Position assessments and potential assessments are carried out at regular intervals; programmes enter their feedback promptly, from a computer or a phone, in predefined forms tailored to each assignment. The results give a current picture of competences in education and of job prospects, the chronological list shows development over time, and everything feeds into integration planning. The application covers both vocational and school-based integration.</p>",
            "de": "<p>Die Koordinationsstelle des Kantons entwickelte CM-T zusammen mit einer lokalen IT-Firma. Standortbestimmungen und Potenzialabklärungen finden in regelmässigen Abständen statt; die Programme erfassen ihre Rückmeldungen zeitnah per Computer oder Handy in vordefinierten, auf den jeweiligen Einsatz zugeschnittenen Bewertungsbögen. Daraus entsteht ein aktuelles Bild der Kompetenzen in der Bildung und der beruflichen Perspektiven; die chronologische Auflistung macht die Entwicklung sichtbar, und alles fliesst in die Integrationsplanung ein. Die Applikation deckt die berufliche wie die schulische Integration ab.</p>",
        },
        "success_factors": {
            "en": "<p>The jury of the Prix sozialinfo.ch noted that the canton already does much right: clearly more than half of refugees and provisionally admitted persons in Glarus are in gainful work.</p>",
            "de": "<p>Die Jury des Prix sozialinfo.ch hielt fest, dass der Kanton vieles richtig macht: Deutlich mehr als die Hälfte der Geflüchteten und vorläufig Aufgenommenen im Kanton Glarus ist erwerbstätig.</p>",
        },
        "challenges": {},
        "transferability": {
            "en": "<p>A canton or municipality can adopt the approach if its programme providers agree to report in common forms, and if case managers use the resulting timeline in their integration planning.</p>",
            "de": "<p>Ein Kanton oder eine Gemeinde kann das Vorgehen übernehmen, wenn sich die Programmanbieter auf gemeinsame Bewertungsbögen einigen und die Fallführenden die entstehende Zeitreihe in der Integrationsplanung nutzen.</p>",
        },
        "stories": [],
        "awards": [
            {
                "name": "Prix sozialinfo.ch 2020 (digitalisation in social work)",
                "year": 2020,
                "rank": "2nd place",
            }
        ],
        "indicators": [],
        "evidence": {"level": "described", **ASSESSED},
        "contact": {
            "en": "Kanton Glarus, Koordinationsstelle Integration Flüchtlinge",
            "de": "Kanton Glarus, Koordinationsstelle Integration Flüchtlinge",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "continuous-case-management-pilot",
        "territory": "solothurn",
        "original_language": "de",
        "title": {
            "en": "Continuous case management with potential assessment: the pilot",
            "de": "Durchgehende Fallführung mit Potenzialabklärung: der Pilot",
        },
        "summary": {
            "en": "Two social regions test a new integration process: intake with a short assessment, segmentation into four strategies reviewed every six months, and six months of follow-up after integration.",
            "de": "Zwei Sozialregionen erproben einen neuen Integrationsprozess: Intake mit Kurzassessment, Segmentierung in vier Strategien mit Überprüfung alle sechs Monate und sechs Monate Weiterbegleitung nach der Integration.",
        },
        "start_year": 2023,
        "end_year": 2025,
        "ongoing": False,
        "organisations": [
            {
                "name": "Sozialregion Oberer Leberberg",
                "role": {
                    "en": "Pilot social region: replaces its processes with the new ones.",
                    "de": "Pilotregion: ersetzt ihre Abläufe durch die neuen.",
                },
            },
            {
                "name": "Sozialregion Untergäu",
                "role": {
                    "en": "Pilot social region: replaces its processes with the new ones.",
                    "de": "Pilotregion: ersetzt ihre Abläufe durch die neuen.",
                },
            },
            {
                "name": "Amt für Gesellschaft und Soziales (AGS)",
                "role": {
                    "en": "Sets the terms for paying the funds to the pilot regions.",
                    "de": "Regelt die Modalitäten der Vergütung an die Pilotregionen.",
                },
            },
            {
                "name": "Interinstitutionelle Zusammenarbeit (IIZ) Solothurn",
                "role": {
                    "en": "Steers the introduction of the integration model and is kept informed of the pilot.",
                    "de": "Steuert die Einführung des Integrationsmodells und wird über den Pilot informiert.",
                },
            },
        ],
        "target_groups": ["social-assistance-recipients", "refugees-provisionally-admitted"],
        "methods": [
            "continuous-case-management",
            "short-assessment",
            "practical-assessment",
            "in-depth-potential-assessment",
            "segmentation-avos",
            "six-month-follow-up",
        ],
        "phases": ["intake", "assessment", "placement-plan", "follow-up"],
        "tags": ["Integration Agenda Switzerland", "pilot"],
        "problem": {
            "en": "<p>The Swiss Integration Agenda asks cantons to integrate people more consistently. Solothurn decided in December 2018 to implement it through an integral integration model, approved in November 2020. Within it, the social services needed one harmonised process for ordinary and asylum social assistance, from first contact until integration lasts.</p>",
            "de": "<p>Die Integrationsagenda Schweiz verlangt von den Kantonen eine durchgängigere Integration. Solothurn beschloss im Dezember 2018, sie mit einem integralen Integrationsmodell umzusetzen, das im November 2020 genehmigt wurde. Darin brauchten die Sozialdienste einen harmonisierten Prozess für die Regel- und die Asylsozialhilfe, vom ersten Kontakt bis zur nachhaltigen Integration.</p>",
        },
        "approach": {
            "en": "<p>People registering with the social service go through an intake: a check of need, a check of other sources of support and a short assessment. Intake social workers then assign one of four segments, each with a standard strategy: detach (A), change (V), orient (O) or stabilise (S); the segment is reviewed at least every six months. Based on the potential assessment (short, practical and in-depth), the case-leading service sets individual measures in an integration plan. People not yet on social assistance but likely to need it can be advised early. After integration into work, the social service keeps accompanying the person for six months. The pilot started in October 2023 for two years in the social regions Oberer Leberberg and Untergäu; after eighteen months it must be clear how the other eleven social regions will follow.</p>",
            "de": "<p>Wer sich beim Sozialdienst anmeldet, durchläuft ein Intake: Bedürftigkeitsklärung, Subsidiaritätsprüfung und Kurzassessment. Die Sozialarbeitenden des Intakes ordnen die Person dann einem von vier Segmenten mit eigener Normstrategie zu: Ablösen (A), Verändern (V), Orientieren (O) oder Stabilisieren (S); das Segment wird mindestens alle sechs Monate überprüft. Gestützt auf die Potenzialabklärung (Kurzassessment, Praxisassessment, vertiefte Potenzialerfassung) legt die fallführende Stelle im Integrationsplan die individuellen Massnahmen fest. Personen, die absehbar auf Sozialhilfe angewiesen sein werden, können vorbeugend beraten werden. Nach der Integration in den Arbeitsmarkt begleitet der Sozialdienst die Person sechs Monate weiter. Der Pilot startete im Oktober 2023 für zwei Jahre in den Sozialregionen Oberer Leberberg und Untergäu; nach eineinhalb Jahren muss klar sein, wie die übrigen elf Sozialregionen folgen.</p>",
        },
        "success_factors": {},
        "challenges": {
            "en": "<p>The pilot regions need 3.8 additional full-time equivalents; lessons from the pilot are fed back continuously into the concept in an agile way, and delays must be reported at once.</p>",
            "de": "<p>Die Pilotregionen benötigen zusätzlich 3,8 Vollzeitäquivalente; Erkenntnisse aus dem Pilot fliessen laufend und agil ins Konzept ein, und Verzögerungen sind sofort zu melden.</p>",
        },
        "transferability": {
            "en": "<p>Other social services can adopt the segmentation and the assessment instruments where staff time for a dedicated intake team exists; the Solothurn pilot is meant to show how much that takes.</p>",
            "de": "<p>Andere Sozialdienste können Segmentierung und Abklärungsinstrumente übernehmen, wenn Personal für ein eigenes Intake vorhanden ist; der Solothurner Pilot soll zeigen, wie viel es dafür braucht.</p>",
        },
        "stories": [],
        "awards": [],
        "indicators": [
            {
                "label": {"en": "Pilot social regions", "de": "Pilot-Sozialregionen"},
                "value": 2,
                "unit": {"en": "regions", "de": "Regionen"},
                "denominator": None,
                "population": {
                    "en": "Social regions of the canton",
                    "de": "Sozialregionen des Kantons",
                },
                "period": "2023-2025",
                "date": None,
                "source": "Cantonal government decision on the pilot phase",
            },
            {
                "label": {
                    "en": "Social regions to follow after the pilot",
                    "de": "Sozialregionen, die nach dem Pilot folgen",
                },
                "value": 11,
                "unit": {"en": "regions", "de": "Regionen"},
                "denominator": None,
                "population": {
                    "en": "Social regions of the canton",
                    "de": "Sozialregionen des Kantons",
                },
                "period": "",
                "date": None,
                "source": "Cantonal government decision on the pilot phase",
            },
            {
                "label": {
                    "en": "Additional staff in the pilot regions",
                    "de": "Zusätzliches Personal in den Pilotregionen",
                },
                "value": "3.8",
                "unit": {"en": "full-time equivalents", "de": "Vollzeitäquivalente"},
                "denominator": None,
                "population": {"en": "Two pilot regions", "de": "Zwei Pilotregionen"},
                "period": "2023-2025",
                "date": None,
                "source": "Cantonal government decision on the pilot phase",
            },
            {
                "label": {
                    "en": "Full staff cost per full-time post and year",
                    "de": "Personalvollkosten pro Vollzeitstelle und Jahr",
                },
                "value": 156000,
                "unit": {"en": "CHF", "de": "CHF"},
                "denominator": None,
                "population": {"en": "Pilot staff", "de": "Pilotpersonal"},
                "period": "2023-2025",
                "date": None,
                "source": "Cantonal government decision on the pilot phase",
            },
            {
                "label": {
                    "en": "Cost cap for the two-year pilot",
                    "de": "Kostendach für den zweijährigen Pilot",
                },
                "value": 1200000,
                "unit": {"en": "CHF", "de": "CHF"},
                "denominator": None,
                "population": {
                    "en": "Federal integration lump sum",
                    "de": "Integrationspauschale des Bundes",
                },
                "period": "2023-2025",
                "date": None,
                "source": "Cantonal government decision on the pilot phase",
            },
        ],
        "evidence": {"level": "theoretically_grounded", **ASSESSED},
        "contact": {
            "en": "Amt für Gesellschaft und Soziales, Koordinationsstelle Integration",
            "de": "Amt für Gesellschaft und Soziales, Koordinationsstelle Integration",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "servizi-in-rete",
        "territory": "monza-brianza",
        "original_language": "it",
        "title": {
            "en": "Servizi in rete: a shared provincial model for disability work placements",
            "it": "Servizi in rete: un modello provinciale condiviso per l'inserimento lavorativo delle persone con disabilità",
        },
        "summary": {
            "en": "Accredited agencies of Monza e Brianza built, in a participatory laboratory, one shared way of taking persons with disabilities in charge for work placement, and presented it to operators and stakeholders.",
            "it": "Gli enti accreditati di Monza e Brianza hanno costruito in un laboratorio partecipato un modo condiviso di prendere in carico le persone con disabilità per l'inserimento lavorativo, e lo hanno presentato a operatori e stakeholder.",
        },
        "start_year": 2015,
        "end_year": 2016,
        "ongoing": False,
        "organisations": [
            {
                "name": "Accredited agencies of the Servizi in rete system action",
                "role": {
                    "en": "Presented the system action; their operators developed the model.",
                    "it": "Hanno presentato l'azione di sistema; i loro operatori hanno sviluppato il modello.",
                },
            },
            {
                "name": "Provincial coordination of the LIFT system actions",
                "role": {
                    "en": "Holds dedicated meetings with the lead partner and the facilitating consultant to monitor the action.",
                    "it": "Organizza incontri dedicati con il capofila e il consulente agevolatore per monitorare l'azione.",
                },
            },
            {
                "name": "Type-B social cooperatives and consortia",
                "role": {
                    "en": "Stakeholders to whom the model is presented.",
                    "it": "Stakeholder a cui viene presentato il modello.",
                },
            },
            {
                "name": "Associations of persons with disabilities",
                "role": {
                    "en": "Stakeholders to whom the model is presented.",
                    "it": "Stakeholder a cui viene presentato il modello.",
                },
            },
        ],
        "target_groups": ["persons-with-disabilities"],
        "methods": [
            "training-consultancy-laboratory",
            "good-practice-exchange",
            "critical-passages-mapping",
        ],
        "phases": ["intake", "assessment", "placement-plan", "placement", "follow-up"],
        "tags": ["Piano LIFT", "system action", "shared model"],
        "problem": {
            "en": "<p>Several accredited agencies provide employment services for persons with disabilities in the province, each with its own way of managing placements and its own hand-overs with social and specialist services, companies and type-B social cooperatives.</p>",
            "it": "<p>Nella provincia diversi enti accreditati erogano servizi per il lavoro alle persone con disabilità, ciascuno con un proprio modo di gestire gli inserimenti e propri passaggi con i servizi sociali e specialistici, le aziende e le cooperative sociali di tipo B.</p>",
        },
        "approach": {
            "en": "<p>The system action had three strands. First, the operators of the agencies developed the provincial model in a training-consultancy laboratory that builds on participants' experience. Second, the model was presented and shared with the operators of all accredited agencies and with stakeholders: associations of persons with disabilities, third-sector organisations, type-B social cooperatives and their consortia. Third, early in the laboratory, the network met provinces that had already modelled the process (Como for the taking in charge and its critical passages, Mantua for network governance) to judge what could be transferred. Expected results: a description of the Monza model of taking in charge; network work identifying the critical nodes and operating modes for reception and employability; short reports on significant experiences, to be shared through a portal.</p>",
            "it": "<p>L'azione di sistema si è articolata in tre azioni. Primo, gli operatori degli enti hanno sviluppato il modello provinciale in un laboratorio formativo-consulenziale che valorizza l'esperienza dei partecipanti. Secondo, il modello è stato presentato e condiviso con gli operatori di tutti gli enti accreditati e con gli stakeholder: associazioni di persone con disabilità, privato sociale, cooperative sociali di tipo B e loro consorzi. Terzo, nella fase iniziale del laboratorio, la rete ha incontrato province che avevano già modellizzato il processo (Como per la presa in carico e i passaggi critici, Mantova per la governance della rete) per valutarne la trasferibilità. Risultati attesi: la descrizione del modello monzese di presa in carico; un lavoro di rete che individui nodi critici e modalità operative per le fasi di accoglienza e occupabilità; report sintetici su esperienze significative da diffondere tramite portale.</p>",
        },
        "success_factors": {
            "en": "<p>The laboratory method favours participation and the sharing of approaches among operators, and helps to integrate different concepts while overcoming opposing positions and defensive attitudes.</p>",
            "it": "<p>Il metodo del laboratorio favorisce la partecipazione e la condivisione di approcci tra gli operatori e aiuta a integrare riferimenti diversi superando contrapposizioni e atteggiamenti difensivi.</p>",
        },
        "challenges": {},
        "transferability": {
            "en": "<p>Any territory where several agencies share the same target group can run such a laboratory; it needs a facilitating consultant, time from each agency's operators, and a coordination body that monitors the work.</p>",
            "it": "<p>Ogni territorio in cui più enti condividono lo stesso target può realizzare un laboratorio simile; servono un consulente agevolatore, tempo degli operatori di ciascun ente e un coordinamento che monitori il lavoro.</p>",
        },
        "stories": [],
        "awards": [],
        "indicators": [
            {
                "label": {
                    "en": "Laboratory and exchange sessions",
                    "it": "Incontri di laboratorio e di confronto",
                },
                "value": 6,
                "unit": {"en": "sessions", "it": "incontri"},
                "denominator": None,
                "population": {
                    "en": "Servizi in rete laboratory",
                    "it": "Laboratorio Servizi in rete",
                },
                "period": "Sep 2015 - Feb 2016",
                "date": None,
                "source": "Servizi in rete project page",
            },
        ],
        "evidence": {"level": "described", **ASSESSED},
        "contact": {"en": "Servizi in rete network", "it": "Rete Servizi in rete"},
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "como-taking-in-charge",
        "territory": "como",
        "original_language": "it",
        "title": {
            "en": "Como: modelling the taking in charge and its critical passages",
            "it": "Como: la modellizzazione della presa in carico e dei passaggi critici",
        },
        "summary": {
            "en": "Since 2012 the province of Como has modelled how users are taken in charge, identifying the critical passages between accredited agencies and social and specialist services.",
            "it": "Dal 2012 la provincia di Como ha modellizzato la presa in carico dell'utenza, individuando i passaggi critici tra enti accreditati e servizi sociali e specialistici.",
        },
        "start_year": 2012,
        "end_year": None,
        "ongoing": True,
        "organisations": [
            {
                "name": "Accredited agencies of the province of Como",
                "role": {
                    "en": "Take people in charge for work placement.",
                    "it": "Prendono in carico le persone per l'inserimento lavorativo.",
                },
            },
            {
                "name": "Social and specialist services of the province of Como",
                "role": {
                    "en": "Refer people and share the taking in charge.",
                    "it": "Inviano le persone e condividono la presa in carico.",
                },
            },
        ],
        "target_groups": ["persons-with-disabilities"],
        "methods": ["critical-passages-mapping"],
        "phases": ["intake", "assessment"],
        "tags": ["taking in charge", "critical nodes"],
        "problem": {
            "en": "<p>When a person moves between social or specialist services and the accredited agencies, responsibility and information can be lost at each hand-over.</p>",
            "it": "<p>Quando una persona passa tra servizi sociali o specialistici ed enti accreditati, a ogni passaggio si possono perdere responsabilità e informazioni.</p>",
        },
        "approach": {
            "en": "<p>The province modelled the taking in charge of users and identified the critical passages between accredited agencies and social and specialist services. Como presented this work to the Monza e Brianza network at the good-practice exchange of 3 December 2015.</p>",
            "it": "<p>La provincia ha modellizzato la presa in carico dell'utenza e individuato i passaggi critici tra enti accreditati e servizi sociali e specialistici. Como ha presentato questo lavoro alla rete di Monza e Brianza nell'incontro sulle buone prassi del 3 dicembre 2015.</p>",
        },
        "success_factors": {},
        "challenges": {},
        "transferability": {
            "en": "<p>The sources describe the aim, not the details; a territory interested in adopting it should contact the province's network.</p>",
            "it": "<p>Le fonti descrivono l'obiettivo, non i dettagli; un territorio interessato dovrebbe contattare la rete provinciale.</p>",
        },
        "stories": [],
        "awards": [],
        "indicators": [],
        "evidence": {"level": "described", **ASSESSED},
        "contact": {
            "en": "Placement services of the province of Como",
            "it": "Servizi per l'inserimento lavorativo della provincia di Como",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "mantova-network-governance",
        "territory": "mantova",
        "original_language": "it",
        "title": {
            "en": "Mantua: a governance model for the placement network",
            "it": "Mantova: un modello di governance della rete per l'inserimento lavorativo",
        },
        "summary": {
            "en": "Since 2013 the province of Mantua has modelled the forms of governance of its network of services for work placement.",
            "it": "Dal 2013 la provincia di Mantova ha modellizzato le forme di governance della propria rete di servizi per l'inserimento lavorativo.",
        },
        "start_year": 2013,
        "end_year": None,
        "ongoing": True,
        "organisations": [
            {
                "name": "Placement network of the province of Mantua",
                "role": {
                    "en": "Modelled its own governance.",
                    "it": "Ha modellizzato la propria governance.",
                },
            },
        ],
        "target_groups": ["persons-with-disabilities"],
        "methods": ["network-governance-model"],
        "phases": [],
        "tags": ["governance", "network"],
        "problem": {
            "en": "<p>A placement network of many services needs clear rules on who steers and who decides, or cooperation depends on individual goodwill.</p>",
            "it": "<p>Una rete di molti servizi per l'inserimento lavorativo ha bisogno di regole chiare su chi orienta e chi decide, altrimenti la collaborazione dipende dalla buona volontà dei singoli.</p>",
        },
        "approach": {
            "en": "<p>The province modelled the forms of governance of its network and presented this experience to the Monza e Brianza network at the good-practice exchange of 3 December 2015.</p>",
            "it": "<p>La provincia ha modellizzato le forme di governance della propria rete e ha presentato l'esperienza alla rete di Monza e Brianza nell'incontro sulle buone prassi del 3 dicembre 2015.</p>",
        },
        "success_factors": {},
        "challenges": {},
        "transferability": {
            "en": "<p>The sources describe the aim, not the details; a territory interested in adopting it should contact the province's network.</p>",
            "it": "<p>Le fonti descrivono l'obiettivo, non i dettagli; un territorio interessato dovrebbe contattare la rete provinciale.</p>",
        },
        "stories": [],
        "awards": [],
        "indicators": [],
        "evidence": {"level": "described", **ASSESSED},
        "contact": {
            "en": "Placement network of the province of Mantua",
            "it": "Rete per l'inserimento lavorativo della provincia di Mantova",
        },
        "last_reviewed": REVIEWED,
    },
]
