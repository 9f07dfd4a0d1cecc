package org.carereturns.job;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Whether a database may hold care-returns' job repository, decided before anything is written to
 * it: Spring Batch creates its tables where there are none, but tables that are already there must be
 * of the version this program writes (Spring Batch 5 or later: BATCH_JOB_EXECUTION_PARAMS has
 * PARAMETER_NAME) and must be care-returns' own (CARE_RETURNS_RUN_LOCK beside them), or hold no run
 * yet. Another application's Spring Batch tables are never written into.
 */
public final class RepositorySchema {

    static final String OWN_TABLE = "CARE_RETURNS_RUN_LOCK";

    private RepositorySchema() {
    }

    /** Null when the repository at {@code url} can be used; otherwise why not and what to do, in words. */
    public static String unusable(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return unusable(c);
        }
    }

    static String unusable(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        if (!hasTable(meta, schema, "BATCH_JOB_INSTANCE")) {
            return null; // a database or schema of its own, new: the tables are created on first use
        }
        String where = "the job repository (" + (schema == null ? "the database" : "schema " + schema) + ")";
        if (hasTable(meta, schema, "BATCH_JOB_EXECUTION_PARAMS")
                && !hasColumn(meta, schema, "BATCH_JOB_EXECUTION_PARAMS", "PARAMETER_NAME")) {
            return where + " holds the tables of an older Spring Batch (version 4 or earlier: "
                    + "BATCH_JOB_EXECUTION_PARAMS has no PARAMETER_NAME column), most likely another application's;"
                    + " care-returns wrote nothing there. Give care-returns a database, or a schema, of its own"
                    + " (for example --db-url jdbc:postgresql://host:5432/care_returns)";
        }
        if (!hasTable(meta, schema, OWN_TABLE) && anyRun(c)) {
            return where + " holds another application's Spring Batch runs (there is no " + OWN_TABLE
                    + " table beside them); care-returns wrote nothing there. Give care-returns a database, or a"
                    + " schema, of its own (for example --db-url jdbc:postgresql://host:5432/care_returns)";
        }
        return null;
    }

    private static boolean anyRun(Connection c) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")) {
            return r.next() && r.getLong(1) > 0;
        }
    }

    /** Databases fold unquoted names to upper case (H2) or lower case (PostgreSQL): ask for both. */
    private static boolean hasTable(DatabaseMetaData meta, String schema, String table) throws SQLException {
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet r = meta.getTables(null, schema, name, null)) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasColumn(DatabaseMetaData meta, String schema, String table, String column)
            throws SQLException {
        for (String t : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            for (String name : new String[] {column, column.toLowerCase(Locale.ROOT)}) {
                try (ResultSet r = meta.getColumns(null, schema, t, name)) {
                    if (r.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
