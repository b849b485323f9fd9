//! Partition-wise alignment: the findings of a stream of claims sorted by
//! block key, one block at a time, in bounded memory.
//!
//! Claims with different [`BlockKey`](crate::align::BlockKey)s are never
//! compared, so a corpus can be shuffled by block key (Spark's
//! `repartition`, a job array over key-partitioned Parquet files) and each
//! partition aligned on its own: the union of the partitions' findings is
//! the single-node report's findings.

use std::cmp::Ordering;
use std::collections::HashSet;

use crate::align::aligner::{Aligner, claim_order, sort_claims};
use crate::align::block_key;
use crate::align::model::Finding;
use crate::claim::Claim;
use crate::{Document, Error};

/// A claim as the partition-wise aligner reads it: the claim, its block
/// key (what a distributed engine partitions and sorts by), and whether
/// its document credits another outlet (which syndicated copies need and
/// a claim alone does not tell).
///
/// ```
/// use factdiff::{Document, KeyedClaim};
/// let doc = Document::new("ledger", "Police made 40 arrests on Friday.");
/// let keyed = KeyedClaim::of_document(&doc, factdiff::claims(&doc));
/// assert_eq!(keyed[0].block_key, "arrests/count/reported");
/// assert!(!keyed[0].doc_credits_outlet);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct KeyedClaim {
    /// The claim.
    pub claim: Claim,
    /// [`block_key`] of the claim, as text.
    pub block_key: String,
    /// Whether the claim's document credits another outlet (see
    /// [`Document::credits_another_outlet`]).
    pub doc_credits_outlet: bool,
}

impl KeyedClaim {
    /// Keys one claim (its block key is worked out here).
    ///
    /// ```
    /// use factdiff::{Document, KeyedClaim};
    /// let doc = Document::new("d", "Deputies evacuated 300 residents.");
    /// let claim = factdiff::claims(&doc).next().unwrap();
    /// let keyed = KeyedClaim::new(claim, false);
    /// assert_eq!(keyed.block_key, "displaced/count/reported");
    /// ```
    #[must_use]
    pub fn new(claim: Claim, doc_credits_outlet: bool) -> KeyedClaim {
        KeyedClaim {
            block_key: block_key(&claim).to_string(),
            claim,
            doc_credits_outlet,
        }
    }

    /// Keys a claim with the block key it was given (by an engine, a file),
    /// working it out only when none was given.
    ///
    /// ```
    /// use factdiff::{Document, KeyedClaim};
    /// let doc = Document::new("d", "Police made 40 arrests.");
    /// let claim = factdiff::claims(&doc).next().unwrap();
    /// let given = KeyedClaim::with_key(claim.clone(), Some("arrests/count/reported".into()), false);
    /// assert_eq!(given, KeyedClaim::with_key(claim, None, false));
    /// ```
    #[must_use]
    pub fn with_key(
        claim: Claim,
        block_key: Option<String>,
        doc_credits_outlet: bool,
    ) -> KeyedClaim {
        match block_key {
            Some(block_key) => KeyedClaim {
                claim,
                block_key,
                doc_credits_outlet,
            },
            None => KeyedClaim::new(claim, doc_credits_outlet),
        }
    }

    /// Keys the claims extracted from `doc`.
    ///
    /// ```
    /// use factdiff::{Document, KeyedClaim};
    /// let doc = Document::new("wire", "Crews fixed 40 bridges.\nThe Valley Wire contributed to this report.");
    /// let keyed = KeyedClaim::of_document(&doc, factdiff::claims(&doc));
    /// assert!(keyed.iter().all(|k| k.doc_credits_outlet));
    /// ```
    #[must_use]
    pub fn of_document(doc: &Document, claims: impl IntoIterator<Item = Claim>) -> Vec<KeyedClaim> {
        let credits = doc.credits_another_outlet();
        claims
            .into_iter()
            .map(|c| KeyedClaim::new(c, credits))
            .collect()
    }

    /// The order the [`PartitionAligner`] reads claims in: block key, then
    /// claim order (document id, sentence, figure span, claim id). Sort a
    /// partition with it (or, in an engine, by the columns `block_key`,
    /// `doc`, `sentence`, `start`, `end`, `id`, strings compared as bytes).
    ///
    /// ```
    /// use factdiff::{Document, KeyedClaim};
    /// let doc = Document::new("d", "Police made 40 arrests. Fires burned 9 homes.");
    /// let mut keyed = KeyedClaim::of_document(&doc, factdiff::claims(&doc));
    /// keyed.sort_by(KeyedClaim::partition_order);
    /// assert!(keyed.windows(2).all(|w| w[0].block_key <= w[1].block_key));
    /// ```
    #[must_use]
    pub fn partition_order(a: &KeyedClaim, b: &KeyedClaim) -> Ordering {
        a.block_key
            .cmp(&b.block_key)
            .then_with(|| claim_order(&a.claim, &b.claim))
    }
}

/// The error for a claim read out of order, `read` claims into the input.
pub(crate) fn out_of_order(claim: &Claim, read: u64) -> Error {
    Error::from(crate::ErrorKind::Unsorted {
        claim: claim.id.clone(),
        position: read + 1,
    })
}

/// Aligns a stream of [`KeyedClaim`]s sorted by
/// [`KeyedClaim::partition_order`], holding at most one batch of claims at
/// a time, and gives the findings of each block once the stream has moved
/// past it.
///
/// Memory is bounded by [`Aligner::max_block`] claims, plus the few
/// thousand claims of small blocks aligned together for speed. A block
/// larger than the bound is cut into chunks exactly as
/// [`Aligner::align`] cuts it, so the findings are the single-node
/// findings whatever the partitioning: each finding comes out once, from
/// the partition holding its block. (With blocking turned off,
/// [`AlignerBuilder::blocking`](crate::AlignerBuilder::blocking), every
/// claim of a story is one block for `align` but not for a partition: the
/// equivalence needs blocking on.)
///
/// ```
/// use factdiff::{Comparer, Document, KeyedClaim, Verdict};
/// # fn main() -> Result<(), factdiff::Error> {
/// let docs = [
///     Document::new("tribune", "Deputies evacuated 1,240 residents over the weekend."),
///     Document::new("courier", "Deputies evacuated 1,420 residents over the weekend."),
/// ];
/// let mut keyed: Vec<KeyedClaim> = docs
///     .iter()
///     .flat_map(|d| KeyedClaim::of_document(d, factdiff::claims(d)))
///     .collect();
/// keyed.sort_by(KeyedClaim::partition_order);
///
/// let comparer = Comparer::default();
/// let mut aligner = comparer.aligner().partition_aligner();
/// let mut findings = Vec::new();
/// for claim in keyed {
///     findings.extend(aligner.push(claim)?);
/// }
/// findings.extend(aligner.finish());
/// let mut claims: Vec<_> = docs.iter().flat_map(factdiff::claims).collect();
/// assert_eq!(findings, comparer.aligner().align(&docs, &mut claims));
/// assert_eq!(findings[0].verdict, Verdict::Conflict);
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct PartitionAligner {
    aligner: Aligner,
    /// Claims waiting to be aligned: whole blocks, then the open one.
    claims: Vec<Claim>,
    /// Documents of `claims` that credit another outlet.
    borrowers: HashSet<String>,
    /// The open block's key, and how many of its claims are in `claims`.
    key: Option<String>,
    open: usize,
    /// The last claim aligned, when `claims` is empty: order is checked
    /// against it.
    last: Option<Claim>,
    /// Claims read so far (for error messages).
    read: u64,
}

impl Aligner {
    /// The findings of keyed claims in any order, all held in memory: the
    /// findings (and their order) of [`align`](Aligner::align) on the
    /// claims and the documents they came from. The block keys given are not used (they
    /// are worked out again), so stale keys cannot change the findings.
    ///
    /// ```
    /// use factdiff::{Aligner, Document, KeyedClaim};
    /// let docs = [
    ///     Document::new("tribune", "Deputies evacuated 1,240 residents on Sunday."),
    ///     Document::new("courier", "Deputies evacuated 1,420 residents on Sunday."),
    /// ];
    /// let keyed: Vec<KeyedClaim> = docs
    ///     .iter()
    ///     .flat_map(|d| KeyedClaim::of_document(d, factdiff::claims(d)))
    ///     .collect();
    /// let mut claims: Vec<_> = keyed.iter().map(|k| k.claim.clone()).collect();
    /// let aligner = Aligner::default();
    /// assert_eq!(aligner.align_keyed(keyed), aligner.align(&docs, &mut claims));
    /// ```
    #[must_use]
    pub fn align_keyed(&self, keyed: Vec<KeyedClaim>) -> Vec<Finding> {
        let borrowers: HashSet<String> = keyed
            .iter()
            .filter(|k| k.doc_credits_outlet)
            .map(|k| k.claim.doc.clone())
            .collect();
        let mut claims: Vec<Claim> = keyed.into_iter().map(|k| k.claim).collect();
        sort_claims(&mut claims);
        let borrowers: HashSet<&str> = borrowers.iter().map(String::as_str).collect();
        self.align_sorted(&claims, &borrowers)
    }

    /// A [`PartitionAligner`] with this aligner's settings (it keeps a
    /// copy of them, so that it can live on its own, in a binding's
    /// object, say).
    ///
    /// ```
    /// let mut aligner = factdiff::Aligner::default().partition_aligner();
    /// assert!(aligner.finish().is_empty());
    /// ```
    #[must_use]
    pub fn partition_aligner(&self) -> PartitionAligner {
        PartitionAligner {
            aligner: self.clone(),
            claims: Vec::new(),
            borrowers: HashSet::new(),
            key: None,
            open: 0,
            last: None,
            read: 0,
        }
    }
}

impl PartitionAligner {
    /// Small blocks are aligned together once this many claims wait (the
    /// findings do not depend on it: blocks are independent).
    const BATCH: usize = 16_384;

    /// Reads the next claim; returns the findings of the blocks it closes
    /// (often none).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Unsorted`](crate::ErrorKind::Unsorted) when the claim
    /// comes before the previous one in
    /// [`partition_order`](KeyedClaim::partition_order) (or repeats it):
    /// the input is not sorted, and blocks seen as closed may come back.
    /// The aligner is unchanged by a rejected claim.
    ///
    /// ```
    /// use factdiff::{Document, KeyedClaim};
    /// let doc = Document::new("d", "Police made 40 arrests. Fires burned 9 homes.");
    /// let mut keyed = KeyedClaim::of_document(&doc, factdiff::claims(&doc));
    /// keyed.sort_by(|a, b| KeyedClaim::partition_order(b, a)); // wrong way round
    /// let mut aligner = factdiff::Aligner::default().partition_aligner();
    /// assert!(aligner.push(keyed[0].clone()).is_ok());
    /// let err = aligner.push(keyed[1].clone()).unwrap_err();
    /// assert!(err.to_string().contains("not sorted"));
    /// ```
    pub fn push(&mut self, keyed: KeyedClaim) -> Result<Vec<Finding>, Error> {
        if let Some(e) = self.order_error(&keyed, self.read) {
            return Err(e);
        }
        let KeyedClaim {
            claim,
            block_key,
            doc_credits_outlet,
        } = keyed;
        let same_key = self.key.as_deref() == Some(block_key.as_str());
        self.read += 1;
        let mut findings = Vec::new();
        if !same_key {
            if self.claims.len() >= Self::BATCH {
                findings = self.flush();
            }
            self.key = Some(block_key);
            self.open = 0;
        } else if self.open == self.aligner.max_block() {
            // The open block fills a chunk: it is aligned now, and the
            // next claims of its key start the next chunk.
            findings = self.flush();
            self.open = 0;
        }
        if doc_credits_outlet && !self.borrowers.contains(&claim.doc) {
            self.borrowers.insert(claim.doc.clone());
        }
        self.claims.push(claim);
        self.open += 1;
        Ok(findings)
    }

    /// The error for `keyed` when it does not come after the last claim
    /// read (`read` claims so far).
    pub(crate) fn order_error(&self, keyed: &KeyedClaim, read: u64) -> Option<Error> {
        let previous = self.claims.last().or(self.last.as_ref());
        let same_key = self.key.as_deref() == Some(keyed.block_key.as_str());
        let in_order = match (&self.key, previous) {
            (Some(key), _) if keyed.block_key.as_str() < key.as_str() => false,
            (_, Some(prev)) if same_key => claim_order(prev, &keyed.claim) == Ordering::Less,
            _ => true,
        };
        (!in_order).then(|| out_of_order(&keyed.claim, read))
    }

    /// Claims read so far.
    #[cfg(feature = "arrow")]
    pub(crate) fn read(&self) -> u64 {
        self.read
    }

    /// How many claims wait to be aligned: never more than
    /// [`Aligner::max_block`] plus the 16,384 claims of small blocks
    /// aligned together.
    ///
    /// ```
    /// use factdiff::{Document, KeyedClaim};
    /// let doc = Document::new("d", "Police made 40 arrests.");
    /// let mut aligner = factdiff::Aligner::default().partition_aligner();
    /// for k in KeyedClaim::of_document(&doc, factdiff::claims(&doc)) {
    ///     aligner.push(k)?;
    /// }
    /// assert_eq!(aligner.pending(), 1);
    /// aligner.finish();
    /// assert_eq!(aligner.pending(), 0);
    /// # Ok::<(), factdiff::Error>(())
    /// ```
    #[must_use]
    pub fn pending(&self) -> usize {
        self.claims.len()
    }

    /// Aligns what is left: the findings of the last blocks. The aligner
    /// can then read the next (sorted) stream.
    ///
    /// ```
    /// let mut aligner = factdiff::Aligner::default().partition_aligner();
    /// assert!(aligner.finish().is_empty());
    /// ```
    pub fn finish(&mut self) -> Vec<Finding> {
        let findings = self.flush();
        self.key = None;
        self.open = 0;
        self.last = None;
        self.read = 0;
        findings
    }

    /// Aligns the waiting claims.
    fn flush(&mut self) -> Vec<Finding> {
        if self.claims.is_empty() {
            return Vec::new();
        }
        let claims = std::mem::take(&mut self.claims);
        let borrowers: HashSet<&str> = self.borrowers.iter().map(String::as_str).collect();
        let findings = self.aligner.align_sorted(&claims, &borrowers);
        drop(borrowers);
        self.borrowers.clear();
        self.last = claims.into_iter().last();
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    /// `n` claims of five measures spread over 50 documents, keyed and
    /// sorted for the aligner.
    fn keyed(n: usize) -> Vec<KeyedClaim> {
        const MEASURES: [&str; 5] = ["arrests", "rescues", "doses", "deaths", "evictions"];
        // Stories of six claims each, told in different documents; each
        // story's place is a made-up name that only its claims share (the
        // rare context word blocking pairs large blocks on).
        let place = |story: usize| -> String {
            let mut name = String::from("Port ");
            let mut x = story;
            for _ in 0..4 {
                name.push(char::from(b'a' + u8::try_from(x % 26).unwrap()));
                x /= 26;
            }
            name
        };
        let days = ["Friday", "Saturday", "Sunday"];
        let mut keyed: Vec<KeyedClaim> = (0..n)
            .map(|i| {
                let text = format!(
                    "Officials in {} counted {} cases on {}.",
                    place(i / 6),
                    [40, 40, 44, 120][i % 4],
                    days[(i / 6) % 3]
                );
                let figure = crate::figures(&text).next().unwrap();
                let doc = format!("d{:02}", i % 50);
                let mut c = Claim::new(&doc, i, i, Span::new(0, text.len()), &text, figure);
                c.measure = Some(MEASURES[i % 5].into());
                KeyedClaim::new(c, i % 50 == 7)
            })
            .collect();
        keyed.sort_by(KeyedClaim::partition_order);
        keyed
    }

    #[test]
    fn memory_stays_bounded_and_findings_match() {
        let claims = keyed(20_000);
        let whole_aligner = Aligner::builder().max_block(500).build().unwrap();
        let mut aligner = whole_aligner.partition_aligner();
        let mut streamed = Vec::new();
        let mut most = 0;
        for k in claims.iter().cloned() {
            streamed.extend(aligner.push(k).unwrap());
            most = most.max(aligner.pending());
        }
        streamed.extend(aligner.finish());
        assert!(
            most <= 1_000 + PartitionAligner::BATCH,
            "{most} claims held"
        );
        assert!(most >= 1_000, "blocks of 8,000 claims fill chunks");
        let docs: Vec<Document> = (0..50)
            .map(|d| {
                let text = if d == 7 {
                    "The Wire contributed to this report."
                } else {
                    ""
                };
                Document::new(format!("d{d:02}"), text)
            })
            .collect();
        let mut plain: Vec<Claim> = claims.into_iter().map(|k| k.claim).collect();
        let mut whole = whole_aligner.align(&docs, &mut plain);
        let key = |f: &Finding| (f.claims.clone(), f.verdict);
        whole.sort_by_key(key);
        streamed.sort_by_key(key);
        assert!(!whole.is_empty());
        assert_eq!(streamed, whole);
    }
}
