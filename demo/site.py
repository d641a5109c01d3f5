"""The demo site, built in this order. Each step creates what is missing and leaves what exists alone."""

from demo import groups, guidance, home, members, one_to_one_referrals, one_to_one_support, recruitment, training

# Each step is called with (home page, stdout). Later steps find the pages earlier ones made.
CONTENT_STEPS = [
    home.name_the_site,  # the site's address (sitemap links) and name (account emails)
    home.add_home_content,  # home page text, information pages, contact details
    guidance.add_guidance_library,  # /guidance/: topics, audiences, templates, chapters
    groups.add_groups,  # /groups/: group pages, venues, agreements
    recruitment.add_volunteer_content,  # /volunteer/: roles and application forms; the /training/ section
    training.ensure_course,  # competencies, induction checklist, the course under /training/
    home.link_home_offers,  # last: the home page's cards point at the sections above
]

# With --with-demo-users only. Each step is called with (stdout).
USER_STEPS = [
    members.add_demo_users,  # one user per role, passwords printed
    members.add_demo_cpd_records,  # a year of CPD for the demo member
    groups.add_demo_memberships,  # a facilitator appointed to a group, a member who has joined and signed
    recruitment.add_demo_applications,  # applications at several stages
    training.start_demo_trainee,  # a trainee part-way through the first module
    one_to_one_referrals.add_demo_referrals,  # referrals for one-to-one support at each intake state
    one_to_one_support.add_demo_supporters,  # two supporters' profiles; a person matched, with sessions
]


def add_demo_content(home_page, stdout):
    for step in CONTENT_STEPS:
        step(home_page, stdout)


def add_demo_users(stdout):
    for step in USER_STEPS:
        step(stdout)
