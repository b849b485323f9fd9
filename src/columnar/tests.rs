//! Round trips through batches, IPC and Parquet; older and malformed
//! batches; partition alignment batch by batch.

use std::sync::Arc;

use arrow_array::RecordBatch;
use arrow_schema::{DataType, Field, Schema};

use super::*;
use crate::{ClaimExtractor, Comparer, Document, Finding, KeyedClaim};

fn keyed(docs: &[Document]) -> Vec<KeyedClaim> {
    Comparer::default().keyed_claims(docs)
}

#[test]
fn claims_round_trip_through_ipc_and_parquet() {
    let docs = [
        Document::new(
            "harbor",
            "Rescuers pulled 14 people from the bay on Tuesday, the Coast Guard said. \
             Officials hope to clear about 3,000 tons of debris a day. \
             Fuel costs tripled to $4.2 million. The water rose 2.5 meters.",
        ),
        Document::new(
            "ledger",
            "Nearly 15 people were rescued from the bay, the Harbor Wire said.\n\
             The Harbor Wire contributed to this report.",
        ),
        Document::new(
            "chamber",
            "The dredging bill passed 221 yeas to 204 nays; the Senate voted 52-48.",
        ),
    ];
    let keyed = keyed(&docs);
    assert!(keyed.len() >= 5, "{keyed:?}");
    let tallies: Vec<_> = keyed
        .iter()
        .filter_map(|k| k.claim.figure.sides.as_deref())
        .collect();
    assert_eq!(tallies.len(), 2, "{keyed:?}");
    assert_eq!(tallies[0][1].label.as_deref(), Some("nays"));
    assert!(
        keyed
            .iter()
            .any(|k| k.claim.baseline.is_some() || k.claim.period.is_some())
    );
    assert!(keyed.iter().any(|k| k.doc_credits_outlet));
    let batch = claims_to_batch(&keyed).unwrap();
    assert_eq!(claims_from_batch(&batch).unwrap(), keyed);

    let mut bytes = Vec::new();
    write_ipc_stream(&mut bytes, &claim_schema(), [batch.clone()]).unwrap();
    #[cfg(not(feature = "parquet"))]
    drop(batch);
    let back: Vec<RecordBatch> = read_ipc_stream(&bytes[..])
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(claims_from_batch(&back[0]).unwrap(), keyed);

    #[cfg(feature = "parquet")]
    {
        let path =
            std::env::temp_dir().join(format!("factdiff-unit-{}.parquet", std::process::id()));
        write_parquet(
            std::fs::File::create(&path).unwrap(),
            &claim_schema(),
            [batch],
        )
        .unwrap();
        let back: Vec<RecordBatch> = read_parquet(std::fs::File::open(&path).unwrap())
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        std::fs::remove_file(&path).ok();
        assert_eq!(claims_from_batch(&back[0]).unwrap(), keyed);
    }
}

#[test]
fn findings_round_trip() {
    let docs = [
        Document::new("a", "Deputies evacuated 1,240 residents on Sunday."),
        Document::new("b", "Deputies evacuated 1,420 residents on Sunday."),
        Document::new("c", "Deputies evacuated 1,240 residents on Sunday."),
    ];
    let findings = Comparer::default().compare(&docs).findings;
    assert!(!findings.is_empty());
    let batch = findings_to_batch(&findings).unwrap();
    assert_eq!(findings_from_batch(&batch).unwrap(), findings);
}

#[test]
fn missing_key_columns_are_worked_out() {
    let docs = [Document::new("a", "Police made 40 arrests.")];
    let keyed = keyed(&docs);
    let batch = claims_to_batch(&keyed).unwrap();
    let mut batch = batch;
    batch.remove_column(batch.schema().index_of("block_key").unwrap());
    batch.remove_column(batch.schema().index_of("doc_credits_outlet").unwrap());
    assert_eq!(claims_from_batch(&batch).unwrap(), keyed);
}

#[test]
fn a_roundups_flag_round_trips_and_older_batches_read_false() {
    let docs = [Document::new(
        "a",
        "Five were hurt in three separate shootings. Two men were shot on Vane Street.",
    )];
    let keyed = keyed(&docs);
    assert!(keyed.iter().any(|k| k.claim.among_incidents));
    let mut batch = claims_to_batch(&keyed).unwrap();
    assert_eq!(claims_from_batch(&batch).unwrap(), keyed);
    batch.remove_column(batch.schema().index_of("among_incidents").unwrap());
    let read = claims_from_batch(&batch).unwrap();
    assert!(read.iter().all(|k| !k.claim.among_incidents));
}

#[test]
fn older_batches_with_the_whole_sentence_still_read() {
    let docs = [Document::new("a", "Police made 40 arrests.")];
    let keyed = keyed(&docs);
    let mut batch = claims_to_batch(&keyed).unwrap();
    for column in ["context", "context_start", "context_end"] {
        batch.remove_column(batch.schema().index_of(column).unwrap());
    }
    let mut fields: Vec<Field> = batch
        .schema()
        .fields()
        .iter()
        .map(|f| f.as_ref().clone())
        .collect();
    fields.push(Field::new("sentence_text", DataType::Utf8, false));
    let mut columns = batch.columns().to_vec();
    columns.push(Arc::new(arrow_array::StringArray::from(vec![
        "Police made 40 arrests.",
    ])));
    let older = RecordBatch::try_new(Arc::new(Schema::new(fields)), columns).unwrap();
    assert_eq!(claims_from_batch(&older).unwrap(), keyed);
    // Neither a context nor the sentence: an error naming the row.
    let mut bare = older;
    bare.remove_column(bare.schema().index_of("sentence_text").unwrap());
    let err = claims_from_batch(&bare).unwrap_err().to_string();
    assert!(err.contains("row 0: a claim needs its context"), "{err}");
}

#[test]
fn bad_batches_give_errors_naming_the_column() {
    let docs = documents_to_batch(&[Document::new("a", "Police made 40 arrests.")]).unwrap();
    let err = claims_from_batch(&docs).unwrap_err();
    assert_eq!(err.to_string(), "arrow: no column \"doc\"");
    let claims = extract_batch(&ClaimExtractor::default(), &docs).unwrap();
    let numbered = RecordBatch::try_new(
        Arc::new(Schema::new(vec![
            Field::new("id", DataType::Int64, false),
            Field::new("text", DataType::Utf8, false),
        ])),
        vec![
            Arc::new(arrow_array::Int64Array::from(vec![7])),
            Arc::new(arrow_array::StringArray::from(vec!["Text."])),
        ],
    )
    .unwrap();
    let err = documents_from_batch(&numbered).unwrap_err();
    assert_eq!(err.to_string(), "arrow: column \"id\" is Int64, not Utf8");
    // A span whose start is after its end.
    let mut columns = claims.columns().to_vec();
    let start = claims.schema().index_of("start").unwrap();
    columns[start] = Arc::new(arrow_array::Int64Array::from(vec![99]));
    let bad = RecordBatch::try_new(claims.schema(), columns).unwrap();
    let err = claims_from_batch(&bad).unwrap_err().to_string();
    assert!(
        err.starts_with("arrow: row 0: column \"start\": start 99 is after end"),
        "{err}"
    );
}

#[test]
fn blocks_carry_over_between_batches() {
    // Two stories told by three outlets: blocks of two and three claims.
    let docs = [
        Document::new(
            "a",
            "Police made 40 arrests on Friday. Fires burned 9 homes.",
        ),
        Document::new(
            "b",
            "Officers made 40 arrests on Friday. Fire destroyed 11 homes.",
        ),
        Document::new(
            "c",
            "By Friday, 44 arrests had been made. Nine homes burned.",
        ),
    ];
    let comparer = Comparer::default();
    let mut expected = comparer.compare(&docs).findings;
    assert!(expected.len() >= 2, "{expected:?}");
    let mut keyed = keyed(&docs);
    keyed.sort_by(KeyedClaim::partition_order);
    // One claim per batch: every block spans several batches.
    let mut aligner = comparer.partition_aligner();
    let mut found = Vec::new();
    for k in keyed {
        found.extend(aligner.push_batch(&claims_to_batch(&[k]).unwrap()).unwrap());
    }
    found.extend(aligner.finish());
    let key = |f: &Finding| (f.claims.clone(), f.verdict);
    expected.sort_by_key(key);
    found.sort_by_key(key);
    assert_eq!(found, expected);
}

#[test]
fn a_batch_out_of_order_is_rejected_whole() {
    let docs = [
        Document::new(
            "a",
            "Police made 40 arrests on Friday. Fires burned 9 homes.",
        ),
        Document::new(
            "b",
            "Officers made 40 arrests on Friday. Fire destroyed 11 homes.",
        ),
    ];
    let mut keyed = keyed(&docs);
    keyed.sort_by(KeyedClaim::partition_order);
    assert!(keyed.len() >= 4);
    let comparer = Comparer::default();
    let mut aligner = comparer.partition_aligner();
    aligner.push(keyed[0].clone()).unwrap();
    // The batch's own order is broken at its second claim: nothing of
    // it is taken.
    let bad = [keyed[1].clone(), keyed[0].clone(), keyed[2].clone()];
    let err = aligner
        .push_batch(&claims_to_batch(&bad).unwrap())
        .unwrap_err();
    assert!(err.to_string().contains("number 3 of the input"), "{err}");
    assert_eq!(aligner.pending(), 1);
    // The sorted rest is then accepted and gives the findings.
    let mut found = aligner
        .push_batch(&claims_to_batch(&keyed[1..]).unwrap())
        .unwrap();
    found.extend(aligner.finish());
    let mut expected = comparer.compare(&docs).findings;
    let key = |f: &Finding| (f.claims.clone(), f.verdict);
    expected.sort_by_key(key);
    found.sort_by_key(key);
    assert_eq!(found, expected);
}
