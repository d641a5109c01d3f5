"""Snapshots of the test database's rows, kept inside the same database and put back in one statement per table.

Building the demo site takes seconds; copying its rows back from a snapshot takes a fraction of one. The copy is of
rows, in SQL, so it takes every table the test database has (search index included: on SQLite the full-text table
follows its index table through the triggers Wagtail's migration made) and leaves the sequences ahead of every id.
A snapshot lives as long as the test database: it is taken again by each session.
"""

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

_PREFIX = "snapshot__"


def _tables():
    """Every table of a migrated model, apart from SQLite's virtual full-text tables (their triggers fill them)."""
    names = connection.introspection.django_table_names(only_existing=True, include_views=False)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
            virtual = {row[0] for row in cursor.fetchall()}
        names = [name for name in names if name not in virtual]
    return sorted(names)


def _copy_name(name, table):
    quote = connection.ops.quote_name
    if connection.vendor == "postgresql":
        return f"{quote(_PREFIX + name)}.{quote(table)}"
    return quote(f"{_PREFIX}{name}__{table}")


def _columns(table):
    """The columns a row can be written with (PostgreSQL's generated columns are computed, not written)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = %s AND is_generated = 'NEVER'"
                " ORDER BY ordinal_position",
                [table],
            )
            return ", ".join(connection.ops.quote_name(row[0]) for row in cursor.fetchall())
        cursor.execute("SELECT name FROM pragma_table_info(%s)", [table])
        return ", ".join(connection.ops.quote_name(row[0]) for row in cursor.fetchall())


def take(name):
    """Copy every table's rows under `name`, replacing an older snapshot of that name."""
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"DROP SCHEMA IF EXISTS {quote(_PREFIX + name)} CASCADE")
            cursor.execute(f"CREATE SCHEMA {quote(_PREFIX + name)}")
        for table in _tables():
            copy = _copy_name(name, table)
            cursor.execute(f"DROP TABLE IF EXISTS {copy}")
            columns = _columns(table)
            cursor.execute(f"CREATE TABLE {copy} AS SELECT {columns} FROM {quote(table)}")  # noqa: S608 (names, not values)


def restore(name):
    """Put every table back as it was when `take(name)` ran: its rows replace whatever the tables hold now.

    Inside a test's transaction the restore is rolled back with the test; outside one, it is committed.
    """
    quote = connection.ops.quote_name
    tables = _tables()
    with transaction.atomic(), connection.cursor() as cursor:
        # Django's foreign keys are checked at commit, when every table is whole again: any order will do.
        for table in tables:
            cursor.execute(f"DELETE FROM {quote(table)}")  # noqa: S608 (names, not values)
        for table in tables:
            columns = _columns(table)
            copy = _copy_name(name, table)
            cursor.execute(f"INSERT INTO {quote(table)} ({columns}) SELECT {columns} FROM {copy}")  # noqa: S608
        # The next row a test adds must get an id no restored row has.
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
            cursor.execute(statement)


def build(name, build, django_db_blocker):
    """Run `build()` on the database as migrated, keep what it made as the snapshot `name`, and leave the database
    as migrated again: tests that expect a fresh install still get one. For session-scoped fixtures (each xdist
    worker has its own database, so builds its own)."""
    with django_db_blocker.unblock():
        # Outside any test's transaction, or its rollback would take the snapshot with it.
        assert not connection.in_atomic_block, f"the {name} snapshot was first asked for inside an open transaction"
        restore("migrated")  # a transactional test before this one may have emptied the database
        build()
        take(name)
        restore("migrated")
    return name
