"""Soak: simulated people read and write for a minute while PostgreSQL restarts in the middle.

Run: make soak   (or: .venv/bin/python bench/soak.py [--seconds 60] [--users 20] [--outage 5])

Starts its own throwaway PostgreSQL cluster on a spare loopback port (initdb/pg_ctl as the `postgres` OS user; never
the shared server), migrates it, loads the demo content and serves the portal with gunicorn under production
settings. Each simulated person, signed in through a session prepared in the database (so sign-in rate limits play no
part), reads their pages and writes: adds CPD records, saves an application draft, signs group agreements. Every
write carries a unique marker. Half-way through, the cluster is stopped for a few seconds and started again, and
gunicorn is left running. The table gives requests, answers by kind (503 is expected during the outage, 500 never),
writes acknowledged against writes found in the database afterwards, and how long the portal took to recover.
It is also written to bench/SOAK.md. Exits non-zero on any 500 or any lost or doubled write. Everything it started
is stopped and removed at the end, on failure too.
"""

import argparse
import datetime
import getpass
import glob
import http.client
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
CSRF_TOKEN = secrets.token_hex(16)  # 32 characters: a valid CSRF secret, sent as cookie and form field alike
MAX_REQUESTS_PER_USER = 100_000  # a bound on every loop, far above what a minute allows


def spare_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def run(command, env=None, timeout=600, cwd=REPOSITORY):
    finished = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if finished.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{finished.stdout[-2000:]}{finished.stderr[-3000:]}")
    return finished.stdout


# --- The throwaway PostgreSQL cluster


class Cluster:
    """A PostgreSQL cluster in a temporary folder, owned by the `postgres` OS user, listening on loopback only."""

    def __init__(self, folder: Path):
        versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda path: int(path.split("/")[-2]))
        if not versions:
            raise RuntimeError("No PostgreSQL server binaries in /usr/lib/postgresql/*/bin.")
        self.bin = Path(versions[-1])
        self.folder = folder
        self.data = folder / "data"
        self.port = spare_port()
        self.running = False

    def _as_postgres(self, *command):
        prefix = [] if getpass.getuser() == "postgres" else ["runuser", "-u", "postgres", "--"]
        return run([*prefix, *map(str, command)], timeout=120, cwd=self.folder)

    def create(self):
        shutil.chown(self.folder, user="postgres", group="postgres")
        self._as_postgres(self.bin / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "--no-sync")
        self.start()
        self._as_postgres(self.bin / "createdb", "-h", HOST, "-p", self.port, "-U", "postgres", "portal_soak")

    def start(self):
        options = f"-p {self.port} -c listen_addresses={HOST} -k {self.folder}"
        self._as_postgres(self.bin / "pg_ctl", "-D", self.data, "-o", options, "-l", self.folder / "log", "-w", "start")
        self.running = True

    def stop(self):
        self._as_postgres(self.bin / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
        self.running = False

    @property
    def url(self):
        return f"postgres://postgres@{HOST}:{self.port}/portal_soak"


# --- The portal under production settings


def portal_environment(cluster: Cluster, folder: Path) -> dict:
    environment = {
        key: value for key, value in os.environ.items() if key not in {"CACHE_URL", "REDIS_URL", "EMAIL_HOST"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=cluster.url,
        # Required by production settings; nothing in the soak sends mail, and nothing listens there.
        EMAIL_URL=f"smtp://{HOST}:{spare_port()}",
        STATIC_ROOT=str(folder / "static"),
        MEDIA_ROOT=str(folder / "media"),
        PRIVATE_MEDIA_ROOT=str(folder / "private"),
    )
    return environment


def set_up_portal(environment):
    manage = [sys.executable, "manage.py"]
    run([*manage, "migrate", "--noinput"], environment)
    run([*manage, "createcachetable"], environment)
    run([*manage, "collectstatic", "--noinput"], environment)
    run([*manage, "load_demo_content"], environment)


def start_gunicorn(environment, port, log):
    command = [sys.executable, "-m", "gunicorn", "portal.wsgi", "--bind", f"{HOST}:{port}"]
    command += [
        "--workers",
        "2",
        "--threads",
        "4",
        "--timeout",
        "30",
        "--graceful-timeout",
        "5",
        "--log-level",
        "error",
    ]
    process = subprocess.Popen(
        command, cwd=REPOSITORY, env=environment, start_new_session=True, stdout=log, stderr=subprocess.STDOUT
    )
    for _ in range(120):
        try:
            if request(port, "GET", "/healthz").status == 200:
                return process
        except OSError:
            pass
        if process.poll() is not None:
            raise RuntimeError("gunicorn stopped while starting")
        time.sleep(0.5)
    raise RuntimeError("gunicorn did not answer /healthz within a minute")


def stop_process(process):
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=15)


# --- Run inside the portal's environment (child processes): prepare people and sessions, count what was stored


def prepare(run_id: str, users: int):
    import django

    django.setup()
    import time as clock
    from importlib import import_module

    from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.auth.models import Group

    from groups.models import GroupAgreement, Membership
    from portal.roles import COORDINATORS, MEMBERS
    from recruitment.models import ApplicationFormPage

    User = get_user_model()
    session_store = import_module(settings.SESSION_ENGINE).SessionStore
    coordinator = User.objects.create_user(email=f"soak-{run_id}-coordinator@example.org", password=None)
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    agreements = GroupAgreement.objects.filter(group__live=True).select_related("group")
    groups = [agreement.group for agreement in agreements if agreement.current_version is not None]
    form_page = next(page for page in ApplicationFormPage.objects.live() if page.role.is_open)
    people = []
    for index in range(users):
        email = f"soak-{run_id}-{index}@example.org"
        user = User.objects.create_user(email=email, password=None)
        user.groups.add(Group.objects.get(name=MEMBERS))
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        for group in groups:
            Membership.ask_to_join(user, group).approve(by=coordinator)
        session = session_store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "allauth.account.auth_backends.AuthenticationBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session[AUTHENTICATION_METHODS_SESSION_KEY] = [{"method": "password", "at": clock.time(), "email": email}]
        session.create()
        people.append({"email": email, "session": session.session_key})
    print(
        json.dumps(
            {
                "people": people,
                "groups": [{"id": group.pk, "url": group.url} for group in groups],
                "application_form": form_page.url,
            }
        )
    )


def count(run_id: str):
    import django

    django.setup()
    from groups.models import Signature
    from members.models import CPDRecord
    from recruitment.models import Application

    prefix = f"soak-{run_id}-"
    marker = re.compile(re.escape(prefix) + r"[0-9]+-draft-[0-9]+")
    drafts = {}
    for application in Application.objects.filter(applicant__email__startswith=prefix).select_related("applicant"):
        drafts[application.applicant.email] = marker.findall(json.dumps(application.draft_data))
    print(
        json.dumps(
            {
                "cpd": list(CPDRecord.objects.filter(title__startswith=prefix).values_list("title", flat=True)),
                "signatures": list(
                    Signature.objects.filter(typed_name__startswith=prefix).values_list("typed_name", flat=True)
                ),
                "drafts": drafts,
            }
        )
    )


# --- The simulated people


@dataclass
class Answer:
    status: int
    location: str = ""


def request(port, method, path, session="", form=None):
    headers = {"Host": HOST, "X-Forwarded-Proto": "https", "Cookie": f"csrftoken={CSRF_TOKEN}"}
    if session:
        headers["Cookie"] += f"; sessionid={session}"
    body = None
    if form is not None:
        from urllib.parse import urlencode

        body = urlencode({"csrfmiddlewaretoken": CSRF_TOKEN, **form}, doseq=True)
        headers.update({"Content-Type": "application/x-www-form-urlencoded", "Origin": f"https://{HOST}"})
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return Answer(response.status, response.getheader("Location", ""))
    finally:
        connection.close()


@dataclass
class Person:
    index: int
    email: str
    session: str
    run_id: str
    groups: list
    form_page: str
    unsigned: list = None
    cpd_acknowledged: list = field(default_factory=list)
    signatures_acknowledged: list = field(default_factory=list)
    drafts_sent: list = field(default_factory=list)  # (marker, acknowledged)
    sequence: int = 0

    def marker(self, kind):
        self.sequence += 1
        return f"soak-{self.run_id}-{self.index}-{kind}-{self.sequence}"

    def steps(self):
        """What a person does, round and round: read, write, read."""
        yield "GET", "/members/", None, None
        yield "POST", "/members/cpd/add/", self.cpd_form(), "cpd"
        yield "GET", "/members/cpd/", None, None
        yield "POST", self.form_page, self.draft_form(), "draft"
        yield "GET", "/members/agreements/", None, None
        if self.unsigned:
            group = self.unsigned[0]
            yield "POST", f"/members/agreements/group/{group['id']}/", self.sign_form(), "sign"
            yield "GET", group["url"], None, None

    def cpd_form(self):
        return {
            "date": (datetime.date.today() - datetime.timedelta(days=1)).isoformat(),
            "activity_type": "reading",
            "title": self.marker("cpd"),
            "hours": "0.5",
            "mode": "self_directed",
        }

    def draft_form(self):
        return {"action": "save_draft", "contact_name": self.marker("draft"), "availability": "Weekday evenings"}

    def sign_form(self):
        return {"agree": "on", "typed_name": self.marker("sign")}

    def acknowledge(self, kind, form, answer):
        """A write is acknowledged when the portal redirects where it does after saving."""
        if kind == "cpd":
            if answer.status == 302 and answer.location.endswith("/members/cpd/"):
                self.cpd_acknowledged.append(form["title"])
        elif kind == "draft":
            self.drafts_sent.append((form["contact_name"], answer.status == 302 and answer.location == self.form_page))
        elif kind == "sign":
            group = self.unsigned[0]
            if answer.status == 302 and answer.location.endswith(group["url"]):
                self.signatures_acknowledged.append(form["typed_name"])
                self.unsigned.pop(0)
            elif answer.status == 200:  # already signed: an earlier attempt was stored though its answer was lost
                self.unsigned.pop(0)


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    answers: Counter = field(default_factory=Counter)
    successes: list = field(default_factory=list)  # (started, finished) of answers below 500

    unexpected: Counter = field(default_factory=Counter)  # (status, method, path) of any answer 500 or 400

    def record(self, kind, started, finished, method="", path=""):
        with self.lock:
            self.answers[kind] += 1
            if kind in (400, 500):
                self.unexpected[(kind, method, re.sub(r"/[0-9]+/", "/<id>/", path))] += 1
            if isinstance(kind, int) and kind < 500:
                self.successes.append((started, finished))


def simulate(person: Person, port: int, deadline: float, tally: Tally):
    person.unsigned = list(person.groups)
    done = 0
    while time.monotonic() < deadline and done < MAX_REQUESTS_PER_USER:
        for method, path, form, kind in person.steps():
            if time.monotonic() >= deadline:
                return
            started = time.monotonic()
            try:
                answer = request(port, method, path, person.session, form)
            except (OSError, http.client.HTTPException) as error:
                tally.record(f"no answer ({type(error).__name__})", started, time.monotonic())
                time.sleep(0.2)
                continue
            finally:
                done += 1
            tally.record(answer.status, started, time.monotonic(), method, path)
            if kind:
                person.acknowledge(kind, form, answer)
            if answer.status >= 500:
                time.sleep(0.2)  # as a person would, and so the outage is not a busy loop


# --- Checking and reporting


def check_writes(people, stored):
    """Per kind: acknowledged, found, lost, doubled, and stored though the person was told it failed."""
    rows = {}
    for kind, acknowledged_of, found in (
        ("CPD records", lambda p: p.cpd_acknowledged, stored["cpd"]),
        ("agreement signatures", lambda p: p.signatures_acknowledged, stored["signatures"]),
    ):
        acknowledged = [marker for person in people for marker in acknowledged_of(person)]
        found_counts = Counter(found)
        rows[kind] = {
            "acknowledged": len(acknowledged),
            "found": len(set(acknowledged) & set(found_counts)),
            "lost": len(set(acknowledged) - set(found_counts)),
            "doubled": sum(1 for number in found_counts.values() if number > 1),
            "unacknowledged": len(set(found_counts) - set(acknowledged)),
        }
    # A draft is saved over the last one: what must be found is each person's last acknowledged draft, or a later
    # one they sent whose answer did not arrive.
    row = {"acknowledged": 0, "found": 0, "lost": 0, "doubled": 0, "unacknowledged": 0}
    for person in people:
        acknowledged = [index for index, (_, ok) in enumerate(person.drafts_sent) if ok]
        markers_found = stored["drafts"].get(person.email, [])
        row["doubled"] += max(0, len(set(markers_found)) - 1)
        if not acknowledged:
            continue
        last = acknowledged[-1]
        allowed = {marker for marker, _ in person.drafts_sent[last:]}
        row["acknowledged"] += 1
        if markers_found and markers_found[0] == person.drafts_sent[last][0]:
            row["found"] += 1
        elif markers_found and markers_found[0] in allowed:
            row["found"] += 1
            row["unacknowledged"] += 1
        else:
            row["lost"] += 1
    rows["application drafts (latest per person)"] = row
    return rows


def describe(status):
    names = {200: "200 OK", 302: "302 redirect", 400: "400 bad request", 403: "403 forbidden", 404: "404 not found"}
    if isinstance(status, int):
        return names.get(
            status, {500: "500 server error", 503: "503 busy (expected in the outage)"}.get(status, str(status))
        )
    return status


def report(args, tally, writes, outage, recovery):
    total = sum(tally.answers.values())
    lines = [
        f"{args.users} simulated people for {args.seconds} s; PostgreSQL stopped for {outage:.1f} s in the middle",
        "",
        "| answers | count |",
        "|---|---:|",
        f"| requests | {total} |",
    ]
    for status, number in sorted(tally.answers.items(), key=lambda item: str(item[0])):
        lines.append(f"| {describe(status)} | {number} |")
    if 500 not in tally.answers:
        lines.append("| 500 server error | 0 |")
    lines += [
        "",
        "| writes | acknowledged | found | lost | doubled | stored, though answered with an error |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind, row in writes.items():
        lines.append(
            f"| {kind} | {row['acknowledged']} | {row['found']} | {row['lost']} | {row['doubled']} "
            f"| {row['unacknowledged']} |"
        )
    lines.append("")
    for (status, method, path), number in sorted(tally.unexpected.items()):
        lines.append(f"- {number} × {status} on {method} {path}")
    if tally.unexpected:
        lines.append("")
    if recovery is None:
        lines.append("Did not recover: no page was served after the database came back.")
    else:
        lines.append(f"Recovered {recovery:.1f} s after the database came back, without restarting gunicorn.")
    return "\n".join(lines)


def write_results(table, args):
    command = "make soak" if os.environ.get("MAKELEVEL") else "python bench/soak.py " + " ".join(sys.argv[1:])
    machine = f"{platform.node()}: {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python "
    machine += platform.python_version()
    text = (
        "# Soak: reads and writes through a database restart\n\n"
        f"Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC  \nMachine: {machine}  \n"
        f"Command: `{command.strip()}`\n\n{table}\n"
    )
    (REPOSITORY / "bench" / "SOAK.md").write_text(text)


def soak(args):
    """Set up, run the people through the outage, and always stop and remove everything started, even on failure."""
    folder = Path(tempfile.mkdtemp(prefix="portal-soak-"))
    cluster = Cluster(folder)
    started = {}
    try:
        with open(folder / "gunicorn.log", "wb") as gunicorn_log:  # the portal's own log: the outage's tracebacks
            try:
                return run_soak(args, cluster, folder, gunicorn_log, started)
            finally:
                stop_process(started.get("gunicorn"))
                kept = Path(tempfile.gettempdir()) / f"portal-soak-{folder.name}.log"
                shutil.copy(folder / "gunicorn.log", kept)  # tracebacks only: logs carry no form data
                print(f"The portal's log: {kept}", file=sys.stderr)
    finally:
        if cluster.running:
            try:
                cluster.stop()
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                print(f"Could not stop the throwaway cluster cleanly: {error}", file=sys.stderr)
        shutil.rmtree(folder, ignore_errors=True)


def run_soak(args, cluster, folder, gunicorn_log, started):
    run_id = secrets.token_hex(3)
    print(f"Starting a throwaway PostgreSQL cluster on {HOST}:{cluster.port} …", flush=True)
    cluster.create()
    environment = portal_environment(cluster, folder)
    print("Migrating, collecting static files, loading the demo content …", flush=True)
    set_up_portal(environment)
    setup = json.loads(
        run([sys.executable, __file__, "prepare", run_id, str(args.users)], environment).splitlines()[-1]
    )
    port = spare_port()
    started["gunicorn"] = start_gunicorn(environment, port, gunicorn_log)
    print(f"Serving on {HOST}:{port}; {args.users} people for {args.seconds} s …", flush=True)

    people = [
        Person(index, person["email"], person["session"], run_id, setup["groups"], setup["application_form"])
        for index, person in enumerate(setup["people"])
    ]
    tally = Tally()
    start = time.monotonic()
    deadline = start + args.seconds
    threads = [
        threading.Thread(target=simulate, args=(person, port, deadline, tally), daemon=True) for person in people
    ]
    for thread in threads:
        thread.start()

    time.sleep(max(0.0, (args.seconds - args.outage) / 2))
    print("Stopping PostgreSQL …", flush=True)
    down_at = time.monotonic()
    cluster.stop()
    time.sleep(max(0.0, down_at + args.outage - time.monotonic()))
    cluster.start()
    up_at = time.monotonic()
    outage = up_at - down_at
    print(f"PostgreSQL is back after {outage:.1f} s.", flush=True)

    for thread in threads:
        thread.join(timeout=args.seconds + 60)
    served_after = [finished for started, finished in tally.successes if started >= up_at]
    recovery = min(served_after) - up_at if served_after else None

    stored = json.loads(run([sys.executable, __file__, "count", run_id], environment).splitlines()[-1])
    writes = check_writes(people, stored)
    table = report(args, tally, writes, outage, recovery)
    print()
    print(table)
    write_results(table, args)
    failed = tally.answers.get(500, 0) or any(row["lost"] or row["doubled"] for row in writes.values())
    failed = failed or recovery is None
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", nargs="?", default="soak", choices=["soak", "prepare", "count"])
    parser.add_argument("run_id", nargs="?")
    parser.add_argument("users_to_prepare", nargs="?", type=int)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--outage", type=float, default=5.0)
    args = parser.parse_args()
    sys.path.insert(0, str(REPOSITORY))
    if args.step == "prepare":
        return prepare(args.run_id, args.users_to_prepare)
    if args.step == "count":
        return count(args.run_id)
    # A stop signal ends the run through the `finally` above, so nothing is left running.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    return soak(args)


if __name__ == "__main__":
    sys.exit(main())
