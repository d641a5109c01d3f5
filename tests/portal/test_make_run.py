"""`make run` serves the site and runs the worker beside it, in one command that Ctrl-C stops whole."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_served(url, process, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (our own local server)
                return response.status
        except OSError:
            time.sleep(0.5)
    return None


def group_is_gone(group_id):
    try:
        os.killpg(group_id, 0)
    except ProcessLookupError:
        return True
    return False


def as_in_a_terminal():
    """Ctrl-C's signal as a terminal's foreground command has it, even if this test runs where it is ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_make_serve_runs_the_web_server_and_the_worker_and_ctrl_c_stops_both(tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",  # a database of its own; the worker finds no tables
    }
    # Its own process group, as a terminal gives a foreground command: Ctrl-C sends SIGINT to the whole group.
    process = subprocess.Popen(
        [shutil.which("make"), "--no-print-directory", "serve", f"BIN={Path(sys.executable).parent}", f"PORT={port}"],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        preexec_fn=as_in_a_terminal,
    )
    try:
        assert wait_until_served(f"http://127.0.0.1:{port}/healthz", process) == 200

        os.killpg(process.pid, signal.SIGINT)
        output, _ = process.communicate(timeout=60)
        deadline = time.monotonic() + 30
        while not group_is_gone(process.pid) and time.monotonic() < deadline:
            time.sleep(0.2)

        assert group_is_gone(process.pid), "a process of `make serve` outlived Ctrl-C"
        assert "Running periodic jobs (scheduled publishing, retention purge" in output  # then each app's own jobs
        assert "Periodic jobs stopped." in output
    finally:
        if not group_is_gone(process.pid):
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
