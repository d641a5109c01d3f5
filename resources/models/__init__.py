from resources.models.pages import GuidanceChapterPage, GuidanceIndexPage, RelatedChapter
from resources.models.snippets import Audience, Topic

__all__ = ["Audience", "GuidanceChapterPage", "GuidanceIndexPage", "RelatedChapter", "Topic"]
