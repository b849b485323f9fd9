//! Scratch.
use factdiff::{Document, claims};
fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let ca: Vec<_> = claims(&Document::new("a", a[0].as_str())).collect();
    let cb: Vec<_> = claims(&Document::new("b", a[1].as_str())).collect();
    for x in &ca {
        for y in &cb {
            println!(
                "{} ~ {}: veto {:?} score {:.3}",
                x.figure.text,
                y.figure.text,
                factdiff::align::veto_pair(x, y),
                factdiff::align::score_pair(x, y)
            );
        }
    }
}
