"""Deutsch: Methodenkatalog, Zielgruppen, Regionen, Workshopreihe (aus dem Englischen übersetzt).

Schweizer Quellen: Schreibweise ohne ß (wie im Kanton üblich), Fachbegriffe der
Sozialhilfe (Fallführung, Potenzialabklärung, Intake, Normstrategie).
"""

METHODS = {
    "step-model": {
        "title": "Stufenmodell",
        "summary": "Der Weg in die Arbeit in kleinen, sichtbaren Schritten, die aufeinander aufbauen.",
        "what_it_is": "<p>Der Weg zurück in die Arbeit wird als Treppe angelegt: Jede Stufe ist ein konkretes, erreichbares Ziel (ein erstes Praktikum, mehr Stunden, eine neue Aufgabe), und die Person wie die Fallbearbeitenden sehen, wo sie stehen und was als Nächstes kommt.</p>",
        "when_to_use": "<p>Bei Menschen, die weit vom Arbeitsmarkt entfernt sind: Ein grosser Sprung würde scheitern, eine Folge kleiner Schritte hält die Motivation hoch.</p>",
        "steps": [
            "Das Endziel vereinbaren: eine Stelle oder eine Ausbildung.",
            "Es in Stufen zerlegen, die die Person in wenigen Wochen erreichen kann.",
            "Jede Stufe in Folgegesprächen überprüfen und die nächste festlegen.",
        ],
    },
    "joint-visitation": {
        "title": "Gemeinsame Fallaufnahme mit Fokus auf Arbeit",
        "summary": "Die Partner lernen jede neue teilnehmende Person gemeinsam kennen und schauen zuerst auf die Arbeitsmöglichkeiten.",
        "what_it_is": "<p>Statt dass jeder Partner die Person einzeln abklärt, führen die Gemeinde, das Partnerunternehmen und das Sprachzentrum eine gemeinsame Fallaufnahme durch, die sich darauf konzentriert, welche Arbeit die Person leisten könnte, einschliesslich einer Sprachstandserhebung.</p>",
        "when_to_use": "<p>Wenn mehrere Organisationen die Verantwortung für dieselbe Person teilen und einen gemeinsamen Ausgangspunkt brauchen.</p>",
    },
    "quick-placement": {
        "title": "Zwei Einführungstage und ein rasches Praktikum",
        "summary": "Zwei Einführungstage enden mit zwei Praktikumswünschen, und die Person beginnt bald darauf ein Praktikum.",
        "what_it_is": "<p>Nach der Fallaufnahme besuchen die Teilnehmenden zwei Einführungstage. Am zweiten Tag nennen sie zwei Praktika, die sie sich wünschen; wählen sie nicht, wählt das Team für sie. Ziel ist, rasch an einen echten Arbeitsplatz zu kommen, mit enger Begleitung.</p>",
        "when_to_use": "<p>Wenn schon das Warten ein Hindernis ist und der Arbeitsplatz der beste Lernort ist.</p>",
        "when_not_to_use": "<p>Nicht als Ersatz für gesundheitliche oder soziale Unterstützung, die die Person zuerst braucht; mit dieser Unterstützung kombinieren.</p>",
        "steps": [
            "Gemeinsame Fallaufnahme.",
            "Zwei Einführungstage.",
            "Zwei Praktikumswünsche am letzten Tag.",
            "Start im Praktikum, mit enger, praktischer Begleitung.",
        ],
    },
    "workplace-buddy": {
        "title": "Einarbeitung am Arbeitsplatz durch eine Kollegin oder einen Kollegen",
        "summary": "Eine Kollegin oder ein Kollege am Praktikumsplatz arbeitet die neue Person Seite an Seite ein.",
        "what_it_is": "<p>Eine erfahrene Mitarbeiterin oder ein erfahrener Mitarbeiter arbeitet neben der teilnehmenden Person und bringt ihr die Arbeit in der Praxis bei. Zusammen mit einem Netzwerk von Unternehmen gehört dies zu dem, was die Partner in Herlev als wirksam für die Partnerschaft nennen.</p>",
        "when_to_use": "<p>In Praktika, in denen man die Aufgaben am besten durch Tun lernt und das Unternehmen Arbeitszeit einer Kollegin oder eines Kollegen freistellen kann.</p>",
    },
    "common-days": {
        "title": "Gemeinsame Tage",
        "summary": "Regelmässige Gruppentage für alle Teilnehmenden: Erfahrungen austauschen, Netzwerke knüpfen, über Arbeit und Gesundheit sprechen.",
        "what_it_is": "<p>Die Teilnehmenden treffen sich regelmässig in der Gruppe, um Erfahrungen aus ihren Praktika auszutauschen, ein Netzwerk aufzubauen und Themen wie die Sicht auf die eigene Gesundheit, Bewegung und Geschlechterrollen zu besprechen. Die Rückmeldungen der anderen Teilnehmenden sind ein Antrieb; die Amtsärztin oder der Amtsarzt der Gemeinde kann teilnehmen.</p>",
        "when_to_use": "<p>Bei Gruppen in parallelen Praktika, in denen Gleichgestellte einander unterstützen und herausfordern können.</p>",
    },
    "gp-tripartite-talks": {
        "title": "Dreiergespräche mit der Hausärztin oder dem Hausarzt",
        "summary": "Ärztin oder Arzt, Projektleitung und die Person sprechen gemeinsam, damit bekannte Beschwerden ein Praktikum nicht verhindern.",
        "what_it_is": "<p>Die Hausärztinnen und Hausärzte werden brieflich informiert, dass die Projektleitung die Fallverantwortung trägt. Wird die Gesundheit als Hindernis genannt, treffen sich Ärztin oder Arzt, Projektleitung und die Person gemeinsam. Das Praktikum berücksichtigt die Grenzen der Person, findet aber statt.</p>",
        "when_to_use": "<p>Wenn nicht die Krankheit selbst, sondern das eigene Krankheitsverständnis die Person von der Arbeit fernhält.</p>",
        "when_not_to_use": "<p>Nicht, um ärztlichen Rat zu übergehen: Ziel ist eine gemeinsame, realistische Sicht, kein Druck.</p>",
    },
    "health-house": {
        "title": "Gesundheitshaus: Bewegung und Ernährung",
        "summary": "Zugang zu Bewegung und Ernährungsberatung, um den Zusammenhang zwischen Körper, Psyche und Arbeit zu stärken.",
        "what_it_is": "<p>Die Teilnehmenden nutzen das Gesundheitshaus der Gemeinde für Bewegung und Ernährungsberatung und verstehen besser, wie Körper und Psyche zusammenhängen.</p>",
    },
    "workplace-language-teaching": {
        "title": "Sprachunterricht am Arbeitsplatz",
        "summary": "Eine Sprachlehrperson unterrichtet am Praktikumsplatz, abgestimmt auf die Arbeit jeder einzelnen Person.",
        "what_it_is": "<p>Nach einer Sprachstandserhebung unterrichtet eine Lehrperson des Sprachzentrums die Teilnehmenden an ihrem Praktikumsplatz; die Inhalte werden individuell rund um die Wörter und Situationen der Arbeit geplant.</p>",
        "when_to_use": "<p>Wenn begrenzte Sprachkenntnisse Menschen bei der Arbeit bremsen und Kurse im Schulzimmer weit weg von ihren täglichen Aufgaben wirken.</p>",
    },
    "boston-approach": {
        "title": "Der Boston-Ansatz",
        "summary": "Eine freiwillige Arbeitsweise, die sich dem Bedarf jeder teilnehmenden Person anpasst, sodass alle dieselbe Unterstützung erhalten.",
        "what_it_is": "<p>Södertälje hat den Boston-Ansatz gewählt, weil er nicht verpflichtend ist und sich nach der teilnehmenden Person richtet. Er soll eine Struktur geben, damit alle dieselbe Unterstützung erhalten, angepasst an den Bedarf jeder teilnehmenden Person. Die Projektleitung betont, dass er nicht die einzige Methode ist, die funktioniert.</p>",
        "when_to_use": "<p>Wenn ein Dienst eine gemeinsame Struktur für alle Mitarbeitenden will, ohne die Teilnehmenden durch ein starres Programm zu schleusen.</p>",
    },
    "multi-agency-team": {
        "title": "Behördenübergreifendes Team",
        "summary": "Mitarbeitende mehrerer Behörden arbeiten als ein Team für eine Gruppe, die in einem Projekt nach dem anderen auftaucht.",
        "what_it_is": "<p>Behörden arbeiten in einem gemeinsamen Team für die Zielgruppe zusammen. In Södertälje startete während des MIA-Projekts ein behördenübergreifendes Team (MGT), und die Gemeinde passte sich so an, dass sie der Gruppe begegnen kann.</p>",
        "when_to_use": "<p>Für eine Gruppe, die in einem Projekt nach dem anderen wieder auftaucht.</p>",
    },
    "short-assessment": {
        "summary": "Eine kurze erste Abklärung im Intake, die die Wahl der Integrationsstrategie leitet.",
        "what_it_is": "<p>Teil des Intakes beim Sozialdienst, zusammen mit der Bedürftigkeitsklärung und der Subsidiaritätsprüfung. Das Ergebnis fliesst in die Segmentierung der Person in eine von vier Strategien ein.</p>",
    },
    "practical-assessment": {
        "summary": "Die Person in einem praktischen Umfeld beobachten, um ihr Arbeitspotenzial einzuschätzen.",
        "what_it_is": "<p>Eines der drei Instrumente der Potenzialabklärung: Die Fähigkeiten der Person werden in der Praxis eingeschätzt und nicht nur im Gespräch.</p>",
    },
    "in-depth-potential-assessment": {
        "summary": "Eine gründliche Abklärung für Menschen, deren Perspektiven unklar sind.",
        "what_it_is": "<p>Das dritte und ausführlichste Instrument der Potenzialabklärung, etwa bei Personen im Segment Orientieren, bei denen unklar ist, ob Arbeit oder Stabilisierung das realistische Ziel ist.</p>",
    },
    "segmentation-avos": {
        "summary": "Jede Person wird einem von vier Segmenten mit eigener Normstrategie zugeordnet; die Zuordnung wird mindestens alle sechs Monate überprüft.",
        "what_it_is": "<p>Im Intake entscheiden die Sozialarbeitenden, welche Integrationsstrategie passt: <strong>A</strong> (Ablösen: voraussichtlich innert sechs Monaten ohne viel Unterstützung von der Sozialhilfe abgelöst), <strong>V</strong> (Verändern: die Integration in den Arbeitsmarkt ist mit gezielten Massnahmen erreichbar), <strong>O</strong> (Orientieren: unklar, ob Arbeit oder Stabilisierung das Ziel ist; zuerst eine vertiefte Abklärung), <strong>S</strong> (Stabilisieren: mittelfristig keine realistische Chance auf Arbeit; Schwerpunkt soziale Integration). Das Segment wird mindestens alle sechs Monate neu beurteilt.</p>",
        "when_to_use": "<p>In Sozialdiensten, die die Intensität der Unterstützung auf die Perspektiven jeder Person abstimmen müssen.</p>",
        "steps": [
            "Intake mit Kurzassessment.",
            "Zuordnung zu einem Segment und seiner Normstrategie.",
            "Überprüfung des Segments mindestens alle sechs Monate.",
        ],
    },
    "continuous-case-management": {
        "summary": "Eine fallführende Stelle begleitet die Person vom Intake, bis sich die Integration als nachhaltig erwiesen hat.",
        "what_it_is": "<p>Ein übergeordneter Prozess: Er beginnt mit dem Intake in der Sozialhilfe (oder wenn ein erhöhter Integrationsbedarf festgestellt wird) und endet, wenn die Integration nachhaltig ist, rund sechs Monate nach Erreichen der Integrationsziele. Gestützt auf die Potenzialabklärung legt die fallführende Stelle die individuellen Massnahmen in einem Integrationsplan fest.</p>",
    },
    "six-month-follow-up": {
        "summary": "Wer dank Arbeit von der Sozialhilfe abgelöst ist, wird vom Sozialdienst noch sechs Monate begleitet.",
        "what_it_is": "<p>Die Integration endet nicht mit dem ersten Lohn: Der Sozialdienst unterstützt die Person weiter, während sechs Monaten nach ihrer Integration in den Arbeitsmarkt und der Ablösung von der Sozialhilfe.</p>",
    },
    "continuous-monitoring-forms": {
        "summary": "Die Programme melden zu jeder Person über auf den Einsatz zugeschnittene Bögen zurück; so entsteht eine Zeitreihe ihrer Entwicklung.",
        "what_it_is": "<p>Bildungsangebote, Testeinsätze, Praktika, Asylbetreuung, Integrationsvorlehren und Beschäftigungsprogramme füllen vordefinierte, auf den jeweiligen Einsatz zugeschnittene Bewertungsbögen aus, per Computer oder Handy. Die chronologische Erfassung zeigt, wie sich die Kompetenzen entwickeln, und fliesst in den Integrationsplan ein.</p>",
        "when_to_use": "<p>Wenn viele Programme mit denselben Menschen arbeiten und ihre Rückmeldungen sonst verstreut blieben.</p>",
    },
    "training-consultancy-laboratory": {
        "title": "Partizipatives Bildungs- und Beratungslabor",
        "summary": "Fachpersonen entwickeln in moderierten Sitzungen, die auf ihrer eigenen Erfahrung aufbauen, gemeinsam ein Modell.",
        "what_it_is": "<p>Eine Reihe moderierter Sitzungen, in denen Fachpersonen verschiedener Organisationen ein gemeinsames Modell entwerfen. Sie würdigt, was die Teilnehmenden in der Praxis gelernt haben, ermutigt sie, ihre Ansätze zu teilen, und hilft, unterschiedliche Konzepte zusammenzuführen und Abwehrhaltungen zu überwinden.</p>",
        "when_to_use": "<p>Wenn sich mehrere Organisationen auf eine Arbeitsweise einigen müssen und jede ihre eigenen Gewohnheiten mitbringt.</p>",
    },
    "good-practice-exchange": {
        "title": "Austausch guter Praxis zwischen Provinzen",
        "summary": "Treffen mit Provinzen, die ihre Prozesse bereits modelliert haben, um zu beurteilen, was übertragbar ist.",
        "what_it_is": "<p>Zu Beginn einer Modellierung stellen Vertreterinnen und Vertreter anderer Provinzen vor, wie sie ihre Prozesse modelliert haben, und die Teilnehmenden beurteilen, ob sich das übertragen lässt. Die Systemaktion Servizi in rete von Monza e Brianza schlug zwei solche Treffen vor, mit Como und Mantua.</p>",
    },
    "critical-passages-mapping": {
        "title": "Die kritischen Schnittstellen zwischen Diensten erfassen",
        "summary": "Herausfinden, wo die Verantwortung zwischen Anbietern und Sozial- und Fachdiensten wechselt, und für jede Übergabe ein Vorgehen vereinbaren.",
        "what_it_is": "<p>Die Fallaufnahme einer Person wird Schritt für Schritt verfolgt, um die Stellen zu finden, an denen ein Dienst an einen anderen übergibt, damit jede dieser Stellen ein vereinbartes Vorgehen erhält.</p>",
    },
    "network-governance-model": {
        "title": "Modell der Netzwerksteuerung",
        "summary": "Vereinbaren, wie ein Netzwerk von Diensten gesteuert wird: Rollen, Entscheidungen und Koordination.",
        "what_it_is": "<p>Die Partner eines Netzwerks für Arbeitsintegration legen offen, wie das Netzwerk gesteuert wird, damit die Zusammenarbeit nicht vom guten Willen Einzelner abhängt.</p>",
    },
}

TARGET_GROUPS = {
    "persons-with-disabilities": {
        "description": "Menschen, denen eine Behinderung den Einstieg in eine Stelle oder deren Erhalt ohne Unterstützung erschwert."
    },
    "refugees-provisionally-admitted": {
        "description": "Menschen aus dem Asyl- und Flüchtlingsbereich, einschliesslich vorläufig aufgenommener Personen."
    },
    "social-assistance-recipients": {
        "description": "Menschen, die auf bedarfsabhängige Sozialhilfe angewiesen sind, oft über lange Zeit."
    },
    "ethnic-minority-unemployed": {
        "description": "Bezügerinnen und Bezüger von Geldleistungen mit Migrationshintergrund, die weit vom Arbeitsmarkt entfernt sind."
    },
    "migrant-women": {
        "description": "Frauen, oft Geflüchtete, die nach ihrer Ankunft nie in der Arbeitswelt Fuss gefasst haben."
    },
    "mental-ill-health": {
        "description": "Menschen, deren psychische Gesundheit ein Hindernis für die Arbeit ist."
    },
}

TERRITORIES = {
    "monza-brianza": {
        "region": "Lombardei",
        "location": "Provinz nördlich von Mailand, Lombardei",
        "summary": "Ein Netzwerk akkreditierter Anbieter in der Provinz, das ein gemeinsames Modell für die Arbeitsintegration von Menschen mit Behinderung aufbaut.",
        "profile": "<p>In der Provinz Monza e Brianza nahmen sich die akkreditierten Anbieter, die Arbeitsvermittlung für Menschen mit Behinderung leisten, in der Systemaktion <em>Servizi in rete</em> des Piano LIFT vor, eine gemeinsame Art der Steuerung von Arbeitseinsätzen festzulegen und sie Verbänden, Sozialgenossenschaften vom Typ B und ihren Konsortien vorzustellen.</p>",
        "contact_name": "Netzwerk Servizi in rete, Koordination der LIFT-Systemaktionen in der Provinz",
    },
    "como": {
        "region": "Lombardei",
        "location": "Provinz am Comer See, Lombardei",
        "summary": "Eine Provinz, die seit 2012 modelliert, wie Menschen zwischen akkreditierten Anbietern und Sozial- und Fachdiensten in Fallführung genommen werden.",
        "profile": "<p>Ab 2012 modellierte die Provinz Como, wie Menschen für die Arbeitsintegration in Fallführung genommen werden, und erfasste die kritischen Schnittstellen zwischen akkreditierten Anbietern und Sozial- und Fachdiensten.</p>",
    },
    "mantova": {
        "region": "Lombardei",
        "location": "Provinz im Südosten der Lombardei",
        "summary": "Eine Provinz, die seit 2013 die Steuerungsformen ihres Netzwerks für Arbeitsintegration modelliert.",
        "profile": "<p>Laut der Projektseite von Servizi in rete modelliert die Provinz Mantua seit 2013 die Steuerungsformen ihres Netzwerks.</p>",
    },
    "herlev": {
        "region": "Region Hauptstadt (Dänemark)",
        "location": "Gemeinde nordwestlich von Kopenhagen",
        "summary": "Eine Gemeinde, die mit einem Privatunternehmen und einem Sprachzentrum eine interdisziplinäre Integrationspartnerschaft betrieb.",
        "profile": "<p>Die Gemeinde Herlev tat sich mit dem Jobentwicklungszentrum eines Privatunternehmens und einem Sprachzentrum zusammen, um Bezügerinnen und Bezüger von Sozialhilfe anderer ethnischer Herkunft in Arbeit oder Ausbildung zu bringen.</p>",
        "contact_name": "Herlev Kommune, Jobcenter",
    },
    "sodertalje": {
        "region": "Provinz Stockholm",
        "location": "Gemeinde südwestlich von Stockholm",
        "summary": "Eine Gemeinde, die das im MIA-Projekt Erprobte zu dauerhafter behördenübergreifender Unterstützung macht.",
        "profile": "<p>In Södertälje steht eine grosse Gruppe von Einwohnerinnen und Einwohnern ausserhalb des Arbeitslebens, oft Geflüchtete, die nie Fuss gefasst haben. Mit dem MIA-Projekt und dem örtlichen Koordinationsverband haben die Gemeinde und ihre Partner ihre Arbeit mit dieser Gruppe verändert.</p>",
    },
    "glarus": {"region": "Kanton Glarus", "location": "Alpenkanton in der Ostschweiz"},
    "solothurn": {
        "region": "Kanton Solothurn",
        "location": "Kanton in der Nordwestschweiz",
    },
}

SERIES = {
    "servizi-in-rete-laboratory": {
        "title": "Servizi in rete: Beratungslabor",
        "summary": "Das Beratungslabor der Systemaktion Servizi in rete, eingerichtet, um ein Modell für die Arbeitsintegration von Menschen mit Behinderung zu bestimmen, das die akkreditierten Stellen in Monza e Brianza gemeinsam tragen; die Berichte seiner Sitzungen reichen von September 2015 bis Februar 2016.",
        "facilitator": "Moderierende Beratung der Systemaktion",
        "objectives": "<ul><li>Ein Modell für die Steuerung von Arbeitsplatzierungen bestimmen, das die akkreditierten Stellen, die Arbeitsvermittlung für Menschen mit Behinderung anbieten, gemeinsam tragen.</li><li>Es den Fachpersonen und anderen lokalen Akteuren vorstellen und mit ihnen teilen: Verbänden, Organisationen des Dritten Sektors, Sozialgenossenschaften Typ B und Konsortien.</li><li>Es mit den anderen Systemaktionen verknüpfen: zu Platzierungen in Unternehmen und Genossenschaften und zur Verbreitung der Materialien über ein Portal.</li></ul>",
        "expected_results": "<ul><li>Eine Beschreibung des Monzeser Modells der Fallaufnahme.</li><li>Netzwerkarbeit, die kritische Schnittstellen und Arbeitsweisen für die Phasen Aufnahme und Arbeitsmarktfähigkeit bestimmt.</li><li>Kurzberichte über gute Praxis anderer Provinzen, die über ein Portal verbreitet werden sollen.</li></ul>",
        "activities": "<p>Drei Aktionen: das Modell im Labor entwickeln; es Fachpersonen und Anspruchsgruppen vorstellen und mit ihnen teilen; gute Praxis anderer Provinzen analysieren.</p>",
        "methodology": "<p>Ein partizipatives Beratungslabor, das auf dem aufbaut, was die Teilnehmenden in der Praxis gelernt haben, den Austausch der Ansätze fördert und hilft, Gegensätze und Abwehrhaltungen zu überwinden.</p>",
    }
}

_LAB = {
    "action": "Aktion 1: Entwicklung des Modells (Beratungslabor)",
    "purpose": "<p>Das Labor ist das Rückgrat der Systemaktion. Darin arbeiten Fachpersonen der Stellen, die die Aktion eingereicht haben, auf ein Modell der Fallaufnahme von Menschen mit Behinderung in den Diensten der Arbeitsintegration hin: gemeinsam entworfen und getragen von denen, die in der Region solche Dienste führen. Das Modell soll danach den Fachpersonen der akkreditierten Stellen und den Anspruchsgruppen vorgestellt werden.</p>",
    "method": "<p>Ein Beratungslabor: Es geht von dem aus, was die Teilnehmenden in ihrer eigenen Arbeit gelernt haben, ermutigt sie, sich zu beteiligen und ihre Ansätze auszutauschen, und hilft, unterschiedliche Ansätze und Bezugsrahmen zusammenzuführen, über Gegensätze und Abwehrhaltungen hinweg.</p>",
}

REPORTS = {
    "laboratory-2015-09-09": {
        **_LAB,
        "title": "Laborsitzung, 9. September 2015",
        "summary": "Der erste Bericht des Labors, den die Quelle aufführt: die Sitzung vom 9. September 2015 (Aktion 1, Entwicklung des gemeinsamen Platzierungsmodells).",
    },
    "laboratory-2015-10-06": {
        **_LAB,
        "title": "Laborsitzung, 6. Oktober 2015",
        "summary": "Der zweite Laborbericht, den die Quelle aufführt, von der Sitzung vom 6. Oktober 2015 (Aktion 1).",
    },
    "laboratory-2015-11-10": {
        **_LAB,
        "title": "Laborsitzung, 10. November 2015",
        "summary": "Die Laborsitzung vom 10. November 2015; ihr Bericht ist der letzte der drei Laborberichte von 2015 (Aktion 1).",
    },
    "good-practices-2015-12-03": {
        "action": "Aktion 3: Analyse guter Praxis",
        "title": "Analyse guter Praxis, 3. Dezember 2015",
        "summary": "Bericht des Strangs zu guter Praxis (Aktion 3), datiert auf den 3. Dezember 2015. Die Planung schlug Treffen mit Provinzen vor, die die Fallaufnahme von Menschen mit Behinderung bereits modelliert hatten, und nannte Como und Mantua; die Quelle sagt nicht, wer teilnahm.",
        "purpose": "<p>Gute Praxis aus der Region vorstellen und beurteilen, ob sie sich auf Monza e Brianza übertragen lässt. Die Planung sah zwei Treffen an einem Tag vor, früh im Labor, mit Vertreterinnen und Vertretern von Provinzen, die den Prozess der Fallaufnahme von Menschen mit Behinderung modelliert hatten. Sie schlug die Provinz Como vor, die seit 2012 modelliert hatte, wie Nutzerinnen und Nutzer aufgenommen werden, und die kritischen Schnittstellen zwischen akkreditierten Stellen und Sozial- und Fachdiensten bestimmt hatte, sowie die Provinz Mantua, die seit 2013 die Steuerung ihres Netzwerks modelliert hatte.</p>",
        "method": "<p>Offene Treffen für die Fachpersonen der Stellen, die die Systemaktion eingereicht haben, und für jene der akkreditierten Stellen.</p>",
    },
    "laboratory-2016-01-13": {
        **_LAB,
        "title": "Laborsitzung, 13. Januar 2016",
        "summary": "Laborsitzung vom 13. Januar 2016, die erste des neuen Jahres, abgelegt als Bericht 4 des Labors der ersten Systemaktion (Aktion 1).",
    },
    "laboratory-2016-02-17": {
        **_LAB,
        "title": "Laborsitzung, 17. Februar 2016",
        "summary": "Laborsitzung vom 17. Februar 2016, abgelegt als Bericht 5: die letzte datierte Sitzung des Labors (Aktion 1).",
    },
    "final-workshop": {
        "action": "Abschluss der Systemaktion",
        "title": "Abschlussworkshop der Systemaktion",
        "summary": "Der Abschlussworkshop der Systemaktion Servizi in rete. Die Quelle führt seinen Bericht auf, nennt aber weder Datum noch Inhalt.",
    },
}
