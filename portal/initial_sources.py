"""The five source documents the initial content is traced to.

Loaded before the content areas, so their loaders can cite a source by its key
(``Source.objects.get(key=...)``). Titles stay in the document's language; the
description says in English what each document is. No private person is named.
"""

SOURCES = [
    {
        "key": "glarus-cmt-award-2020",
        "title": "Digitalisierung konkret: Glarner Integrationsprojekt wird ausgezeichnet",
        "publisher": "Kanton Glarus, Public Newsroom",
        "date": "2020-12-28",
        "language": "de",
        "kind": "news_item",
        "url": "",
        "description": (
            "News item on the Prix sozialinfo.ch 2020 (digitalisation in social work): second "
            "place for the canton of Glarus and its CM-T application, republished by "
            "smartbleiben.com."
        ),
    },
    {
        "key": "herlev-ip-presentation-2010",
        "title": "IP-projektet (integrationspartnerskabet): Et tværfagligt integrationspartnerskab",
        "publisher": "Herlev Kommune and Ballerup Sprogcenter",
        "date": "2010-05-20",
        "language": "da",
        "kind": "presentation",
        "url": "",
        "description": (
            "Slides presenting the IP project of Herlev Kommune, ISS Jobudviklingscenter and "
            "Ballerup Sprogcenter: goals, results for teams 1-6, methods, two stories, what "
            "works and lessons learned."
        ),
    },
    {
        "key": "solothurn-iim-pilot-decision",
        "title": (
            "Integrales Integrationsmodell IIM: Durchgehende Fallführung. Genehmigung "
            "(Teil-)Konzept; Freigabe und Finanzierung der Pilotphase"
        ),
        "publisher": "Regierungsrat des Kantons Solothurn",
        "date": None,
        "language": "de",
        "kind": "government_decision",
        "url": "",
        "description": (
            "Decision of the cantonal government approving the concept of continuous case "
            "management and releasing and funding its pilot phase (2023-2025). The copy the "
            "portal holds is undated and OCR-scanned."
        ),
    },
    {
        "key": "sodertalje-mia-implementation",
        "title": "Imponerande implementeringsarbete",
        "publisher": "MIA project, Södertälje",
        "date": None,
        "language": "sv",
        "kind": "blog_post",
        "url": "",
        "description": (
            "Undated blog post on how Södertälje prepares life after the MIA project: the "
            "multi-agency team, three proposals for a place of coordination and cooperation, "
            "and the Boston approach."
        ),
    },
    {
        "key": "servizi-in-rete-project-page",
        "title": (
            "Servizi in rete. Azioni di sistema finalizzate alla condivisione e sviluppo delle "
            "modalità di intervento per l'integrazione lavorativa delle persone con disabilità"
        ),
        "publisher": "Servizi in rete, Piano LIFT, Monza e Brianza",
        "date": None,
        "language": "it",
        "kind": "project_page",
        "url": "",
        "description": (
            "Undated project page of the Servizi in rete system action: objectives, expected "
            "results, the three actions and their method, and the list of laboratory reports "
            "(September 2015 to February 2016)."
        ),
    },
]


def load(stdout=None):
    """Create each source that is missing; never overwrite an editor's changes."""
    from .sources import Source

    for data in SOURCES:
        fields = {name: value for name, value in data.items() if name != "key"}
        Source.objects.get_or_create(key=data["key"], defaults=fields)
