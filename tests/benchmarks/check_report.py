#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the shape of grantdesk-bench's JSON (issue 17 item 1), never its times: every figure
has a numeric value and a unit; one with a reference has its ratio; the targets array has
name, value, target and met (a boolean, and true only when the value meets the target).

    grantdesk-bench ... | check_report.py FIGURE...   (the figures that must be there)
"""
import json
import sys


def fail(message):
    print(f"check_report: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    text = sys.stdin.read()
    try:
        report = json.loads(text)
    except json.JSONDecodeError as e:
        fail(f"not one JSON object ({e}):\n{text[:2000]}")
    figures = report.get("figures")
    if not isinstance(figures, dict) or not isinstance(report.get("targets"), list):
        fail("no figures object or no targets array")
    for name in sys.argv[1:]:
        if name not in figures:
            fail(f"figure {name} missing")
    for name, figure in figures.items():
        if not isinstance(figure.get("value"), (int, float)) or not figure.get("unit"):
            fail(f"figure {name} without a numeric value and a unit: {figure}")
        if "reference" in figure:
            ref = figure["reference"]
            if not isinstance(ref, (int, float)) or "ratio" not in figure:
                fail(f"figure {name}: a reference without its ratio: {figure}")
            if ref > 0 and abs(figure["ratio"] - figure["value"] / ref) > 1e-6 * figure["ratio"]:
                fail(f"figure {name}: the ratio is not value / reference")
    for target in report["targets"]:
        for key in ("name", "value", "target", "met"):
            if key not in target:
                fail(f"target without {key}: {target}")
        if not isinstance(target["met"], bool):
            fail(f"target {target['name']}: met is not true or false")
        value, goal = target["value"], target["target"]
        if value is None:
            if target["met"]:
                fail(f"target {target['name']}: met without a value")
            continue
        meets = value <= goal if target.get("comparison", "<=") == "<=" else value >= goal
        if meets != target["met"]:
            fail(f"target {target['name']}: met says {target['met']} for {value} vs {goal}")
    if not report["targets"]:
        fail("the targets array is empty")
    print(f"check_report: {len(figures)} figures, {len(report['targets'])} targets, shape ok")


main()
