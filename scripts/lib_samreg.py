"""Shared helpers for samreg's reliability scripts (scripts/crash-test, scripts/concurrency-test,
scripts/fuzz): finding and running the samreg binary, read-only checks of a registry database
with Python's own sqlite3, logical dumps, and generated remiss data in Swedish.

Not a command: imported by the scripts beside it. Python 3.9+ standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from typing import Iterable, Sequence

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BIN = os.path.join(REPO, ".build-rel", "release", "samreg")

# What a Swift runtime trap or a crash leaves on standard error.
CRASH_MARKERS = (
    "Fatal error", "fatal error:", "Stack dump", "Current stack trace", "stack trace", "Segmentation fault",
    "Illegal instruction", "Trace/breakpoint trap", "Assertion failed", "Precondition failed",
    "Unexpectedly found nil", "Aborted", "SIGSEGV", "SIGILL", "SIGTRAP", "SIGABRT", "💣",
)

SENDERS = ("SKR", "SoS", "S", "TLV", "LV", "FHM", "IVO", "EHM", "SBU", "Fi")
CATEGORIES = ("kunskapsstyrning", "nhv", "myndighet")
WORDS = (
    "Vårdförlopp", "sepsis", "höftfraktur", "Nationellt", "kunskapsstöd", "för", "psykisk", "ohälsa",
    "Förslag", "till", "föreskrifter", "om", "ändring", "i", "Socialstyrelsens", "allmänna", "råd",
    "läkemedelsförmåner", "hälso-", "och", "sjukvård", "brännskador", "högspecialiserad", "vård",
    "Översyn", "av", "tandvårdsstödet", "barn", "äldre", "öppenvård", "ögonsjukdomar", "Remiss",
    "kvalitetsregister", "äggstockscancer", "Åtgärder", "mot", "överbeläggningar", "år", "2025",
    "stöd", "vid", "självskadebeteende", "primärvårdens", "uppdrag", "Ändrade", "regler",
)


def resolve_bin(path: str | None) -> str:
    """The samreg binary: --samreg, else $SAMREG_BIN, else .build-rel/release/samreg."""
    candidate = path or os.environ.get("SAMREG_BIN") or DEFAULT_BIN
    if not (os.path.isfile(candidate) and os.access(candidate, os.X_OK)):
        sys.exit(f"samreg binary not found at {candidate}: build it with "
                 f"`swift build -c release --scratch-path .build-rel` or pass --samreg PATH")
    return os.path.abspath(candidate)


def clean_env(extra: dict | None = None) -> dict:
    """An environment without SAMREG_* settings of the caller (the scripts pass --db)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAMREG_")}
    env["SAMREG_ACTOR"] = "reliability"
    env["SAMREG_TODAY"] = "2025-06-17"
    env.setdefault("LC_ALL", "C.UTF-8")
    if extra:
        env.update(extra)
    return env


@dataclass
class Result:
    args: list
    returncode: int | None      # None: timed out (killed by the harness)
    stdout: str
    stderr: str
    seconds: float
    timed_out: bool = False


def run(binary: str, args: Sequence, db: str | None = None, timeout: float = 60,
        env: dict | None = None, stdin: bytes | None = None) -> Result:
    """Runs samreg with `args` (str or bytes) and --db `db`; never raises on exit codes."""
    argv = [binary] + list(args)
    if db is not None:
        argv += ["--db", db]
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env or clean_env(),
                            start_new_session=True)
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        out, err = proc.communicate()
        timed_out = True
    return Result(argv, None if timed_out else proc.returncode, out.decode("utf-8", "replace"),
                  err.decode("utf-8", "replace"), time.monotonic() - start, timed_out)


def must(result: Result, what: str) -> Result:
    if result.returncode != 0:
        raise SystemExit(f"setup failed: {what}: exit {result.returncode}\n{result.stderr}")
    return result


def init_db(binary: str, path: str, seed: bool = False) -> None:
    must(run(binary, ["init"], db=path), "samreg init")
    if seed:
        must(run(binary, ["seed"], db=path), "samreg seed")


# ---------------------------------------------------------------------------------------------
# Read-only checks with Python's sqlite3 (an independent SQLite, not samreg's)

def ro_connect(path: str) -> sqlite3.Connection:
    """A read-only connection (URI mode=ro): it never writes the database file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, isolation_level=None)
    conn.text_factory = lambda b: b.decode("utf-8", "surrogateescape")
    return conn


def pragma_checks(path: str) -> list[str]:
    """Problems reported by PRAGMA integrity_check and PRAGMA foreign_key_check (empty = ok)."""
    problems = []
    conn = ro_connect(path)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.append("integrity_check: " + "; ".join(map(str, rows[:5])))
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append("foreign_key_check: " + "; ".join(map(str, fk[:5])))
    finally:
        conn.close()
    return problems


def quick_check(path: str) -> list[str]:
    conn = ro_connect(path)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        return [] if rows == ["ok"] else ["quick_check: " + "; ".join(map(str, rows[:5]))]
    finally:
        conn.close()


def audit_problems(path: str) -> list[str]:
    """Every remiss has exactly one audit insert row, and no insert row names a missing remiss;
    the audit context is cleared (no transaction was left half done)."""
    conn = ro_connect(path)
    try:
        problems = []
        bad = conn.execute("""
            SELECT r.id, (SELECT count(*) FROM audit a WHERE a.tbl = 'remiss' AND a.action = 'insert'
                          AND a.record_id = r.id) AS n
            FROM remiss r WHERE n <> 1 LIMIT 5""").fetchall()
        if bad:
            problems.append(f"remiss without exactly one audit insert row: {bad}")
        orphans = conn.execute("""
            SELECT a.seq, a.record_id FROM audit a WHERE a.tbl = 'remiss' AND a.action = 'insert'
            AND NOT EXISTS (SELECT 1 FROM remiss r WHERE r.id = a.record_id) LIMIT 5""").fetchall()
        if orphans:
            problems.append(f"audit insert rows for remisser that do not exist: {orphans}")
        ctx = conn.execute("SELECT actor, command FROM audit_context WHERE id = 1").fetchone()
        if ctx != (None, None):
            problems.append(f"audit_context left set: {ctx}")
        unsealed = conn.execute("SELECT count(*) FROM audit WHERE hash IS NULL").fetchone()[0]
        if unsealed:
            problems.append(f"{unsealed} unsealed audit rows")
        return problems
    finally:
        conn.close()


def search_problems(path: str) -> list[str]:
    """Every remiss has its full-text entry, at the rowid that decodes back to it (family 2 in
    the high 32 bits, the id in the low ones) with its title, and no remiss entry is stale."""
    conn = ro_connect(path)
    try:
        problems = []
        bad = conn.execute("""
            SELECT r.id FROM remiss r WHERE r.id < 1 OR r.id > 4294967295
               OR NOT EXISTS (SELECT 1 FROM search s WHERE s.rowid = (2 << 32) + r.id AND s.title IS r.title)
            LIMIT 5""").fetchall()
        if bad:
            problems.append(f"remisser without a search entry that decodes back to them (ids {[b[0] for b in bad]})")
        stale = conn.execute("""
            SELECT s.rowid & 4294967295 FROM search s WHERE s.rowid >= (2 << 32) AND s.rowid < (3 << 32)
               AND NOT EXISTS (SELECT 1 FROM remiss r WHERE r.id = (s.rowid & 4294967295)) LIMIT 5""").fetchall()
        if stale:
            problems.append(f"search entries for remisser that do not exist (ids {[b[0] for b in stale]})")
        return problems
    finally:
        conn.close()


def scalar(path: str, sql: str, args: Iterable = ()):
    conn = ro_connect(path)
    try:
        return conn.execute(sql, tuple(args)).fetchone()[0]
    finally:
        conn.close()


def remiss_count(path: str) -> int:
    return scalar(path, "SELECT count(*) FROM remiss")


def logical_dump(path: str) -> str:
    """SHA-256 of the schema and every row of every table (the FTS5 shadow tables included),
    rows sorted, so two databases with the same content give the same digest."""
    conn = ro_connect(path)
    h = hashlib.sha256()
    try:
        conn.execute("BEGIN")   # one snapshot
        objects = conn.execute(
            "SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_master ORDER BY type, name").fetchall()
        for obj in objects:
            h.update(repr(obj).encode())
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").fetchall():
            rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
            h.update(f"\n{name}:{len(rows)}\n".encode())
            for row in sorted(repr(r) for r in rows):
                h.update(row.encode("utf-8", "surrogateescape"))
        h.update(repr(conn.execute("PRAGMA user_version").fetchone()).encode())
        conn.execute("COMMIT")
    finally:
        conn.close()
    return h.hexdigest()


def copy_db(src: str, dst: str) -> None:
    """A consistent copy of database `src` at `dst` (SQLite's backup API; -wal and -shm of
    `dst` removed first), e.g. to put a registry back after a run that broke it."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(dst + suffix):
            os.remove(dst + suffix)
    source = ro_connect(src)
    target = sqlite3.connect(dst)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def samreg_check(binary: str, path: str) -> list[str]:
    """`samreg check`: integrity, foreign keys, search index, audit chain (empty = ok)."""
    r = run(binary, ["check"], db=path, timeout=120)
    if r.returncode == 0:
        return []
    return [f"samreg check exit {r.returncode}: " + (r.stdout + r.stderr).strip().replace("\n", " | ")[:500]]


# ---------------------------------------------------------------------------------------------
# Generated data

def title(rng: random.Random, tag: str = "") -> str:
    words = rng.sample(WORDS, rng.randint(3, 7))
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    return f"{text} {tag}".strip()


def remiss_row(rng: random.Random, tag: str = "") -> dict:
    year = rng.randint(2019, 2026)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    received = f"{year:04d}-{month:02d}-{day:02d}"
    # deadline 0–120 days later, computed without datetime arithmetic surprises
    import datetime
    deadline = (datetime.date(year, month, day) + datetime.timedelta(days=rng.randint(0, 120))).isoformat()
    t = title(rng, tag)
    if rng.random() < 0.15:
        t = f'{t}, "särskilt" ärende'   # needs CSV quoting
    return {"title": t, "sender": rng.choice(SENDERS), "category": rng.choice(CATEGORIES),
            "received": received, "deadline": deadline}


IMPORT_COLUMNS = ("title", "sender", "category", "received", "deadline")


def remiss_csv(rows: Sequence[dict], delimiter: str = ",") -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0].keys()) if rows else list(IMPORT_COLUMNS),
                       delimiter=delimiter, lineterminator="\n")
    w.writeheader()
    for row in rows:
        w.writerow(row)
    return buf.getvalue().encode("utf-8")


def add_args(row: dict) -> list[str]:
    return ["remiss", "add", "--title", row["title"], "--sender", row["sender"], "--category", row["category"],
            "--received", row["received"], "--deadline", row["deadline"]]


# ---------------------------------------------------------------------------------------------
# Reporting

def table(rows: Sequence[Sequence], header: Sequence[str]) -> str:
    cells = [list(map(str, header))] + [list(map(str, r)) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for n, r in enumerate(cells):
        lines.append("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


class Workdir:
    """A temporary directory, kept on failure (or with --keep) so the database can be examined."""

    def __init__(self, prefix: str, keep: bool = False):
        self.path = tempfile.mkdtemp(prefix=prefix)
        self.keep = keep

    def done(self, ok: bool) -> None:
        if ok and not self.keep:
            shutil.rmtree(self.path, ignore_errors=True)
        else:
            print(f"work directory kept: {self.path}")
