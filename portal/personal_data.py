"""Every app that stores personal data registers how to export and erase it (DESIGN.md seam).

An app registers a function with the `register_personal_data` Wagtail hook that returns a `PersonalDataHandler`:

    @hooks.register("register_personal_data")
    def group_memberships():
        return PersonalDataHandler(name="groups", export=export_memberships, erase=erase_memberships)

`export(user)` returns JSON-serialisable data; `files(user)` (optional) yields (name in the archive, open file)
pairs; `erase(user)` deletes or anonymises the user's data and runs inside the one transaction that
"Delete my account" opens, so it must not commit or catch database errors itself.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from wagtail import hooks

HOOK_NAME = "register_personal_data"


@dataclass(frozen=True)
class PersonalDataHandler:
    name: str
    export: Callable[[Any], Any]
    erase: Callable[[Any], None]
    files: Callable[[Any], Iterable[tuple[str, Any]]] | None = None


def personal_data_handlers() -> list[PersonalDataHandler]:
    handlers = [register() for register in hooks.get_hooks(HOOK_NAME)]
    names = [handler.name for handler in handlers]
    if len(names) != len(set(names)):
        raise ValueError(f"Two personal-data handlers share a name: {sorted(names)}")
    return sorted(handlers, key=lambda handler: handler.name)
