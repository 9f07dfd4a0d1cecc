#!/usr/bin/env bash
# The whole year-end against the XML-parse floor of its own inputs, side by side, at each scale
# given (default 20: about 544,000 rows in 15 files), and pandas read_excel on the same workbooks
# when a python3 with pandas and openpyxl is found. Prints one table: rows, MB, seconds, rows/s,
# peak RSS and the ratio to the floor. When year-end fails in HEAP (default -Xmx512m) the table says
# why and it is run again in MORE_HEAP (default -Xmx2g). Generated councils are kept in
# target/bench/council-<scale>.
#   bench/year-end-benchmark.sh [scale ...]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/care-returns.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
HEAP="${HEAP:--Xmx512m}"
PYTHON=""
for p in python3 /usr/bin/python3; do
  if command -v "$p" > /dev/null && "$p" -c "import pandas, openpyxl" 2> /dev/null; then PYTHON="$p"; break; fi
done
timed() { # prints "seconds peak-RSS-MB" of the command, its own output to $LOG; "failed" when it fails
  if /usr/bin/time -f "%e %M" -o target/bench/time.txt "$@" > "$LOG" 2>&1; then
    awk '{printf "%s %d", $1, $2 / 1024}' target/bench/time.txt
  else
    echo "failed 0"
  fi
}
row() { # what rows MB seconds rss floor
  awk -v what="$1" -v rows="$2" -v mb="$3" -v s="$4" -v rss="$5" -v floor="$6" -v scale="$7" 'BEGIN {
    printf "%-6s %-34s %10d %7.1f %8.2f %10d %9d %8.2f\n", scale, what, rows, mb, s, rows / s, rss, s / floor }'
}
mkdir -p target/bench
LOG=target/bench/last.log
printf "%-6s %-34s %10s %7s %8s %10s %9s %8s\n" scale "" rows MB seconds rows/s "RSS MB" "x floor"
for SCALE in "${@:-20}"; do
  DATA="target/bench/council-$SCALE"
  GENERATED=""
  if [ ! -f "$DATA/ground-truth.csv" ]; then
    rm -rf "$DATA"
    LOG="$DATA.summary"
    GENERATED="$(timed java ${GENERATE_HEAP:--Xmx1536m} -jar "$JAR" generate-sample --period 2024-25 --output "$DATA" \
         --scale "$SCALE" --seed 5 --defect-rate 0.01)"
    LOG=target/bench/last.log
  fi
  ROWS=$(tr -d , < "$DATA.summary" | awk '$NF == "rows" {n += $(NF-1)} END {print n}')
  MB=$(du -sm --apparent-size "$DATA" | cut -f1)
  if [ -n "$GENERATED" ]; then
    read -r G GRSS <<< "$GENERATED"
    printf "%-6s %-34s %10d %7.1f %8.2f %10d %9d\n" "$SCALE" "generate-sample (${GENERATE_HEAP:--Xmx1536m})" "$ROWS" \
      "$MB" "$G" "$(awk -v r="$ROWS" -v s="$G" 'BEGIN {print int(r / s)}')" "$GRSS"
  fi
  read -r FLOOR FLOOR_RSS <<< "$(timed java $HEAP bench/XmlFloor.java "$DATA")"
  row "floor: unzip + StAX, no conversion" "$ROWS" "$MB" "$FLOOR" "$FLOOR_RSS" "$FLOOR" "$SCALE"
  for H in $HEAP ${MORE_HEAP:--Xmx2g}; do # the larger heap only when the run fails in the smaller
    rm -rf target/bench/out
    read -r S RSS <<< "$(timed java $H -jar "$JAR" year-end --period 2024-25 --input "$DATA" --output target/bench/out)"
    if [ "$S" != failed ]; then
      row "care-returns year-end ($H)" "$ROWS" "$MB" "$S" "$RSS" "$FLOOR" "$SCALE"
      break
    fi
    printf "%-6s %-34s %s\n" "$SCALE" "care-returns year-end ($H)" "failed: $(grep -m1 'care-returns:' "$LOG")"
  done
  if [ -n "$PYTHON" ]; then
    read -r P PRSS <<< "$(timed "$PYTHON" -c '
import sys, glob, pandas
for f in sorted(glob.glob(sys.argv[1] + "/*.xlsx")):
    pandas.read_excel(f, sheet_name=None)
' "$DATA")"
    row "pandas read_excel, reading only" "$ROWS" "$MB" "$P" "$PRSS" "$FLOOR" "$SCALE"
  else
    echo "       (pandas read_excel: no python3 with pandas and openpyxl here)"
  fi
done
