"""Dansk: de eksempler, hvis kilde ikke er dansk (oversat fra den engelske og den
originale tekst). Egennavne, lovhenvisninger og programnavne står i originalform."""

_SOURCE_ONLY = "<p>Kilden beskriver målet, ikke detaljerne; et område, der overvejer at tage det op, bør kontakte provinsens netværk.</p>"

CASES = {
    "mia-multi-agency-team": {
        "title": "Efter MIA: et tværmyndighedsteam og et forslag om, hvad der skal videreføres",
        "summary": "Södertälje startede et tværmyndighedsteam under MIA-projektet; for tiden efter MIA skulle et forslag, parterne er enige om, videreføre dele af MIA for en mindre målgruppe, ofte flygtningekvinder uden for arbejdsmarkedet.",
        "period_note": 'Kilden er udateret: den siger, at tværmyndighedsteamet startede "sidste år", og at forslagene blev udarbejdet "sidste efterår".',
        "organisations": {
            "Samordningsförbundet Södertälje": "Forbundets direktør udarbejdede de tre forslag sammen med projektlederen; i det forslag, parterne er enige om, skulle forbundet finansiere supplerende ydelser.",
            "Södertälje kommun, Arbete och försörjning": "Forvaltningens nye rehabiliteringsteam er det, som det aftalte forslag bygger på.",
        },
        "problem": "<p>I Södertälje er en stor gruppe mennesker ikke inkluderet, ofte flygtninge, der ikke har fået fodfæste. Mange er kvinder, der ikke kommer ind på arbejdsmarkedet, og som ikke fik den hjælp og støtte, de havde brug for, da de kom til Sverige. Den samme gruppe dukker op i projekt efter projekt.</p>",
        "approach": "<p>I Södertälje har MIA-projektet sigtet mod implementering fra starten, og det hjalp organisationerne til at forandre sig undervejs: kommunen har tilpasset sig, så den kan møde målgruppen, og et tværmyndighedsteam (MGT) startede året før kilden blev skrevet. Projektet indførte arbejdsformer, der bygger på menneskers evner, uanset om fraværet fra arbejdsmarkedet skyldes sygdom, sprog, handicap eller psykisk sygdom; i MIA kunne forskellige måder at give den rette støtte afprøves, og nu kan de bedste dele vælges ud.</p><p>Efter workshops og lange drøftelser udarbejdede projektlederen for et delprojekt og direktøren for samordningsforbundet tre forslag, der alle byggede på et ønske om et sted for koordinering og samarbejde, og fremlagde fordele og ulemper ved hvert af dem. Kilden beskriver kun det valgte alternativ: det nye rehabiliteringsteam i kommunens Arbete och försörjning, suppleret med ydelser, som samordningsforbundet finansierer. Indtil videre er det et forslag, parterne er enige om; det ville betyde, at dele af MIA implementeres, i et omfang tilpasset en mindre målgruppe.</p><p>Södertälje valgte at arbejde med Boston-metoden, som ikke er tvungen, men tilpasses det, deltagerne har brug for, så alle får den samme støtte. Projektlederen understreger, at det ikke er den eneste metode, der virker.</p>",
        "success_factors": "<ul><li>Sigtet rettet mod implementering fra starten.</li><li>At se menneskers ressourcer og lytte til deres egen version, hvilket kræver det rette personale; godt personale nævnes som en del af Södertäljes succes.</li><li>En struktur, så alle får den samme støtte.</li></ul>",
        "challenges": "<p>Hvad medlemmerne ønskede, varierede over tid, og til tider trak en partner i en retning, der ikke passede de andre; det krævede en bevidst arbejdsindsats sidste efterår at blive enige om, hvad der skulle implementeres.</p>",
        "transferability": "<p>Hvor der findes et samordningsforbund eller lignende fælles finansiering, kan myndigheder overveje at bygge et fælles team op omkring en eksisterende kommunal enhed og tilpasse det til den gruppe, der har størst behov.</p>",
    },
    "cm-t-continuous-monitoring": {
        "title": "CM-T: løbende afdækning af potentiale og sprogstøtte",
        "summary": "En app, hvor tilbuddene registrerer, hvordan flygtninge og midlertidigt optagne personer udvikler sig, som grundlag for integrationsplanlægningen; andenplads ved Prix sozialinfo.ch 2020.",
        "period_note": "Kilden daterer kun prisen (nyhed af 28. december 2020), ikke hvornår appen blev taget i brug.",
        "organisations": {
            "Koordinationsstelle Integration Flüchtlinge, Kanton Glarus": "Udviklede appen.",
            "Lemonbrain": "Lokalt it-firma, der udviklede appen sammen med koordineringskontoret.",
        },
        "approach": "<p>Kantonens koordineringskontor for integration af flygtninge udviklede appen CM-T sammen med det lokale it-firma Lemonbrain. Den muliggør en løbende monitorering, der skal afdække udviklingstrin og potentiale hos personer fra asyl- og flygtningeområdet med udgangspunkt i deres hverdagsliv. CM-T bruges både til erhvervsrettede og skolerettede integrationsindsatser.</p><p>Statusvurderinger og ressourceafklaringer gennemføres med faste mellemrum, og resultaterne registreres. I faste vurderingsskemaer, tilpasset hver opgave, indtaster tilbud som kurser, prøvepraktikker, praktikker, asylstøtte, integrationsforløbet før lære (Integrationsvorlehre), arbejdsopgaver og beskæftigelsesprogrammer deres tilbagemeldinger hurtigt fra en computer eller en telefon. Værdierne giver et aktuelt billede af kompetencerne i uddannelse og af jobmulighederne; den kronologiske liste viser udviklingen på hvert område, og resultaterne indgår i integrationsplanlægningen.</p><p>Prix sozialinfo.ch hædrer hvert andet år en særlig indsats med tilknytning til det sociale område; i 2020 var prisen viet til digitalisering i socialt arbejde. En faglig jury placerede projektet på andenpladsen, så et enormt potentiale i tilgangen og overrakte kantonen et vinderdiplom.</p>",
        "success_factors": "<p>Juryen fandt, at kantonen gør meget rigtigt i integrationen af mennesker fra asyl- og flygtningeområdet: klart mere end halvdelen af alle flygtninge og midlertidigt optagne personer i Glarus er i lønnet arbejde, og med CM-T, skrev juryen, kan andelen meget vel blive endnu større.</p>",
        "transferability": "<p>En kanton eller kommune kunne overtage tilgangen, hvis udbyderne af tilbuddene bliver enige om at melde tilbage i fælles skemaer, og sagsbehandlerne bruger den tidslinje, der opstår, i integrationsplanlægningen.</p>",
        "awards": {
            "Prix sozialinfo.ch 2020 (digitalisation in social work)": {
                "name": "Prix sozialinfo.ch 2020 (digitalisering i socialt arbejde)",
                "rank": "2. plads",
            }
        },
    },
    "continuous-case-management-pilot": {
        "title": "Sammenhængende sagsføring med ressourceafklaring: pilotprojektet",
        "summary": "To socialregioner afprøver en ny integrationsproces: visitation med kort afklaring, segmentering i fire strategier, der tages op mindst hver sjette måned, og seks måneders opfølgning efter integrationen.",
        "period_note": "Pilotprojektet starter i oktober 2023 og varer to år; midlerne er bevilget for årene 2023 til 2025.",
        "organisations": {
            "Sozialregion Oberer Leberberg": "Pilotregion: erstatter sine arbejdsgange med de nye og stiller de ressourcer til rådighed, som pilotprojektet kræver.",
            "Sozialregion Untergäu": "Pilotregion: erstatter sine arbejdsgange med de nye og stiller de ressourcer til rådighed, som pilotprojektet kræver.",
            "Amt für Gesellschaft und Soziales (AGS)": "Medarbejdere deltager i arbejdsgruppen; kontorets Koordinationsstelle Integration fastlægger vilkårene for udbetaling af midlerne til pilotregionerne, som højst kan afregne deres faktiske omkostninger.",
            "Interinstitutionelle Zusammenarbeit (IIZ) Solothurn": "Har til opgave at styre gennemførelsen af integrationsmodellen; dens udviklings- og koordineringsorgan (IIZ-EKG) godkendte konceptet og pilotprojektet og anbefalede dem til kantonsregeringen; projektledelsen orienterer IIZ-organerne.",
        },
        "problem": "<p>Ved regeringsbeslutning RRB nr. 2018/2026 af 18. december 2018 besluttede kanton Solothurn at gennemføre kravene i den schweiziske integrationsagenda (Integrationsagenda Schweiz, IAS) i en samlet integrationsmodel (IIM). Fagfolk fra de ansvarlige ordinære strukturer udarbejdede modellen, og regeringen godkendte den ved RRB nr. 2020/1522 af 2. november 2020; strukturen for tværinstitutionelt samarbejde (IIZ) fik til opgave at styre gennemførelsen. En central del er delprojektet om sammenhængende sagsføring og ressourceafklaring: én harmoniseret målproces for den ordinære socialhjælp og socialhjælpen på asylområdet.</p>",
        "approach": "<p>Sammenhængende sagsføring er en overordnet proces. For modtagere af socialhjælp begynder den ved visitationen af sagen; for andre, når der konstateres et øget integrationsbehov. Den slutter, når en varig integration er fastslået, omkring seks måneder efter at integrationsmålene er nået. Konceptet blev udviklet af en arbejdsgruppe af repræsentanter for flere socialregioner og medarbejdere fra AGS under ledelse af socialregionerne; som et første skridt koncentrerer det sig om processerne i socialregionerne.</p><p>Den, der henvender sig til socialforvaltningen, gennemgår en visitation: vurdering af behovet, kontrol af andre forsørgelseskilder (subsidiaritet) og en kort afklaring. Visitationens socialrådgivere placerer derefter personen i ét af fire segmenter, hvert med sin standardstrategi: afløse (A) for personer, der forventes at forlade socialhjælpen inden for seks måneder uden større socialfagligt behov; forandre (V) for personer, hvis erhvervsmæssige integration kan nås med passende tiltag; orientere (O), hvor det er uklart, om integration eller stabilisering bliver målet, med uddybende afklaring som første skridt; og stabilisere (S), hvor en varig afløsning gennem arbejde ikke er realistisk, så fokus er social integration, og formidlingsindsatsen opgives. For alle tages segmentet op mindst hver sjette måned. På grundlag af ressourceafklaringen (kort afklaring, praktisk afklaring og uddybende ressourceafklaring) fastlægger den sagsførende instans de individuelle tiltag i en integrationsplan. Personer, der endnu ikke modtager socialhjælp, men sandsynligvis får brug for den, kan rådgives tidligt. Efter integrationen i arbejde fortsætter socialforvaltningen med at følge personen i seks måneder.</p><p>Pilotprojektet kører i socialregionerne Oberer Leberberg og Untergäu fra oktober 2023 i to år. Det afprøver konceptets anvendelighed i praksis, virkning og effektivitet, før det udrulles i hele kantonen; erfaringerne føres løbende og agilt tilbage i konceptet, og efter atten måneder skal det stå klart, hvordan de øvrige elleve socialregioner følger efter. Projektledelsen orienterer jævnligt IIZ-organerne og skal straks melde forsinkelser eller andre vanskeligheder.</p><p>Retsgrundlag og finansiering: der er tale om et socialhjælpsprojekt i de ordinære strukturer, som hører under kommunernes lovbestemte ansvar (§ 26 Abs. 1 Bst. g Sozialgesetz, SG; BGS 831.1). Ansvaret for finansieringen ligger hos de ordinære strukturer (Art. 53 og 54 Ausländer- und Integrationsgesetz, AIG; SR 142.20; Art. 2 Verordnung über die Integration von Ausländerinnen und Ausländern, VIntA; SR 142.205; og RRB nr. 2020/1522). I henhold til programaftalerne med statssekretariatet for migration (SEM) om de kantonale integrationsprogrammer KIP 2 og KIP 2bis kan tiltagene betales af forbundets integrationsrate (Integrationspauschale); beslutningen belaster ikke statsregnskabet. Rækker omkostningsloftet ikke, skal der søges om en tillægsbevilling hos regeringen efter anbefaling fra IIZ.</p>",
        "challenges": "<p>Pilotregionerne har brug for ekstra personale (se nøgletallene) og skal selv stille ressourcerne til rådighed; erfaringerne fra pilotprojektet føres løbende tilbage i konceptet, og forsinkelser skal meldes straks.</p>",
        "transferability": "<p>Andre socialforvaltninger kunne overtage segmenteringen og afklaringsredskaberne, hvor der er personaletid til en særskilt visitation; pilotprojektet i Solothurn skal vise, om processen er anvendelig i praksis, virkningsfuld og effektiv.</p>",
        "key_figures": {
            "Pilot social regions": {
                "label": "Pilot-socialregioner",
                "unit": "regioner",
                "covers": "Oberer Leberberg og Untergäu",
            },
            "Social regions to follow after the pilot": {
                "label": "Socialregioner, der følger efter pilotprojektet",
                "unit": "regioner",
                "covers": "Resten af kantonen",
            },
            "Additional staff": {
                "label": "Ekstra personale",
                "unit": "fuldtidsstillinger",
                "covers": "De to pilotregioner tilsammen",
            },
            "Full staff cost per full-time post and year": {
                "label": "Fulde personaleomkostninger pr. fuldtidsstilling og år",
                "covers": "Grundlag for omkostningsoverslaget",
            },
            "Cost cap for the pilot phase": {
                "label": "Omkostningsloft for pilotfasen",
                "covers": "Højst fra forbundets integrationsrate; der betales højst de faktiske omkostninger",
            },
        },
    },
    "servizi-in-rete": {
        "title": "Servizi in rete: en fælles model i provinsen for beskæftigelse af personer med handicap",
        "summary": "En systemindsats under Piano LIFT, hvor de akkrediterede aktører i Monza e Brianza satte sig for i et deltagende værksted at fastlægge én fælles model for, hvordan personer med handicap tages i forløb med henblik på job, og at præsentere den for medarbejdere og interessenter.",
        "period_note": "Værkstedsrapporterne på projektsiden går fra 9. september 2015 til 17. februar 2016.",
        "organisations": {
            "Accredited agencies of the Servizi in rete system action": "Fremlagde systemindsatsen; deres medarbejdere udvikler modellen i værkstedet.",
            "Provincial coordination of the LIFT system actions": "Projektsiden foreslår møder her, der er viet til denne indsats, med den ledende partner og den faciliterende konsulent, for at følge den.",
            "Type-B social cooperatives and consortia": "Interessenter, som modellen skal præsenteres for.",
            "Associations of persons with disabilities": "Interessenter, som modellen skal præsenteres for.",
        },
        "problem": "<p>I provinsen driver flere akkrediterede aktører beskæftigelsestilbud for personer med handicap. Systemindsatsen (AdS) satte sig for at fastlægge en model for håndtering af virksomhedsplaceringer, som de alle står sammen om.</p>",
        "approach": "<p>Systemindsatsen vil fastlægge en model for håndtering af placeringer, som de akkrediterede aktører deler; præsentere og dele den med medarbejderne i beskæftigelsesindsatsen og med andre lokale aktører (foreninger, organisationer i den tredje sektor, sociale kooperativer af type B og deres konsortier); og følge et samlet forløb med andre systemindsatser om at beskrive placeringer i virksomheder eller kooperativer af type B i en model og om at formidle materialerne via en portal.</p><p>Den har tre spor. Rygraden er et udviklingsværksted med uddannelse og rådgivning, hvor medarbejderne fra de aktører, der fremlagde indsatsen, gennem deltagende design fastlægger den fælles model for at tage borgere i forløb; værkstedet bygger på deltagernes erfaringer. Derefter er der planlagt et præsentationsmøde, der skal gøre modellen kendt blandt medarbejderne hos alle akkrediterede aktører og blandt interessenterne, også dem, der ikke deltog i værkstedet. Endelig, tidligt i værkstedet, to møder på én dag med provinser, der har beskrevet processen i en model: Como, som siden 2012 har beskrevet, hvordan borgere tages i forløb, og kortlagt de kritiske overgange mellem akkrediterede aktører og sociale og specialiserede tilbud, og Mantova, som siden 2013 har beskrevet styringen af sit netværk. Møderne er åbne både for medarbejderne hos de aktører, der fremlagde indsatsen, og for medarbejderne hos de akkrediterede aktører, og de skal vurdere, hvad der kan overføres.</p><p>Forventede resultater: en beskrivelse af Monza-modellen for at tage personer med handicap i forløb med henblik på job; netværksarbejde, der finder de kritiske overgange og arbejdsgange for faserne modtagelse og jobparathed; en analyse af god praksis andre steder med korte rapporter, der deles via en portal. I provinsens koordinering af LIFT-systemindsatserne skulle særlige møder dele den overordnede tilrettelæggelse, fremdriften før præsentationsmøderne og en første evaluering forud for den anden systemindsats, så opfølgningen forbinder de to systemindsatser. Projektsiden tilbyder et præsentationsdokument om Servizi in rete til download.</p>",
        "success_factors": "<p>Ifølge projektsiden fremmer værkstedsmetoden deltagelse og deling af tilgange blandt medarbejderne og viser sig virkningsfuld, når modeller skal udformes, og når forskellige tilgange og begreber skal forenes, så modsætninger og forsvarsholdninger overvindes.</p>",
        "transferability": "<p>Et område, hvor flere aktører deler den samme målgruppe, kunne gennemføre et lignende værksted; det kræver en faciliterende konsulent, tid fra hver aktørs medarbejdere og et koordinerende organ, der følger arbejdet.</p>",
        "contact": "Netværket Servizi in rete",
    },
    "como-taking-in-charge": {
        "title": "Como: en model for, hvordan borgere tages i forløb, og for de kritiske overgange",
        "summary": "Siden 2012 har provinsen Como beskrevet i en model, hvordan brugerne tages i forløb, og kortlagt de kritiske overgange mellem akkrediterede aktører og sociale og specialiserede tilbud.",
        "period_note": "Siden 2012, som projektsiden for Servizi in rete (2015-2016) formulerer det; kilden angiver ingen slutdato.",
        "organisations": {
            "Accredited agencies of the province of Como": "Den ene part i de kritiske overgange, der blev beskrevet.",
            "Social and specialist services of the province of Como": "Den anden part i de kritiske overgange, der blev beskrevet.",
        },
        "approach": "<p>Provinsen beskrev i en model, hvordan brugerne tages i forløb, og kortlagde de kritiske overgange mellem akkrediterede aktører og sociale og specialiserede tilbud. Systemindsatsen Servizi in rete i Monza e Brianza foreslog Como som en af to provinser, man skulle mødes med tidligt i værkstedet for at vurdere, hvad der kunne overføres; projektsiden nævner en rapport om god praksis dateret 3. december 2015, men siger ikke, hvem der fremlagde.</p>",
        "transferability": _SOURCE_ONLY,
        "contact": "Beskæftigelsestilbuddene i provinsen Como",
    },
    "mantova-network-governance": {
        "title": "Mantova: en model for styringen af netværket for beskæftigelse",
        "summary": "Siden 2013 har provinsen Mantova beskrevet styringsformerne i sit netværk i en model.",
        "period_note": "Siden 2013, som projektsiden for Servizi in rete (2015-2016) formulerer det; kilden angiver ingen slutdato.",
        "organisations": {
            "Placement network of the province of Mantua": "Det netværk, hvis styring blev beskrevet i en model.",
        },
        "approach": "<p>Provinsen beskrev styringsformerne i sit netværk i en model. Systemindsatsen Servizi in rete i Monza e Brianza foreslog Mantova som en af to provinser, man skulle mødes med tidligt i værkstedet for at vurdere, hvad der kunne overføres; projektsiden nævner en rapport om god praksis dateret 3. december 2015, men siger ikke, hvem der fremlagde.</p>",
        "transferability": _SOURCE_ONLY,
        "contact": "Netværket for beskæftigelse i provinsen Mantova",
    },
}
