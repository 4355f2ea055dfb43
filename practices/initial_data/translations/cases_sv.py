"""Svenska: de exempel vars källa inte är på svenska (översatta från den engelska och
den ursprungliga texten). Egennamn, lagrum och programnamn står i originalform."""

_HERLEV_POPULATION = "Grupp 1-6 (93 medborgare)"
_SOURCE_ONLY = "<p>Källan beskriver målet, inte detaljerna; ett område som vill ta efter arbetssättet bör kontakta provinsens nätverk.</p>"


def _result(label):
    return {"label": label, "unit": "medborgare", "population": _HERLEV_POPULATION}


CASES = {
    "ip-integration-partnership": {
        "title": "IP-projektet: ett tvärprofessionellt integrationspartnerskap",
        "summary": "En kommun, ett privat företag och ett språkcenter förde snabbt mottagare av försörjningsstöd med annat etniskt ursprung ut på riktiga arbetsplatser; av 93 medborgare i grupp 1-6 fick 17 arbete.",
        "period_note": "Källorna anger varken start- eller slutdatum: en deltagare anställdes den 1 maj 2009, och presentationen är daterad den 20 maj 2010.",
        "organisations": {
            "Herlev Kommune": "Projektsamordnare med myndighetsansvar: tar över all handläggning och hittar praktikplatser.",
            "ISS Jobudviklingscenter": "Projektledare: hittar praktikplatser inom ISS och bidrar med ett företagsperspektiv inriktat på egen försörjning så snabbt som möjligt.",
            "Ballerup Sprogcenter": "Språklärare som undervisar på praktikplatsen.",
        },
        "problem": "<p>Partnerskapet arbetade med mottagare av försörjningsstöd (kontanthjælp) med annat etniskt ursprung i matchgrupp 3 och 4. Målen var att inom ett halvår få dem i arbete, utbildning eller en anställning med lönebidrag; att under tre år ta 80 till 90 medborgare genom programmet; att sänka sjukfrånvaron till 10 %; och att utveckla samarbetet med allmänläkarna, bostadsföreningarna och social- och hälsosektorn i Herlev.</p>",
        "approach": "<p>Tre parter med olika styrkor arbetade som ett team under en styrgrupp: kommunens socialarbetarperspektiv på hela människan, som utgår från att alla är experter på sina egna liv; företagets driv mot egen försörjning; och språkcentrets kunskap om språk, kultur, lärande och hindren för utbildning och arbete. Parterna vågar vara nyfikna på varandras perspektiv och accepterar att de ser saker genom ”olika glasögon”. De arbetar framåtriktat utifrån ett uppskattande perspektiv med fokus på arbete och håller fast vid varje persons ansvar för sin egen försörjning, samtidigt som de aktivt hjälper till att minska hindren.</p><p>Efter en gemensam inskrivning med fokus på arbetsmöjligheter och en språkbedömning fick deltagarna två introduktionsdagar och angav den sista dagen två praktikönskemål (valde de inte, valde teamet). De kom snabbt ut på en praktikplats, med nära och konkret uppföljning, en kollega som handledare på arbetsplatsen och språkundervisning planerad för varje person. Gemensamma dagar samlade gruppen för att utbyta erfarenheter, bygga nätverk och samtala om praktiken, hälsa, motion och könsroller.</p><p>Synen på den egna hälsan var ett av de största hindren. Allmänläkarna informerades per brev om att projektledaren hade myndighetsansvaret för ärendet, så att medborgarna inte sjukskrevs för redan kända besvär; läkare, projektledare och medborgare möttes i trepartssamtal; kommunläkaren deltog i en gemensam dag; och hälsohuset erbjöd motion och kostråd. Parterna anser att praktik inte skadar människor: samarbetet tar hänsyn till varje persons krämpor och håller samtidigt fast vid praktiken.</p><p>I det dagliga arbetet bygger uppföljningssamtal och gemensamma dagar på kognitiva metoder, med utgångspunkt i tanke, känsla, handling och kroppslig reaktion, och en deltagares misstag ses som utrymme för utveckling. Kulturmötet tas upp öppet: skillnader och likheter, som viss klädsel eller motvilja mot fläskkött, och vad de betyder för arbetsmöjligheterna. Arbetslivets regler och dos and don'ts synliggörs.</p>",
        "success_factors": "<p>För medborgaren:</p><ul><li>Mötet med en dansk arbetsplats och vanliga människor.</li><li>Tron på att alla har resurser och kompetenser.</li><li>Ett uppskattande arbete på personens egna villkor, till stor del med ett coachande förhållningssätt vars tydliga mål är att var och en tar ansvar för att komma ur försörjningsstödet.</li><li>Bättre kunskap om hur kropp och psyke hänger ihop och allmän kunskap om träning.</li><li>Återkoppling från de andra deltagarna under de gemensamma dagarna, med fokus på varje persons resurser, värderingar och erfarenheter.</li><li>Praktisk språkundervisning planerad för varje person.</li></ul><p>Förändring syns när en deltagare får en annan medvetenhet om sin egen arbetsidentitet.</p><p>För det tvärprofessionella arbetet: dynamiken mellan parter från olika organisationskulturer med fokus på arbetsmarknaden; samarbete över förvaltningsgränserna; kognitiva metoder; kulturmötet; att synliggöra arbetslivets regler; språkundervisning; samarbetet med allmänläkarna; handledning av kollegor på arbetsplatsen och ett nätverk av företag.</p>",
        "challenges": "<ul><li>När projektledningen byts ut måste fokus ligga på projektets ramar och värderingar.</li><li>Att förankra och implementera arbetet i jobbcentret.</li><li>Samarbetet med företagen är utsatt för konjunktursvängningar.</li><li>Metoderna för att förändra människors syn på sin egen sjukdom och sin offerroll behöver utvecklas vidare.</li><li>Tillgång till fysisk träning och kunskap om kroppen.</li><li>Programmets längd på sex månader.</li></ul>",
        "transferability": "<p>En kommun skulle kunna pröva modellen där ett företag med ingångsjobb och ett språkcenter är villiga att avsätta personal, där den kommunala samordnaren har myndighetsansvaret för ärendet och där allmänläkarna kan involveras.</p>",
        "stories": {
            "From staying at home to the health house": {
                "title": "Från att stanna hemma till hälsohuset",
                "text": "En trebarnsmamma i slutet av trettioårsåldern, utbildad fitnessinstruktör 2003, hade inte kunnat lämna hemmet medan hennes man led av posttraumatisk stress. Efter en första praktik i ett kommunalt projekt i de lokala idrottshallarna gick hon vidare till kommunens hälsohus. Där hjälper hon till att få igång kommunens projekthus, är länken mellan mamma-barn-gympa för etniska minoriteter och verksamheter för personer med psykisk sjukdom, och visar de andra under de gemensamma dagarna vad motion kan betyda för kropp och psyke.",
            },
            "Three placements to a permanent job": {
                "title": "Tre praktikplatser till ett fast arbete",
                "text": "En frånskild fyrabarnsmamma i slutet av trettioårsåldern, med fem års skolgång och nedsatt lungkapacitet, började sin första praktik i köket på ett vårdhem. Hon gick en hygienkurs, ökade gradvis sina timmar och tog på sig städuppgifter, skrev en ansökan och ett cv och fick ett kompetensbevis. En andra praktik i disken följdes av ett vikariat på 25 timmar på rådhuset; under den tredje praktiken blev hon ”allt i allo” på ett it-företag. Därefter anställdes hon med lönebidrag, kompletterat med undervisning i danska och data, och den 1 maj 2009 fick hon en anställning. Det viktigaste för henne var vetskapen om att hon nu hade ett fast arbete i stället för försörjningsstöd.",
            },
        },
        "indicators": {
            "Citizens who took part": {
                "label": "Medborgare som deltog",
                "unit": "medborgare",
                "population": "Grupp 1-6",
            },
            "Into jobs": _result("Till arbete"),
            "Into wage-subsidy jobs": _result("Till anställning med lönebidrag"),
            "Into a flexjob": _result("Till flexjobb"),
            "Into education": _result("Till utbildning"),
            "To other support": _result("Till annan försörjning"),
            "Referred for early-retirement assessment": _result(
                "Remitterade för utredning om förtidspension"
            ),
        },
        "contact": "Herlev Kommune, jobbcenter",
    },
    "cm-t-continuous-monitoring": {
        "title": "CM-T: kontinuerlig kartläggning av potential och språkstöd",
        "summary": "En app där insatserna dokumenterar hur flyktingar och personer med tillfälligt skydd utvecklas, som underlag för integrationsplaneringen; andra plats i Prix sozialinfo.ch 2020.",
        "period_note": "Källan daterar bara utmärkelsen (nyhet från den 28 december 2020), inte när appen togs i bruk.",
        "organisations": {
            "Koordinationsstelle Integration Flüchtlinge, Kanton Glarus": "Utvecklade appen.",
            "Lemonbrain": "Lokalt it-företag som utvecklade appen tillsammans med samordningskontoret.",
        },
        "approach": "<p>Kantonens samordningskontor för integration av flyktingar utvecklade appen CM-T tillsammans med det lokala it-företaget Lemonbrain. Den möjliggör en kontinuerlig uppföljning som ska kartlägga utvecklingsnivån och potentialen hos personer från asyl- och flyktingområdet utifrån deras vardag. CM-T används för både yrkesinriktade och skolinriktade integrationsinsatser.</p><p>Nulägesbedömningar och kompetenskartläggningar görs med jämna mellanrum och resultaten dokumenteras. I fördefinierade bedömningsformulär, anpassade efter varje uppdrag, för insatser som kurser, provanställningar, praktikplatser, asylstöd, den förberedande integrationslärlingsutbildningen (Integrationsvorlehre), arbetsuppdrag och sysselsättningsprogram snabbt in sin återkoppling från en dator eller en mobil. Värdena ger en aktuell bild av kompetenserna i utbildningen och av möjligheterna till arbete; den kronologiska listan visar utvecklingen inom varje område, och resultaten ligger till grund för integrationsplaneringen.</p><p>Prix sozialinfo.ch uppmärksammar vartannat år ett särskilt engagemang med anknytning till det sociala området; 2020 ägnades priset åt digitalisering i socialt arbete. En jury av experter placerade projektet på andra plats, såg en enorm potential i arbetssättet och överlämnade ett vinnardiplom till kantonen.</p>",
        "success_factors": "<p>Juryn konstaterade att kantonen gör mycket rätt i integrationen av personer från asyl- och flyktingområdet: klart mer än hälften av alla flyktingar och personer med tillfälligt skydd i Glarus förvärvsarbetar, och med CM-T, skrev juryn, kan andelen mycket väl öka ytterligare.</p>",
        "transferability": "<p>En kanton eller kommun skulle kunna ta efter arbetssättet om anordnarna av insatserna kommer överens om att rapportera i gemensamma formulär och handläggarna använder den tidslinje som växer fram i integrationsplaneringen.</p>",
        "awards": {
            "Prix sozialinfo.ch 2020 (digitalisation in social work)": {
                "name": "Prix sozialinfo.ch 2020 (digitalisering i socialt arbete)",
                "rank": "2:a plats",
            }
        },
    },
    "continuous-case-management-pilot": {
        "title": "Sammanhållen ärendehantering med kompetenskartläggning: pilotprojektet",
        "summary": "Två socialregioner prövar en ny integrationsprocess: inskrivning med kort kartläggning, segmentering i fyra strategier som omprövas minst var sjätte månad och sex månaders uppföljning efter integrationen.",
        "period_note": "Pilotprojektet startar i oktober 2023 och pågår i två år; medlen är beviljade för åren 2023 till 2025.",
        "organisations": {
            "Sozialregion Oberer Leberberg": "Pilotregion: ersätter sina arbetsprocesser med de nya och ställer de resurser till förfogande som pilotprojektet behöver.",
            "Sozialregion Untergäu": "Pilotregion: ersätter sina arbetsprocesser med de nya och ställer de resurser till förfogande som pilotprojektet behöver.",
            "Amt für Gesellschaft und Soziales (AGS)": "Medarbetare ingår i arbetsgruppen; dess Koordinationsstelle Integration fastställer villkoren för utbetalningen av medlen till pilotregionerna, som högst får debitera sina faktiska kostnader.",
            "Interinstitutionelle Zusammenarbeit (IIZ) Solothurn": "Har i uppdrag att styra genomförandet av integrationsmodellen; dess utvecklings- och samordningsorgan (IIZ-EKG) godkände konceptet och pilotprojektet och rekommenderade dem till kantonsregeringen; projektledningen rapporterar till dess organ.",
        },
        "problem": "<p>Genom regeringsbeslut RRB nr 2018/2026 av den 18 december 2018 beslutade kantonen Solothurn att genomföra kraven i den schweiziska integrationsagendan (Integrationsagenda Schweiz, IAS) i en samlad integrationsmodell (IIM). Experter från de ansvariga ordinarie strukturerna tog fram modellen, och regeringen godkände den genom RRB nr 2020/1522 av den 2 november 2020; strukturen för samverkan mellan myndigheter (IIZ) fick i uppdrag att styra genomförandet. En central del är delprojektet om sammanhållen ärendehantering och kompetenskartläggning: en harmoniserad målprocess för det ordinarie försörjningsstödet och försörjningsstödet inom asylområdet.</p>",
        "approach": "<p>Sammanhållen ärendehantering är en övergripande process. För personer med försörjningsstöd börjar den vid inskrivningen av ärendet; för andra när ett ökat integrationsbehov konstateras. Den slutar när en varaktig integration har fastställts, ungefär sex månader efter att integrationsmålen har nåtts. Konceptet togs fram av en arbetsgrupp med företrädare för flera socialregioner och medarbetare från AGS, under ledning av socialregionerna; som ett första steg koncentrerar det sig på processerna i socialregionerna.</p><p>Den som anmäler sig hos socialtjänsten går igenom en inskrivning: prövning av behovet, kontroll av andra former av försörjning (subsidiaritet) och en kort kartläggning. Socialsekreterarna vid inskrivningen placerar sedan personen i ett av fyra segment, vart och ett med sin standardstrategi: lösgöra (A) för personer som väntas lämna försörjningsstödet inom sex månader utan större behov av socialt arbete; förändra (V) för personer vars integration i arbetslivet kan nås med lämpliga insatser; orientera (O) där det är oklart om integration eller stabilisering blir målet, med en fördjupad kartläggning som första steg; och stabilisera (S) där varaktig självförsörjning genom arbete inte är realistisk, så att fokus ligger på social integration och insatserna för att förmedla arbete upphör. För alla omprövas segmentet minst var sjätte månad. Utifrån kompetenskartläggningen (kort kartläggning, praktisk kartläggning och fördjupad kompetenskartläggning) fastställer den ärendeansvariga verksamheten de individuella insatserna i en integrationsplan. Personer som ännu inte har försörjningsstöd men troligen kommer att behöva det kan få råd i ett tidigt skede. Efter integrationen i arbete fortsätter socialtjänsten att följa personen i sex månader.</p><p>Pilotprojektet pågår i socialregionerna Oberer Leberberg och Untergäu från oktober 2023 i två år. Det prövar konceptets användbarhet i praktiken, effekt och effektivitet innan det införs i hela kantonen; lärdomarna förs löpande och agilt tillbaka in i konceptet, och efter arton månader ska det stå klart hur de övriga elva socialregionerna ska följa efter. Projektledningen rapporterar regelbundet till IIZ-organen och ska genast rapportera förseningar eller andra svårigheter.</p><p>Rättslig grund och finansiering: det är ett projekt inom försörjningsstödet som genomförs i de ordinarie strukturerna och faller inom kommunernas lagstadgade ansvar (§ 26 Abs. 1 Bst. g Sozialgesetz, SG; BGS 831.1). Ansvaret för finansieringen ligger hos de ordinarie strukturerna (Art. 53 och 54 Ausländer- und Integrationsgesetz, AIG; SR 142.20; Art. 2 Verordnung über die Integration von Ausländerinnen und Ausländern, VIntA; SR 142.205; och RRB nr 2020/1522). Enligt programavtalen med statssekretariatet för migration (SEM) om de kantonala integrationsprogrammen KIP 2 och KIP 2bis kan insatserna betalas från förbundsstatens integrationsschablon (Integrationspauschale); beslutet belastar inte statsbudgeten. Räcker inte kostnadstaket ska ett tilläggsanslag begäras hos regeringen på rekommendation av IIZ.</p>",
        "challenges": "<p>Pilotregionerna behöver ytterligare personal (se nyckeltalen) och måste själva ställa resurserna till förfogande; lärdomar från pilotprojektet förs löpande tillbaka in i konceptet, och förseningar ska rapporteras genast.</p>",
        "transferability": "<p>Andra socialtjänster skulle kunna ta över segmenteringen och kartläggningsverktygen där det finns personaltid för en särskild inskrivning; pilotprojektet i Solothurn ska visa om processen är användbar i praktiken, verkningsfull och effektiv.</p>",
        "key_figures": {
            "Pilot social regions": {
                "label": "Socialregioner i pilotprojektet",
                "unit": "regioner",
                "covers": "Oberer Leberberg och Untergäu",
            },
            "Social regions to follow after the pilot": {
                "label": "Socialregioner som följer efter pilotprojektet",
                "unit": "regioner",
                "covers": "Resten av kantonen",
            },
            "Additional staff": {
                "label": "Ytterligare personal",
                "unit": "heltidstjänster",
                "covers": "Båda pilotregionerna tillsammans",
            },
            "Full staff cost per full-time post and year": {
                "label": "Fulla personalkostnader per heltidstjänst och år",
                "covers": "Underlag för kostnadsberäkningen",
            },
            "Cost cap for the pilot phase": {
                "label": "Kostnadstak för pilotfasen",
                "covers": "Högst ur förbundsstatens integrationsschablon; högst de faktiska kostnaderna betalas",
            },
        },
    },
    "servizi-in-rete": {
        "title": "Servizi in rete: en gemensam modell i provinsen för arbetsinkludering av personer med funktionsnedsättning",
        "summary": "En systeminsats inom Piano LIFT där de ackrediterade aktörerna i Monza e Brianza föresatte sig att i en deltagande verkstad ta fram en gemensam modell för hur personer med funktionsnedsättning tas emot och får stöd mot arbete, och att presentera den för personal och intressenter.",
        "period_note": "Verkstadsrapporterna som listas på projektsidan sträcker sig från den 9 september 2015 till den 17 februari 2016.",
        "organisations": {
            "Accredited agencies of the Servizi in rete system action": "Lämnade in systeminsatsen; deras personal utvecklar modellen i verkstaden.",
            "Provincial coordination of the LIFT system actions": "Projektsidan föreslår särskilda möten inom samordningen om denna insats, med den ledande parten och den processledande konsulten, för att följa den.",
            "Type-B social cooperatives and consortia": "Intressenter som modellen ska presenteras för.",
            "Associations of persons with disabilities": "Intressenter som modellen ska presenteras för.",
        },
        "problem": "<p>I provinsen erbjuder flera ackrediterade aktörer arbetsförmedlande tjänster för personer med funktionsnedsättning. Systeminsatsen (AdS) föresatte sig att ta fram en modell för att hantera arbetsplaceringar som alla står bakom.</p>",
        "approach": "<p>Systeminsatsen vill ta fram en modell för att hantera placeringar som de ackrediterade aktörerna delar; presentera och dela den med personalen inom arbetsmarknadsinsatserna och med andra lokala aktörer (föreningar, organisationer i civilsamhället, sociala kooperativ av typ B och deras konsortier); och följa en gemensam väg med andra systeminsatser om att modellera placeringar i företag eller kooperativ av typ B och om att sprida materialet via en portal.</p><p>Den har tre delar. Ryggraden är en utvecklingsverkstad med utbildning och rådgivning där personalen från de aktörer som lämnade in insatsen genom deltagande planering tar fram den gemensamma modellen för mottagande och ansvar; verkstaden bygger på deltagarnas erfarenheter. Därefter planeras ett presentationsmöte för att göra modellen känd för personalen hos alla ackrediterade aktörer och för intressenterna, också de som inte deltog i verkstaden. Slutligen, tidigt i verkstaden, två möten på en dag med provinser som har modellerat processen: Como, som sedan 2012 har modellerat hur personer tas om hand och identifierat de kritiska övergångarna mellan ackrediterade aktörer och sociala och specialiserade verksamheter, och Mantua, som sedan 2013 har modellerat styrningen av sitt nätverk. Mötena är öppna både för personalen hos de aktörer som lämnade in insatsen och för personalen hos de ackrediterade aktörerna, och ska bedöma vad som går att överföra.</p><p>Förväntade resultat: en beskrivning av Monzamodellen för mottagande och ansvar vid arbetsinkludering av personer med funktionsnedsättning; nätverksarbete som identifierar de kritiska övergångarna och arbetssätten för faserna mottagande och anställningsbarhet; en analys av goda exempel på andra håll, med korta rapporter som delas via en portal. Inom provinsens samordning av LIFT-systeminsatserna skulle särskilda möten dela den övergripande uppläggningen, framstegen före presentationsmötena och en första utvärdering före den andra systeminsatsen, så att uppföljningen knyter ihop de två systeminsatserna. Projektsidan erbjuder ett presentationsdokument om Servizi in rete att ladda ner.</p>",
        "success_factors": "<p>Enligt projektsidan främjar verkstadsmetoden delaktighet och att personalen delar arbetssätt, och den visar sig verkningsfull för att utforma modeller och förena olika arbetssätt och begrepp, så att motsättningar och försvarsinställningar övervinns.</p>",
        "transferability": "<p>Ett område där flera aktörer delar samma målgrupp skulle kunna genomföra en liknande verkstad; det kräver en processledande konsult, tid från varje aktörs personal och ett samordnande organ som följer arbetet.</p>",
        "contact": "Nätverket Servizi in rete",
    },
    "como-taking-in-charge": {
        "title": "Como: att modellera mottagandet och dess kritiska övergångar",
        "summary": "Sedan 2012 har provinsen Como modellerat hur personer tas om hand och identifierat de kritiska övergångarna mellan ackrediterade aktörer och sociala och specialiserade verksamheter.",
        "period_note": "Sedan 2012, som projektsidan för Servizi in rete (2015-2016) uttrycker det; källan anger inget slutdatum.",
        "organisations": {
            "Accredited agencies of the province of Como": "Den ena parten i de kritiska övergångar som modellerades.",
            "Social and specialist services of the province of Como": "Den andra parten i de kritiska övergångar som modellerades.",
        },
        "approach": "<p>Provinsen modellerade hur personer tas om hand och identifierade de kritiska övergångarna mellan ackrediterade aktörer och sociala och specialiserade verksamheter. Systeminsatsen Servizi in rete i Monza e Brianza föreslog Como som en av två provinser att träffa tidigt i verkstaden för att bedöma vad som kunde överföras; projektsidan listar en rapport om goda exempel daterad den 3 december 2015 men säger inte vem som presenterade.</p>",
        "transferability": _SOURCE_ONLY,
        "contact": "Verksamheterna för arbetsinkludering i provinsen Como",
    },
    "mantova-network-governance": {
        "title": "Mantua: att modellera styrningen av nätverket för arbetsinkludering",
        "summary": "Sedan 2013 har provinsen Mantua modellerat styrformerna för sitt nätverk.",
        "period_note": "Sedan 2013, som projektsidan för Servizi in rete (2015-2016) uttrycker det; källan anger inget slutdatum.",
        "organisations": {
            "Placement network of the province of Mantua": "Nätverket vars styrning modellerades.",
        },
        "approach": "<p>Provinsen modellerade styrformerna för sitt nätverk. Systeminsatsen Servizi in rete i Monza e Brianza föreslog Mantua som en av två provinser att träffa tidigt i verkstaden för att bedöma vad som kunde överföras; projektsidan listar en rapport om goda exempel daterad den 3 december 2015 men säger inte vem som presenterade.</p>",
        "transferability": _SOURCE_ONLY,
        "contact": "Nätverket för arbetsinkludering i provinsen Mantua",
    },
}
