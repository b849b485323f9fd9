//! Currencies: symbols, ISO codes and names, each resolved to an ISO 4217
//! code (or `BTC`). Names shared by many countries (`peso`, `franc`,
//! `dinar`) resolve only with a country adjective before them.

/// How a currency word or symbol relates to the currency's main unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Currency {
    /// ISO code; `None` for a name shared by several currencies.
    pub iso: Option<&'static str>,
    /// Value of one of these in the main unit: 0.01 for cents.
    pub factor: f64,
}

const fn cur(iso: &'static str) -> Currency {
    Currency {
        iso: Some(iso),
        factor: 1.0,
    }
}

const UNKNOWN: Currency = Currency {
    iso: None,
    factor: 1.0,
};
const CENT: Currency = Currency {
    iso: None,
    factor: 0.01,
};
const PENNY: Currency = Currency {
    iso: Some("GBP"),
    factor: 0.01,
};

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
        "satoshi" | "satoshis" => Currency {
            iso: Some("BTC"),
            factor: 1e-8,
        },
        "cent" | "cents" | "sen" | "sens" => CENT,
        "penny" | "pennies" | "pence" => PENNY,
        "peso" | "pesos" | "franc" | "francs" | "dinar" | "dinars" | "riyal" | "riyals"
        | "rial" | "rials" | "krone" | "kroner" | "guilder" | "guilders" | "markka" | "pesetas"
        | "peseta" => UNKNOWN,
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
        assert_eq!(word("cents").map(|c| c.factor), Some(0.01));
        assert_eq!(dollar_prefix("hk"), Some("HKD"));
        assert_eq!(country("swiss"), Some("CHF"));
        assert_eq!(million_code("musd"), Some("USD"));
        assert!(word("francs").is_some_and(|c| c.iso.is_none()));
    }
}
