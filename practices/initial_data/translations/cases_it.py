"""Italiano: i casi la cui fonte non è in italiano (tradotti dal testo inglese e da quello
originale). Nomi propri, riferimenti normativi e nomi di programmi restano in originale."""

_HERLEV_POPULATION = "Gruppi 1-6 (93 cittadini)"


def _result(label):
    return {"label": label, "unit": "cittadini", "population": _HERLEV_POPULATION}


CASES = {
    "ip-integration-partnership": {
        "title": "Il progetto IP: un partenariato interdisciplinare per l'integrazione",
        "summary": "Un comune, un'azienda privata e un centro linguistico hanno portato rapidamente in veri luoghi di lavoro beneficiari di sussidi di altra origine etnica; dei 93 cittadini dei gruppi 1-6, 17 hanno trovato un lavoro.",
        "period_note": "Le fonti non indicano né inizio né fine: una partecipante è stata assunta il 1° maggio 2009 e la presentazione è datata 20 maggio 2010.",
        "organisations": {
            "Herlev Kommune": "Coordinatore di progetto con titolarità pubblica: assume tutta la gestione del caso e trova i tirocini.",
            "ISS Jobudviklingscenter": "Responsabile di progetto: trova i tirocini all'interno di ISS e porta un approccio aziendale orientato all'autonomia economica il più presto possibile.",
            "Ballerup Sprogcenter": "Insegnante di lingua che fa lezione nel luogo di tirocinio.",
        },
        "problem": "<p>Il partenariato lavorava con beneficiari di sussidi in denaro (kontanthjælp) di altra origine etnica dei gruppi di valutazione 3 e 4 (matchgrupper). I suoi obiettivi: portarli al lavoro, in formazione o in un impiego con contributo salariale entro sei mesi; accompagnare da 80 a 90 cittadini in tre anni; ridurre le assenze per malattia al 10%; e sviluppare la collaborazione con i medici di base, le cooperative edilizie e il settore sociale e sanitario di Herlev.</p>",
        "approach": "<p>Tre partner con punti di forza diversi hanno lavorato come un'unica équipe sotto un comitato di pilotaggio: lo sguardo del servizio sociale comunale sulla persona nel suo insieme, che riconosce che ciascuno è esperto della propria vita; la spinta dell'azienda verso l'autonomia economica; e le conoscenze del centro linguistico su lingua, cultura, apprendimento e ostacoli alla formazione e al lavoro. I partner osano essere curiosi dei punti di vista altrui e accettano di guardare le cose con «occhiali diversi». Lavorano guardando avanti, da una prospettiva di riconoscimento centrata sul lavoro, e tengono ferma la responsabilità di ciascuno di mantenersi, aiutando attivamente a ridurre gli ostacoli.</p><p>Dopo un'accoglienza congiunta centrata sulle possibilità di lavoro e una valutazione linguistica, i partecipanti hanno seguito due giornate introduttive e l'ultimo giorno hanno indicato due preferenze di tirocinio (se non sceglievano, sceglieva l'équipe). Sono entrati rapidamente in tirocinio, con un accompagnamento concreto e ravvicinato, un collega che li affiancava sul posto di lavoro e lezioni di lingua programmate per ciascuno. Le giornate comuni riunivano il gruppo per scambiare esperienze, costruire reti e parlare di tirocini, salute, attività fisica e ruoli di genere.</p><p>La percezione della propria salute era tra gli ostacoli maggiori. I medici di base sono stati informati per lettera che la titolarità del caso spettava al responsabile di progetto, perché i cittadini non venissero messi in malattia per disturbi già noti; medico, responsabile di progetto e cittadino si incontravano in colloqui a tre; il medico comunale ha partecipato a una giornata comune; e la casa della salute offriva attività fisica e consigli sull'alimentazione. I partner ritengono che il tirocinio non faccia male alle persone: la collaborazione tiene conto dei disturbi di ciascuno senza rinunciare al tirocinio.</p><p>Nel lavoro quotidiano, i colloqui di monitoraggio e le giornate comuni si basano su metodi cognitivi che partono da pensiero, emozione, azione e reazione corporea, e gli errori di un partecipante sono visti come spazio di crescita. L'incontro tra culture è affrontato apertamente: differenze e somiglianze, come un certo abbigliamento o l'avversione per la carne di maiale, e che cosa significano per le possibilità di lavoro. Le regole e i «si fa e non si fa» della vita lavorativa vengono resi visibili.</p>",
        "success_factors": "<p>Per il cittadino:</p><ul><li>L'incontro con un luogo di lavoro danese e con persone comuni.</li><li>La convinzione che tutti abbiano risorse e competenze.</li><li>Un lavoro sulle condizioni della persona, improntato al riconoscimento, in gran parte con un approccio di coaching il cui obiettivo chiaro è che ciascuno si assuma la responsabilità di uscire dal sussidio.</li><li>Una migliore conoscenza del legame tra corpo e mente e conoscenze generali sull'allenamento.</li><li>Il riscontro degli altri partecipanti nelle giornate comuni, attento alle risorse, ai valori e alle esperienze di ciascuno.</li><li>Un insegnamento pratico della lingua, programmato per ciascuno.</li></ul><p>Il cambiamento si vede quando un partecipante acquisisce una diversa consapevolezza della propria identità lavorativa.</p><p>Per il lavoro interdisciplinare: la dinamica tra partner di culture organizzative diverse, centrati sul mercato del lavoro; la collaborazione trasversale nell'amministrazione; i metodi cognitivi; l'incontro tra culture; le regole della vita lavorativa rese visibili; l'insegnamento della lingua; la collaborazione con i medici di base; l'affiancamento da parte dei colleghi e una rete di aziende.</p>",
        "challenges": "<ul><li>Quando cambia la direzione del progetto, l'attenzione deve andare al quadro e ai valori del progetto.</li><li>Radicare e attuare il lavoro nel centro per l'impiego.</li><li>La collaborazione con le aziende è esposta alle oscillazioni della congiuntura.</li><li>I metodi per cambiare la percezione che le persone hanno della propria malattia e del proprio ruolo di vittima vanno sviluppati ulteriormente.</li><li>L'accesso all'attività fisica e alla conoscenza del corpo.</li><li>La durata del percorso, di sei mesi.</li></ul>",
        "transferability": "<p>Un comune potrebbe sperimentare il modello dove un'azienda con posti di primo ingresso e un centro linguistico sono disposti a mettere a disposizione personale, dove il coordinatore comunale detiene la titolarità del caso e dove si possono coinvolgere i medici di base.</p>",
        "stories": {
            "From staying at home to the health house": {
                "title": "Da casa alla casa della salute",
                "text": "Madre di tre figli sulla quarantina, diplomata istruttrice di fitness nel 2003, non era riuscita a uscire di casa mentre il marito soffriva di disturbo da stress post-traumatico. Dopo un primo tirocinio in un progetto comunale presso i palazzetti dello sport locali, è passata alla casa della salute del comune. Lì contribuisce ad avviare la casa dei progetti del comune, fa da collegamento tra la ginnastica madre-bambino per le minoranze etniche e le offerte per persone con disagio psichico, e nelle giornate comuni mostra agli altri che cosa l'attività fisica può fare per il corpo e la mente.",
            },
            "Three placements to a permanent job": {
                "title": "Tre tirocini fino a un lavoro stabile",
                "text": "Madre divorziata di quattro figli sulla quarantina, con cinque anni di scuola e una ridotta capacità polmonare, ha iniziato il primo tirocinio nella cucina di una casa di riposo. Ha seguito un corso di igiene, ha aumentato gradualmente le ore e si è assunta compiti di pulizia, ha scritto una domanda di lavoro e un curriculum e ha ottenuto un attestato delle competenze. A un secondo tirocinio come lavapiatti è seguito un impiego temporaneo di 25 ore in municipio; nel terzo tirocinio è diventata la «tuttofare» di un'azienda informatica. In seguito è stata impiegata con un contributo salariale, insieme a lezioni di danese e di informatica, e il 1° maggio 2009 è stata assunta. Per lei la cosa più importante era sapere di avere ormai un lavoro stabile invece del sussidio.",
            },
        },
        "indicators": {
            "Citizens who took part": {
                "label": "Cittadini che hanno partecipato",
                "unit": "cittadini",
                "population": "Gruppi 1-6",
            },
            "Into jobs": _result("Al lavoro"),
            "Into wage-subsidy jobs": _result("In un impiego con contributo salariale"),
            "Into a flexjob": _result("In un flexjob"),
            "Into education": _result("In formazione"),
            "To other support": _result("Verso altre prestazioni"),
            "Referred for early-retirement assessment": _result(
                "Inviati alla valutazione per il prepensionamento"
            ),
        },
        "contact": "Herlev Kommune, centro per l'impiego",
    },
    "mia-multi-agency-team": {
        "title": "Dopo MIA: un'équipe comune tra enti e una proposta su che cosa mantenere",
        "summary": "Södertälje ha avviato un'équipe comune tra enti durante il progetto MIA; per il dopo MIA, una proposta condivisa manterrebbe parti di MIA per un gruppo destinatario più ristretto, spesso donne rifugiate fuori dal mercato del lavoro.",
        "period_note": "La fonte non è datata: dice che l'équipe comune tra enti è partita «l'anno scorso» e che le proposte sono state elaborate «lo scorso autunno».",
        "organisations": {
            "Samordningsförbundet Södertälje": "Il suo direttore ha elaborato le tre proposte con il responsabile di progetto; nella proposta condivisa l'associazione finanzierebbe servizi complementari.",
            "Södertälje kommun, Arbete och försörjning": "La sua nuova équipe di riabilitazione è la base su cui poggia la proposta condivisa.",
        },
        "problem": "<p>A Södertälje un ampio gruppo di persone non è incluso, spesso rifugiati che non si sono mai inseriti. Molte sono donne che non entrano nel mercato del lavoro e che, arrivate in Svezia, non hanno ricevuto l'aiuto e il sostegno di cui avevano bisogno. Lo stesso gruppo ricompare in un progetto dopo l'altro.</p>",
        "approach": "<p>A Södertälje il progetto MIA ha puntato fin dall'inizio all'attuazione, e questo ha aiutato le organizzazioni a cambiare strada facendo: il comune si è adattato per poter andare incontro al gruppo destinatario, e un'équipe comune tra enti (MGT) è partita l'anno prima della redazione della fonte. Il progetto ha introdotto modi di lavorare che valorizzano le capacità delle persone, che la loro assenza dal mercato del lavoro dipenda da malattia, lingua, disabilità o disagio psichico; in MIA si sono potute sperimentare diverse vie per dare il sostegno giusto, e ora si possono scegliere le parti migliori.</p><p>Dopo workshop e lunghe discussioni, il responsabile di un sottoprogetto e il direttore dell'associazione di coordinamento hanno elaborato tre proposte, tutte fondate sul desiderio di un luogo di coordinamento e collaborazione, e ne hanno illustrato vantaggi e svantaggi. La fonte descrive solo l'opzione scelta: la nuova équipe di riabilitazione di Arbete och försörjning del comune, integrata da servizi finanziati dall'associazione di coordinamento. Per ora si tratta di una proposta condivisa; significherebbe attuare parti di MIA, dimensionate per un gruppo destinatario più ristretto.</p><p>Södertälje ha scelto di lavorare con il metodo Boston, che non è vincolante e si adatta a ciò di cui i partecipanti hanno bisogno, perché tutti ricevano lo stesso sostegno. Il responsabile di progetto sottolinea che non è l'unico metodo che funziona.</p>",
        "success_factors": "<ul><li>Puntare all'attuazione fin dall'inizio.</li><li>Vedere le risorse delle persone e ascoltare la loro versione, il che richiede il personale giusto; un buon personale è indicato come parte del successo di Södertälje.</li><li>Una struttura perché tutti ricevano lo stesso sostegno.</li></ul>",
        "challenges": "<p>Ciò che i membri volevano è cambiato nel tempo, e a volte un partner tirava in una direzione che non andava bene agli altri; lo scorso autunno è servito un lavoro consapevole per accordarsi su che cosa attuare.</p>",
        "transferability": "<p>Dove esiste un'associazione di coordinamento o un finanziamento comune simile, gli enti potrebbero valutare di costruire un'équipe condivisa attorno a un'unità comunale esistente e di dimensionarla sul gruppo che ne ha più bisogno.</p>",
    },
    "cm-t-continuous-monitoring": {
        "title": "CM-T: rilevazione continua del potenziale e sostegno linguistico",
        "summary": "Un'applicazione in cui i programmi registrano come si sviluppano i rifugiati e le persone ammesse provvisoriamente, a supporto della pianificazione dell'integrazione; secondo posto al Prix sozialinfo.ch 2020.",
        "period_note": "La fonte data solo il premio (notizia del 28 dicembre 2020), non l'entrata in uso dell'applicazione.",
        "organisations": {
            "Koordinationsstelle Integration Flüchtlinge, Kanton Glarus": "Ha sviluppato l'applicazione.",
            "Lemonbrain": "Azienda informatica locale che ha sviluppato l'applicazione con il servizio di coordinamento.",
        },
        "approach": "<p>Il servizio cantonale di coordinamento per l'integrazione dei rifugiati ha sviluppato l'applicazione CM-T insieme all'azienda informatica locale Lemonbrain. Essa consente un monitoraggio continuo che mira a rappresentare lo stadio di sviluppo e il potenziale delle persone del settore dell'asilo e dei rifugiati in modo orientato alla loro vita quotidiana. CM-T serve sia alle misure di integrazione professionale sia a quelle di integrazione scolastica.</p><p>Bilanci di situazione e valutazioni del potenziale si svolgono a intervalli regolari e i loro risultati vengono registrati. In schede di valutazione predefinite, adattate a ciascun incarico, programmi come corsi, inserimenti di prova, tirocini, assistenza nell'asilo, il pre-apprendistato d'integrazione (Integrationsvorlehre), impieghi di lavoro e programmi occupazionali inseriscono tempestivamente il loro riscontro da computer o da telefono. I valori danno un quadro aggiornato delle competenze nella formazione e delle prospettive di lavoro; l'elenco cronologico mostra lo sviluppo in ciascun ambito e i risultati confluiscono nella pianificazione dell'integrazione.</p><p>Il Prix sozialinfo.ch premia ogni due anni un impegno particolare legato al settore sociale; nel 2020 era dedicato alla digitalizzazione nel lavoro sociale. Una giuria di esperti ha classificato il progetto al secondo posto, ha visto nell'approccio un potenziale enorme e ha consegnato al Cantone un attestato di vincitore.</p>",
        "success_factors": "<p>La giuria ha rilevato che il Cantone fa molte cose giuste nell'integrazione delle persone del settore dell'asilo e dei rifugiati: ben più della metà di tutti i rifugiati e delle persone ammesse provvisoriamente a Glarona ha un'attività lucrativa e, secondo la giuria, con CM-T la quota potrebbe crescere ancora.</p>",
        "transferability": "<p>Un cantone o un comune potrebbe adottare l'approccio se gli enti che gestiscono i programmi si accordano per riferire con schede comuni e se i responsabili del caso usano la cronologia che ne risulta nella pianificazione dell'integrazione.</p>",
        "awards": {
            "Prix sozialinfo.ch 2020 (digitalisation in social work)": {
                "name": "Prix sozialinfo.ch 2020 (digitalizzazione nel lavoro sociale)",
                "rank": "2° posto",
            }
        },
    },
    "continuous-case-management-pilot": {
        "title": "Presa in carico continuativa con valutazione del potenziale: il progetto pilota",
        "summary": "Due regioni sociali sperimentano un nuovo processo di integrazione: accoglienza con valutazione breve, segmentazione in quattro strategie riviste almeno ogni sei mesi e sei mesi di accompagnamento dopo l'integrazione.",
        "period_note": "Il progetto pilota parte nell'ottobre 2023 e dura due anni; i fondi sono stanziati per gli anni dal 2023 al 2025.",
        "organisations": {
            "Sozialregion Oberer Leberberg": "Regione pilota: sostituisce i propri processi con quelli nuovi e mette a disposizione le risorse necessarie al progetto pilota.",
            "Sozialregion Untergäu": "Regione pilota: sostituisce i propri processi con quelli nuovi e mette a disposizione le risorse necessarie al progetto pilota.",
            "Amt für Gesellschaft und Soziales (AGS)": "Suoi collaboratori fanno parte del gruppo di lavoro; la sua Koordinationsstelle Integration stabilisce le modalità di versamento dei fondi alle regioni pilota, che possono fatturare al massimo i costi effettivi.",
            "Interinstitutionelle Zusammenarbeit (IIZ) Solothurn": "Incaricata di guidare l'attuazione del modello di integrazione; il suo organo di sviluppo e coordinamento (IIZ-EKG) ha approvato il concetto e il progetto pilota e li ha raccomandati al governo; la direzione del progetto riferisce ai suoi organi.",
        },
        "problem": "<p>Con la decisione governativa RRB n. 2018/2026 del 18 dicembre 2018, il Cantone di Soletta ha deciso di attuare i requisiti dell'Agenda Integrazione Svizzera (AIS) in un modello di integrazione integrale (IIM). Specialisti delle strutture ordinarie competenti hanno elaborato il modello e il governo lo ha approvato con RRB n. 2020/1522 del 2 novembre 2020; la struttura di collaborazione interistituzionale (IIZ) è stata incaricata di guidarne l'attuazione. Un elemento centrale è il sottoprogetto sulla presa in carico continuativa e la valutazione del potenziale: un unico processo obiettivo armonizzato per l'assistenza sociale ordinaria e per quella nel settore dell'asilo.</p>",
        "approach": "<p>La presa in carico continuativa è un processo trasversale. Per i beneficiari dell'assistenza sociale inizia con l'apertura del caso; per gli altri, quando viene accertato un maggiore bisogno di integrazione. Termina quando è accertata un'integrazione duratura, circa sei mesi dopo il raggiungimento degli obiettivi di integrazione. Il concetto è stato elaborato da un gruppo di lavoro di rappresentanti di diverse regioni sociali e collaboratori dell'AGS, sotto la guida delle regioni sociali; in un primo momento si concentra sui processi delle regioni sociali.</p><p>Chi si rivolge al servizio sociale passa per un'accoglienza: verifica del bisogno, verifica di altre fonti di sostegno (sussidiarietà) e una valutazione breve. Gli assistenti sociali dell'accoglienza assegnano poi la persona a uno di quattro segmenti, ciascuno con la sua strategia standard: sganciare (A) per chi si prevede lasci l'assistenza sociale entro sei mesi senza un particolare bisogno di lavoro sociale; cambiare (V) per chi può raggiungere l'integrazione professionale con misure adeguate; orientare (O) quando non è chiaro se l'obiettivo sarà l'integrazione o la stabilizzazione, cominciando con una valutazione approfondita; e stabilizzare (S) quando un'uscita duratura grazie al lavoro non è realistica, per cui l'attenzione va all'integrazione sociale e si rinuncia agli sforzi di collocamento. Per tutti, il segmento viene rivisto almeno ogni sei mesi. Sulla base della valutazione del potenziale (valutazione breve, valutazione pratica e valutazione approfondita del potenziale), il servizio titolare del caso definisce le misure individuali in un piano di integrazione. Le persone che non ricevono ancora l'assistenza sociale ma che probabilmente ne avranno bisogno possono essere consigliate per tempo. Dopo l'integrazione nel lavoro, il servizio sociale continua ad accompagnare la persona per sei mesi.</p><p>Il progetto pilota si svolge nelle regioni sociali Oberer Leberberg e Untergäu dall'ottobre 2023 per due anni. Verifica l'applicabilità pratica, l'efficacia e l'efficienza del concetto prima che venga esteso a tutto il Cantone; gli insegnamenti vengono riportati nel concetto in modo continuo e agile, e dopo diciotto mesi deve essere chiaro come seguiranno le altre undici regioni sociali. La direzione del progetto riferisce periodicamente agli organi dell'IIZ e deve segnalare subito ritardi o altre difficoltà.</p><p>Base legale e finanziamento: si tratta di un progetto dell'assistenza sociale svolto nelle strutture ordinarie, che rientra nella competenza legale dei comuni (§ 26 Abs. 1 Bst. g Sozialgesetz, SG; BGS 831.1). La competenza per il finanziamento spetta alle strutture ordinarie (Art. 53 e 54 Ausländer- und Integrationsgesetz, AIG; SR 142.20; Art. 2 Verordnung über die Integration von Ausländerinnen und Ausländern, VIntA; SR 142.205; e RRB n. 2020/1522). In base agli accordi di programma con la Segreteria di Stato della migrazione (SEM) sui programmi cantonali d'integrazione KIP 2 e KIP 2bis, le misure possono essere pagate con la somma forfettaria d'integrazione della Confederazione; la decisione non grava sui conti dello Stato. Se il tetto di spesa non basta, va chiesto al governo un credito supplementare su raccomandazione dell'IIZ.</p>",
        "challenges": "<p>Le regioni pilota hanno bisogno di personale aggiuntivo (vedi le cifre chiave) e devono mettere a disposizione esse stesse le risorse; gli insegnamenti del progetto pilota vengono riportati nel concetto in modo continuo, e i ritardi vanno segnalati subito.</p>",
        "transferability": "<p>Altri servizi sociali potrebbero adottare la segmentazione e gli strumenti di valutazione dove c'è tempo di personale per un'accoglienza dedicata; il progetto pilota di Soletta deve mostrare se il processo è applicabile nella pratica, efficace ed efficiente.</p>",
        "key_figures": {
            "Pilot social regions": {
                "label": "Regioni sociali pilota",
                "unit": "regioni",
                "covers": "Oberer Leberberg e Untergäu",
            },
            "Social regions to follow after the pilot": {
                "label": "Regioni sociali che seguiranno dopo il progetto pilota",
                "unit": "regioni",
                "covers": "Il resto del Cantone",
            },
            "Additional staff": {
                "label": "Personale aggiuntivo",
                "unit": "equivalenti a tempo pieno",
                "covers": "Le due regioni pilota insieme",
            },
            "Full staff cost per full-time post and year": {
                "label": "Costo pieno del personale per posto a tempo pieno e anno",
                "covers": "Base della stima dei costi",
            },
            "Cost cap for the pilot phase": {
                "label": "Tetto di spesa per la fase pilota",
                "covers": "Al massimo dalla somma forfettaria d'integrazione della Confederazione; si pagano al massimo i costi effettivi",
            },
        },
    },
}
