"""The seven initial cases, in English and in the language of their source.

Every statement is traced to one of the five source documents (``sources``, keys of
``portal.initial_sources``); where the portal's editors add an assessment no source
makes (transferability, editorial notes) it is flagged and shown as editorial. Costs,
staff and budgets are ``key_figures``, kept apart from the outcome ``indicators``.
Periods are what the sources give; ``period_note`` says how they were read.

Texts are keyed by language code, so translations into further languages can be
merged into these dictionaries by separate modules.
"""

ASSESSED = {"assessed_on": "2026-11-23", "assessed_by": "Portal editorial team"}
REVIEWED = "2026-11-23"

HERLEV = "herlev-ip-presentation-2010"
SODERTALJE = "sodertalje-mia-implementation"
GLARUS = "glarus-cmt-award-2020"
SOLOTHURN = "solothurn-iim-pilot-decision"
SERVIZI = "servizi-in-rete-project-page"

HERLEV_RESULTS = "Slide 'Resultater'"


def _herlev_result(en, da, value):
    return {
        "label": {"en": en, "da": da},
        "value": value,
        "unit": {"en": "citizens", "da": "borgere"},
        "denominator": 93,
        "population": {"en": "Teams 1-6 (93 citizens)", "da": "Hold 1-6 (93 borgere)"},
        "period": "",
        "date": "2010-05-20",
        "source_key": HERLEV,
        "source": HERLEV_RESULTS,
    }


def _solothurn_figure(
    label, value, unit="", currency="", period="2023-2025", covers=None, passage=""
):
    return {
        "label": label,
        "value": value,
        "unit": unit,
        "currency": currency,
        "year": None,
        "period": period,
        "covers": covers or {},
        "source_key": SOLOTHURN,
        "passage": passage,
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
            "en": "A municipality, a private company and a language centre took cash-benefit recipients of other ethnic origin quickly into real workplaces; of 93 citizens in teams 1-6, 17 found a job.",
            "da": "En kommune, en privat virksomhed og et sprogcenter førte kontanthjælpsmodtagere af anden etnisk oprindelse hurtigt ud på rigtige arbejdspladser; af 93 borgere på hold 1-6 kom 17 i job.",
        },
        # The presentation is dated 20-05-2010; one participant was hired on 1 May 2009.
        "start_year": 2009,
        "end_year": 2010,
        "ongoing": False,
        "period_note": {
            "en": "The sources give no start or end date: a participant was hired on 1 May 2009, and the presentation is dated 20 May 2010.",
            "da": "Kilderne angiver hverken start- eller slutdato: en deltager blev ansat 1. maj 2009, og præsentationen er dateret 20-05-2010.",
        },
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
                    "en": "Project leader: finds placements within ISS; brings a business approach focused on self-support as quickly as possible.",
                    "da": "Projektleder: finder praktikpladser i ISS og bidrager med en virksomhedsrettet tilgang med fokus på selvforsørgelse så hurtigt som muligt.",
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
            "en": "<p>The partnership worked with cash-benefit recipients of other ethnic origin in match groups 3 and 4. Its goals: bring them into work, education or a wage-subsidy job within half a year; take 80 to 90 citizens through in three years; bring sickness absence down to 10%; and develop cooperation with the general practitioners, the housing associations and the social and health sector in Herlev.</p>",
            "da": "<p>Partnerskabet arbejdede med kontanthjælpsmodtagere af anden etnisk oprindelse i matchgruppe 3 og 4. Målene var at få dem i arbejde, uddannelse eller løntilskud i løbet af et halvt år, at føre 80-90 borgere igennem på tre år, at nedbringe sygefraværet til 10 % og at udvikle samarbejdet med de praktiserende læger, boligforeningerne og social- og sundhedssektoren i Herlev Kommune.</p>",
        },
        "approach": {
            "en": "<p>Three partners with different strengths worked as one team under a steering group: the municipality's social-work view of the whole person, which recognises that everyone is the expert in their own life; the company's drive towards self-support; and the language centre's knowledge of language, culture, learning and the barriers to education and work. The partners dare to be curious about each other's angles and accept that they see things through \"different glasses\". They work forward from an appreciative perspective focused on jobs, and hold firmly to each person's responsibility to support themselves while actively helping to reduce the barriers.</p><p>After a joint intake focused on job options and a language assessment, participants had two introduction days and named two placement wishes on the last one (if they did not choose, the team chose). They went quickly into a placement, with hands-on follow-up, a colleague as buddy at the workplace and language lessons planned for each person. Common days brought the group together to share experience, build networks and talk about placements, health, exercise and gender roles.</p><p>The view of one's own health was among the biggest barriers. GPs were told by letter that the project leader held the casework authority, so that citizens were not signed off sick for conditions already known; doctor, project leader and citizen met for tripartite talks; the municipal doctor took part in a common day; and the health house offered exercise and diet. The partners hold that placements do not harm people: the cooperation takes each person's ailments into account while keeping to the placement.</p><p>In daily work, follow-up talks and common days build on cognitive methods, starting from thought, feeling, action and bodily reaction, and a participant's mistakes are seen as room to develop. The meeting of cultures is addressed openly: differences and similarities, such as particular clothing or an aversion to pork, and what they mean for job options. The rules and do's and don'ts of working life are made visible.</p>",
            "da": "<p>Tre partnere med hver deres styrker arbejdede som ét team under en styregruppe: kommunens socialfaglige afsæt i hele mennesket, hvor vi alle er eksperter i vores eget liv; virksomhedens fokus på selvforsørgelse; og sprogcentrets viden om sprog, kultur, indlæring og barrierer i forhold til uddannelse og arbejdsmarked. Partnerne tør være nysgerrige på hinandens vinkler og er åbne over for, at de ser tingene med \"forskellige briller\". De arbejder fremadrettet ud fra et anerkendende perspektiv med fokus på job og står fast på den enkeltes ansvar for at forsørge sig selv, samtidig med at de aktivt hjælper med at mindske barriererne.</p><p>Efter en fælles visitation med fokus på jobmuligheder og en sproglig vurdering fik deltagerne to introdage og valgte på sidste dag to praktikønsker (valgte de ikke, valgte teamet). Derefter kom de hurtigt i praktik med håndholdt opfølgning, en sidemand på arbejdspladsen og individuelt tilrettelagt sprogundervisning. Fællesdage samlede gruppen om erfaringsudveksling, netværk, praktikken, helbredsopfattelse, motion og kønsroller.</p><p>Opfattelsen af eget helbred var en af de største barrierer. Lægerne fik brev om, at projektlederen var myndighedsperson, så borgerne ikke blev sygemeldt for kendte lidelser; læge, projektleder og borger holdt trekantssamtaler; kommunelægen deltog i en fællesdag; og sundhedshuset tilbød motion og kost. Partnerne mener ikke, at praktik skader folk: samarbejdet tager højde for den enkeltes skavanker og fastholder praktikken.</p><p>I det daglige arbejde tager opfølgningssamtaler og fællesdage afsæt i kognitive metoder, altså i tanke, følelse, handling og kropslig reaktion, og deltagerens fejl ses som et udviklingspotentiale. Kulturmødet tages op: forskelle og ligheder, fx bestemte beklædninger eller modvilje mod svinekød, og hvad de betyder for jobmulighederne. Arbejdslivets regler og do's and don'ts gøres synlige.</p>",
        },
        "success_factors": {
            "en": "<p>For the citizen:</p><ul><li>Meeting a Danish workplace and ordinary people.</li><li>Believing that everyone has resources and competences.</li><li>Working on people's own terms in an appreciative way, largely with a coaching approach whose clear aim is that each person takes responsibility for getting off cash benefit.</li><li>Better knowledge of how body and mind are linked, and general knowledge of training.</li><li>Feedback from the other participants on common days, with a focus on each person's resources, values and experience.</li><li>Practical language teaching planned for each person.</li></ul><p>Change shows when a participant gains a different awareness of their own work identity.</p><p>For the interdisciplinary work: the dynamics of partners from different organisational cultures focused on the labour market; cooperation across the administration; cognitive methods; the culture meeting; making working-life rules visible; language teaching; cooperation with GPs; buddy training and a network of companies.</p>",
            "da": "<p>For borgeren:</p><ul><li>Mødet med en dansk arbejdsplads og almindelige mennesker.</li><li>Troen på, at alle har ressourcer og kompetencer.</li><li>Et anerkendende arbejde på den enkeltes præmisser, i høj grad med en coachende tilgang, hvor målet er, at den enkelte tager ansvar for at komme ud af kontanthjælpssystemet.</li><li>Bedre kendskab til sammenhængen mellem krop og psyke og almen viden om træning.</li><li>De andre deltageres feedback på fællesdagene med fokus på den enkeltes ressourcer, værdier og erfaringer.</li><li>Praktisk, individuelt tilrettelagt sprogundervisning.</li></ul><p>Det rykker, når kursisten får en anden bevidsthed om sin egen arbejdsidentitet.</p><p>For det tværfaglige arbejde: dynamikken mellem partnere fra forskellige virksomhedskulturer med fokus på arbejdsmarkedet, samarbejde på tværs i forvaltningen, kognitive metoder, kulturmødet, synlige regler for arbejdslivet, sprogundervisning, lægesamarbejdet samt sidemandsoplæring og et netværk af virksomheder.</p>",
        },
        "challenges": {
            "en": "<ul><li>When the project leadership changes, the focus must be on the project's frame and values.</li><li>Anchoring and implementing the work in the jobcentre.</li><li>Cooperation with companies is exposed to swings in the business cycle.</li><li>Methods to shift people's view of their own illness and their victim role need further development.</li><li>Access to physical training and knowledge of the body.</li><li>The six-month length of the course.</li></ul>",
            "da": "<ul><li>Ved skift i projektledelsen skal fokus være på projektets rammer og værdier.</li><li>Forankring og implementering i jobcentret.</li><li>Samarbejdet med virksomhederne påvirkes af konjunkturudsving.</li><li>Metoderne til at rykke ved egen sygdomsopfattelse og offerrolle skal videreudvikles.</li><li>Mulighed for fysisk træning og viden om kroppen.</li><li>Forløbets varighed på seks måneder.</li></ul>",
        },
        "transferability": {
            "en": "<p>A municipality could try the model where a company with entry-level jobs and a language centre are willing to commit staff, where the municipal coordinator holds the casework authority, and where GPs can be involved.</p>",
            "da": "<p>En kommune kan afprøve modellen, hvor en virksomhed med indgangsjob og et sprogcenter vil afsætte medarbejdere, hvor den kommunale koordinator har myndigheden i sagen, og hvor de praktiserende læger kan inddrages.</p>",
        },
        "transferability_editorial": True,
        "stories": [
            {
                "title": {
                    "en": "From staying at home to the health house",
                    "da": "Fra at blive hjemme til sundhedshuset",
                },
                "text": {
                    "en": "A mother of three in her late thirties, trained as a fitness instructor in 2003, had not been able to leave home while her husband suffered from post-traumatic stress. After a first placement in a municipal project at the local sports halls she moved to the municipality's health house. There she helps to get the municipality's project house going, links mother-and-child gymnastics for ethnic minorities and offers for people with mental illness, and on the common days shows the others what exercise can do for body and mind.",
                    "da": "En mor til tre sidst i trediverne, uddannet fitnessinstruktør i 2003, havde ikke kunnet komme hjemmefra, mens hendes mand led af PTSD. Efter en første praktik i et kommunalt projekt i Herlev Hallerne kom hun til kommunens sundhedshus. Her er hun med til at sætte gang i kommunens projekthus, er bindeled til mor/barn-gymnastik for etniske minoriteter og til tilbud for psykisk syge, og på fællesdagene viser hun de andre, hvad motion kan betyde for krop og psyke.",
                },
            },
            {
                "title": {
                    "en": "Three placements to a permanent job",
                    "da": "Tre praktikker til fast job",
                },
                "text": {
                    "en": "A divorced mother of four in her late thirties, with five years of schooling and reduced lung capacity, started her first placement in a nursing-home kitchen. She took a hygiene course, gradually increased her hours and took on cleaning tasks, wrote an application and a CV and got a competence card. A second placement washing up was followed by a 25-hour temporary post at the town hall; a third placement made her the all-round helper of an IT firm. She was then employed with a wage subsidy plus Danish and computer lessons, and was hired on 1 May 2009. What mattered most to her was knowing that she now had a permanent job instead of cash benefit.",
                    "da": 'En fraskilt mor til fire sidst i trediverne, med fem års skolegang og nedsat lungekapacitet, startede i sin første praktik i et plejehjemskøkken. Hun tog et hygiejnekursus, gik gradvist op i tid og fik rengøringsopgaver, skrev ansøgning og CV og fik et kompetencekort. En anden praktik som opvasker blev fulgt af et vikariat på 25 timer på rådhuset; i den tredje praktik blev hun "blæksprutte" i et IT-firma. Derefter blev hun ansat med løntilskud og dansk- og edb-undervisning, og 1. maj 2009 blev hun ansat. Det vigtigste for hende var visheden om at have et fast job i stedet for kontanthjælp.',
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
                "source_key": HERLEV,
                "source": HERLEV_RESULTS,
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
        "key_figures": [],
        # Measured results (17 of 93 into jobs) without a comparison group.
        "evidence": {"level": "indications_of_effect", **ASSESSED},
        "sources": [
            {
                "key": HERLEV,
                "passage": "Slides 1-12 (partners, goals, results, methods, stories, what works, lessons)",
            },
        ],
        "documents": ["herlev-ip-presentation-2010"],
        "contact": {"en": "Herlev Kommune, jobcentre", "da": "Herlev Kommune, Jobcenter"},
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "mia-multi-agency-team",
        "territory": "sodertalje",
        "original_language": "sv",
        "title": {
            "en": "After MIA: a multi-agency team and a proposal for what to keep",
            "sv": "Efter MIA: ett myndighetsgemensamt team och ett förslag om vad som ska leva vidare",
        },
        "summary": {
            "en": "Södertälje started a multi-agency team during the MIA project; for life after MIA, an agreed proposal would keep parts of MIA for a smaller target group, often refugee women outside the labour market.",
            "sv": "Södertälje startade ett myndighetsgemensamt team under MIA-projektet; för livet efter MIA skulle ett förslag man enats om föra vidare delar av MIA för en mindre målgrupp, ofta flyktingkvinnor utanför arbetsmarknaden.",
        },
        "start_year": None,
        "end_year": None,
        "ongoing": False,
        "period_note": {
            "en": 'The source is undated: it says the multi-agency team started "last year" and the proposals were worked out "last autumn".',
            "sv": 'Källan är odaterad: den säger att det myndighetsgemensamma teamet startade "förra året" och att förslagen togs fram "i höstas".',
        },
        "organisations": [
            {
                "name": "Samordningsförbundet Södertälje",
                "role": {
                    "en": "Its director drew up the three proposals with the project leader; in the agreed proposal it would fund complementary services.",
                    "sv": "Förbundschefen tog fram de tre förslagen tillsammans med projektledaren; i förslaget man enats om skulle förbundet finansiera kompletterande tjänster.",
                },
            },
            {
                "name": "Södertälje kommun, Arbete och försörjning",
                "role": {
                    "en": "Its new rehabilitation team is what the agreed proposal builds on.",
                    "sv": "Dess nya rehabiliteringsteam är det som förslaget man enats om bygger på.",
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
            "en": "<p>In Södertälje a large group of people is not included, often refugees who never became established. Many are women who do not get into the labour market and did not get the help and support they needed when they came to Sweden. The same group turns up in project after project.</p>",
            "sv": "<p>I Södertälje finns en stor grupp människor som inte är inkluderade, ofta flyktingar som inte etablerat sig. Många är kvinnor som inte kommer in på arbetsmarknaden och som inte fick den hjälp och det stöd de behövde när de kom till Sverige. Samma grupp dyker upp i projekt efter projekt.</p>",
        },
        "approach": {
            "en": "<p>In Södertälje the MIA project aimed at implementation from the start, which helped the organisations change along the way: the municipality adapted so that it can meet the target group, and a multi-agency team (MGT) started the year before the source was written. The project brought in ways of working that use people's abilities, whether their absence from the labour market is about illness, language, disability or mental ill-health; within MIA, different ways of giving the right support could be tested, and the best parts can now be chosen.</p><p>After workshops and long discussions, the project leader of a sub-project and the director of the coordination association drew up three proposals, all based on a wish for a place of coordination and cooperation, and presented the advantages and disadvantages of each. The source describes only the option that was chosen: the new rehabilitation team of the municipality's Arbete och försörjning, complemented by services funded by the coordination association. For now this is a proposal they have agreed on; it would mean implementing parts of MIA, sized for a smaller target group.</p><p>Södertälje chose to work with the Boston approach, which is not compulsory and adapts to what participants need, to give everyone the same support. The project leader stresses that it is not the only method that works.</p>",
            "sv": "<p>I Södertälje har MIA-projektet siktat på implementering sedan start, vilket bidrog till att organisationerna förändrades under resans gång: kommunen har anpassat sig så att den kan möta målgruppen, och ett myndighetsgemensamt team (MGT) startade året innan källan skrevs. Projektet förde in arbetssätt som tar tillvara människors förmåga, oavsett om frånvaron från arbetsmarknaden handlar om sjukdom, språk, funktionsnedsättning eller psykisk ohälsa; i MIA kunde olika vägar att ge rätt stöd prövas, och nu kan de bästa delarna väljas ut.</p><p>Efter workshoppar och långa diskussioner tog projektledaren för ett delprojekt och förbundschefen för samordningsförbundet fram tre förslag, alla byggda på en önskan om en samordnings- och samverkansplats, och redovisade fördelar och nackdelar med vart och ett. Källan beskriver bara det alternativ som valdes: Arbete och försörjnings nya rehabiliteringsteam, kompletterat med tjänster som samordningsförbundet finansierar. I nuläget är det ett förslag man enats om; det skulle innebära att delar av MIA implementeras, i en storlek anpassad till en mindre målgrupp.</p><p>Södertälje valde att arbeta med Bostonmetoden, som inte är tvingande utan anpassas efter vad deltagarna behöver, för att alla ska få samma stöd. Projektledaren betonar att den inte är den enda metoden som fungerar.</p>",
        },
        "success_factors": {
            "en": "<ul><li>Aiming for implementation from the start.</li><li>Seeing people's assets and listening to their own version, which takes the right staff; good staff are named as part of Södertälje's success.</li><li>A structure so that everyone gets the same support.</li></ul>",
            "sv": "<ul><li>Siktet inställt på implementering sedan start.</li><li>Att se människors tillgångar och lyssna på deras version, vilket kräver rätt personal; bra personal nämns som en del av framgångsfaktorerna i Södertälje.</li><li>En struktur så att alla får samma stöd.</li></ul>",
        },
        "challenges": {
            "en": "<p>What the members wanted varied over time, and at times one partner pulled in a direction that did not suit the others; it took a deliberate round of work last autumn to agree what should be implemented.</p>",
            "sv": "<p>Vad medlemmarna ville ha varierade över tid, och ibland drog någon åt ett håll som inte passade de andra; det krävdes ett medvetet arbete i höstas för att enas om vad som skulle implementeras.</p>",
        },
        "transferability": {
            "en": "<p>Where a coordination association or similar joint funding exists, authorities could consider building a shared team around an existing municipal unit and sizing it to the group that most needs it.</p>",
            "sv": "<p>Där det finns ett samordningsförbund eller liknande gemensam finansiering kan myndigheter överväga att bygga ett gemensamt team kring en befintlig kommunal enhet och anpassa det till den grupp som behöver det mest.</p>",
        },
        "transferability_editorial": True,
        "stories": [],
        "awards": [],
        "indicators": [],
        "key_figures": [],
        "evidence": {"level": "described", **ASSESSED},
        "sources": [{"key": SODERTALJE, "passage": ""}],
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
            "en": "An application in which programmes record how refugees and provisionally admitted persons develop, feeding their integration planning; second place in the Prix sozialinfo.ch 2020.",
            "de": "Eine Applikation, in der Programme festhalten, wie sich Geflüchtete und vorläufig Aufgenommene entwickeln, als Grundlage der Integrationsplanung; 2. Platz beim Prix sozialinfo.ch 2020.",
        },
        "start_year": None,
        "end_year": None,
        "ongoing": False,
        "period_note": {
            "en": "The source dates only the award (news item of 28 December 2020), not when the application came into use.",
            "de": "Die Quelle datiert nur die Auszeichnung (Meldung vom 28. Dezember 2020), nicht den Beginn der Applikation.",
        },
        "organisations": [
            {
                "name": "Koordinationsstelle Integration Flüchtlinge, Kanton Glarus",
                "role": {
                    "en": "Developed the application.",
                    "de": "Hat die Applikation entwickelt.",
                },
            },
            {
                "name": "Lemonbrain",
                "role": {
                    "en": "Local IT firm that developed the application with the coordination office.",
                    "de": "Lokale IT-Firma, die die Applikation mit der Koordinationsstelle entwickelt hat.",
                },
            },
        ],
        "target_groups": ["refugees-provisionally-admitted"],
        "methods": ["continuous-monitoring-forms"],
        "phases": ["assessment", "follow-up"],
        "tags": ["digitalisation", "language support"],
        "problem": {},
        "approach": {
            "en": "<p>The canton's coordination office for the integration of refugees developed the CM-T application together with the local IT firm Lemonbrain. It allows continuous monitoring that aims to map the stage of development and the potential of persons from the asylum and refugee field in a way oriented to their everyday life. CM-T serves both vocational and school-based integration measures.</p><p>Position assessments and potential assessments are carried out at regular intervals and their results recorded. With predefined assessment forms tailored to each assignment, programmes such as courses, trial placements, internships, asylum support, the integration pre-apprenticeship, work assignments and employment programmes enter their feedback promptly from a computer or a phone. The values give a current picture of competences in education and of job prospects; the chronological list shows development in each area, and the results feed into integration planning.</p><p>The Prix sozialinfo.ch honours, every two years, special commitment related to social work; in 2020 it was devoted to digitalisation in social work. An expert jury placed the project second, saw enormous potential in the approach, and gave the canton a winner's certificate.</p>",
            "de": "<p>Die Koordinationsstelle Integration Flüchtlinge des Kantons entwickelte die Applikation CM-T zusammen mit der lokalen IT-Firma Lemonbrain. Sie ermöglicht ein kontinuierliches Monitoring, das den Entwicklungsstand und das Potenzial von Personen aus dem Asyl- und Flüchtlingsbereich lebensweltorientiert abbilden soll. CM-T dient sowohl den Massnahmen der beruflichen als auch der schulischen Integration.</p><p>Standortbestimmungen und Potenzialabklärungen finden in regelmässigen Abständen statt, ihre Ergebnisse werden erfasst. In vordefinierten, auf den jeweiligen Einsatz zugeschnittenen Bewertungsbögen erfassen Programme wie Bildungsangebote, Testeinsätze, Praktika, Asylbetreuung, Integrationsvorlehre, Arbeitseinsätze und Beschäftigungsprogramme ihre Rückmeldungen zeitnah per Computer oder Handy. So entsteht ein aktuelles Bild der Kompetenzen in der Bildung und der beruflichen Perspektiven; die chronologische Auflistung zeigt die Entwicklung in jedem Bereich, und die Ergebnisse fliessen in die Integrationsplanung ein.</p><p>Der Prix sozialinfo.ch würdigt alle zwei Jahre besonderes Engagement mit Bezug zum Sozialwesen; 2020 war er der Digitalisierung im Sozialwesen gewidmet. Eine Fachjury setzte das Projekt auf den zweiten Platz, sah im Vorgehen ein enormes Potenzial und überreichte dem Kanton ein Gewinnerzertifikat.</p>",
        },
        "success_factors": {
            "en": "<p>The jury found that the canton does much right in integrating people from the asylum and refugee field: clearly more than half of all refugees and provisionally admitted persons in Glarus are in gainful work, and CM-T, it wrote, may well raise that share further.</p>",
            "de": "<p>Die Jury hielt fest, dass der Kanton bei der Integration von Menschen aus dem Asyl- und Flüchtlingsbereich vieles richtig macht: Deutlich mehr als die Hälfte aller Flüchtlinge und vorläufig aufgenommenen Personen im Kanton Glarus ist erwerbstätig, und mit CM-T könnten es nach ihrer Einschätzung künftig noch mehr werden.</p>",
        },
        "challenges": {},
        "transferability": {
            "en": "<p>A canton or municipality could adopt the approach if its programme providers agree to report in common forms and case managers use the resulting timeline in integration planning.</p>",
            "de": "<p>Ein Kanton oder eine Gemeinde könnte das Vorgehen übernehmen, wenn sich die Programmanbieter auf gemeinsame Bewertungsbögen einigen und die Fallführenden die entstehende Zeitreihe in der Integrationsplanung nutzen.</p>",
        },
        "transferability_editorial": True,
        "stories": [],
        "awards": [
            {
                "name": "Prix sozialinfo.ch 2020 (digitalisation in social work)",
                "year": 2020,
                "rank": "2nd place",
            }
        ],
        "indicators": [],
        "key_figures": [],
        "evidence": {"level": "described", **ASSESSED},
        "sources": [{"key": GLARUS, "passage": ""}],
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
            "en": "Two social regions test a new integration process: intake with a short assessment, segmentation into four strategies reviewed at least every six months, and six months of follow-up after integration.",
            "de": "Zwei Sozialregionen erproben einen neuen Integrationsprozess: Intake mit Kurzassessment, Segmentierung in vier Strategien mit Überprüfung mindestens alle sechs Monate und sechs Monate Weiterbegleitung nach der Integration.",
        },
        "start_year": 2023,
        "end_year": 2025,
        "ongoing": False,
        "period_note": {
            "en": "The pilot starts in October 2023 and lasts two years; funds are released for the years 2023 to 2025.",
            "de": "Der Pilot startet im Oktober 2023 und dauert zwei Jahre; die Mittel sind für die Jahre 2023 bis 2025 bewilligt.",
        },
        "organisations": [
            {
                "name": "Sozialregion Oberer Leberberg",
                "role": {
                    "en": "Pilot social region: replaces its processes with the new ones and provides the resources the pilot needs.",
                    "de": "Pilotregion: ersetzt ihre Abläufe durch die neuen und stellt die nötigen Ressourcen bereit.",
                },
            },
            {
                "name": "Sozialregion Untergäu",
                "role": {
                    "en": "Pilot social region: replaces its processes with the new ones and provides the resources the pilot needs.",
                    "de": "Pilotregion: ersetzt ihre Abläufe durch die neuen und stellt die nötigen Ressourcen bereit.",
                },
            },
            {
                "name": "Amt für Gesellschaft und Soziales (AGS)",
                "role": {
                    "en": "Its staff sit in the working group; its Koordinationsstelle Integration sets the terms for paying the funds to the pilot regions, which may charge at most their effective costs.",
                    "de": "Mitarbeitende wirken in der Arbeitsgruppe mit; die Koordinationsstelle Integration regelt die Vergütung an die Pilotregionen, die höchstens die effektiven Kosten abrechnen können.",
                },
            },
            {
                "name": "Interinstitutionelle Zusammenarbeit (IIZ) Solothurn",
                "role": {
                    "en": "Charged with steering the implementation of the integration model; its development and coordination body (IIZ-EKG) approved the concept and the pilot and recommended them to the government; the project lead reports to its bodies.",
                    "de": "Mit der Steuerung der Umsetzung des IIM beauftragt; das IIZ-Entwicklungs- und Koordinationsgremium (IIZ-EKG) hat Konzept und Pilot genehmigt und dem Regierungsrat empfohlen; die Projektleitung informiert die IIZ-Gremien.",
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
            "en": "<p>By government decision RRB No. 2018/2026 of 18 December 2018, the canton of Solothurn decided to implement the requirements of the Swiss Integration Agenda (IAS) in an integral integration model (IIM). Specialists of the responsible regular structures worked the model out, and the government approved it by RRB No. 2020/1522 of 2 November 2020; the structure of interinstitutional cooperation (IIZ) was charged with steering its implementation. A central part is the sub-project on continuous case management and potential assessment: one harmonised target process for ordinary and asylum social assistance.</p>",
            "de": "<p>Mit RRB Nr. 2018/2026 vom 18. Dezember 2018 beschloss der Regierungsrat, die Vorgaben der Integrationsagenda Schweiz (IAS) in einem integralen Integrationsmodell (IIM) umzusetzen. Fachleute der zuständigen Regelstrukturen erarbeiteten das Modell, der Regierungsrat genehmigte es mit RRB Nr. 2020/1522 vom 2. November 2020; die Struktur der Interinstitutionellen Zusammenarbeit (IIZ) wurde mit der Steuerung der Umsetzung beauftragt. Ein zentrales Element ist das Teilprojekt Durchgehende Fallführung und Potenzialabklärung: ein harmonisierter SOLL-Prozess für die Regel- und die Asylsozialhilfe.</p>",
        },
        "approach": {
            "en": "<p>Continuous case management is an overarching process. For social-assistance recipients it begins with the intake of the case; for others, when an increased need for integration is found. It ends when lasting integration is established, about six months after the integration goals are reached. The concept was developed by a working group of representatives of several social regions and staff of the AGS, led by the social regions; as a first step it concentrates on the processes in the social regions.</p><p>People registering with the social service go through an intake: a check of need, a check of other sources of support (subsidiarity) and a short assessment. Intake social workers then assign one of four segments, each with its standard strategy: detach (A) for people expected to leave social assistance within six months without much social-work need; change (V) for people whose vocational integration can be reached with suitable measures; orient (O) where it is unclear whether integration or stabilisation will be the aim, starting with in-depth assessment; and stabilise (S) where no lasting detachment through work is realistic, so the focus is social integration and placement efforts are dropped. For everyone, the segment is reviewed at least every six months. Based on the potential assessment (short assessment, practical assessment and in-depth potential assessment), the case-leading service sets the individual measures in an integration plan. People not yet on social assistance but likely to need it can be advised early. After integration into work, the social service keeps accompanying the person for six months.</p><p>The pilot runs in the social regions Oberer Leberberg and Untergäu from October 2023 for two years. It tests the concept for practicability, effectiveness and efficiency before it is rolled out across the canton; lessons are fed back continuously into the concept in an agile way, and after eighteen months it must be clear how the other eleven social regions will follow. The project lead reports periodically to the IIZ bodies and must report delays or other difficulties at once.</p><p>Legal basis and funding: it is a social-assistance project carried out in the regular structures and falls within the legal responsibility of the municipalities (§ 26 para. 1 let. g of the Social Act, SG; BGS 831.1). Funding is the responsibility of the regular structures (Art. 53 and 54 of the Foreign Nationals and Integration Act, AIG; SR 142.20; Art. 2 of the Ordinance on the Integration of Foreign Nationals, VIntA; SR 142.205; and RRB No. 2020/1522). Under the programme agreements with the State Secretariat for Migration (SEM) on the cantonal integration programmes KIP 2 and KIP 2bis, the measures can be paid from the federal integration lump sum; the decision does not burden the state accounts. If the cost cap is not enough, an additional credit is to be requested from the government on the recommendation of the IIZ.</p>",
            "de": "<p>Die Durchgehende Fallführung ist ein übergeordneter Prozess. Bei Sozialhilfebeziehenden beginnt sie mit der sozialhilferechtlichen Fallaufnahme, bei anderen Personen mit der Feststellung eines erhöhten Integrationsbedarfs. Sie endet mit der Feststellung der nachhaltigen Integration, rund sechs Monate nach Erreichen der Integrationsziele. Das Konzept erarbeitete eine Arbeitsgruppe aus Vertreterinnen und Vertretern verschiedener Sozialregionen und Mitarbeitenden des AGS unter der Leitung der Sozialregionen; in einem ersten Schritt konzentriert es sich auf die Prozesse in den Sozialregionen.</p><p>Wer sich beim Sozialdienst anmeldet, durchläuft ein Intake: Bedürftigkeitsklärung, Subsidiaritätsprüfung und Kurzassessment. Die Sozialarbeitenden des Intakes ordnen die Person dann einem von vier Segmenten mit eigener Normstrategie zu: Ablösen (A) bei erwarteter Ablösung innert sechs Monaten ohne wesentlichen sozialarbeiterischen Handlungsbedarf; Verändern (V), wenn die berufliche Integration mit geeigneten Massnahmen erreichbar ist; Orientieren (O), wenn offen ist, ob Integration oder Stabilisierung das Ziel sein wird, mit vertieften Abklärungen als erstem Schritt; Stabilisieren (S), wenn keine nachhaltige Ablösung über Arbeit realistisch ist, sodass die soziale Integration im Vordergrund steht und auf Vermittlungsbemühungen verzichtet wird. Bei allen Personen wird das Segment mindestens alle sechs Monate neu beurteilt. Gestützt auf die Potenzialabklärung (Kurzassessment, Praxisassessment und vertiefte Potenzialerfassung) legt die fallführende Stelle im Integrationsplan die individuellen Massnahmen fest. Personen, die absehbar auf Sozialhilfe angewiesen sein werden, können vorbeugend beraten werden. Nach der Integration in den Arbeitsmarkt begleitet der Sozialdienst die Person sechs Monate weiter.</p><p>Der Pilot läuft ab Oktober 2023 während zwei Jahren in den Sozialregionen Oberer Leberberg und Untergäu. Er prüft das Konzept auf Praxistauglichkeit, Wirksamkeit und Effizienz, bevor es kantonsweit ausgerollt wird; Erkenntnisse fliessen agil und laufend ins Konzept ein, und nach eineinhalb Jahren muss klar sein, wie die übrigen elf Sozialregionen folgen. Die Projektleitung informiert die IIZ-Gremien periodisch und meldet Verzögerungen oder andere Schwierigkeiten sofort.</p><p>Rechtsgrundlagen und Finanzierung: Es handelt sich um ein Projekt der Sozialhilfe in den Regelstrukturen, das in die gesetzliche Zuständigkeit der Einwohnergemeinden fällt (§ 26 Abs. 1 Bst. g Sozialgesetz, SG; BGS 831.1). Die Finanzierungszuständigkeit liegt bei den Regelstrukturen (Art. 53 und 54 Ausländer- und Integrationsgesetz, AIG; SR 142.20; Art. 2 Verordnung über die Integration von Ausländerinnen und Ausländern, VIntA; SR 142.205; RRB Nr. 2020/1522). Gemäss den Programmvereinbarungen mit dem Staatssekretariat für Migration (SEM) zu den Kantonalen Integrationsprogrammen KIP 2 und KIP 2bis können die Massnahmen aus der Integrationspauschale des Bundes finanziert werden; die Staatsrechnung wird nicht belastet. Reicht das Kostendach nicht aus, ist dem Regierungsrat gestützt auf die Empfehlung der IIZ ein Zusatzkredit zu beantragen.</p>",
        },
        "success_factors": {},
        "challenges": {
            "en": "<p>The pilot regions need additional staff (see the key figures) and must provide the resources themselves; lessons from the pilot are fed back continuously into the concept, and delays must be reported at once.</p>",
            "de": "<p>Die Pilotregionen brauchen zusätzliches Personal (siehe Kennzahlen) und müssen die Ressourcen selbst bereitstellen; Erkenntnisse aus dem Pilot fliessen laufend ins Konzept ein, und Verzögerungen sind sofort zu melden.</p>",
        },
        "transferability": {
            "en": "<p>Other social services could adopt the segmentation and the assessment instruments where staff time for a dedicated intake exists; the Solothurn pilot is meant to show whether the process is practicable, effective and efficient.</p>",
            "de": "<p>Andere Sozialdienste könnten Segmentierung und Abklärungsinstrumente übernehmen, wenn Personal für ein eigenes Intake vorhanden ist; der Solothurner Pilot soll zeigen, ob der Prozess praxistauglich, wirksam und effizient ist.</p>",
        },
        "transferability_editorial": True,
        "stories": [],
        "awards": [],
        "indicators": [],
        "key_figures": [
            _solothurn_figure(
                {"en": "Pilot social regions", "de": "Pilot-Sozialregionen"},
                2,
                unit={"en": "regions", "de": "Regionen"},
                covers={
                    "en": "Oberer Leberberg and Untergäu",
                    "de": "Oberer Leberberg und Untergäu",
                },
                passage="2.2 Pilotphase",
            ),
            _solothurn_figure(
                {
                    "en": "Social regions to follow after the pilot",
                    "de": "Sozialregionen, die nach dem Pilot folgen",
                },
                11,
                unit={"en": "regions", "de": "Regionen"},
                period="",
                covers={"en": "The rest of the canton", "de": "Übriger Kanton"},
                passage="2.2 Pilotphase",
            ),
            _solothurn_figure(
                {"en": "Additional staff", "de": "Zusätzlicher Personalbedarf"},
                "3.8",
                unit={"en": "full-time equivalents", "de": "Vollzeitäquivalente"},
                covers={"en": "Both pilot regions together", "de": "Beide Pilotregionen zusammen"},
                passage="2.2 Pilotphase",
            ),
            _solothurn_figure(
                {
                    "en": "Full staff cost per full-time post and year",
                    "de": "Personalvollkosten pro Vollzeitstelle und Jahr",
                },
                156000,
                currency="CHF",
                covers={"en": "Basis of the cost estimate", "de": "Grundlage der Kostenschätzung"},
                passage="2.2 Pilotphase",
            ),
            _solothurn_figure(
                {"en": "Cost cap for the pilot phase", "de": "Kostendach für die Pilotphase"},
                1200000,
                currency="CHF",
                covers={
                    "en": "Maximum from the federal integration lump sum; at most the effective costs are paid",
                    "de": "Höchstens aus der Integrationspauschale des Bundes; abgerechnet werden höchstens die effektiven Kosten",
                },
                passage="3.4 and 3.5 Beschluss",
            ),
        ],
        # A concept with a pilot still to be evaluated: described, no research cited.
        "evidence": {"level": "described", **ASSESSED},
        "sources": [{"key": SOLOTHURN, "passage": "1 Ausgangslage; 2 Erwägungen; 3 Beschluss"}],
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
            "en": "A system action of Piano LIFT in which the accredited agencies of Monza e Brianza set out to define, in a participatory laboratory, one shared model of taking persons with disabilities in charge for work placement, and to present it to operators and stakeholders.",
            "it": "Un'azione di sistema del Piano LIFT con cui gli enti accreditati di Monza e Brianza si propongono di definire, in un laboratorio partecipato, un modello condiviso di presa in carico delle persone con disabilità per l'inserimento lavorativo, e di presentarlo a operatori e stakeholder.",
        },
        "start_year": 2015,
        "end_year": 2016,
        "ongoing": False,
        "period_note": {
            "en": "The laboratory reports listed on the project page run from 9 September 2015 to 17 February 2016.",
            "it": "I report del laboratorio elencati nella pagina del progetto vanno dal 9 settembre 2015 al 17 febbraio 2016.",
        },
        "organisations": [
            {
                "name": "Accredited agencies of the Servizi in rete system action",
                "role": {
                    "en": "Presented the system action; their operators develop the model in the laboratory.",
                    "it": "Hanno presentato l'azione di sistema; i loro operatori sviluppano il modello nel laboratorio.",
                },
            },
            {
                "name": "Provincial coordination of the LIFT system actions",
                "role": {
                    "en": "The project page proposes meetings within it dedicated to this action, with the lead partner and the facilitating consultant, to monitor it.",
                    "it": "La pagina del progetto propone, al suo interno, incontri dedicati a questa azione con il capofila e il consulente agevolatore, per monitorarla.",
                },
            },
            {
                "name": "Type-B social cooperatives and consortia",
                "role": {
                    "en": "Stakeholders to whom the model is to be presented.",
                    "it": "Stakeholder a cui il modello va presentato.",
                },
            },
            {
                "name": "Associations of persons with disabilities",
                "role": {
                    "en": "Stakeholders to whom the model is to be presented.",
                    "it": "Stakeholder a cui il modello va presentato.",
                },
            },
        ],
        "target_groups": ["persons-with-disabilities"],
        "methods": [
            "training-consultancy-laboratory",
            "good-practice-exchange",
            "critical-passages-mapping",
        ],
        "phases": ["intake", "assessment"],
        "tags": ["Piano LIFT", "system action", "shared model"],
        "problem": {
            "en": "<p>Several accredited agencies provide employment services for persons with disabilities in the province. The system action (AdS) set out to define a model for managing work placements that they all share.</p>",
            "it": "<p>Nel territorio diversi enti accreditati erogano servizi per il lavoro rivolti alle persone con disabilità. L'azione di sistema (AdS) si propone di definire un modello di gestione degli inserimenti lavorativi condiviso da tutti.</p>",
        },
        "approach": {
            "en": "<p>The system action aims to define a placement-management model shared by the accredited agencies; to present and share it with the operators of placement policies and with other local actors (associations, third-sector organisations, type-B social cooperatives and their consortia); and to follow an integrated path with other system actions on modelling placements in companies or type-B cooperatives and on spreading the materials through a portal.</p><p>It has three strands. The backbone is a training-consultancy laboratory in which the operators of the agencies that presented the action define the shared model of taking in charge through participatory design; the laboratory builds on participants' experience. Then a presentation meeting is planned to make the model known to the operators of all accredited agencies and to stakeholders, including those who were not in the laboratory. Finally, early in the laboratory, two meetings in one day with provinces that have modelled the process: Como, which since 2012 has modelled the taking in charge and identified the critical passages between accredited agencies and social and specialist services, and Mantua, which since 2013 has modelled the governance of its network. These meetings are open both to the operators of the agencies that presented the action and to those of the accredited agencies, and serve to judge what can be transferred.</p><p>Expected results: a description of the Monza model of taking in charge for the work placement of persons with disabilities; network work that identifies the critical nodes and operating modes for the phases of reception and employability; an analysis of good practices elsewhere, with short reports to be shared through a portal. Within the provincial coordination of the LIFT system actions, dedicated meetings would share the general set-up, the progress before the presentation meetings and an initial evaluation preceding the second system action, so that monitoring links the two system actions. The project page offers a presentation document of Servizi in rete for download.</p>",
            "it": "<p>L'azione di sistema intende definire un modello di gestione degli inserimenti lavorativi condiviso dagli enti accreditati; presentarlo e condividerlo con gli operatori delle politiche di inserimento e con altri soggetti del territorio (associazioni, privato sociale, cooperative sociali di tipo B e loro consorzi); prevedere un percorso integrato con altre azioni di sistema sulla modellizzazione degli inserimenti in azienda o presso cooperative di tipo B e sulla diffusione dei materiali tramite portale.</p><p>Si articola in tre azioni. La colonna portante è un laboratorio formativo-consulenziale in cui gli operatori degli enti che hanno presentato l'AdS definiscono con una progettazione partecipata il modello condiviso di presa in carico; il laboratorio valorizza le esperienze dei partecipanti. È poi previsto un incontro di presentazione per far conoscere il modello agli operatori di tutti gli enti accreditati e agli stakeholder, anche a chi non ha partecipato al laboratorio. Infine, nella fase iniziale del laboratorio, due incontri in una giornata con province che hanno modellizzato il processo: Como, che dal 2012 ha modellizzato la presa in carico individuando i passaggi critici fra enti accreditati e servizi sociali e specialistici, e Mantova, che dal 2013 ha modellizzato le forme di governance della rete. Gli incontri sono aperti sia agli operatori degli enti che hanno presentato l'AdS sia agli operatori degli enti accreditati e servono a valutare la trasferibilità.</p><p>Risultati attesi: la descrizione del modello monzese di presa in carico per l'inserimento lavorativo delle persone con disabilità; un lavoro di rete che individui nodi critici e modalità operative per le fasi di accoglienza e occupabilità; l'analisi di buone prassi extraprovinciali, con report sintetici da diffondere tramite portale. Nel Coordinamento provinciale delle azioni di sistema LIFT, incontri dedicati condivideranno l'impostazione generale, lo sviluppo in itinere prima degli incontri di presentazione e una valutazione iniziale che preceda la seconda AdS, così che il monitoraggio integri le due azioni di sistema. La pagina del progetto offre il documento di presentazione di Servizi in rete da scaricare.</p>",
        },
        "success_factors": {
            "en": "<p>According to the project page, the laboratory method favours participation and the sharing of approaches among operators, and proves effective in designing models and in integrating different approaches and concepts while overcoming opposing positions and defensive attitudes.</p>",
            "it": "<p>Secondo la pagina del progetto, il metodo del laboratorio favorisce la partecipazione e la condivisione di approcci fra gli operatori e si rivela efficace nella progettazione di modelli e nell'integrare approcci e riferimenti concettuali, superando contrapposizioni e atteggiamenti difensivi.</p>",
        },
        "challenges": {},
        "transferability": {
            "en": "<p>A territory where several agencies share the same target group could run such a laboratory; it needs a facilitating consultant, time from each agency's operators and a coordination body that monitors the work.</p>",
            "it": "<p>Un territorio in cui più enti condividono lo stesso target potrebbe realizzare un laboratorio simile; servono un consulente agevolatore, tempo degli operatori di ciascun ente e un coordinamento che monitori il lavoro.</p>",
        },
        "transferability_editorial": True,
        "stories": [],
        "awards": [],
        "indicators": [],
        "key_figures": [],
        "evidence": {"level": "described", **ASSESSED},
        "sources": [
            {
                "key": SERVIZI,
                "passage": "Obiettivi; Risultati attesi; Attività proposta e metodologia; Report degli incontri",
            }
        ],
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
        "ongoing": True,  # "dal 2012", as the source puts it
        "period_note": {
            "en": "Since 2012, as the Servizi in rete project page (2015-2016) puts it; the source gives no end date.",
            "it": "Dal 2012, secondo la pagina del progetto Servizi in rete (2015-2016); la fonte non indica una data di chiusura.",
        },
        "organisations": [
            {
                "name": "Accredited agencies of the province of Como",
                "role": {
                    "en": "One side of the critical passages that were modelled.",
                    "it": "Una delle parti dei passaggi critici modellizzati.",
                },
            },
            {
                "name": "Social and specialist services of the province of Como",
                "role": {
                    "en": "The other side of the critical passages that were modelled.",
                    "it": "L'altra parte dei passaggi critici modellizzati.",
                },
            },
        ],
        "target_groups": ["persons-with-disabilities"],
        "methods": ["critical-passages-mapping"],
        "phases": ["intake"],
        "tags": ["taking in charge", "critical nodes"],
        "problem": {},
        "approach": {
            "en": "<p>The province modelled how users are taken in charge and identified the critical passages between accredited agencies and social and specialist services. The Servizi in rete system action of Monza e Brianza proposed Como as one of two provinces to meet early in its laboratory, to judge what could be transferred; the project page lists a good-practice report dated 3 December 2015 but does not say who presented.</p>",
            "it": "<p>La provincia ha modellizzato la presa in carico dell'utenza individuando i passaggi critici fra enti accreditati e servizi sociali e specialistici. L'azione di sistema Servizi in rete di Monza e Brianza ha proposto Como come una delle due province da incontrare nella fase iniziale del laboratorio, per valutarne la trasferibilità; la pagina del progetto elenca un report sulle buone prassi del 3 dicembre 2015, ma non dice chi ha presentato.</p>",
        },
        "success_factors": {},
        "challenges": {},
        "transferability": {
            "en": "<p>The source describes the aim, not the details; a territory interested in adopting it should contact the province's network.</p>",
            "it": "<p>La fonte descrive l'obiettivo, non i dettagli; un territorio interessato dovrebbe contattare la rete provinciale.</p>",
        },
        "transferability_editorial": True,
        "stories": [],
        "awards": [],
        "indicators": [],
        "key_figures": [],
        "evidence": {"level": "described", **ASSESSED},
        "sources": [{"key": SERVIZI, "passage": "3. Analisi di buone prassi"}],
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
            "en": "Mantua: modelling the governance of the placement network",
            "it": "Mantova: la modellizzazione della governance della rete",
        },
        "summary": {
            "en": "Since 2013 the province of Mantua has modelled the forms of governance of its network.",
            "it": "Dal 2013 la provincia di Mantova ha modellizzato le forme di governance della rete.",
        },
        "start_year": 2013,
        "end_year": None,
        "ongoing": True,  # "dal 2013", as the source puts it
        "period_note": {
            "en": "Since 2013, as the Servizi in rete project page (2015-2016) puts it; the source gives no end date.",
            "it": "Dal 2013, secondo la pagina del progetto Servizi in rete (2015-2016); la fonte non indica una data di chiusura.",
        },
        "organisations": [
            {
                "name": "Placement network of the province of Mantua",
                "role": {
                    "en": "The network whose governance was modelled.",
                    "it": "La rete di cui sono state modellizzate le forme di governance.",
                },
            },
        ],
        "target_groups": ["persons-with-disabilities"],
        "methods": ["network-governance-model"],
        "phases": [],
        "tags": ["governance", "network"],
        "problem": {},
        "approach": {
            "en": "<p>The province modelled the forms of governance of its network. The Servizi in rete system action of Monza e Brianza proposed Mantua as one of two provinces to meet early in its laboratory, to judge what could be transferred; the project page lists a good-practice report dated 3 December 2015 but does not say who presented.</p>",
            "it": "<p>La provincia ha modellizzato le forme di governance della rete. L'azione di sistema Servizi in rete di Monza e Brianza ha proposto Mantova come una delle due province da incontrare nella fase iniziale del laboratorio, per valutarne la trasferibilità; la pagina del progetto elenca un report sulle buone prassi del 3 dicembre 2015, ma non dice chi ha presentato.</p>",
        },
        "success_factors": {},
        "challenges": {},
        "transferability": {
            "en": "<p>The source describes the aim, not the details; a territory interested in adopting it should contact the province's network.</p>",
            "it": "<p>La fonte descrive l'obiettivo, non i dettagli; un territorio interessato dovrebbe contattare la rete provinciale.</p>",
        },
        "transferability_editorial": True,
        "stories": [],
        "awards": [],
        "indicators": [],
        "key_figures": [],
        "evidence": {"level": "described", **ASSESSED},
        "sources": [{"key": SERVIZI, "passage": "3. Analisi di buone prassi"}],
        "contact": {
            "en": "Placement network of the province of Mantua",
            "it": "Rete per l'inserimento lavorativo della provincia di Mantova",
        },
        "last_reviewed": REVIEWED,
    },
]
