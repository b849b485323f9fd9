//! Evaluates factdiff on the development corpus of real news (see
//! `../shared/docs/devset.md`): how well documents are grouped into
//! stories (B-cubed precision, recall and F1 against the corpus's story
//! labels).
//!
//! ```text
//! cargo run --release --example devset_eval -- target/devset [REPORT.json] [--no-dates] [--threshold T]
//! ```
//!
//! With a second argument, the report of the default run is written there
//! as JSON (it quotes the articles: keep it outside the repository). With
//! `--no-dates`, the documents' publication dates are left out, as when
//! plain text files are compared. `--threshold` sets the similarity at
//! which stories merge (default 0.18), to weigh precision against recall.
use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use factdiff::{Comparer, Date, Document, Report, StoryMode, StorySeparator};

struct Labelled {
    doc: Document,
    story: String,
}

fn load(root: &Path, dated: bool) -> Result<Vec<Labelled>, String> {
    let index = std::fs::read_to_string(root.join("stories.jsonl"))
        .map_err(|e| format!("{}: {e}", root.join("stories.jsonl").display()))?;
    let mut out = Vec::new();
    for (n, line) in index.lines().enumerate() {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("stories.jsonl:{}: {e}", n + 1))?;
        let id = v["doc"].as_str().ok_or("doc missing")?.to_string();
        let story = v["story"].as_str().ok_or("story missing")?.to_string();
        let path = root.join("docs").join(format!("{id}.txt"));
        let mut doc = Document::from_path(&path).map_err(|e| e.to_string())?;
        if let Some(date) = v["date"]
            .as_str()
            .filter(|_| dated)
            .and_then(|d| d.parse::<Date>().ok())
        {
            doc = doc.with_date(date);
        }
        out.push(Labelled { doc, story });
    }
    Ok(out)
}

/// B-cubed precision, recall and F1 of a clustering against gold labels.
fn bcubed(gold: &[&str], found: &[&str]) -> (f64, f64, f64) {
    let mut pair: HashMap<(&str, &str), f64> = HashMap::new();
    let mut by_gold: HashMap<&str, f64> = HashMap::new();
    let mut by_found: HashMap<&str, f64> = HashMap::new();
    for (g, f) in gold.iter().zip(found) {
        *pair.entry((g, f)).or_default() += 1.0;
        *by_gold.entry(g).or_default() += 1.0;
        *by_found.entry(f).or_default() += 1.0;
    }
    let n = gold.len() as f64;
    let (mut p, mut r) = (0.0, 0.0);
    for (&(g, f), &c) in &pair {
        p += c * c / by_found[f];
        r += c * c / by_gold[g];
    }
    let (p, r) = (p / n, r / n);
    (p, r, 2.0 * p * r / (p + r))
}

/// The command line: corpus, report path, dates given, story threshold.
struct Options {
    root: String,
    report: Option<String>,
    dated: bool,
    threshold: Option<f32>,
}

fn options() -> Result<Options, String> {
    let mut positional = Vec::new();
    let (mut dated, mut threshold) = (true, None);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--no-dates" => dated = false,
            "--threshold" => {
                let t = args.next().ok_or("--threshold needs a value")?;
                threshold = Some(t.parse().map_err(|e| format!("--threshold {t}: {e}"))?);
            }
            _ => positional.push(a),
        }
    }
    let mut positional = positional.into_iter();
    Ok(Options {
        root: positional.next().ok_or("no corpus directory")?,
        report: positional.next(),
        dated,
        threshold,
    })
}

fn main() -> ExitCode {
    let opts = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!(
                "{e}\nusage: devset_eval CORPUS_DIR [REPORT.json] [--no-dates] [--threshold T]"
            );
            return ExitCode::from(2);
        }
    };
    let (root, report_path, no_dates) = (opts.root, opts.report, !opts.dated);
    let labelled = match load(Path::new(&root), !no_dates) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let sep = match opts.threshold {
        Some(t) => match StorySeparator::builder().threshold(t).build() {
            Ok(sep) => sep,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        },
        None => StorySeparator::default(),
    };
    let docs: Vec<Document> = labelled.iter().map(|l| l.doc.clone()).collect();
    let t = Instant::now();
    let stories = sep.separate(&docs);
    let took = t.elapsed();
    for (name, prefix) in [("all", ""), ("shootings", "gva-"), ("politics", "basil-")] {
        let (gold, found): (Vec<&str>, Vec<&str>) = labelled
            .iter()
            .filter(|l| l.story.starts_with(prefix))
            .map(|l| (l.story.as_str(), stories.story_id(&l.doc.id).unwrap_or("")))
            .unzip();
        let (p, r, f) = bcubed(&gold, &found);
        println!(
            "stories {name:9} B-cubed P {p:.3} R {r:.3} F1 {f:.3} ({} docs)",
            gold.len()
        );
    }
    println!(
        "{} documents -> {} stories ({} gold) in {:.0} ms",
        docs.len(),
        stories.len(),
        labelled
            .iter()
            .map(|l| &l.story)
            .collect::<std::collections::HashSet<_>>()
            .len(),
        took.as_secs_f64() * 1e3
    );
    let gold: HashMap<&str, &str> = labelled
        .iter()
        .map(|l| (l.doc.id.as_str(), l.story.as_str()))
        .collect();
    for (name, mode) in [("auto", StoryMode::Auto), ("one", StoryMode::One)] {
        let comparer = Comparer::builder()
            .separator(sep.clone())
            .stories(mode)
            .build()
            .expect("default settings");
        let t = Instant::now();
        let report = comparer.compare(&docs);
        let took = t.elapsed();
        let (within, across) = findings_by_story(&report, &gold);
        if let Some(path) = report_path.as_ref().filter(|_| mode == StoryMode::Auto) {
            let file = std::fs::File::create(path).expect("report file");
            report
                .write_json(std::io::BufWriter::new(file))
                .expect("write report");
        }
        println!(
            "findings --stories {name:4}: {} ({within} inside one story, {across} joining stories: \
             {:.1}%), {} claims, {:.0} ms",
            within + across,
            100.0 * across as f64 / (within + across).max(1) as f64,
            report.claims.len(),
            took.as_secs_f64() * 1e3
        );
    }
    ExitCode::SUCCESS
}

/// Findings whose claims are all of one gold story, and the others.
fn findings_by_story(report: &Report, gold: &HashMap<&str, &str>) -> (usize, usize) {
    let doc_of: HashMap<&str, &str> = report
        .claims
        .iter()
        .map(|c| (c.id.as_str(), c.doc.as_str()))
        .collect();
    let mut within = 0;
    for f in &report.findings {
        let mut stories: Vec<&str> = f
            .claims
            .iter()
            .filter_map(|c| doc_of.get(c.as_str()))
            .filter_map(|d| gold.get(d).copied())
            .collect();
        stories.sort_unstable();
        stories.dedup();
        within += usize::from(stories.len() == 1);
    }
    (within, report.findings.len() - within)
}
