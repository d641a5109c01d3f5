from wagtail import hooks

from members import demo


@hooks.register("register_demo_users")
def add_demo_users(stdout):
    demo.add_demo_users(stdout)
