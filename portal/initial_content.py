"""The portal's own initial content: locales, the five home pages, the
section index pages of the main navigation, and the footer settings."""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, PageLogEntry, Site

from portal.content import ensure_child, ensure_locales, ensure_translation
from portal.initial_sources import load as load_sources
from portal.models import HomePage, PortalSettings
from portal.site_url import apply_base_url, site_address

HOME = {
    "en": {
        "title": "Work inclusion: what works, shared",
        "lead": (
            "Services in Italy, Denmark, Sweden and Switzerland publish how they help persons "
            "with disabilities, refugees and long-term social-assistance recipients into work. "
            "Browse their cases, follow the shared reference model and take the documents home."
        ),
    },
    "it": {
        "title": "Inclusione lavorativa: ciò che funziona, condiviso",
        "lead": (
            "Servizi di Italia, Danimarca, Svezia e Svizzera raccontano come accompagnano al "
            "lavoro persone con disabilità, rifugiati e beneficiari di assistenza sociale di "
            "lunga durata. Consulta i casi, segui il modello di riferimento comune e scarica i "
            "documenti."
        ),
    },
    "de": {
        "title": "Arbeitsintegration: was wirkt, geteilt",
        "lead": (
            "Dienste aus Italien, Dänemark, Schweden und der Schweiz zeigen, wie sie Menschen "
            "mit Behinderung, Geflüchtete und langjährig Sozialhilfebeziehende in Arbeit "
            "begleiten. Stöbern Sie in den Praxisbeispielen, folgen Sie dem gemeinsamen "
            "Referenzmodell und laden Sie die Unterlagen herunter."
        ),
    },
    "da": {
        "title": "Beskæftigelse for alle: det der virker, delt",
        "lead": (
            "Tjenester i Italien, Danmark, Sverige og Schweiz fortæller, hvordan de hjælper "
            "personer med handicap, flygtninge og borgere på langvarig kontanthjælp i arbejde. "
            "Se deres praksis, følg den fælles referencemodel og hent dokumenterne."
        ),
    },
    "sv": {
        "title": "Arbetsinkludering: det som fungerar, delat",
        "lead": (
            "Verksamheter i Italien, Danmark, Sverige och Schweiz berättar hur de stöttar "
            "personer med funktionsnedsättning, flyktingar och personer med långvarigt "
            "försörjningsstöd till arbete. Utforska deras exempel, följ den gemensamma "
            "referensmodellen och ladda ner dokumenten."
        ),
    },
}

# slug -> model path, then per-language (title, intro)
SECTIONS = [
    (
        "practices",
        "practices.PracticeIndexPage",
        {
            "en": ("Practices", "Good-practice cases from seven territories, with their results."),
            "it": (
                "Buone prassi",
                "Casi di buona prassi da sette territori, con i loro risultati.",
            ),
            "de": ("Praxisbeispiele", "Praxisbeispiele aus sieben Regionen mit ihren Ergebnissen."),
            "da": ("Praksis", "Eksempler på god praksis fra syv områder med deres resultater."),
            "sv": ("Goda exempel", "Goda exempel från sju områden, med sina resultat."),
        },
    ),
    (
        "methods",
        "practices.MethodIndexPage",
        {
            "en": ("Methods", "The methods catalogue: what each method is and when to use it."),
            "it": ("Metodi", "Il catalogo dei metodi: che cos'è ciascun metodo e quando usarlo."),
            "de": ("Methoden", "Der Methodenkatalog: was jede Methode ist und wann sie passt."),
            "da": ("Metoder", "Metodekataloget: hvad hver metode er, og hvornår den bruges."),
            "sv": ("Metoder", "Metodkatalogen: vad varje metod är och när den passar."),
        },
    ),
    (
        "reference-model",
        "practices.ReferenceModelPage",
        {
            "en": ("Reference model", "The shared model for disability work placements."),
            "it": (
                "Modello di riferimento",
                "Il modello condiviso per l'inserimento lavorativo delle persone con disabilità.",
            ),
            "de": ("Referenzmodell", "Das gemeinsame Modell für die Arbeitsintegration."),
            "da": (
                "Referencemodel",
                "Den fælles model for beskæftigelse af personer med handicap.",
            ),
            "sv": ("Referensmodell", "Den gemensamma modellen för arbetsinkludering."),
        },
    ),
    (
        "workshops",
        "workshops.WorkshopIndexPage",
        {
            "en": ("Workshops", "Workshop series and the reports of each meeting."),
            "it": ("Laboratori", "I percorsi di laboratorio e i report di ogni incontro."),
            "de": ("Workshops", "Workshopreihen und die Berichte jedes Treffens."),
            "da": ("Workshops", "Workshopforløb og referater fra hvert møde."),
            "sv": ("Workshoppar", "Workshopserier och rapporterna från varje möte."),
        },
    ),
    (
        "library",
        "library.LibraryPage",
        {
            "en": ("Library", "Model documents, reports and forms to download."),
            "it": ("Biblioteca", "Documenti modello, report e moduli da scaricare."),
            "de": ("Bibliothek", "Mustervorlagen, Berichte und Formulare zum Herunterladen."),
            "da": ("Bibliotek", "Modeldokumenter, rapporter og skemaer til download."),
            "sv": ("Bibliotek", "Modelldokument, rapporter och blanketter att ladda ner."),
        },
    ),
]

# The three entry points of the home page: (section slug, audience, title, text) per language.
JOURNEYS = {
    "en": [
        (
            "practices",
            "Practitioners",
            "Browse practices",
            "Filter cases by territory, target group, method and phase; compare two or three side by side.",
        ),
        (
            "reference-model",
            "Networks and services",
            "Follow the reference model",
            "The shared process for disability work placements, phase by phase, with its critical hand-overs.",
        ),
        (
            "library",
            "Stakeholders",
            "Download documents",
            "Model documents, workshop reports and forms, with type, language, version and date.",
        ),
    ],
    "it": [
        (
            "practices",
            "Operatori",
            "Consulta le buone prassi",
            "Filtra i casi per territorio, destinatari, metodo e fase; confronta due o tre casi affiancati.",
        ),
        (
            "reference-model",
            "Reti e servizi",
            "Segui il modello di riferimento",
            "Il processo condiviso per l'inserimento lavorativo delle persone con disabilità, fase per fase, con i suoi nodi critici.",
        ),
        (
            "library",
            "Stakeholder",
            "Scarica i documenti",
            "Documenti modello, report dei laboratori e moduli, con tipo, lingua, versione e data.",
        ),
    ],
    "de": [
        (
            "practices",
            "Fachpersonen",
            "Praxisbeispiele durchsuchen",
            "Beispiele nach Region, Zielgruppe, Methode und Phase filtern; zwei oder drei nebeneinander vergleichen.",
        ),
        (
            "reference-model",
            "Netzwerke und Dienste",
            "Dem Referenzmodell folgen",
            "Der gemeinsame Prozess der Arbeitsintegration von Menschen mit Behinderung, Phase für Phase, mit seinen kritischen Übergängen.",
        ),
        (
            "library",
            "Partner und Behörden",
            "Dokumente herunterladen",
            "Mustervorlagen, Workshopberichte und Formulare mit Typ, Sprache, Version und Datum.",
        ),
    ],
    "da": [
        (
            "practices",
            "Fagfolk",
            "Se praksis",
            "Filtrér eksempler efter område, målgruppe, metode og fase; sammenlign to eller tre side om side.",
        ),
        (
            "reference-model",
            "Netværk og tjenester",
            "Følg referencemodellen",
            "Den fælles proces for beskæftigelse af personer med handicap, fase for fase, med de kritiske overgange.",
        ),
        (
            "library",
            "Samarbejdspartnere",
            "Hent dokumenter",
            "Modeldokumenter, workshoprapporter og skemaer med type, sprog, version og dato.",
        ),
    ],
    "sv": [
        (
            "practices",
            "Yrkesverksamma",
            "Utforska goda exempel",
            "Filtrera exempel efter område, målgrupp, metod och fas; jämför två eller tre sida vid sida.",
        ),
        (
            "reference-model",
            "Nätverk och verksamheter",
            "Följ referensmodellen",
            "Den gemensamma processen för arbetsinkludering av personer med funktionsnedsättning, fas för fas, med de kritiska övergångarna.",
        ),
        (
            "library",
            "Intressenter",
            "Ladda ner dokument",
            "Modelldokument, workshoprapporter och blanketter med typ, språk, version och datum.",
        ),
    ],
}

PARTNERS = (
    "<ul><li>Monza e Brianza, Como, Mantova (IT)</li><li>Herlev (DK)</li>"
    "<li>Södertälje (SE)</li><li>Glarus, Solothurn (CH)</li></ul>"
)


def ensure_home(locales):
    """The English home page as the default site's root, replacing Wagtail's
    placeholder page, and its translations beside it."""
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locales["en"]).first()
    created = False
    if home is None:
        # Wagtail's initial migration leaves a "Welcome" page with the slug we want.
        for placeholder in root.get_children().filter(slug="home"):
            if placeholder.specific_class is Page:
                placeholder.slug = "wagtail-welcome"
                placeholder.save(update_fields=["slug", "url_path"])
        home = HomePage(
            title=HOME["en"]["title"],
            slug="home",
            lead=HOME["en"]["lead"],
            locale=locales["en"],
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        created = True
    site = Site.objects.filter(is_default_site=True).first()
    hostname, port = site_address(settings.BASE_URL)
    if site is None:
        site = Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name="Work Inclusion Practice Portal",
        )
    elif site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.site_name = "Work Inclusion Practice Portal"
        site.save()
        # Wagtail's "Welcome" page from its initial migration has no place here.
        if placeholder.specific_class is Page and not placeholder.get_children().exists():
            placeholder.delete()
    apply_base_url(site)  # links must point at the real site, not localhost
    forget_placeholder_log()
    for code, texts in HOME.items():
        if code == "en":
            continue
        ensure_translation(home, locales[code], title=texts["title"], lead=texts["lead"])
    return home, site, created


def forget_placeholder_log():
    """Drop the audit-log entries of Wagtail's deleted "Welcome" placeholder.

    Wagtail keeps log entries of deleted pages, pointing at a page id that no
    longer exists; a dump with natural keys (``dumpdata --natural-foreign``)
    then fails with "Page matching query does not exist". The placeholder was
    never content, so its history goes with it (also on databases loaded before).
    """
    page_type = ContentType.objects.get_for_model(Page)
    PageLogEntry.objects.filter(content_type=page_type).exclude(
        page_id__in=Page.objects.values("pk")
    ).delete()


def ensure_sections(home, locales):
    for slug, model_path, texts in SECTIONS:
        model = apps.get_model(model_path)
        title, intro = texts["en"]
        page, _created = ensure_child(
            home, model, slug, title=title, intro=f"<p>{intro}</p>", show_in_menus=True
        )
        for code, (title, intro) in texts.items():
            if code == "en":
                continue
            ensure_translation(page, locales[code], title=title, intro=f"<p>{intro}</p>")


def ensure_journeys(home, locales):
    """Fill each home page's entry points once; editors may change them afterwards."""
    for code, journeys in JOURNEYS.items():
        localized = home.get_translation(locales[code]).specific
        if localized.journeys:
            continue
        blocks = []
        for slug, audience, title, text in journeys:
            target = localized.get_children().filter(slug=slug).first()
            if target is None:
                continue
            blocks.append(
                ("journey", {"title": title, "text": text, "page": target, "audience": audience})
            )
        localized.journeys = blocks
        localized.save_revision().publish()


def ensure_settings(site):
    settings = PortalSettings.for_site(site)
    if not settings.contact_email:
        settings.contact_name = "Network coordination office"
        settings.contact_email = "network@example.org"
        settings.licence_name = "CC BY 4.0"
        settings.licence_url = "https://creativecommons.org/licenses/by/4.0/"
        settings.partner_territories = PARTNERS
        settings.save()


def load(stdout=None):
    locales = ensure_locales()
    home, site, _created = ensure_home(locales)
    ensure_sections(home, locales)
    ensure_journeys(home, locales)
    ensure_settings(site)
    load_sources()
    return {"home": home, "site": site, "locales": locales}
