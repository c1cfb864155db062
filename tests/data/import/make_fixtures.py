#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates tests/data/import/{bad,good}/ from the valid gz-lowalt-0001 example.

Each bad fixture changes one thing, so that it yields exactly one error; the expected
"where" and "what" live in tests/importer/tst_applicationparser.cpp.
Run from anywhere: python3 tests/data/import/make_fixtures.py
"""
import copy
import json
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "gz-lowalt-0001"
BASE = json.loads((EXAMPLE / "application.json").read_text(encoding="utf-8"))


def without_attachments(doc):
    doc.pop("attachments", None)
    return doc


def write(kind, name, doc=None, text=None, attachments=False):
    folder = HERE / kind / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if text is None:
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    (folder / "application.json").write_text(text, encoding="utf-8")
    if attachments:
        shutil.copytree(EXAMPLE / "attachments", folder / "attachments")


def case(name, change, attachments=False):
    doc = copy.deepcopy(BASE)
    if not attachments:
        without_attachments(doc)
    change(doc)
    write("bad", name, doc, attachments=attachments)


def setter(path, value):
    def change(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def deleter(path):
    def change(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return change


plain = json.dumps(without_attachments(copy.deepcopy(BASE)), ensure_ascii=False, indent=2) + "\n"
# Line 4 is '  "version": 1,': dropping its comma breaks the file there.
write("bad", "malformed-json", text=plain.replace('"version": 1,', '"version": 1', 1))
write("bad", "top-level-array", text="[\n" + plain + "]\n")
case("wrong-format", setter(["format"], "grantdesk.application/2"))
case("missing-format", deleter(["format"]))
case("missing-credit-code", deleter(["applicant", "creditCode"]))
case("missing-resource-delivery", deleter(["resources", 1, "delivery"]))
case("unknown-field-root", setter(["comment"], "not in the schema"))
case("unknown-field-nested", setter(["applicant", "contact", "wechat"], "lihua"))
case("unknown-field-resource", setter(["resources", 0, "colour"], "red"))
case("version-string", setter(["version"], "1"))
case("version-fraction", setter(["version"], 1.5))
case("version-zero", setter(["version"], 0))
case("name-number", setter(["scenario", "name"], 42))
case("fields-object", setter(["resources", 0, "fields"], {"建筑高度": True}))
case("applicant-string", setter(["applicant"], "广州低空智联科技有限公司"))
case("bool-string", setter(["security", "emergencyPlan"], "yes"))
case("bad-id", setter(["id"], "GZ 2026/0001"))
case("bad-enum", setter(["authorization", "mode"], "partial"))
case("bad-use-class", setter(["useClass"], "commercial"))
case("credit-code-pattern", setter(["applicant", "creditCode"], "91440101MA5CXK7QI7"))
case("credit-code-check", setter(["applicant", "creditCode"], "91440101MA5CXK7Q38"))
# Valid alphabet and check character, but a letter in the division code (characters 3-8).
case("credit-code-division", setter(["applicant", "creditCode"], "91A40101MA5CXK7Q92"))
case("credit-code-length", setter(["applicant", "creditCode"], "91440101MA5CXK7Q3"))
case("name-too-long", setter(["applicant", "name"], "中" * 201))
case("contact-too-long-astral", setter(["applicant", "contact", "name"], "𠮷" * 101))
case("empty-name", setter(["scenario", "name"], ""))
case("empty-resources", setter(["resources"], []))
case("empty-fields", setter(["resources", 1, "fields"], []))
case("bad-date", setter(["deadline"], "2026-02-30"))
case("bad-date-format", setter(["period", "start"], "2026/04/01"))
case("period-reversed", setter(["period", "end"], "2026-03-31"))
case("period-equal", setter(["period", "end"], "2026-04-01"))
case("bad-date-time", setter(["submittedAt"], "2026-03-02 09:30:00"))
case("date-time-no-offset", setter(["submittedAt"], "2026-03-02T09:30:00"))
case("bad-phone", setter(["applicant", "contact", "phone"], "020-8888 1234 ext.5"))
case("bad-email", setter(["applicant", "contact", "email"], "lihua.example.cn"))
case("mlps-level-6", setter(["security", "mlpsLevel"], 6))
case("negative-volume", setter(["resources", 1, "volume"], -1))
case("volume-too-large", setter(["resources", 0, "volume"], 9007199254740993))
case("bad-sha256-pattern", lambda d: setter(["attachments", 0, "sha256"],
                                            d["attachments"][0]["sha256"].upper())(d),
     attachments=True)
case("attachment-dotdot", setter(["attachments", 0, "path"],
                                 "attachments/../../attachment-dotdot/attachments/development-plan.txt"),
     attachments=True)
case("attachment-absolute", setter(["attachments", 0, "path"], "/etc/hostname"), attachments=True)
case("attachment-backslash", setter(["attachments", 1, "path"], "attachments\\security-pledge.txt"),
     attachments=True)
case("attachment-missing", setter(["attachments", 1, "path"], "attachments/minutes.txt"),
     attachments=True)
case("attachment-sha256-mismatch",
     setter(["attachments", 1, "sha256"], "0" * 64), attachments=True)
case("bad-attachment-kind", setter(["attachments", 0, "kind"], "plan"), attachments=True)

# Several problems at once: every one is reported.
def many(doc):
    doc["version"] = 0
    doc["useClass"] = "commercial"
    del doc["scenario"]["domain"]
    doc["resources"][0]["fields"] = "建筑高度"
    doc["period"]["end"] = "2020-01-01"
case("many-errors", many)

good = without_attachments(copy.deepcopy(BASE))
good["applicant"]["name"] = "中" * 200
good["applicant"]["contact"]["name"] = "𠮷" * 100
write("good", "max-length-characters", good)
