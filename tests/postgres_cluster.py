"""A throwaway PostgreSQL + PostGIS cluster on loopback, for the tests (Debian's packages).

initdb and pg_ctl in a temporary folder, a free port on 127.0.0.1, trust authentication for the
test superuser only; stopped and removed at the end. As root (CI, chroots) the server runs as the
`postgres` system user, because PostgreSQL refuses to run as root.
"""
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile


def _binaries():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise RuntimeError("PostgreSQL is not installed (Debian package 'postgresql'); `make test` installs it")
    return os.path.dirname(found[-1])


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self):
        self.bin = _binaries()
        self.folder = tempfile.mkdtemp(prefix="pot_pg_")
        self.port = _free_port()
        self.as_user = []
        if os.geteuid() == 0:
            postgres = pwd.getpwnam("postgres")
            os.chmod(self.folder, 0o755)
            os.chown(self.folder, postgres.pw_uid, postgres.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.data = os.path.join(self.folder, "datos")
        self._run("initdb", "-D", self.data, "-U", "pot_test", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        self.start()
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "pot_test", "expediente")

    def start(self):
        self._run("pg_ctl", "-D", self.data, "-w", "-l", os.path.join(self.folder, "registro.log"), "-o",
                  f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off", "start")

    def crash(self):
        """The server goes away at once, as a power cut or a network failure would have it."""
        self._run("pg_ctl", "-D", self.data, "-m", "immediate", "stop")

    def require_password(self, user):
        """`user` must log in with a password (SCRAM); everybody else keeps trust authentication."""
        hba = os.path.join(self.data, "pg_hba.conf")
        with open(hba, encoding="utf-8") as f:
            rules = f.read()
        with open(hba, "w", encoding="utf-8") as f:
            f.write(f"host all {user} 127.0.0.1/32 scram-sha-256\n" + rules)
        self._run("pg_ctl", "-D", self.data, "reload")

    def _run(self, program, *arguments):
        subprocess.run(self.as_user + [os.path.join(self.bin, program), *arguments], check=True,
                       capture_output=True, cwd=self.folder)

    def uri(self, schema="pot", database="expediente"):
        return f"postgresql://pot_test@127.0.0.1:{self.port}/{database}?schema={schema}"

    def stop(self):
        try:
            self._run("pg_ctl", "-D", self.data, "-w", "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
