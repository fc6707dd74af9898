"""Prints bench/readers/run.sh's table: requests/s and p50/p95/p99 per address, each rate against
the static stylesheet's (the baseline), from the simulation's phases and Gatling's report."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "load"))
import gatling_stats  # noqa: E402

out = sys.argv[1]
props = dict(line.rstrip("\n").split("=", 1) for line in open(f"{out}/readers.properties") if "=" in line)
stats = gatling_stats.load(open(f"{out}/gatling-dir").read().strip())
names = [k[len("phase."):-len(".seconds")] for k in props if k.startswith("phase.")]
rate = {n: stats[n]["ok"] / float(props[f"phase.{n}.seconds"]) for n in names}
baseline = rate["static stylesheet"]
print(f"readers: {props['readers']}")
print()
print("| address | requests ok / sent | requests/s | p50 ms | p95 ms | p99 ms | ratio to static |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for n in names:
    s = stats[n]
    print(f"| {n} | {s['ok']} / {s['count']} | {rate[n]:.1f} | {s['p50']:.0f} | {s['p95']:.0f} "
          f"| {s['p99']:.0f} | {rate[n] / baseline:.2f} |")
print()
for n in names:
    if n != "static stylesheet":
        print(f"read_ratio {n} = {rate[n]:.1f} / {baseline:.1f} = {rate[n] / baseline:.2f}")
