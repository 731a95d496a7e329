package dk.skranke.kiosk.journal;

import java.sql.SQLException;
import java.sql.Statement;

/** The journal's tables; created if missing, never dropped. */
final class JournalSchema {
    private JournalSchema() {
    }

    static void create(Statement s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS cache (name TEXT PRIMARY KEY, json TEXT NOT NULL, "
                + "fetched_ms INTEGER NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS number_blocks (service TEXT NOT NULL, day TEXT NOT NULL, "
                + "first INTEGER NOT NULL, last INTEGER NOT NULL, next_unused INTEGER NOT NULL, "
                + "reserved_ms INTEGER NOT NULL, PRIMARY KEY (service, day, first))");
        s.execute("CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
                + "client_request_id TEXT NOT NULL UNIQUE, service TEXT NOT NULL, language TEXT NOT NULL, day TEXT, "
                + "number TEXT, sequence INTEGER, issued_at TEXT NOT NULL, public_token TEXT, outcome TEXT, "
                + "state TEXT NOT NULL, error TEXT, created_ms INTEGER NOT NULL, sent_ms INTEGER, "
                + "attempts INTEGER NOT NULL DEFAULT 0)");
        s.execute("CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (state, id)");
        s.execute("CREATE UNIQUE INDEX IF NOT EXISTS outbox_ticket_number ON outbox (day, number) "
                + "WHERE kind = 'ticket'");
        s.execute("PRAGMA user_version = 1");
    }
}
