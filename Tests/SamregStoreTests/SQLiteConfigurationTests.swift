import GRDBSQLite
import SamregStore
import SamregTestSupport
import Testing

@Suite("SQLite configuration")
struct SQLiteConfigurationTests {
    /// Opening a registry makes SQLite's process-wide settings first (`Registry.sqliteConfiguration`):
    /// memory statistics off, unless something in the process used SQLite before, which
    /// `sqlite3_config` refuses with SQLITE_MISUSE and which then leaves them on. Either way the
    /// result and the setting agree, and the registry works.
    @Test func memoryStatisticsAreOffWhenTheRegistryConfiguredSQLite() throws {
        try withRegistry { registry, _ throws in
            try registry.insert(Families.body, ["kind": "rpo", "name": "RPO Hud"])
            let code = Registry.sqliteConfiguration
            #expect(code == SQLITE_OK || code == SQLITE_MISUSE, "sqlite3_config returned \(code)")
            #expect(Registry.sqliteKeepsMemoryStatistics == (code != SQLITE_OK))
        }
    }
}
