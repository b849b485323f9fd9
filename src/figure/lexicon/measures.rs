//! Unit and currency words: the units of `unit::WORDS` and the currency
//! names and codes of `currency::word`.

use super::Map;
use crate::figure::currency;
use crate::figure::unit;

/// Unit words (`km`, `miles`, `acres`), from the unit table.
pub(super) fn units(m: &mut Map) {
    for (w, u) in unit::WORDS {
        m.entry(*w).or_default().unit = Some(*u);
    }
}

/// Currency words (`dollars`, `eur`, `pesos`).
pub(super) fn currencies(m: &mut Map) {
    for w in CURRENCY_WORDS.iter().chain(&SHARED_CURRENCY) {
        m.entry(w).or_default().currency = currency::word(w);
    }
}

/// Currency names and codes put in the lexicon (see `currency::word`).
pub(super) const CURRENCY_WORDS: [&str; 95] = [
    "usd", "dollar", "dollars", "buck", "bucks", "eur", "euro", "euros", "gbp", "sterling", "quid",
    "jpy", "yen", "cny", "rmb", "yuan", "renminbi", "kuai", "chf", "cad", "aud", "nzd", "hkd",
    "sgd", "inr", "rupee", "rupees", "rs", "krw", "rub", "ruble", "rubles", "rouble", "roubles",
    "lira", "liras", "ils", "shekel", "shekels", "mxn", "brl", "reais", "zar", "sek", "kronor",
    "krona", "nok", "dkk", "pln", "zloty", "zlotys", "huf", "forint", "forints", "czk", "kwd",
    "lbp", "egp", "qar", "sar", "aed", "dirham", "dirhams", "bgn", "myr", "ringgit", "ringgits",
    "rm", "mnt", "tugrik", "tugriks", "uah", "hryvnia", "hryvnias", "thb", "baht", "idr", "rupiah",
    "vnd", "ngn", "naira", "kes", "pkr", "btc", "bitcoin", "bitcoins", "satoshi", "satoshis",
    "cent", "cents", "sen", "sens", "penny", "pennies", "pence",
];

/// Shared currency names (resolved only with a country adjective).
pub(super) const SHARED_CURRENCY: [&str; 19] = [
    "peso", "pesos", "franc", "francs", "dinar", "dinars", "riyal", "riyals", "rial", "rials",
    "krone", "kroner", "guilder", "guilders", "markka", "pesetas", "peseta", "pound", "kr",
];
