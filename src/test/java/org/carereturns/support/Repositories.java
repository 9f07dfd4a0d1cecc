package org.carereturns.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The job repositories a test runs against: the embedded H2 file always, and PostgreSQL when
 * CARE_RETURNS_TEST_PG_URL names a server (CI starts one on a loopback port), in a fresh database
 * per test so no test sees another's executions.
 */
public final class Repositories {

    public static final String H2 = "h2";
    public static final String POSTGRESQL = "postgresql";

    private Repositories() {
    }

    public static List<String> available() {
        List<String> out = new ArrayList<>(List.of(H2));
        if (System.getenv("CARE_RETURNS_TEST_PG_URL") != null) {
            out.add(POSTGRESQL);
        }
        return out;
    }

    /** A repository for one test: its JDBC URL, and the command-line options that select it. */
    public record Repository(String kind, String url, String user) {

        public String[] args() {
            return kind.equals(H2) ? new String[0] : new String[] {"--db-url", url, "--db-user", user};
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, "");
        }
    }

    public static Repository create(String kind, Path output) throws SQLException {
        if (kind.equals(H2)) {
            return new Repository(H2, "jdbc:h2:file:" + output.toAbsolutePath().resolve(".jobrepo").resolve("care-returns")
                    + ";AUTO_SERVER=TRUE", "sa");
        }
        String server = System.getenv("CARE_RETURNS_TEST_PG_URL");
        String name = "care_returns_test_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(server, "postgres", "")) {
            c.createStatement().executeUpdate("CREATE DATABASE " + name);
        }
        return new Repository(POSTGRESQL, server.substring(0, server.lastIndexOf('/') + 1) + name, "postgres");
    }
}
