"""Svenska: metodkatalog, målgrupper, områden och workshopserie (översatt från engelska)."""

METHODS = {
    "step-model": {
        "title": "Trappstegsmodell",
        "summary": "Vägen mot arbete i små, synliga steg där varje steg bygger på det förra.",
        "what_it_is": "<p>Vägen tillbaka till arbete läggs upp som en trappa: varje steg är ett konkret mål som går att nå (en första praktik, fler timmar, en ny arbetsuppgift), och deltagaren och handläggaren ser var de står och vad som kommer härnäst.</p>",
        "when_to_use": "<p>Med personer långt från arbetsmarknaden, där ett enda stort kliv skulle misslyckas men en rad små steg håller motivationen uppe.</p>",
        "steps": [
            "Kom överens om slutmålet: ett arbete eller en utbildning.",
            "Dela upp det i steg som personen kan nå på några veckor.",
            "Gå igenom varje steg vid uppföljningsmötena och bestäm nästa.",
        ],
    },
    "joint-visitation": {
        "title": "Gemensam inskrivning med fokus på arbete",
        "summary": "Parterna träffar varje ny deltagare tillsammans och ser först på möjligheterna till arbete.",
        "what_it_is": "<p>I stället för att varje part bedömer personen var för sig håller kommunen, företagspartnern och språkcentret en gemensam inskrivning med fokus på vilket arbete personen skulle kunna utföra, inklusive en språkbedömning.</p>",
        "when_to_use": "<p>När flera organisationer delar ansvaret för samma person och behöver en gemensam utgångspunkt.</p>",
    },
    "quick-placement": {
        "title": "Två introduktionsdagar och snabb praktik",
        "summary": "Två introduktionsdagar avslutas med två praktikönskemål, och strax därefter börjar personen på en praktikplats.",
        "what_it_is": "<p>Efter inskrivningen deltar deltagarna i två introduktionsdagar. Den andra dagen anger de två praktikplatser de vill ha; väljer de inte, väljer teamet åt dem. Målet är att snabbt komma ut på en riktig arbetsplats, med nära uppföljning.</p>",
        "when_to_use": "<p>När väntan i sig är ett hinder och arbetsplatsen är det bästa stället att lära sig på.</p>",
        "when_not_to_use": "<p>Inte som ersättning för det stöd i hälsa eller sociala frågor som personen behöver först; kombinera med det stödet.</p>",
        "steps": [
            "Gemensam inskrivning.",
            "Två introduktionsdagar.",
            "Två praktikönskemål den sista dagen.",
            "Start på praktikplatsen, med nära och konkret uppföljning.",
        ],
    },
    "workplace-buddy": {
        "title": "Handledare på arbetsplatsen",
        "summary": "En kollega på praktikplatsen lär upp den nya sida vid sida.",
        "what_it_is": "<p>En erfaren medarbetare arbetar bredvid deltagaren och lär ut arbetet i praktiken. Tillsammans med ett nätverk av företag är det en av de saker som parterna i Herlev lyfter fram som verksamma för partnerskapet.</p>",
        "when_to_use": "<p>På praktikplatser där arbetsuppgifterna bäst lärs genom att göra dem och där företaget kan frigöra tid för en kollega.</p>",
    },
    "common-days": {
        "title": "Gemensamma dagar",
        "summary": "Återkommande gruppdagar för alla deltagare: erfarenhetsutbyte, nätverk och samtal om arbete och hälsa.",
        "what_it_is": "<p>Deltagarna träffas regelbundet i gruppen för att utbyta erfarenheter från sina praktikplatser, bygga ett nätverk och samtala om teman som synen på den egna hälsan, motion och könsroller. Återkopplingen från de andra deltagarna är en drivkraft; kommunläkaren kan delta.</p>",
        "when_to_use": "<p>Med grupper som gör praktik samtidigt, där deltagarna kan stötta och utmana varandra.</p>",
    },
    "gp-tripartite-talks": {
        "title": "Trepartssamtal med husläkaren",
        "summary": "Läkaren, projektledaren och personen samtalar tillsammans så att kända besvär inte stoppar en praktik.",
        "what_it_is": "<p>Husläkarna informeras per brev om att projektledaren har myndighetsansvaret för ärendet. När hälsan tas upp som ett hinder träffas läkare, projektledare och personen tillsammans. Praktiken tar hänsyn till personens begränsningar, men den blir av.</p>",
        "when_to_use": "<p>När det är personens egen sjukdomsuppfattning snarare än sjukdomen i sig som håller hen borta från arbete.</p>",
        "when_not_to_use": "<p>Inte för att köra över medicinska råd: målet är en gemensam, realistisk bild, inte press.</p>",
    },
    "health-house": {
        "title": "Hälsohuset: motion och kost",
        "summary": "Tillgång till motion och kostråd för att stärka sambandet mellan kropp, psyke och arbete.",
        "what_it_is": "<p>Deltagarna använder kommunens hälsohus för motion och kostråd och får en bättre förståelse för hur kropp och psyke hänger ihop.</p>",
    },
    "workplace-language-teaching": {
        "title": "Språkundervisning på arbetsplatsen",
        "summary": "En språklärare undervisar på praktikplatsen, utifrån varje persons arbete.",
        "what_it_is": "<p>Efter en språkbedömning undervisar en lärare från språkcentret deltagarna på deras praktikplats, med innehåll som planeras individuellt utifrån arbetets ord och situationer.</p>",
        "when_to_use": "<p>När begränsade språkkunskaper håller tillbaka människor i arbetet och undervisning i klassrum känns långt från de dagliga uppgifterna.</p>",
    },
    "multi-agency-team": {
        "summary": "Personal från flera myndigheter arbetar som ett team för en grupp som dyker upp i projekt efter projekt.",
        "what_it_is": "<p>Myndigheterna arbetar tillsammans i ett gemensamt team för målgruppen. I Södertälje startade ett myndighetsgemensamt team (MGT) under MIA-projektet, och kommunen anpassade sig så att den kan möta gruppen.</p>",
        "when_to_use": "<p>För en grupp som dyker upp i projekt efter projekt.</p>",
    },
    "boston-approach": {
        "summary": "Ett frivilligt arbetssätt som anpassas efter varje deltagares behov, så att alla får samma stöd.",
        "what_it_is": "<p>Södertälje valde Bostonmetoden eftersom den inte är tvingande och följer deltagaren. Den ska ge en struktur så att alla får samma stöd, anpassat efter vad varje deltagare behöver. Projektledaren betonar att den inte är den enda metoden som fungerar.</p>",
        "when_to_use": "<p>När en verksamhet vill ha en gemensam struktur för all personal utan att tvinga deltagarna genom ett fast program.</p>",
    },
    "short-assessment": {
        "title": "Kort kartläggning",
        "summary": "En kort första kartläggning vid inskrivningen som ligger till grund för valet av integrationsstrategi.",
        "what_it_is": "<p>Ingår i inskrivningen hos socialtjänsten, tillsammans med prövningen av behovet och av andra former av försörjning. Resultatet ligger till grund för segmenteringen av personen i en av fyra strategier.</p>",
    },
    "practical-assessment": {
        "title": "Praktisk kartläggning",
        "summary": "Personen observeras i en praktisk miljö för att bedöma hens förutsättningar för arbete.",
        "what_it_is": "<p>Ett av potentialbedömningens tre verktyg: personens förmågor bedöms i praktiken och inte bara i samtal.</p>",
    },
    "in-depth-potential-assessment": {
        "title": "Fördjupad kompetenskartläggning",
        "summary": "En grundlig kartläggning för personer vars möjligheter är oklara.",
        "what_it_is": "<p>Potentialbedömningens tredje och mest detaljerade verktyg, som används till exempel för personer i orienteringssegmentet, där det är oklart om arbete eller stabilisering är det realistiska målet.</p>",
    },
    "segmentation-avos": {
        "title": "Segmentering A/V/O/S",
        "summary": "Varje person placeras i ett av fyra segment med en egen standardstrategi, som omprövas minst var sjätte månad.",
        "what_it_is": "<p>Vid inskrivningen avgör socialsekreterarna vilken integrationsstrategi som passar: <strong>A</strong> (lösgöra: lämnar troligen försörjningsstödet inom sex månader utan mycket stöd), <strong>V</strong> (förändra: integration i arbete kan nås med riktade insatser), <strong>O</strong> (orientera: oklart om arbete eller stabilisering är målet; först en fördjupad kartläggning), <strong>S</strong> (stabilisera: ingen realistisk chans till arbete på medellång sikt; fokus på social integration). Segmentet omprövas minst var sjätte månad.</p>",
        "when_to_use": "<p>I socialtjänster som behöver anpassa stödets intensitet efter varje persons möjligheter.</p>",
        "steps": [
            "Inskrivning med kort kartläggning.",
            "Tilldela ett segment och dess standardstrategi.",
            "Ompröva segmentet minst var sjätte månad.",
        ],
    },
    "continuous-case-management": {
        "title": "Sammanhållen ärendehantering",
        "summary": "En ärendeansvarig verksamhet följer personen från inskrivningen tills integrationen har visat sig hållbar.",
        "what_it_is": "<p>En övergripande process: den börjar med inskrivningen i försörjningsstödet (eller när ett ökat integrationsbehov har fastställts) och slutar när integrationen är hållbar, ungefär sex månader efter att integrationsmålen har nåtts. Utifrån potentialbedömningen fastställer den ärendeansvariga verksamheten de individuella insatserna i en integrationsplan.</p>",
    },
    "six-month-follow-up": {
        "title": "Sex månaders uppföljning efter integration",
        "summary": "Personer som har lämnat försörjningsstödet för ett arbete får fortsatt stöd från socialtjänsten i sex månader.",
        "what_it_is": "<p>Integrationen avslutas inte vid första lönen: socialtjänsten fortsätter att stödja personen i sex månader efter att hen har kommit i arbete och lämnat försörjningsstödet.</p>",
    },
    "continuous-monitoring-forms": {
        "title": "Kontinuerlig uppföljning med fördefinierade bedömningsformulär",
        "summary": "Insatserna rapporterar om varje person i formulär anpassade efter uppdraget, så att en tidslinje över utvecklingen växer fram.",
        "what_it_is": "<p>Utbildningar, provanställningar, praktikplatser, asylstöd, förberedande lärlingsutbildningar och sysselsättningsprogram fyller i fördefinierade formulär, anpassade efter varje uppdrag, från en dator eller en mobil. Den kronologiska dokumentationen visar hur kompetenserna utvecklas och ligger till grund för integrationsplanen.</p>",
        "when_to_use": "<p>När många insatser arbetar med samma personer och deras återkoppling annars skulle förbli utspridd.</p>",
    },
    "training-consultancy-laboratory": {
        "title": "Deltagande utvecklingsverkstad med utbildning och rådgivning",
        "summary": "Yrkesverksamma utformar tillsammans en gemensam modell i ledda träffar som bygger på deras egen erfarenhet.",
        "what_it_is": "<p>En serie ledda träffar där personal från olika organisationer utformar en gemensam modell. Verkstaden tar tillvara det deltagarna har lärt sig i praktiken, uppmuntrar dem att dela arbetssätt och hjälper till att förena olika begrepp och övervinna försvarsinställningar.</p>",
        "when_to_use": "<p>När flera organisationer måste enas om ett arbetssätt och var och en har med sig sina egna vanor.</p>",
    },
    "good-practice-exchange": {
        "title": "Utbyte av goda exempel mellan provinser",
        "summary": "Möten med provinser som redan har modellerat sina processer, för att bedöma vad som går att överföra.",
        "what_it_is": "<p>Tidigt i ett modelleringsarbete berättar företrädare för andra provinser hur de har modellerat sina processer, och deltagarna bedömer om det går att överföra. Systeminsatsen Servizi in rete i Monza e Brianza föreslog två sådana möten, med Como och Mantua.</p>",
    },
    "critical-passages-mapping": {
        "title": "Kartläggning av de kritiska övergångarna mellan verksamheter",
        "summary": "Att hitta var ansvaret byter händer mellan ackrediterade aktörer och sociala och specialiserade verksamheter, och komma överens om hur varje överlämning ska gå till.",
        "what_it_is": "<p>En persons väg genom verksamheterna följs steg för steg för att hitta de punkter där en verksamhet lämnar över till en annan, så att varje punkt får ett överenskommet arbetssätt.</p>",
    },
    "network-governance-model": {
        "title": "Modell för styrning av nätverket",
        "summary": "Att komma överens om hur ett nätverk av verksamheter styrs: roller, beslut och samordning.",
        "what_it_is": "<p>Parterna i ett nätverk för arbetsinkludering gör tydligt hur nätverket styrs, så att samverkan inte hänger på enskilda personers goda vilja.</p>",
    },
}

TARGET_GROUPS = {
    "persons-with-disabilities": {
        "description": "Personer vars funktionsnedsättning gör det svårare att få eller behålla ett arbete utan stöd."
    },
    "refugees-provisionally-admitted": {
        "description": "Personer från asyl- och flyktingområdet, också de med tillfälligt uppehållstillstånd."
    },
    "social-assistance-recipients": {
        "description": "Personer som är beroende av behovsprövat försörjningsstöd, ofta under lång tid."
    },
    "ethnic-minority-unemployed": {
        "description": "Mottagare av kontant försörjningsstöd med utländsk bakgrund som står långt från arbetsmarknaden."
    },
    "migrant-women": {
        "description": "Kvinnor, ofta flyktingar, som aldrig fick fäste i arbetslivet efter ankomsten."
    },
    "mental-ill-health": {"description": "Personer vars psykiska hälsa är ett hinder för arbete."},
}

TERRITORIES = {
    "monza-brianza": {
        "region": "Lombardiet",
        "location": "Provins norr om Milano, Lombardiet",
        "summary": "Ett nätverk av ackrediterade aktörer i provinsen som bygger en gemensam modell för arbetsinkludering av personer med funktionsnedsättning.",
        "profile": "<p>I provinsen Monza e Brianza föresatte sig de ackrediterade aktörer som driver arbetsförmedlande tjänster för personer med funktionsnedsättning, inom systeminsatsen <em>Servizi in rete</em> i Piano LIFT, att ta fram ett gemensamt sätt att hantera arbetsplaceringar och presentera det för föreningar, sociala kooperativ av typ B och deras konsortier.</p>",
        "contact_name": "Nätverket Servizi in rete, provinsens samordning av LIFT-systeminsatserna",
    },
    "como": {
        "region": "Lombardiet",
        "location": "Provins vid Comosjön, Lombardiet",
        "summary": "En provins som sedan 2012 har modellerat hur personer tas om hand mellan ackrediterade aktörer och sociala och specialiserade verksamheter.",
        "profile": "<p>Från 2012 modellerade provinsen Como hur personer tas om hand inför en arbetsplacering och kartlade de kritiska övergångarna mellan ackrediterade aktörer och sociala och specialiserade verksamheter.</p>",
    },
    "mantova": {
        "region": "Lombardiet",
        "location": "Provins i sydöstra Lombardiet",
        "summary": "En provins som sedan 2013 har modellerat styrformerna för sitt nätverk för arbetsinkludering.",
        "profile": "<p>Enligt projektsidan för Servizi in rete har provinsen Mantua sedan 2013 modellerat styrformerna för sitt nätverk.</p>",
    },
    "herlev": {
        "region": "Region Hovedstaden (Danmark)",
        "location": "Kommun nordväst om Köpenhamn",
        "summary": "En kommun som drev ett tvärprofessionellt integrationspartnerskap med ett privat företag och ett språkcenter.",
        "profile": "<p>Herlev kommun gick samman med ett privat företags jobbutvecklingscenter och ett språkcenter för att få mottagare av kontant försörjningsstöd med annat etniskt ursprung i arbete eller utbildning.</p>",
        "contact_name": "Herlev Kommune, jobbcenter",
    },
    "sodertalje": {"region": "Stockholms län", "location": "Kommun sydväst om Stockholm"},
    "glarus": {
        "region": "Kantonen Glarus",
        "location": "Alpkanton i östra Schweiz",
        "summary": "En kanton där mer än hälften av flyktingar och personer med tillfälligt skydd arbetar, med stöd av en app för uppföljning.",
        "profile": "<p>Kantonen Glarus samordnar integrationen av flyktingar och personer med tillfälligt skydd genom sitt samordningskontor, som samarbetar med lokala parter, bland dem ett lokalt it-företag.</p>",
    },
    "solothurn": {
        "region": "Kantonen Solothurn",
        "location": "Kanton i nordvästra Schweiz",
        "summary": "En kanton som prövar sammanhållen ärendehantering med kompetenskartläggning i två socialregioner.",
        "profile": "<p>Kantonen Solothurn genomför den schweiziska integrationsagendan (Integrationsagenda Schweiz) med en samlad integrationsmodell. Socialtjänsterna är organiserade i socialregioner; strukturen för samverkan mellan myndigheter styr införandet av modellen.</p>",
    },
}

SERIES = {
    "servizi-in-rete-laboratory": {
        "title": "Servizi in rete: utvecklingsverkstad",
        "summary": "Utvecklingsverkstaden i systeminsatsen Servizi in rete, inrättad för att ta fram en modell för arbetsplacering av personer med funktionsnedsättning som de ackrediterade aktörerna i Monza e Brianza står bakom gemensamt; rapporterna från träffarna sträcker sig från september 2015 till februari 2016.",
        "facilitator": "Systeminsatsens processledande konsult",
        "objectives": "<ul><li>Ta fram en modell för att hantera arbetsplaceringar som de ackrediterade aktörerna med arbetsförmedlande tjänster för personer med funktionsnedsättning står bakom gemensamt.</li><li>Presentera och dela den med personal och andra lokala aktörer: föreningar, organisationer i civilsamhället, sociala kooperativ (typ B) och konsortier.</li><li>Koppla den till de andra systeminsatserna om placeringar i företag och kooperativ och om spridning av material via en portal.</li></ul>",
        "expected_results": "<ul><li>En beskrivning av Monzamodellen för inskrivning.</li><li>Nätverksarbete som identifierar kritiska övergångar och arbetssätt för faserna mottagande och anställningsbarhet.</li><li>Korta rapporter om goda exempel från andra provinser, som ska spridas via en portal.</li></ul>",
        "activities": "<p>Tre insatser: att utveckla modellen i verkstaden; att presentera och dela den med personal och intressenter; att analysera goda exempel från andra provinser.</p>",
        "methodology": "<p>En deltagande utvecklingsverkstad som bygger på det deltagarna har lärt sig i praktiken, främjar att arbetssätt delas och hjälper till att komma förbi motsättningar och försvarsinställningar.</p>",
    }
}

_LAB = {
    "action": "Insats 1: utveckling av modellen (utvecklingsverkstad)",
    "purpose": "<p>Verkstaden är systeminsatsens ryggrad. Här arbetar personal från de aktörer som lämnade in insatsen för att ta fram en modell för inskrivning av personer med funktionsnedsättning i tjänster för arbetsplacering, utformad tillsammans och delad av dem som driver placeringstjänster i området. Modellen ska sedan presenteras för personalen hos de ackrediterade aktörerna och för intressenterna.</p>",
    "method": "<p>En utvecklingsverkstad: den utgår från det deltagarna har lärt sig i sitt eget arbete, uppmuntrar dem att delta och dela sina arbetssätt och hjälper till att föra samman olika arbetssätt och referensramar, förbi motsättningar och försvarsinställningar.</p>",
}

REPORTS = {
    "laboratory-2015-09-09": {
        **_LAB,
        "title": "Verkstadsträff 9 september 2015",
        "summary": "Den första rapporten från verkstaden som källan listar: träffen den 9 september 2015 (insats 1, utveckling av den gemensamma placeringsmodellen).",
    },
    "laboratory-2015-10-06": {
        **_LAB,
        "title": "Verkstadsträff 6 oktober 2015",
        "summary": "Den andra verkstadsrapporten som källan listar, från träffen den 6 oktober 2015 (insats 1).",
    },
    "laboratory-2015-11-10": {
        **_LAB,
        "title": "Verkstadsträff 10 november 2015",
        "summary": "Verkstadsträffen den 10 november 2015, vars rapport är den sista av de tre verkstadsrapporterna från 2015 (insats 1).",
    },
    "good-practices-2015-12-03": {
        "action": "Insats 3: analys av goda exempel",
        "title": "Analys av goda exempel, 3 december 2015",
        "summary": "Rapport från spåret om goda exempel (insats 3), daterad 3 december 2015. Planen föreslog möten med provinser som redan hade modellerat inskrivningen av personer med funktionsnedsättning och nämnde Como och Mantua; källan säger inte vilka som deltog.",
        "purpose": "<p>Att presentera goda exempel från regionen och bedöma om de kan överföras till Monza e Brianza. Planen förutsåg två möten under en dag, tidigt i verkstadens arbete, med företrädare för provinser som hade modellerat processen för inskrivning av personer med funktionsnedsättning. Den föreslog provinsen Como, som sedan 2012 hade modellerat hur brukare skrivs in och identifierat de kritiska övergångarna mellan ackrediterade aktörer och sociala och specialiserade verksamheter, och provinsen Mantua, som sedan 2013 hade modellerat hur dess nätverk styrs.</p>",
        "method": "<p>Öppna möten för personalen hos de aktörer som lämnade in systeminsatsen och för personalen hos de ackrediterade aktörerna.</p>",
    },
    "laboratory-2016-01-13": {
        **_LAB,
        "title": "Verkstadsträff 13 januari 2016",
        "summary": "Verkstadsträffen den 13 januari 2016, årets första, arkiverad som rapport 4 från verkstaden i den första systeminsatsen (insats 1).",
    },
    "laboratory-2016-02-17": {
        **_LAB,
        "title": "Verkstadsträff 17 februari 2016",
        "summary": "Verkstadsträffen den 17 februari 2016, arkiverad som rapport 5: verkstadens sista daterade träff (insats 1).",
    },
    "final-workshop": {
        "action": "Avslutning av systeminsatsen",
        "title": "Avslutande workshop i systeminsatsen",
        "summary": "Den avslutande workshoppen i systeminsatsen Servizi in rete. Källan listar rapporten från den men anger varken datum eller innehåll.",
    },
}
