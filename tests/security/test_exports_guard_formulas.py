"""Gate: every CSV/XLSX download in the portal, found from the URL configuration, keeps planted formulas as text.

A name, a title or a note typed by anyone reaches a coordinator's spreadsheet; a cell that starts with `=`, `+`, `-` or
`@` would run there as a formula. The exports are discovered, not listed, so a new one is covered without editing this
file: URLs whose name or path says export/.csv/.xlsx, every view that is Wagtail's SpreadsheetExportMixin (requested
with `?export=csv` and `?export=xlsx`), and every report in the admin's Reports menu. Every text field of the portal's
own models (and page titles) holds a formula; every cell of every export must come out guarded.
"""

import csv
import datetime
import io
import itertools
import re
from decimal import Decimal
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from openpyxl import load_workbook
from wagtail import hooks
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.models import Site

from demo.groups import add_groups
from demo.pages import ensure_child_page, ensure_group_restriction
from demo.recruitment import add_volunteer_content
from demo.training import ensure_course
from groups.models import GroupPage, MeetingLog
from members.models import Competency, CPDEvidence, CPDRecord
from portal.roles import COORDINATORS, EDITORS, MEMBERS, TRAINEES
from portal.spreadsheets import FORMULA_STARTS, csv_response
from recruitment.models import RoleDescriptionPage, VettingCheck
from resources.models import GuidanceChapterPage, GuidanceIndexPage
from tests.factories import make_user, sign_in_with_mfa
from tests.recruitment.helpers import submitted_application
from tests.security.urlconf import url_patterns
from training.models import TrainingIndexPage

FORMULAS = ('=HYPERLINK("http://x","y")', "+1", "-1+1", "@SUM(1)")
# Text fields filled with formulas: those of every app in this repository (a new app is covered as it is added), plus
# the text Wagtail keeps that exports show (page titles: group and module names; the labels in the site history).
WAGTAIL_TEXT_FIELDS = {
    "wagtailcore.Page": ("title", "draft_title", "seo_title"),
    "wagtailcore.PageLogEntry": ("label",),
    "wagtailcore.ModelLogEntry": ("label",),
}
# Text that is structure, not something a person typed and an export shows: planting a formula there would only break
# the site (passwords, page tree paths, JSON kept in a text field).
NOT_PLANTED = {"password", "lessons"}

CSV_TYPE = "text/csv"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
EXPORT_WORDS = ("export", ".csv", ".xlsx")

# How to request an export found that a plain GET does not produce. A new one fails below until it is added here.
POST_DATA = {"recruitment_admin_application:export": {"include_sensitive": "on"}}
NOT_SPREADSHEETS = {
    "members_cpd_export_pdf": "the CPD portfolio is a PDF (tests/members/test_cpd_exports.py)",
    "one_to_one_referral:export": "a referred person's record is one JSON file (tests/one_to_one/test_data_rights.py)",
}
# The URL arguments an export may take, and where this test finds a value for each.
URL_ARGUMENTS = {
    "page_id": lambda data: data["home"].pk,
    "parent_page_id": lambda data: data["home"].pk,
}


# --- Discovery


def discovered_exports():
    """{(route, name): [query strings to try]} for every export the URL configuration and Reports menu offer."""
    exports = {}
    for leaf in url_patterns():
        route, name, view_class = leaf.route, leaf.name, leaf.view_class
        if view_class and issubclass(view_class, SpreadsheetExportMixin):
            exports[route, name] = ["?export=csv", "?export=xlsx"]
        elif any(word in f"{route} {name or ''}".lower() for word in EXPORT_WORDS):
            exports[route, name] = [""]
    for item in (hook() for hook in hooks.get_hooks("register_reports_menu_item")):
        route = item.url.lstrip("/")
        if not any(route == known for known, _name in exports):
            exports[route, f"Reports menu: {item.label}"] = ["?export=csv", "?export=xlsx"]
    return exports


def export_url(route, data):
    """The path for a route, its arguments filled from the test data; None (and the argument) if one is unknown."""
    missing = []

    def fill(match):
        argument = match.group(1).split(":")[-1]
        if argument not in URL_ARGUMENTS:
            missing.append(argument)
            return ""
        return str(URL_ARGUMENTS[argument](data))

    path = "/" + re.sub(r"<([^>]+)>", fill, route)
    return (None, missing) if missing else (path, [])


# --- Data: one of everything an export shows, then a formula in every text field


def build_data():
    home = Site.objects.get(is_default_site=True).root_page.specific
    out = io.StringIO()
    add_groups(home, out)
    add_volunteer_content(home, out)
    course, _ = ensure_child_page(home, TrainingIndexPage(title="Training", slug="training"))
    ensure_group_restriction(course, Group.objects.filter(name__in=[TRAINEES, MEMBERS]))
    ensure_course(home, out)
    guidance, _ = ensure_child_page(home, GuidanceIndexPage(title="Guidance", slug="guidance"))
    ensure_child_page(
        guidance,
        GuidanceChapterPage(title="Chapter", slug="chapter", summary="One line.", review_by=datetime.date(2020, 1, 1)),
    )

    coordinator = make_user("coordinator@example.org", roles=[COORDINATORS, EDITORS], display_name="Casey")
    superuser = make_user("admin@example.org", is_staff=True, is_superuser=True)
    member = make_user("member@example.org", roles=[MEMBERS], display_name="Member", first_name="Mo", last_name="M")
    make_user("trainee@example.org", roles=[TRAINEES], display_name="Trainee")
    record = CPDRecord.objects.create(
        user=member,
        date=datetime.date.today(),
        activity_type="training",
        title="Listening",
        provider="Trust",
        hours=Decimal("2"),
        reflection="Went well",
    )
    record.competencies.set(Competency.objects.all()[:2])
    CPDEvidence.objects.create(
        record=record,
        file="evidence/e.pdf",
        original_name="notes.pdf",
        extension="pdf",
        content_type="application/pdf",
        size=10,
    )
    group = GroupPage.objects.first()
    MeetingLog.objects.create(group=group, attendance=6, issues_for_coordinator="Room too small")
    applicant = make_user("applicant@example.org")
    application = submitted_application(applicant, RoleDescriptionPage.objects.first())
    VettingCheck.objects.create(
        person=member,
        level=VettingCheck._meta.get_field("level").choices[0][0],
        certificate_date=datetime.date(2023, 1, 1),
        certificate_reference="001",
        renewal_date=datetime.date.today(),
    )
    return {"home": home, "people": [member, coordinator, superuser], "application": application}


def text_fields(model):
    """The fields of `model`'s own table that hold text a person typed (not choices, slugs or structure)."""
    for field in model._meta.local_concrete_fields:
        if isinstance(field, models.SlugField) or field.choices or field.name in NOT_PLANTED:
            continue
        if isinstance(field, (models.CharField, models.TextField, models.JSONField)):
            yield field


def plant_formulas():
    """A formula in every text field of every row (JSON form answers too), so every column an export has gets one."""
    payloads = itertools.cycle(FORMULAS)
    # The project's own apps are the packages at the top of the repository (a virtualenv inside it holds Wagtail's).
    portal_apps = [app for app in apps.get_app_configs() if Path(app.path).parent == Path(settings.BASE_DIR)]
    targets = [(model, list(text_fields(model))) for app in portal_apps for model in app.get_models()]
    for label, names in WAGTAIL_TEXT_FIELDS.items():
        model = apps.get_model(label)
        targets.append((model, [model._meta.get_field(name) for name in names]))
    for model, fields in targets:
        for obj in model._base_manager.all():
            changes = {}
            for field in fields:
                formula = next(payloads)
                if isinstance(field, models.JSONField):
                    value = getattr(obj, field.attname)
                    if isinstance(value, dict):
                        changes[field.attname] = {key: formula if isinstance(v, str) else v for key, v in value.items()}
                    continue
                if field.unique:
                    formula = f"{formula} {obj.pk}"
                changes[field.attname] = formula[: field.max_length] if field.max_length else formula
            if changes:
                model._base_manager.filter(pk=obj.pk).update(**changes)


# --- Reading what came back


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def spreadsheet_cells(response):
    """('csv' or 'xlsx', [(row, column, text, guarded)]) for a spreadsheet response, None for anything else."""
    content_type = response.get("Content-Type", "")
    content = body(response)
    if content_type.startswith(CSV_TYPE):
        rows = csv.reader(io.StringIO(content.decode("utf-8-sig")))
        return "csv", [
            (r, c, text, text.startswith("'")) for r, row in enumerate(rows, 1) for c, text in enumerate(row, 1)
        ]
    if content_type.startswith(XLSX_TYPE):
        cells = []
        for r, row in enumerate(load_workbook(io.BytesIO(content)).active.iter_rows(), 1):
            for c, cell in enumerate(row, 1):
                if cell.value is None:
                    continue
                if cell.data_type == "f":
                    cells.append((r, c, f"formula {cell.value}", False))
                elif isinstance(cell.value, str):
                    cells.append((r, c, cell.value, cell.quotePrefix or cell.value.startswith("'")))
        return "xlsx", cells
    return None


def unguarded(text, guarded):
    if guarded:
        return False
    if text.startswith("formula "):
        return True
    if text in FORMULAS:  # a planted formula written as it was typed
        return True
    return text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(text)


def request_as_someone_allowed(client, people, url, post_data):
    """The export as the first of a member, a coordinator (also an editor) and a superuser that may have it."""
    for person in people:
        sign_in_with_mfa(client, person)
        response = client.get(url) if post_data is None else client.post(url, post_data)
        if response.status_code not in (302, 403, 404):
            return response
    return response


def test_every_export_keeps_planted_formulas_as_text(client, db):
    client.raise_request_exception = False  # an export that fails is reported with the others, not alone
    data = build_data()
    plant_formulas()
    exports = discovered_exports()
    assert any(name == "members_cpd_export_csv" for _route, name in exports), "discovery found no exports"

    problems = []
    for (route, name), queries in sorted(exports.items(), key=lambda item: item[0][0]):
        if name in NOT_SPREADSHEETS:
            continue
        path, missing = export_url(route, data)
        if path is None:
            problems.append(f"{route} ({name}): cannot fill URL argument(s) {missing}: add them to URL_ARGUMENTS")
            continue
        spreadsheets = 0
        for query in queries:
            response = request_as_someone_allowed(client, data["people"], path + query, POST_DATA.get(name))
            if response.status_code != 200:
                problems.append(f"{path}{query} ({name}): answered {response.status_code} to everyone")
                continue
            found = spreadsheet_cells(response)
            if found is None:
                continue
            spreadsheets += 1
            kind, cells = found
            problems += [
                f"{path}{query} ({kind}) row {r} column {c}: {text!r} would run as a formula"
                for r, c, text, guarded in cells
                if unguarded(text, guarded)
            ]
            has_rows = any(r > 1 and text for r, _c, text, _g in cells)
            if has_rows and not any(guarded for r, _c, _t, guarded in cells if r > 1):
                problems.append(f"{path}{query} ({kind}): has rows but no planted formula reached it (plant more)")
        if spreadsheets == 0:
            problems.append(
                f"{path} ({name}): found as an export but gave no CSV/XLSX: add how to request it (POST_DATA) or "
                "say why it is not a spreadsheet (NOT_SPREADSHEETS)"
            )

    assert not problems, "\n".join(problems)


# --- Numbers stay numbers: a negative number is data, not a formula; the type decides, not how the text looks


def test_the_export_writer_keeps_a_negative_number_a_number_and_guards_text_that_looks_like_a_sum():
    response = csv_response("sums.csv", ["Hours", "Note"], [[Decimal("-1.5"), "-1+1"], [-2, "-2"]])

    assert response.content.decode().splitlines()[1:] == ["-1.5,'-1+1", "-2,'-2"]


def test_the_cpd_hours_spreadsheet_gives_hours_as_numbers_a_coordinator_can_add_up(client, db):
    member = make_user("member@example.org", roles=[MEMBERS], display_name="Member")
    CPDRecord.objects.create(
        user=member, date=datetime.date.today(), activity_type="training", title="Course", hours=Decimal("1.50")
    )
    sign_in_with_mfa(client, make_user("coordinator@example.org", roles=[COORDINATORS]))

    response = client.get("/admin/reports/cpd-hours/?export=xlsx")

    sheet = load_workbook(io.BytesIO(body(response)))
    hours = sheet.active.cell(row=2, column=3)
    assert hours.value == 1.5 and hours.data_type == "n"


def test_a_spreadsheet_shows_a_formula_typed_as_a_name_exactly_as_typed_but_as_text(client, db):
    make_user("formula@example.org", roles=[MEMBERS], display_name=FORMULAS[0])
    sign_in_with_mfa(client, make_user("coordinator@example.org", roles=[COORDINATORS]))

    response = client.get("/admin/reports/cpd-hours/?export=xlsx")

    sheet = load_workbook(io.BytesIO(body(response)))
    name = sheet.active.cell(row=2, column=1)
    assert (name.value, name.data_type, name.quotePrefix) == (FORMULAS[0], "s", True)
