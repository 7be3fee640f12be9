#!/usr/bin/env python3
"""Reads a Spark event log and prints, per stage, its tasks, their summed run time and the
longest one: where a job's time goes, and which stages wait on one long task (skew).

Run the job with the event log on (Spark reads spark.* Java system properties):
  ISNAD_SPARK_JAVA_OPTS="-Xmx8g -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=/tmp/ev" \\
    ./isnad-spark IN --out OUT.json
  python3 bench/spark/stage-times.py /tmp/ev/*local-*  [--top 15]

Columns: stage id, tasks, summed task run time (s), longest task (s), longest / mean, the
stage's call site (the job's source line that made it). Sorted by summed run time.
"""
import argparse
import json
import os
import subprocess


def lines(path):
    """The events of a log: one file, or a folder of rolled files (eventlog_v2_*)."""
    files = [path]
    if os.path.isdir(path):
        files = sorted((os.path.join(path, f) for f in os.listdir(path)
                        if f.startswith("events_")),
                       key=lambda f: int(os.path.basename(f).split("_")[1]))
    for name in files:
        if name.endswith(".zstd"):  # Spark's default event log codec
            with subprocess.Popen(["zstd", "-dc", name], stdout=subprocess.PIPE,
                                  text=True, encoding="utf-8") as unpacked:
                yield from unpacked.stdout
        else:
            with open(name, encoding="utf-8") as log:
                yield from log


def stages(path):
    names, tasks = {}, {}
    for line in lines(path):
        event = json.loads(line)
        kind = event.get("Event")
        if kind == "SparkListenerStageCompleted":
            info = event["Stage Info"]
            names[info["Stage ID"]] = info.get("Stage Name", "")
        elif kind == "SparkListenerTaskEnd":
            metrics = event.get("Task Metrics") or {}
            run = metrics.get("Executor Run Time", 0) / 1000.0
            tasks.setdefault(event["Stage ID"], []).append(run)
    return names, tasks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    names, tasks = stages(args.log)
    rows = []
    for stage, runs in tasks.items():
        total = sum(runs)
        mean = total / len(runs) if runs else 0
        rows.append((total, stage, len(runs), max(runs), max(runs) / mean if mean else 0,
                     names.get(stage, "")))
    rows.sort(reverse=True)
    print(f"{'stage':>5} {'tasks':>5} {'sum s':>8} {'max s':>7} {'max/mean':>8}  call site")
    for total, stage, count, longest, skew, name in rows[:args.top]:
        print(f"{stage:>5} {count:>5} {total:>8.1f} {longest:>7.1f} {skew:>8.1f}  {name}")
    print(f"all stages: {sum(r[0] for r in rows):.1f} s of task run time in {len(rows)} stages")


if __name__ == "__main__":
    main()
