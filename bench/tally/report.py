"""Prints bench/tally/run.sh's figures from what the run left in its output folder: run.properties
(the script's own timings and database counts), tally.properties (TallySimulation), the two casting
phases (growth-*.properties and their Gatling reports), the preparation's figures when this run made
the prepared database, and the heap samples."""
import math
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "load"))
import gatling_stats  # noqa: E402

out = sys.argv[1]


def props(name):
    path = f"{out}/{name}"
    if not os.path.exists(path):
        return {}
    return dict(line.rstrip("\n").split("=", 1) for line in open(path) if "=" in line)


def gatling(log):
    """Gatling's per-request figures of the run whose console log this is."""
    found = re.search(r"Reports generated.*file://(.*)/index.html", open(f"{out}/{log}").read())
    return gatling_stats.load(found.group(1)) if found else {}


def heap(name):
    path = f"{out}/{name}"
    samples = [int(x) for x in open(path).read().split()] if os.path.exists(path) else []
    return (max(samples), len(samples)) if samples else (math.nan, 0)


run, tally, prepare = props("run.properties"), props("tally.properties"), props("prepare.properties")
ballots = int(run["template.ballots"])
print(f"prepared database: {ballots} ballots, made {run['template.date']} in "
      f"{run['template.prepared_s']} s ({run['template.cast_s']} s casting with "
      f"{run['template.users']} users: {float(run['template.cast_s']) / ballots * 1000:.1f} s per "
      f"1000 ballots); copied in {int(run['copy_ms']) / 1000:.1f} s")
if prepare:
    stats = gatling("prepare.log")
    for name in ("sign-in page", "sign in", "cast", "sign out"):
        s = stats.get(name, {})
        print(f"  preparation {name}: {s.get('ok')} ok / {s.get('count')}, p50 {s.get('p50')} ms, "
              f"p99 {s.get('p99')} ms")
    print(f"  preparation's peak heap: {heap('heap-prepare.txt')[0]} MB "
          f"({heap('heap-prepare.txt')[1]} samples)")
print(f"before the close: {run['ballots_before_close']} ballots of the election, "
      f"{run['unshuffled_before_close']} not yet shuffled; ballot table {int(run['ballot_table_bytes']) / 2**20:.0f} MB "
      f"(all elections, with indexes and TOAST)")
print()

close = float(tally["close_ms"])
combine = float(tally["combine_ms"])
server = close + combine
copy_ms = float(run["copy_pass2_ms"])
print("| step | ms | |")
print("| --- | ---: | --- |")
print(f"| close (admin page: shuffle of what is left + encrypted totals) | {close:.0f} | "
      f"of which Tally.addUp {run['add_up_ms']} (tally_report) |")
print(f"| trustee: download BALLOTS.json ({int(tally['ballots_file_bytes']) / 2**20:.1f} MB) | "
      f"{float(tally['download_ms']):.0f} | the server streams, the trustee's machine receives |")
print(f"| trustee: partial decryption (voting-tools, every ballot checked) | "
      f"{float(tally['trustee_decrypt_ms']):.0f} | the trustee's machine, not the server |")
print(f"| server combines the partials into the counts | {combine:.0f} | |")
print(f"| **server alone** (close + combine) | {server:.0f} | |")
print(f"| COPY of the election's ballots to /dev/null | {copy_ms:.0f} | first pass "
      f"{run['copy_pass1_ms']} |")
print()
print(f"counted {run['counted']}, rejected {run['rejected']}; published results: "
      f"{tally.get('results', '(none)')}")
print(f"tally_ratio = {server:.0f} / {copy_ms:.0f} = {server / copy_ms:.2f} (target <= 4)")
print()

rates = {}
for label in ("stored", "empty"):
    p = props(f"growth-{label}.properties")
    s = gatling(f"growth-{label}.log").get("cast api c=32", {"ok": 0, "count": 0, "p50": math.nan,
                                                              "p99": math.nan})
    seconds = float(p["phase.api.32.seconds"])
    rates[label] = s["ok"] / seconds
    print(f"casting at 32 voters, {label}: {s['ok']} ok / {s['count']} in {seconds:.1f} s = "
          f"{rates[label]:.1f} casts/s, p50 {s['p50']:.0f} ms, p99 {s['p99']:.0f} ms; peak heap "
          f"{heap(f'heap-growth-{label}.txt')[0]} MB")
print(f"growth_ratio = {rates['stored']:.1f} / {rates['empty']:.1f} = "
      f"{rates['stored'] / rates['empty']:.2f} (target >= 0.9)")
print()
peaks = [heap(f)[0] for f in ("heap-prepare.txt", "heap-growth-stored.txt", "heap-tally.txt",
                              "heap-growth-empty.txt") if heap(f)[1]]
print(f"peak heap of the server (jcmd GC.heap_info every 2 s): tally {heap('heap-tally.txt')[0]} MB, "
      f"all phases of this run {max(peaks)} MB (target <= 512)")
