"""The "Servizi in rete" laboratory series (Piano LIFT, Monza e Brianza, 2015-2016).

The source lists the meetings and the purpose of the system action, not what
was said in each one: the reports say what each meeting was for and no more.
The final workshop's date is not given, so it is left empty.
"""

SERIES = {
    "slug": "servizi-in-rete-laboratory",
    "territory": "monza-brianza",
    "network": "Servizi in rete (Piano LIFT system action)",
    "lead_organisation": "Accredited agencies of the Servizi in rete system action",
    "facilitator": {
        "en": "Facilitating consultant of the system action",
        "it": "Consulente agevolatore dell'azione di sistema",
    },
    "start_date": "2015-09-09",
    "end_date": "2016-02-17",
    "title": {
        "en": "Servizi in rete: training-consultancy laboratory",
        "it": "Servizi in rete: laboratorio formativo-consulenziale",
    },
    "summary": {
        "en": "The laboratory in which the accredited agencies of Monza e Brianza built their shared model for disability work placements, September 2015 to February 2016.",
        "it": "Il laboratorio in cui gli enti accreditati di Monza e Brianza hanno costruito il modello condiviso per l'inserimento lavorativo delle persone con disabilità, da settembre 2015 a febbraio 2016.",
    },
    "objectives": {
        "en": "<ul><li>Define a model for managing work placements shared by the accredited agencies that provide employment services for persons with disabilities.</li><li>Present and share it with operators and other local actors: associations, third-sector organisations, type-B social cooperatives and consortia.</li><li>Connect it with the other system actions on placements in companies and cooperatives and on spreading materials through a portal.</li></ul>",
        "it": "<ul><li>Definire un modello di gestione degli inserimenti lavorativi condiviso dagli enti accreditati che erogano servizi per il lavoro alle persone con disabilità.</li><li>Presentarlo e condividerlo con gli operatori e gli altri soggetti del territorio: associazioni, privato sociale, cooperative sociali di tipo B e consorzi.</li><li>Raccordarlo con le altre azioni di sistema sugli inserimenti in azienda e in cooperativa e sulla diffusione dei materiali tramite portale.</li></ul>",
    },
    "expected_results": {
        "en": "<ul><li>A description of the Monza model of taking in charge.</li><li>Network work identifying critical nodes and operating modes for the phases of reception and employability.</li><li>Short reports on good practices of other provinces, to be shared through a portal.</li></ul>",
        "it": "<ul><li>La descrizione del modello monzese di presa in carico.</li><li>Un lavoro di rete che individui nodi critici e modalità operative per le fasi di accoglienza e occupabilità.</li><li>Report sintetici sulle buone prassi di altre province, da diffondere tramite portale.</li></ul>",
    },
    "activities": {
        "en": "<p>Three actions: developing the model in the laboratory; presenting and sharing it with operators and stakeholders; analysing good practices of other provinces.</p>",
        "it": "<p>Tre azioni: sviluppo del modello nel laboratorio; presentazione e condivisione con operatori e stakeholder; analisi di buone prassi di altre province.</p>",
    },
    "methodology": {
        "en": "<p>A participatory training-consultancy laboratory that builds on what participants have learnt in practice, favours the sharing of approaches and helps to overcome opposing positions and defensive attitudes.</p>",
        "it": "<p>Un laboratorio formativo-consulenziale partecipato che valorizza le esperienze dei partecipanti, favorisce la condivisione degli approcci e aiuta a superare contrapposizioni e atteggiamenti difensivi.</p>",
    },
}

_LAB = {
    "en": "A session of the training-consultancy laboratory in which operators of the accredited agencies worked on the shared placement model.",
    "it": "Un incontro del laboratorio formativo-consulenziale in cui gli operatori degli enti accreditati hanno lavorato al modello condiviso di inserimento.",
}

REPORTS = [
    {
        "slug": "laboratory-2015-09-09",
        "date": "2015-09-09",
        "kind": "laboratory",
        "title": {
            "en": "Laboratory session, 9 September 2015",
            "it": "Laboratorio del 9 settembre 2015",
        },
        "summary": _LAB,
    },
    {
        "slug": "laboratory-2015-10-06",
        "date": "2015-10-06",
        "kind": "laboratory",
        "title": {
            "en": "Laboratory session, 6 October 2015",
            "it": "Laboratorio del 6 ottobre 2015",
        },
        "summary": _LAB,
    },
    {
        "slug": "laboratory-2015-11-10",
        "date": "2015-11-10",
        "kind": "laboratory",
        "title": {
            "en": "Laboratory session, 10 November 2015",
            "it": "Laboratorio del 10 novembre 2015",
        },
        "summary": _LAB,
    },
    {
        "slug": "good-practices-2015-12-03",
        "date": "2015-12-03",
        "kind": "good_practice",
        "title": {
            "en": "Good-practice exchange with Como and Mantua, 3 December 2015",
            "it": "Buone prassi con Como e Mantova, 3 dicembre 2015",
        },
        "summary": {
            "en": "Two meetings in one day with provinces that had already modelled the process: Como on taking in charge and its critical passages, Mantua on network governance.",
            "it": "Due incontri in una giornata con province che avevano già modellizzato il processo: Como sulla presa in carico e i passaggi critici, Mantova sulla governance della rete.",
        },
        "discussion": {
            "en": "<p>Como presented how, since 2012, it has modelled the taking in charge of users and the critical passages between accredited agencies and social and specialist services. Mantua presented how, since 2013, it has modelled the governance of its network. The aim was to assess what could be transferred to Monza e Brianza.</p>",
            "it": "<p>Como ha presentato come, dal 2012, ha modellizzato la presa in carico dell'utenza e i passaggi critici tra enti accreditati e servizi sociali e specialistici. Mantova ha presentato come, dal 2013, ha modellizzato la governance della rete. L'obiettivo era valutarne la trasferibilità a Monza e Brianza.</p>",
        },
        "organisations": [
            "Accredited agencies of the province of Como",
            "Social and specialist services of the province of Como",
            "Placement network of the province of Mantua",
        ],
        "nodes": ["referral-to-agency"],
    },
    {
        "slug": "laboratory-2016-01-13",
        "date": "2016-01-13",
        "kind": "laboratory",
        "title": {
            "en": "Laboratory session, 13 January 2016",
            "it": "Laboratorio del 13 gennaio 2016",
        },
        "summary": _LAB,
    },
    {
        "slug": "laboratory-2016-02-17",
        "date": "2016-02-17",
        "kind": "laboratory",
        "title": {
            "en": "Laboratory session, 17 February 2016",
            "it": "Laboratorio del 17 febbraio 2016",
        },
        "summary": _LAB,
    },
    {
        "slug": "final-workshop",
        "date": None,
        "kind": "final",
        "title": {
            "en": "Final workshop of the system action",
            "it": "Workshop conclusivo dell'azione di sistema",
        },
        "summary": {
            "en": "The closing workshop of the Servizi in rete system action, where the model was presented to operators and stakeholders.",
            "it": "Il workshop conclusivo dell'azione di sistema Servizi in rete, in cui il modello è stato presentato a operatori e stakeholder.",
        },
    },
]
