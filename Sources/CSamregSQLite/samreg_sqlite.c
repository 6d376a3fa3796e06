#include <sqlite3.h>
#include "samreg_sqlite.h"

int samreg_sqlite_configure(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int samreg_sqlite_memstatus(void) {
    /* With statistics off, the high-water mark of allocations stays 0 whatever is allocated. */
    sqlite3_memory_highwater(1);   /* reset it to what is in use now */
    void *p = sqlite3_malloc64(1 << 20);
    sqlite3_int64 highest = sqlite3_memory_highwater(0);
    sqlite3_free(p);
    return highest >= (1 << 20) ? 1 : 0;
}
