#!/usr/bin/env python3
"""Writes the default lexicon as Rust data, so that the crate needs no JSON
parser (and no serde) to know its own words.

Reads `data/lexicon.json` (the default lexicon, which is also the reference
example of the lexicon file format) and writes
`src/claim/lexicon_default.rs`. The output is deterministic; a test
(`default_lexicon_is_the_json_file`, with the `serde` feature) fails when
the two differ, so run this after every edit of the JSON file:

    python3 tools/lexicon/gen_default.py
"""

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIELDS = ["nouns", "people", "verbs", "phrases", "kinds", "predicates"]
KNOWN = {"id", "stock", *FIELDS}


def rust_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def words(items) -> str:
    return "&[" + ", ".join(rust_str(w) for w in items) + "]"


def main() -> int:
    source = ROOT / "data" / "lexicon.json"
    target = ROOT / "src" / "claim" / "lexicon_default.rs"
    lexicon = json.loads(source.read_text(encoding="utf-8"))
    out = [
        "//! The default lexicon as data: written by `tools/lexicon/gen_default.py`",
        "//! from `data/lexicon.json`. Do not edit; edit the JSON file and rerun it.",
        "",
        "use super::lexicon::MeasureData;",
        "",
        "/// The default measures, in the file's order.",
        "pub(super) const MEASURES: &[MeasureData] = &[",
    ]
    for m in lexicon["measures"]:
        unknown = set(m) - KNOWN
        if unknown:
            print(f"{source}: measure {m.get('id')!r}: unknown fields {sorted(unknown)}", file=sys.stderr)
            return 1
        out.append("    MeasureData {")
        out.append(f"        id: {rust_str(m['id'])},")
        for field in FIELDS:
            out.append(f"        {field}: {words(m.get(field, []))},")
        out.append(f"        stock: {'true' if m.get('stock', False) else 'false'},")
        out.append("    },")
    out.append("];")
    out.append("")
    out.append("/// Words that make a capitalised phrase an entity.")
    out.append("pub(super) const ENTITIES: &[&str] = " + words(lexicon.get("entities", [])) + ";")
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
