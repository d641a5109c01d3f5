from wagtail import hooks

from home import demo


@hooks.register("register_demo_content", order=-10)
def add_home_demo_content(home, stdout):
    demo.add_home_content(home, stdout)


@hooks.register("register_demo_content", order=100)
def link_home_cards(home, stdout):
    demo.link_home_offers(home, stdout)
