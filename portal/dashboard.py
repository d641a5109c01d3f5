"""The member dashboard is made of panels that apps register (DESIGN.md seam).

An app registers a function with the `register_member_dashboard_panel` Wagtail hook. It receives the request of a
signed-in person and returns a `DashboardPanel`, or None when it has nothing to show them. The panel's template
holds only its content: the dashboard puts it in a section under the panel's title.

    @hooks.register("register_member_dashboard_panel")
    def training_panel(request):  # for example
        return DashboardPanel(title="Your training", template_name="training/panels/training.html",
                              context={...}, order=20)
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOOK_NAME = "register_member_dashboard_panel"


@dataclass(frozen=True)
class DashboardPanel:
    title: str
    template_name: str
    context: dict = field(default_factory=dict)
    order: int = 100  # lower comes first


def dashboard_panels(request) -> list[DashboardPanel]:
    if not request.user.is_authenticated:
        return []
    panels = [panel for build in hooks.get_hooks(HOOK_NAME) if (panel := build(request)) is not None]
    return sorted(panels, key=lambda panel: (panel.order, panel.title))
