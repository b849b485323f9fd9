//! Behaviour of the sentence splitter on news text, checked by property over
//! the article corpora (`../shared/corpus/ice` and our own `data/corpus`):
//! headlines, list items and sentence ends fall where the lines say, and
//! every claim a gold file or our annotations locate lies inside one
//! sentence.

mod common;
mod segment_news_common;

use std::path::{Path, PathBuf};

use factdiff::{Sentence, sentences};
use segment_news_common::split;

// ---------------------------------------------------------------------------
// The corpora, by property.

/// A line of a file: its trimmed text and byte range.
struct Line<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let body = raw.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if !trimmed.is_empty() {
            out.push(Line {
                text: trimmed,
                start: pos + lead,
                end: pos + lead + trimmed.len(),
            });
        }
        pos += raw.len();
    }
    out
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '。' | '？' | '！')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»')
}

/// Whether `line` holds sentence-ending punctuation: a terminator followed,
/// after any closing marks, by whitespace or the end of the line.
fn has_sentence_end(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        is_terminator(c) && {
            let rest = chars[i + 1..].iter().find(|&&n| !is_closer(n));
            rest.is_none_or(|n| n.is_whitespace())
        }
    })
}

/// Whether `line` ends with a terminator, possibly inside closing marks.
fn ends_with_terminator(line: &str) -> bool {
    line.trim_end_matches(is_closer).ends_with(is_terminator)
}

/// Whether `line` starts with a bullet or a numbered marker and a space.
fn starts_with_marker(line: &str) -> bool {
    let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
    let numbered = rest.len() < line.len()
        && line.len() - rest.len() <= 3
        && (rest.starts_with(". ") || rest.starts_with(") "));
    numbered || ["- ", "• ", "* "].iter().any(|m| line.starts_with(m))
}

/// Whether `s` starts with digits and a period ("30.", "2. ").
fn starts_with_number_period(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < s.len() && rest.starts_with('.')
}

/// What the corpus checks counted.
#[derive(Default)]
struct Tally {
    articles: usize,
    sentences: usize,
    headlines: usize,
    bullets: usize,
    paragraph_lines: usize,
}

/// Checks one article by property; returns the failures found.
fn check_article(name: &str, text: &str, tally: &mut Tally) -> Vec<String> {
    let found: Vec<Sentence<'_>> = sentences(text).collect();
    let mut failures = Vec::new();
    tally.articles += 1;
    tally.sentences += found.len();
    for s in &found {
        let t = s.text;
        let blank = t.contains("\n\n")
            || t.contains("\r\n\r\n")
            || t.split('\n').skip(1).any(|l| l.trim().is_empty());
        if blank {
            failures.push(format!(
                "{name}: sentence at {} spans a blank line",
                s.span.start
            ));
        }
    }
    let line_starts: std::collections::HashSet<usize> =
        lines(text).iter().map(|l| l.start).collect();
    for s in &found {
        // Inside a line, a dash or a number with a period continues the
        // sentence before ("SALEM, Ore. — The", "by Sept. 30.").
        let marker = s.text.starts_with(['—', '–', '-']) || starts_with_number_period(s.text);
        if marker && !line_starts.contains(&s.span.start) {
            failures.push(format!(
                "{name}: sentence at {} starts with a dash or number inside a line",
                s.span.start
            ));
        }
    }
    let starting = |pos: usize| found.iter().find(|s| s.span.start == pos);
    let containing = |pos: usize| {
        found
            .iter()
            .find(|s| s.span.start <= pos && pos < s.span.end)
    };
    for line in lines(text) {
        let at = format!("{name}: line at byte {}", line.start);
        if starts_with_marker(line.text) {
            tally.bullets += 1;
            match starting(line.start) {
                Some(s) if s.span.end <= line.end => {}
                Some(_) => failures.push(format!("{at}: list item runs past its line")),
                None => failures.push(format!("{at}: list item does not start a sentence")),
            }
        } else if !has_sentence_end(line.text) {
            tally.headlines += 1;
            let whole = starting(line.start).is_some_and(|s| s.span.end == line.end);
            if !whole {
                failures.push(format!(
                    "{at}: a line without end punctuation is not exactly one sentence"
                ));
            }
        }
        if ends_with_terminator(line.text) {
            tally.paragraph_lines += 1;
            let ends_here = containing(line.end - 1).is_some_and(|s| s.span.end == line.end);
            if !ends_here {
                failures.push(format!("{at}: no sentence ends at the end of the line"));
            }
        }
    }
    failures
}

fn articles(dir: &Path) -> Vec<(String, String)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (name, text)
        })
        .collect()
}

fn check_corpus(label: &str, dir: &Path, min_articles: usize) {
    let mut tally = Tally::default();
    let mut failures = Vec::new();
    for (name, text) in articles(dir) {
        failures.extend(check_article(&name, &text, &mut tally));
        // Windows line ends change nothing but the `\r`s.
        let crlf = text.replace('\n', "\r\n");
        let lf: Vec<&str> = split(&text);
        let from_crlf: Vec<String> = split(&crlf).iter().map(|s| s.replace('\r', "")).collect();
        if from_crlf != lf {
            failures.push(format!("{name}: CRLF line ends split differently"));
        }
    }
    println!(
        "{label}: {} articles, {} sentences; {} headline/title/byline lines, {} list items, \
         {} lines ending a sentence checked",
        tally.articles, tally.sentences, tally.headlines, tally.bullets, tally.paragraph_lines
    );
    assert!(
        tally.articles >= min_articles,
        "{label}: expected at least {min_articles} articles in {}",
        dir.display()
    );
    assert!(failures.is_empty(), "{label}:\n{}", failures.join("\n"));
}

#[test]
fn ice_corpus_by_property() {
    if let Some(dir) = common::shared("corpus/ice") {
        check_corpus("ice corpus", &dir, 5);
    }
}

#[test]
fn own_corpus_by_property() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join("corpus");
    check_corpus("data/corpus", &dir, 6);
}

/// Every text a gold file locates a claim by (`sentence_contains`) lies
/// inside one sentence of its article.
fn check_claims(label: &str, claims: &[(String, String)], dir: &Path, min: usize) {
    let texts: std::collections::HashMap<String, String> = articles(dir).into_iter().collect();
    let mut failures = Vec::new();
    for (doc, needle) in claims {
        let text = texts
            .get(doc)
            .unwrap_or_else(|| panic!("{label}: no article {doc}"));
        let at = text
            .find(needle.as_str())
            .unwrap_or_else(|| panic!("{label}: {doc} does not contain {needle:?}"));
        let inside = sentences(text).any(|s| s.span.start <= at && at + needle.len() <= s.span.end);
        if !inside {
            failures.push(format!("{doc}: {needle:?} crosses a sentence boundary"));
        }
    }
    println!("{label}: {} claim sentences checked", claims.len());
    assert!(
        claims.len() >= min,
        "{label}: only {} claims read",
        claims.len()
    );
    assert!(failures.is_empty(), "{label}:\n{}", failures.join("\n"));
}

#[test]
fn ice_gold_claims_lie_inside_one_sentence() {
    let Some(dir) = common::shared("corpus/ice") else {
        return;
    };
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json")).expect("gold.json"))
            .expect("gold.json is JSON");
    let mut claims = Vec::new();
    for (doc, entry) in gold["documents"].as_object().expect("documents") {
        for claim in entry["claims"].as_array().into_iter().flatten() {
            if let Some(needle) = claim["sentence_contains"].as_str() {
                claims.push((doc.clone(), needle.to_string()));
            }
        }
    }
    check_claims("ice gold", &claims, &dir, 10);
}

#[test]
fn own_annotated_claims_lie_inside_one_sentence() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join("corpus");
    let notes = std::fs::read_to_string(dir.join("ANNOTATIONS.md")).expect("ANNOTATIONS.md");
    // Claim rows: | `id` | file | `figure` | `sentence contains` | ...; the
    // file column is the last part of the article's name ("tribune").
    let names: Vec<String> = articles(&dir).into_iter().map(|(name, _)| name).collect();
    let mut claims = Vec::new();
    for row in notes.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        if cells.len() < 6 {
            continue;
        }
        let (file, needle) = (cells[2], cells[4].trim_matches('`'));
        let Some(doc) = names.iter().find(|n| n.ends_with(&format!("-{file}"))) else {
            continue;
        };
        claims.push((doc.clone(), needle.to_string()));
    }
    check_claims("data/corpus annotations", &claims, &dir, 20);
}
