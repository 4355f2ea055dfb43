"""The base of the portal's Atom and RSS feeds: pages below an index, newest first."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

FEED_SIZE = 30


class PageRssFeed(Feed):
    """An RSS feed of pages; subclasses give ``title``, ``description`` and ``items``.

    ``index`` is the page the feed hangs below (its link); ``series`` an optional
    narrower parent. ``FeedRoutesMixin`` builds the feed with ``page.feed_kwargs()``.
    """

    feed_type = Rss201rev2Feed

    def __init__(self, index=None, series=None):
        super().__init__()
        self.index = index
        self.series = series

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self):
        return (self.series or self.index).get_url(self.request)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.listing_summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
