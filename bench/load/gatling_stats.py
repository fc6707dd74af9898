"""Reads a Gatling 3.13 report's per-request figures (js/stats.js, a JavaScript literal) for the
bench scripts: count, ok, ko and the 50th, 95th and 99th percentiles (ms) of each request or group."""
import json
import re
import sys


def load(report_dir):
    text = open(f"{report_dir}/js/stats.js", encoding="utf-8").read()
    text = text[text.index("{"):text.index("function fillStats")].strip().rstrip(";")
    # Bare keys (type:, name:, stats:, contents:, ...) quoted, so that JSON reads it.
    text = re.sub(r"(?m)^(\s*)([A-Za-z_]\w*):", r'\1"\2":', text)
    figures = {}

    def walk(node):
        s = node["stats"]
        number = lambda k: float(s[k]["ok"]) if s[k]["ok"] not in ("-", "") else float("nan")
        figures[node["name"]] = {
            "count": int(s["numberOfRequests"]["total"]),
            "ok": int(s["numberOfRequests"]["ok"]),
            "ko": int(s["numberOfRequests"]["ko"]),
            "p50": number("percentiles1"),
            "p95": number("percentiles3"),
            "p99": number("percentiles4"),
        }
        for child in node.get("contents", {}).values():
            walk(child)

    walk(json.loads(text))
    return figures


if __name__ == "__main__":
    json.dump(load(sys.argv[1]), sys.stdout, indent=1)
