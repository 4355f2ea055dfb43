"""Deutsch: die Praxisbeispiele, deren Quelle nicht deutsch ist (aus dem Englischen und
dem Original übersetzt; Schweizer Schreibweise ohne ß wie in den Solothurner und
Glarner Texten). Eigennamen, Rechtsgrundlagen und Programmnamen bleiben im Original."""

_HERLEV_POPULATION = "Gruppen 1-6 (93 Bürgerinnen und Bürger)"
_SOURCE_ONLY = "<p>Die Quelle beschreibt das Ziel, nicht die Einzelheiten; eine Region, die das Vorgehen übernehmen möchte, sollte sich an das Netzwerk der Provinz wenden.</p>"


def _result(label):
    return {"label": label, "unit": "Bürgerinnen und Bürger", "population": _HERLEV_POPULATION}


CASES = {
    "ip-integration-partnership": {
        "title": "Das IP-Projekt: eine interdisziplinäre Integrationspartnerschaft",
        "summary": "Eine Gemeinde, ein Privatunternehmen und ein Sprachzentrum brachten Sozialhilfebeziehende anderer ethnischer Herkunft rasch an echte Arbeitsplätze; von 93 Bürgerinnen und Bürgern in den Gruppen 1-6 fanden 17 eine Stelle.",
        "period_note": "Die Quellen nennen weder Beginn noch Ende: Eine Teilnehmerin wurde am 1. Mai 2009 angestellt, und die Präsentation ist auf den 20. Mai 2010 datiert.",
        "organisations": {
            "Herlev Kommune": "Projektkoordination mit Behördenkompetenz: übernimmt die gesamte Fallbearbeitung und sucht Praktikumsplätze.",
            "ISS Jobudviklingscenter": "Projektleitung: sucht Praktikumsplätze bei ISS und bringt eine unternehmerische Sicht mit, die auf möglichst rasche wirtschaftliche Selbständigkeit zielt.",
            "Ballerup Sprogcenter": "Sprachlehrperson, die am Praktikumsplatz unterrichtet.",
        },
        "problem": "<p>Die Partnerschaft arbeitete mit Bezügerinnen und Bezügern von Sozialhilfe (kontanthjælp) anderer ethnischer Herkunft in den Matchgruppen 3 und 4. Ihre Ziele: sie innert eines halben Jahres in Arbeit, Ausbildung oder eine Stelle mit Lohnzuschuss bringen; in drei Jahren 80 bis 90 Bürgerinnen und Bürger begleiten; die krankheitsbedingten Absenzen auf 10 % senken; und die Zusammenarbeit mit den Hausärztinnen und Hausärzten, den Wohnbaugenossenschaften und dem Sozial- und Gesundheitswesen in Herlev ausbauen.</p>",
        "approach": "<p>Drei Partner mit unterschiedlichen Stärken arbeiteten unter einer Steuergruppe als ein Team: die sozialarbeiterische Sicht der Gemeinde auf den ganzen Menschen, die anerkennt, dass alle Expertinnen und Experten ihres eigenen Lebens sind; der Antrieb des Unternehmens hin zur wirtschaftlichen Selbständigkeit; und das Wissen des Sprachzentrums über Sprache, Kultur, Lernen und die Hürden zu Ausbildung und Arbeit. Die Partner wagen es, neugierig auf die Blickwinkel der anderen zu sein, und akzeptieren, dass sie die Dinge durch «verschiedene Brillen» sehen. Sie arbeiten nach vorn gerichtet aus einer wertschätzenden, auf Arbeit ausgerichteten Perspektive und halten an der Verantwortung jeder Person fest, für sich selbst zu sorgen, während sie aktiv helfen, die Hürden abzubauen.</p><p>Nach einer gemeinsamen Fallaufnahme mit Fokus auf Arbeitsmöglichkeiten und einer Sprachstandserhebung besuchten die Teilnehmenden zwei Einführungstage und nannten am letzten zwei Praktikumswünsche (wählten sie nicht, wählte das Team). Sie kamen rasch in ein Praktikum, mit enger, praktischer Begleitung, einer Kollegin oder einem Kollegen zur Einarbeitung am Arbeitsplatz und Sprachunterricht, der für jede Person geplant wurde. Gemeinsame Tage brachten die Gruppe zusammen, um Erfahrungen auszutauschen, Netzwerke zu knüpfen und über Praktika, Gesundheit, Bewegung und Geschlechterrollen zu sprechen.</p><p>Die Sicht auf die eigene Gesundheit gehörte zu den grössten Hürden. Die Hausärztinnen und Hausärzte wurden brieflich informiert, dass die Projektleitung die Behördenkompetenz für den Fall innehatte, damit die Bürgerinnen und Bürger nicht wegen bereits bekannter Beschwerden krankgeschrieben wurden; Ärztin oder Arzt, Projektleitung und die Person trafen sich zu Dreiergesprächen; die Amtsärztin oder der Amtsarzt der Gemeinde nahm an einem gemeinsamen Tag teil; und das Gesundheitshaus bot Bewegung und Ernährungsberatung an. Die Partner sind der Ansicht, dass Praktika den Menschen nicht schaden: Die Zusammenarbeit berücksichtigt die Beschwerden jeder Person und hält zugleich am Praktikum fest.</p><p>In der täglichen Arbeit stützen sich Folgegespräche und gemeinsame Tage auf kognitive Methoden, die bei Gedanke, Gefühl, Handlung und körperlicher Reaktion ansetzen, und Fehler einer teilnehmenden Person gelten als Raum für Entwicklung. Die Begegnung der Kulturen wird offen angesprochen: Unterschiede und Gemeinsamkeiten, etwa bestimmte Kleidung oder eine Abneigung gegen Schweinefleisch, und was sie für die Arbeitsmöglichkeiten bedeuten. Die Regeln sowie die Dos and Don'ts des Arbeitslebens werden sichtbar gemacht.</p>",
        "success_factors": "<p>Für die Bürgerinnen und Bürger:</p><ul><li>Die Begegnung mit einem dänischen Arbeitsplatz und ganz gewöhnlichen Menschen.</li><li>Der Glaube daran, dass alle Ressourcen und Kompetenzen haben.</li><li>Eine wertschätzende Arbeit nach den Voraussetzungen der einzelnen Person, weitgehend mit einem coachenden Ansatz, dessen klares Ziel ist, dass jede Person Verantwortung dafür übernimmt, von der Sozialhilfe wegzukommen.</li><li>Ein besseres Verständnis dafür, wie Körper und Psyche zusammenhängen, und allgemeines Wissen über Training.</li><li>Rückmeldungen der anderen Teilnehmenden an den gemeinsamen Tagen, mit dem Blick auf die Ressourcen, Werte und Erfahrungen jeder Person.</li><li>Praktischer Sprachunterricht, für jede Person geplant.</li></ul><p>Veränderung zeigt sich, wenn eine teilnehmende Person ein anderes Bewusstsein für ihre eigene Arbeitsidentität gewinnt.</p><p>Für die interdisziplinäre Arbeit: die Dynamik von Partnern aus unterschiedlichen Organisationskulturen mit Fokus auf den Arbeitsmarkt; die Zusammenarbeit quer durch die Verwaltung; kognitive Methoden; die Begegnung der Kulturen; sichtbar gemachte Regeln des Arbeitslebens; Sprachunterricht; die Zusammenarbeit mit den Hausärztinnen und Hausärzten; Einarbeitung durch Kolleginnen und Kollegen und ein Netzwerk von Unternehmen.</p>",
        "challenges": "<ul><li>Wechselt die Projektleitung, muss der Fokus auf dem Rahmen und den Werten des Projekts liegen.</li><li>Die Verankerung und Umsetzung der Arbeit im Jobcenter.</li><li>Die Zusammenarbeit mit Unternehmen ist den Schwankungen der Konjunktur ausgesetzt.</li><li>Methoden, um die Sicht der Menschen auf ihre eigene Krankheit und ihre Opferrolle zu verändern, müssen weiterentwickelt werden.</li><li>Zugang zu körperlichem Training und Wissen über den Körper.</li><li>Die Dauer des Programms von sechs Monaten.</li></ul>",
        "transferability": "<p>Eine Gemeinde könnte das Modell erproben, wo ein Unternehmen mit Einstiegsstellen und ein Sprachzentrum bereit sind, Personal einzusetzen, wo die kommunale Koordination die Behördenkompetenz für den Fall innehat und wo Hausärztinnen und Hausärzte einbezogen werden können.</p>",
        "stories": {
            "From staying at home to the health house": {
                "title": "Vom Zuhausebleiben ins Gesundheitshaus",
                "text": "Eine Mutter von drei Kindern Ende dreissig, 2003 zur Fitnessinstruktorin ausgebildet, hatte das Haus nicht verlassen können, während ihr Mann an einer posttraumatischen Belastungsstörung litt. Nach einem ersten Praktikum in einem kommunalen Projekt in den örtlichen Sporthallen wechselte sie ins Gesundheitshaus der Gemeinde. Dort hilft sie, das Projekthaus der Gemeinde in Gang zu bringen, verbindet Mutter-Kind-Turnen für ethnische Minderheiten mit Angeboten für psychisch kranke Menschen und zeigt den anderen an den gemeinsamen Tagen, was Bewegung für Körper und Psyche bewirken kann.",
            },
            "Three placements to a permanent job": {
                "title": "Drei Praktika bis zur festen Stelle",
                "text": "Eine geschiedene Mutter von vier Kindern Ende dreissig, mit fünf Schuljahren und eingeschränkter Lungenkapazität, begann ihr erstes Praktikum in der Küche eines Pflegeheims. Sie besuchte einen Hygienekurs, erhöhte schrittweise ihre Stunden und übernahm Reinigungsaufgaben, schrieb eine Bewerbung und einen Lebenslauf und erhielt einen Kompetenznachweis. Auf ein zweites Praktikum im Abwasch folgte eine befristete Stelle mit 25 Stunden im Rathaus; im dritten Praktikum wurde sie das «Mädchen für alles» einer IT-Firma. Danach wurde sie mit Lohnzuschuss angestellt, ergänzt durch Dänisch- und Computerunterricht, und am 1. Mai 2009 fest eingestellt. Am wichtigsten war ihr die Gewissheit, nun eine feste Stelle statt Sozialhilfe zu haben.",
            },
        },
        "indicators": {
            "Citizens who took part": {
                "label": "Teilnehmende Bürgerinnen und Bürger",
                "unit": "Bürgerinnen und Bürger",
                "population": "Gruppen 1-6",
            },
            "Into jobs": _result("In Arbeit"),
            "Into wage-subsidy jobs": _result("In eine Stelle mit Lohnzuschuss"),
            "Into a flexjob": _result("In einen Flexjob"),
            "Into education": _result("In Ausbildung"),
            "To other support": _result("Zu anderen Leistungen"),
            "Referred for early-retirement assessment": _result(
                "Zur Abklärung einer Frührente weitergeleitet"
            ),
        },
        "contact": "Herlev Kommune, Jobcenter",
    },
    "mia-multi-agency-team": {
        "title": "Nach MIA: ein behördenübergreifendes Team und ein Vorschlag, was bleiben soll",
        "summary": "Södertälje hat während des MIA-Projekts ein behördenübergreifendes Team gestartet; für die Zeit nach MIA würde ein gemeinsam vereinbarter Vorschlag Teile von MIA für eine kleinere Zielgruppe weiterführen, oft geflüchtete Frauen ohne Zugang zum Arbeitsmarkt.",
        "period_note": "Die Quelle ist undatiert: Sie sagt, das behördenübergreifende Team habe «letztes Jahr» begonnen und die Vorschläge seien «im letzten Herbst» erarbeitet worden.",
        "organisations": {
            "Samordningsförbundet Södertälje": "Die Geschäftsführung des Verbands erarbeitete die drei Vorschläge mit der Projektleitung; im vereinbarten Vorschlag würde der Verband ergänzende Leistungen finanzieren.",
            "Södertälje kommun, Arbete och försörjning": "Sein neues Rehabilitationsteam ist das, worauf der vereinbarte Vorschlag aufbaut.",
        },
        "problem": "<p>In Södertälje ist eine grosse Gruppe von Menschen nicht eingebunden, oft Geflüchtete, die nie Fuss gefasst haben. Viele sind Frauen, die keinen Zugang zum Arbeitsmarkt finden und bei ihrer Ankunft in Schweden nicht die Hilfe und Unterstützung erhielten, die sie gebraucht hätten. Dieselbe Gruppe taucht in einem Projekt nach dem anderen auf.</p>",
        "approach": "<p>In Södertälje zielte das MIA-Projekt von Anfang an auf die Umsetzung, was den Organisationen half, sich unterwegs zu verändern: Die Gemeinde hat sich so angepasst, dass sie der Zielgruppe begegnen kann, und ein behördenübergreifendes Team (MGT) startete im Jahr, bevor die Quelle geschrieben wurde. Das Projekt führte Arbeitsweisen ein, die die Fähigkeiten der Menschen nutzen, ob ihre Abwesenheit vom Arbeitsmarkt mit Krankheit, Sprache, Behinderung oder psychischen Belastungen zu tun hat; in MIA konnten verschiedene Wege erprobt werden, die richtige Unterstützung zu geben, und nun lassen sich die besten Teile auswählen.</p><p>Nach Workshops und langen Diskussionen erarbeiteten die Projektleitung eines Teilprojekts und die Geschäftsführung des Koordinationsverbands drei Vorschläge, die alle auf dem Wunsch nach einem Ort der Koordination und Zusammenarbeit beruhten, und legten die Vor- und Nachteile jedes Vorschlags dar. Die Quelle beschreibt nur die gewählte Variante: das neue Rehabilitationsteam von Arbete och försörjning der Gemeinde, ergänzt durch Leistungen, die der Koordinationsverband finanziert. Vorerst ist dies ein Vorschlag, auf den man sich geeinigt hat; er würde bedeuten, Teile von MIA umzusetzen, zugeschnitten auf eine kleinere Zielgruppe.</p><p>Södertälje entschied sich, mit dem Boston-Ansatz zu arbeiten, der nicht verpflichtend ist und sich dem Bedarf der Teilnehmenden anpasst, damit alle dieselbe Unterstützung erhalten. Die Projektleitung betont, dass er nicht die einzige Methode ist, die funktioniert.</p>",
        "success_factors": "<ul><li>Von Anfang an auf die Umsetzung zielen.</li><li>Die Stärken der Menschen sehen und ihrer eigenen Version zuhören, was das richtige Personal braucht; gutes Personal wird als Teil des Erfolgs von Södertälje genannt.</li><li>Eine Struktur, damit alle dieselbe Unterstützung erhalten.</li></ul>",
        "challenges": "<p>Was die Mitglieder wollten, änderte sich im Lauf der Zeit, und zeitweise zog ein Partner in eine Richtung, die den anderen nicht passte; es brauchte im letzten Herbst eine bewusste Arbeitsrunde, um sich zu einigen, was umgesetzt werden soll.</p>",
        "transferability": "<p>Wo es einen Koordinationsverband oder eine ähnliche gemeinsame Finanzierung gibt, könnten Behörden erwägen, ein gemeinsames Team um eine bestehende kommunale Einheit aufzubauen und es auf die Gruppe zuzuschneiden, die es am meisten braucht.</p>",
    },
    # German is the source language of the Glarus case; only the award, which the data
    # file names in English, needs a German label.
    "cm-t-continuous-monitoring": {
        "awards": {
            "Prix sozialinfo.ch 2020 (digitalisation in social work)": {
                "name": "Prix sozialinfo.ch 2020 (Digitalisierung im Sozialwesen)",
                "rank": "2. Platz",
            }
        },
    },
    "servizi-in-rete": {
        "title": "Servizi in rete: ein gemeinsames Modell der Provinz für die Arbeitsintegration von Menschen mit Behinderung",
        "summary": "Eine Systemaktion des Piano LIFT, mit der sich die akkreditierten Anbieter von Monza e Brianza vornahmen, in einem partizipativen Labor ein gemeinsames Modell der Fallführung für die Arbeitsintegration von Menschen mit Behinderung festzulegen und es Fachpersonen und Anspruchsgruppen vorzustellen.",
        "period_note": "Die auf der Projektseite aufgeführten Laborberichte reichen vom 9. September 2015 bis zum 17. Februar 2016.",
        "organisations": {
            "Accredited agencies of the Servizi in rete system action": "Haben die Systemaktion eingereicht; ihre Fachpersonen entwickeln das Modell im Labor.",
            "Provincial coordination of the LIFT system actions": "Die Projektseite schlägt darin eigene Treffen zu dieser Aktion mit dem federführenden Partner und der moderierenden Beratung vor, um sie zu begleiten.",
            "Type-B social cooperatives and consortia": "Anspruchsgruppen, denen das Modell vorgestellt werden soll.",
            "Associations of persons with disabilities": "Anspruchsgruppen, denen das Modell vorgestellt werden soll.",
        },
        "problem": "<p>In der Provinz bieten mehrere akkreditierte Anbieter Arbeitsvermittlung für Menschen mit Behinderung an. Die Systemaktion (AdS) nahm sich vor, ein Modell der Steuerung von Arbeitseinsätzen festzulegen, das alle gemeinsam tragen.</p>",
        "approach": "<p>Die Systemaktion will ein Modell der Steuerung von Arbeitseinsätzen festlegen, das die akkreditierten Anbieter gemeinsam tragen; es den Fachpersonen der Integrationspolitik und anderen lokalen Akteuren (Verbänden, Organisationen des Dritten Sektors, Sozialgenossenschaften vom Typ B und ihren Konsortien) vorstellen und mit ihnen teilen; und einen gemeinsamen Weg mit anderen Systemaktionen gehen, die Einsätze in Unternehmen oder Genossenschaften vom Typ B modellieren und die Materialien über ein Portal verbreiten.</p><p>Sie hat drei Stränge. Das Rückgrat ist ein Bildungs- und Beratungslabor, in dem die Fachpersonen der Anbieter, die die Aktion eingereicht haben, das gemeinsame Modell der Fallführung in partizipativer Planung festlegen; das Labor baut auf den Erfahrungen der Teilnehmenden auf. Danach ist ein Präsentationstreffen geplant, um das Modell den Fachpersonen aller akkreditierten Anbieter und den Anspruchsgruppen bekannt zu machen, auch jenen, die nicht im Labor waren. Schliesslich, früh im Labor, zwei Treffen an einem Tag mit Provinzen, die den Prozess modelliert haben: Como, das seit 2012 die Fallführung modelliert und die kritischen Schnittstellen zwischen akkreditierten Anbietern und Sozial- und Fachdiensten bestimmt hat, und Mantua, das seit 2013 die Steuerung seines Netzwerks modelliert. Diese Treffen stehen sowohl den Fachpersonen der Anbieter offen, die die Aktion eingereicht haben, als auch jenen der akkreditierten Anbieter, und dienen dazu, zu beurteilen, was übertragbar ist.</p><p>Erwartete Ergebnisse: eine Beschreibung des Monzeser Modells der Fallführung für die Arbeitsintegration von Menschen mit Behinderung; Netzwerkarbeit, die die kritischen Schnittstellen und Arbeitsweisen für die Phasen Aufnahme und Arbeitsmarktfähigkeit bestimmt; eine Analyse guter Praxis andernorts mit Kurzberichten, die über ein Portal geteilt werden. In der Koordination der LIFT-Systemaktionen der Provinz würden eigene Treffen die allgemeine Anlage, den Fortschritt vor den Präsentationstreffen und eine erste Auswertung vor der zweiten Systemaktion teilen, sodass die Begleitung die beiden Systemaktionen verbindet. Die Projektseite bietet ein Präsentationsdokument von Servizi in rete zum Herunterladen an.</p>",
        "success_factors": "<p>Laut der Projektseite fördert die Labormethode die Beteiligung und den Austausch der Ansätze unter den Fachpersonen und erweist sich als wirksam, um Modelle zu entwerfen und unterschiedliche Ansätze und Konzepte zusammenzuführen, wobei Gegensätze und Abwehrhaltungen überwunden werden.</p>",
        "transferability": "<p>Eine Region, in der mehrere Anbieter dieselbe Zielgruppe betreuen, könnte ein solches Labor durchführen; es braucht eine moderierende Beratung, Zeit der Fachpersonen jedes Anbieters und ein Koordinationsgremium, das die Arbeit begleitet.</p>",
        "contact": "Netzwerk Servizi in rete",
    },
    "como-taking-in-charge": {
        "title": "Como: die Fallführung und ihre kritischen Schnittstellen modellieren",
        "summary": "Seit 2012 modelliert die Provinz Como, wie Menschen in Fallführung genommen werden, und bestimmt die kritischen Schnittstellen zwischen akkreditierten Anbietern und Sozial- und Fachdiensten.",
        "period_note": "Seit 2012, wie es die Projektseite von Servizi in rete (2015-2016) formuliert; die Quelle nennt kein Enddatum.",
        "organisations": {
            "Accredited agencies of the province of Como": "Die eine Seite der modellierten kritischen Schnittstellen.",
            "Social and specialist services of the province of Como": "Die andere Seite der modellierten kritischen Schnittstellen.",
        },
        "approach": "<p>Die Provinz modellierte, wie Menschen in Fallführung genommen werden, und bestimmte die kritischen Schnittstellen zwischen akkreditierten Anbietern und Sozial- und Fachdiensten. Die Systemaktion Servizi in rete von Monza e Brianza schlug Como als eine von zwei Provinzen vor, die früh im Labor getroffen werden sollten, um zu beurteilen, was übertragbar ist; die Projektseite führt einen Bericht über gute Praxis vom 3. Dezember 2015 auf, sagt aber nicht, wer präsentiert hat.</p>",
        "transferability": _SOURCE_ONLY,
        "contact": "Dienste für Arbeitsintegration der Provinz Como",
    },
    "mantova-network-governance": {
        "title": "Mantua: die Steuerung des Netzwerks für Arbeitsintegration modellieren",
        "summary": "Seit 2013 modelliert die Provinz Mantua die Steuerungsformen ihres Netzwerks.",
        "period_note": "Seit 2013, wie es die Projektseite von Servizi in rete (2015-2016) formuliert; die Quelle nennt kein Enddatum.",
        "organisations": {
            "Placement network of the province of Mantua": "Das Netzwerk, dessen Steuerung modelliert wurde.",
        },
        "approach": "<p>Die Provinz modellierte die Steuerungsformen ihres Netzwerks. Die Systemaktion Servizi in rete von Monza e Brianza schlug Mantua als eine von zwei Provinzen vor, die früh im Labor getroffen werden sollten, um zu beurteilen, was übertragbar ist; die Projektseite führt einen Bericht über gute Praxis vom 3. Dezember 2015 auf, sagt aber nicht, wer präsentiert hat.</p>",
        "transferability": _SOURCE_ONLY,
        "contact": "Netzwerk für Arbeitsintegration der Provinz Mantua",
    },
}
