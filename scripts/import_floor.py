"""What the schema alone costs an import: issue 13's import targets against SQLite's own floor.

    scripts/import-floor [--binary PATH] [--data DIR] [--rounds N] [--json OUT]   (and scripts/bench)

For the remiss file of DIR (default: `scripts/generate --size M --seed 1`, the contract's file)
this measures, in one run and alternating round by round:

- `samreg import remiss` into a registry holding what the data set lists before it (`init`, then
  `import body` and `import meeting`, and the organisations at the larger sizes), as `contract-check
  speed` does;
- `sqlite-utils insert db t file.csv --csv` and sqlite3 `.import --csv` into a plain table, the
  issue's two baselines;
- the **floor**: the very rows samreg's import wrote (every remiss, its preparing bodies, its
  sealed audit entries and its search-index entries, copied out of the imported registry into an
  in-memory staging database first) written again into a fresh copy of the same registry by
  SQLite alone, in one transaction, through the same library (the system libsqlite3 that
  samreg links), with samreg's connection pragmas: no CSV, no Swift, no validation, no hashing,
  only the schema's own work (indexes, CHECKs, foreign keys, triggers, the search index) and the
  commit. No import, however it is written, can store those rows in that schema for less.

It prints the medians and what they mean for the targets (samreg at least 3x faster than
sqlite-utils, within 5x of sqlite3 .import): when the floor itself is above a target, the
target cannot be met by any import into this schema. Wall-clock times; CPU (user + sys) is
printed beside them because a shared machine's load stretches wall time.
"""
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd, env=None):
    """Wall and CPU seconds of one child process; stops the script when it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode:
        sys.exit(f"import-floor: {' '.join(cmd[:3])} failed: {r.stderr.decode()[-300:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def fresh(path):
    for ext in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + ext):
            os.remove(path + ext)


def copy_registry(src, dst):
    fresh(dst)
    shutil.copy(src, dst)


def stage(imported, base, stage_db):
    """Copies what the import added to `imported` (compared with `base`) into `stage_db`."""
    fresh(stage_db)
    con = sqlite3.connect(stage_db)
    con.execute("ATTACH ? AS i", (imported,))
    con.execute("ATTACH ? AS b", (base,))
    last = con.execute("SELECT ifnull(max(seq), 0) FROM b.audit").fetchone()[0]
    con.execute("CREATE TABLE remiss AS SELECT * FROM i.remiss WHERE id > (SELECT ifnull(max(id), 0) FROM b.remiss) ORDER BY id")
    con.execute("CREATE TABLE remiss_assignment AS SELECT * FROM i.remiss_assignment"
                " WHERE id > (SELECT ifnull(max(id), 0) FROM b.remiss_assignment) ORDER BY id")
    con.execute("CREATE TABLE audit AS SELECT * FROM i.audit WHERE seq > ? ORDER BY seq", (last,))
    con.execute("CREATE TABLE search AS SELECT rowid AS rowid_, title, body, refs FROM i.search"
                " WHERE rowid NOT IN (SELECT rowid FROM b.search) ORDER BY rowid")
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("remiss", "remiss_assignment", "audit", "search")}
    con.commit()
    con.close()
    return counts


# What each part of the schema and of the import adds to the floor (`scripts/import-floor
# --anatomy`): the floor again with that part taken away, SQL run on the copy before the clock
# starts, and steps left out. Measurements only: samreg keeps every one of them.
ANATOMY = {
    "without the real-day triggers": ("DROP TRIGGER remiss_received_on_real_day_insert; DROP TRIGGER remiss_deadline_on_real_day_insert;"
                                      " DROP TRIGGER remiss_closed_on_real_day_insert;", ()),
    "without remiss's four lookup indexes": ("DROP INDEX remiss_category; DROP INDEX remiss_closed; DROP INDEX remiss_deadline;"
                                            " DROP INDEX remiss_received;", ()),
    "without the remiss_unsettled trigger": ("DROP TRIGGER remiss_unsettled_after_insert;", ()),
    "without the audit entries": ("", ("audit entries",)),
    "without the search index": ("", ("search index",)),
    "without audit entries and search index": ("", ("audit entries", "search index")),
}


def floor_once(base, target, stage_db, drop="", skip=()):
    """Writes the staged rows into a copy of `base` with SQLite alone: wall and CPU seconds, and
    the wall seconds of each step.

    The staging file is read into memory before the clock starts, so reading it costs nothing
    measured. The audit triggers of the two tables are kept quiet the way samreg's bulk import
    keeps them (`audit_context.bulk`), since the staged entries are the ones they would write."""
    copy_registry(base, target)
    con = sqlite3.connect(target, isolation_level=None)
    for pragma in ("foreign_keys = ON", "synchronous = FULL", "cache_size = -32000", "temp_store = MEMORY"):
        con.execute(f"PRAGMA {pragma}")
    if drop:
        con.executescript(drop)
    con.execute("ATTACH ':memory:' AS s")
    src = sqlite3.connect(stage_db)
    for table in ("remiss", "remiss_assignment", "audit", "search"):
        sql = src.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        con.execute(sql.replace(f'CREATE TABLE {table}', f'CREATE TABLE s.{table}', 1)
                       .replace(f'CREATE TABLE "{table}"', f'CREATE TABLE s."{table}"', 1))
        rows = src.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            con.executemany(f"INSERT INTO s.{table} VALUES ({marks})", rows)
    src.close()
    steps = (("begin", "BEGIN IMMEDIATE"),
             ("remiss", "UPDATE audit_context SET bulk = 'remiss' WHERE id = 1"),
             ("remiss", "INSERT INTO main.remiss SELECT * FROM s.remiss"),
             ("preparing bodies", "UPDATE audit_context SET bulk = 'remiss_assignment' WHERE id = 1"),
             ("preparing bodies", "INSERT INTO main.remiss_assignment SELECT * FROM s.remiss_assignment"),
             ("audit entries", "UPDATE audit_context SET bulk = NULL WHERE id = 1"),
             ("audit entries", "INSERT INTO main.audit SELECT * FROM s.audit"),
             ("search index", "INSERT INTO main.search (rowid, title, body, refs) SELECT rowid_, title, body, refs FROM s.search"),
             ("commit", "COMMIT"))
    parts = {}
    cpu0 = time.process_time()
    t = time.perf_counter()
    for part, sql in steps:
        if part in skip:
            continue
        t0 = time.perf_counter()
        con.execute(sql)
        parts[part] = parts.get(part, 0.0) + time.perf_counter() - t0
    wall = time.perf_counter() - t
    cpu = time.process_time() - cpu0
    con.close()
    return wall, cpu, parts


def same_rows(a, b):
    """Whether two registries hold the same remiss, assignment, audit and search rows."""
    def digest(path):
        con = sqlite3.connect(path)
        out = [con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
               for t in ("remiss", "remiss_assignment", "audit")]
        out.append(con.execute("SELECT rowid, title, body, refs FROM search ORDER BY rowid").fetchall())
        con.close()
        return out
    return digest(a) == digest(b)


def sqlite_utils():
    """The sqlite-utils command: on PATH, or the contract checks' venv; None when neither."""
    su = shutil.which("sqlite-utils") or os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
                                                       "samreg-contract-venv", "bin", "sqlite-utils")
    return su if os.access(su, os.X_OK) else None


def before_remiss(data):
    """(family, file) of what `scripts/generate` lists before the remiss file in its manifest
    (the organisations the larger sizes add, bodies, meetings): what remisser refer to."""
    import json
    manifest = os.path.join(data, "manifest.json")
    if not os.path.exists(manifest):
        return [("body", "body.csv"), ("meeting", "meeting.csv")]
    files = json.load(open(manifest))["files"]
    order = [f["family"] for f in files]
    return [(f["family"], f["file"]) for f in files[:order.index("remiss")]]


def measure(binary, data, rounds, baselines=True, anatomy=False):
    """Medians of `rounds` rounds: {"samreg"|"floor"|"sqlite-utils"|"sqlite3": {"wall", "cpu"}},
    with "counts" of the rows staged; the baselines only with `baselines` (and sqlite-utils
    only when it is installed)."""
    csv = os.path.join(data, "remiss.csv")
    su = sqlite_utils() if baselines else None
    env = dict(os.environ, SAMREG_ACTOR=os.environ.get("SAMREG_ACTOR", "import-floor"))
    with tempfile.TemporaryDirectory() as d:
        base = os.path.join(d, "base.sqlite")
        for cmd in [["init"]] + [["import", family, os.path.join(data, name)] for family, name in before_remiss(data)]:
            subprocess.run([binary, *cmd, "--db", base], check=True, stdout=subprocess.DEVNULL, env=env)
        subprocess.run(["sqlite3", base, "PRAGMA wal_checkpoint(TRUNCATE);"], check=True, stdout=subprocess.DEVNULL)
        work, plain, again = (os.path.join(d, n) for n in ("w.sqlite", "p.sqlite", "f.sqlite"))
        stage_db = os.path.join(d, "stage.sqlite")
        times = {"samreg": [], "floor": []}
        main_parts = []
        counts = None
        for i in range(rounds):
            copy_registry(base, work)
            times["samreg"].append(timed([binary, "import", "remiss", csv, "--db", work], env))
            if counts is None:
                subprocess.run(["sqlite3", work, "PRAGMA wal_checkpoint(TRUNCATE);"], check=True, stdout=subprocess.DEVNULL)
                counts = stage(work, base, stage_db)
            wall, cpu, parts = floor_once(base, again, stage_db)
            times["floor"].append((wall, cpu))
            if i == 0 and not same_rows(work, again):
                sys.exit("import-floor: the floor's registry differs from samreg's import: the measurement is not of the same rows")
            main_parts.append(parts)
            if anatomy:
                for name, (drop, skip) in ANATOMY.items():
                    times.setdefault("floor " + name, []).append(floor_once(base, again, stage_db, drop, skip)[:2])
            if su:
                fresh(plain)
                times.setdefault("sqlite-utils", []).append(timed([su, "insert", plain, "t", csv, "--csv"]))
            if baselines:
                fresh(plain)
                times.setdefault("sqlite3", []).append(timed(["sqlite3", plain, f".import --csv {csv} t"]))
    out = {k: {"wall": statistics.median(w for w, _ in v), "cpu": statistics.median(c for _, c in v)} for k, v in times.items()}
    out["counts"] = counts
    out["floor-parts"] = {k: statistics.median(p[k] for p in main_parts) for k in main_parts[-1]}
    return out
