"""Prints bench/cast/run.sh's table from what the run left in its output folder: the simulation's
phases (cast.properties), Gatling's report, pgbench's rates (pgbench.txt) and the heap samples."""
import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "load"))
import gatling_stats  # noqa: E402

out = sys.argv[1]
props = dict(
    line.strip().split("=", 1) for line in open(f"{out}/cast.properties") if "=" in line
)
stats = gatling_stats.load(open(f"{out}/gatling-dir").read().strip())
pgbench = {}
for line in open(f"{out}/pgbench.txt"):
    level, clients, tps = line.split()
    pgbench[int(level)] = (int(clients), float(tps))
heap = [int(x) for x in open(f"{out}/heap.txt").read().split()] if os.path.exists(f"{out}/heap.txt") else []
crypto = float(props["crypto_checks_per_s"])

print(f"set-up (not measured): elections {props.get('setup.elections_s')} s, sign-in "
      f"{props.get('setup.sign_in_s')} s, ballots {props.get('setup.ballots_s')} s")
print(f"crypto baseline: {crypto:.1f} ballot checks/s (read + verify, {os.cpu_count()} threads)")
print()
print("| path | concurrent voters | casts ok / sent | casts/s | p50 ms | p95 ms | p99 ms "
      "| pgbench clients | pgbench tps | cast_ratio |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
phases = [k[len("phase."):-len(".seconds")] for k in props
          if k.startswith("phase.") and k.endswith(".seconds") and not k.startswith("phase.warm-up")]
for phase in phases:
    path, level = phase.split(".")
    level = int(level)
    name = f"{path} c={level}"
    cast = stats.get(f"cast {name}", {"ok": 0, "count": 0, "p50": math.nan, "p95": math.nan, "p99": math.nan})
    # The page's latency is the whole vote (page, review, cast and the receipt), Gatling's group.
    latency = stats.get(f"vote {name}", cast)
    seconds = float(props[f"phase.{phase}.seconds"])
    rate = cast["ok"] / seconds if seconds > 0 else math.nan
    clients, tps = pgbench.get(level, (0, math.nan))
    ratio = rate / min(tps, crypto)
    print(f"| {path} | {level} | {cast['ok']} / {cast['count']} | {rate:.1f} | {latency['p50']:.0f} "
          f"| {latency['p95']:.0f} | {latency['p99']:.0f} | {clients} | {tps:.1f} | {ratio:.3f} |")
print()
for phase in phases:
    path, level = phase.split(".")
    name = f"{path} c={level}"
    cast = stats.get(f"cast {name}", {"ok": 0, "count": 0})
    seconds = float(props[f"phase.{phase}.seconds"])
    clients, tps = pgbench.get(int(level), (0, math.nan))
    rate = cast["ok"] / seconds if seconds > 0 else math.nan
    print(f"cast_ratio {path} c={level} = {rate:.1f} / min({tps:.1f}, {crypto:.1f}) = "
          f"{rate / min(tps, crypto):.3f}")
if heap:
    print(f"peak heap used (jcmd GC.heap_info every 2 s): {max(heap)} MB over {len(heap)} samples")
