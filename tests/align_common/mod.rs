//! Hand-built claims for the alignment tests: fictional sentences, figures
//! given directly so the tests exercise alignment alone.
#![allow(dead_code)]

use std::borrow::Cow;

use factdiff::{
    Baseline, Claim, Comparer, Figure, FigureKind, Modality, Period, Report, Span, TallySide,
};

/// A claim under construction.
pub struct C(pub Claim);

/// Starts a count claim: `figure` must occur in `sentence`. The sentence
/// is placed at byte `1000 * sentence_index` of its document.
pub fn claim(
    doc: &str,
    n: usize,
    sentence_index: usize,
    sentence: &str,
    figure: &str,
    value: f64,
) -> C {
    let base = 1000 * sentence_index;
    let at = sentence.find(figure).unwrap_or(0);
    let fig = Figure::new(
        Span::new(base + at, base + at + figure.len()),
        figure,
        FigureKind::Count,
        Some(value),
    );
    let span = Span::new(base, base + sentence.len());
    let mut claim = Claim::new(doc, n, sentence_index, span, sentence, fig);
    claim.set_window(None);
    C(claim)
}

impl C {
    pub fn measure(mut self, m: &str) -> C {
        self.0.measure = Some(m.to_string());
        self
    }
    pub fn approx(mut self) -> C {
        self.0.figure.approx = true;
        self
    }
    pub fn low(mut self, x: f64) -> C {
        self.0.figure.low = Some(x);
        self
    }
    pub fn high(mut self, x: f64) -> C {
        self.0.figure.high = Some(x);
        self
    }
    pub fn no_value(mut self) -> C {
        self.0.figure.value = None;
        self
    }
    pub fn kind(mut self, kind: FigureKind) -> C {
        self.0.figure.kind = kind;
        self
    }
    pub fn unit(mut self, unit: &str) -> C {
        self.0.figure.unit = Some(Cow::Owned(unit.to_string()));
        self
    }
    pub fn percent(self) -> C {
        self.kind(FigureKind::Percent)
    }
    pub fn money(self, currency: &str) -> C {
        self.kind(FigureKind::Money).unit(currency)
    }
    pub fn measurement(self, unit: &str) -> C {
        self.kind(FigureKind::Measurement).unit(unit)
    }
    pub fn multiplier(self) -> C {
        self.kind(FigureKind::Multiplier)
    }
    /// A tally whose first side is the claim's value.
    pub fn tally(mut self, second: f64) -> C {
        let first = self.0.figure.value.unwrap_or(0.0);
        let side = |count| TallySide { count, label: None };
        self.0.figure.sides = Some(Box::new([side(first), side(second)]));
        self.kind(FigureKind::Tally)
    }
    /// A multiplier's baseline, worked out from `stated` (which must occur
    /// in the sentence).
    pub fn baseline(mut self, value: f64, period: Option<Period>, stated: &str) -> C {
        let base = self.0.sentence_span.start;
        let at = self.0.context.find(stated).unwrap_or(0);
        self.0.baseline = Some(Baseline::new(
            value,
            period,
            Span::new(base + at, base + at + stated.len()),
        ));
        self
    }
    pub fn period(mut self, p: Period) -> C {
        self.0.period = Some(p);
        self
    }
    pub fn window(mut self, w: &str) -> C {
        self.0.set_window(Some(w.to_string()));
        self
    }
    pub fn place(mut self, p: &str) -> C {
        self.0.place = Some(p.to_string());
        self
    }
    pub fn subject(mut self, s: &str) -> C {
        self.0.subject = Some(s.to_string());
        self
    }
    pub fn attribution(mut self, a: &str) -> C {
        self.0.attribution = Some(a.to_string());
        self
    }
    pub fn target(mut self) -> C {
        self.0.modality = Modality::Target;
        self
    }
    pub fn negated(mut self) -> C {
        self.0.negated = true;
        self
    }
    pub fn build(self) -> Claim {
        self.0
    }
}

pub fn compare(claims: Vec<Claim>) -> Report {
    Comparer::default().compare_claims(&[], claims)
}
