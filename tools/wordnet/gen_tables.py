#!/usr/bin/env python3
"""Generates factdiff's word tables from WordNet 3.0.

Reads the WordNet database (Debian package `wordnet-base`, files under
/usr/share/wordnet, or the directory given as the first argument) and writes
four compact, sorted text files to `data/wordnet/` (or the directory given
as the second argument):

- `nouns.txt`: one noun lemma a line, a tab, and its class codes;
- `verbs.txt`: one verb lemma a line, a tab, and its class codes;
- `noun.exc.txt`, `verb.exc.txt`: irregular forms, `form<TAB>lemma`.

Class codes, in WordNet's sense order (most frequent sense first), one group
per distinct class of the lemma's senses: a lower-case letter for the
lexicographer file (nouns: a = noun.Tops, b = noun.act, ... z = noun.time,
in lexfile order; verbs: a = verb.body ... o = verb.weather), followed by
upper-case letters for the hypernym closures the sense falls in (see
UMBRELLAS). "pP" is a person; "bW" an act under weapons (a gunshot).

Kept: single-word lemmas of letters, hyphens and apostrophes. Left out:
lemmas whose every sense is an instance (proper names: the text's
capitalisation is a better guide), and animal or plant names never seen in
WordNet's tagged corpus (taxonomy that news hardly uses).

The output is deterministic: sorted, no timestamps. The tables are committed,
so building factdiff never needs WordNet; run this only to change them:

    python3 tools/wordnet/gen_tables.py [/usr/share/wordnet] [data/wordnet]
"""

import os
import re
import sys

NOUN_LEXFILES = [
    "Tops", "act", "animal", "artifact", "attribute", "body", "cognition",
    "communication", "event", "feeling", "food", "group", "location",
    "motive", "object", "person", "phenomenon", "plant", "possession",
    "process", "quantity", "relation", "shape", "state", "substance", "time",
]
# Lexicographer file numbers: nouns 03..28, verbs 29..43.
VERB_LEXFILES = [
    "body", "change", "cognition", "communication", "competition",
    "consumption", "contact", "creation", "emotion", "motion", "perception",
    "possession", "social", "stative", "weather",
]

# Hypernym closures: a sense falls in an umbrella when one of these synsets
# (lemma, sense number) is the sense itself or among its hypernyms.
UMBRELLAS = {
    "P": [("person", 1), ("people", 1)],  # persons, and groups of people ("the dead")
    "M": [("money", 1), ("monetary_unit", 1)],
    "W": [("weapon", 1), ("ammunition", 1), ("projectile", 1), ("shot", 1)],
    "V": [("vehicle", 1)],
    "B": [("building", 1), ("housing", 1)],
    "D": [("document", 1), ("document", 2), ("document", 3)],
    "O": [("organization", 1)],
    "T": [("time_period", 1), ("time_unit", 1)],
    "K": [("vote", 1), ("vote", 2)],
    "C": [("charge", 2)],
}

# Where WordNet's first sense is not the news sense of a head noun.
# "people" sits under group; as a counted head it is persons.
NOUN_CODE_OVERRIDES = {
    "people": "pP",
}
# Irregular forms WordNet lists as lemmas of their own: the counted thing is
# the singular ("six people" counts persons).
NOUN_FORM_OVERRIDES = {
    "people": "person",
}

# Past forms that news uses far more often as the verb itself: "wound" is
# to injure before it is the past of "wind"; "lay" is to lay ("lay off")
# before it is the past of "lie".
VERB_FORM_DROPS = {"wound", "lay"}

WORD = re.compile(r"^[a-z][a-z'-]*$")


def read_index(path):
    """lemma -> [synset offsets] in sense order, and lemma -> tagsense count."""
    senses, tagged = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma = fields[0]
            n = int(fields[2])
            p_cnt = int(fields[3])
            tagged[lemma] = int(fields[5 + p_cnt])
            senses[lemma] = fields[-n:]
    return senses, tagged


def read_data(path):
    """offset -> (lexfile number, hypernym offsets, is an instance)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split("|", 1)[0].split()
            offset, lexfile = fields[0], int(fields[1])
            w_cnt = int(fields[3], 16)
            i = 4 + 2 * w_cnt
            p_cnt = int(fields[i])
            i += 1
            hypernyms, instance = [], False
            for _ in range(p_cnt):
                symbol, target, pos = fields[i], fields[i + 1], fields[i + 2]
                i += 4
                if symbol in ("@", "@i") and pos == "n":
                    hypernyms.append(target)
                if symbol == "@i":
                    instance = True
            out[offset] = (lexfile, hypernyms, instance)
    return out


def closure_roots(senses, umbrellas):
    """umbrella letter -> set of root offsets."""
    roots = {}
    for letter, synsets in umbrellas.items():
        roots[letter] = {senses[lemma][n - 1] for lemma, n in synsets}
    return roots


def umbrellas_of(offset, data, roots, memo):
    """The umbrella letters a synset falls in (itself or a hypernym)."""
    if offset in memo:
        return memo[offset]
    memo[offset] = ""  # cycles do not occur in WordNet; guard anyway
    found = {letter for letter, r in roots.items() if offset in r}
    for h in data[offset][1]:
        found.update(umbrellas_of(h, data, roots, memo))
    memo[offset] = "".join(sorted(found))
    return memo[offset]


def noun_table(wn):
    senses, tagged = read_index(os.path.join(wn, "index.noun"))
    data = read_data(os.path.join(wn, "data.noun"))
    roots = closure_roots(senses, UMBRELLAS)
    memo = {}
    rows = []
    for lemma, offsets in senses.items():
        if not WORD.match(lemma):
            continue
        if all(data[o][2] for o in offsets):
            continue  # proper names only
        classes = {data[o][0] - 3 for o in offsets}
        taxonomy = classes <= {NOUN_LEXFILES.index("animal"), NOUN_LEXFILES.index("plant")}
        if taxonomy and tagged.get(lemma, 0) == 0:
            continue
        groups = []
        for o in offsets:
            if data[o][2]:
                continue
            code = chr(ord("a") + data[o][0] - 3) + umbrellas_of(o, data, roots, memo)
            if code not in groups:
                groups.append(code)
        rows.append((lemma, NOUN_CODE_OVERRIDES.get(lemma, "".join(groups))))
    return sorted(rows)


def verb_table(wn):
    senses, _ = read_index(os.path.join(wn, "index.verb"))
    lexfile = {}
    with open(os.path.join(wn, "data.verb"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith(" "):
                fields = line.split()
                lexfile[fields[0]] = int(fields[1])
    rows = []
    for lemma, offsets in senses.items():
        if not WORD.match(lemma):
            continue
        groups = []
        for o in offsets:
            code = chr(ord("a") + lexfile[o] - 29)
            if code not in groups:
                groups.append(code)
        rows.append((lemma, "".join(groups)))
    return sorted(rows)


def exceptions(path, overrides=None, drops=()):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) < 2 or not WORD.match(fields[0]):
                continue
            bases = [b for b in fields[1:] if WORD.match(b)]
            if bases and fields[0] not in rows and fields[0] not in drops:
                rows[fields[0]] = bases[0]
    rows.update(overrides or {})
    return sorted(rows.items())


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for a, b in rows:
            f.write(f"{a}\t{b}\n")


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "wordnet")
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "nouns.txt"), noun_table(wn))
    write(os.path.join(out, "verbs.txt"), verb_table(wn))
    write(os.path.join(out, "noun.exc.txt"),
          exceptions(os.path.join(wn, "noun.exc"), NOUN_FORM_OVERRIDES))
    write(os.path.join(out, "verb.exc.txt"), exceptions(os.path.join(wn, "verb.exc"), drops=VERB_FORM_DROPS))


if __name__ == "__main__":
    main()
