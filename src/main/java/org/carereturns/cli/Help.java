package org.carereturns.cli;

/** The help text of each command. */
final class Help {

    private Help() {
    }

    static final String MAIN = """
            care-returns: statutory social care returns from case-management extracts

            Usage: java -jar target/care-returns.jar <command> [options]

            Commands:
              year-end          compute every return whose extracts are present, with the audit trail
              validate          check the extracts only: rejected-row report and manifest
              nightly           provisional returns for the year to date, with new rejects and the trend
              serve             stay running and start nightly on the schedule in jobs/schedule.yml
              runs              the job history from the job repository
              generate-sample   write realistic synthetic extracts for one council

            Run 'care-returns <command> --help' for a command's options.
            Exit codes: 0 done, 2 usage, 3 input refused (nothing published), 4 job failed,
            5 another run for the same period is in progress, 6 done but incomplete (a return the
            council expects could not be produced; the rest is published).
            """;

    static final String RUN_OPTIONS = """
            Options:
              --period P         financial year, e.g. 2024-25 (required)
              --input DIR        folder of extracts (default: input/<period>)
              --output DIR       results go to DIR/<period>/ (default: output)
              --allow-partial    go on past an unreadable or damaged file, reporting it, instead of
                                 refusing the run
              --mapping FILE     header and value aliases (default: jobs/mapping.yml in the current
                                 folder, else beside the program; or CARE_RETURNS_MAPPING)
              --council FILE     the council's name, code and expected returns (default:
                                 jobs/council.yml, found likewise; or CARE_RETURNS_COUNCIL)
              --returns LIST     write only these returns, comma-separated (SALT, ASCOF, SAC,
                                 CareLeavers); exit 6 if one of them cannot be produced
              --db-url URL       job repository (default: an H2 file under DIR/.jobrepo); a JDBC URL
                                 such as jdbc:postgresql://host:5432/care_returns
              --db-user U, --db-password P   credentials for --db-url
              --help             this text
            """;

    static final String YEAR_END = """
            Usage: care-returns year-end --period P [--input DIR] [--output DIR] [--allow-partial]

            Computes every return whose extracts are present and writes them, the rejected-row report
            (rejected.csv, Rejected.xlsx) and manifest.json into DIR/<period>/. The previous outputs move
            to DIR/<period>/history/<timestamp>/; a run that fails leaves them untouched.

            """ + RUN_OPTIONS;

    static final String VALIDATE = """
            Usage: care-returns validate --period P [--input DIR] [--output DIR] [--allow-partial]

            Reads and checks every extract, and writes only the rejected-row report (rejected.csv,
            Rejected.xlsx), run.log and manifest.json into DIR/<period>/validate/ (with its own
            history/). It never moves or changes the year-end's files.

            """ + RUN_OPTIONS;

    static final String NIGHTLY = """
            Usage: care-returns nightly [--as-of DATE] [--input DIR] [--output DIR] [--allow-partial]

            The returns for the financial year containing the as-of date (default today), provisional:
            the as-of date stands in for the period end in every snapshot. Writes the same files as
            year-end into DIR/<period>/nightly/<as-of>/, plus new-rejects.csv (rows rejected tonight that
            were not rejected in the previous nightly run: same file, record ID and rule) and dq-trend.csv
            (rows read and rejected per extract and rule over every nightly run kept), and a Data quality
            sheet in Rejected.xlsx.

            """ + RUN_OPTIONS.replace("  --period P         financial year, e.g. 2024-25 (required)\n",
            "  --as-of DATE       e.g. 2025-01-31 (default: today); the period is the year containing it\n");

    static final String SERVE = """
            Usage: care-returns serve [--schedule FILE] [--cron EXPR] [--input DIR] [--output DIR] [--db-url URL]

            Stays running and starts nightly on a schedule, as of each run's day, logging each run. The
            schedule comes from jobs/schedule.yml (cron, input, output); the options override it. In the
            input folder, {period} stands for the financial year of the run, e.g. input/{period}.

            Options:
              --schedule FILE    the schedule (default: jobs/schedule.yml)
              --cron EXPR        when to run, e.g. "0 30 2 * * *" (second minute hour day month weekday)
              --input DIR        the input folder, {period} for the year of the run
              --output DIR       where results go (default: output)
              --allow-partial    passed to each nightly run
              --mapping FILE     passed to each nightly run
              --council FILE     passed to each nightly run
              --db-url URL       job repository, as for nightly (--db-user, --db-password)
              --help             this text

            On SIGTERM (systemctl stop, kill) no new run starts. Waiting between runs, serve stops at
            once. During a run: with a shared PostgreSQL job repository the run finishes first; with the
            default embedded repository the run is stopped, nothing of it is published, the earlier
            outputs stay, and the next run finds it and marks it failed (resuming it from its last
            committed chunk when it is the same night's run on the same files).
            """;

    static final String RUNS = """
            Usage: care-returns runs [--period P] [--last N] [--output DIR] [--db-url URL]

            The job history from the job repository, newest first: execution ID, command, period, as-of,
            start, end, status, rows read, rows rejected and output folder.

            Options:
              --period P         only this period's runs
              --last N           at most N runs (default 20)
              --output DIR       where the default H2 job repository is (default: output)
              --db-url URL       a shared job repository instead (--db-user, --db-password)
              --help             this text
            """;

    static final String GENERATE = """
            Usage: care-returns generate-sample --period P --output DIR [--scale F] [--seed N] [--defect-rate R]

            Writes realistic synthetic extracts for one council into DIR, with ground-truth.csv listing
            every seeded defect (file, row, column, the rule it breaks). The same seed gives the same bytes.

            Options:
              --period P         financial year, e.g. 2024-25 (required)
              --output DIR       folder to write (required)
              --scale F          1.0 is Medway-sized (about 15,000 contacts); default 1.0
              --seed N           default 1
              --defect-rate R    share of rows with a seeded defect, 0 to 0.5; default 0.02
              --extracts LIST    only these extracts, comma-separated (e.g. contacts); default all
              --help             this text
            """;
}
