//! Reading and writing numbers the way Indonesian officials type them.
//!
//! Parsing rules (documented in the README too):
//! - Surrounding spaces are ignored; a leading `Rp`, `Rp.` or `IDR` is accepted for
//!   rupiah, a trailing `%` for percentages, a trailing `,-` or `,00` for rupiah, and a
//!   rupiah scale word (`ribu`, `rb`, `juta`, `jt`, `miliar`, `milyar`, `M`, `triliun`, `T`).
//! - `,` is the decimal separator and `.` groups thousands (`1.457.000.000`, `96,52`).
//! - When both `.` and `,` appear, the one that comes last is the decimal separator,
//!   so `1,457,000.50` pasted from an English spreadsheet is read too.
//! - Several `.` or several `,` are thousands groups and must be groups of three digits.
//! - A single `.` followed by exactly three digits groups thousands (`1.457` is 1457);
//!   otherwise a single `.` is a decimal point (`96.52`), except in rupiah without a
//!   scale word, where `1.5` is refused rather than read as Rp1,5.
//! - A single `,` followed by exactly three digits in a count or rupiah (`2,000`) is
//!   refused as ambiguous.
//! - A space between digit groups is a thousands separator (`1 457 000`).
//! - Negative numbers, letters, and anything else give an error that says why.

use rust_decimal::prelude::*;
use rust_decimal::RoundingStrategy;

use crate::core::base::text::Msg;

/// What a field holds; decides units, limits and decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// People or firms: whole numbers.
    Count,
    /// Months: whole numbers, said with months' examples.
    Months,
    /// Rupiah: at most two decimals (sen).
    Rupiah,
    /// Percent of something: 0 to 100, at most four decimals.
    Percent,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    Negative,
    /// A character that is not part of a number, and the kind of field (for the example).
    Invalid(String, NumberKind),
    BadGrouping,
    /// Decimals in a field of whole numbers, and its kind (for the example).
    NotWhole(NumberKind),
    TooManyDecimals(u32),
    TooLarge,
    PercentOver100,
    PercentSignNotAllowed,
    /// `2,000` in a count or rupiah field: two, or two thousand written the English way?
    AmbiguousComma,
}

/// Largest whole part accepted: a thousand trillion rupiah, or a billion people.
const MAX_RUPIAH_DIGITS: usize = 15;
const MAX_COUNT: u64 = 1_000_000_000;

impl ParseError {
    pub fn message(&self) -> Msg {
        match self {
            ParseError::Empty => Msg::new("Isian kosong.", "The field is empty."),
            ParseError::Negative => Msg::new("Angka tidak boleh negatif.", "The number cannot be negative."),
            ParseError::Invalid(c, kind) => {
                let (id, en) = match kind {
                    NumberKind::Count => ("19.654", "19.654"),
                    NumberKind::Months => ("12", "12"),
                    NumberKind::Rupiah => ("1.457.000.000 atau 1,5 miliar", "1.457.000.000 or 1,5 miliar"),
                    NumberKind::Percent => ("80 atau 96,52%", "80 or 96,52%"),
                };
                Msg::new(
                    format!("\u{201c}{c}\u{201d} bukan bagian dari angka. Contoh yang benar: {id}."),
                    format!("\u{201c}{c}\u{201d} is not part of a number. A valid example: {en}."),
                )
            }
            ParseError::BadGrouping => Msg::new(
                "Pemisah ribuan harus per tiga angka, misalnya 1.457.000.",
                "Thousands separators must group three digits, e.g. 1.457.000.",
            ),
            ParseError::NotWhole(NumberKind::Months) => {
                Msg::new("Harus jumlah bulan yang bulat, misalnya 6 atau 12.", "Must be a whole number of months, e.g. 6 or 12.")
            }
            ParseError::NotWhole(_) => Msg::new(
                "Harus bilangan bulat, tanpa desimal. Ribuan dipisah titik per tiga angka: tulis 1.457 untuk seribu empat ratus lima puluh tujuh.",
                "Must be a whole number, without decimals. Thousands are grouped by threes with dots: write 1.457 for one thousand four hundred fifty-seven.",
            ),
            ParseError::TooManyDecimals(n) => Msg::new(
                format!("Paling banyak {n} angka di belakang koma."),
                format!("At most {n} digits after the decimal comma."),
            ),
            ParseError::TooLarge => Msg::new("Angka terlalu besar.", "The number is too large."),
            ParseError::PercentOver100 => Msg::new(
                "Persentase tidak boleh lebih dari 100%.",
                "A percentage cannot exceed 100%.",
            ),
            ParseError::PercentSignNotAllowed => Msg::new(
                "Tanda % hanya untuk isian persentase.",
                "The % sign belongs only in percentage fields.",
            ),
            ParseError::AmbiguousComma => Msg::new(
                "Tidak jelas: koma diikuti tepat tiga angka. Tulis 2.000 untuk dua ribu, atau 2 untuk dua.",
                "Unclear: a comma followed by exactly three digits. Write 2.000 for two thousand, or 2 for two.",
            ),
        }
    }
}

/// Parses what a user typed into a field of the given kind.
pub fn parse(input: &str, kind: NumberKind) -> Result<Decimal, ParseError> {
    let mut s = input.trim();
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    if s.starts_with('-') || s.starts_with('\u{2212}') {
        return Err(ParseError::Negative);
    }
    let mut scale = 0;
    if kind == NumberKind::Rupiah {
        s = strip_currency(s);
        // "1,5 M rupiah": the currency said after the amount.
        if let Some(rest) = strip_word_at_end(s, "rupiah") {
            s = rest.trim_end();
        }
        for tail in [",-", ".-"] {
            if let Some(rest) = s.strip_suffix(tail) {
                s = rest.trim_end();
            }
        }
        (s, scale) = strip_scale_word(s);
    }
    if let Some(rest) = s.strip_suffix('%') {
        if kind != NumberKind::Percent {
            return Err(ParseError::PercentSignNotAllowed);
        }
        s = rest.trim_end();
    }
    if s.starts_with('-') {
        return Err(ParseError::Negative);
    }
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    // In rupiah a lone dot is a thousands separator typed short ("1.5"): refuse it rather
    // than read Rp1,5; with a scale word ("1.5 juta") it can only be a decimal point.
    let (whole, frac) = split_number(s, kind != NumberKind::Rupiah || scale > 0, kind)?;
    // Officials write thousands with dots, but a pasted English figure uses commas.
    if kind != NumberKind::Percent && frac.len() == 3 && occurrences(s, b'.') == 0 && occurrences(s, b',') == 1 {
        return Err(ParseError::AmbiguousComma);
    }
    let max_decimals = match kind {
        NumberKind::Count | NumberKind::Months => 0,
        NumberKind::Rupiah if scale > 0 => 4,
        NumberKind::Rupiah => 2,
        NumberKind::Percent => 4,
    };
    let frac = frac.trim_end_matches('0');
    if frac.len() as u32 > max_decimals {
        return Err(if max_decimals == 0 {
            ParseError::NotWhole(kind)
        } else {
            ParseError::TooManyDecimals(max_decimals)
        });
    }
    // Digits only, leading zeros dropped; separators were checked by `split_number`.
    let significant = whole.bytes().filter(u8::is_ascii_digit).skip_while(|b| *b == b'0');
    if significant.clone().count() > MAX_RUPIAH_DIGITS {
        return Err(ParseError::TooLarge);
    }
    let mut mantissa: i64 = 0;
    for b in significant.chain(frac.bytes()) {
        mantissa =
            mantissa.checked_mul(10).and_then(|m| m.checked_add(i64::from(b - b'0'))).ok_or(ParseError::TooLarge)?;
    }
    let value = Decimal::new(mantissa, frac.len() as u32);
    let value = if scale > 0 {
        let scaled = value.checked_mul(Decimal::from(10u64.pow(scale))).ok_or(ParseError::TooLarge)?;
        if scaled.trunc().to_string().len() > MAX_RUPIAH_DIGITS {
            return Err(ParseError::TooLarge);
        }
        scaled
    } else {
        value
    }
    .normalize();
    match kind {
        NumberKind::Count | NumberKind::Months if value > Decimal::from(MAX_COUNT) => Err(ParseError::TooLarge),
        NumberKind::Percent if value > Decimal::ONE_HUNDRED => Err(ParseError::PercentOver100),
        _ => Ok(value),
    }
}

/// A decimal as this app writes it into saved data and addresses: `Decimal`'s own text,
/// digits with a `.` before any decimals (`33.33`, `100`). Anything else is `None`, never
/// a guess. Not through `str::parse::<Decimal>`: its general reader (signs, underscores,
/// exponents, rounding of overlong digits) is code no saved value needs, about 2,7 KB
/// gzip of the WebAssembly.
pub fn parse_saved(s: &str) -> Option<Decimal> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = || whole.bytes().chain(frac.bytes());
    if whole.is_empty() || (frac.is_empty() && whole.len() < s.len()) || !digits().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut mantissa: i128 = 0;
    for b in digits() {
        mantissa = mantissa.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
    }
    Decimal::try_from_i128_with_scale(mantissa, frac.len() as u32).ok()
}

/// Parses a whole count of people or months.
pub fn parse_count(input: &str) -> Result<u64, ParseError> {
    parse(input, NumberKind::Count).and_then(|d| d.to_u64().ok_or(ParseError::TooLarge))
}

fn strip_currency(s: &str) -> &str {
    for prefix in ["rp.", "rp", "idr"] {
        // Bytes compared without a lowercase copy; a match is ASCII, so it ends on a char.
        if s.as_bytes().get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes())) {
            return s[prefix.len()..].trim_start();
        }
    }
    s
}

/// `1,5 miliar` → (`1,5`, 9). The words officials write after a rupiah amount.
fn strip_scale_word(s: &str) -> (&str, u32) {
    const WORDS: [(&str, u32); 9] = [
        ("triliun", 12),
        ("miliar", 9),
        ("milyar", 9),
        ("juta", 6),
        ("ribu", 3),
        ("jt", 6),
        ("rb", 3),
        ("m", 9),
        ("t", 12),
    ];
    for (word, scale) in WORDS {
        if let Some(rest) = strip_word_at_end(s, word) {
            // Only after a digit or a space: "1,5m" and "1,5 miliar", not the end of another word.
            if rest.ends_with(|c: char| c.is_ascii_digit() || c == ' ') {
                return (rest.trim_end(), scale);
            }
        }
    }
    (s, 0)
}

/// `s` without the ASCII `word` at its end, in any case. As for the currency: bytes
/// compared without a lowercase copy; a match is ASCII, so it starts on a char.
fn strip_word_at_end<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let at = s.len().checked_sub(word.len())?;
    s.as_bytes()[at..].eq_ignore_ascii_case(word.as_bytes()).then(|| &s[..at])
}

/// How often an ASCII separator occurs: counted as bytes, which is exact for ASCII and
/// cheaper than a char search (every field is read on every keystroke).
fn occurrences(s: &str, separator: u8) -> usize {
    s.bytes().filter(|b| *b == separator).count()
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Splits at the decimal separator and checks the thousands groups; returns the part
/// before (digits and separators) and the digits after. Allocates nothing: every field
/// is read on every keystroke.
fn split_number(s: &str, decimal_dot: bool, kind: NumberKind) -> Result<(&str, &str), ParseError> {
    if let Some(bad) = s.chars().find(|c| !(c.is_ascii_digit() || matches!(c, '.' | ',') || is_space(*c))) {
        return Err(ParseError::Invalid(bad.to_string(), kind));
    }
    let dots = occurrences(s, b'.');
    let commas = occurrences(s, b',');
    let decimal_sep = match (dots, commas) {
        (0, 0) => None,
        (_, 0) if dots > 1 => None,
        (1, 0) => {
            let after = s.split_once('.').map_or("", |(_, after)| after);
            if after.len() == 3 && after.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else if decimal_dot {
                Some('.')
            } else {
                return Err(ParseError::BadGrouping);
            }
        }
        (0, 1) => Some(','),
        (0, _) => None,
        _ => {
            // Both appear: the one that comes last is the decimal separator.
            let last = s.bytes().rfind(|b| matches!(b, b'.' | b','));
            Some(if last == Some(b',') { ',' } else { '.' })
        }
    };
    let (int_part, frac_part) = match decimal_sep {
        Some(sep) => {
            if occurrences(s, sep as u8) > 1 {
                return Err(ParseError::BadGrouping);
            }
            s.split_once(sep).unwrap_or((s, ""))
        }
        None => (s, ""),
    };
    if !frac_part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParseError::BadGrouping);
    }
    // The digits between separators: one to three before the first, three after each.
    let (mut first, mut run) = (None, 0);
    for c in int_part.chars() {
        if c.is_ascii_digit() {
            run += 1;
        } else {
            if first.is_some() && run != 3 {
                return Err(ParseError::BadGrouping);
            }
            first.get_or_insert(run);
            run = 0;
        }
    }
    if first.is_some_and(|first| run != 3 || !(1..=3).contains(&first)) {
        return Err(ParseError::BadGrouping);
    }
    if !int_part.bytes().any(|b| b.is_ascii_digit()) && frac_part.is_empty() {
        return Err(ParseError::Invalid(s.trim().to_string(), kind));
    }
    Ok((int_part, frac_part))
}

/// Appends `1457000000` as `1.457.000.000`; `digits` are ASCII digits.
fn push_grouped(out: &mut String, digits: &str) {
    let first = match digits.len() % 3 {
        0 => digits.len().min(3),
        n => n,
    };
    out.push_str(&digits[..first]);
    let mut at = first;
    while at < digits.len() {
        out.push('.');
        out.push_str(&digits[at..at + 3]);
        at += 3;
    }
}

/// The sign, then `unit`, then the value in Indonesian style with at most `max_dp`
/// decimals (trailing zeros dropped), rounded half away from zero: `-Rp1.457`. Written
/// into one string: the words beside the form are written anew on every keystroke.
fn signed(value: Decimal, max_dp: u32, unit: &str) -> String {
    let rounded = value.round_dp_with_strategy(max_dp, RoundingStrategy::MidpointAwayFromZero).normalize();
    let text = rounded.abs().to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(unit.len() + 2 + text.len() * 4 / 3);
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('-');
    }
    out.push_str(unit);
    push_grouped(&mut out, whole);
    if !fraction.is_empty() {
        out.push(',');
        out.push_str(fraction);
    }
    out
}

/// A decimal in Indonesian style with at most `max_dp` decimals (trailing zeros dropped),
/// rounded half away from zero.
pub fn format_decimal(value: Decimal, max_dp: u32) -> String {
    signed(value, max_dp, "")
}

/// `Rp1.457.000.000`: rupiah are shown whole, rounded half away from zero.
pub fn format_rupiah(value: Decimal) -> String {
    signed(value, 0, "Rp")
}

/// `96,52%`, with at most two decimals.
pub fn format_percent(value: Decimal) -> String {
    let mut out = format_decimal(value, 2);
    out.push('%');
    out
}

/// `19.654`
pub fn format_count(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() * 4 / 3);
    push_grouped(&mut out, &digits);
    out
}

/// Points with one decimal: `9,8`.
pub fn format_points(value: Decimal) -> String {
    format_decimal(value, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn ok(s: &str, kind: NumberKind) -> Decimal {
        parse(s, kind).unwrap_or_else(|e| panic!("{s:?} should parse, got {e:?}"))
    }

    #[test]
    fn reads_saved_text_as_decimal_writes_it() {
        for d in [dec!(0), dec!(100), dec!(33.33), dec!(12.50), dec!(0.0001), dec!(7.1234567890123456789012345678)] {
            assert_eq!(parse_saved(&d.to_string()), Some(d), "{d}");
            assert_eq!(parse_saved(&d.to_string()).map(|r| r.scale()), Some(d.scale()), "scale of {d}");
        }
        for bad in [
            "",
            ".",
            "5.",
            ".5",
            "+5",
            "-5",
            "1_000",
            "1e2",
            "1,5",
            " 5",
            "5 ",
            "1.2.3",
            "٣",
            "99999999999999999999999999999999999999999",
        ] {
            assert_eq!(parse_saved(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn reads_what_officials_type() {
        use NumberKind::*;
        assert_eq!(ok("1.457.000.000", Rupiah), dec!(1457000000));
        assert_eq!(ok("Rp 1.457.000.000,00", Rupiah), dec!(1457000000));
        assert_eq!(ok("Rp1.457.000.000", Rupiah), dec!(1457000000));
        assert_eq!(ok("rp. 740.174.000,-", Rupiah), dec!(740174000));
        assert_eq!(ok("IDR 1457000000", Rupiah), dec!(1457000000));
        assert_eq!(ok("1 457 000", Rupiah), dec!(1457000));
        assert_eq!(ok("1,457,000.50", Rupiah), dec!(1457000.5));
        assert_eq!(ok("96,52", Percent), dec!(96.52));
        assert_eq!(ok("96,52%", Percent), dec!(96.52));
        assert_eq!(ok(" 96.52 % ", Percent), dec!(96.52));
        assert_eq!(ok("100", Percent), dec!(100));
        assert_eq!(ok("19654", Count), dec!(19654));
        assert_eq!(ok("19.654", Count), dec!(19654));
        assert_eq!(ok("1.457", Count), dec!(1457));
        assert_eq!(ok("0", Count), dec!(0));
        assert_eq!(ok("15.386,00", Count), dec!(15386));
        assert_eq!(ok(",5", Percent), dec!(0.5));
        assert_eq!(ok("12,345", Percent), dec!(12.345));
        assert_eq!(ok("1.457,000", Rupiah), dec!(1457));
        assert_eq!(ok("1,5 miliar", Rupiah), dec!(1500000000));
        assert_eq!(ok("Rp 740 juta", Rupiah), dec!(740000000));
        assert_eq!(ok("1.5 M", Rupiah), dec!(1500000000));
        assert_eq!(ok("Rp2,25jt", Rupiah), dec!(2250000));
        assert_eq!(ok("16,8 rb", Rupiah), dec!(16800));
        assert_eq!(ok("1 Triliun", Rupiah), dec!(1000000000000));
        assert_eq!(ok("Rp 1.457.000.000", Rupiah), dec!(1457000000));
        assert_eq!(ok("1,5 M rupiah", Rupiah), dec!(1500000000));
        assert_eq!(ok("250 juta Rupiah", Rupiah), dec!(250000000));
        assert_eq!(ok("Rp 740.000 rupiah", Rupiah), dec!(740000));
    }

    #[test]
    fn rejects_with_a_reason() {
        use NumberKind::*;
        use ParseError::*;
        let rejected: [(ParseError, &[(&str, NumberKind)]); 13] = [
            (Empty, &[("", Count), ("   ", Rupiah), ("Rp", Rupiah)]),
            (Negative, &[("-5", Count), ("Rp -5", Rupiah)]),
            (Invalid("a".into(), Count), &[("12a", Count)]),
            (Invalid("k".into(), Rupiah), &[("1,5 kilo", Rupiah)]),
            (Invalid(".".into(), Percent), &[(".", Percent)]),
            // A lone dot in rupiah is not a decimal point.
            (BadGrouping, &[("1.5", Rupiah), ("1.45.000", Rupiah), ("1457.000.00", Rupiah), ("1.2,3,4", Rupiah)]),
            (TooLarge, &[("9.999.999 triliun", Rupiah), ("9999999999999999", Rupiah), ("2.000.000.000", Count)]),
            (NotWhole(Count), &[("12,5", Count), ("1,5", Count), ("12.34", Count)]),
            (NotWhole(Months), &[("6,5", Months)]),
            (AmbiguousComma, &[("1,234", Count), ("2,000", Count), ("Rp 250,000", Rupiah)]),
            (TooManyDecimals(2), &[("1,2345", Rupiah)]),
            (PercentOver100, &[("100,01", Percent)]),
            (PercentSignNotAllowed, &[("50%", Count)]),
        ];
        for (error, inputs) in rejected {
            for &(text, kind) in inputs {
                assert_eq!(parse(text, kind), Err(error.clone()), "{text:?} as {kind:?}");
            }
        }
    }

    #[test]
    fn writes_indonesian_style() {
        assert_eq!(format_rupiah(dec!(1457000000)), "Rp1.457.000.000");
        assert_eq!(format_rupiah(dec!(999.5)), "Rp1.000");
        assert_eq!(format_rupiah(dec!(0)), "Rp0");
        assert_eq!(format_percent(dec!(96.52)), "96,52%");
        assert_eq!(format_percent(dec!(78.28434)), "78,28%");
        assert_eq!(format_percent(dec!(80)), "80%");
        assert_eq!(format_percent(dec!(96.845)), "96,85%");
        assert_eq!(format_count(19654), "19.654");
        assert_eq!(format_count(0), "0");
        assert_eq!(format_count(100), "100");
        assert_eq!(format_count(1000), "1.000");
        assert_eq!(format_points(dec!(9.78)), "9,8");
        assert_eq!(format_decimal(dec!(-1234.5), 1), "-1.234,5");
    }

    #[test]
    fn writes_fractions_below_one_large_mantissas_and_no_negative_zero() {
        assert_eq!(format_decimal(dec!(0.05), 2), "0,05");
        assert_eq!(format_decimal(dec!(0.5), 2), "0,5");
        assert_eq!(format_decimal(dec!(-0.04), 1), "0");
        assert_eq!(format_decimal(dec!(-0.0500), 4), "-0,05");
        assert_eq!(format_rupiah(dec!(-1234.5)), "-Rp1.235");
        assert_eq!(format_rupiah(dec!(-0.4)), "Rp0");
        assert_eq!(format_decimal(dec!(123456.000), 2), "123.456");
        assert_eq!(format_decimal(Decimal::MAX, 0), "79.228.162.514.264.337.593.543.950.335");
        assert_eq!(format_percent(dec!(0.001)), "0%");
    }

    #[test]
    fn every_error_has_two_languages() {
        let all = [
            ParseError::Empty,
            ParseError::Negative,
            ParseError::Invalid("x".into(), NumberKind::Rupiah),
            ParseError::BadGrouping,
            ParseError::NotWhole(NumberKind::Count),
            ParseError::NotWhole(NumberKind::Months),
            ParseError::Invalid("x".into(), NumberKind::Months),
            ParseError::TooManyDecimals(2),
            ParseError::TooLarge,
            ParseError::PercentOver100,
            ParseError::PercentSignNotAllowed,
            ParseError::AmbiguousComma,
        ];
        for e in all {
            let m = e.message();
            assert!(!m.id.is_empty() && !m.en.is_empty() && m.id != m.en, "{e:?}");
        }
    }
}
