"""The open-data page under each home page (idempotent)."""

from portal.content import ensure_child, ensure_locales, ensure_translation
from portal.models import HomePage

from .models import OpenDataPage

TEXTS = {
    "en": (
        "Open data",
        "Everything published here can be reused: a read-only API, downloads in CSV and JSON, "
        "feeds and structured metadata.",
    ),
    "it": (
        "Dati aperti",
        "Tutto ciò che è pubblicato qui può essere riutilizzato: un'API in sola lettura, "
        "download in CSV e JSON, feed e metadati strutturati.",
    ),
    "de": (
        "Offene Daten",
        "Alles, was hier veröffentlicht ist, darf weiterverwendet werden: eine Lese-API, "
        "Downloads als CSV und JSON, Feeds und strukturierte Metadaten.",
    ),
    "da": (
        "Åbne data",
        "Alt, der er offentliggjort her, kan genbruges: et API til læsning, downloads i CSV og "
        "JSON, feeds og strukturerede metadata.",
    ),
    "sv": (
        "Öppna data",
        "Allt som publiceras här får återanvändas: ett läs-API, nedladdningar i CSV och JSON, "
        "flöden och strukturerade metadata.",
    ),
}


def load(stdout=None):
    locales = ensure_locales()
    home = HomePage.objects.filter(locale=locales["en"]).first()
    if home is None:
        return
    title, intro = TEXTS["en"]
    page, _created = ensure_child(
        home, OpenDataPage, "open-data", title=title, intro=f"<p>{intro}</p>"
    )
    for code, (title, intro) in TEXTS.items():
        if code != "en":
            ensure_translation(page, locales[code], title=title, intro=f"<p>{intro}</p>")
