//! Looking up findings in the alignment tests' reports: the finding of
//! given claims, and whether two claims are grouped.

use factdiff::Report;

/// The finding holding exactly these claim ids (in any order), if any.
pub fn finding<'a>(report: &'a Report, ids: &[&str]) -> Option<&'a factdiff::Finding> {
    let mut want: Vec<&str> = ids.to_vec();
    want.sort_unstable();
    report.findings.iter().find(|f| {
        let mut got: Vec<&str> = f.claims.iter().map(String::as_str).collect();
        got.sort_unstable();
        got == want
    })
}

pub fn grouped(report: &Report, a: &str, b: &str) -> bool {
    report
        .findings
        .iter()
        .any(|f| f.claims.iter().any(|c| c == a) && f.claims.iter().any(|c| c == b))
}
