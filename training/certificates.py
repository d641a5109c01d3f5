"""Certificates: issued once the last required module is passed, shown as a page and a PDF, verifiable by code;
reissued with a new code when the person changes the name to print.

The title and the file name are neutral (confidentiality rule 1): a certificate may be shown to an employer.
"""

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from fpdf.enums import XPos, YPos
from wagtail.models import Site

from portal.confidentiality import disclosing_terms_found
from portal.pdf import PDF_FONT, new_pdf
from training.models import DEFAULT_CERTIFICATE_TITLE, Certificate, ModuleProgress, TrainingSettings

PDF_FILE_NAME = "training-certificate.pdf"


def certificate_title():
    site = Site.objects.filter(is_default_site=True).first()
    title = TrainingSettings.for_site(site).certificate_title if site else DEFAULT_CERTIFICATE_TITLE
    # Settings are validated on save; this guards a title saved before a term was added to the list.
    return DEFAULT_CERTIFICATE_TITLE if disclosing_terms_found(title) else title


def issue_if_complete(user, course):
    """Issue the course certificate when every required module is passed; returns it, or None."""
    from training.progress import course_modules

    existing = Certificate.objects.current().filter(user=user, course=course).first()
    if existing:
        return existing
    required = [module for module in course_modules(course) if module.is_required]
    if not required:
        return None
    passed = ModuleProgress.objects.filter(user=user, module__in=required, passed_at__isnull=False)
    if passed.count() < len(required):
        return None
    completed_at = passed.aggregate(last=Max("passed_at"))["last"]
    competencies = neutral_competencies({c.name for module in required for c in module.competencies.all()})
    try:
        with transaction.atomic():
            return Certificate.objects.create(
                user=user,
                course=course,
                title=certificate_title(),
                name=printable_name(user),
                completed_on=completed_at.date(),
                competencies=competencies,
            )
    except IntegrityError:  # issued by a request running at the same moment
        return Certificate.objects.current().get(user=user, course=course)


def printable_name(user):
    """The person's own name, or "" when they gave none. Never get_full_name(): it falls back to the email address,
    and a certificate must never print an email address."""
    name = user.display_name.strip() or f"{user.first_name.strip()} {user.last_name.strip()}".strip()
    return "" if "@" in name else name


def needs_name(certificate):
    """Issued without a name (or, from before this rule, with an email address): ask before showing or printing it."""
    return not certificate.name.strip() or "@" in certificate.name


def set_name(certificate, name):
    """Fill in the name once. It is kept on the Certificate, not on the account, so what the certificate says stays
    fixed after issue even if the person later changes how the portal greets them."""
    if needs_name(certificate):
        certificate.name = name
        certificate.save(update_fields=["name"])
    return certificate


def reissue(certificate, name):
    """A new certificate with the new name and a new code, for the same course, date and competencies; the old one is
    kept and marked replaced, so its code still answers (with "replaced") and the person's data export lists both.
    Reissuing one that was already replaced (a second click, another tab) returns the current one."""
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if not old.is_current:
            return Certificate.objects.current().get(user=old.user_id, course=old.course_id)
        old.replaced_at = timezone.now()
        old.save(update_fields=["replaced_at"])  # first, so that the new one can be the one current certificate
        new = Certificate.objects.create(
            user=old.user,
            course=old.course,
            title=certificate_title(),
            name=name,
            completed_on=old.completed_on,
            competencies=old.competencies,
        )
        old.replaced_by = new
        old.save(update_fields=["replaced_by"])
    return new


GENERIC_COMPETENCY = "Knowledge of long-term health conditions"


def neutral_competencies(names):
    """A certificate may be shown to anyone: competencies whose names would disclose are listed generically."""
    neutral = sorted(name for name in names if not disclosing_terms_found(name))
    if len(neutral) < len(names):
        neutral.append(GENERIC_COMPETENCY)
    return neutral


def find_by_code(code):
    normalised = code.strip().upper().replace(" ", "")
    if len(normalised) == 12 and "-" not in normalised:
        normalised = f"{normalised[:4]}-{normalised[4:8]}-{normalised[8:]}"
    found = Certificate.objects.filter(code=normalised).first()
    # A certificate still waiting for its name has not been shown to anyone yet: nothing to confirm.
    return None if found is None or needs_name(found) else found


def certificate_pdf(certificate, verify_url) -> bytes:
    pdf = new_pdf(orientation="landscape", format="A4")
    pdf.set_title(certificate.title)
    pdf.set_creator("Portal")
    pdf.set_margins(25, 25, 25)
    pdf.add_page()
    pdf.set_line_width(1)
    pdf.rect(12, 12, pdf.w - 24, pdf.h - 24)
    pdf.set_y(35)

    def line(text, size, style="", height=10, gap=0):
        pdf.set_font(PDF_FONT, style, size)
        pdf.multi_cell(0, height, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if gap:
            pdf.ln(gap)

    line(certificate.title, 26, "B", height=14, gap=6)
    line("This certifies that", 13)
    line(certificate.name, 22, "B", height=14, gap=2)
    line(f"completed the course on {certificate.completed_on:%-d %B %Y}.", 13, gap=6)
    if certificate.competencies:
        line("Competencies covered", 12, "B", height=8)
        line(", ".join(certificate.competencies), 11, height=7, gap=6)
    line(f"Verification code: {certificate.code}", 12, "B", height=8)
    line(f"Check it at {verify_url}", 10, height=7)
    return bytes(pdf.output())
