#!/usr/bin/env bash
# Times today's CSV reader against Apache Commons CSV and Jackson's CSV module on the same file: a
# reviews extract from generate-sample, its rows repeated to about a million (quoted fields, commas
# inside quotes and all), each reader in its own JVM, three times in turn. Prints each run.
#   bench/csv-benchmark.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
DATA=target/bench/csv
mkdir -p "$DATA"
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$DATA/classpath" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$DATA/classpath")"
if [ ! -f "$DATA/reviews-$ROWS.csv" ]; then
  java -cp "$CP" org.carereturns.cli.Main generate-sample --period 2024-25 --output "$DATA/sample" --scale 1 \
       --seed 3 --extracts services,reviews > /dev/null
  awk -v rows="$ROWS" 'NR==1 {print; next} {line[n++]=$0} END {for (i=0; i<rows; i++) print line[i%n]}' \
      "$DATA/sample/reviews.csv" > "$DATA/reviews-$ROWS.csv"
fi
echo "input: $DATA/reviews-$ROWS.csv, $(du -h "$DATA/reviews-$ROWS.csv" | cut -f1)"
for round in 1 2 3; do
  for reader in care-returns commons-csv jackson-csv; do
    java -Xmx512m -cp "$CP" org.carereturns.ingest.CsvReaderBenchmark "$DATA/reviews-$ROWS.csv" "$reader"
  done
done
