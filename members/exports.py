"""CPD exports: a CSV of every record (streamed, so any number of rows uses little memory) and a PDF portfolio."""

from collections import defaultdict
from itertools import islice

from django.db.models import Prefetch, Sum
from django.utils import timezone
from fpdf.enums import XPos, YPos

from members.cpd import competency_totals, year_progress
from members.models import ActivityType, Competency, CPDEvidence, CPDRecord, LearningMode
from portal.confidentiality import disclosing_terms_found
from portal.pdf import PDF_FONT, PortalPDF

CSV_HEADINGS = [
    "Date",
    "Type of activity",
    "Title",
    "Provider",
    "Hours",
    "Learning",
    "Competencies",
    "Reflection",
    "Evidence files",
    "Recorded by",
    "Created",
    "Last changed",
]
CSV_CHUNK = 500
PORTFOLIO_TITLE = "Continuing professional development portfolio"
NEUTRAL_CSV_NAME = "cpd-records.csv"


def cpd_records_for_export(user):
    return (
        CPDRecord.objects.filter(user=user)
        .order_by("date", "id")
        .prefetch_related(
            Prefetch("competencies", queryset=Competency.objects.only("id", "name")),
            Prefetch("evidence", queryset=CPDEvidence.objects.only("id", "record_id", "original_name")),
        )
    )


def _batches(iterable, size):
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


CSV_FIELDS = (
    "id",
    "date",
    "activity_type",
    "title",
    "provider",
    "hours",
    "mode",
    "reflection",
    "source",
    "created_at",
    "updated_at",
)


def cpd_csv_rows(user):
    """The CSV export's rows, one per record (`portal.spreadsheets.csv_response` writes and guards them).

    Plain value rows read in chunks, with each chunk's competencies and evidence names fetched in two queries, keep
    memory flat however many records there are (model instances with prefetching would build up reference cycles).
    """
    activity_labels = dict(ActivityType.choices)
    rows = CPDRecord.objects.filter(user=user).order_by("date", "id").values_list(*CSV_FIELDS)
    for batch in _batches(rows.iterator(chunk_size=CSV_CHUNK), CSV_CHUNK):
        ids = [row[0] for row in batch]
        competencies = defaultdict(list)
        for record_id, name in (
            CPDRecord.competencies.through.objects.filter(cpdrecord_id__in=ids)
            .order_by("competency__name")
            .values_list("cpdrecord_id", "competency__name")
        ):
            competencies[record_id].append(name)
        evidence = defaultdict(list)
        for record_id, name in (
            CPDEvidence.objects.filter(record_id__in=ids).order_by("id").values_list("record_id", "original_name")
        ):
            evidence[record_id].append(name)
        for record_id, day, activity_type, title, provider, hours, mode, reflection, source, created, updated in batch:
            yield [
                day,
                activity_labels.get(activity_type, activity_type),
                title,
                provider,
                hours,  # a number, two decimal places as stored
                "Participatory" if mode == LearningMode.PARTICIPATORY else "Self-directed",
                "; ".join(competencies[record_id]),
                reflection,
                "; ".join(evidence[record_id]),
                source or "You",
                timezone.localtime(created).strftime("%Y-%m-%d %H:%M"),
                timezone.localtime(updated).strftime("%Y-%m-%d %H:%M"),
            ]


# --- The PDF portfolio


def neutral_download_name(name: str, fallback: str) -> str:
    """Downloaded file names never carry a disclosing term (confidentiality rule 1)."""
    return fallback if disclosing_terms_found(name) else name


class PortfolioPDF(PortalPDF):
    def __init__(self, title):
        super().__init__(format="A4")
        self.portfolio_title = title
        self.set_title(title)
        self.set_creator("Portal")
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)

    def footer(self):
        self.set_y(-12)
        self.set_font(PDF_FONT, size=8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"{self.portfolio_title} – page {self.page_no()} of {{nb}}", align="C")

    def heading(self, text, size=14):
        self.set_font(PDF_FONT, "B", size)
        self.set_text_color(0, 0, 0)
        self.multi_cell(0, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def paragraph(self, text, size=10, style=""):
        self.set_font(PDF_FONT, style, size)
        self.set_text_color(20, 20, 20)
        self.multi_cell(0, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def row(self, label, value, label_width=62):
        """A label and its value side by side; either may wrap. The pair moves to a new page whole if need be."""
        self.set_font(PDF_FONT, "B", 10)
        label_lines = len(self.multi_cell(label_width, 5.5, label, dry_run=True, output="LINES"))
        self.set_font(PDF_FONT, "", 10)
        value_width = self.w - self.r_margin - self.l_margin - label_width
        value_lines = len(self.multi_cell(value_width, 5.5, value, dry_run=True, output="LINES"))
        height = 5.5 * max(label_lines, value_lines)
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()
        top = self.get_y()
        self.set_font(PDF_FONT, "B", 10)
        self.multi_cell(label_width, 5.5, label, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_xy(self.l_margin + label_width, top)
        self.set_font(PDF_FONT, "", 10)
        self.multi_cell(value_width, 5.5, value, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(top + height)


def _hours(value) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") + (" hour" if value == 1 else " hours")


def portfolio_pdf(user, year, settings) -> bytes:
    progress = year_progress(user, year, settings)
    records = list(cpd_records_for_export(user).filter(date__gte=year.start, date__lt=year.end).order_by("date", "id"))
    by_type = dict(
        CPDRecord.objects.filter(user=user, date__gte=year.start, date__lt=year.end)
        .values_list("activity_type")
        .annotate(hours=Sum("hours"))
        .order_by()
    )
    competencies = competency_totals(CPDRecord.objects.filter(user=user, date__gte=year.start, date__lt=year.end))

    pdf = PortfolioPDF(PORTFOLIO_TITLE)
    pdf.add_page()
    pdf.heading(PORTFOLIO_TITLE, size=18)
    pdf.row("Name", user.get_full_name())
    pdf.row("CPD year", year.label)
    pdf.row("Prepared on", f"{timezone.localdate():%d %B %Y}")
    pdf.ln(4)

    pdf.heading("Summary")
    pdf.row("Hours recorded", f"{_hours(progress.total_hours)} (target: {_hours(progress.target_hours)})")
    pdf.row(
        "Learning with others",
        f"{_hours(progress.participatory_hours)} (at least {_hours(progress.participatory_target_hours)})",
    )
    pdf.row("Activities", str(progress.record_count))
    pdf.row("Target", "Met" if progress.target_met else f"{_hours(progress.remaining_hours)} to go")
    if by_type:
        pdf.ln(2)
        pdf.paragraph("Hours by type of activity", style="B")
        for value, label in ActivityType.choices:
            if value in by_type:
                pdf.row(label, _hours(by_type[value]))
    if competencies:
        pdf.ln(2)
        pdf.paragraph("Hours by competency", style="B")
        for competency in competencies:
            pdf.row(competency.name, _hours(competency.hours))
    pdf.ln(4)

    pdf.heading("Activities and reflections")
    if not records:
        pdf.paragraph("No activities were recorded in this CPD year.")
    for record in records:
        pdf.set_draw_color(160, 160, 160)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2)
        pdf.paragraph(f"{record.date:%d %B %Y} – {record.title}", size=11, style="B")
        pdf.row("Type", record.get_activity_type_display())
        if record.provider:
            pdf.row("Provider", record.provider)
        pdf.row("Time", _hours(record.hours))
        pdf.row("Learning", "Participatory" if record.is_participatory else "Self-directed")
        names = [competency.name for competency in record.competencies.all()]
        if names:
            pdf.row("Competencies", ", ".join(names))
        if record.reflection:
            pdf.paragraph("Reflection", style="B")
            pdf.paragraph(record.reflection)
        evidence = [item.original_name for item in record.evidence.all()]
        if evidence:
            pdf.row("Evidence", "; ".join(evidence))
        pdf.ln(3)
    return bytes(pdf.output())
