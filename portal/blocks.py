"""StreamField blocks shared by every content area."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

# The rich-text features of the portal's text fields and text blocks, declared once.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", "H2"), ("h3", "H3"), ("h4", "H4")], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(required=False, label=_("Link text"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"


class EditorialNoteBlock(blocks.StructBlock):
    """Text the portal's editors wrote that no source supports: shown apart,
    with its own label, so nobody mistakes it for what the network adopted."""

    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Editorial proposal")
        template = "blocks/editorial_note_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks every page type may use."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["h3", "h4", "bold", "italic", "link", "document-link", "ul", "ol"],
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        label=_("Paragraph"),
    )
    figure = FigureBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    document = DocumentLinkBlock()
