//! A headline's figures read through the body that repeats them.
//!
//! A headline is terse: "Harbor board picks Vell for $40 million pier"
//! says what the money is for, not that it is spent, "Ex-clerk gets six
//! years" does not say "prison", and "900 jobs" does not say whether they
//! are made or lost. The body's first paragraphs repeat the figure with
//! the words a measure is read from ("the port will spend $40 million on
//! the pier", "was sentenced to six years in prison", "will create 900
//! jobs by 2028"). A headline figure that a lead figure repeats (the same
//! figure, value and unit, counting the same thing) takes that figure's
//! measure and modality, when the headline has no measure or only one its
//! noun gave (no verb of its own), and the time and place the headline
//! leaves out. The two then meet as one claim of one source in
//! alignment, and the headline joins whatever its lead finds.
//!
//! Only a document's first line counts as a headline (a line of its own,
//! without a closing stop), and only the next [`LEAD`] sentences as its
//! lead: a figure repeated further down is as likely another count.

use crate::Span;
use crate::claim::Claim;

/// How many sentences after a headline are read as its lead.
pub(super) const LEAD: usize = 8;

/// Whether the sentence at `span` of `text` is a line of its own with no
/// closing stop: a headline, a title, a kicker ("Ex-clerk gets six years
/// for skimming fees"), not a sentence of running text.
pub(super) fn title_line(text: &str, span: Span) -> bool {
    let Some(sentence) = text.get(span.start..span.end) else {
        return false;
    };
    let closed = sentence.trim_end().ends_with([
        '.', '!', '?', '"', '\u{201d}', '\'', '\u{2019}', ':', ';', ',', '\u{2026}',
    ]);
    let rest = text.get(span.end..).unwrap_or("");
    let line_ends = rest.is_empty()
        || rest
            .trim_start_matches([' ', '\t'])
            .starts_with(['\n', '\r']);
    !closed && line_ends
}

/// Gives each headline claim of `held` (the claims of a document's
/// first sentence, then those of its lead) the measure and
/// modality of the first lead claim that repeats its figure, in a
/// sentence that is no title line itself (`titles`: such sentences'
/// indices), and the window, period and place it does not state.
pub(super) fn adopt(held: &mut [Claim], titles: &[usize]) {
    let split = held.partition_point(|c| c.sentence == 0);
    let (heads, lead) = held.split_at_mut(split);
    // (A headline's own measure stands when a verb of its own gave it.)
    for h in heads
        .iter_mut()
        .filter(|h| h.measure.is_none() || h.frame.predicate.is_none())
    {
        let Some(twin) = lead
            .iter()
            .filter(|b| !titles.contains(&b.sentence))
            .find(|b| repeats(h, b))
        else {
            continue;
        };
        if twin.measure.is_some() {
            h.measure.clone_from(&twin.measure);
            h.modality = twin.modality;
        }
        // What the headline leaves out, its lead says: when and where.
        if h.window.is_none() && h.when.is_none() {
            h.window.clone_from(&twin.window);
            h.when.clone_from(&twin.when);
        }
        if h.period.is_none() {
            h.period = twin.period;
        }
        if h.place.is_none() {
            h.place.clone_from(&twin.place);
        }
    }
}

/// Whether `b` gives the figure of `a` for the same thing: one kind of
/// figure, one value, range and unit, one head noun named by both.
fn repeats(a: &Claim, b: &Claim) -> bool {
    let (x, y) = (&a.figure, &b.figure);
    let bits = |v: Option<f64>| v.map(f64::to_bits);
    x.kind == y.kind
        && bits(x.value) == bits(y.value)
        && bits(x.low) == bits(y.low)
        && bits(x.high) == bits(y.high)
        && x.unit == y.unit
        && !a.negated
        && !b.negated
        && a.frame.relation == b.frame.relation
        && a.frame.head.is_some()
        && a.frame.head == b.frame.head
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_its_own_without_a_stop_is_a_title() {
        let text = "Dock strike idles 40 ships\n\nThe strike idled 40 ships. More soon";
        let first = Span::new(0, 26);
        assert!(title_line(text, first));
        let second = Span::new(28, 53);
        assert!(!title_line(text, second));
        assert!(!title_line(
            "Dock strike idles 40 ships as talks stall",
            Span::new(0, 26)
        ));
    }
}
