#!/usr/bin/env bash
# Times writing and reading a million kept contact rows in the store's candidate encodings (JSON,
# each value an object or an array), twice each, to choose the format of the rows kept between steps.
#   bench/store-benchmark.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench/classpath)" \
     org.carereturns.store.StoreBenchmark "${1:-1000000}"
