#!/usr/bin/env python3
"""Derive the application's FSIII reference data from KL's FHIR CodeSystem.

Usage:
    python3 tools/derive-fsiii.py ../shared/reference/CodeSystem-FSIII.json \
        [src/main/resources/reference/fsiii.json]

The CodeSystem carries every top concept twice: once as a tree keyed by UUID codes (what the KL
Gateway expects) and once as a parallel tree keyed by KL's legacy codes ("J", "J1.1", "I12.2",
or names such as "Spise_og_drikke" for concepts added after the numbering stopped). The UUID
tree is the one we store; each UUID concept gets its legacy code by matching it to the node
with the same display name under the matching legacy parent. Where siblings share a display
name (e.g. the retired and the current "Problemer med vandladning"), the definition decides.

"current" marks the concepts of KL's 2024 simplification: functional-ability states whose
definition starts with "Evnen til og behovet" and health conditions whose definition starts
with "Vælges ved". Retired concepts stay in the output so that older assessments keep their
meaning, but they may not be used in new ones.

Standard library only.
"""

import json
import re
import sys
from pathlib import Path

FUNCTIONAL_ABILITY_TOP = ("d49d6b0c-c067-4469-b92d-3842822c4971", "J")  # Kommunale pleje- og omsorgstilstande
HEALTH_TOP = ("4db72d65-7ec1-45b4-89c3-5017c35d085e", "I")  # Kommunale sygeplejetilstande
SCALE_TOP = ("2c02a704-deee-4878-9378-1167613b3da6", "B")  # Funktionsevne skalering

CURRENT_STATE_PREFIX = "Evnen til og behovet"
CURRENT_CONDITION_PREFIX = "Vælges ved"

EXPECTED_CURRENT_STATES = 13
# The "Vælges ved" rule gives 23 conditions in version 20240530 (one per line of KL's 2024 list,
# "Problemer med daglige aktiviteter" included), not the 22 sometimes quoted.
EXPECTED_CURRENT_CONDITIONS = 23
EXPECTED_SCALE = [0, 1, 2, 3, 4, 9]

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def fail(message):
    print("derive-fsiii: " + message, file=sys.stderr)
    sys.exit(1)


def text(value):
    return value.strip() if isinstance(value, str) else None


def legacy_key(code):
    """Numbered legacy codes (J1.10 after J1.9) first, in numeric order; named ones after them."""
    numbers = re.findall(r"\d+", code) if re.match(r"^[A-Z]\d+(\.\d+)*$", code) else None
    return (0, [int(n) for n in numbers], "") if numbers else (1, [], "")


def match_children(uuid_parent, legacy_parent):
    """Pairs each UUID child with its legacy twin: by display name, then by definition."""
    legacy_children = legacy_parent.get("concept", [])
    pairs = []
    used = set()
    for child in uuid_parent.get("concept", []):
        same_name = [c for c in legacy_children if c["display"] == child["display"]]
        if len(same_name) > 1:
            same_name = [c for c in same_name if text(c.get("definition")) == text(child.get("definition"))]
        if len(same_name) != 1:
            fail("no unique legacy twin for %s %r under %s (%d candidates)"
                 % (child["code"], child["display"], legacy_parent["code"], len(same_name)))
        twin = same_name[0]
        if twin["code"] in used:
            fail("legacy code %s matched twice" % twin["code"])
        used.add(twin["code"])
        pairs.append((child, twin))
    unmatched = [c["code"] for c in legacy_children if c["code"] not in used]
    if unmatched:
        fail("legacy concepts without a UUID twin under %s: %s" % (legacy_parent["code"], unmatched))
    return pairs


def ordered(pairs):
    """Keeps the CodeSystem's order for named codes, numeric order for numbered ones."""
    indexed = list(enumerate(pairs))
    indexed.sort(key=lambda item: (legacy_key(item[1][1]["code"]), item[0]))
    return [pair for _, pair in indexed]


def concept(node, legacy, kind, parent, current, sort_order):
    if not UUID.match(node["code"]):
        fail("not a UUID code: %s" % node["code"])
    return {
        "code": node["code"],
        "kind": kind,
        "name": node["display"].strip(),
        "definition": text(node.get("definition")),
        "legacyCode": legacy["code"],
        "parent": parent,
        "current": current,
        "sortOrder": sort_order,
    }


def areas(top_uuid, top_legacy, area_kind, child_kind, child_key, current_prefix):
    result = []
    for area_order, (area, area_legacy) in enumerate(ordered(match_children(top_uuid, top_legacy)), start=1):
        children = []
        for order, (child, child_legacy) in enumerate(ordered(match_children(area, area_legacy)), start=1):
            is_current = (text(child.get("definition")) or "").startswith(current_prefix)
            children.append(concept(child, child_legacy, child_kind, area["code"], is_current, order))
        entry = concept(area, area_legacy, area_kind, None, any(c["current"] for c in children), area_order)
        entry[child_key] = children
        result.append(entry)
    return result


def scale(top_uuid, top_legacy):
    steps = []
    for step, legacy in match_children(top_uuid, top_legacy):
        definition = text(step.get("definition")) or ""
        steps.append({
            "score": int(step["display"]),
            "code": step["code"],
            "legacyCode": legacy["code"],
            "label": definition.split(".")[0].strip(),
            "definition": definition,
        })
    steps.sort(key=lambda s: s["score"])
    if [s["score"] for s in steps] != EXPECTED_SCALE:
        fail("unexpected scale %s" % [s["score"] for s in steps])
    return steps


def main(argv):
    if len(argv) not in (2, 3):
        fail("usage: derive-fsiii.py CodeSystem-FSIII.json [output.json]")
    source = Path(argv[1])
    target = Path(argv[2]) if len(argv) == 3 else \
        Path(__file__).resolve().parent.parent / "src/main/resources/reference/fsiii.json"
    code_system = json.loads(source.read_text(encoding="utf-8"))
    tops = {c["code"]: c for c in code_system["concept"]}

    def pair(codes):
        uuid_code, legacy_code = codes
        if uuid_code not in tops or legacy_code not in tops:
            fail("top concept %s / %s missing" % codes)
        if tops[uuid_code]["display"] != tops[legacy_code]["display"]:
            fail("top concepts %s and %s differ" % codes)
        return tops[uuid_code], tops[legacy_code]

    functional = areas(*pair(FUNCTIONAL_ABILITY_TOP), "FUNCTIONAL_ABILITY_AREA", "FUNCTIONAL_ABILITY_STATE",
                       "states", CURRENT_STATE_PREFIX)
    health = areas(*pair(HEALTH_TOP), "HEALTH_AREA", "HEALTH_CONDITION", "conditions", CURRENT_CONDITION_PREFIX)

    current_states = sum(1 for a in functional for s in a["states"] if s["current"])
    current_conditions = sum(1 for a in health for c in a["conditions"] if c["current"])
    if current_states != EXPECTED_CURRENT_STATES:
        fail("expected %d current states, found %d" % (EXPECTED_CURRENT_STATES, current_states))
    if current_conditions != EXPECTED_CURRENT_CONDITIONS:
        fail("expected %d current health conditions, found %d" % (EXPECTED_CURRENT_CONDITIONS, current_conditions))

    output = {
        "source": "KL, Fælles Sprog III, FHIR CodeSystem %s (%s), version %s"
                  % (code_system.get("name"), code_system.get("url"), code_system.get("version")),
        "codeSystemVersion": code_system.get("version"),
        "derivation": (
            "Generated by tools/derive-fsiii.py from CodeSystem-FSIII.json; do not edit by hand. "
            "Codes are the UUID tree's codes. legacyCode is the code of the node with the same display "
            "name (and, where siblings share a name, the same definition) in the parallel legacy tree "
            "(top concepts 'J' and 'I', scale 'B'). current = true for the concepts of KL's 2024 "
            "simplification: functional-ability states whose definition starts with '"
            + CURRENT_STATE_PREFIX + "', health conditions whose definition starts with '"
            + CURRENT_CONDITION_PREFIX + "'; an area is current when one of its concepts is. "
            "sortOrder follows the numbered legacy codes (J1, J1.1, ...), then named codes in the "
            "CodeSystem's order. Scale labels are the first sentence of each step's definition."
        ),
        "scale": scale(*pair(SCALE_TOP)),
        "functionalAbilityAreas": functional,
        "healthAreas": health,
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(output, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("derive-fsiii: wrote %s (%d areas, %d current states; %d health areas, %d current conditions)"
          % (target, len(functional), current_states, len(health), current_conditions))


if __name__ == "__main__":
    main(sys.argv)
