package org.carereturns.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.carereturns.cli.ExitCode;
import org.carereturns.support.Cli;
import org.carereturns.support.Repositories;
import org.carereturns.support.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that already holds another application's Spring Batch tables: an older version's (4.3,
 * whose parameters table has KEY_NAME, not PARAMETER_NAME), or this version's with another
 * application's runs in them. A run is refused before it writes anything there, naming what it found
 * and what to do; runs says the same instead of failing on the other application's executions. On H2
 * always, and on PostgreSQL when CI provides one.
 */
class ForeignSchemaTest {

    /** Spring Batch 4.3's tables, as another application left them, with one of its runs. */
    static final List<String> SPRING_BATCH_4 = List.of(
            "CREATE TABLE BATCH_JOB_INSTANCE (JOB_INSTANCE_ID BIGINT NOT NULL PRIMARY KEY, VERSION BIGINT, "
                    + "JOB_NAME VARCHAR(100) NOT NULL, JOB_KEY VARCHAR(32) NOT NULL, "
                    + "constraint JOB_INST_UN unique (JOB_NAME, JOB_KEY))",
            "CREATE TABLE BATCH_JOB_EXECUTION (JOB_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY, VERSION BIGINT, "
                    + "JOB_INSTANCE_ID BIGINT NOT NULL, CREATE_TIME TIMESTAMP NOT NULL, START_TIME TIMESTAMP, "
                    + "END_TIME TIMESTAMP, STATUS VARCHAR(10), EXIT_CODE VARCHAR(2500), EXIT_MESSAGE VARCHAR(2500), "
                    + "LAST_UPDATED TIMESTAMP, JOB_CONFIGURATION_LOCATION VARCHAR(2500))",
            "CREATE TABLE BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID BIGINT NOT NULL, TYPE_CD VARCHAR(6) NOT NULL, "
                    + "KEY_NAME VARCHAR(100) NOT NULL, STRING_VAL VARCHAR(250), DATE_VAL TIMESTAMP, LONG_VAL BIGINT, "
                    + "DOUBLE_VAL DOUBLE PRECISION, IDENTIFYING CHAR(1) NOT NULL)",
            "CREATE SEQUENCE BATCH_JOB_SEQ",
            "INSERT INTO BATCH_JOB_INSTANCE VALUES (1, 0, 'importCustomers', '0123456789abcdef0123456789abcdef')",
            "INSERT INTO BATCH_JOB_EXECUTION VALUES (1, 1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, "
                    + "'COMPLETED', 'COMPLETED', '', CURRENT_TIMESTAMP, NULL)",
            "INSERT INTO BATCH_JOB_EXECUTION_PARAMS VALUES (1, 'STRING', 'file', 'customers.csv', NULL, 0, 0, 'Y')");

    @TempDir
    Path dir;

    @Test
    void anOlderSpringBatchSchemaIsRefusedBeforeAnythingIsWrittenInto() throws Exception {
        for (String kind : Repositories.available()) {
            String url = database(kind, "old");
            try (Connection c = connect(kind, url); Statement s = c.createStatement()) {
                for (String sql : SPRING_BATCH_4) {
                    s.execute(sql);
                }
            }
            List<String> before = objects(kind, url);
            Cli.Result r = yearEnd(kind, url);
            assertThat(r.code()).as(kind + ": " + r.stderr()).isEqualTo(ExitCode.INPUT_REFUSED);
            assertThat(r.stderr()).contains("older Spring Batch", "PARAMETER_NAME", "a database, or a schema, of its own")
                    .doesNotContain("duplicate key", "Exception");
            assertThat(objects(kind, url)).as(kind + ": nothing added").isEqualTo(before);
            Cli.Result runs = runs(kind, url);
            assertThat(runs.code()).as(kind).isEqualTo(ExitCode.JOB_FAILED);
            assertThat(runs.stderr()).contains("older Spring Batch").doesNotContain("base64");
        }
    }

    @Test
    void thisVersionsTablesHoldingAnotherApplicationsRunsAreRefusedToo() throws Exception {
        for (String kind : Repositories.available()) {
            String url = database(kind, "other");
            String schema = new String(getClass().getResourceAsStream("/org/springframework/batch/core/schema-"
                    + (kind.equals(Repositories.H2) ? "h2" : "postgresql") + ".sql").readAllBytes(), StandardCharsets.UTF_8);
            try (Connection c = connect(kind, url); Statement s = c.createStatement()) {
                for (String sql : schema.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
                s.execute("INSERT INTO BATCH_JOB_INSTANCE VALUES (1, 0, 'importCustomers', "
                        + "'0123456789abcdef0123456789abcdef')");
            }
            List<String> before = objects(kind, url);
            Cli.Result r = yearEnd(kind, url);
            assertThat(r.code()).as(kind + ": " + r.stderr()).isEqualTo(ExitCode.INPUT_REFUSED);
            assertThat(r.stderr()).contains("another application's Spring Batch runs");
            assertThat(objects(kind, url)).as(kind + ": nothing added").isEqualTo(before);
        }
    }

    private String database(String kind, String name) throws SQLException {
        if (kind.equals(Repositories.H2)) {
            return "jdbc:h2:file:" + dir.resolve("elsewhere").resolve(name).toAbsolutePath();
        }
        return Repositories.create(kind, dir.resolve(name)).url();
    }

    private static Connection connect(String kind, String url) throws SQLException {
        return DriverManager.getConnection(url, kind.equals(Repositories.H2) ? "sa" : "postgres", "");
    }

    /** Every table and sequence in the database, with the rows of each table. */
    private static List<String> objects(String kind, String url) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(kind, url)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE", "SEQUENCE"})) {
                while (r.next()) {
                    out.add(r.getString("TABLE_TYPE") + " " + r.getString("TABLE_NAME"));
                    if ("TABLE".equals(r.getString("TABLE_TYPE"))) {
                        tables.add(r.getString("TABLE_NAME"));
                    }
                }
            }
            for (String t : tables) {
                try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + t)) {
                    r.next();
                    out.add(t + " rows " + r.getLong(1));
                }
            }
        }
        out.sort(null);
        return out;
    }

    private Cli.Result yearEnd(String kind, String url) throws Exception {
        Path input = Sample.copyTo(dir.resolve("in-" + System.nanoTime()));
        return Cli.run("year-end", "--period", "2024-25", "--input", input.toString(), "--output",
                dir.resolve("out").toString(), "--db-url", url, "--db-user", kind.equals(Repositories.H2) ? "sa" : "postgres");
    }

    private Cli.Result runs(String kind, String url) {
        return Cli.run("runs", "--output", dir.resolve("out").toString(), "--db-url", url, "--db-user",
                kind.equals(Repositories.H2) ? "sa" : "postgres");
    }
}
