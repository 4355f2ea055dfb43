"""The methods catalogue, drawn from what the partner services describe."""

ASSESSED = {"assessed_on": "2026-11-23", "assessed_by": "Portal editorial team"}


def _evidence(level="described"):
    return {"level": level, **ASSESSED}


METHODS = [
    {
        "slug": "step-model",
        "origin_territory": "herlev",
        "original_language": "da",
        "title": {"en": "Step model", "da": "Trappemodel"},
        "summary": {
            "en": "Progress towards work in small, visible steps, each building on the last."
        },
        "what_it_is": {
            "en": "<p>The way back to work is laid out as a staircase: each step is a concrete, reachable goal (a first placement, more hours, a new task), and the citizen and case worker can see where they stand and what comes next.</p>"
        },
        "when_to_use": {
            "en": "<p>With people far from the labour market, where one big jump would fail but a sequence of small ones keeps motivation up.</p>"
        },
        "steps": {
            "en": [
                "Agree the end goal: a job or education.",
                "Break it into steps the person can reach in weeks.",
                "Review each step at follow-up meetings and set the next one.",
            ]
        },
        "target_groups": ["ethnic-minority-unemployed", "social-assistance-recipients"],
        "phases": ["placement-plan", "placement"],
        "evidence": _evidence(),
    },
    {
        "slug": "joint-visitation",
        "origin_territory": "herlev",
        "original_language": "da",
        "title": {"en": "Joint visitation with a job focus", "da": "Fælles visitation"},
        "summary": {
            "en": "The partners meet each new participant together and look first at job possibilities."
        },
        "what_it_is": {
            "en": "<p>Instead of each partner assessing the person separately, the municipality, the company partner and the language centre hold one joint intake, focused on what work the person could do, including a language assessment.</p>"
        },
        "when_to_use": {
            "en": "<p>When several organisations share responsibility for the same person and need a common starting point.</p>"
        },
        "target_groups": ["ethnic-minority-unemployed"],
        "phases": ["intake", "assessment"],
        "evidence": _evidence(),
    },
    {
        "slug": "quick-placement",
        "origin_territory": "herlev",
        "original_language": "da",
        "title": {
            "en": "Two introduction days and a quick placement",
            "da": "To introdage og hurtig praktik",
        },
        "summary": {
            "en": "Two introduction days end with two placement wishes, and the person starts a placement soon after."
        },
        "what_it_is": {
            "en": "<p>After intake, participants attend two introduction days. On the second day they name two placements they would like; if they do not choose, the team chooses for them. The aim is to reach a real workplace fast, with close follow-up.</p>"
        },
        "when_to_use": {
            "en": "<p>When waiting time itself is a barrier and the workplace is the best place to learn.</p>"
        },
        "when_not_to_use": {
            "en": "<p>Not as a substitute for health or social support the person needs first; combine it with that support.</p>"
        },
        "steps": {
            "en": [
                "Joint intake.",
                "Two introduction days.",
                "Two placement wishes on the last day.",
                "Start in a placement, with hands-on follow-up.",
            ]
        },
        "target_groups": ["ethnic-minority-unemployed"],
        "phases": ["intake", "placement"],
        "evidence": _evidence(),
    },
    {
        "slug": "workplace-buddy",
        "origin_territory": "herlev",
        "original_language": "da",
        "title": {"en": "Buddy training at the workplace", "da": "Sidemandsoplæring"},
        "summary": {"en": "A colleague at the placement trains the newcomer side by side."},
        "what_it_is": {
            "en": "<p>An experienced employee works next to the participant and teaches the job in practice. Together with a network of companies, this is one of the things the Herlev partners name as working for the partnership.</p>"
        },
        "when_to_use": {
            "en": "<p>In placements where tasks are learnt best by doing and where the company can free a colleague's time.</p>"
        },
        "target_groups": ["ethnic-minority-unemployed", "persons-with-disabilities"],
        "phases": ["placement", "follow-up"],
        "evidence": _evidence(),
    },
    {
        "slug": "common-days",
        "origin_territory": "herlev",
        "original_language": "da",
        "title": {"en": "Common days", "da": "Fællesdage"},
        "summary": {
            "en": "Regular group days for all participants: sharing experience, building networks, talking about work and health."
        },
        "what_it_is": {
            "en": "<p>Participants meet regularly in the group to exchange experience from their placements, build a network and discuss themes such as the view of one's own health, exercise and gender roles. Feedback from the other participants is a driver; the municipal doctor may take part.</p>"
        },
        "when_to_use": {
            "en": "<p>With groups in parallel placements, where peers can support and challenge each other.</p>"
        },
        "target_groups": ["ethnic-minority-unemployed"],
        "phases": ["placement", "follow-up"],
        "evidence": _evidence(),
    },
    {
        "slug": "gp-tripartite-talks",
        "origin_territory": "herlev",
        "original_language": "da",
        "title": {"en": "Tripartite talks with the GP", "da": "Trekantssamtaler med egen læge"},
        "summary": {
            "en": "The doctor, the project leader and the citizen talk together so that known ailments do not block a placement."
        },
        "what_it_is": {
            "en": "<p>GPs are told by letter that the project leader holds the authority for the case. When health is raised as a barrier, the GP, the project leader and the citizen meet together. The placement takes the person's limits into account, but the placement goes ahead.</p>"
        },
        "when_to_use": {
            "en": "<p>When the person's own view of illness, rather than the illness itself, keeps them out of work.</p>"
        },
        "when_not_to_use": {
            "en": "<p>Not to override medical advice: the aim is a shared, realistic view, not pressure.</p>"
        },
        "target_groups": ["ethnic-minority-unemployed", "mental-ill-health"],
        "phases": ["assessment", "placement"],
        "evidence": _evidence(),
    },
    {
        "slug": "health-house",
        "origin_territory": "herlev",
        "original_language": "da",
        "title": {"en": "Health house: exercise and diet", "da": "Sundhedshuset"},
        "summary": {
            "en": "Access to exercise and advice on diet, to strengthen the link between body, mind and work."
        },
        "what_it_is": {
            "en": "<p>Participants use the municipality's health house for exercise and diet advice, gaining a better understanding of how body and mind are connected.</p>"
        },
        "target_groups": ["ethnic-minority-unemployed"],
        "phases": ["placement"],
        "evidence": _evidence(),
    },
    {
        "slug": "workplace-language-teaching",
        "origin_territory": "herlev",
        "original_language": "da",
        "title": {
            "en": "Language teaching at the workplace",
            "da": "Sprogundervisning på arbejdspladsen",
        },
        "summary": {
            "en": "A language teacher teaches at the placement, planned around each person's job."
        },
        "what_it_is": {
            "en": "<p>After a language assessment, a teacher from the language centre teaches participants at their placement, with content planned individually around the words and situations of the job.</p>"
        },
        "when_to_use": {
            "en": "<p>When limited language holds people back at work and classroom courses feel far from their daily tasks.</p>"
        },
        "target_groups": [
            "ethnic-minority-unemployed",
            "refugees-provisionally-admitted",
            "migrant-women",
        ],
        "phases": ["placement"],
        "evidence": _evidence(),
    },
    {
        "slug": "boston-approach",
        "origin_territory": "sodertalje",
        "original_language": "sv",
        "title": {"en": "The Boston approach", "sv": "Bostonmetoden"},
        "summary": {
            "en": "A non-compulsory way of working that adapts to what each participant needs, so that everyone gets the same support."
        },
        "what_it_is": {
            "en": "<p>Södertälje chose the Boston approach because it is not compulsory and follows the participant. It is meant to give a structure so that everyone gets the same support, adapted to what each participant needs. The project leader stresses that it is not the only method that works.</p>"
        },
        "when_to_use": {
            "en": "<p>When a service wants a common structure across staff without forcing participants through a fixed programme.</p>"
        },
        "target_groups": ["migrant-women", "mental-ill-health", "refugees-provisionally-admitted"],
        "phases": ["assessment", "placement-plan"],
        "evidence": _evidence(),
    },
    {
        "slug": "multi-agency-team",
        "origin_territory": "sodertalje",
        "original_language": "sv",
        "title": {"en": "Multi-agency team", "sv": "Myndighetsgemensamt team"},
        "summary": {
            "en": "Staff from several authorities work as one team for a group that turns up in project after project."
        },
        "what_it_is": {
            "en": "<p>Authorities work together in one shared team for the target group. In Södertälje a multi-agency team (MGT) started during the MIA project, and the municipality adapted so that it can meet the group.</p>"
        },
        "when_to_use": {"en": "<p>For a group that keeps appearing in project after project.</p>"},
        "target_groups": ["migrant-women", "social-assistance-recipients", "mental-ill-health"],
        "phases": ["intake", "assessment", "follow-up"],
        "evidence": _evidence(),
    },
    {
        "slug": "short-assessment",
        "origin_territory": "solothurn",
        "original_language": "de",
        "title": {"en": "Short assessment", "de": "Kurzassessment"},
        "summary": {
            "en": "A brief first assessment at intake that informs the choice of integration strategy."
        },
        "what_it_is": {
            "en": "<p>Part of the intake at the social service, together with the check of need and of other sources of support. Its result feeds the segmentation of the person into one of four strategies.</p>"
        },
        "target_groups": ["social-assistance-recipients", "refugees-provisionally-admitted"],
        "phases": ["intake", "assessment"],
        "evidence": _evidence(),
    },
    {
        "slug": "practical-assessment",
        "origin_territory": "solothurn",
        "original_language": "de",
        "title": {"en": "Practical assessment", "de": "Praxisassessment"},
        "summary": {
            "en": "Observing the person in a practical setting to judge their potential for work."
        },
        "what_it_is": {
            "en": "<p>One of the three instruments of the potential assessment: the person's abilities are assessed in practice rather than only in conversation.</p>"
        },
        "target_groups": ["social-assistance-recipients", "refugees-provisionally-admitted"],
        "phases": ["assessment"],
        "evidence": _evidence(),
    },
    {
        "slug": "in-depth-potential-assessment",
        "origin_territory": "solothurn",
        "original_language": "de",
        "title": {"en": "In-depth potential assessment", "de": "Vertiefte Potenzialerfassung"},
        "summary": {"en": "A thorough assessment for people whose prospects are unclear."},
        "what_it_is": {
            "en": "<p>The third and most detailed instrument of the potential assessment, used for example with people in the orientation segment, where it is not clear whether work or stabilisation is the realistic goal.</p>"
        },
        "target_groups": ["social-assistance-recipients", "refugees-provisionally-admitted"],
        "phases": ["assessment"],
        "evidence": _evidence(),
    },
    {
        "slug": "segmentation-avos",
        "origin_territory": "solothurn",
        "original_language": "de",
        "title": {"en": "Segmentation A/V/O/S", "de": "Segmentierung A/V/O/S"},
        "summary": {
            "en": "Each person is placed in one of four segments with its own standard strategy, reviewed at least every six months."
        },
        "what_it_is": {
            "en": "<p>At intake, social workers decide which integration strategy fits: <strong>A</strong> (detach: likely to leave social assistance within six months without much support), <strong>V</strong> (change: integration into work is reachable with targeted measures), <strong>O</strong> (orient: unclear whether work or stabilisation is the goal; in-depth assessment first), <strong>S</strong> (stabilise: no realistic chance of work in the medium term; focus on social integration). The segment is reassessed at least every six months.</p>"
        },
        "when_to_use": {
            "en": "<p>In social services that need to match the intensity of support to each person's prospects.</p>"
        },
        "steps": {
            "en": [
                "Intake with short assessment.",
                "Assign a segment and its standard strategy.",
                "Reassess the segment at least every six months.",
            ]
        },
        "target_groups": ["social-assistance-recipients"],
        "phases": ["intake", "placement-plan"],
        "evidence": _evidence(),
    },
    {
        "slug": "continuous-case-management",
        "origin_territory": "solothurn",
        "original_language": "de",
        "title": {"en": "Continuous case management", "de": "Durchgehende Fallführung"},
        "summary": {
            "en": "One case-leading service follows the person from intake until integration has proved sustainable."
        },
        "what_it_is": {
            "en": "<p>An overarching process: it begins with the social-assistance intake (or when an increased need for integration is established) and ends when integration is sustainable, about six months after the integration goals are reached. Based on the potential assessment, the case-leading service sets the individual measures in an integration plan.</p>"
        },
        "target_groups": ["social-assistance-recipients", "refugees-provisionally-admitted"],
        "phases": ["intake", "assessment", "placement-plan", "follow-up"],
        "evidence": _evidence(),
    },
    {
        "slug": "six-month-follow-up",
        "origin_territory": "solothurn",
        "original_language": "de",
        "title": {
            "en": "Six months of follow-up after integration",
            "de": "Weiterbegleitung während sechs Monaten",
        },
        "summary": {
            "en": "People who have left social assistance for work stay accompanied by the social service for six months."
        },
        "what_it_is": {
            "en": "<p>Integration is not closed on the first payday: the social service keeps supporting the person for six months after they have been integrated into work and detached from social assistance.</p>"
        },
        "target_groups": ["social-assistance-recipients"],
        "phases": ["follow-up"],
        "evidence": _evidence(),
    },
    {
        "slug": "continuous-monitoring-forms",
        "origin_territory": "glarus",
        "original_language": "de",
        "title": {
            "en": "Continuous monitoring with predefined assessment forms",
            "de": "Kontinuierliches Monitoring mit vordefinierten Bewertungsbögen",
        },
        "summary": {
            "en": "Programmes report on each person through forms tailored to the assignment, building a timeline of their development."
        },
        "what_it_is": {
            "en": "<p>Education courses, trial placements, internships, asylum support, pre-apprenticeships and employment programmes fill in predefined forms, tailored to each assignment, from a computer or a phone. The chronological record shows how competences develop and feeds the integration plan.</p>"
        },
        "when_to_use": {
            "en": "<p>When many programmes work with the same people and their feedback would otherwise stay scattered.</p>"
        },
        "target_groups": ["refugees-provisionally-admitted"],
        "phases": ["assessment", "follow-up"],
        "evidence": _evidence(),
    },
    {
        "slug": "training-consultancy-laboratory",
        "origin_territory": "monza-brianza",
        "original_language": "it",
        "title": {
            "en": "Participatory training-consultancy laboratory",
            "it": "Laboratorio formativo-consulenziale",
        },
        "summary": {
            "en": "Practitioners design a shared model together in facilitated sessions that build on their own experience."
        },
        "what_it_is": {
            "en": "<p>A series of facilitated sessions in which operators of different organisations design a common model. It values what participants have learnt in practice, encourages them to share approaches, and helps to integrate different concepts while overcoming defensive attitudes.</p>"
        },
        "when_to_use": {
            "en": "<p>When several organisations must agree one way of working and each brings its own habits.</p>"
        },
        "target_groups": ["persons-with-disabilities"],
        "phases": ["intake", "assessment"],
        "evidence": _evidence(),
    },
    {
        "slug": "good-practice-exchange",
        "origin_territory": "monza-brianza",
        "original_language": "it",
        "title": {
            "en": "Good-practice exchange between provinces",
            "it": "Analisi di buone prassi extraprovinciali",
        },
        "summary": {
            "en": "Meetings with provinces that have already modelled their processes, to judge what can be transferred."
        },
        "what_it_is": {
            "en": "<p>Early in a modelling effort, representatives of other provinces present how they modelled their processes, and the participants assess whether it can be transferred. The Servizi in rete system action of Monza e Brianza proposed two such meetings, with Como and Mantua.</p>"
        },
        "target_groups": ["persons-with-disabilities"],
        "phases": [],
        "evidence": _evidence(),
    },
    {
        "slug": "critical-passages-mapping",
        "origin_territory": "como",
        "original_language": "it",
        "title": {
            "en": "Mapping the critical passages between services",
            "it": "Individuazione dei passaggi critici",
        },
        "summary": {
            "en": "Identifying where responsibility changes hands between agencies and social and specialist services, and agreeing how to handle each hand-over."
        },
        "what_it_is": {
            "en": "<p>The taking in charge of a person is followed step by step to find the points where one service hands over to another, so that each point gets an agreed way of working.</p>"
        },
        "target_groups": ["persons-with-disabilities"],
        "phases": ["intake", "assessment"],
        "evidence": _evidence(),
    },
    {
        "slug": "network-governance-model",
        "origin_territory": "mantova",
        "original_language": "it",
        "title": {"en": "Network governance model", "it": "Modello di governance della rete"},
        "summary": {
            "en": "Agreeing how a network of services is steered: roles, decisions and coordination."
        },
        "what_it_is": {
            "en": "<p>The partners of a placement network make explicit how the network is governed, so that cooperation does not depend on individual goodwill.</p>"
        },
        "target_groups": ["persons-with-disabilities"],
        "phases": [],
        "evidence": _evidence(),
    },
]
