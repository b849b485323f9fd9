//! Reading the inputs: the lexicon, the files (directories expanded with
//! `--recursive`), text or JSON Lines documents, and the check that no two
//! documents share an id.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use factdiff::{Document, ErrorKind, Lexicon};

use crate::args::IoArgs;
use crate::describe;
use crate::output::Progress;

pub(crate) fn load_lexicon(path: Option<&std::path::Path>) -> Result<Lexicon, String> {
    match path {
        Some(path) => Lexicon::from_path(path).map_err(|e| describe(&e)),
        None => Ok(Lexicon::default()),
    }
}

/// Reads every input (directories expanded with `--recursive`).
pub(crate) fn load(files: &[PathBuf], io_args: &IoArgs) -> Result<Vec<Document>, String> {
    read_documents(&expand(files, io_args)?, io_args.jsonl, &Progress::off())
}

/// The files to read: `files` as given, except that with `--recursive` a
/// directory stands for every `*.txt` file below it, in sorted order (but
/// not the `--output` file, so that a second run does not read the first
/// run's report). Without `--recursive` a directory stays in the list, and
/// reading it gives the usual "is a directory" error.
pub(crate) fn expand(files: &[PathBuf], io_args: &IoArgs) -> Result<Vec<PathBuf>, String> {
    let output = io_args
        .output
        .as_deref()
        .and_then(|p| fs::canonicalize(p).ok());
    let mut out = Vec::with_capacity(files.len());
    for path in files {
        if io_args.recursive && path.as_os_str() != "-" && path.is_dir() {
            let before = out.len();
            walk(path, output.as_deref(), &mut out)?;
            if out.len() == before {
                return Err(format!(
                    "{}: no .txt files in this directory",
                    path.display()
                ));
            }
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

/// Appends the `*.txt` files below `dir` except `skip`, visiting entries in
/// name order. Hidden entries (`.git`, `.cache`) and symlinked directories
/// are skipped; the latter so that a link loop cannot make the walk endless.
fn walk(dir: &Path, skip: Option<&Path>, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let cannot = |e: io::Error| format!("{}: cannot read directory: {e}", dir.display());
    let mut entries = fs::read_dir(dir)
        .map_err(cannot)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(cannot)?;
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        if entry.file_name().as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type().map_err(cannot)?;
        if kind.is_dir() {
            walk(&path, skip, out)?;
        } else if path
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("txt"))
            && (kind.is_file() || path.is_file())
            && skip.is_none_or(|skip| fs::canonicalize(&path).is_ok_and(|p| p != skip))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads the inputs in order, `-` being standard input; the error names
/// the first input that cannot be read. A `.jsonl` or `.ndjson` file (any
/// input, with `--jsonl`) holds one document per line.
pub(crate) fn read_documents(
    inputs: &[PathBuf],
    jsonl: bool,
    progress: &Progress,
) -> Result<Vec<Document>, String> {
    let mut docs = Vec::new();
    let mut origins: Vec<(usize, &Path)> = Vec::new();
    for path in inputs {
        let stdin = path.as_os_str() == "-";
        let lines = jsonl
            || path.extension().is_some_and(|e| {
                e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson")
            });
        let read = if lines {
            let name = if stdin {
                "<stdin>".to_string()
            } else {
                path.display().to_string()
            };
            // Read whole first (UTF-8 checked, the usual errors), then
            // parsed line by line.
            let file = if stdin {
                Document::from_reader("<stdin>", io::stdin().lock())
            } else {
                Document::from_path(path)
            }
            .map_err(|e| describe(&e))?;
            Document::read_json_lines(&name, file.text.as_bytes()).map_err(|e| describe(&e))?
        } else if stdin {
            // Errors name `<stdin>`; the document's id is `stdin`.
            let doc =
                Document::from_reader("<stdin>", io::stdin().lock()).map_err(|e| describe(&e))?;
            vec![Document::new("stdin", doc.text)]
        } else {
            vec![Document::from_path(path).map_err(|e| match e.kind() {
                ErrorKind::IsDirectory { .. } => {
                    format!("{e} (use --recursive to read the .txt files in it)")
                }
                _ => describe(&e),
            })?]
        };
        origins.push((read.len(), path));
        docs.extend(read);
        progress.file_done();
    }
    unique_ids(&docs, &origins)?;
    Ok(docs)
}

/// Refuses two documents with the same id (`a/report.txt` and
/// `b/report.txt` are both `report`; two lines of a JSON Lines file with
/// one id): their claim ids would collide and findings could not say
/// which text they quote. `origins` gives, input by input, how many
/// documents it held.
fn unique_ids(docs: &[Document], origins: &[(usize, &Path)]) -> Result<(), String> {
    let name = |p: &Path| {
        if p.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            p.display().to_string()
        }
    };
    let mut seen: std::collections::HashMap<&str, &Path> = std::collections::HashMap::new();
    let mut at = 0;
    for &(count, path) in origins {
        for doc in docs.get(at..at + count).unwrap_or_default() {
            if let Some(first) = seen.insert(doc.id.as_str(), path) {
                return Err(format!(
                    "{}: same document id \"{}\" as {} (ids are file names without \
                     directory and extension, or the `id` of a JSON Lines document; rename one)",
                    name(path),
                    doc.id,
                    name(first)
                ));
            }
        }
        at += count;
    }
    Ok(())
}
