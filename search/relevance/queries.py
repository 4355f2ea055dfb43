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
