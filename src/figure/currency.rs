//! Currencies: symbols, ISO codes and names, each resolved to an ISO 4217
//! code (or `BTC`). Names shared by many countries (`peso`, `franc`,
//! `dinar`) resolve only with a country adjective before them.

/// A currency word or symbol: its code, and whether it names a minor unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Currency {
    /// ISO code (`USD`), or for a minor unit the code and the divisor
    /// (`USD/100`); `None` for a name shared by several currencies.
    pub iso: Option<&'static str>,
    /// A minor unit (`cents`, `pence`): the amount stays in it.
    pub minor: bool,
}

const fn cur(iso: &'static str) -> Currency {
    Currency {
        iso: Some(iso),
        minor: false,
    }
}

const fn minor_unit(iso: &'static str) -> Currency {
    Currency {
        iso: Some(iso),
        minor: true,
    }
}

const UNKNOWN: Currency = Currency {
    iso: None,
    minor: false,
};
/// Cents without a currency named are US cents, as `$` is US dollars.
const CENT: Currency = minor_unit("USD/100");
const PENNY: Currency = minor_unit("GBP/100");
/// The sen of news is the Malaysian ringgit's.
const SEN: Currency = minor_unit("MYR/100");

/// The minor unit (a hundredth) of a currency that has cents or pence:
/// `EUR` gives `EUR/100`.
pub(super) fn minor(iso: &str) -> Option<&'static str> {
    Some(match iso {
        "USD" => "USD/100",
        "EUR" => "EUR/100",
        "GBP" => "GBP/100",
        "CAD" => "CAD/100",
        "AUD" => "AUD/100",
        "NZD" => "NZD/100",
        "HKD" => "HKD/100",
        "SGD" => "SGD/100",
        "CHF" => "CHF/100",
        "ZAR" => "ZAR/100",
        "MYR" => "MYR/100",
        "MXN" => "MXN/100",
        "BRL" => "BRL/100",
        "INR" => "INR/100",
        _ => return None,
    })
}

/// Symbols that are not letters, written before or after the digits.
pub(super) fn symbol(c: char) -> Option<Currency> {
    Some(match c {
        '$' => cur("USD"),
        '€' => cur("EUR"),
        '£' => cur("GBP"),
        '¥' => cur("JPY"),
        '₹' => cur("INR"),
        '₩' => cur("KRW"),
        '₽' => cur("RUB"),
        '₺' => cur("TRY"),
        '₪' => cur("ILS"),
        '₫' => cur("VND"),
        '₱' => cur("PHP"),
        '₦' => cur("NGN"),
        '₴' => cur("UAH"),
        '₿' => cur("BTC"),
        '₡' => cur("CRC"),
        '₾' => cur("GEL"),
        '₭' => cur("LAK"),
        '元' => cur("CNY"),
        '¢' => CENT,
        _ => return None,
    })
}

/// Letters written right before `$` (`US$`, `C$`, `HK$`), lowercase.
pub(super) fn dollar_prefix(word: &str) -> Option<&'static str> {
    Some(match word {
        "us" | "u.s" | "usd" => "USD",
        "c" | "ca" | "can" | "cad" => "CAD",
        "a" | "au" | "aud" => "AUD",
        "nz" | "nzd" => "NZD",
        "hk" | "hkd" => "HKD",
        "s" | "sg" | "sgd" => "SGD",
        "mex" | "mx" | "mxn" => "MXN",
        "r" | "brl" => "BRL",
        _ => return None,
    })
}

/// ISO codes and names (lowercase) that name a currency on their own.
pub(super) fn word(w: &str) -> Option<Currency> {
    Some(match w {
        "usd" | "dollar" | "dollars" | "buck" | "bucks" => cur("USD"),
        "eur" | "euro" | "euros" => cur("EUR"),
        "gbp" | "sterling" | "quid" => cur("GBP"),
        "jpy" | "yen" => cur("JPY"),
        "cny" | "rmb" | "yuan" | "renminbi" | "kuai" => cur("CNY"),
        "chf" => cur("CHF"),
        "cad" => cur("CAD"),
        "aud" => cur("AUD"),
        "nzd" => cur("NZD"),
        "hkd" => cur("HKD"),
        "sgd" => cur("SGD"),
        "inr" | "rupee" | "rupees" | "rs" => cur("INR"),
        "krw" => cur("KRW"),
        "rub" | "ruble" | "rubles" | "rouble" | "roubles" => cur("RUB"),
        "lira" | "liras" => cur("TRY"),
        "ils" | "shekel" | "shekels" => cur("ILS"),
        "mxn" => cur("MXN"),
        "brl" | "reais" => cur("BRL"),
        "zar" => cur("ZAR"),
        "sek" | "kronor" | "krona" => cur("SEK"),
        "nok" => cur("NOK"),
        "dkk" => cur("DKK"),
        "pln" | "zloty" | "zlotys" => cur("PLN"),
        "huf" | "forint" | "forints" => cur("HUF"),
        "czk" => cur("CZK"),
        "kwd" => cur("KWD"),
        "lbp" => cur("LBP"),
        "egp" => cur("EGP"),
        "qar" => cur("QAR"),
        "sar" => cur("SAR"),
        "aed" | "dirham" | "dirhams" => cur("AED"),
        "bgn" => cur("BGN"),
        "myr" | "ringgit" | "ringgits" | "rm" => cur("MYR"),
        "mnt" | "tugrik" | "tugriks" => cur("MNT"),
        "uah" | "hryvnia" | "hryvnias" => cur("UAH"),
        "thb" | "baht" => cur("THB"),
        "idr" | "rupiah" => cur("IDR"),
        "vnd" => cur("VND"),
        "ngn" | "naira" => cur("NGN"),
        "kes" => cur("KES"),
        "pkr" => cur("PKR"),
        "btc" | "bitcoin" | "bitcoins" => cur("BTC"),
        "satoshi" | "satoshis" => minor_unit("BTC/100000000"),
        "cent" | "cents" => CENT,
        "sen" | "sens" => SEN,
        "penny" | "pennies" | "pence" => PENNY,
        "peso" | "pesos" | "franc" | "francs" | "dinar" | "dinars" | "riyal" | "riyals"
        | "rial" | "rials" | "krone" | "kroner" | "guilder" | "guilders" | "markka" | "pesetas"
        | "peseta" | "kr" => UNKNOWN,
        _ => return None,
    })
}

/// Upper-case ISO codes that are also English words (`TRY`, `PHP`):
/// currencies only when written in capitals.
pub(super) fn upper_code(w: &str) -> Option<Currency> {
    Some(match w {
        "TRY" => cur("TRY"),
        "PHP" => cur("PHP"),
        "DONG" => cur("VND"),
        _ => return None,
    })
}

/// Country adjectives (lowercase) that pick the currency of a shared name:
/// `Canadian dollars`, `Swiss francs`, `Mexican pesos`.
pub(super) fn country(w: &str) -> Option<&'static str> {
    Some(match w {
        "us" | "u.s." | "american" => "USD",
        "canadian" => "CAD",
        "australian" => "AUD",
        "zealand" => "NZD",
        "kong" => "HKD",
        "singapore" => "SGD",
        "mexican" => "MXN",
        "swiss" => "CHF",
        "chinese" => "CNY",
        "japanese" => "JPY",
        "indian" => "INR",
        "british" => "GBP",
        "egyptian" => "EGP",
        "lebanese" => "LBP",
        "turkish" => "TRY",
        "russian" => "RUB",
        "kuwaiti" => "KWD",
        "qatari" => "QAR",
        "saudi" => "SAR",
        "malaysian" | "malaysia" => "MYR",
        "brazilian" => "BRL",
        "dutch" => "NLG",
        "finnish" => "FIM",
        "french" => "FRF",
        "spanish" => "ESP",
        "danish" => "DKK",
        "norwegian" => "NOK",
        "swedish" => "SEK",
        _ => return None,
    })
}

/// Currency names a country adjective may qualify.
pub(super) fn takes_country(w: &str) -> bool {
    matches!(
        w,
        "dollar"
            | "dollars"
            | "franc"
            | "francs"
            | "peso"
            | "pesos"
            | "pound"
            | "pounds"
            | "dinar"
            | "dinars"
            | "riyal"
            | "riyals"
            | "yuan"
            | "yen"
            | "rupee"
            | "rupees"
            | "lira"
            | "krone"
            | "kroner"
            | "krona"
            | "kronor"
            | "guilder"
            | "guilders"
            | "markka"
            | "peseta"
            | "pesetas"
            | "ringgit"
            | "ringgits"
            | "ruble"
            | "rubles"
    )
}

/// `MUSD`, `MEUR`: a million of the currency (finance shorthand).
pub(super) fn million_code(w: &str) -> Option<&'static str> {
    let rest = w.strip_prefix('m')?;
    match rest {
        "usd" | "eur" | "gbp" | "aud" | "cad" | "chf" | "jpy" | "cny" | "sek" | "nok" => {
            word(rest).and_then(|c| c.iso)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_symbols_codes_and_names() {
        assert_eq!(symbol('€').and_then(|c| c.iso), Some("EUR"));
        assert_eq!(word("dollars").and_then(|c| c.iso), Some("USD"));
        assert_eq!(word("cents"), Some(minor_unit("USD/100")));
        assert_eq!(minor("EUR"), Some("EUR/100"));
        assert_eq!(dollar_prefix("hk"), Some("HKD"));
        assert_eq!(country("swiss"), Some("CHF"));
        assert_eq!(million_code("musd"), Some("USD"));
        assert!(word("francs").is_some_and(|c| c.iso.is_none()));
    }
}
