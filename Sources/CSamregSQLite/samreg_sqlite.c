#include <sqlite3.h>
#include "samreg_sqlite.h"

int samreg_sqlite_configure(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int samreg_sqlite_memstatus(void) {
    /* With statistics off, the high-water mark of allocations never moves. */
    sqlite3_int64 before = sqlite3_memory_highwater(1);
    void *p = sqlite3_malloc64(1 << 20);
    sqlite3_int64 after = sqlite3_memory_highwater(0);
    sqlite3_free(p);
    (void)before;
    return after >= (1 << 20) ? 1 : 0;
}
