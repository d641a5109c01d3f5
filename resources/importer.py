"""Plain text to guidance chapter blocks. Pure functions: no database, so every rule is easy to test.

Source documents are copied out of Word files and PDFs, so the rules are forgiving:
- a heading is a short line without closing punctuation that stands on its own (blank lines around it), or a short
  Title Case line directly followed by a long paragraph line ("Standard checks" / "To be eligible for…"), or a
  numbered line standing alone in capitals or Title Case ("1. PLANNING YOUR PROJECT"); a line with a phone number, web
  or email address is never a heading nor a speaker's name;
- a list is a run of lines starting with "•" (or "●", "▪", "◦") or with numbers ("1." or "1)"); lines that carry on
  an item (starting in lower case) join it, and blank lines between items do not end the list;
- a quotation is a paragraph followed by a short attribution line ("– Peer Mentor", "HIV Clinician"), either in
  quotation marks or as a sentence standing on its own;
- everything else is paragraphs; lines hard-wrapped by a PDF are joined back together.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.html import escape
from django.utils.text import Truncator

BULLET = re.compile(r"^\s*([•●▪◦])\s*(?P<text>\S.*)$")
NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(?P<text>\S.*)$")
ATTRIBUTION_DASH = re.compile(r"^\s*[–—-]\s*")
OPENING_QUOTES = "\"“‘'"
CLOSING_QUOTES = "\"”’'"
# Punctuation that ends a sentence or clause; a heading never ends with it (a question mark is allowed).
CLOSING_PUNCTUATION = ".,;:!…"
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "from", "its"}
PHONE_NUMBER = re.compile(r"\d[\d ]{6,}\d")
WEB_OR_EMAIL_ADDRESS = re.compile(r"https?://|www\.|\S@\S+\.\w", re.IGNORECASE)

MAX_HEADING_WORDS = 14
MAX_SENTENCE_CASE_HEADING_WORDS = 8
MAX_ATTRIBUTION_WORDS = 8
MIN_QUOTE_WORDS = 6
UNWRAPPED_LINE_LENGTH = 90  # longer lines were typed as whole paragraphs, not wrapped by a PDF


@dataclass
class Heading:
    text: str


@dataclass
class Paragraph:
    text: str


@dataclass
class BulletList:
    items: list[str]
    ordered: bool = False

    @property
    def is_questions(self):
        return all(item.rstrip().endswith("?") for item in self.items)


@dataclass
class Quote:
    text: str
    attribution: str


@dataclass
class Tip:
    text: str


@dataclass
class ParsedDocument:
    title: str
    elements: list = field(default_factory=list)

    def count(self, kind):
        return sum(1 for element in self.elements if isinstance(element, kind))

    def report(self):
        """What was found, in words: "12 headings, 3 lists, 2 quotations, 40 paragraphs"."""
        counts = [
            (self.count(Heading), "heading", "headings"),
            (self.count(BulletList), "list", "lists"),
            (self.count(Quote), "quotation", "quotations"),
            (self.count(Paragraph), "paragraph", "paragraphs"),
            (self.count(Tip), "tip", "tips"),
        ]
        return ", ".join(f"{number} {singular if number == 1 else plural}" for number, singular, plural in counts)

    @property
    def summary(self):
        first = next((element.text for element in self.elements if isinstance(element, Paragraph)), self.title)
        return Truncator(first).chars(200)


@dataclass
class _Line:
    text: str
    blank_before: bool
    blank_after: bool

    @property
    def words(self):
        return self.text.split()


def normalise(text):
    """Unify line endings and spaces, strip each line's right side."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\t", " ")
    text = text.replace("\ufeff", "").replace("\f", "\n")
    return [re.sub(r" {2,}", " ", line.rstrip()) for line in text.split("\n")]


def _lines(text):
    raw = normalise(text)
    lines = []
    for index, line in enumerate(raw):
        if not line.strip():
            continue
        blank_before = index == 0 or not raw[index - 1].strip()
        blank_after = index == len(raw) - 1 or not raw[index + 1].strip()
        lines.append(_Line(line.strip(), blank_before, blank_after))
    return lines


def _list_item(line):
    match = BULLET.match(line.text)
    if match:
        return match.group("text").strip(), False
    match = NUMBERED.match(line.text)
    if match:
        return match.group("text").strip(), True
    return None


def is_title_case(text):
    words = [word for word in re.findall(r"[^\W\d_][\w’'/()-]*", text) if word.lower() not in SMALL_WORDS]
    if not words:
        return False
    capitalised = sum(1 for word in words if word[0].isupper())
    return capitalised / len(words) >= 0.5


def has_contact_details(text):
    return bool(PHONE_NUMBER.search(text) or WEB_OR_EMAIL_ADDRESS.search(text))


def looks_like_heading_text(text):
    """Short, no closing punctuation, not a quotation, no phone number or address: could be a heading."""
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or len(text) > 120:
        return False
    if text[-1] in CLOSING_PUNCTUATION or text[0] in OPENING_QUOTES or has_contact_details(text):
        return False
    if not re.search(r"[^\W\d_]{2,}", text):
        return False
    if not text[0].isupper() and len(words) < 2:
        return False
    return is_title_case(text) or text.isupper() or len(words) <= MAX_SENTENCE_CASE_HEADING_WORDS or text[-1] == "?"


def looks_like_attribution(text):
    """A short line naming who said something: "– Peer Mentor", "HIV Clinician"."""
    text = ATTRIBUTION_DASH.sub("", text)
    words = text.split()
    return (
        bool(words)
        and len(words) <= MAX_ATTRIBUTION_WORDS
        and len(text) <= 70
        and text[0].isupper()
        and text[-1] not in CLOSING_PUNCTUATION + "?"
        and text[0] not in OPENING_QUOTES
        and not has_contact_details(text)
    )


def _join(lines):
    """Join hard-wrapped lines into one paragraph's text ("well-" + "being" -> "well-being")."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif text.endswith("-") and line[:1].islower():
            text += line
        else:
            text += " " + line
    return text


def _starts_paragraph_break(previous, line):
    """Whole-paragraph lines (typed, not wrapped) each make a paragraph of their own."""
    return len(previous) >= UNWRAPPED_LINE_LENGTH and previous[-1] in ".!?:" and line[:1].isupper()


def _is_standalone_heading(lines, i):
    line = lines[i]
    return line.blank_before and line.blank_after and i + 1 < len(lines) and looks_like_heading_text(line.text)


def _is_numbered_heading(lines, i):
    """A numbered line standing alone in capitals or Title Case ("1. PLANNING YOUR PROJECT"), not a list of one."""
    item = _list_item(lines[i])
    return (
        item is not None
        and item[1]
        and _is_standalone_heading(lines, i)
        and _list_item(lines[i + 1]) is None
        and (item[0].isupper() or is_title_case(item[0]))
    )


def _is_heading_over_text(lines, i):
    """A short heading line with its paragraph directly below it, without a blank line between."""
    line = lines[i]
    if not line.blank_before or line.blank_after or i + 1 >= len(lines):
        return False
    following = lines[i + 1].text
    if _list_item(lines[i + 1]) is not None or not following[:1].isupper():
        return False
    return (
        looks_like_heading_text(line.text)
        and (is_title_case(line.text) or len(line.words) <= 6)
        and len(following) >= 60
        and len(following) >= 2 * len(line.text)
    )


def _quote_end(lines, i):
    """If a quotation starts at line i: (index of its attribution line, quote text). Otherwise None."""
    line = lines[i]
    if line.text[0] in OPENING_QUOTES:
        # A quoted passage, possibly wrapped over several lines, then its attribution (after a blank line or not).
        j = i
        while not lines[j].text.rstrip(" .").endswith(tuple(CLOSING_QUOTES)):
            if lines[j].blank_after or j + 1 >= len(lines):
                return None
            j += 1
        if j + 1 < len(lines) and looks_like_attribution(lines[j + 1].text) and _list_item(lines[j + 1]) is None:
            return j + 1, _join([candidate.text for candidate in lines[i : j + 1]])
        return None
    # An unquoted sentence standing on its own with the speaker on the next line.
    if i + 1 >= len(lines) or line.blank_after or _list_item(lines[i + 1]) is not None:
        return None
    ends_sentence = line.text[-1] in ".!?…" or line.text[-1] in CLOSING_QUOTES
    attribution = lines[i + 1]
    if len(line.words) < MIN_QUOTE_WORDS or not looks_like_attribution(attribution.text):
        return None
    # Either a full sentence, or a line that forms a two-line group with its speaker.
    if ends_sentence or (line.blank_before and attribution.blank_after):
        return i + 1, line.text
    return None


def _continues_attribution(line):
    """A lower-case line straight after an attribution carries it on ("HIV Peer Mentor" / "at a London clinic")."""
    text = line.text
    return (
        not line.blank_before
        and text[:1].islower()
        and len(line.words) <= MAX_ATTRIBUTION_WORDS
        and text[-1] not in CLOSING_PUNCTUATION
    )


def _strip_quotes(text):
    text = text.strip()
    if text[:1] in OPENING_QUOTES:
        text = text[1:]
    text = text.rstrip()
    if text[-1:] in CLOSING_QUOTES:
        text = text[:-1]
    return text.strip()


def parse(text, fallback_title="Imported guidance"):
    """Turn a plain-text document into a title and a list of elements (Heading, Paragraph, BulletList, Quote, Tip)."""
    lines = _lines(text)
    title = fallback_title
    if lines and looks_like_heading_text(lines[0].text) and lines[0].blank_after:
        title = lines[0].text
        lines = lines[1:]
        if lines:
            lines[0].blank_before = True
    title = title[:1].upper() + title[1:]

    elements = []
    i = 0
    while i < len(lines):
        line = lines[i]
        item = _list_item(line)
        if item is not None and not _is_numbered_heading(lines, i):
            i = _read_list(lines, i, elements)
            continue
        quote = _quote_end(lines, i)
        if quote is not None:
            end, quote_text = quote
            attribution = ATTRIBUTION_DASH.sub("", lines[end].text)
            # PDFs break long attributions: "Young woman newly diagnosed" / "describing her first meeting…"
            while end + 1 < len(lines) and _continues_attribution(lines[end + 1]):
                end += 1
                attribution = f"{attribution} {lines[end].text}"
            elements.append(Quote(_strip_quotes(quote_text), attribution))
            i = end + 1
            continue
        if _is_standalone_heading(lines, i) or _is_heading_over_text(lines, i):
            elements.append(Heading(line.text))
            i += 1
            continue
        i = _read_paragraphs(lines, i, elements)
    return ParsedDocument(title=title, elements=elements)


def _read_list(lines, i, elements):
    first_text, ordered = _list_item(lines[i])
    items = [first_text]
    i += 1
    while i < len(lines):
        line = lines[i]
        item = _list_item(line)
        if item is not None:
            if item[1] != ordered:
                break
            items.append(item[0])
        elif not line.blank_before and (line.text[:1].islower() or items[-1].endswith(("-", ","))):
            items[-1] = _join([items[-1], line.text])
        else:
            break
        i += 1
    elements.append(BulletList(items=items, ordered=ordered))
    return i


def _read_paragraphs(lines, i, elements):
    """Read one blank-separated group of lines (or up to the next list item / quotation) as paragraphs."""
    group = [lines[i].text]
    i += 1
    while i < len(lines) and not lines[i].blank_before and _list_item(lines[i]) is None:
        if _quote_end(lines, i) is not None and lines[i - 1].text[-1:] in ".!?…":
            break
        if _starts_paragraph_break(group[-1], lines[i].text):
            _add_paragraph(group, elements)
            group = []
        group.append(lines[i].text)
        i += 1
    _add_paragraph(group, elements)
    return i


def _add_paragraph(group, elements):
    if not group:
        return
    text = _join(group)
    tip = re.match(r"^(?:Top )?Tip\s*[:–-]\s*(?P<text>.+)$", text, re.IGNORECASE)
    elements.append(Tip(tip.group("text")) if tip else Paragraph(text))


def to_stream(document):
    """The elements as StreamField data using the guidance blocks (resources/blocks.py).

    Neighbouring paragraphs and plain lists share one rich-text block, so an editor sees them as one passage.
    """
    stream = []
    passage = []

    def close_passage():
        if passage:
            stream.append({"type": "text", "value": "".join(passage)})
            passage.clear()

    for element in document.elements:
        if isinstance(element, Paragraph):
            passage.append(f"<p>{escape(element.text)}</p>")
        elif isinstance(element, BulletList) and not element.is_questions:
            tag = "ol" if element.ordered else "ul"
            passage.append(f"<{tag}>" + "".join(f"<li>{escape(item)}</li>" for item in element.items) + f"</{tag}>")
        else:
            close_passage()
            if isinstance(element, Heading):
                stream.append({"type": "heading", "value": element.text[:120]})
            elif isinstance(element, BulletList):
                stream.append({"type": "questions", "value": {"title": "", "items": [i[:400] for i in element.items]}})
            elif isinstance(element, Quote):
                value = {"text": element.text[:1000], "attribution": element.attribution[:120]}
                stream.append({"type": "quote", "value": value})
            elif isinstance(element, Tip):
                stream.append({"type": "tip", "value": {"title": "Tip", "text": f"<p>{escape(element.text)}</p>"}})
    close_passage()
    return stream


def title_from_filename(path):
    return Path(path).stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Imported guidance"
