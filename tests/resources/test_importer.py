"""`import_guidance`: plain-text documents become draft chapters an editor can review; nothing is published."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from resources import importer
from resources.importer import BulletList, Heading, Paragraph, Quote, Tip, parse, to_stream
from resources.models import GuidanceChapterPage
from tests.resources.helpers import guidance_index

SAMPLES = Path(__file__).resolve().parent / "samples"
SAMPLE_NAMES = (
    "cafe-drop-ins.txt",
    "checking-in-windows.txt",
    "group-agreement-bom.txt",
    "peer-groups.txt",
    "project-toolkit.txt",
    "why-peers-help.txt",
)


def sample(name):
    """A sample document exactly as saved: Windows line endings and a byte-order mark are kept."""
    return (SAMPLES / name).read_bytes().decode("utf-8")


def kinds(document):
    return [type(element).__name__ for element in document.elements]


# --- The parsing rules, one at a time -----------------------------------------------------------------------------


def test_first_short_line_is_the_title_and_standalone_short_lines_are_headings():
    document = parse(
        "Lone Working\n\nWhy it matters\n\nPeople meet alone in the community.\n\nPERSONAL SAFETY\n\nCall in."
    )

    assert document.title == "Lone Working"
    assert kinds(document) == ["Heading", "Paragraph", "Heading", "Paragraph"]
    assert document.elements[2].text == "PERSONAL SAFETY"


def test_sentences_long_lines_phone_numbers_and_closing_lines_are_not_headings():
    document = parse(
        "Title\n\nKeep it short.\n\nCall 0207 7713 044\n\n"
        "This line is far too long to be a heading because it goes on and on about many things\n\n"
        "Ending without text"
    )

    assert kinds(document) == ["Paragraph", "Paragraph", "Paragraph", "Paragraph"]


def test_web_and_email_addresses_are_never_headings():
    document = parse("Title\n\nVisit www.peers.example.org\n\nEmail hello@peers.example.org\n\nText.")

    assert kinds(document) == ["Paragraph", "Paragraph", "Paragraph"]


def test_a_web_address_below_a_sentence_is_not_taken_for_a_speaker():
    document = parse("Title\n\nWe meet every Tuesday evening in the library.\nOnline: www.peers.example.org\n\nText.")

    assert document.count(Quote) == 0
    assert "www.peers.example.org" in document.elements[0].text


def test_numbered_heading_standing_alone_is_a_heading_not_a_list_of_one():
    document = parse(
        "Title\n\n1. PLANNING YOUR PROJECT\n\nStart with why.\n\n2. Policies and Procedures\n\nKeep it safe."
    )

    assert document.elements == [
        Heading("1. PLANNING YOUR PROJECT"),
        Paragraph("Start with why."),
        Heading("2. Policies and Procedures"),
        Paragraph("Keep it safe."),
    ]


def test_numbered_items_separated_by_blank_lines_stay_one_list():
    document = parse("Title\n\nSteps:\n\n1. Book A Room\n\n2. Tell The Office\n\nDone.")

    assert document.elements[1] == BulletList(["Book A Room", "Tell The Office"], ordered=True)


def test_short_title_case_line_directly_above_a_long_paragraph_is_a_heading():
    document = parse(
        "Title\n\nStandard Checks\nTo be eligible for a standard check, the role must be listed in the exceptions "
        "order, which covers roles of trust."
    )

    assert document.elements[0] == Heading("Standard Checks")
    assert document.elements[1].text.startswith("To be eligible")


def test_bullets_and_numbered_items_become_lists():
    document = parse(
        "Title\n\nBefore you start:\n\n  • Write a role description\n  • Plan supervision\n\n"
        "Steps:\n\n1. Book a room\n2) Tell the office\n3. Debrief afterwards"
    )

    lists = [element for element in document.elements if isinstance(element, BulletList)]
    assert [(item.items, item.ordered) for item in lists] == [
        (["Write a role description", "Plan supervision"], False),
        (["Book a room", "Tell the office", "Debrief afterwards"], True),
    ]


def test_wrapped_bullet_items_are_joined_and_blank_lines_between_items_keep_one_list():
    document = parse(
        "Title\n\nPeople need:\n\n• Understanding HIV and treatments \nincluding prevention\n\n"
        "• Meeting others\n\nAfter."
    )

    assert document.elements[1] == BulletList(
        ["Understanding HIV and treatments including prevention", "Meeting others"]
    )
    assert document.elements[2] == Paragraph("After.")


def test_section_numbers_are_not_mistaken_for_numbered_lists():
    document = parse("Title\n\n1.2.1 – Psychological wellbeing on the agenda:\nPeople report not being asked.")

    assert kinds(document) == ["Paragraph"]


def test_quotation_in_quote_marks_with_attribution_after_a_blank_line():
    document = parse(
        "Title\n\n“Peer support has been my manual on\nhow to live well.”\n\nPerson living with HIV\n\nMore text."
    )

    assert document.elements[0] == Quote(
        "Peer support has been my manual on how to live well.", "Person living with HIV"
    )
    assert document.elements[1] == Paragraph("More text.")


def test_sentence_followed_by_a_dashed_speaker_line_is_a_quotation():
    document = parse("Title\n\nI now see myself as someone who can support others.\n– Peer Mentor\n\nThe end of it.")

    assert document.elements[0] == Quote("I now see myself as someone who can support others.", "Peer Mentor")


def test_unpunctuated_sentence_with_a_role_below_it_is_a_quotation():
    document = parse("Title\n\nI know whenever my patients see a peer worker, magic happens\nHIV Clinician\n\nText.")

    assert document.elements[0] == Quote(
        "I know whenever my patients see a peer worker, magic happens", "HIV Clinician"
    )


def test_hard_wrapped_lines_join_into_one_paragraph():
    document = parse(
        "Title\n\nPeer support is a relationship in which\npeople see each other as equal. It is well-\nbeing."
    )

    assert document.elements == [
        Paragraph("Peer support is a relationship in which people see each other as equal. It is well-being.")
    ]


def test_tip_paragraph_becomes_a_tip():
    document = parse("Title\n\nTip: Your plan does not have to be complicated.")

    assert document.elements == [Tip("Your plan does not have to be complicated.")]


def test_windows_line_endings_and_non_breaking_spaces_are_handled():
    document = parse("Title\r\n\r\nWhy\u00a0it matters\r\n\r\nBecause it does.\r\n")

    assert document.elements == [Heading("Why it matters"), Paragraph("Because it does.")]


def test_untitled_document_takes_its_title_from_the_file_name():
    document = parse("A long first sentence that is a paragraph rather than a title.", "Lone working notes")

    assert document.title == "Lone working notes"
    assert importer.title_from_filename("imports/lone-working_notes.txt") == "Lone working notes"


def test_stream_uses_the_guidance_blocks_and_escapes_text():
    document = parse(
        "Title\n\nIntro\n\nA <b>bold</b> claim & more.\n\n• One\n• Two\n\nAsk:\n\n• Who?\n\nThe end.\n\n"
        "It helps me every single day.\n– Peer Mentor"
    )

    stream = to_stream(document)

    assert [block["type"] for block in stream] == ["heading", "text", "questions", "text", "quote"]
    assert stream[1]["value"] == (
        "<p>A &lt;b&gt;bold&lt;/b&gt; claim &amp; more.</p><ul><li>One</li><li>Two</li></ul><p>Ask:</p>"
    )
    assert stream[2]["value"]["items"] == ["Who?"]
    assert stream[4]["value"] == {"text": "It helps me every single day.", "attribution": "Peer Mentor"}


# --- The sample documents, counted by hand ------------------------------------------------------------------------
# tests/resources/samples/ holds short documents written for these tests, shaped like the toolkit texts the portal
# was commissioned from (see the README there).


def test_why_peers_help_yields_the_headings_and_quotes_counted_by_hand():
    document = parse(sample("why-peers-help.txt"))

    assert document.title == "Why Peers Help"
    assert [h.text for h in document.elements if isinstance(h, Heading)] == ["WHAT PEERS BRING", "a short history"]
    assert document.count(BulletList) == 0
    assert [q.attribution for q in document.elements if isinstance(q, Quote)] == [
        "Clinic Nurse",
        "Group Member",
        "Service User",
        "Steering Group member",
        "Peer Supporter, south London",
    ]


def test_phone_numbers_and_web_addresses_in_a_sample_stay_in_the_text():
    document = parse(sample("why-peers-help.txt"))
    paragraphs = [p.text for p in document.elements if isinstance(p, Paragraph)]

    assert "Call 020 7946 0123" in paragraphs
    assert "Visit www.peers.example.org" in paragraphs
    assert "Email hello@peers.example.org" in paragraphs
    assert any("https://peers.example.org/stories" in text for text in paragraphs)


def test_peer_groups_yields_the_headings_and_list_counted_by_hand():
    document = parse(sample("peer-groups.txt"))

    assert document.title == "Peer Groups"
    assert [h.text for h in document.elements if isinstance(h, Heading)] == ["What is a Peer Group?", "Your Stories"]
    lists = [element for element in document.elements if isinstance(element, BulletList)]
    assert len(lists) == 1
    assert len(lists[0].items) == 5
    assert lists[0].items[0] == "Feel less alone because others understand without needing it explained"
    assert document.count(Quote) == 0
    # The file ends mid-sentence, without a full stop or a newline: still a paragraph, not a heading.
    assert document.elements[-1] == Paragraph(
        "If you would like to tell us what a group has meant to you, please get in touch"
    )


def test_toolkit_headings_numbered_unnumbered_and_in_capitals_are_found():
    document = parse(sample("project-toolkit.txt"))
    headings = [h.text for h in document.elements if isinstance(h, Heading)]

    assert document.title == "Project Toolkit"
    for expected in (
        "Introduction",
        "1. PLANNING YOUR PROJECT",
        "2. POLICIES AND PROCEDURES",
        "Lone Working Policy and Procedure",
        "Confidentiality Policy",
        "Data Protection Policy",
        "2.4 DBS Checks",
        "Safeguarding Policy and Procedure",
        "Equal Opportunities Policy",
        "3. RECRUITING PEER SUPPORTERS",  # after a page break copied out of a PDF
        "Continuing Professional Development (CPD)",
        "Monitoring and Evaluation of Your Project",
    ):
        assert expected in headings


def test_toolkit_checklist_keeps_its_eight_questions_across_a_blank_line_and_a_wrapped_item():
    document = parse(sample("project-toolkit.txt"))

    checklist = next(e for e in document.elements if isinstance(e, BulletList) and e.items[0].startswith("Agreed"))
    assert len(checklist.items) == 8
    assert "Designed a selection process and the forms that go with it?" in checklist.items
    questions = [block for block in to_stream(document) if block["type"] == "questions"]
    assert [len(block["value"]["items"]) for block in questions] == [3, 2, 8]


def test_toolkit_bullets_of_every_kind_become_lists_and_numbered_steps_an_ordered_list():
    document = parse(sample("project-toolkit.txt"))
    lists = [e for e in document.elements if isinstance(e, BulletList)]

    first_words = [bullets.items[0].split()[0] for bullets in lists]
    assert first_words == ["Usable", "Will", "What", "Meeting", "Where", "Know", "You", "Agreed", "Agree", "Count"]
    assert lists[3].items[-1] == "(this list is not exhaustive)"
    assert lists[6].items == [  # "●" bullets
        "You want people to see that your project welcomes everyone",
        "Volunteers act for you, so what they do reflects on you",
    ]
    steps = lists[8]
    assert steps.ordered
    assert len(steps.items) == 3


def test_toolkit_sentence_straight_after_a_bullet_ends_the_list():
    document = parse(sample("project-toolkit.txt"))
    position = next(
        i for i, e in enumerate(document.elements) if isinstance(e, BulletList) and e.items[0].startswith("Know why")
    )

    assert len(document.elements[position].items) == 3
    assert document.elements[position + 1] == Paragraph(
        "People can also ask you to correct what you hold, or to delete it."
    )


def test_toolkit_short_title_case_lines_above_their_text_are_headings():
    document = parse(sample("project-toolkit.txt"))
    position = document.elements.index(Heading("Basic Checks"))

    assert document.elements[position + 1].text.startswith("Anyone can apply for a basic check")
    assert document.elements[position + 2] == Heading("Enhanced Checks")


def test_toolkit_table_rows_stay_together_as_one_paragraph():
    document = parse(sample("project-toolkit.txt"))
    table = next(e for e in document.elements if isinstance(e, Paragraph) and e.text.startswith("Shows Basic"))

    assert "Spent convictions No Yes Yes (unless filtered)" in table.text
    assert table.text.endswith("(if the police think it relevant)")
    assert not any("convictions" in h.text for h in document.elements if isinstance(h, Heading))


def test_toolkit_section_numbers_and_hyphen_breaks_stay_in_their_paragraphs():
    document = parse(sample("project-toolkit.txt"))
    paragraphs = [p.text for p in document.elements if isinstance(p, Paragraph)]

    assert any(text.startswith("4.2.1 – Wellbeing on the agenda: People tell us") for text in paragraphs)
    assert any("and their well-being improves" in text for text in paragraphs)


def test_toolkit_tips_become_tip_boxes():
    document = parse(sample("project-toolkit.txt"))

    assert [tip.text for tip in document.elements if isinstance(tip, Tip)] == [
        "A plan can be one page long. What matters is that you, your volunteers and anyone funding you can read it "
        "and understand it.",
        "decide what you will measure before the project starts, not at the end of the first year.",
    ]
    assert [block["type"] for block in to_stream(document)].count("tip") == 2


def test_document_saved_on_windows_reads_the_same_as_one_saved_on_linux():
    text = sample("checking-in-windows.txt")
    assert "\r\n" in text  # the sample keeps its Windows line endings (see samples/.gitattributes)

    document = parse(text)

    assert document == parse(text.replace("\r\n", "\n"))
    assert document.title == "Checking In"
    assert [h.text for h in document.elements if isinstance(h, Heading)] == ["Before a Meeting", "AFTER A MEETING"]
    assert document.elements[2] == BulletList(  # "▪" bullets
        ["Where you are meeting", "Roughly how long you will be", "Who to call if you do not check in"]
    )
    assert document.elements[-2] == Quote(
        "Knowing someone was waiting for my call made me feel safe.", "Peer Supporter"
    )


def test_byte_order_mark_does_not_reach_the_title():
    text = sample("group-agreement-bom.txt")
    assert text.startswith("\ufeff")

    document = parse(text)

    assert document.title == "Group Agreement"
    assert document.elements[0] == Heading("What We Agree")
    assert document.elements[2] == BulletList(
        [
            "What is said in the group stays in the group",
            "One person speaks at a time",
            "Nobody has to share more than they want to",
        ],
        ordered=True,
    )


def test_accented_and_non_latin_letters_survive_in_title_headings_quotes_and_text():
    document = parse(sample("cafe-drop-ins.txt"))

    assert document.title == "Café Drop-ins"
    assert [h.text for h in document.elements if isinstance(h, Heading)] == [
        "Grŵp Cymorth Cymraeg",
        "Grupa wsparcia po polsku",
    ]
    assert Quote("Zawsze ktoś mnie wysłucha, nawet kiedy nie wiem, co powiedzieć.", "Uczestniczka grupy, Łódź") in (
        document.elements
    )
    assert "a £3 travel contribution" in document.elements[0].text
    assert document.elements[-1].text.startswith("Nobody is expected to be an expert… being naïve")


# --- The command -------------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_sample_document_imports_as_a_draft_chapter(name):
    guidance_index()
    live_before = Page.objects.live().count()
    out = io.StringIO()

    call_command("import_guidance", str(SAMPLES / name), stdout=out)

    chapter = GuidanceChapterPage.objects.get()
    assert not chapter.live
    assert chapter.first_published_at is None
    assert chapter.get_latest_revision() is not None
    assert Page.objects.live().count() == live_before
    assert chapter.body  # the StreamField data validates against the blocks
    for block in chapter.body:
        block.render()
    assert f"Draft created from {name}" in out.getvalue()
    assert "Nothing is published" in out.getvalue()


@pytest.mark.django_db
def test_import_reports_what_it_found_and_importing_again_makes_a_second_draft():
    guidance_index()
    source = SAMPLES / "peer-groups.txt"
    out = io.StringIO()

    call_command("import_guidance", str(source), str(source), stdout=out)

    assert "2 headings, 1 list, 0 quotations, 7 paragraphs" in out.getvalue()
    assert sorted(GuidanceChapterPage.objects.values_list("slug", flat=True)) == ["peer-groups", "peer-groups-2"]


@pytest.mark.django_db
def test_imported_file_with_a_byte_order_mark_gets_a_clean_title():
    guidance_index()

    call_command("import_guidance", str(SAMPLES / "group-agreement-bom.txt"), stdout=io.StringIO())

    chapter = GuidanceChapterPage.objects.get()
    assert chapter.title == "Group Agreement"
    assert chapter.slug == "group-agreement"


@pytest.mark.django_db
def test_imported_accented_title_keeps_its_accents_and_gets_a_plain_address():
    guidance_index()

    call_command("import_guidance", str(SAMPLES / "cafe-drop-ins.txt"), stdout=io.StringIO())

    chapter = GuidanceChapterPage.objects.get()
    assert chapter.title == "Café Drop-ins"
    assert chapter.slug == "cafe-drop-ins"


@pytest.mark.django_db
def test_import_of_a_missing_file_says_which_and_still_imports_the_others(tmp_path):
    guidance_index()
    good = tmp_path / "notes.txt"
    good.write_text("Notes\n\nSomething worth knowing.\n")

    with pytest.raises(CommandError, match=r"missing\.txt"):
        call_command(
            "import_guidance", str(tmp_path / "missing.txt"), str(good), stdout=io.StringIO(), stderr=io.StringIO()
        )

    assert GuidanceChapterPage.objects.get().title == "Notes"


@pytest.mark.django_db
def test_import_without_a_guidance_section_explains_what_to_do(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("Notes\n\nText.\n")

    with pytest.raises(CommandError, match="load_demo_content"):
        call_command("import_guidance", str(source), stdout=io.StringIO())
