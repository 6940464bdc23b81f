#ifndef KNOBS_CSQLITESETTINGS_H
#define KNOBS_CSQLITESETTINGS_H

/// Asks SQLite not to checkpoint the WAL when the connection closes (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE).
/// `connection` is a `sqlite3 *`; sqlite3_db_config is variadic, which Swift cannot call.
/// Returns SQLite's result code.
int knobs_sqlite_keep_wal_on_close(void *connection);

#endif
