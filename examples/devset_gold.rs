//! Scores factdiff against the development gold (`data/devgold/*.json`:
//! 40 stories of the development corpus annotated by hand, facts only) on
//! the built corpus (`../shared/docs/devset.md`):
//!
//! - claims: recall of the required gold claims, precision (a claim on a
//!   listed non-figure, or on no annotated figure at all, is wrong);
//! - frame parts of the matched claims: head, head class, predicate class,
//!   relation, measure;
//! - findings: `must` groups found together with their verdict, `must_not`
//!   pairs grouped (or given the verdict they must not get).
//!
//! The whole development corpus is compared, as a user would, with the
//! publication dates given and the stories left to factdiff; the gold's
//! stories are only used to score.
//!
//! ```text
//! cargo run --release --example devset_gold -- target/devset [data/devgold] [--mismatches]
//! ```
//!
//! With `--mismatches`, each frame part of a matched claim that differs
//! from the gold is listed too: the part, the gold's value, the value
//! found, the claim and the words around the figure.
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use factdiff::{Comparer, Date, Document, Report, Verdict};
use serde_json::Value;

/// One gold claim: its fields as annotated.
struct GoldClaim {
    fields: Value,
}

fn load_docs(root: &Path) -> Result<Vec<Document>, String> {
    let index = std::fs::read_to_string(root.join("stories.jsonl"))
        .map_err(|e| format!("{}: {e}", root.join("stories.jsonl").display()))?;
    let mut out = Vec::new();
    for line in index.lines() {
        let v: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let id = v["doc"].as_str().ok_or("doc missing")?;
        let mut doc = Document::from_path(root.join("docs").join(format!("{id}.txt")))
            .map_err(|e| e.to_string())?;
        if let Some(d) = v["date"].as_str().and_then(|d| d.parse::<Date>().ok()) {
            doc = doc.with_date(d);
        }
        out.push(doc);
    }
    Ok(out)
}

fn load_gold(dir: &Path) -> Result<Vec<Value>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))
        })
        .collect()
}

/// A byte offset of the gold.
fn offset(v: &Value) -> Option<usize> {
    v.as_u64().and_then(|x| usize::try_from(x).ok())
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// A running score: hits of tries.
#[derive(Default, Clone, Copy)]
struct Score(usize, usize);

impl Score {
    fn add(&mut self, hit: bool) {
        self.0 += usize::from(hit);
        self.1 += 1;
    }
}

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pct = if self.1 == 0 {
            0.0
        } else {
            100.0 * self.0 as f64 / self.1 as f64
        };
        write!(f, "{}/{} ({pct:.1}%)", self.0, self.1)
    }
}

/// The tool's value of a frame part, from the claim's JSON.
fn tool_part<'a>(claim: &'a Value, part: &str) -> Option<&'a str> {
    let frame = &claim["frame"];
    match part {
        "head" => frame["head"].as_str(),
        "head_class" => frame["head_class"].as_str(),
        "predicate_class" => frame["predicate"]["class"].as_str(),
        "relation" => frame["relation"].as_str(),
        "measure" => claim["measure"].as_str(),
        _ => None,
    }
}

fn main() -> ExitCode {
    let (flags, mut args): (Vec<String>, Vec<String>) =
        std::env::args().skip(1).partition(|a| a.starts_with("--"));
    let mismatches = flags.iter().any(|f| f == "--mismatches");
    if args.is_empty() || flags.iter().any(|f| f != "--mismatches") {
        eprintln!("usage: devset_gold CORPUS_DIR [GOLD_DIR] [--mismatches]");
        return ExitCode::from(2);
    }
    let root = args.remove(0);
    let gold_dir = args
        .into_iter()
        .next()
        .unwrap_or_else(|| "data/devgold".to_string());
    let (docs, gold) = match (load_docs(Path::new(&root)), load_gold(Path::new(&gold_dir))) {
        (Ok(d), Ok(g)) => (d, g),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let report = Comparer::default().compare(&docs);
    let mut scored = score(&report, &gold);
    if mismatches {
        scored.lines.extend(list_mismatches(&report, &docs, &gold));
        scored.lines.extend(list_missed_musts(&report, &gold));
    }
    print!("{scored}");
    ExitCode::SUCCESS
}

/// What the scoring found, printable.
struct Scored {
    lines: Vec<String>,
}

impl std::fmt::Display for Scored {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for l in &self.lines {
            writeln!(f, "{l}")?;
        }
        Ok(())
    }
}

#[allow(clippy::too_many_lines)] // one pass per section of the gold, in order
fn score(report: &Report, gold: &[Value]) -> Scored {
    let claims: Vec<Value> = report
        .claims
        .iter()
        .map(|c| serde_json::to_value(c).expect("claims serialise"))
        .collect();
    let mut by_doc: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in report.claims.iter().enumerate() {
        by_doc.entry(c.doc.as_str()).or_default().push(i);
    }
    let (mut recall, mut precision) = (Score::default(), Score::default());
    let mut parts: BTreeMap<&str, Score> = BTreeMap::new();
    let mut abstain = Score::default();
    let (mut must, mut must_not) = (Score::default(), Score::default());
    let mut lines = Vec::new();
    for story in gold {
        // Gold claims of this story, and which tool claims they match.
        let mut located: HashMap<&str, (GoldClaim, Vec<usize>)> = HashMap::new();
        let mut nonfig: Vec<(&str, usize, usize, &str)> = Vec::new();
        for nf in story["non_figures"].as_array().into_iter().flatten() {
            let (Some(doc), Some(s), Some(e)) =
                (nf["doc"].as_str(), offset(&nf["start"]), offset(&nf["end"]))
            else {
                continue;
            };
            nonfig.push((doc, s, e, nf["why"].as_str().unwrap_or("?")));
        }
        let mut gold_spans: Vec<(&str, usize, usize)> = Vec::new();
        for c in story["claims"].as_array().into_iter().flatten() {
            let (Some(id), Some(doc), Some(s), Some(e)) = (
                c["id"].as_str(),
                c["doc"].as_str(),
                offset(&c["start"]),
                offset(&c["end"]),
            ) else {
                continue;
            };
            gold_spans.push((doc, s, e));
            let matches: Vec<usize> = by_doc
                .get(doc)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&i| {
                    let f = report.claims[i].figure.span;
                    overlaps((f.start, f.end), (s, e))
                })
                .collect();
            let g = GoldClaim { fields: c.clone() };
            located.insert(id, (g, matches));
        }
        // Recall of required claims; frame parts of matched claims.
        for (g, matches) in located.values() {
            if g.fields["required"].as_bool() == Some(true) {
                recall.add(!matches.is_empty());
            }
            let Some(&first) = matches.first() else {
                continue;
            };
            for part in [
                "head",
                "head_class",
                "predicate_class",
                "relation",
                "measure",
            ] {
                let want = g.fields[part].as_str();
                if part == "predicate_class" && want.is_none() {
                    // A predicate given where the gold has none.
                    abstain.add(tool_part(&claims[first], part).is_none());
                }
                if part != "relation" && want.is_none() {
                    continue;
                }
                let want = want.unwrap_or("total");
                parts
                    .entry(part)
                    .or_default()
                    .add(tool_part(&claims[first], part) == Some(want));
            }
        }
        // Precision over the story's documents.
        let story_docs = strings(&story["docs"]);
        for doc in &story_docs {
            for &i in by_doc.get(doc).into_iter().flatten() {
                let f = report.claims[i].figure.span;
                let on_gold = gold_spans
                    .iter()
                    .any(|&(d, s, e)| d == *doc && overlaps((f.start, f.end), (s, e)));
                if !on_gold {
                    let why = nonfig
                        .iter()
                        .find(|&&(d, s, e, _)| d == *doc && overlaps((f.start, f.end), (s, e)))
                        .map_or("not a figure in the gold".to_string(), |(.., why)| {
                            format!("a listed non-figure: {why}")
                        });
                    lines.push(format!(
                        "wrong claim   {} {}..{} {:?} ({why})",
                        report.claims[i].id, f.start, f.end, report.claims[i].figure.text
                    ));
                }
                precision.add(on_gold);
            }
        }
        // Findings.
        let ids = |names: &Value| -> Option<Vec<Vec<&str>>> {
            names
                .as_array()?
                .iter()
                .map(|n| {
                    let (_, m) = located.get(n.as_str()?)?;
                    Some(m.iter().map(|&i| report.claims[i].id.as_str()).collect())
                })
                .collect()
        };
        let together = |groups: &[Vec<&str>], verdict: Option<Verdict>| {
            report.findings.iter().any(|f| {
                verdict.is_none_or(|v| f.verdict == v)
                    && groups
                        .iter()
                        .all(|g| g.iter().any(|id| f.claims.iter().any(|c| c == id)))
            })
        };
        let verdict_of = |f: &Value| match f["verdict"].as_str() {
            Some("agree") => Some(Verdict::Agree),
            Some("conflict") => Some(Verdict::Conflict),
            _ => None,
        };
        for f in story["findings"]["must"].as_array().into_iter().flatten() {
            let groups = ids(&f["claims"]).unwrap_or_default();
            let ok = !groups.is_empty()
                && groups.iter().all(|g| !g.is_empty())
                && together(&groups, verdict_of(f));
            must.add(ok);
            if !ok {
                lines.push(format!(
                    "must missed   {} {:?} {}",
                    story["story"].as_str().unwrap_or("?"),
                    f["claims"],
                    f["verdict"]
                ));
            }
        }
        for f in story["findings"]["must_not"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let groups = ids(&f["claims"]).unwrap_or_default();
            let bad = groups.len() >= 2
                && groups.iter().all(|g| !g.is_empty())
                && together(&groups, verdict_of(f));
            must_not.add(bad);
            if bad {
                lines.push(format!(
                    "must_not hit  {} {:?} {}",
                    story["story"].as_str().unwrap_or("?"),
                    f["claims"],
                    f["verdict"]
                ));
            }
        }
    }
    lines.push(format!(
        "claims: required recall {recall}, precision {precision}"
    ));
    for (part, s) in &parts {
        lines.push(format!("frame {part}: {s}"));
    }
    lines.push(format!(
        "frame predicate none where the gold has none: {abstain}"
    ));
    lines.push(format!(
        "findings: must {must}, must_not violated {must_not}"
    ));
    Scored { lines }
}

/// The words around bytes `[s, e)` of a text, on one line, the figure
/// bracketed.
fn around(text: &str, s: usize, e: usize) -> String {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let from = floor(s.saturating_sub(90));
    let to = floor((e + 90).min(text.len()));
    let (s, e) = (floor(s.min(text.len())), floor(e.min(text.len())));
    format!("{}[{}]{}", &text[from..s], &text[s..e], &text[e..to]).replace(['\n', '\r', '\t'], " ")
}

/// One line per frame part of a matched claim that differs from the gold:
/// part, gold value, found value, claim id, the words around the figure.
fn list_mismatches(report: &Report, docs: &[Document], gold: &[Value]) -> Vec<String> {
    let texts: HashMap<&str, &str> = docs
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    let mut out = Vec::new();
    for c in gold
        .iter()
        .flat_map(|story| story["claims"].as_array().into_iter().flatten())
    {
        let (Some(doc), Some(s), Some(e)) =
            (c["doc"].as_str(), offset(&c["start"]), offset(&c["end"]))
        else {
            continue;
        };
        let Some(claim) = report
            .claims
            .iter()
            .find(|k| k.doc == doc && overlaps((k.figure.span.start, k.figure.span.end), (s, e)))
        else {
            continue;
        };
        let found = serde_json::to_value(claim).expect("claims serialise");
        for part in [
            "head",
            "predicate_class",
            "relation",
            "head_class",
            "measure",
        ] {
            let want = c[part].as_str();
            let got = tool_part(&found, part);
            if part == "predicate_class" && want.is_none() && got.is_some() {
                let context = texts.get(doc).map_or(String::new(), |t| around(t, s, e));
                out.push(format!(
                    "mismatch {part:<15} gold=-          found={:<10} {} | {context}",
                    got.unwrap_or("-"),
                    claim.id
                ));
            }
            if part != "relation" && want.is_none() {
                continue;
            }
            let want = want.unwrap_or("total");
            if got != Some(want) {
                let context = texts.get(doc).map_or(String::new(), |t| around(t, s, e));
                // A predicate's lemmas too: which verb each side read.
                let lemmas = if part == "predicate_class" {
                    format!(
                        " ({} / {})",
                        c["predicate"].as_str().unwrap_or("-"),
                        claim
                            .frame
                            .predicate
                            .as_ref()
                            .map_or("-", |p| p.lemma.as_str())
                    )
                } else {
                    String::new()
                };
                out.push(format!(
                    "mismatch {part:<15} gold={want:<10} found={:<10} {}{lemmas} | {context}",
                    got.unwrap_or("-"),
                    claim.id
                ));
            }
        }
    }
    out
}

/// For each `must` group not found whole: each gold claim with the claim
/// found on it (story, frame head, predicate class, relation, measure,
/// place, period, modality) and the findings it is in, then each pair of
/// the group with what sets it apart ([`factdiff::align::veto_pair`]) or
/// its score.
fn list_missed_musts(report: &Report, gold: &[Value]) -> Vec<String> {
    let mut out = Vec::new();
    for story in gold {
        let name = story["story"].as_str().unwrap_or("?");
        let claims: HashMap<&str, &Value> = story["claims"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| Some((c["id"].as_str()?, c)))
            .collect();
        for f in story["findings"]["must"].as_array().into_iter().flatten() {
            let ids = strings(&f["claims"]);
            let mut rows = Vec::new();
            let mut sets = Vec::new();
            let mut found_claims: Vec<&factdiff::Claim> = Vec::new();
            for id in &ids {
                let Some(c) = claims.get(id) else { continue };
                let (Some(doc), Some(s), Some(e)) =
                    (c["doc"].as_str(), offset(&c["start"]), offset(&c["end"]))
                else {
                    continue;
                };
                let found = report.claims.iter().find(|k| {
                    k.doc == doc && overlaps((k.figure.span.start, k.figure.span.end), (s, e))
                });
                let Some(k) = found else {
                    rows.push(format!("    {id} {doc}: no claim"));
                    sets.push(Vec::new());
                    continue;
                };
                found_claims.push(k);
                let in_findings: Vec<usize> = report
                    .findings
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.claims.contains(&k.id))
                    .map(|(i, _)| i)
                    .collect();
                let fr = &k.frame;
                let story_of = report
                    .stories
                    .iter()
                    .find(|st| st.docs.contains(&k.doc))
                    .map_or("-", |st| st.id.as_str());
                rows.push(format!(
                    "    {id} {} story={story_of} [{}] head={} pred={} rel={} measure={} place={} period={} modality={} findings={in_findings:?}",
                    k.id,
                    k.figure.text,
                    fr.head.as_deref().unwrap_or("-"),
                    fr.predicate
                        .as_ref()
                        .map_or("-".to_string(), |p| format!("{}/{}", p.lemma, p.class)),
                    fr.relation,
                    k.measure.as_deref().unwrap_or("-"),
                    k.place.as_deref().unwrap_or("-"),
                    k.period.map_or("-".to_string(), |p| format!("{p:?}")),
                    k.modality,
                ));
                sets.push(in_findings);
            }
            // Each pair of the group: what sets it apart, or its score.
            for (i, a) in found_claims.iter().enumerate() {
                for b in &found_claims[i + 1..] {
                    if a.id != b.id {
                        let why = factdiff::align::veto_pair(a, b).map_or_else(
                            || format!("score {:.3}", factdiff::align::score_pair(a, b)),
                            |v| format!("veto {v:?}"),
                        );
                        rows.push(format!("      {} ~ {}: {why}", a.id, b.id));
                    }
                }
            }
            let whole = sets
                .first()
                .is_some_and(|first| first.iter().any(|f| sets.iter().all(|s| s.contains(f))));
            if !whole {
                out.push(format!("must detail {name} {ids:?} {}", f["verdict"]));
                out.extend(rows);
            }
        }
    }
    out
}

/// The strings of a JSON array (none when it is no array).
fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}
