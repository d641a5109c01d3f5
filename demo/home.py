"""Demo content for the home page, the footer contact details and the information pages. Our own words."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

from demo.pages import ensure_child_page
from home.models import SiteSettings, StandardPage

HOME_TITLE = "Support from people who have been there"
HOME_INTRODUCTION = (
    "<p>Living with HIV, or with your mental health, can feel lonely. Talking with someone who has faced the same "
    "things often helps in a way nothing else does. This portal brings together the people who give that support "
    "and the people who organise it.</p>"
)


def home_offers():
    """The four cards on the home page. Links are filled in once the sections exist."""
    return [
        (
            "guidance",
            "Read the guidance",
            "What peer support is, why it works, and a step-by-step toolkit for starting and running a project.",
        ),
        (
            "groups",
            "Find a group",
            "Friendly, confidential groups that meet in person or online. Venues are shared only with members.",
        ),
        (
            "volunteer",
            "Volunteer with us",
            "Use your own experience to support others: what Peer Supporters do, the training, and how to apply.",
        ),
    ]


INFORMATION_PAGES = [
    (
        "about",
        "About us",
        "<p>We are a small team that helps charities, clinics and community groups set up and run peer support: "
        "support given by people who share an experience, such as living with HIV or with a mental health "
        "condition.</p><h2>What we do</h2><ul><li>We publish free guidance and templates for peer-support "
        "projects.</li><li>We list support groups and help people join them safely.</li><li>We recruit, train "
        "and support volunteer Peer Supporters.</li></ul>",
    ),
    (
        "privacy",
        "Privacy notice",
        "<p>We collect only what we need to run the service, keep it private, and delete it when it is no longer "
        "needed.</p><h2>What we hold</h2><p>If you create an account we hold your email address and, if you give "
        "one, the name you want us to use. If you apply to volunteer, join a group or take training, we hold what "
        "you tell us for that purpose. Some of it, such as lived experience of a health condition, is special "
        "category data: we ask for your explicit consent before we record it.</p><h2>Your rights</h2><p>You can "
        "download everything we hold about you and delete your account from your account pages at any time, or "
        "ask us to do it for you using the contact details at the bottom of every page.</p>",
    ),
    (
        "accessibility",
        "Accessibility statement",
        "<p>We want everyone to be able to use this site. It aims to meet the Web Content Accessibility "
        "Guidelines (WCAG) 2.2 at level AA.</p><ul><li>You can move through every page with a keyboard.</li>"
        "<li>Text can be enlarged to 200% without losing content.</li><li>Pages work with screen readers.</li>"
        "</ul><p>If something does not work for you, please tell us using the contact details at the bottom of "
        "the page and we will help.</p>",
    ),
]


# What the home migration gives a fresh site; a site with any other address has been set up by someone.
UNSET_SITE_ADDRESS = ("localhost", 80)


def name_the_site(home, stdout):
    """The site's address and name: the sitemap's links use the address, account emails greet people with the name.

    The address is the one the portal is served at (`WAGTAILADMIN_BASE_URL`: http://127.0.0.1:8000 under `make run`).
    An address or name already given to the site (Settings > Sites in the admin) is left alone.
    """
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) == UNSET_SITE_ADDRESS:
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site.hostname = address.hostname
        site.port = address.port or (443 if address.scheme == "https" else 80)
    if not site.site_name:
        site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()
    stdout.write(f"Site: {site.site_name} at {site.root_url}/")


def add_home_content(home, stdout):
    if not home.offers and home.title == "Home":
        home.title = HOME_TITLE
        home.introduction = HOME_INTRODUCTION
        home.save_revision().publish()
        stdout.write("Home page written.")
    for slug, title, body in INFORMATION_PAGES:
        _page, created = ensure_child_page(home, StandardPage(title=title, slug=slug, body=body))
        if created:
            stdout.write(f"Page created: /{slug}/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if not site_settings.contact_email:
        site_settings.contact_email = "hello@example.org"
        site_settings.contact_phone = "020 7946 0000"
        site_settings.contact_address = "Community Hub\n1 Example Street\nLondon N1 0XX"
        site_settings.contact_hours = "Monday to Friday, 10:00 to 17:00"
        site_settings.save()
        stdout.write("Contact details added to the site settings.")


def link_home_offers(home, stdout):
    """Runs after every section exists: point the home page's cards at them."""
    home.refresh_from_db()
    if home.offers:
        return
    children = {page.slug: page for page in home.get_children().live()}
    home.offers = [
        ("offer", {"heading": heading, "text": text, "page": children.get(slug), "link_text": ""})
        for slug, heading, text in home_offers()
        if slug in children
    ]
    home.save_revision().publish()
    stdout.write("Home page cards linked to their sections.")
