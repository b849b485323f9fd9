//! Numeric literals written with digits: `7,300`, `1 000 000`, `4.800`,
//! `12,34,567.89`, `1.111,11`, `-127.32e13`, `3/4`, `2 1/4`, `2½`.
//!
//! The scanner reads one literal starting at a digit (or at a `.` before a
//! digit) and says what it looked like, so that later stages can tell a
//! count from a year, a date or an identifier.

/// What a digit literal looked like and what it is worth.
#[allow(clippy::struct_excessive_bools)] // how the number was written
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Lit {
    /// The number, separators removed.
    pub value: f64,
    /// Digits in the integer part, separators not counted (saturating).
    pub int_digits: u8,
    /// Written with thousands separators (`7,300`, `1 000`).
    pub grouped: bool,
    /// Has a decimal part.
    pub decimal: bool,
    /// A fraction (`3/4`, `2 1/4`, `½`).
    pub fraction: bool,
    /// Numerator and denominator of a plain `a/b` fraction, for date tests.
    pub slash: Option<(u32, u32)>,
    /// Scientific notation or a power (`1e10`, `1.1^23`).
    pub exponent: bool,
    /// Starts with `0` followed by another digit (`0033`, `02139`).
    pub lead_zero: bool,
    /// Dotted, slashed or colon-separated parts that are not one number:
    /// `192.168.1.2`, `7/2/2025`, `3:30`. Never a figure.
    pub ident: bool,
}

impl Lit {
    /// A plain integer: no separators, decimals, fractions or exponent.
    pub fn plain_int(&self) -> bool {
        !self.grouped && !self.decimal && !self.fraction && !self.exponent && !self.ident
    }
}

const VULGAR: [(char, f64); 18] = [
    ('½', 0.5),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅕', 0.2),
    ('⅖', 0.4),
    ('⅗', 0.6),
    ('⅘', 0.8),
    ('⅙', 1.0 / 6.0),
    ('⅚', 5.0 / 6.0),
    ('⅐', 1.0 / 7.0),
    ('⅛', 0.125),
    ('⅜', 0.375),
    ('⅝', 0.625),
    ('⅞', 0.875),
    ('⅑', 1.0 / 9.0),
    ('⅒', 0.1),
];

/// The value of a vulgar-fraction character such as `½`.
pub(super) fn vulgar(c: char) -> Option<f64> {
    VULGAR.iter().find(|(v, _)| *v == c).map(|(_, f)| *f)
}

/// Space characters allowed between digit groups: space, no-break space,
/// thin space, narrow no-break space. Returns the byte length.
fn group_space(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    match b.get(i) {
        Some(b' ') => 1,
        Some(0xC2) if b.get(i + 1) == Some(&0xA0) => 2,
        Some(0xE2) => match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(0x89 | 0xAF)) => 3,
            _ => 0,
        },
        _ => 0,
    }
}

fn digits_at(b: &[u8], i: usize) -> usize {
    b.get(i..)
        .map_or(0, |s| s.iter().take_while(|c| c.is_ascii_digit()).count())
}

fn is_digit(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_digit)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sep {
    Comma,
    Dot,
    Space,
}

/// Digit groups and the separators between them, as first read.
struct Groups {
    /// (start, end) of each digit group.
    spans: [(usize, usize); 12],
    seps: [Sep; 12],
    n: usize,
}

impl Groups {
    fn len(&self, k: usize) -> usize {
        self.spans[k].1 - self.spans[k].0
    }
}

fn read_groups(text: &str, start: usize) -> Groups {
    let b = text.as_bytes();
    let mut g = Groups {
        spans: [(0, 0); 12],
        seps: [Sep::Comma; 12],
        n: 0,
    };
    let mut i = start;
    let d = digits_at(b, i);
    g.spans[0] = (i, i + d);
    g.n = 1;
    i += d;
    while g.n < 12 {
        let (sep, skip) = match b.get(i) {
            Some(b',') if is_digit(b, i + 1) => (Sep::Comma, 1),
            Some(b'.') if is_digit(b, i + 1) => (Sep::Dot, 1),
            _ => {
                let s = group_space(text, i);
                // A space joins groups only before exactly three digits.
                if s > 0 && digits_at(b, i + s) == 3 && d_ok_after_space(text, i + s + 3) {
                    (Sep::Space, s)
                } else {
                    break;
                }
            }
        };
        let d = digits_at(b, i + skip);
        g.seps[g.n - 1] = sep;
        g.spans[g.n] = (i + skip, i + skip + d);
        g.n += 1;
        i += skip + d;
    }
    g
}

/// After a space-separated group: the number must not run on into letters
/// glued to digits or another long digit run.
fn d_ok_after_space(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    !matches!(b.get(i), Some(c) if c.is_ascii_alphanumeric())
}

/// Appends digits of `text[s..e]` to `buf`.
fn push_digits(buf: &mut Vec<u8>, text: &str, s: usize, e: usize) {
    buf.extend_from_slice(&text.as_bytes()[s..e]);
}

fn parse_buf(buf: &[u8]) -> f64 {
    std::str::from_utf8(buf)
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .unwrap_or(f64::NAN)
}

/// Reads the literal starting at byte `start` of `text` (a digit, or a `.`
/// before a digit). `list_before` says the literal follows `digit,` (a
/// comma-separated list), where a comma cannot be a decimal comma.
/// Returns the literal and the byte just after it.
pub(super) fn scan(text: &str, start: usize, list_before: bool) -> (Lit, usize) {
    let b = text.as_bytes();
    let mut lit = Lit {
        value: 0.0,
        int_digits: 0,
        grouped: false,
        decimal: false,
        fraction: false,
        slash: None,
        exponent: false,
        lead_zero: false,
        ident: false,
    };
    let mut buf: Vec<u8> = Vec::with_capacity(24);
    let mut end;
    if b[start] == b'.' {
        let d = digits_at(b, start + 1);
        buf.extend_from_slice(b"0.");
        push_digits(&mut buf, text, start + 1, start + 1 + d);
        lit.decimal = true;
        end = start + 1 + d;
        // `.0012G`: a bare decimal; `.5.6` is not a number we read further.
    } else {
        let g = read_groups(text, start);
        end = interpret(text, &g, list_before, &mut lit, &mut buf);
    }
    lit.lead_zero = b[start] == b'0' && is_digit(b, start + 1);
    lit.int_digits =
        u8::try_from(buf.iter().take_while(|c| c.is_ascii_digit()).count()).unwrap_or(u8::MAX);
    if buf.len() > 40 {
        lit.ident = true;
        lit.value = f64::NAN;
        return (lit, end);
    }
    lit.value = parse_buf(&buf);
    if lit.ident {
        return (lit, end);
    }
    end = tail(text, end, &mut lit);
    (lit, end)
}

/// Decides what the digit groups mean; returns the end of the literal.
fn interpret(text: &str, g: &Groups, list_before: bool, lit: &mut Lit, buf: &mut Vec<u8>) -> usize {
    let first = g.spans[0];
    if g.n == 1 {
        push_digits(buf, text, first.0, first.1);
        return first.1;
    }
    let seps = &g.seps[..g.n - 1];
    // How many leading separators are thousands separators of one kind.
    let thousands_kind = seps[0];
    let mut k = 0;
    while k < seps.len() && seps[k] == thousands_kind && thousands_kind != Sep::Dot {
        k += 1;
    }
    match thousands_kind {
        Sep::Comma | Sep::Space => comma_or_space(text, g, k, list_before, lit, buf),
        Sep::Dot => dotted(text, g, lit, buf),
    }
}

/// Groups that start with a comma or a space, the first `k` separators
/// alike: thousands (`48,250`, `3 500 000`, `2,40,000` in the Indian
/// way), a decimal comma (`7,25`) or a list (`11,13,15`). Returns the end
/// of the literal.
fn comma_or_space(
    text: &str,
    g: &Groups,
    k: usize,
    list_before: bool,
    lit: &mut Lit,
    buf: &mut Vec<u8>,
) -> usize {
    let first = g.spans[0];
    let g0 = g.len(0);
    let last = g.n - 1;
    let thousands_kind = g.seps[0];
    // groups 1..=k separated by commas (or spaces)
    let western = g0 <= 3 && (1..=k).all(|x| g.len(x) == 3);
    let indian = thousands_kind == Sep::Comma
        && g0 <= 2
        && k >= 2
        && (1..k).all(|x| g.len(x) == 2)
        && g.len(k) == 3;
    if western || indian {
        let end = thousands(text, g, k, Sep::Dot, lit, buf);
        if k + 1 < last && g.seps[k] == Sep::Dot {
            // 1,234.5.6: a version or address, not a number
            lit.ident = true;
            return g.spans[last].1;
        }
        return end;
    }
    // one comma and a short tail: a decimal comma (`5,00`, `1,3`)
    if thousands_kind == Sep::Comma
        && !list_before
        && g.n == 2
        && g0 <= 3
        && (1..=2).contains(&g.len(1))
    {
        push_digits(buf, text, first.0, first.1);
        buf.push(b'.');
        push_digits(buf, text, g.spans[1].0, g.spans[1].1);
        lit.decimal = true;
        return g.spans[1].1;
    }
    // a list such as `22,24,26`: only the first group
    push_digits(buf, text, first.0, first.1);
    first.1
}

/// The digits of groups `0..=upto`, thousands (`48,250`, `2.750.000`),
/// and, when the separator after them is `decimal` and one group follows
/// it, that group as the decimals (`48,250.5`, `4.500,75`). Returns the end
/// of what was read.
fn thousands(
    text: &str,
    g: &Groups,
    upto: usize,
    decimal: Sep,
    lit: &mut Lit,
    buf: &mut Vec<u8>,
) -> usize {
    for x in 0..=upto {
        push_digits(buf, text, g.spans[x].0, g.spans[x].1);
    }
    lit.grouped = true;
    let last = g.n - 1;
    if upto + 1 == last && g.seps[upto] == decimal {
        buf.push(b'.');
        push_digits(buf, text, g.spans[last].0, g.spans[last].1);
        lit.decimal = true;
        return g.spans[last].1;
    }
    g.spans[upto].1
}

/// Groups that start with a dot: a decimal point (`6.25`), European
/// thousands (`2.750.000`, `4.500,75`), or an address, date or version
/// (`10.0.0.1`). Returns the end of the literal.
fn dotted(text: &str, g: &Groups, lit: &mut Lit, buf: &mut Vec<u8>) -> usize {
    let first = g.spans[0];
    let g0 = g.len(0);
    let seps = &g.seps[..g.n - 1];
    let last = g.n - 1;
    let dots = seps.iter().take_while(|s| **s == Sep::Dot).count();
    if dots == 1 && (g.n == 2 || seps[1] != Sep::Comma) {
        push_digits(buf, text, first.0, first.1);
        buf.push(b'.');
        push_digits(buf, text, g.spans[1].0, g.spans[1].1);
        lit.decimal = true;
        if g.n > 2 && seps[1] == Sep::Dot {
            lit.ident = true;
            return g.spans[last].1;
        }
        return g.spans[1].1;
    }
    // European thousands: 1.111.111 or 1.111,11
    let euro = g0 <= 3 && (1..=dots).all(|x| g.len(x) == 3);
    if euro {
        return thousands(text, g, dots, Sep::Comma, lit, buf);
    }
    // 192.168.1.2, 02.07.2025, 1.2.3: an address, date or version
    lit.ident = true;
    push_digits(buf, text, first.0, first.1);
    g.spans[dots].1
}

/// Exponents, powers, fractions and times that follow the digits.
fn tail(text: &str, mut end: usize, lit: &mut Lit) -> usize {
    let b = text.as_bytes();
    // `10⁻¹¹`, `10⁶`: a power of ten written in superscript
    if lit.plain_int()
        && lit.value == 10.0
        && let Some((e, j)) = superscript(text, end)
    {
        lit.value = 10f64.powi(e);
        lit.exponent = true;
        return j;
    }
    // `6.674×10⁻¹¹`, `6.02 x 10^23`, `6.23x10^-4`
    if !lit.exponent
        && let Some((e, j)) = times_ten(text, end)
    {
        lit.value = power_of_ten(lit.value, e);
        lit.exponent = true;
        return j;
    }
    match b.get(end) {
        Some(b'e' | b'E') => {
            let mut j = end + 1;
            let neg = b.get(j) == Some(&b'-');
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            let d = digits_at(b, j);
            if d > 0 && d <= 3 && !b.get(j + d).is_some_and(u8::is_ascii_alphanumeric) {
                let e: i32 = text[j..j + d].parse().unwrap_or(0);
                lit.value = power_of_ten(lit.value, if neg { -e } else { e });
                lit.exponent = true;
                end = j + d;
            }
        }
        Some(b'^') => {
            let mut j = end + 1;
            let mut neg = false;
            while matches!(b.get(j), Some(b'+' | b'-')) {
                neg ^= b[j] == b'-';
                j += 1;
            }
            let d = digits_at(b, j);
            if d > 0 && d <= 3 {
                let e: i32 = text[j..j + d].parse().unwrap_or(0);
                lit.value = lit.value.powi(if neg { -e } else { e });
                lit.exponent = true;
                end = j + d;
            }
        }
        Some(b'/') if lit.plain_int() && is_digit(b, end + 1) => end = slash(text, end, lit),
        Some(0xE2) if lit.plain_int() && text[end..].starts_with(FRACTION_SLASH) => {
            end = fraction_slash(text, end, lit);
        }
        Some(b':') if lit.plain_int() && is_digit(b, end + 1) => {
            // 3:30, 10:45:00, 3:1: a time or a ratio
            let mut j = end;
            while b.get(j) == Some(&b':') && is_digit(b, j + 1) {
                j += 1 + digits_at(b, j + 1);
            }
            lit.ident = true;
            end = j;
        }
        Some(b' ') if lit.plain_int() && lit.value < 1000.0 => end = mixed(text, end, lit),
        _ => {
            if let Some(c) = text[end..].chars().next()
                && let Some(f) = vulgar(c).filter(|_| lit.plain_int())
            {
                lit.value += f;
                lit.fraction = true;
                end += c.len_utf8();
            } else if lit.plain_int()
                && let Some((f, j)) = super_fraction(text, end)
            {
                // `1³⁄₁₆`
                lit.value += f;
                lit.fraction = true;
                end = j;
            }
        }
    }
    end
}

/// `m` times ten to the `e`, rounded once (as `6.02e23` is read), not
/// after a multiplication (`6.02 * 1e23` is off in the last digit).
fn power_of_ten(m: f64, e: i32) -> f64 {
    format!("{m}e{e}")
        .parse()
        .unwrap_or_else(|_| m * 10f64.powi(e))
}

/// U+2044 FRACTION SLASH, as in `3⁄16`.
const FRACTION_SLASH: char = '\u{2044}';

/// `2 1/4`, `1  4/5`, `1 3⁄16`: a mixed number after the whole part
/// ending at `end` (a space follows it).
fn mixed(text: &str, end: usize, lit: &mut Lit) -> usize {
    let b = text.as_bytes();
    let mut j = end;
    while b.get(j) == Some(&b' ') && j < end + 2 {
        j += 1;
    }
    let n = digits_at(b, j);
    let slash = match b.get(j + n) {
        Some(b'/') => 1,
        Some(0xE2) if text[j + n..].starts_with(FRACTION_SLASH) => FRACTION_SLASH.len_utf8(),
        _ => return end,
    };
    if n == 0 {
        return end;
    }
    let d = digits_at(b, j + n + slash);
    let after = j + n + slash + d;
    if d > 0 && !is_digit(b, after) && b.get(after) != Some(&b'/') {
        let num: f64 = text[j..j + n].parse().unwrap_or(0.0);
        let den: f64 = text[j + n + slash..after].parse().unwrap_or(0.0);
        if den > 0.0 && num < den {
            lit.value += num / den;
            lit.fraction = true;
            return after;
        }
    }
    end
}

/// `3⁄16`: the fraction slash makes a fraction whatever the numbers (no
/// date or rate is written with it).
fn fraction_slash(text: &str, end: usize, lit: &mut Lit) -> usize {
    let b = text.as_bytes();
    let at = end + FRACTION_SLASH.len_utf8();
    let d = digits_at(b, at);
    if d == 0 || d > 9 {
        return end;
    }
    let den: f64 = text[at..at + d].parse().unwrap_or(0.0);
    if den == 0.0 {
        return end;
    }
    lit.slash = Some((to_u32(lit.value), to_u32(den)));
    lit.value /= den;
    lit.fraction = true;
    at + d
}

fn superscript_digit(c: char) -> Option<i32> {
    Some(match c {
        '⁰' => 0,
        '¹' => 1,
        '²' => 2,
        '³' => 3,
        '⁴' => 4,
        '⁵' => 5,
        '⁶' => 6,
        '⁷' => 7,
        '⁸' => 8,
        '⁹' => 9,
        _ => return None,
    })
}

fn subscript_digit(c: char) -> Option<u32> {
    let n = u32::from(c).checked_sub(0x2080)?;
    (n <= 9).then_some(n)
}

/// A signed run of at most three superscript digits at `at` (`⁻¹¹`):
/// the exponent and the byte after it.
fn superscript(text: &str, at: usize) -> Option<(i32, usize)> {
    let rest = text.get(at..)?;
    let mut chars = rest.char_indices().peekable();
    let mut neg = false;
    if let Some(&(_, c @ ('⁻' | '⁺'))) = chars.peek() {
        neg = c == '⁻';
        chars.next();
    }
    let (mut e, mut n, mut end) = (0i32, 0, None);
    for (k, c) in chars {
        let Some(d) = superscript_digit(c) else { break };
        e = e * 10 + d;
        n += 1;
        end = Some(at + k + c.len_utf8());
        if n > 3 {
            return None;
        }
    }
    let end = end?;
    if text[end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    Some((if neg { -e } else { e }, end))
}

/// ` × 10⁻¹¹`, `x10^23`, ` x 10^-4` after a mantissa ending at `end`: the
/// exponent and the byte after it.
fn times_ten(text: &str, end: usize) -> Option<(i32, usize)> {
    let rest = text.get(end..)?;
    let spaced = rest.starts_with(' ');
    let rest = if spaced { &rest[1..] } else { rest };
    let sign = rest.chars().next()?;
    if !matches!(sign, '×' | 'x' | 'X') {
        return None;
    }
    let mut rest = &rest[sign.len_utf8()..];
    if spaced {
        rest = rest.strip_prefix(' ')?;
    }
    let after_ten = rest.strip_prefix("10")?;
    let at = text.len() - after_ten.len();
    if let Some(power) = after_ten.strip_prefix('^') {
        let b = power.as_bytes();
        let neg = b.first() == Some(&b'-');
        let skip = usize::from(matches!(b.first(), Some(b'+' | b'-')));
        let d = digits_at(b, skip);
        if d == 0 || d > 3 || b.get(skip + d).is_some_and(u8::is_ascii_alphanumeric) {
            return None;
        }
        let e: i32 = power[skip..skip + d].parse().ok()?;
        return Some((if neg { -e } else { e }, at + 1 + skip + d));
    }
    superscript(text, at)
}

/// `³⁄₁₆` (superscript numerator, fraction slash, subscript denominator)
/// at `at`: the value and the byte after it.
pub(super) fn super_fraction(text: &str, at: usize) -> Option<(f64, usize)> {
    let rest = text.get(at..)?;
    let mut chars = rest.char_indices();
    let (mut num, mut den, mut seen_slash, mut n, mut d) = (0i32, 0u32, false, 0, 0);
    let mut end = at;
    for (k, c) in chars.by_ref() {
        if let Some(x) = superscript_digit(c).filter(|_| !seen_slash && n < 4) {
            num = num * 10 + x;
            n += 1;
        } else if c == FRACTION_SLASH && n > 0 && !seen_slash {
            seen_slash = true;
        } else if let Some(x) = subscript_digit(c).filter(|_| seen_slash && d < 4) {
            den = den * 10 + x;
            d += 1;
        } else {
            break;
        }
        end = at + k + c.len_utf8();
    }
    (d > 0 && den > 0).then(|| (f64::from(num) / f64::from(den), end))
}

/// `a/b` after the digits of `a`: a fraction, or a date when more parts follow.
fn slash(text: &str, end: usize, lit: &mut Lit) -> usize {
    let b = text.as_bytes();
    let d = digits_at(b, end + 1);
    let after = end + 1 + d;
    if b.get(after) == Some(&b'/') && is_digit(b, after + 1) || d > 9 {
        // 7/2/2025: a date; consume every part.
        let mut j = after;
        while b.get(j) == Some(&b'/') && is_digit(b, j + 1) {
            j += 1 + digits_at(b, j + 1);
        }
        lit.ident = true;
        return j;
    }
    let den: f64 = text[end + 1..after].parse().unwrap_or(0.0);
    if den == 0.0 {
        lit.ident = true;
        return after;
    }
    let num = lit.value;
    // 24/7, 50/50, 7/4: not shares; 9/11 names a day
    if num >= den || (num == 9.0 && den == 11.0) {
        lit.ident = true;
        return after;
    }
    lit.slash = Some((to_u32(num), to_u32(den)));
    lit.value = num / den;
    lit.fraction = true;
    after
}

/// The greatest common divisor.
pub(super) fn gcd(mut a: u32, mut b: u32) -> u32 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn to_u32(x: f64) -> u32 {
    if x.is_finite() && x >= 0.0 && x < f64::from(u32::MAX) {
        x as u32
    } else {
        u32::MAX
    }
}

#[cfg(test)]
mod tests {
    use super::scan;

    fn val(s: &str) -> (f64, usize) {
        let (lit, end) = scan(s, 0, false);
        (lit.value, end)
    }

    #[test]
    fn reads_separators() {
        assert_eq!(val("7,300 boats"), (7300.0, 5));
        assert_eq!(val("1 000 000 tickets").0, 1_000_000.0);
        assert_eq!(val("40\u{202f}000").0, 40_000.0);
        assert_eq!(val("40\u{a0}000").0, 40_000.0);
        assert_eq!(val("12,34,567.89").0, 1_234_567.89);
        assert_eq!(val("1.111,11").0, 1111.11);
        assert_eq!(val("1,234,567.5").0, 1_234_567.5);
        assert_eq!(val("4.800").0, 4.8);
    }

    #[test]
    fn stops_at_lists_and_wrong_groups() {
        assert_eq!(val("22,24,26"), (22.0, 2));
        assert_eq!(val("423 0000"), (423.0, 3));
        assert_eq!(val("1, 234"), (1.0, 1));
    }

    #[test]
    fn reads_fractions_and_exponents() {
        assert_eq!(val("3/4").0, 0.75);
        assert_eq!(val("2  1/4").0, 2.25);
        assert_eq!(val("2½").0, 2.5);
        assert_eq!(val("1e10").0, 1e10);
        assert!((val("1.1^23").0 - 8.954_302_432_552_39).abs() < 1e-9);
        assert!((val("6.23x10^-4").0 - 0.000_623).abs() < 1e-12);
    }

    #[test]
    fn reads_scientific_notation_and_fraction_slashes() {
        assert_eq!(val("6.674×10⁻¹¹ N").0, 6.674e-11);
        assert_eq!(val("6.674 × 10⁻¹¹"), (6.674e-11, "6.674 × 10⁻¹¹".len()));
        assert_eq!(val("6.02 x 10^23").0, 6.02e23);
        assert_eq!(val("10⁶ cells").0, 1e6);
        assert_eq!(val("3⁄16 inch"), (0.1875, "3⁄16".len()));
        assert_eq!(val("1 3⁄16 inch").0, 1.1875);
        assert_eq!(val("1³⁄₁₆").0, 1.1875);
        // a footnote mark is no power; `3 x 10` is no product
        assert_eq!(val("2020¹"), (2020.0, 4));
        assert_eq!(val("3 x 10 m"), (3.0, 1));
    }

    #[test]
    fn marks_addresses_dates_and_times() {
        for s in ["192.168.1.2", "7/2/2025", "3:30", "02.07.2025"] {
            assert!(scan(s, 0, false).0.ident, "{s}");
        }
    }
}
