#!/usr/bin/env bash
# Reads a 1,000,000-row contacts extract with `validate` in a JVM limited to -Xmx512m, and the
# XML-parse floor (unzip + StAX, no conversion) on the same files, printing wall time and peak RSS.
#   bench/read-benchmark.sh [scale]     (scale 67 gives about 1,005,000 contacts in 12 monthly files)
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE="${1:-67}"
DATA="target/bench/contacts-$SCALE"
JAR=target/care-returns.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
if [ ! -f "$DATA/ground-truth.csv" ]; then
  rm -rf "$DATA"
  java -jar "$JAR" generate-sample --period 2024-25 --output "$DATA" --scale "$SCALE" --seed 1 \
       --defect-rate 0.01 --extracts contacts
fi
echo "input: $(du -sh "$DATA" | cut -f1) in $(ls "$DATA"/contacts-*.xlsx | wc -l) files, \
$(($(wc -l < "$DATA/ground-truth.csv") - 1)) seeded defects"
measure() { /usr/bin/time -f "  wall %e s, peak RSS %M KB" "$@"; }
echo "XML-parse floor (unzip + StAX, no conversion):"
measure java -Xmx512m bench/XmlFloor.java "$DATA"
echo "care-returns validate, -Xmx512m:"
rm -rf target/bench/out
measure java -Xmx512m -jar "$JAR" validate --period 2024-25 --input "$DATA" --output target/bench/out \
  | tr -d , | awk '/completed/{print "  " $0} $1=="contacts"{r+=$4; j+=$6} END{printf "  rows read %d, rejected %d\n", r, j}'
