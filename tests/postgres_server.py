"""A real PostgreSQL server for the test run: initdb + pg_ctl into a temporary folder, on 127.0.0.1.

initdb refuses to run as root, so as root the server runs as the ``postgres`` system user (runuser).
The folder is made under ``GATEHOUSE_TEST_TMP`` when it is set (``.ci/run`` stops what is left there however the
run ends) and holds the pid of the test process; a server whose test process has died is stopped and removed by the
next run, so a crashed run does not leave a server behind for good.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class ServerUnavailable(Exception):
    """Why the server could not start (the tests that need it skip with this reason)."""


def _pg_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    if candidates:
        return candidates[0]
    raise ServerUnavailable(f"{name} not found (install the Debian package 'postgresql')")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PostgresServer:
    folder: Path
    port: int
    run_as: list[str]
    superuser: str = "postgres"

    def url(self, database: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        auth = user or self.superuser
        if password:
            auth += f":{password}"
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        result = subprocess.run(
            [_pg_bin("psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", self.superuser, "-d", database,
             "-v", "ON_ERROR_STOP=1", "-Atc", sql],
            capture_output=True, text=True, check=True, timeout=60,
        )  # fmt: skip
        return result.stdout

    def create_database(self, name: str) -> str:
        self.psql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(
            [*self.run_as, _pg_bin("pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"],
            capture_output=True, timeout=60,
        )  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


FOLDER_PREFIX = "gatehouse-pg-"
OWNER_FILE = "test-process.pid"


def _parent_folder() -> str | None:
    return os.environ.get("GATEHOUSE_TEST_TMP") or None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_abandoned_servers() -> list[Path]:
    """Stop and remove the servers of test runs that died (their test process is gone); return their folders."""
    parent = Path(_parent_folder() or tempfile.gettempdir())
    removed = []
    for folder in parent.glob(f"{FOLDER_PREFIX}*"):
        try:
            pid = int((folder / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # not ours to judge: no owner recorded (or still being made)
        if _alive(pid):
            continue
        run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 and shutil.which("runuser") else []
        PostgresServer(folder=folder, port=0, run_as=run_as).stop()
        removed.append(folder)
    return removed


def start_server() -> PostgresServer:
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    sweep_abandoned_servers()
    run_as: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=_parent_folder()))
    (folder / OWNER_FILE).write_text(str(os.getpid()))
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            raise ServerUnavailable("running as root and runuser is missing")
        shutil.chown(folder, "postgres", "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = folder / "data"
    init = subprocess.run(
        [*run_as, initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    if init.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise ServerUnavailable(f"initdb failed: {init.stderr.strip().splitlines()[-1:]}")
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    start = subprocess.run(
        [*run_as, pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w", "-t", "60", "start"],
        capture_output=True, text=True, timeout=90,
    )  # fmt: skip
    if start.returncode != 0:
        log = (folder / "server.log").read_text(errors="replace") if (folder / "server.log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise ServerUnavailable(f"pg_ctl start failed: {start.stderr.strip() or log[-300:]}")
    server = PostgresServer(folder=folder, port=port, run_as=run_as)
    deadline = time.monotonic() + 30
    while True:
        try:
            server.psql("SELECT 1")
            return server
        except subprocess.CalledProcessError:
            if time.monotonic() > deadline:
                server.stop()
                raise ServerUnavailable("the server started but does not answer") from None
            time.sleep(0.2)
