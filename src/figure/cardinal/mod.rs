//! Spelled-out numbers, alone or mixed with digits: `twenty-one trillion
//! three hundred`, `4 thousand 3 hundred and 21`, `half a million`,
//! `two-thirds`, `one hundred thirty-fifths`, `five and a half million`,
//! `two hundred point zero three`.
//!
//! A run of number words is gathered first, then read as a fraction when it
//! ends in an ordinal (`thirds`), as a mixed number when it holds `half` or
//! `quarter`, and otherwise as the longest well-formed cardinal. A run that
//! is an ordinal (`twenty-fifth`) is reported as such, so that it is skipped
//! whole.

use super::ctx::Ctx;
use super::lexicon::Card;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Atom {
    Digits(f64),
    Card(Card),
    Ord(Card, bool),
    A,
    And,
    Hyphen,
    Half,
    Quarter(bool),
}

impl Atom {
    fn starts_ordinal(self) -> bool {
        matches!(
            self,
            Atom::Card(Card::Unit(_) | Card::Teen(_) | Card::Tens(_))
        )
    }
}

const MAX_ATOMS: usize = 24;

/// A spelled-out number: its value and the token after it.
#[allow(clippy::struct_excessive_bools)] // how the number was written
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Spelled {
    pub value: f64,
    /// Index of the first token after the number.
    pub end: usize,
    /// Read as a fraction (`two-thirds`, `a half`).
    pub fraction: bool,
    /// A fraction whose denominator is a singular ordinal after `a`/`one`
    /// (`a third`, `one fifth`): an ordinal unless the context says share.
    pub singular: bool,
    /// Holds at least one number word.
    pub words: bool,
    /// The last word is a scale word (`million`, `hundred`, `dozen`).
    pub scaled: bool,
}

/// What a run of number words turned out to be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Outcome {
    Number(Spelled),
    /// An ordinal such as `twenty-fifth`: skip up to this token.
    Ordinal(usize),
    Nothing,
}

fn atom_at(cx: &Ctx<'_>, j: usize) -> Option<Atom> {
    let tok = cx.tok(j)?;
    if let Some(lit) = tok.lit() {
        return (!lit.ident).then_some(Atom::Digits(lit.value));
    }
    if cx.is_dash(j) {
        return Some(Atom::Hyphen);
    }
    if !tok.is_word() {
        return None;
    }
    let s = cx.s(j);
    if s.eq_ignore_ascii_case("a") || s.eq_ignore_ascii_case("an") {
        return Some(Atom::A);
    }
    if s.eq_ignore_ascii_case("and") {
        return Some(Atom::And);
    }
    if s.eq_ignore_ascii_case("half") {
        return Some(Atom::Half);
    }
    if s.eq_ignore_ascii_case("quarter") || s.eq_ignore_ascii_case("quarters") {
        return Some(Atom::Quarter(s.len() == 8));
    }
    let e = tok.lex?;
    if let Some(c) = e.card {
        return Some(Atom::Card(c));
    }
    e.ord.map(|(c, plural)| Atom::Ord(c, plural))
}

fn is_wordish(a: Atom) -> bool {
    matches!(
        a,
        Atom::Card(_) | Atom::Ord(..) | Atom::Half | Atom::Quarter(_) | Atom::A
    )
}

/// Gathers the run of atoms starting at token `i`.
fn gather(cx: &Ctx<'_>, i: usize, atoms: &mut Vec<(Atom, usize)>) {
    let mut j = i;
    while atoms.len() < MAX_ATOMS {
        let Some(a) = atom_at(cx, j) else { break };
        let prev = atoms.last().map(|(a, _)| *a);
        let next = atom_at(cx, j + 1);
        let ok = match a {
            Atom::Hyphen => {
                prev.is_some_and(|p| matches!(p, Atom::Card(_)))
                    && next.is_some_and(|n| matches!(n, Atom::Card(_) | Atom::Ord(..)))
            }
            Atom::And => {
                prev.is_some() && next.is_some_and(|n| n != Atom::And && n != Atom::Hyphen)
            }
            Atom::A => matches!(prev, None | Some(Atom::And | Atom::Half)),
            Atom::Digits(_) => {
                prev.is_none()
                    || (!cx.glued(j)
                        && matches!(
                            prev,
                            Some(Atom::And | Atom::Card(Card::Scale(_) | Card::Hundred))
                        )
                        && !cx.tok(j + 1).is_some_and(|t| t.glued && t.is_word()))
            }
            _ => !(prev.is_some() && cx.glued(j) && !matches!(prev, Some(Atom::Hyphen))),
        };
        if !ok {
            break;
        }
        atoms.push((a, j));
        j += 1;
        if matches!(a, Atom::Ord(..)) {
            break;
        }
    }
    while matches!(atoms.last(), Some((Atom::And | Atom::Hyphen | Atom::A, _))) {
        atoms.pop();
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Last {
    Start,
    A,
    Digits,
    Unit,
    Teen,
    Tens,
    Hundred,
    Dozen,
    Scale,
    And,
    Hyphen,
}

/// The value of a well-formed cardinal, or `None`. One state machine over
/// the atoms: `Reading` holds its state, and `Reading::step` gives each
/// kind of atom its transition, so that they read side by side.
fn cardinal(atoms: &[Atom]) -> Option<f64> {
    let mut r = Reading::new();
    for k in 0..atoms.len() {
        r.step(atoms, k)?;
    }
    r.value()
}

/// The state of `cardinal` after the atoms read so far: `four thousand
/// three hundred and` has put 4000 in `total` and 300 in `group`.
struct Reading {
    total: f64,
    group: f64,
    tail: f64,
    and_in_group: bool,
    last: Last,
    last_scale: f64,
    words: u32,
    hundred_in_group: bool,
}

impl Reading {
    /// Nothing read yet.
    fn new() -> Self {
        Reading {
            total: 0.0,
            group: 0.0,
            tail: 0.0,
            and_in_group: false,
            last: Last::Start,
            last_scale: f64::INFINITY,
            words: 0,
            hundred_in_group: false,
        }
    }

    /// Reads atom `k` of `atoms`; `None` when it cannot follow the atoms
    /// before it (`twelve nine`, `sixty seventeen`).
    fn step(&mut self, atoms: &[Atom], k: usize) -> Option<()> {
        let a = &atoms[k];
        match *a {
            Atom::A => self.article(),
            Atom::Digits(v) => self.digits(v),
            Atom::Card(Card::Zero) => {
                if atoms.len() != 1 {
                    return None;
                }
                self.words += 1;
                self.last = Last::Unit;
                Some(())
            }
            Atom::Card(Card::Unit(n)) => self.unit(n),
            Atom::Card(Card::Teen(n) | Card::Tens(n)) => {
                self.teen_or_tens(n, matches!(a, Atom::Card(Card::Tens(_))))
            }
            Atom::Card(Card::Hundred) => self.hundred(atoms, k),
            Atom::Card(Card::Dozen) => self.dozen(),
            Atom::Card(Card::Scale(s)) => self.scale(s),
            Atom::And => {
                if !matches!(self.last, Last::Hundred | Last::Scale) || k + 1 == atoms.len() {
                    return None;
                }
                self.and_in_group = true;
                self.last = Last::And;
                Some(())
            }
            Atom::Hyphen => self.hyphen(atoms, k),
            Atom::Ord(..) | Atom::Half | Atom::Quarter(_) => None,
        }
    }

    /// `a` or `an`, as one at the start or after `and` (`a thousand`,
    /// `a hundred and a dozen`).
    fn article(&mut self) -> Option<()> {
        if self.last != Last::Start && self.last != Last::And {
            return None;
        }
        self.group += 1.0;
        self.tail = 1.0;
        self.last = Last::A;
        Some(())
    }

    /// Digits, first or below the scale before them (`4 thousand 3`).
    fn digits(&mut self, v: f64) -> Option<()> {
        let ok = match self.last {
            Last::Start => true,
            Last::Scale => v < self.last_scale,
            Last::And => v > 0.0 && (v < 100.0 || (v < self.last_scale && self.group == 0.0)),
            _ => false,
        };
        if !ok {
            return None;
        }
        self.group += v;
        self.tail = v;
        self.last = Last::Digits;
        Some(())
    }

    /// A unit word (`seven`): first, after a tens word (`forty-two`), or
    /// after `hundred`, a scale or `and`.
    fn unit(&mut self, n: u8) -> Option<()> {
        let ok = match self.last {
            Last::Start | Last::Hundred | Last::Scale | Last::And => true,
            Last::Tens | Last::Hyphen => self.group % 10.0 == 0.0,
            _ => false,
        };
        if !ok {
            return None;
        }
        self.group += f64::from(n);
        self.tail = if self.last == Last::Tens || self.last == Last::Hyphen {
            self.tail + f64::from(n)
        } else {
            f64::from(n)
        };
        self.last = Last::Unit;
        self.words += 1;
        Some(())
    }

    /// A teen or tens word (`seventeen`, `sixty`), where the group has no
    /// tens or units yet.
    fn teen_or_tens(&mut self, n: u8, tens: bool) -> Option<()> {
        if !matches!(
            self.last,
            Last::Start | Last::Hundred | Last::Scale | Last::And
        ) || self.group % 100.0 != 0.0
        {
            return None;
        }
        self.group += f64::from(n);
        self.tail = f64::from(n);
        self.last = if tens { Last::Tens } else { Last::Teen };
        self.words += 1;
        Some(())
    }

    /// `hundred` at atom `k`, after what it multiplies (`nine hundred`,
    /// `12 hundred`).
    fn hundred(&mut self, atoms: &[Atom], k: usize) -> Option<()> {
        let ok = match self.last {
            Last::A | Last::Unit | Last::Teen | Last::Tens => self.group < 100.0,
            Last::Digits => !self.hundred_in_group,
            // `hundred thousand dollars`: a bare `hundred` before a
            // scale word is one hundred
            Last::Start => matches!(atoms.get(k + 1), Some(Atom::Card(Card::Scale(_)))),
            _ => false,
        };
        if !ok {
            return None;
        }
        self.hundred_in_group = true;
        self.group = self.group.max(1.0) * 100.0;
        self.tail = self.group;
        self.and_in_group = false;
        self.last = Last::Hundred;
        self.words += 1;
        Some(())
    }

    /// `dozen`, multiplying what comes before it (`three dozen`, `two
    /// hundred and a dozen`).
    fn dozen(&mut self) -> Option<()> {
        if !matches!(
            self.last,
            Last::A | Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Digits
        ) {
            return None;
        }
        self.group = if self.and_in_group {
            self.group - self.tail + self.tail * 12.0
        } else {
            self.group * 12.0
        };
        self.last = Last::Dozen;
        self.words += 1;
        Some(())
    }

    /// A scale word worth `s` (`thousand`, `million`, `lakh`): closes the
    /// group, below the scale before it or multiplying it.
    fn scale(&mut self, s: f64) -> Option<()> {
        match self.last {
            Last::A
            | Last::Unit
            | Last::Teen
            | Last::Tens
            | Last::Hundred
            | Last::Digits
            | Last::Dozen
                if s < self.last_scale =>
            {
                self.total += self.group * s;
            }
            // `three lakh crore`, `three thousand millions`
            Last::Scale if s > self.last_scale && self.group == 0.0 => self.total *= s,
            _ => return None,
        }
        self.group = 0.0;
        self.tail = 0.0;
        self.and_in_group = false;
        self.hundred_in_group = false;
        self.last_scale = s;
        self.last = Last::Scale;
        self.words += 1;
        Some(())
    }

    /// A hyphen at atom `k`, between two words of one number.
    fn hyphen(&mut self, atoms: &[Atom], k: usize) -> Option<()> {
        // `twenty-five`; `two-dozen`, `three-hundred`: the hyphen
        // only joins the words.
        let scale_next = matches!(
            atoms.get(k + 1),
            Some(Atom::Card(Card::Dozen | Card::Hundred | Card::Scale(_)))
        );
        match self.last {
            Last::Tens => self.last = Last::Hyphen,
            // `one-hundred-thousand`
            Last::Unit | Last::Teen | Last::Hundred | Last::Dozen if scale_next => {}
            _ => return None,
        }
        Some(())
    }

    /// The value once every atom is read; `None` when the atoms end where
    /// a number cannot: on `and`, on a hyphen, or on a lone `a`.
    fn value(&self) -> Option<f64> {
        let last = self.last;
        if matches!(last, Last::Start | Last::And | Last::Hyphen)
            || (last == Last::A && self.words == 0)
        {
            return None;
        }
        Some(self.total + self.group)
    }
}

/// Reads the spelled-out (or mixed) number starting at token `i`.
pub(super) fn spelled(cx: &Ctx<'_>, i: usize) -> Outcome {
    if cx.is(i, "point") {
        return match decimals(cx, i + 1) {
            Some((frac, end)) => Outcome::Number(after_point(cx, frac, end)),
            None => Outcome::Nothing,
        };
    }
    let mut run: Vec<(Atom, usize)> = Vec::with_capacity(8);
    gather(cx, i, &mut run);
    if run.is_empty() {
        return Outcome::Nothing;
    }
    let atoms: Vec<Atom> = run.iter().map(|(a, _)| *a).collect();
    let tok_end = |k: usize| run[k - 1].1 + 1;
    let words = atoms.iter().any(|a| is_wordish(*a) && *a != Atom::A);
    if let Some((Atom::Ord(c, plural), _)) = run.last() {
        let n = atoms.len() - 1;
        if let Some((value, singular)) = split_fraction(&atoms[..n], *c, *plural) {
            let s = Spelled {
                value,
                end: tok_end(atoms.len()),
                fraction: true,
                singular,
                words: true,
                scaled: false,
            };
            return Outcome::Number(of_a_scale(cx, s));
        }
        // `280 million first`: a scale ends the number before an ordinal
        let after_scale =
            n > 0 && matches!(atoms[n - 1], Atom::Card(Card::Scale(_)) | Atom::Digits(_));
        if n > 0 && !after_scale && matches!(atoms[n - 1], Atom::Card(_) | Atom::Hyphen) {
            return Outcome::Ordinal(tok_end(atoms.len()));
        }
        return plain(cx, &run[..n], words);
    }
    if let Some(h) = atoms
        .iter()
        .position(|a| matches!(a, Atom::Half | Atom::Quarter(_)))
    {
        if let Some((value, used)) = half_or_quarter(&atoms, h) {
            let s = Spelled {
                value,
                end: tok_end(used),
                fraction: true,
                singular: false,
                words: true,
                scaled: matches!(atoms[used - 1], Atom::Card(_)),
            };
            return Outcome::Number(of_a_scale(cx, s));
        }
        if h == 0 {
            return Outcome::Nothing;
        }
        return plain(cx, &run[..h], words);
    }
    plain(cx, &run, words)
}

/// The longest well-formed cardinal at the start of `run`.
fn plain(cx: &Ctx<'_>, run: &[(Atom, usize)], words: bool) -> Outcome {
    let atoms: Vec<Atom> = run.iter().map(|(a, _)| *a).collect();
    for len in (1..=atoms.len()).rev() {
        if matches!(atoms[len - 1], Atom::And | Atom::Hyphen | Atom::A) {
            continue;
        }
        let Some(mut value) = cardinal(&atoms[..len]) else {
            continue;
        };
        let mut len = len;
        // `3 hundred and 2 hundred`: the second multiplier could not attach,
        // so the `and` joins two numbers.
        // (`two-thousand and three-thousand`: past the hyphen.)
        let next = match atoms.get(len) {
            Some(Atom::Hyphen) => atoms.get(len + 1),
            a => a,
        };
        if matches!(
            next,
            Some(Atom::Card(Card::Hundred | Card::Scale(_) | Card::Dozen))
        ) && let Some(q) = atoms[..len].iter().rposition(|a| *a == Atom::And)
            && let Some(v) = cardinal(&atoms[..q])
        {
            value = v;
            len = q;
        }
        let s = Spelled {
            value,
            end: run[len - 1].1 + 1,
            fraction: false,
            singular: false,
            words: words && atoms[..len].iter().any(|a| matches!(a, Atom::Card(_))),
            scaled: matches!(
                atoms[len - 1],
                Atom::Card(Card::Hundred | Card::Scale(_) | Card::Dozen)
            ),
        };
        if cx.is(s.end, "point")
            && let Some((frac, end)) = decimals(cx, s.end + 1)
        {
            return Outcome::Number(after_point(cx, s.value + frac, end));
        }
        return Outcome::Number(s);
    }
    Outcome::Nothing
}

/// Splits `atoms` + ordinal into numerator and denominator (see the module
/// docs): returns the value and whether the denominator was singular.
fn split_fraction(atoms: &[Atom], ord: Card, plural: bool) -> Option<(f64, bool)> {
    let n = atoms.len();
    for p in 0..=n {
        let Some(den) = denominator(atoms, p, ord) else {
            continue;
        };
        let mut num = &atoms[..p];
        while let [rest @ .., Atom::Hyphen] = num {
            num = rest;
        }
        if num.is_empty() || den == 0.0 {
            continue;
        }
        if let Some(found) = over(num, den, plural) {
            return Some(found);
        }
    }
    None
}

/// The denominator when it starts at atom `p` and ends in the ordinal
/// `ord` (`sixty-fifths` from `sixty`, `fifths` alone when `p` is past
/// the atoms); `None` when no denominator can start there.
fn denominator(atoms: &[Atom], p: usize, ord: Card) -> Option<f64> {
    let n = atoms.len();
    if p < n && (!atoms[p].starts_ordinal() || (p > 0 && atoms[p - 1] == Atom::Hyphen)) {
        return None;
    }
    if p == n && matches!(ord, Card::Unit(1 | 2)) {
        // `first` and `second` alone are never denominators
        return None;
    }
    if p == n {
        Some(ord.value())
    } else {
        let mut den_atoms: Vec<Atom> = atoms[p..].to_vec();
        den_atoms.push(Atom::Card(ord));
        cardinal(&den_atoms)
    }
}

/// The numerator atoms `num` over the denominator `den`, as a fraction
/// (`seven ninths`), a mixed number (`four and two ninths`) or a share of
/// a scale (`eight million and a third`): the value and whether the
/// denominator was singular. `None` when `num` reads as none of them.
fn over(num: &[Atom], den: f64, plural: bool) -> Option<(f64, bool)> {
    let and = num.iter().rposition(|a| *a == Atom::And);
    let numer_part = and.map_or(num, |q| &num[q + 1..]);
    let unit_numer = matches!(numer_part, [Atom::A | Atom::Card(Card::Unit(1))]);
    if !plural && !unit_numer {
        return None;
    }
    // `six million and two thirds`: a share of the scale before `and`
    if let Some(q) = and
        && let (Some(Atom::Card(Card::Scale(s))), Some(w), Some(x)) = (
            q.checked_sub(1).map(|k| num[k]),
            cardinal(&num[..q]),
            if numer_part == [Atom::A] {
                Some(1.0)
            } else {
                cardinal(numer_part)
            },
        )
    {
        return Some((w + x / den * s, false));
    }
    // `two hundred and fifty-four hundredths`: `and` before a proper
    // fraction marks a mixed number (200.54); before an improper one
    // it is part of the numerator (`one hundred and thirty fifths` is
    // 130/5)
    if plural
        && let Some(q) = and
        && let (Some(w), Some(x)) = (cardinal(&num[..q]), cardinal(numer_part))
        && x < den
    {
        return Some((w + x / den, false));
    }
    if (and.is_none() || plural)
        && let Some(v) = cardinal(num)
    {
        return Some((v / den, !plural));
    }
    if let [Atom::A] = num {
        return Some((1.0 / den, !plural));
    }
    if let Some(q) = num.iter().rposition(|a| *a == Atom::And) {
        let numer = &num[q + 1..];
        let whole = cardinal(&num[..q]);
        let part = if numer == [Atom::A] {
            Some(1.0)
        } else {
            cardinal(numer)
        };
        if let (Some(w), Some(x)) = (whole, part)
            && !numer.is_empty()
        {
            return Some((w + x / den, false));
        }
    }
    None
}

/// Reads `half` / `quarter(s)` at atom `h` with what surrounds it; returns
/// the value and the number of atoms used.
fn half_or_quarter(atoms: &[Atom], h: usize) -> Option<(f64, usize)> {
    let (mut frac, mut start) = match atoms[h] {
        Atom::Half => (0.5, h),
        Atom::Quarter(_) => (0.25, h),
        _ => return None,
    };
    // numerator: `a half`, `one half`, `three quarters`
    if h > 0 {
        match atoms[h - 1] {
            Atom::A | Atom::Card(Card::Unit(1)) => start = h - 1,
            Atom::Card(Card::Unit(n)) if matches!(atoms[h], Atom::Quarter(true)) => {
                frac = f64::from(n) / 4.0;
                start = h - 1;
            }
            _ => {}
        }
    }
    let mut end = h + 1;
    let mut scale = None;
    // `half a million`, `half million`, `quarter million`
    let k = if atoms.get(end) == Some(&Atom::A) {
        end + 1
    } else {
        end
    };
    if let Some(Atom::Card(c @ (Card::Hundred | Card::Dozen | Card::Scale(_)))) = atoms.get(k) {
        scale = Some(c.value());
        end = k + 1;
    }
    if start == 0 {
        if scale.is_none() && start == h && atoms[h] != Atom::Half {
            return None; // a bare `quarter` is a period of time
        }
        return Some((frac * scale.unwrap_or(1.0), end));
    }
    // `X and a half ...`
    if atoms[start - 1] != Atom::And {
        return None;
    }
    let whole_atoms = &atoms[..start - 1];
    let whole = cardinal(whole_atoms)?;
    let value = match whole_atoms.last() {
        Some(Atom::Card(Card::Scale(s))) => whole + frac * scale.unwrap_or(*s),
        _ => (whole + frac) * scale.unwrap_or(1.0),
    };
    Some((value, end))
}

/// `two thirds of a million`: a fraction followed by `of a` and a scale.
fn of_a_scale(cx: &Ctx<'_>, mut s: Spelled) -> Spelled {
    if cx.is(s.end, "of")
        && cx.is_any(s.end + 1, &["a", "an"])
        && let Some(Card::Scale(v)) = cx.lex(s.end + 2).and_then(|e| e.card)
        && !cx.lex(s.end + 2).is_some_and(|e| e.plural)
    {
        s.value *= v;
        s.end += 3;
        s.singular = false;
        s.scaled = true;
    }
    s
}

/// The digits after `point`: `point 77`, `point zero three`,
/// `point seventy-one`, `point eleven`. Returns the fraction and the token
/// after it.
fn decimals(cx: &Ctx<'_>, j: usize) -> Option<(f64, usize)> {
    let mut digits = String::new();
    let mut k = j;
    if let Some(lit) = cx.lit(j) {
        if !lit.plain_int() || cx.glued(j) {
            return None;
        }
        digits.push_str(cx.s(j));
        k += 1;
    } else {
        loop {
            match cx.lex(k).and_then(|e| e.card) {
                Some(Card::Zero) => digits.push('0'),
                Some(Card::Unit(n)) => digits.push(char::from(b'0' + n)),
                Some(Card::Teen(n)) if digits.is_empty() => {
                    digits.push_str(&n.to_string());
                    k += 1;
                    break;
                }
                Some(Card::Tens(n)) if digits.is_empty() => {
                    let mut v = n;
                    if cx.is_dash(k + 1) {
                        if let Some(Card::Unit(u)) = cx.lex(k + 2).and_then(|e| e.card) {
                            v += u;
                            k += 2;
                        }
                    } else if let Some(Card::Unit(u)) = cx.lex(k + 1).and_then(|e| e.card) {
                        v += u;
                        k += 1;
                    }
                    digits.push_str(&v.to_string());
                    k += 1;
                    break;
                }
                _ => break,
            }
            k += 1;
        }
    }
    if digits.is_empty() {
        return None;
    }
    let frac: f64 = format!("0.{digits}").parse().ok()?;
    Some((frac, k))
}

/// A number with a decimal part read after `point`, and an optional scale.
fn after_point(cx: &Ctx<'_>, value: f64, end: usize) -> Spelled {
    let mut s = Spelled {
        value,
        end,
        fraction: false,
        singular: false,
        words: true,
        scaled: false,
    };
    if let Some(c @ (Card::Scale(_) | Card::Hundred)) = cx.lex(end).and_then(|e| e.card) {
        s.value *= c.value();
        s.end += 1;
        s.scaled = true;
    }
    s
}

#[cfg(test)]
mod tests;
