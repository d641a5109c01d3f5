"""Demo content for trying the portal out: `python manage.py load_demo_content [--with-demo-users]`.

Runtime code never imports this app; only the command and the tests do.
"""
