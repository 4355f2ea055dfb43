"""Italiano: catalogo dei metodi, destinatari, territori (testi tradotti dall'inglese)."""

METHODS = {
    "step-model": {
        "title": "Modello a gradini",
        "summary": "Si avanza verso il lavoro a piccoli passi visibili, ciascuno costruito sul precedente.",
        "what_it_is": "<p>Il percorso di ritorno al lavoro è disegnato come una scala: ogni gradino è un obiettivo concreto e raggiungibile (un primo tirocinio, più ore, un nuovo compito), e la persona e l'operatore vedono a che punto si trovano e qual è il passo successivo.</p>",
        "when_to_use": "<p>Con persone lontane dal mercato del lavoro, per le quali un unico grande salto fallirebbe, mentre una sequenza di piccoli passi mantiene alta la motivazione.</p>",
        "steps": [
            "Concordare l'obiettivo finale: un lavoro o un percorso di formazione.",
            "Suddividerlo in gradini che la persona può raggiungere in poche settimane.",
            "Verificare ogni gradino negli incontri di monitoraggio e fissare il successivo.",
        ],
    },
    "joint-visitation": {
        "title": "Accoglienza congiunta orientata al lavoro",
        "summary": "I partner incontrano insieme ogni nuovo partecipante e guardano prima di tutto alle possibilità di lavoro.",
        "what_it_is": "<p>Invece di valutare la persona ciascuno per conto proprio, il comune, l'azienda partner e il centro linguistico svolgono un'unica accoglienza congiunta, centrata sul lavoro che la persona potrebbe fare e comprensiva di una valutazione linguistica.</p>",
        "when_to_use": "<p>Quando più organizzazioni condividono la responsabilità per la stessa persona e hanno bisogno di un punto di partenza comune.</p>",
    },
    "quick-placement": {
        "title": "Due giornate introduttive e un tirocinio rapido",
        "summary": "Due giornate introduttive si concludono con due preferenze di tirocinio, e poco dopo la persona inizia il tirocinio.",
        "what_it_is": "<p>Dopo l'accoglienza i partecipanti seguono due giornate introduttive. Il secondo giorno indicano due tirocini che vorrebbero svolgere; se non scelgono, sceglie l'équipe. L'obiettivo è arrivare presto in un vero luogo di lavoro, con un accompagnamento ravvicinato.</p>",
        "when_to_use": "<p>Quando l'attesa stessa è un ostacolo e il luogo di lavoro è il posto migliore per imparare.</p>",
        "when_not_to_use": "<p>Non come sostituto del sostegno sanitario o sociale di cui la persona ha bisogno prima; va combinato con quel sostegno.</p>",
        "steps": [
            "Accoglienza congiunta.",
            "Due giornate introduttive.",
            "Due preferenze di tirocinio l'ultimo giorno.",
            "Inizio del tirocinio, con un accompagnamento concreto e ravvicinato.",
        ],
    },
    "workplace-buddy": {
        "title": "Affiancamento sul lavoro da parte di un collega",
        "summary": "Un collega nel luogo di tirocinio forma il nuovo arrivato lavorandogli accanto.",
        "what_it_is": "<p>Un dipendente esperto lavora accanto al partecipante e gli insegna il mestiere nella pratica. Insieme a una rete di aziende, è uno degli elementi che i partner di Herlev indicano come efficaci per il partenariato.</p>",
        "when_to_use": "<p>Nei tirocini in cui i compiti si imparano meglio facendo e l'azienda può liberare parte del tempo di un collega.</p>",
    },
    "common-days": {
        "title": "Giornate comuni",
        "summary": "Giornate di gruppo regolari per tutti i partecipanti: scambio di esperienze, costruzione di reti, confronto su lavoro e salute.",
        "what_it_is": "<p>I partecipanti si incontrano regolarmente in gruppo per scambiarsi le esperienze dei tirocini, costruire una rete e discutere temi come la percezione della propria salute, l'attività fisica e i ruoli di genere. Il riscontro degli altri partecipanti è un motore; può partecipare il medico comunale.</p>",
        "when_to_use": "<p>Con gruppi in tirocini paralleli, in cui i pari possono sostenersi e stimolarsi a vicenda.</p>",
    },
    "gp-tripartite-talks": {
        "title": "Colloqui a tre con il medico di base",
        "summary": "Il medico, il responsabile di progetto e la persona parlano insieme, perché disturbi già noti non blocchino un tirocinio.",
        "what_it_is": "<p>I medici di base vengono informati per lettera che la titolarità del caso spetta al responsabile di progetto. Quando la salute viene indicata come ostacolo, medico, responsabile di progetto e persona si incontrano insieme. Il tirocinio tiene conto dei limiti della persona, ma si svolge.</p>",
        "when_to_use": "<p>Quando a tenere la persona lontana dal lavoro è la sua percezione della malattia più che la malattia stessa.</p>",
        "when_not_to_use": "<p>Non per scavalcare il parere medico: l'obiettivo è una visione condivisa e realistica, non una pressione.</p>",
    },
    "health-house": {
        "title": "Casa della salute: attività fisica e alimentazione",
        "summary": "Accesso all'attività fisica e a consigli sull'alimentazione, per rafforzare il legame tra corpo, mente e lavoro.",
        "what_it_is": "<p>I partecipanti frequentano la casa della salute del comune per fare attività fisica e ricevere consigli sull'alimentazione, e comprendono meglio come corpo e mente siano collegati.</p>",
    },
    "workplace-language-teaching": {
        "title": "Insegnamento della lingua sul posto di lavoro",
        "summary": "Un insegnante di lingua insegna nel luogo di tirocinio, con lezioni pensate attorno al lavoro di ciascuno.",
        "what_it_is": "<p>Dopo una valutazione linguistica, un insegnante del centro linguistico fa lezione ai partecipanti nel loro luogo di tirocinio, con contenuti programmati individualmente attorno alle parole e alle situazioni del lavoro.</p>",
        "when_to_use": "<p>Quando una lingua limitata frena le persone sul lavoro e i corsi in aula sembrano lontani dai compiti quotidiani.</p>",
    },
    "boston-approach": {
        "title": "Il metodo Boston",
        "summary": "Un modo di lavorare non vincolante che si adatta ai bisogni di ciascun partecipante, così che tutti ricevano lo stesso sostegno.",
        "what_it_is": "<p>Södertälje ha scelto il metodo Boston perché non è vincolante e segue il partecipante. Ha lo scopo di dare una struttura perché tutti ricevano lo stesso sostegno, adattato a ciò di cui ciascun partecipante ha bisogno. Il responsabile di progetto sottolinea che non è l'unico metodo che funziona.</p>",
        "when_to_use": "<p>Quando un servizio vuole una struttura comune a tutto il personale senza costringere i partecipanti in un programma rigido.</p>",
    },
    "multi-agency-team": {
        "title": "Équipe comune tra enti",
        "summary": "Operatori di più enti pubblici lavorano come un'unica équipe per un gruppo che ricompare in un progetto dopo l'altro.",
        "what_it_is": "<p>Gli enti lavorano insieme in un'unica équipe condivisa per il gruppo destinatario. A Södertälje un'équipe comune tra enti (MGT) è partita durante il progetto MIA, e il comune si è adattato per poter andare incontro al gruppo.</p>",
        "when_to_use": "<p>Per un gruppo che ricompare in un progetto dopo l'altro.</p>",
    },
    "short-assessment": {
        "title": "Valutazione breve",
        "summary": "Una prima valutazione sintetica all'accoglienza, che orienta la scelta della strategia di integrazione.",
        "what_it_is": "<p>Fa parte dell'accoglienza presso il servizio sociale, insieme alla verifica del bisogno e di altre fonti di sostegno. Il suo esito alimenta la segmentazione della persona in una di quattro strategie.</p>",
    },
    "practical-assessment": {
        "title": "Valutazione pratica",
        "summary": "Osservare la persona in un contesto pratico per giudicarne il potenziale lavorativo.",
        "what_it_is": "<p>Uno dei tre strumenti della valutazione del potenziale: le capacità della persona vengono valutate nella pratica e non solo nel colloquio.</p>",
    },
    "in-depth-potential-assessment": {
        "title": "Valutazione approfondita del potenziale",
        "summary": "Una valutazione accurata per le persone le cui prospettive non sono chiare.",
        "what_it_is": "<p>Il terzo e più dettagliato strumento della valutazione del potenziale, usato per esempio con le persone del segmento di orientamento, per le quali non è chiaro se l'obiettivo realistico sia il lavoro o la stabilizzazione.</p>",
    },
    "segmentation-avos": {
        "title": "Segmentazione A/V/O/S",
        "summary": "Ogni persona è assegnata a uno di quattro segmenti, ciascuno con la propria strategia standard, rivisto almeno ogni sei mesi.",
        "what_it_is": "<p>All'accoglienza gli assistenti sociali decidono quale strategia di integrazione è adatta: <strong>A</strong> (sganciare: probabile uscita dall'assistenza sociale entro sei mesi senza molto sostegno), <strong>V</strong> (cambiare: l'inserimento lavorativo è raggiungibile con misure mirate), <strong>O</strong> (orientare: non è chiaro se l'obiettivo sia il lavoro o la stabilizzazione; prima una valutazione approfondita), <strong>S</strong> (stabilizzare: nessuna possibilità realistica di lavoro a medio termine; l'attenzione va all'integrazione sociale). Il segmento viene rivalutato almeno ogni sei mesi.</p>",
        "when_to_use": "<p>Nei servizi sociali che devono commisurare l'intensità del sostegno alle prospettive di ciascuno.</p>",
        "steps": [
            "Accoglienza con valutazione breve.",
            "Assegnazione di un segmento e della sua strategia standard.",
            "Rivalutazione del segmento almeno ogni sei mesi.",
        ],
    },
    "continuous-case-management": {
        "title": "Presa in carico continuativa",
        "summary": "Un unico servizio titolare del caso segue la persona dall'accoglienza fino a quando l'integrazione si è dimostrata duratura.",
        "what_it_is": "<p>Un processo trasversale: inizia con l'accoglienza nell'assistenza sociale (o quando viene accertato un maggiore bisogno di integrazione) e termina quando l'integrazione è duratura, circa sei mesi dopo il raggiungimento degli obiettivi di integrazione. Sulla base della valutazione del potenziale, il servizio titolare del caso definisce le misure individuali in un piano di integrazione.</p>",
    },
    "six-month-follow-up": {
        "title": "Sei mesi di accompagnamento dopo l'integrazione",
        "summary": "Le persone uscite dall'assistenza sociale grazie al lavoro restano accompagnate dal servizio sociale per sei mesi.",
        "what_it_is": "<p>L'integrazione non si chiude con il primo stipendio: il servizio sociale continua a sostenere la persona per sei mesi dopo l'inserimento nel lavoro e l'uscita dall'assistenza sociale.</p>",
    },
    "continuous-monitoring-forms": {
        "title": "Monitoraggio continuo con schede di valutazione predefinite",
        "summary": "I programmi riferiscono su ogni persona tramite schede adattate all'incarico, costruendo una cronologia del suo sviluppo.",
        "what_it_is": "<p>Corsi di formazione, inserimenti di prova, tirocini, assistenza nell'asilo, pre-apprendistati e programmi occupazionali compilano schede predefinite, adattate a ciascun incarico, da computer o da telefono. La registrazione cronologica mostra come si sviluppano le competenze e alimenta il piano di integrazione.</p>",
        "when_to_use": "<p>Quando molti programmi lavorano con le stesse persone e i loro riscontri resterebbero altrimenti dispersi.</p>",
    },
    "training-consultancy-laboratory": {
        "summary": "Gli operatori progettano insieme un modello condiviso in incontri facilitati che partono dalla loro esperienza.",
        "what_it_is": "<p>Una serie di incontri facilitati in cui operatori di organizzazioni diverse progettano un modello comune. Valorizza ciò che i partecipanti hanno imparato nella pratica, li incoraggia a condividere gli approcci e aiuta a integrare riferimenti diversi superando gli atteggiamenti difensivi.</p>",
        "when_to_use": "<p>Quando più organizzazioni devono accordarsi su un unico modo di lavorare e ciascuna porta le proprie abitudini.</p>",
    },
    "good-practice-exchange": {
        "summary": "Incontri con province che hanno già modellizzato i propri processi, per valutare che cosa sia trasferibile.",
        "what_it_is": "<p>All'inizio di un percorso di modellizzazione, rappresentanti di altre province presentano come hanno modellizzato i propri processi e i partecipanti ne valutano la trasferibilità. L'azione di sistema Servizi in rete di Monza e Brianza ha proposto due incontri di questo tipo, con Como e Mantova.</p>",
    },
    "critical-passages-mapping": {
        "summary": "Individuare i punti in cui la responsabilità passa tra enti accreditati e servizi sociali e specialistici, e concordare come gestire ciascun passaggio.",
        "what_it_is": "<p>La presa in carico di una persona viene seguita passo per passo per trovare i punti in cui un servizio passa il testimone a un altro, così che per ciascun punto ci sia una modalità operativa concordata.</p>",
    },
    "network-governance-model": {
        "summary": "Concordare come è governata una rete di servizi: ruoli, decisioni e coordinamento.",
        "what_it_is": "<p>I partner di una rete per l'inserimento lavorativo rendono esplicito come la rete è governata, così che la collaborazione non dipenda dalla buona volontà dei singoli.</p>",
    },
}

TARGET_GROUPS = {
    "persons-with-disabilities": {
        "description": "Persone per le quali la disabilità rende più difficile, senza sostegno, trovare o mantenere un lavoro."
    },
    "refugees-provisionally-admitted": {
        "description": "Persone dell'ambito dell'asilo e dei rifugiati, comprese quelle ammesse a titolo provvisorio."
    },
    "social-assistance-recipients": {
        "description": "Persone che dipendono dall'assistenza sociale soggetta alla prova dei mezzi, spesso a lungo."
    },
    "ethnic-minority-unemployed": {
        "description": "Beneficiari di sussidi in denaro con background migratorio, lontani dal mercato del lavoro."
    },
    "migrant-women": {
        "description": "Donne, spesso rifugiate, che dopo l'arrivo non hanno mai trovato un aggancio con il lavoro."
    },
    "mental-ill-health": {
        "description": "Persone per le quali la salute mentale è un ostacolo al lavoro."
    },
}

TERRITORIES = {
    "monza-brianza": {
        "region": "Lombardia",
        "location": "Provincia a nord di Milano, Lombardia",
        "contact_name": "Rete Servizi in rete, coordinamento provinciale delle azioni di sistema LIFT",
    },
    "como": {"region": "Lombardia", "location": "Provincia sul Lago di Como, Lombardia"},
    "mantova": {"region": "Lombardia", "location": "Provincia nel sud-est della Lombardia"},
    "herlev": {
        "region": "Regione della Capitale (Danimarca)",
        "location": "Comune a nord-ovest di Copenaghen",
        "summary": "Un comune che ha realizzato un partenariato interdisciplinare per l'integrazione con un'azienda privata e un centro linguistico.",
        "profile": "<p>Il comune di Herlev ha unito le forze con il centro per lo sviluppo dell'occupazione di un'azienda privata e con un centro linguistico per portare al lavoro o in formazione beneficiari di sussidi in denaro di altra origine etnica.</p>",
        "contact_name": "Herlev Kommune, centro per l'impiego",
    },
    "sodertalje": {
        "region": "Contea di Stoccolma",
        "location": "Comune a sud-ovest di Stoccolma",
        "summary": "Un comune che trasforma ciò che il progetto MIA ha sperimentato in un sostegno stabile e comune tra enti.",
        "profile": "<p>A Södertälje un ampio gruppo di residenti è escluso dalla vita lavorativa: spesso si tratta di rifugiati che non si sono mai inseriti. Con il progetto MIA e l'associazione di coordinamento locale, il comune e i suoi partner hanno cambiato il modo di lavorare con questo gruppo.</p>",
    },
    "glarus": {
        "region": "Cantone di Glarona",
        "location": "Cantone alpino della Svizzera orientale",
        "summary": "Un cantone in cui più della metà dei rifugiati e delle persone ammesse provvisoriamente lavora, con il supporto di un'app di monitoraggio.",
        "profile": "<p>Il Cantone di Glarona coordina l'integrazione dei rifugiati e delle persone ammesse provvisoriamente tramite il proprio servizio di coordinamento, che collabora con partner locali, tra cui un'azienda informatica della regione.</p>",
    },
    "solothurn": {
        "region": "Cantone di Soletta",
        "location": "Cantone della Svizzera nord-occidentale",
        "summary": "Un cantone che sperimenta in due regioni sociali la presa in carico continuativa con valutazione del potenziale.",
        "profile": "<p>Il Cantone di Soletta attua l'Agenda Integrazione Svizzera con un modello di integrazione integrale. I suoi servizi sociali sono organizzati in regioni sociali; la struttura di collaborazione interistituzionale guida l'introduzione del modello.</p>",
    },
}
