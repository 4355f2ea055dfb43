from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap


class PortalSitemap(Sitemap):
    """Wagtail's sitemap covers one root page; this one covers the root's
    translations too, so every locale's pages are listed."""

    def items(self):
        from wagtail.models import Page

        from portal.visibility import public_pages

        root = self.get_wagtail_site().root_page
        roots = root.get_translations(inclusive=True)
        in_any_tree = Q()
        for tree_root in roots:
            in_any_tree |= Q(path__startswith=tree_root.path)
        return (
            public_pages(Page.objects.filter(in_any_tree))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
