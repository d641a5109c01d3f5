"""Fill-in templates (documents uploaded as Markdown) offered as a Word document, an OpenDocument file and a PDF.

The Markdown is the one source: it is read once into a few plain blocks (headings, paragraphs, lists, tables, with
bold and italic runs), and each format has one writer for those blocks.

Lines of a paragraph join as Markdown joins them, except where a form puts fields one under another: a line that
ends with a blank to fill in ("]") or a colon, or a next line that starts with a bold label ("**Date:**"), stays a
line of its own.
"""

import hashlib
import io
import logging
from dataclasses import dataclass, field

from django.core.cache import cache
from django.urls import reverse
from markdown_it import MarkdownIt

from portal.confidentiality import configured_disclosing_terms
from portal.pdf import PDF_FONT, new_pdf
from resources.documents import neutral_file_stem

TEMPLATE_EXTENSIONS = ("md",)
CACHE_SECONDS = 24 * 60 * 60

logger = logging.getLogger(__name__)


# --- The blocks a template is made of


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    line_break: bool = False  # a new line inside the paragraph; `text` is empty


@dataclass
class Heading:
    level: int
    runs: list[Run]


@dataclass
class Paragraph:
    runs: list[Run]


@dataclass
class ListItem:
    blocks: list  # Paragraphs and nested ListBlocks


@dataclass
class ListBlock:
    ordered: bool
    start: int = 1
    items: list[ListItem] = field(default_factory=list)


@dataclass
class Table:
    header: list[list[Run]]
    rows: list[list[list[Run]]]


def plain_text(runs) -> str:
    return "".join("\n" if run.line_break else run.text for run in runs)


_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


def parse_template(source: str) -> list:
    """The blocks of a Markdown template, in order."""
    tokens = _MARKDOWN.parse(source)
    blocks, _end = _blocks(tokens, 0, closing=None)
    return blocks


def _blocks(tokens, index, closing):
    blocks = []
    while index < len(tokens):
        token = tokens[index]
        if token.type == closing:
            return blocks, index + 1
        if token.type == "heading_open":
            blocks.append(Heading(level=int(token.tag[1]), runs=_runs(tokens[index + 1])))
            index += 3
        elif token.type == "paragraph_open":
            blocks.append(Paragraph(runs=_runs(tokens[index + 1])))
            index += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            block, index = _list(tokens, index)
            blocks.append(block)
        elif token.type == "table_open":
            block, index = _table(tokens, index)
            blocks.append(block)
        elif token.type in ("fence", "code_block", "html_block"):
            lines = token.content.rstrip("\n").split("\n")
            runs = []
            for number, line in enumerate(lines):
                if number:
                    runs.append(Run("", line_break=True))
                runs.append(Run(line))
            blocks.append(Paragraph(runs=runs))
            index += 1
        else:  # blockquote and list-item wrappers, rules: their content (if any) is read as ordinary blocks
            index += 1
    return blocks, index


def _list(tokens, index):
    opening = tokens[index]
    ordered = opening.type == "ordered_list_open"
    block = ListBlock(ordered=ordered, start=int(opening.attrGet("start") or 1) if ordered else 1)
    closing = "ordered_list_close" if ordered else "bullet_list_close"
    index += 1
    while tokens[index].type != closing:
        item_blocks, index = _blocks(tokens, index + 1, closing="list_item_close")
        block.items.append(ListItem(blocks=item_blocks))
    return block, index + 1


def _table(tokens, index):
    header, rows, row = [], [], None
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            row.append(_runs(tokens[index + 1]))
        elif token.type == "tr_close":
            if not header:
                header = row
            else:
                rows.append(row)
        index += 1
    width = len(header)
    rows = [(row + [[]] * width)[:width] for row in rows]
    return Table(header=header, rows=rows), index + 1


def _keeps_its_line(runs, next_child) -> bool:
    line_so_far = "".join(run.text for run in runs).rstrip()
    return line_so_far.endswith(("]", ":")) or (next_child is not None and next_child.type == "strong_open")


def _runs(inline_token) -> list[Run]:
    runs, bold, italic = [], 0, 0
    children = inline_token.children or []
    for number, child in enumerate(children):
        if child.type == "strong_open":
            bold += 1
        elif child.type == "strong_close":
            bold -= 1
        elif child.type == "em_open":
            italic += 1
        elif child.type == "em_close":
            italic -= 1
        elif child.type == "hardbreak":
            runs.append(Run("", line_break=True))
        elif child.type == "softbreak":
            following = [later for later in children[number + 1 :] if later.type != "text" or later.content]
            next_child = following[0] if following else None
            runs.append(Run("", line_break=True) if _keeps_its_line(runs, next_child) else Run(" "))
        elif child.type in ("text", "code_inline") and child.content:
            runs.append(Run(child.content, bold=bold > 0, italic=italic > 0))
        elif child.type == "image":
            runs.append(Run(child.content, bold=bold > 0, italic=italic > 0))  # its description
    return runs


# --- Word (python-docx)


def to_docx(blocks, title: str) -> bytes:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    properties = document.core_properties
    properties.title, properties.author, properties.last_modified_by, properties.comments = title, "", "", ""
    properties.language = "en-GB"

    def add_runs(paragraph, runs, bold=False):
        for run in runs:
            if run.line_break:
                paragraph.add_run().add_break()
            else:
                word_run = paragraph.add_run(run.text)
                word_run.bold = run.bold or bold or None
                word_run.italic = run.italic or None

    def add_list(block, depth):
        kind = "List Number" if block.ordered else "List Bullet"
        style = kind if depth == 1 else f"{kind} {min(depth, 3)}"
        for item in block.items:
            first = True
            for child in item.blocks:
                if isinstance(child, ListBlock):
                    add_list(child, depth + 1)
                else:
                    paragraph = document.add_paragraph(style=style if first else "List Continue")
                    add_runs(paragraph, child.runs if isinstance(child, Paragraph | Heading) else [])
                    first = False

    for block in blocks:
        if isinstance(block, Heading):
            add_runs(document.add_heading(level=min(block.level, 9)), block.runs)
        elif isinstance(block, Paragraph):
            add_runs(document.add_paragraph(), block.runs)
        elif isinstance(block, ListBlock):
            add_list(block, 1)
        elif isinstance(block, Table):
            table = document.add_table(rows=1 + len(block.rows), cols=len(block.header))
            table.style = "Table Grid"
            for row_number, cells in enumerate([block.header, *block.rows]):
                for column, runs in enumerate(cells):
                    add_runs(table.cell(row_number, column).paragraphs[0], runs, bold=row_number == 0)
            # The heading row repeats on every page, and tells screen readers what each column is.
            header_row = OxmlElement("w:tblHeader")
            header_row.set(qn("w:val"), "true")
            table.rows[0]._tr.get_or_add_trPr().append(header_row)
            document.add_paragraph()

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- OpenDocument (odfpy)


def to_odt(blocks, title: str) -> bytes:
    from odf import dc, teletype
    from odf import table as odf_table
    from odf import text as odf_text
    from odf.opendocument import OpenDocumentText
    from odf.style import ListLevelProperties, ParagraphProperties, Style, TableCellProperties, TextProperties

    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text=title))
    document.meta.addElement(dc.Language(text="en-GB"))

    heading_styles = {}
    for level, size in ((1, "20pt"), (2, "16pt"), (3, "13pt"), (4, "12pt"), (5, "11pt"), (6, "11pt")):
        style = Style(
            name=f"Heading_20_{level}", displayname=f"Heading {level}", family="paragraph", defaultoutlinelevel=level
        )
        style.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm", keepwithnext="always"))
        style.addElement(TextProperties(fontsize=size, fontweight="bold"))
        document.styles.addElement(style)
        heading_styles[level] = style
    body_style = Style(name="Text_20_body", displayname="Text body", family="paragraph")
    body_style.addElement(ParagraphProperties(marginbottom="0.2cm"))
    document.styles.addElement(body_style)

    run_styles = {}
    for bold in (False, True):
        for italic in (False, True):
            if bold or italic:
                style = Style(name=f"Run{'B' if bold else ''}{'I' if italic else ''}", family="text")
                style.addElement(
                    TextProperties(fontweight="bold" if bold else "normal", fontstyle="italic" if italic else "normal")
                )
                document.automaticstyles.addElement(style)
                run_styles[bold, italic] = style

    list_styles = {}
    for ordered in (False, True):
        list_style = odf_text.ListStyle(name="Numbers" if ordered else "Bullets")
        for level in range(1, 11):
            if ordered:
                level_style = odf_text.ListLevelStyleNumber(level=level, numformat="1", numsuffix=".")
            else:
                level_style = odf_text.ListLevelStyleBullet(level=level, bulletchar="•")
            level_style.addElement(ListLevelProperties(spacebefore=f"{0.6 * (level - 1)}cm", minlabelwidth="0.6cm"))
            list_style.addElement(level_style)
        document.automaticstyles.addElement(list_style)
        list_styles[ordered] = list_style

    cell_style = Style(name="Cell", family="table-cell")
    cell_style.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    document.automaticstyles.addElement(cell_style)

    def add_runs(element, runs, bold=False):
        for run in runs:
            if run.line_break:
                element.addElement(odf_text.LineBreak())
                continue
            style = run_styles.get((run.bold or bold, run.italic))
            target = odf_text.Span(stylename=style) if style else element
            teletype.addTextToElement(target, run.text)
            if style:
                element.addElement(target)

    def list_element(block):
        element = odf_text.List(stylename=list_styles[block.ordered])
        for item in block.items:
            list_item = odf_text.ListItem()
            for child in item.blocks:
                if isinstance(child, ListBlock):
                    list_item.addElement(list_element(child))
                else:
                    paragraph = odf_text.P(stylename=body_style)
                    add_runs(paragraph, getattr(child, "runs", []))
                    list_item.addElement(paragraph)
            element.addElement(list_item)
        return element

    for number, block in enumerate(blocks, start=1):
        if isinstance(block, Heading):
            level = min(block.level, 6)
            heading = odf_text.H(outlinelevel=level, stylename=heading_styles[level])
            add_runs(heading, block.runs)
            document.text.addElement(heading)
        elif isinstance(block, Paragraph):
            paragraph = odf_text.P(stylename=body_style)
            add_runs(paragraph, block.runs)
            document.text.addElement(paragraph)
        elif isinstance(block, ListBlock):
            document.text.addElement(list_element(block))
        elif isinstance(block, Table):
            table = odf_table.Table(name=f"Table{number}")
            table.addElement(odf_table.TableColumn(numbercolumnsrepeated=len(block.header)))

            def row_element(cells, bold=False):
                row = odf_table.TableRow()
                for runs in cells:
                    cell = odf_table.TableCell(valuetype="string", stylename=cell_style)
                    paragraph = odf_text.P()
                    add_runs(paragraph, runs, bold=bold)
                    cell.addElement(paragraph)
                    row.addElement(cell)
                return row

            header_rows = odf_table.TableHeaderRows()
            header_rows.addElement(row_element(block.header, bold=True))
            table.addElement(header_rows)
            for cells in block.rows:
                table.addElement(row_element(cells))
            document.text.addElement(table)
            document.text.addElement(odf_text.P(stylename=body_style))

    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


# --- PDF (fpdf2, through portal.pdf so that any script prints)

PDF_LINE_HEIGHT = 5.5
PDF_MAX_TABLE_COLUMNS = 12


def new_template_pdf(title: str):
    """The one place a template PDF is created, with the portal's embedded fonts."""
    pdf = new_pdf(format="A4")
    pdf.set_title(title)
    pdf.set_lang("en-GB")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font(PDF_FONT, size=11)
    return pdf


def pdf_style(bold=False, italic=False) -> str:
    """The portal's fonts have regular, bold and italic faces: bold italic prints bold."""
    return "B" if bold else ("I" if italic else "")


def to_pdf(blocks, title: str) -> bytes:
    from fpdf.enums import TableCellFillMode

    pdf = new_template_pdf(title)
    left = pdf.l_margin

    def write_runs(runs, size=11, bold=False):
        for run in runs:
            if run.line_break:
                pdf.ln(size * 0.5)
                continue
            pdf.set_font(PDF_FONT, pdf_style(run.bold or bold, run.italic), size)
            pdf.write(size * 0.5, run.text)
        pdf.set_font(PDF_FONT, "", 11)

    def write_list(block, depth):
        for number, item in enumerate(block.items, start=block.start):
            marker = f"{number}." if block.ordered else "•"
            first = True
            for child in item.blocks:
                if isinstance(child, ListBlock):
                    write_list(child, depth + 1)
                    continue
                indent = left + 6 * depth
                pdf.set_left_margin(indent)
                pdf.set_x(indent - 5)
                if first:
                    pdf.write(PDF_LINE_HEIGHT, marker)
                pdf.set_x(indent)
                write_runs(getattr(child, "runs", []))
                pdf.ln(PDF_LINE_HEIGHT + 1)
                pdf.set_left_margin(left)
                first = False

    for block in blocks:
        pdf.set_left_margin(left)
        pdf.set_x(left)
        if isinstance(block, Heading):
            size = {1: 18, 2: 14, 3: 12}.get(block.level, 11)
            pdf.ln(2)
            write_runs(block.runs, size=size, bold=True)
            pdf.ln(size * 0.5 + 2)
        elif isinstance(block, Paragraph):
            write_runs(block.runs)
            pdf.ln(PDF_LINE_HEIGHT + 2)
        elif isinstance(block, ListBlock):
            write_list(block, 1)
            pdf.ln(1)
        elif isinstance(block, Table) and len(block.header) > PDF_MAX_TABLE_COLUMNS:
            # Too wide for a page: each row becomes a line of "heading: value" pairs.
            for cells in block.rows:
                pairs = [
                    f"{plain_text(head)}: {plain_text(cell)}" for head, cell in zip(block.header, cells, strict=True)
                ]
                write_runs([Run("; ".join(pairs))])
                pdf.ln(PDF_LINE_HEIGHT + 2)
        elif isinstance(block, Table):
            pdf.set_font(PDF_FONT, "", 10)
            with pdf.table(
                first_row_as_headings=True,
                text_align="LEFT",
                line_height=PDF_LINE_HEIGHT,
                cell_fill_mode=TableCellFillMode.NONE,
            ) as table:
                for cells in [block.header, *block.rows]:
                    row = table.row()
                    for runs in cells:
                        row.cell(plain_text(runs))
            pdf.set_font(PDF_FONT, "", 11)
            pdf.ln(3)

    return bytes(pdf.output())


# --- Offering a template document in each format


@dataclass(frozen=True)
class TemplateFormat:
    extension: str
    label: str
    content_type: str
    writer: object


FORMATS = {
    format.extension: format
    for format in (
        TemplateFormat(
            "docx",
            "Word document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            to_docx,
        ),
        TemplateFormat("odt", "OpenDocument text", "application/vnd.oasis.opendocument.text", to_odt),
        TemplateFormat("pdf", "PDF", "application/pdf", to_pdf),
    )
}


@dataclass(frozen=True)
class TemplateDownload:
    format: TemplateFormat
    url: str
    file_name: str
    size: int

    @property
    def label(self):
        return self.format.label

    @property
    def extension(self):
        return self.format.extension


def is_template(document) -> bool:
    return document.file_extension.lower() in TEMPLATE_EXTENSIONS


def download_file_name(document, extension: str, terms=None) -> str:
    """Named from the title, through the disclosing-terms check (confidentiality rule 1)."""
    return f"{neutral_file_stem(document.title, terms)}.{extension}"


def rendered_template(document, extension: str) -> bytes:
    """The template written in one format; kept in the cache until the file or its title changes."""
    version = hashlib.sha256(f"{document.file_hash}|{document.file.name}|{document.title}".encode()).hexdigest()[:16]
    key = f"template-format:{document.pk}:{version}:{extension}"
    content = cache.get(key)
    if content is None:
        with document.open_file() as source:
            text = source.read().decode("utf-8", errors="replace")
        content = FORMATS[extension].writer(parse_template(text), document.title)
        cache.set(key, content, CACHE_SECONDS)
    return content


def template_downloads(document, terms=None) -> list[TemplateDownload]:
    """Each format a template document is offered in, with its address and size; none for other documents.

    `terms`: the disclosing terms, when the caller has already read them (a page offering many templates)."""
    if document is None or not is_template(document):
        return []
    if terms is None:
        terms = configured_disclosing_terms()
    try:
        sizes = {extension: len(rendered_template(document, extension)) for extension in FORMATS}
    except FileNotFoundError:
        # A document whose file has gone from storage: the page stays readable and offers nothing to download.
        logger.warning("Template document %s has no file in storage", document.pk)
        return []
    downloads = []
    for extension, template_format in FORMATS.items():
        file_name = download_file_name(document, extension, terms)
        downloads.append(
            TemplateDownload(
                format=template_format,
                url=reverse("template_download", args=[document.pk, file_name]),
                file_name=file_name,
                size=sizes[extension],
            )
        )
    return downloads
