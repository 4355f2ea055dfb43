"""The "Servizi in rete" laboratory series (Piano LIFT, Monza e Brianza, 2015-2016).

Source: the presentation page of the system action (seed 004). It describes the
three actions (developing the model in a training-consultancy laboratory,
presenting it, analysing good practices) and lists the meeting reports by title
and date; it does not say what was said or decided in any meeting. So each
report states which action it belongs to, that action's purpose and method as
the source words them, and its date, and nothing more. The final workshop's
date is not given, so it is left empty.
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
    "cases": ["servizi-in-rete"],
    "start_date": "2015-09-09",
    "end_date": "2016-02-17",
    "title": {
        "en": "Servizi in rete: training-consultancy laboratory",
        "it": "Servizi in rete: laboratorio formativo-consulenziale",
    },
    "summary": {
        "en": "The training-consultancy laboratory of the Servizi in rete system action, set up to define a model for disability work placements shared by the accredited agencies of Monza e Brianza; its meeting reports run from September 2015 to February 2016.",
        "it": "Il laboratorio formativo-consulenziale dell'azione di sistema Servizi in rete, pensato per definire un modello di inserimento lavorativo delle persone con disabilità condiviso dagli enti accreditati di Monza e Brianza; i report degli incontri vanno da settembre 2015 a febbraio 2016.",
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

ACTION_MODEL = {
    "en": "Action 1: development of the model (training-consultancy laboratory)",
    "it": "Azione 1: sviluppo del modello (laboratorio formativo-consulenziale)",
}
ACTION_GOOD_PRACTICE = {
    "en": "Action 3: analysis of good practices",
    "it": "Azione 3: analisi di buone prassi",
}
ACTION_CLOSING = {
    "en": "Close of the system action",
    "it": "Chiusura dell'azione di sistema",
}

LAB_PURPOSE = {
    "en": "<p>The laboratory is the backbone of the system action. Its operators, from the agencies that presented the action, work towards a model of taking persons with disabilities in charge for work-placement services, designed together and shared by those who run placement services in the territory. The model is then to be presented to the operators of the accredited agencies and to stakeholders.</p>",
    "it": "<p>Il laboratorio è la colonna portante dell'azione di sistema. Vi lavorano gli operatori degli enti che hanno presentato l'azione, per arrivare a un modello di presa in carico delle persone con disabilità nei servizi di inserimento lavorativo, progettato insieme e condiviso da chi gestisce questi servizi sul territorio. Il modello va poi presentato agli operatori degli enti accreditati e agli stakeholder.</p>",
}
LAB_METHOD = {
    "en": "<p>A training-consultancy laboratory: it draws on what participants have learnt in their own work, encourages them to take part and to share their approaches, and helps to bring different approaches and reference frameworks together, past opposing positions and defensive attitudes.</p>",
    "it": "<p>Un laboratorio formativo-consulenziale: parte da ciò che i partecipanti hanno imparato nel proprio lavoro, ne favorisce la partecipazione e lo scambio di approcci e aiuta a integrare approcci e riferimenti diversi, oltre contrapposizioni e atteggiamenti difensivi.</p>",
}


def _lab(slug, date, title, summary):
    return {
        "slug": slug,
        "date": date,
        "kind": "laboratory",
        "action": ACTION_MODEL,
        "purpose": LAB_PURPOSE,
        "method": LAB_METHOD,
        "title": title,
        "summary": summary,
    }


REPORTS = [
    _lab(
        "laboratory-2015-09-09",
        "2015-09-09",
        {"en": "Laboratory session, 9 September 2015", "it": "Laboratorio del 9 settembre 2015"},
        {
            "en": "The first meeting report the source lists for the laboratory: the session of 9 September 2015 (action 1, developing the shared placement model).",
            "it": "Il primo report del laboratorio elencato dalla fonte: l'incontro del 9 settembre 2015 (azione 1, sviluppo del modello condiviso di inserimento).",
        },
    ),
    _lab(
        "laboratory-2015-10-06",
        "2015-10-06",
        {"en": "Laboratory session, 6 October 2015", "it": "Laboratorio del 6 ottobre 2015"},
        {
            "en": "The second laboratory report the source lists, from the session of 6 October 2015 (action 1).",
            "it": "Il secondo report di laboratorio elencato dalla fonte, dall'incontro del 6 ottobre 2015 (azione 1).",
        },
    ),
    _lab(
        "laboratory-2015-11-10",
        "2015-11-10",
        {"en": "Laboratory session, 10 November 2015", "it": "Laboratorio del 10 novembre 2015"},
        {
            "en": "The laboratory session of 10 November 2015, the last of the three 2015 laboratory reports (action 1).",
            "it": "L'incontro del laboratorio del 10 novembre 2015, l'ultimo dei tre report di laboratorio del 2015 (azione 1).",
        },
    ),
    {
        "slug": "good-practices-2015-12-03",
        "date": "2015-12-03",
        "kind": "good_practice",
        "action": ACTION_GOOD_PRACTICE,
        "title": {
            "en": "Good-practice analysis, 3 December 2015",
            "it": "Analisi di buone prassi, 3 dicembre 2015",
        },
        "summary": {
            "en": "Report of the good-practice strand (action 3), dated 3 December 2015. The plan proposed meeting provinces that had already modelled the taking in charge of persons with disabilities, naming Como and Mantua; the source does not say who took part.",
            "it": "Report del filone sulle buone prassi (azione 3), datato 3 dicembre 2015. Il progetto proponeva incontri con province che avevano già modellizzato la presa in carico delle persone con disabilità, indicando Como e Mantova; la fonte non dice chi abbia partecipato.",
        },
        "purpose": {
            "en": "<p>To present good practices from the region and judge whether they could be transferred to Monza e Brianza. The plan foresaw two meetings in one day, early in the laboratory, with representatives of provinces that had modelled the process of taking persons with disabilities in charge. It proposed the province of Como, which since 2012 had modelled how users are taken in charge and identified the critical passages between accredited agencies and social and specialist services, and the province of Mantua, which since 2013 had modelled how its network is governed.</p>",
            "it": "<p>Presentare buone prassi del territorio regionale e valutarne la trasferibilità a Monza e Brianza. Il progetto prevedeva due incontri in una giornata, nella fase iniziale del laboratorio, con referenti di province che avevano modellizzato il processo di presa in carico delle persone con disabilità. Proponeva la provincia di Como, che dal 2012 aveva modellizzato la presa in carico dell'utenza individuando i passaggi critici fra enti accreditati e servizi sociali e specialistici, e la provincia di Mantova, che dal 2013 aveva modellizzato le forme di governance della rete.</p>",
        },
        "method": {
            "en": "<p>Open meetings for the operators of the agencies that presented the system action and for those of the accredited agencies.</p>",
            "it": "<p>Incontri aperti agli operatori degli enti che hanno presentato l'azione di sistema e a quelli degli enti accreditati.</p>",
        },
    },
    _lab(
        "laboratory-2016-01-13",
        "2016-01-13",
        {"en": "Laboratory session, 13 January 2016", "it": "Laboratorio del 13 gennaio 2016"},
        {
            "en": "Laboratory session of 13 January 2016, the first of the new year, filed as report 4 of the laboratory of the first system action (action 1).",
            "it": "Incontro del laboratorio del 13 gennaio 2016, il primo dell'anno, archiviato come report 4 del laboratorio della prima azione di sistema (azione 1).",
        },
    ),
    _lab(
        "laboratory-2016-02-17",
        "2016-02-17",
        {"en": "Laboratory session, 17 February 2016", "it": "Laboratorio del 17 febbraio 2016"},
        {
            "en": "Laboratory session of 17 February 2016, filed as report 5: the last dated meeting of the laboratory (action 1).",
            "it": "Incontro del laboratorio del 17 febbraio 2016, archiviato come report 5: l'ultimo incontro datato del laboratorio (azione 1).",
        },
    ),
    {
        "slug": "final-workshop",
        "date": None,
        "kind": "final",
        "action": ACTION_CLOSING,
        "title": {
            "en": "Final workshop of the system action",
            "it": "Workshop conclusivo dell'azione di sistema",
        },
        "summary": {
            "en": "The closing workshop of the Servizi in rete system action. The source lists its report but gives neither its date nor its content.",
            "it": "Il workshop conclusivo dell'azione di sistema Servizi in rete. La fonte ne elenca il report senza indicarne la data né i contenuti.",
        },
    },
]
