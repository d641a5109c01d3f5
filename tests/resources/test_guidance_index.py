"""/guidance/: the toolkit as an ordered list of chapters, filtered by topic and audience without JavaScript."""

import pytest

from tests.resources.helpers import audience, guidance_index, make_chapter, soup, topic

pytestmark = pytest.mark.django_db


def listed_titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".chapter-list__title")]


def test_reader_sees_published_chapters_in_reading_order_with_a_one_line_summary(client):
    make_chapter("Deciding what and why", summary="Work out who your project is for.")
    make_chapter("Hidden draft", publish=False)
    make_chapter("Recruiting Peer Supporters", summary="Find and choose the right people.")

    response = client.get("/guidance/")
    items = soup(response).select(".chapter-list__item")

    assert listed_titles(response) == ["Deciding what and why", "Recruiting Peer Supporters"]
    assert items[0].select_one(".chapter-list__summary").get_text() == "Work out who your project is for."
    assert items[0].find("a")["href"] == "/guidance/deciding-what-and-why/"


def test_reader_filters_chapters_by_topic(client):
    make_chapter("Lone working", topics=["policies"])
    make_chapter("Training", topics=["training"])
    make_chapter("Confidentiality", topics=["policies", "groups"])

    response = client.get("/guidance/?topic=policies")

    assert listed_titles(response) == ["Lone working", "Confidentiality"]
    assert soup(response).select_one("#id_topic option[selected]")["value"] == "policies"


def test_reader_filters_chapters_by_audience_and_topic_together(client):
    make_chapter("Lone working", topics=["policies"], audiences=["organisations", "clinics"])
    make_chapter("Starting a walking group", topics=["groups"], audiences=["individuals"])
    make_chapter("Safeguarding", topics=["policies"], audiences=["organisations"])

    assert listed_titles(client.get("/guidance/?audience=clinics")) == ["Lone working"]
    assert listed_titles(client.get("/guidance/?audience=organisations&topic=policies")) == [
        "Lone working",
        "Safeguarding",
    ]


def test_filter_form_is_a_plain_labelled_get_form(client):
    topic("policies", "Policies")
    audience("clinics", "Clinics and NHS services")
    guidance_index()

    form = soup(client.get("/guidance/")).select_one("form.chapter-filter")

    assert form["method"] == "get"
    assert form.find("label", attrs={"for": "id_topic"}).get_text(strip=True) == "Topic:"
    assert form.find("label", attrs={"for": "id_audience"}).get_text(strip=True) == "Written for:"
    assert [o.get_text() for o in form.select("#id_topic option")] == ["All topics", "Policies"]
    assert form.find("button", type="submit")
    assert not soup(client.get("/guidance/")).select("main script")


def test_filter_with_no_matches_says_so_and_offers_the_way_back(client):
    topic("evaluation", "Evaluation")
    make_chapter("Lone working", topics=["policies"])

    page = soup(client.get("/guidance/?topic=evaluation"))

    assert "No chapters match these filters yet." in page.select_one(".empty-state").get_text()
    assert page.select_one(".empty-state a")["href"] == "/guidance/"


def test_unknown_filter_value_is_reported_beside_the_field_not_a_server_error(client):
    make_chapter("Lone working", topics=["policies"])

    response = client.get("/guidance/?topic=<script>&audience=" + "x" * 5000)

    assert response.status_code == 200
    assert listed_titles(response) == ["Lone working"]
    assert soup(response).select_one("#id_topic_error")
    assert "<script>" not in response.content.decode().split("</header>", 1)[1].replace("&lt;script&gt;", "")


def test_library_with_no_chapters_has_a_helpful_empty_state(client):
    guidance_index()

    page = soup(client.get("/guidance/"))

    assert "No chapters have been published yet." in page.select_one(".empty-state").get_text()
    assert len(page.find_all("h1")) == 1


@pytest.mark.parametrize("number_of_chapters", [5, 60])
def test_index_queries_do_not_grow_with_the_library(client, django_assert_max_num_queries, number_of_chapters):
    for n in range(number_of_chapters):
        make_chapter(f"Chapter {n}", topics=["policies", "groups"], audiences=["clinics"])
    client.get("/guidance/")  # the site settings row is created on the first request of a fresh site

    with django_assert_max_num_queries(20):
        response = client.get("/guidance/?topic=policies&audience=clinics")

    assert len(listed_titles(response)) == number_of_chapters
