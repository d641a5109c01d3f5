"""Every app's dashboard panel renders as a titled panel, so the dashboard reads as one page."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_each_panel_on_the_demo_members_dashboard_is_a_section_with_its_title():
    call_command("load_demo_content", "--with-demo-users", stdout=io.StringIO())
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(email="member@example.org"))

    page = BeautifulSoup(client.get("/members/").content, "html.parser")

    panels = page.select(".dashboard-panels > section.panel")
    titles = [panel.find("h2").get_text(strip=True) for panel in panels]
    assert {"Your CPD", "Your groups", "Your applications", "Your training"} <= set(titles)
    assert len(page.select(".dashboard-panels > *")) == len(panels)  # nothing outside a panel
