#ifndef SAMREG_SQLITE_H
#define SAMREG_SQLITE_H

/// Process-wide SQLite settings that must be made before SQLite is first used, through
/// `sqlite3_config`, which is variadic and so cannot be called from Swift.
///
/// Turns off SQLite's memory statistics (`SQLITE_CONFIG_MEMSTATUS`): with them on, every
/// `sqlite3_malloc` and `sqlite3_free` takes a process-wide mutex to count bytes, which samreg
/// never reads. Returns SQLITE_OK, or SQLITE_MISUSE when SQLite was already initialised in this
/// process (the setting then stays as it was; nothing else changes).
int samreg_sqlite_configure(void);

/// Whether SQLite keeps memory statistics in this process (1) or not (0): what
/// `samreg_sqlite_configure` changed, for the tests.
int samreg_sqlite_memstatus(void);

#endif
