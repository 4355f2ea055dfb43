"""The relevance set: queries in the five languages and the pages that must be in the top 5.

Each query is run in its language's locale, as a visitor of that language would.
Pages are named by type and slug, which are the same in every locale.
"""

QUERIES = [
    # English
    {
        "q": "Boston",
        "language": "en",
        "expect": [("case", "mia-multi-agency-team"), ("method", "boston-approach")],
    },
    {"q": "step model", "language": "en", "expect": [("method", "step-model")]},
    {"q": "buddy at the workplace", "language": "en", "expect": [("method", "workplace-buddy")]},
    {
        "q": "tripartite talks with the GP",
        "language": "en",
        "expect": [("method", "gp-tripartite-talks")],
    },
    {
        "q": "refugee women outside the labour market",
        "language": "en",
        "expect": [("case", "mia-multi-agency-team")],
    },
    {
        "q": "continuous monitoring app",
        "language": "en",
        "expect": [("case", "cm-t-continuous-monitoring")],
    },
    {"q": "segmentation", "language": "en", "expect": [("method", "segmentation-avos")]},
    {
        "q": "potential assessment",
        "language": "en",
        "expect": [("case", "continuous-case-management-pilot")],
    },
    {"q": "disability work placements", "language": "en", "expect": [("case", "servizi-in-rete")]},
    {
        "q": "critical passages between accredited agencies and social services",
        "language": "en",
        "expect": [("case", "como-taking-in-charge")],
    },
    {
        "q": "network governance",
        "language": "en",
        "expect": [("case", "mantova-network-governance")],
    },
    {
        "q": "language teaching at the workplace",
        "language": "en",
        "expect": [
            ("method", "workplace-language-teaching"),
            ("case", "ip-integration-partnership"),
        ],
    },
    {"q": "follow-up and job retention", "language": "en", "expect": [("phase", "follow-up")]},
    {
        "q": "Prix sozialinfo award",
        "language": "en",
        "expect": [("case", "cm-t-continuous-monitoring")],
    },
    {
        "q": "good practices Como Mantua",
        "language": "en",
        "expect": [("report", "good-practices-2015-12-03")],
    },
    {
        "q": "sprogundervisning",
        "language": "en",
        "expect": [("case", "ip-integration-partnership")],
    },
    # Italian
    {
        "q": "inserimento lavorativo",
        "language": "it",
        "expect": [
            ("case", "servizi-in-rete"),
            ("case", "como-taking-in-charge"),
            ("case", "mantova-network-governance"),
        ],
    },
    {"q": "presa in carico", "language": "it", "expect": [("case", "como-taking-in-charge")]},
    {"q": "persone con disabilità", "language": "it", "expect": [("case", "servizi-in-rete")]},
    {
        "q": "governance della rete",
        "language": "it",
        "expect": [("case", "mantova-network-governance")],
    },
    {
        "q": "laboratorio formativo-consulenziale",
        "language": "it",
        "expect": [("method", "training-consultancy-laboratory")],
    },
    {
        "q": "cooperative sociali di tipo B",
        "language": "it",
        "expect": [("case", "servizi-in-rete")],
    },
    {"q": "buone prassi", "language": "it", "expect": [("report", "good-practices-2015-12-03")]},
    {"q": "nodi critici", "language": "it", "expect": [("case", "como-taking-in-charge")]},
    {"q": "sagsbehandling", "language": "it", "expect": [("case", "ip-integration-partnership")]},
    # German
    {
        "q": "Potenzialabklärung",
        "language": "de",
        "expect": [("case", "continuous-case-management-pilot")],
    },
    {
        "q": "Potenzialabklarung",
        "language": "de",
        "expect": [("case", "continuous-case-management-pilot")],
    },
    {
        "q": "durchgehende Fallführung",
        "language": "de",
        "expect": [("case", "continuous-case-management-pilot")],
    },
    {"q": "Segmentierung", "language": "de", "expect": [("method", "segmentation-avos")]},
    {
        "q": "Integration von Flüchtlingen",
        "language": "de",
        "expect": [("case", "cm-t-continuous-monitoring")],
    },
    {
        "q": "Bewertungsbögen",
        "language": "de",
        "expect": [("method", "continuous-monitoring-forms")],
    },
    {
        "q": "Sozialhilfe",
        "language": "de",
        "expect": [("case", "continuous-case-management-pilot")],
    },
    {
        "q": "Arbeitsintegration",
        "language": "de",
        "expect": [("case", "continuous-case-management-pilot")],
    },
    # Danish
    {
        "q": "sprogundervisning på arbejdspladsen",
        "language": "da",
        "expect": [("case", "ip-integration-partnership")],
    },
    {
        "q": "sprogundervisning",
        "language": "da",
        "expect": [("case", "ip-integration-partnership")],
    },
    {"q": "trappemodel", "language": "da", "expect": [("method", "step-model")]},
    {"q": "sidemandsoplæring", "language": "da", "expect": [("method", "workplace-buddy")]},
    {"q": "fællesdage", "language": "da", "expect": [("method", "common-days")]},
    {
        "q": "trekantssamtaler med lægen",
        "language": "da",
        "expect": [("method", "gp-tripartite-talks")],
    },
    {
        "q": "kontanthjælpsmodtagere",
        "language": "da",
        "expect": [("case", "ip-integration-partnership")],
    },
    {
        "q": "virksomhedspraktik",
        "language": "da",
        "expect": [("case", "ip-integration-partnership")],
    },
    # Swedish
    {"q": "Bostonmetoden", "language": "sv", "expect": [("case", "mia-multi-agency-team")]},
    {
        "q": "myndighetsgemensamt team",
        "language": "sv",
        "expect": [("case", "mia-multi-agency-team")],
    },
    {"q": "psykisk ohälsa", "language": "sv", "expect": [("case", "mia-multi-agency-team")]},
    {"q": "flyktingkvinnor", "language": "sv", "expect": [("case", "mia-multi-agency-team")]},
    {"q": "arbetsträning", "language": "sv", "expect": [("case", "mia-multi-agency-team")]},
    {
        "q": "ärendehantering",
        "language": "sv",
        "expect": [("case", "continuous-case-management-pilot")],
    },
    # Practitioners' queries (issue 16), written from the sources before looking at
    # the ranking: organisations' names, original-language legal and programme terms
    # typed on another language's site, misspellings and forms without diacritics.
    {
        "q": "Ballerup Sprogcenter",
        "language": "en",
        "expect": [("case", "ip-integration-partnership")],
    },
    {"q": "Herlev Kommune", "language": "en", "expect": [("case", "ip-integration-partnership")]},
    {"q": "Lemonbrain", "language": "en", "expect": [("case", "cm-t-continuous-monitoring")]},
    {
        "q": "Samordningsförbundet Södertälje",
        "language": "en",
        "expect": [("case", "mia-multi-agency-team")],
    },
    {
        "q": "Sozialregion Untergäu",
        "language": "en",
        "expect": [("case", "continuous-case-management-pilot")],
    },
    {
        "q": "Koordinationsstelle Integration Flüchtlinge",
        "language": "en",
        "expect": [("case", "cm-t-continuous-monitoring")],
    },
    {"q": "Piano LIFT Monza", "language": "en", "expect": [("case", "servizi-in-rete")]},
    {
        "q": "Sodertalje multi agency",
        "language": "en",
        "expect": [("case", "mia-multi-agency-team")],
    },
    {
        "q": "Solothurm case management",
        "language": "en",
        "expect": [("case", "continuous-case-management-pilot")],
    },
    {"q": "flexjob Herlev", "language": "en", "expect": [("case", "ip-integration-partnership")]},
    {
        "q": "Ballerup Sprogcenter",
        "language": "it",
        "expect": [("case", "ip-integration-partnership")],
    },
    {"q": "Lemonbrain", "language": "it", "expect": [("case", "cm-t-continuous-monitoring")]},
    {"q": "enti accreditati Monza", "language": "it", "expect": [("case", "servizi-in-rete")]},
    {"q": "Piano LIFT", "language": "it", "expect": [("case", "servizi-in-rete")]},
    {
        "q": "Integrationsvorlehre",
        "language": "it",
        "expect": [("case", "cm-t-continuous-monitoring")],
    },
    {"q": "Lemonbrain", "language": "de", "expect": [("case", "cm-t-continuous-monitoring")]},
    {
        "q": "Integrationsvorlehre",
        "language": "de",
        "expect": [("case", "cm-t-continuous-monitoring")],
    },
    {
        "q": "Sozialregion Oberer Leberberg",
        "language": "de",
        "expect": [("case", "continuous-case-management-pilot")],
    },
    {
        "q": "Integrationspauschale",
        "language": "de",
        "expect": [("case", "continuous-case-management-pilot")],
    },
    {
        "q": "Fallfuhrung",
        "language": "de",
        "expect": [("case", "continuous-case-management-pilot")],
    },
    {
        "q": "ISS Jobudviklingscenter",
        "language": "da",
        "expect": [("case", "ip-integration-partnership")],
    },
    {"q": "løntilskud", "language": "da", "expect": [("case", "ip-integration-partnership")]},
    {"q": "matchgruppe", "language": "da", "expect": [("case", "ip-integration-partnership")]},
    {"q": "Lemonbrain", "language": "da", "expect": [("case", "cm-t-continuous-monitoring")]},
    {
        "q": "Samordningsförbundet Södertälje",
        "language": "sv",
        "expect": [("case", "mia-multi-agency-team")],
    },
    {
        "q": "Arbete och försörjning",
        "language": "sv",
        "expect": [("case", "mia-multi-agency-team")],
    },
    {
        "q": "Ballerup Sprogcenter",
        "language": "sv",
        "expect": [("case", "ip-integration-partnership")],
    },
    {"q": "Lemonbrain", "language": "sv", "expect": [("case", "cm-t-continuous-monitoring")]},
    {"q": "kontanthjælp", "language": "sv", "expect": [("case", "ip-integration-partnership")]},
    {
        "q": "Potenzialabklärung",
        "language": "sv",
        "expect": [("case", "continuous-case-management-pilot")],
    },
]

# Issue 16: a second set, written from the sources (/work/shared/seeds/) before
# the ranking was looked at: places, names, programme and legal terms in the
# original language, descriptions in other words, misspellings, compounds
# written apart or together, definite and plural forms, multi-word questions.
IP, MIA, CMT = (
    ("case", "ip-integration-partnership"),
    ("case", "mia-multi-agency-team"),
    ("case", "cm-t-continuous-monitoring"),
)
PILOT, SIR = ("case", "continuous-case-management-pilot"), ("case", "servizi-in-rete")
COMO, MANTOVA = ("case", "como-taking-in-charge"), ("case", "mantova-network-governance")


def _q(q, language, *expect):
    return {"q": q, "language": language, "expect": list(expect)}


QUERIES += [
    # Danish
    _q("Herlev", "da", ("territory", "herlev"), IP),
    _q("fælles visitation", "da", ("method", "joint-visitation")),
    _q("introdage og hurtig praktik", "da", ("method", "quick-placement")),
    _q("sundhedshuset", "da", ("method", "health-house")),
    _q("motion og kost", "da", ("method", "health-house")),
    _q("samarbejde med de praktiserende læger", "da", ("method", "gp-tripartite-talks")),
    _q("førtidspensionsafklaring", "da", IP),
    _q("fleksjob", "da", IP),
    _q("integrationspartnerskab", "da", IP),
    _q("sidemand på praktikstedet", "da", ("method", "workplace-buddy")),
    _q("jobudviklingscenter", "da", IP),
    _q("trappe model", "da", ("method", "step-model")),
    _q("matchgrupper", "da", IP),
    _q("kontanthjælpsmodtagere af anden etnisk oprindelse", "da", IP),
    _q("Bostonmetoden", "da", ("method", "boston-approach")),
    # Swedish
    _q("Södertälje", "sv", ("territory", "sodertalje"), MIA),
    _q("Sodertalje", "sv", MIA),
    _q("samordningsförbund", "sv", MIA),
    _q("myndighetsgemensamma team", "sv", ("method", "multi-agency-team")),
    _q("funktionsnedsättning psykisk ohälsa", "sv", MIA),
    _q("Boston-metoden", "sv", ("method", "boston-approach")),
    _q("språkundervisning på arbetsplatsen", "sv", ("method", "workplace-language-teaching")),
    _q("stegmodellen", "sv", ("method", "step-model")),
    _q("kompetens kartläggning", "sv", PILOT),
    _q("rehabiliteringsteam", "sv", MIA),
    _q("flyktingar Glarus app", "sv", CMT),
    _q("segmentering", "sv", ("method", "segmentation-avos")),
    _q("arbetsträningen", "sv", MIA),
    _q("hälsohuset", "sv", ("method", "health-house")),
    # German
    _q("durchgehende Fallführung Solothurn", "de", PILOT),
    _q("Kurzabklärung", "de", ("method", "short-assessment")),
    _q("praktische Abklärung", "de", ("method", "practical-assessment")),
    _q("vertiefte Potenzialabklärung", "de", ("method", "in-depth-potential-assessment")),
    _q("Nachbetreuung nach der Integration", "de", ("method", "six-month-follow-up")),
    _q("Ablösen Verändern Orientieren Stabilisieren", "de", ("method", "segmentation-avos")),
    _q("vorläufig aufgenommene Personen", "de", CMT),
    _q("Flüchtlinge Glarus", "de", CMT),
    _q("Sprachförderung", "de", CMT),
    _q("Prix Sozialinfo", "de", CMT),
    _q("Sprachunterricht am Arbeitsplatz", "de", ("method", "workplace-language-teaching")),
    _q("Fallfuehrung", "de", PILOT),
    _q("Integrationsagenda Schweiz", "de", PILOT),
    _q("Glarus", "de", ("territory", "glarus"), CMT),
    _q("Sozialregionen Solothurn Pilot", "de", PILOT),
    # Italian
    _q("valutazione del potenziale", "it", PILOT),
    _q("passaggi critici", "it", COMO, ("method", "critical-passages-mapping")),
    _q("mappatura dei passaggi critici", "it", ("method", "critical-passages-mapping")),
    _q("scambio di buone pratiche tra province", "it", ("method", "good-practice-exchange")),
    _q("laboratorio 13 gennaio 2016", "it", ("report", "laboratory-2016-01-13")),
    _q("workshop finale", "it", ("report", "final-workshop")),
    _q("Mantova", "it", ("territory", "mantova"), MANTOVA),
    _q("servizi sociali e specialistici Como", "it", COMO),
    _q("cooperativa di tipo B", "it", ("phase", "placement")),
    _q("Monza Brianza disabilità", "it", SIR),
    _q("inserimenti lavorativi disabili", "it", SIR),
    _q("donne rifugiate Södertälje", "it", MIA),
    _q("Glarona rifugiati", "it", CMT),
    # English
    _q("benefit recipients of other ethnic origin", "en", IP),
    _q(
        "app with assessment forms for refugees",
        "en",
        CMT,
        ("method", "continuous-monitoring-forms"),
    ),
    _q("wage subsidy", "en", IP),
    _q("early retirement assessment", "en", IP),
    _q("federal integration lump sum", "en", PILOT),
    _q("mental ill-health refugee women Sweden", "en", MIA),
    _q("Glarus", "en", ("territory", "glarus"), CMT),
    _q("diet and exercise", "en", ("method", "health-house")),
    _q("workplace mentor", "en", ("method", "workplace-buddy")),
    _q("matching group 3-4", "en", IP),
    _q("Herlev language centre", "en", IP),
]

# Issue 16, point 2: a visitor of one language types a word the sources use in
# another, which only that language's version of the page holds. Added after the
# first feature measurements showed the set had no such query; written from the
# sources, before these queries were run.
QUERIES += [
    _q("samverkansplats", "en", MIA),
    _q("helbredsopfattelse", "en", IP),
    _q("Praxisassessment", "it", ("method", "practical-assessment")),
    _q("rehabiliteringsteam Södertälje", "it", MIA),
    _q("Regierungsrat Solothurn", "en", PILOT),
    _q("myndighetsgemensamt team", "de", MIA),
    _q("kommunelægen", "sv", IP),
    _q("Koordinationsstelle Flüchtlinge Glarus", "da", CMT),
]

# Issue 16, second round (2026-11-30): Italian and Swedish had the fewest queries.
# Written from the sources' vocabulary (seeds 003 and 004 and the cases they describe)
# and how practitioners ask; the expected pages were set before these were run.
QUERIES += [
    # Swedish
    _q("likvärdigt bemötande", "sv", MIA),
    _q("flyktingkvinnor utanför arbetsmarknaden", "sv", MIA),
    _q("samverkan mellan myndigheter", "sv", ("method", "multi-agency-team")),
    _q("implementering efter projektet", "sv", MIA),
    _q("sammanhållen ärendehantering", "sv", ("method", "continuous-case-management")),
    _q("hälsohus kost och motion", "sv", ("method", "health-house")),
    _q("handledare på arbetsplatsen", "sv", ("method", "workplace-buddy")),
    _q("trepartssamtal husläkare", "sv", ("method", "gp-tripartite-talks")),
    _q("integrationsagendan Schweiz", "sv", PILOT),
    _q("Herlev språkcenter", "sv", IP),
    _q("kartläggning av kritiska övergångar", "sv", ("method", "critical-passages-mapping")),
    _q("digital uppföljning av flyktingar", "sv", CMT),
    # Italian
    _q("persone con disabilità lavoro", "it", SIR),
    _q("governance della rete Mantova", "it", MANTOVA),
    _q("modello condiviso di presa in carico", "it", SIR),
    _q("enti accreditati Monza", "it", SIR),
    _q("partenariato interdisciplinare Herlev", "it", IP),
    _q("app monitoraggio rifugiati Glarona", "it", CMT),
    _q("valutazione del potenziale", "it", PILOT),
    _q("colloqui a tre con il medico", "it", ("method", "gp-tripartite-talks")),
    _q("équipe multiprofessionale Södertälje", "it", MIA),
]
