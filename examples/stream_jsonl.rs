//! A bridge to other tools: documents in as JSON Lines, claims and
//! findings out as JSON Lines.
//!
//! Reads one document per line from standard input,
//!
//! ```text
//! {"id": "harbor-tribune", "text": "Crews evacuated 1,240 residents on Sunday."}
//! ```
//!
//! (other fields are ignored; blank lines are skipped), compares them, and
//! writes one tagged message per line to standard output, every claim
//! first and then every finding, each `data` the same object
//! `factdiff compare --format json` writes:
//!
//! ```text
//! {"type":"claim","data":{"id":"harbor-tribune#0","doc":"harbor-tribune",...}}
//! {"type":"finding","data":{"verdict":"agree","claims":[...],...}}
//! ```
//!
//! A line that is not such an object, or that repeats an earlier id, stops
//! the run before anything is written: one line on standard error with the
//! line number and the reason, and exit status 2.
//!
//! Run with, for example,
//! `printf '%s\n' '{"id":"a","text":"Crews evacuated 300 people."}' | cargo run --example stream_jsonl`.
//! Needs the `serde` feature (on by default).

use std::collections::HashSet;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use factdiff::{Comparer, Document};
use serde::Serialize;

/// One output line: `{"type": ..., "data": ...}`.
#[derive(Serialize)]
struct Message<'a, T> {
    #[serde(rename = "type")]
    kind: &'a str,
    data: &'a T,
}

fn main() -> ExitCode {
    let docs = match read_documents(io::stdin().lock()) {
        Ok(docs) => docs,
        Err(message) => {
            eprintln!("stream_jsonl: {message}");
            return ExitCode::from(2);
        }
    };
    let report = Comparer::default().compare(&docs);
    let mut out = BufWriter::new(io::stdout().lock());
    match write_messages(&mut out, &report) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`... | head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stream_jsonl: cannot write output: {e}");
            ExitCode::from(2)
        }
    }
}

/// Every document of the input; the error names the first bad line.
fn read_documents(input: impl BufRead) -> Result<Vec<Document>, String> {
    let mut docs = Vec::new();
    let mut ids = HashSet::new();
    for (index, line) in input.lines().enumerate() {
        let number = index + 1;
        let line = line.map_err(|e| format!("line {number}: cannot read: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Document = serde_json::from_str(&line).map_err(|e| {
            // serde_json counts lines within the one line: keep the column.
            let reason = e.to_string();
            let at = format!(" at line {} column {}", e.line(), e.column());
            let reason = reason.strip_suffix(&at).unwrap_or(&reason);
            format!(
                "line {number}: expected {{\"id\": ..., \"text\": ...}}: {reason} (column {})",
                e.column()
            )
        })?;
        // Claim ids are "<document id>#<n>": two documents with one id
        // would give two claims with one id.
        if !ids.insert(doc.id.clone()) {
            return Err(format!("line {number}: repeats the id {:?}", doc.id));
        }
        docs.push(doc);
    }
    Ok(docs)
}

/// The claims, then the findings, one JSON object per line.
fn write_messages(out: &mut impl Write, report: &factdiff::Report) -> io::Result<()> {
    for claim in &report.claims {
        serde_json::to_writer(
            &mut *out,
            &Message {
                kind: "claim",
                data: claim,
            },
        )?;
        writeln!(out)?;
    }
    for finding in &report.findings {
        serde_json::to_writer(
            &mut *out,
            &Message {
                kind: "finding",
                data: finding,
            },
        )?;
        writeln!(out)?;
    }
    out.flush()
}
