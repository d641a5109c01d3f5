"""Topics and audiences used to tag guidance chapters."""

TOPICS = [
    ("getting-started", "Getting started"),
    ("policies", "Policies and procedures"),
    ("recruitment", "Recruiting Peer Supporters"),
    ("training", "Training and induction"),
    ("supervision", "Supervision and support"),
    ("one-to-one", "One-to-one support"),
    ("groups", "Groups"),
    ("evaluation", "Monitoring and evaluation"),
    ("evidence", "The case for peer support"),
]

AUDIENCES = [
    ("individuals", "Individuals and informal groups"),
    ("organisations", "Voluntary organisations"),
    ("clinics", "Clinics and NHS services"),
]
