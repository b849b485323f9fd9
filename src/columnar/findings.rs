//! Findings as record batches and back.

use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Float64Builder, ListBuilder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch};

use super::columns::{Columns, Strings, arrow_error, fits};
use super::schema::finding_schema;
use crate::{Error, Finding, Verdict};

/// Findings as one batch of [`finding_schema`].
///
/// # Errors
///
/// When the batch cannot be built (string columns over the Arrow limit).
///
/// ```
/// let batch = factdiff::columnar::findings_to_batch(&[])?;
/// assert_eq!(batch.num_rows(), 0);
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn findings_to_batch(findings: &[Finding]) -> Result<RecordBatch, Error> {
    fits(
        "explanation",
        findings.iter().map(|f| f.explanation.len()).sum(),
    )?;
    fits(
        "claims",
        findings
            .iter()
            .flat_map(|f| &f.claims)
            .map(String::len)
            .sum(),
    )?;
    let mut verdict = StringBuilder::new();
    let mut claims = ListBuilder::new(StringBuilder::new());
    let mut score = Float64Builder::with_capacity(findings.len());
    let mut explanation = StringBuilder::new();
    let mut sides = ListBuilder::new(ListBuilder::new(StringBuilder::new()));
    let mut copies = ListBuilder::new(StringBuilder::new());
    let mut syndicated = BooleanBuilder::with_capacity(findings.len());
    let mut story = StringBuilder::new();
    let mut reasons = StringBuilder::new();
    for f in findings {
        verdict.append_value(f.verdict.as_str());
        for c in &f.claims {
            claims.values().append_value(c);
        }
        claims.append(true);
        score.append_value(f.score);
        explanation.append_value(&f.explanation);
        for side in &f.sides {
            for c in side {
                sides.values().values().append_value(c);
            }
            sides.values().append(true);
        }
        sides.append(true);
        for c in &f.copies {
            copies.values().append_value(c);
        }
        copies.append(true);
        syndicated.append_value(f.syndicated);
        story.append_option(f.story.as_deref());
        reasons.append_value(serde_json::to_string(&f.reasons).map_err(arrow_error)?);
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(verdict.finish()),
        Arc::new(claims.finish()),
        Arc::new(score.finish()),
        Arc::new(explanation.finish()),
        Arc::new(sides.finish()),
        Arc::new(copies.finish()),
        Arc::new(syndicated.finish()),
        Arc::new(story.finish()),
        Arc::new(reasons.finish()),
    ];
    RecordBatch::try_new(finding_schema(), columns).map_err(arrow_error)
}

/// The findings of a batch of [`finding_schema`].
///
/// # Errors
///
/// [`ErrorKind::Columnar`](crate::ErrorKind::Columnar) naming a missing or
/// mistyped column, a null, or an unknown verdict.
///
/// ```
/// use factdiff::columnar;
/// let batch = columnar::findings_to_batch(&[])?;
/// assert!(columnar::findings_from_batch(&batch)?.is_empty());
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn findings_from_batch(batch: &RecordBatch) -> Result<Vec<Finding>, Error> {
    let cols = Columns(batch);
    let verdict = cols.strings("verdict")?;
    let claims = cols.string_lists("claims")?;
    let score = cols.floats("score")?;
    let explanation = cols.strings("explanation")?;
    let sides = cols.column("sides")?;
    let sides = sides
        .as_list_opt::<i32>()
        .ok_or_else(|| cols.wrong_type("sides", "List<List<Utf8>>"))?;
    let copies = cols.string_lists("copies")?;
    let syndicated = cols.bools("syndicated")?;
    let story = cols.optional_strings("story")?;
    let reasons = cols.optional_strings("reasons")?;
    (0..batch.num_rows())
        .map(|r| {
            let verdict = match verdict.required(r)? {
                "agree" => Verdict::Agree,
                "conflict" => Verdict::Conflict,
                other => {
                    return Err(Error::columnar(format!(
                        "row {r}: unknown verdict {other:?}"
                    )));
                }
            };
            let side_lists = sides.value(r);
            let side_lists = side_lists
                .as_list_opt::<i32>()
                .ok_or_else(|| cols.wrong_type("sides", "List<List<Utf8>>"))?;
            let sides = (0..side_lists.len())
                .map(|s| string_list(&side_lists.value(s), "sides", r))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Finding {
                verdict,
                claims: string_list(&claims.value(r), "claims", r)?,
                score: score.get(r).unwrap_or(0.0),
                explanation: explanation.required(r)?.to_string(),
                sides,
                copies: string_list(&copies.value(r), "copies", r)?,
                syndicated: syndicated.required(r)?,
                story: story.as_ref().and_then(|c| c.get(r)).map(str::to_string),
                reasons: match reasons.as_ref().and_then(|c| c.get(r)) {
                    Some(json) => serde_json::from_str(json).map_err(|e| {
                        Error::columnar(format!("row {r}: column \"reasons\": {e}"))
                    })?,
                    None => Vec::new(),
                },
            })
        })
        .collect()
}

/// The strings of one list value.
fn string_list(values: &ArrayRef, column: &'static str, row: usize) -> Result<Vec<String>, Error> {
    let strings = Strings::of(values.as_ref(), column)?;
    (0..values.len())
        .map(|i| strings.required(i).map(str::to_string))
        .collect::<Result<_, _>>()
        .map_err(|_| Error::columnar(format!("row {row}: column {column}: a null in a list")))
}
