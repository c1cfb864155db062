#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates tests/data/checklists/{good,bad}/ from a small valid two-item template.

Each bad fixture changes one thing, so that it yields exactly one error; the expected
"where" and "what" live in tests/checklisttemplate/tst_checklisttemplate.cpp.
Run from anywhere: python3 tests/data/checklists/make_fixtures.py
"""
import copy
import json
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parent

BASE = {
    "format": "grantdesk.checklist/1",
    "version": "2026.9",
    "title": {"zh_CN": "测试清单", "en": "Test checklist"},
    "parameters": {"maxTermMonths": 36},
    "items": [
        {
            "number": 1,
            "id": "plan-and-mode",
            "text": {"zh_CN": "实施方案", "en": "Implementation plan"},
            "guidance": {"zh_CN": "核对方案文号。", "en": "Check the plan reference."},
            "mandatory": True,
            "evidenceKinds": ["development_plan", "other"],
        },
        {
            "number": 2,
            "id": "expert-review",
            "text": {"zh_CN": "专家论证", "en": "Expert review"},
            "guidance": {"zh_CN": "需要时附专家意见。", "en": "Attach the experts' opinion where required."},
            "mandatory": False,
            "evidenceKinds": ["expert_review"],
        },
    ],
}


# Format 2: every item cites its source, and an item may apply to some modes only.
CITED = copy.deepcopy(BASE)
CITED["format"] = "grantdesk.checklist/2"
CITED["items"][0]["source"] = {
    "kind": "briefing",
    "cite": {"zh_CN": "简报第139行", "en": "Briefing line 139"},
}
CITED["items"][1]["source"] = {
    "kind": "local",
    "cite": {"zh_CN": "本地做法", "en": "Local practice"},
}
CITED["items"][1]["modes"] = {
    "applies": ["domain", "scenario"],
    "otherwise": {"zh_CN": "整体授权在实施方案上决策。", "en": "Whole authorization decides on the plan."},
}


def write(kind, name, doc=None, text=None):
    path = HERE / kind / (name + ".json")
    path.parent.mkdir(parents=True, exist_ok=True)
    if text is None:
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")


def bad(name, change, base=BASE):
    doc = copy.deepcopy(base)
    change(doc)
    write("bad", name, doc)


def main():
    for kind in ("good", "bad"):
        if (HERE / kind).exists():
            shutil.rmtree(HERE / kind)
    write("good", "minimal", BASE)
    write("good", "cited", CITED)

    write("bad", "malformed-json", text='{\n  "format": "grantdesk.checklist/1",\n  "items": [\n')
    bad("wrong-format", lambda d: d.update(format="grantdesk.checklist/3"))
    bad("bad-version", lambda d: d.update(version="v1"))
    bad("title-string", lambda d: d.update(title="测试清单"))
    bad("unknown-field-root", lambda d: d.update(comment="draft"))
    bad("missing-parameters", lambda d: d.pop("parameters"))
    bad("max-term-zero", lambda d: d["parameters"].update(maxTermMonths=0))
    bad("unknown-parameter", lambda d: d["parameters"].update(maxFee="100.00"))
    bad("items-object", lambda d: d.update(items={}))
    bad("empty-items", lambda d: d.update(items=[]))
    bad("unknown-field-item", lambda d: d["items"][1].update(weight=2))
    bad("duplicate-id", lambda d: d["items"][1].update(id="plan-and-mode"))
    bad("bad-id", lambda d: d["items"][0].update(id="Plan_And_Mode"))
    bad("number-order", lambda d: d["items"][1].update(number=3))
    bad("number-string", lambda d: d["items"][0].update(number="1"))
    bad("mandatory-string", lambda d: d["items"][0].update(mandatory="yes"))
    bad("missing-mandatory", lambda d: d["items"][1].pop("mandatory"))
    bad("missing-translation", lambda d: d["items"][1]["text"].pop("en"))
    bad("empty-translation", lambda d: d["items"][0]["guidance"].update(zh_CN=""))
    bad("unknown-language", lambda d: d["items"][0]["text"].update(fr="Plan"))
    bad("bad-evidence-kind", lambda d: d["items"][0]["evidenceKinds"].append("photo"))
    bad("empty-evidence-kinds", lambda d: d["items"][1].update(evidenceKinds=[]))
    bad("duplicate-evidence-kind",
        lambda d: d["items"][0]["evidenceKinds"].append("development_plan"))
    bad("evidence-kinds-string", lambda d: d["items"][1].update(evidenceKinds="expert_review"))
    # Format 2.
    bad("source-in-format-1", lambda d: d["items"][0].update(source=CITED["items"][0]["source"]))
    bad("missing-source", lambda d: d["items"][1].pop("source"), CITED)
    bad("bad-source-kind", lambda d: d["items"][0]["source"].update(kind="custom"), CITED)
    bad("missing-source-cite", lambda d: d["items"][0]["source"]["cite"].pop("zh_CN"), CITED)
    bad("bad-mode", lambda d: d["items"][1]["modes"]["applies"].__setitem__(1, "region"), CITED)
    bad("duplicate-mode", lambda d: d["items"][1]["modes"]["applies"].__setitem__(1, "domain"),
        CITED)
    bad("missing-otherwise", lambda d: d["items"][1]["modes"].pop("otherwise"), CITED)


if __name__ == "__main__":
    main()
