"""axe-core finds no accessibility violations on the foundation's pages, at desktop and at phone size."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.factories import DEFAULT_PASSWORD, load_demo_site, make_user

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def axe():
    return Axe()


def assert_no_violations(axe, page):
    results = axe.run(page)
    assert results.violations_count == 0, f"axe-core found violations on {page.url}:\n{results.generate_report()}"


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/", 200),
        ("/browsing-safely/", 200),
        ("/accounts/login/", 200),
        ("/accounts/signup/", 200),
        ("/no-such-page/", 404),
    ],
)
def test_public_page_has_no_accessibility_violations(live_server, page, axe, path, status):
    load_demo_site()
    response = page.goto(path)
    assert response.status == status
    assert_no_violations(axe, page)


def test_home_page_has_no_accessibility_violations_on_a_phone(live_server, new_page, axe):
    load_demo_site()
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto("/")
    assert_no_violations(axe, page)


def test_403_page_has_no_accessibility_violations(live_server, page, axe):
    load_demo_site()
    make_user("applicant@example.org")
    page.goto("/accounts/login/")
    page.locator("#id_login").fill("applicant@example.org")
    page.locator("#id_password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_load_state()

    response = page.goto("/training/")
    assert response.status == 403
    assert_no_violations(axe, page)
