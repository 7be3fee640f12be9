#!/usr/bin/env bash
# The story stages against the engine at bench size (issue 19): analyses INPUT with the engine,
# groups its stories with TimelineBuilder.stories and with the Spark stages (StoryStages,
# local[2], twice), prints the times and how many story numbers differ (exit 1 when any does).
#   bash bench/spark/stories.sh /tmp/snn2k.jsonl [PARTITIONS]
# ISNAD_BENCH_JAVA_OPTS replaces the JVM settings (default -Xmx8g: the whole analysis is held).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
input="${1:?usage: stories.sh INPUT [PARTITIONS]}"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
m2=()
[ -n "${MAVEN_REPO_LOCAL:-}" ] && m2=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
./mvnw -q -B -DskipTests install "${m2[@]}" 1>&2
(cd spark && ../mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt "${m2[@]}" 1>&2)
opens="$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' spark/pom.xml)"
exec /usr/bin/time -f "stories bench: %e s wall, %U s user, %M KB peak RSS" \
  java ${ISNAD_BENCH_JAVA_OPTS:--Xmx8g -XX:+UseParallelGC} $opens \
  -cp "spark/target/test-classes:spark/target/classes:$(cat spark/target/test-classpath.txt)" \
  org.isnad.spark.StoryBench "$input" "${2:-8}"
