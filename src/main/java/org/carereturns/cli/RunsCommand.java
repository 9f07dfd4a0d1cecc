package org.carereturns.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** runs: the job history from the job repository, newest first. */
final class RunsCommand {

    private final PrintStream out;
    private final PrintStream err;

    RunsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments a = Arguments.parse("runs", args, Set.of("--period", "--last", "--output", "--db-url", "--db-user",
                "--db-password"), Set.of());
        String period = a.get("--period");
        int last = (int) a.number("--last", 20, 1, 100_000);
        java.nio.file.Path output = java.nio.file.Path.of(a.get("--output", "output"));
        String url = JobRepositoryUrl.of(a, output);
        if (url.startsWith("jdbc:h2:file:") && !java.nio.file.Files.exists(output.resolve(".jobrepo"))
                && a.get("--db-url") == null && System.getenv("CARE_RETURNS_DB_URL") == null) {
            out.println("no runs yet: there is no job repository in " + output.resolve(".jobrepo"));
            return ExitCode.DONE;
        }
        String user = a.get("--db-user", System.getenv().getOrDefault("CARE_RETURNS_DB_USER", url.startsWith("jdbc:h2:")
                ? "sa" : ""));
        String password = a.get("--db-password", System.getenv().getOrDefault("CARE_RETURNS_DB_PASSWORD", ""));
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            print(c, period, last);
            return ExitCode.DONE;
        } catch (SQLException e) {
            err.println("care-returns: the job repository cannot be read (" + RunCommand.rootMessage(e) + ")");
            return ExitCode.JOB_FAILED;
        }
    }

    private void print(Connection c, String period, int last) throws SQLException {
        String sql = "SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.START_TIME, e.END_TIME, e.STATUS, e.EXIT_MESSAGE "
                + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID "
                + "ORDER BY e.JOB_EXECUTION_ID DESC";
        out.println(String.format("%-9s %-9s %-7s %-10s %-19s %-19s %-9s %10s %9s  %s", "execution", "command",
                "period", "as-of", "start", "end", "status", "rows read", "rejected", "output"));
        int shown = 0;
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next() && shown < last) {
                long id = rs.getLong(1);
                Map<String, String> params = params(c, id);
                if (period != null && !period.equals(params.get("period"))) {
                    continue;
                }
                Map<String, String> summary = summary(rs.getString(6));
                out.println(String.format("%-9d %-9s %-7s %-10s %-19s %-19s %-9s %10s %9s  %s", id, rs.getString(2),
                        params.getOrDefault("period", ""), params.getOrDefault("asOf", ""), time(rs.getTimestamp(3)),
                        time(rs.getTimestamp(4)), rs.getString(5), summary.getOrDefault("read", ""),
                        summary.getOrDefault("rejected", ""), summary.getOrDefault("output", "")));
                shown++;
            }
        }
        if (shown == 0) {
            out.println("(no runs" + (period == null ? "" : " for " + period) + ")");
        }
    }

    private static Map<String, String> params(Connection c, long id) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** The "read N; rejected M; output DIR" summary that publish leaves on a completed execution. */
    private static Map<String, String> summary(String exitMessage) {
        Map<String, String> out = new LinkedHashMap<>();
        if (exitMessage == null || !exitMessage.startsWith("read ")) {
            return out;
        }
        for (String part : exitMessage.split("; ")) {
            int space = part.indexOf(' ');
            if (space > 0) {
                out.put(part.substring(0, space), part.substring(space + 1));
            }
        }
        return out;
    }

    private static String time(java.sql.Timestamp t) {
        return t == null ? "" : t.toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }
}
