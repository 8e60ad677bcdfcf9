"""A throwaway PostgreSQL cluster for the tests (initdb + pg_ctl, loopback only).

Used by ``central_fixtures`` when ``ASPECTOS_TEST_PG_URL`` is not set (``packaging/dev.sh
test`` sets it after starting the same kind of cluster). The cluster lives in a temp
folder, listens on 127.0.0.1 on a free port with its Unix socket in that folder, uses a
random password (scram-sha-256) and is stopped and deleted by ``stop()``. PostgreSQL
refuses to run as root: then the folder belongs to the ``postgres`` system user and the
binaries run through ``runuser -u postgres --``.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SYSTEM_USER = "postgres"
DB_USER = "aspectos"


def find_bin_dir() -> Path | None:
    """The newest PostgreSQL bin folder that has initdb and pg_ctl, or None."""
    candidates: list[Path] = []
    for pattern in ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/postgresql*/bin",
                    "/usr/local/opt/postgresql*/bin"):
        candidates += [Path(p) for p in glob.glob(pattern)]

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", str(path))) or (0,)

    candidates.sort(key=version, reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class PgServer:
    bin_dir: Path
    root: Path = field(default_factory=lambda: Path())
    port: int = 0
    password: str = ""
    run_as: list[str] = field(default_factory=lambda: [])
    started: bool = False

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{DB_USER}:{self.password}@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.run_as, *args], cwd=self.root, capture_output=True, text=True,
                              timeout=timeout, check=False)

    def start(self) -> PgServer:
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam(SYSTEM_USER)
            except KeyError:
                raise RuntimeError("running as root and there is no 'postgres' system user") from None
            self.root = Path(tempfile.mkdtemp(prefix="aspectos-test-pg."))
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self.run_as = ["runuser", "-u", SYSTEM_USER, "--"]
        else:
            self.root = Path(tempfile.mkdtemp(prefix="aspectos-test-pg."))
        os.chmod(self.root, 0o700)
        atexit.register(self.stop)
        self.port = free_port()
        self.password = secrets.token_hex(16)
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n", encoding="ascii")
        if self.run_as:
            owner = pwd.getpwnam(SYSTEM_USER)
            os.chown(pwfile, owner.pw_uid, owner.pw_gid)
        os.chmod(pwfile, 0o600)
        data = self.root / "data"
        done = self._run(str(self.bin_dir / "initdb"), "-D", str(data), "-U", DB_USER,
                         f"--pwfile={pwfile}", "--auth=scram-sha-256", "--encoding=UTF8",
                         "--locale=C.UTF-8", "--no-sync")
        if done.returncode != 0:
            self.stop()
            raise RuntimeError(f"initdb failed: {done.stdout}\n{done.stderr}")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        done = self._run(str(self.bin_dir / "pg_ctl"), "-D", str(data), "-l", str(data / "server.log"),
                         "-w", "-t", "60", "-o", options, "start")
        if done.returncode != 0:
            log = (data / "server.log").read_text(errors="replace") if (data / "server.log").exists() else ""
            self.stop()
            raise RuntimeError(f"pg_ctl start failed: {done.stdout}\n{done.stderr}\n{log}")
        self.started = True
        return self

    def stop(self) -> None:
        if not self.root.parts or not self.root.exists():
            return
        data = self.root / "data"
        if (data / "postmaster.pid").exists():
            with contextlib.suppress(Exception):
                self._run(str(self.bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                          "stop", timeout=60)
        shutil.rmtree(self.root, ignore_errors=True)
        self.started = False


def start_server() -> PgServer:
    """Start a cluster; raises LookupError when no PostgreSQL binaries are installed."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise LookupError("PostgreSQL server binaries (initdb, pg_ctl) not found")
    return PgServer(bin_dir).start()
