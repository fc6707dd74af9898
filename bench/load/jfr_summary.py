"""Summarises a JFR recording of the server for bench/cast/run.sh: where the CPU samples are (top
frames, and the first frame of the application's own code), what threads waited on (monitors, parks)
and how long socket reads from PostgreSQL (port 5432) took in all. Uses the JDK's `jfr print --json`."""
import collections
import json
import subprocess
import sys

recording = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 12


def events(names, depth):
    text = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", str(depth), "--events", names, recording],
        check=True, capture_output=True, text=True).stdout
    return json.loads(text)["recording"]["events"]


def frame(f):
    m = f["method"]
    return f'{m["type"]["name"]}.{m["name"]}'.replace("/", ".")


def frames(e):
    trace = e["values"].get("stackTrace") or {}
    return [frame(f) for f in trace.get("frames", [])]


def show(title, counter, unit):
    total = sum(counter.values())
    print(f"{title} (total {total:.0f} {unit}):")
    for name, n in counter.most_common(top):
        print(f"  {n:8.0f} {unit} {100 * n / total if total else 0:5.1f}%  {name}")


samples = events("jdk.ExecutionSample", 64)
tops, ours, packages = collections.Counter(), collections.Counter(), collections.Counter()
for e in samples:
    fs = frames(e)
    if not fs:
        continue
    tops[fs[0]] += 1
    packages[".".join(fs[0].split(".")[:3])] += 1
    own = next((f for f in fs if f.startswith("org.securevote.")), None)
    ours[own or "(no application frame)"] += 1
show("CPU samples by top frame", tops, "samples")
show("CPU samples by the top frame's package", packages, "samples")
show("CPU samples by the innermost application frame (a filter counts all it calls)", ours, "samples")


def seconds(e):
    d = e["values"]["duration"]  # ISO-8601, e.g. "PT0.0123S"
    return float(d[2:-1]) if d.startswith("PT") and d.endswith("S") else 0.0


def first_own(fs):
    return next((f for f in fs if f.startswith("org.securevote.")), "no application frame")


waits = collections.Counter()
for e in events("jdk.JavaMonitorEnter", 64):
    fs = frames(e) or ["?"]
    monitor = e["values"]["monitorClass"]["name"].replace("/", ".")
    waits[f"{monitor} at {fs[0]}, from {first_own(fs)}"] += seconds(e)
show("Monitor waits (jdk.JavaMonitorEnter, over the threshold)", waits, "s")
parks = collections.Counter()
for e in events("jdk.ThreadPark", 64):
    fs = frames(e)
    own = next((f for f in fs if not f.startswith(("java.", "jdk.", "sun."))), "?")
    if first_own(fs) != "no application frame":  # idle pool threads park too
        parks[f"{own}, from {first_own(fs)}"] += seconds(e)
show("Parked in the application's calls (jdk.ThreadPark, over the threshold)", parks, "s")
reads = collections.Counter()
for e in events("jdk.SocketRead", 4):
    reads[f'port {e["values"]["port"]}'] += seconds(e)
show("Socket reads (jdk.SocketRead, over the threshold), by remote port", reads, "s")
