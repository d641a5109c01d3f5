"""Lesson content blocks. Media embeds render a link and a transcript, never an iframe: no page loads a third-party
host (confidentiality rule 5), and a transcript serves people who cannot or would rather not play the media."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol", "h3"]


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Key points", max_length=120)
    points = blocks.ListBlock(blocks.CharBlock(max_length=300))

    class Meta:
        icon = "list-ul"
        template = "training/blocks/key_points.html"


class ScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    situation = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    questions = blocks.ListBlock(blocks.CharBlock(max_length=300), label="Questions to think about")

    class Meta:
        icon = "group"
        label = "Scenario or case study"
        template = "training/blocks/scenario.html"


class ReflectionBlock(blocks.StructBlock):
    """A prompt beside which the trainee keeps a private note; only they can read it."""

    prompt = blocks.TextBlock(max_length=600)

    class Meta:
        icon = "edit"
        label = "Reflection prompt"


class MediaBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    kind = blocks.ChoiceBlock(choices=[("video", "Video"), ("audio", "Audio")], default="video")
    url = blocks.URLBlock(
        required=False, help_text="Where to watch or listen. Shown as a link: nothing loads from another site."
    )
    document = DocumentChooserBlock(required=False, help_text="Or a media file uploaded to the portal.")
    transcript = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        label = "Video or audio with transcript"
        template = "training/blocks/media.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    description = blocks.CharBlock(max_length=200, required=False)

    class Meta:
        icon = "doc-full"
        template = "training/blocks/download.html"


class LessonContentBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="training/blocks/text.html")
    key_points = KeyPointsBlock()
    scenario = ScenarioBlock()
    reflection = ReflectionBlock()
    media = MediaBlock()
    download = DownloadBlock()


class LessonBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    content = LessonContentBlock()

    class Meta:
        icon = "doc-full-inverse"


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    is_correct = blocks.BooleanBlock(required=False, label="Correct answer")

    class Meta:
        icon = "tick"
        label = "Choice"
