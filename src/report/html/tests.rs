//! Unit tests of how a document's text is cut into sentence blocks.

use super::Highlight;
use super::documents::sentence_blocks;

fn h(start: usize, end: usize) -> Highlight {
    Highlight {
        start,
        end,
        claim: 0,
        overlapped: Vec::new(),
    }
}

#[test]
fn blocks_merge_sentences_a_highlight_crosses() {
    let text = "One is here. Two is there. Three.";
    let plain = sentence_blocks(text, &[]);
    assert_eq!(plain, [(0, 12), (13, 26), (27, 33)]);
    // A highlight from "here" to "Two" joins the first two sentences.
    let merged = sentence_blocks(text, &[h(7, 16)]);
    assert_eq!(merged, [(0, 26), (27, 33)]);
    // One between sentences, or inside one, changes nothing.
    assert_eq!(sentence_blocks(text, &[h(12, 13), h(0, 3)]), plain);
}
