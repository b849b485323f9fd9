//! Behaviour of the sentence splitter on news text in other scripts, from
//! issue 3, section 3, on sentences written for these tests: Chinese and
//! Japanese, Hindi, Arabic, Greek and Russian, and Latin text with
//! diacritics mixed with other scripts.

mod segment_news_common;

use factdiff::Segmenter;
use segment_news_common::{assert_split, assert_whole, split_with};

// ---------------------------------------------------------------------------
// Non-Latin text.

#[test]
fn chinese_and_japanese() {
    assert_split(
        "河水上涨了三米。居民已经撤离。救援队正在赶来！",
        &["河水上涨了三米。", "居民已经撤离。", "救援队正在赶来！"],
    );
    assert_split("河水上涨了2.5米。", &["河水上涨了2.5米。"]);
    assert_split(
        "本当ですか？はい、本当です。",
        &["本当ですか？", "はい、本当です。"],
    );
    // Without the Unicode fallback our own rules still stop at 。！？.
    let seg = Segmenter::builder().unicode_fallback(false).build();
    assert_eq!(
        split_with(&seg, "河水上涨了三米。居民已经撤离。"),
        ["河水上涨了三米。", "居民已经撤离。"]
    );
}

#[test]
fn hindi_arabic_greek_russian() {
    assert_split(
        "नदी का जलस्तर बढ़ गया। लोगों को सुरक्षित स्थान पर ले जाया गया।",
        &["नदी का जलस्तर बढ़ गया।", "लोगों को सुरक्षित स्थान पर ले जाया गया।"],
    );
    assert_split(
        "ارتفع منسوب النهر. هل غادر السكان؟ نعم، غادروا.",
        &["ارتفع منسوب النهر.", "هل غادر السكان؟", "نعم، غادروا."],
    );
    assert_split(
        "Η στάθμη του ποταμού ανέβηκε. Οι κάτοικοι απομακρύνθηκαν.",
        &[
            "Η στάθμη του ποταμού ανέβηκε.",
            "Οι κάτοικοι απομακρύνθηκαν.",
        ],
    );
    assert_split(
        "Уровень реки поднялся на три метра. Жителей эвакуировали.",
        &[
            "Уровень реки поднялся на три метра.",
            "Жителей эвакуировали.",
        ],
    );
    assert_whole("В 2024 г. река вышла из берегов.");
}

#[test]
fn mixed_scripts_and_latin_diacritics() {
    assert_split(
        "Le maire a parlé à la presse. Les habitants ont applaudi.",
        &[
            "Le maire a parlé à la presse.",
            "Les habitants ont applaudi.",
        ],
    );
    assert_split(
        "Officials in Kraków met on Monday. Łukasz Nowak chaired the session.",
        &[
            "Officials in Kraków met on Monday.",
            "Łukasz Nowak chaired the session.",
        ],
    );
    // A headline in one script and a paragraph in another.
    assert_split(
        "Паводок в Ривертоне\nThe river crested on Sunday. Crews closed the bridge.",
        &[
            "Паводок в Ривертоне",
            "The river crested on Sunday.",
            "Crews closed the bridge.",
        ],
    );
}
