"""Demo content for the guidance section: topics, audiences, chapters and downloadable templates.

Pure data, no Django imports. Written in the project's own words: the facts and figures follow the charity's own
toolkit, but the sentences are ours.
"""

from .chapters_case import CASE_CHAPTERS
from .chapters_people import PEOPLE_CHAPTERS
from .chapters_toolkit import TOOLKIT_CHAPTERS
from .templates import TEMPLATES
from .topics import AUDIENCES, TOPICS

# Reading order: the case for peer support first, then the toolkit from planning to evaluation.
CHAPTERS = CASE_CHAPTERS + TOOLKIT_CHAPTERS + PEOPLE_CHAPTERS

__all__ = ["AUDIENCES", "CHAPTERS", "TEMPLATES", "TOPICS"]
