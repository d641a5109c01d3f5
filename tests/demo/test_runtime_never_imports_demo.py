"""Demo data has known passwords and made-up people: the running portal must never depend on it."""

import ast
from pathlib import Path

import demo

ROOT = Path(__file__).resolve().parents[2]
MAY_IMPORT_DEMO = {"demo", "tests"}


def runtime_source_files():
    for path in sorted(ROOT.rglob("*.py")):
        top = path.relative_to(ROOT).parts[0]
        if top in MAY_IMPORT_DEMO or top.startswith(".") or top == "static_collected":
            continue
        yield path


def imported_modules(path):
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def imports_demo(module):
    return module == "demo" or module.startswith("demo.")


def test_the_walk_reads_the_apps_and_finds_the_demo_app_where_it_should_be():
    files = {path.relative_to(ROOT).as_posix() for path in runtime_source_files()}

    assert "portal/settings/base.py" in files
    assert "groups/wagtail_hooks.py" in files
    assert Path(demo.__file__).resolve().parent == ROOT / "demo"


def test_no_module_outside_demo_and_tests_imports_demo():
    offenders = [
        f"{path.relative_to(ROOT).as_posix()} imports {module}"
        for path in runtime_source_files()
        for module in imported_modules(path)
        if imports_demo(module)
    ]

    assert offenders == []
