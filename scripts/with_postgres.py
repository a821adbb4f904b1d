#!/usr/bin/env python3
"""Run a command against a throwaway PostgreSQL cluster.

Starts a fresh cluster with the system's ``initdb``/``pg_ctl`` on a free local port, sets
``DATABASE_URL`` for the command, and stops and removes the cluster afterwards, whatever the
command's outcome. As root, the cluster runs as the ``postgres`` user (PostgreSQL refuses root).

    python scripts/with_postgres.py -- pytest -q
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path


def find_binary(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True):
        return str(candidate)
    sys.exit(f"{name} not found: install the PostgreSQL server binaries (Debian: postgresql).")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv: list[str]) -> int:
    if "--" in argv:
        argv = argv[argv.index("--") + 1 :]
    if not argv:
        sys.exit("usage: with_postgres.py -- COMMAND ...")
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    run_as: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="loket-pg-"))
    data, sockets = base / "data", base / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        user = "postgres"
        try:
            pw = pwd.getpwnam(user)
        except KeyError:
            user, pw = "nobody", pwd.getpwnam("nobody")
        for path in (base, sockets):
            os.chown(path, pw.pw_uid, pw.pw_gid)
        run_as = ["runuser", "-u", user, "--"]
    port = free_port()
    log = base / "server.log"
    quiet = {"stdout": subprocess.DEVNULL}
    try:
        subprocess.run(
            [*run_as, initdb, "-D", str(data), "-U", "loket", "-A", "trust", "-E", "UTF8",
             "--no-sync"],
            check=True, **quiet,
        )  # fmt: skip
        options = (
            f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        subprocess.run(
            [*run_as, pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "start"],
            check=True, **quiet,
        )  # fmt: skip
        env = dict(os.environ, DATABASE_URL=f"postgres://loket@127.0.0.1:{port}/postgres")
        print(f"PostgreSQL test cluster on port {port} ({data})", flush=True)
        return subprocess.call(argv, env=env)
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                [*run_as, pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
            )  # fmt: skip
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
