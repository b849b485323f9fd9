//! The HTML report (`Report::write_html`, `factdiff compare --format
//! html`): escaping, exact highlights, robustness against bad spans, and a
//! real browser loading the page.
//!
//! The browser test runs Chromium headless when `/usr/bin/chromium` (or
//! `chromium` on `PATH`) exists; with `CI` set it must exist. Elsewhere it
//! prints a notice and skips. It saves a screenshot at
//! `target/report-screenshot.png`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use factdiff::{Comparer, Document, Report, Span, Verdict};

/// A fictional local paper. It carries markup, quotes, `&`, emoji and a
/// right-to-left sentence with a figure in it.
const GAZETTE: &str = "Storm Floods Millbrook \"Old Quarry\" District\n\
MILLBROOK — The river rose 4.2 meters overnight, and crews evacuated 1,200 residents from \
the \"Old Quarry\" district, Mayor Ada Penhallow said on Friday.\n\
Two people died & 14 were injured, the county coroner's office said.\n\
At least 300 homes were damaged 🌊, according to the fire brigade's first count.\n\
A reader's note pasted into our comment form read <script>alert(1)</script> and was removed.\n\
قال المسؤولون إن 40 منزلا تضررت في الحي الشرقي.\n\
The council has promised $2 million for repairs.\n";

/// A fictional rival paper on the same storm.
const HERALD: &str = "Millbrook counts the cost after the river's 'worst night'\n\
MILLBROOK — Rescuers moved about 1,200 people out of the Old Quarry district as the river \
climbed 4.2 meters, Mayor Ada Penhallow said.\n\
Three people died and 14 were hurt, the coroner said on Saturday.\n\
Some 310 homes were damaged by the water <b>so far</b> 🏚️.\n\
\"We have never seen it this high,\" said shop owner Tomás Ferreira-Ollé.\n\
עשרות תושבים עדיין בבתי ספר, אמרה העירייה.\n\
The council has pledged $2 million for repairs & cleanup <img src=x onerror=alert(2)>.\n";

fn docs() -> Vec<Document> {
    vec![
        Document::new("quarry-gazette", GAZETTE),
        Document::new("quarry-herald", HERALD),
    ]
}

fn render(report: &Report, docs: &[Document]) -> String {
    let mut out = Vec::new();
    report.write_html(docs, &mut out).expect("write to a Vec");
    String::from_utf8(out).expect("the page is UTF-8")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Removes every tag, keeping the text between them.
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for ch in s.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    out
}

/// The inner HTML of each document's `div.text`, in page order.
fn text_blocks(page: &str) -> Vec<&str> {
    page.split("<div class=\"text\">")
        .skip(1)
        .map(|rest| rest.split("</div>").next().expect("closed"))
        .collect()
}

/// Checks that `open` and `close` tags balance and never close more than
/// was opened, reading left to right.
fn assert_nesting(page: &str, name: &str) {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut depth = 0_i64;
    let mut rest = page;
    loop {
        let o = rest.find(&open);
        let c = rest.find(&close);
        match (o, c) {
            (Some(o), Some(c)) if o < c => {
                depth += 1;
                rest = &rest[o + open.len()..];
            }
            (_, Some(c)) => {
                depth -= 1;
                assert!(depth >= 0, "</{name}> closes nothing");
                rest = &rest[c + close.len()..];
            }
            (Some(_), None) => panic!("<{name}> never closed"),
            (None, None) => break,
        }
    }
    assert_eq!(depth, 0, "unbalanced <{name}>");
}

#[test]
fn input_text_is_escaped_and_every_figure_highlighted_once() {
    let docs = docs();
    let report = Comparer::default().compare(&docs);
    assert!(report.claims.len() >= 8, "{report}");
    assert!(report.count(Verdict::Conflict) >= 1, "{report}");
    assert!(report.count(Verdict::Agree) >= 1, "{report}");
    let page = render(&report, &docs);

    // Nothing from the articles becomes markup.
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<img"));
    assert!(!page.contains("<b>so far"));
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(page.contains("&quot;Old Quarry&quot;"));
    assert!(page.contains("river&#39;s &#39;worst night&#39;"));
    assert!(page.contains("died &amp; 14"));
    assert!(page.contains("🌊") && page.contains("🏚️"));
    assert!(page.contains("قال المسؤولون"));
    assert!(page.contains("עשרות תושבים"));

    // Every claim's figure is wrapped in a highlight, exactly once.
    assert_eq!(
        page.matches("<mark class=\"fig ").count(),
        report.claims.len()
    );
    for (i, claim) in report.claims.iter().enumerate() {
        let anchor = format!(" id=\"claim-{i}\"");
        assert_eq!(page.matches(&anchor).count(), 1, "{}", claim.id);
        let at = page.find(&anchor).expect("anchor");
        let before = &page[..at];
        let class = claim_class(&report, i);
        assert!(
            before.ends_with(&format!("<mark class=\"fig {class}\"")),
            "{}",
            claim.id
        );
        let after = &page[at..];
        let inner = &after[after.find('>').expect("tag end") + 1..];
        let inner = &inner[..inner.find("</mark>").expect("closed mark")];
        assert_eq!(inner, escape(&claim.figure.text), "{}", claim.id);
        assert_eq!(unescape(inner), claim.figure.text);
        // And the claim's finding row links to it.
        if report.findings.iter().any(|f| f.claims.contains(&claim.id)) {
            assert!(
                page.contains(&format!("href=\"#claim-{i}\"")),
                "{}",
                claim.id
            );
        }
    }

    // One row per finding, colour-coded by verdict, with its explanation.
    assert_eq!(
        page.matches("<tr class=\"finding ").count(),
        report.findings.len()
    );
    for (n, f) in report.findings.iter().enumerate() {
        let v = f.verdict.as_str();
        assert!(page.contains(&format!(
            "<tr class=\"finding {v}\" id=\"finding-{n}\" data-verdict=\"{v}\">"
        )));
        assert!(page.contains(&escape(&f.explanation)));
    }
    assert!(page.contains(&format!(
        "Showing {n} of {n} findings",
        n = report.findings.len()
    )));
    assert!(page.contains(&format!(
        "{} claims, {} findings",
        report.claims.len(),
        report.findings.len()
    )));

    // Each document's text comes back exactly from its column.
    let blocks = text_blocks(&page);
    assert_eq!(blocks.len(), docs.len());
    for (block, doc) in blocks.iter().zip(&docs) {
        assert_eq!(unescape(&strip_tags(block)), doc.text);
    }
    for tag in [
        "mark", "span", "tr", "td", "div", "article", "section", "bdi",
    ] {
        assert_nesting(&page, tag);
    }
}

/// The class a claim's highlight carries: the most severe verdict of its
/// findings, or `alone`.
fn claim_class(report: &Report, claim: usize) -> &'static str {
    let id = &report.claims[claim].id;
    report
        .findings
        .iter()
        .filter(|f| f.claims.contains(id))
        .map(|f| f.verdict)
        .max()
        .map_or("alone", Verdict::as_str)
}

#[test]
fn bad_spans_are_skipped_without_breaking_markup() {
    let docs = docs();
    let mut report = Comparer::default().compare(&docs);
    let gazette: Vec<usize> = (0..report.claims.len())
        .filter(|&i| report.claims[i].doc == "quarry-gazette")
        .collect();
    assert!(gazette.len() >= 5);
    let wave = GAZETTE.find('🌊').expect("emoji");
    // Inside a multi-byte character: not on a char boundary.
    report.claims[gazette[0]].figure.span = Span::new(wave + 1, wave + 3);
    // Empty.
    report.claims[gazette[1]].figure.span = Span::new(10, 10);
    // Past the end of the text.
    let last = *gazette.last().expect("claims");
    report.claims[last].figure.span = Span::new(GAZETTE.len() - 2, GAZETTE.len() + 10);
    // From one figure into the next sentence, overlapping the next claim.
    let (first, second) = (gazette[2], gazette[3]);
    let into = report.claims[second].figure.span.start + 2;
    report.claims[first].figure.span.end = into;
    assert!(GAZETTE[report.claims[first].figure.span.range()].contains('\n'));
    let page = render(&report, &docs);

    for tag in ["mark", "span", "tr", "td", "div", "article"] {
        assert_nesting(&page, tag);
    }
    for i in [gazette[0], gazette[1], last] {
        assert!(!page.contains(&format!("id=\"claim-{i}\"")), "claim {i}");
    }
    // The overlapping pair: one highlight, the other claim anchored.
    assert_eq!(
        page.matches(&format!(
            "<mark class=\"fig conflict\" id=\"claim-{first}\""
        ))
        .count(),
        1
    );
    assert_eq!(
        page.matches(&format!("<span class=\"anchor\" id=\"claim-{second}\""))
            .count(),
        1
    );
    assert_eq!(
        page.matches("<mark class=\"fig ").count(),
        report.claims.len() - 4
    );
    let blocks = text_blocks(&page);
    for (block, doc) in blocks.iter().zip(&docs) {
        assert_eq!(unescape(&strip_tags(block)), doc.text);
    }
}

#[test]
fn missing_texts_and_empty_reports_still_render() {
    let docs = docs();
    let report = Comparer::default().compare(&docs);
    // Only one of the two texts supplied.
    let page = render(&report, &docs[..1]);
    assert!(page.contains("The text of this document was not supplied."));
    assert_eq!(text_blocks(&page).len(), 1);
    assert_nesting(&page, "mark");

    let empty = Comparer::default().compare(&[]);
    let page = render(&empty, &[]);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("0 documents, 0 stories, 0 claims, 0 findings"));
    assert!(page.trim_end().ends_with("</html>"));

    let nothing = [Document::new("blank", "")];
    let page = render(&Comparer::default().compare(&nothing), &nothing);
    assert_eq!(text_blocks(&page), [""]);
}

#[test]
fn odd_inputs_render_and_round_trip() {
    let texts = [
        "\u{feff}Crews freed 12 miners.\r\nCrews freed 13 miners.\rDone.",
        "Nul\0 bytes: 40 boats \0 sank.",
        "((((\"\"\"'''<<<>>>&&&; 7 of 8 & 9.",
        "\u{202e}Override 55 km\u{202c} and \u{2067}isolate 66\u{2069} — 77%",
        "\n\n\n   ",
        "数字は 300 人。الرقم ٤٠ هنا. 🧪🧪 5 tests",
    ];
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(format!("odd-<{i}>&\"'"), *t))
        .collect();
    let report = Comparer::default().compare(&docs);
    assert!(report.claims.len() >= 6, "{report}");
    let page = render(&report, &docs);
    assert!(!page.contains("odd-<"));
    for tag in ["mark", "span", "div", "article", "bdi"] {
        assert_nesting(&page, tag);
    }
    assert_eq!(
        page.matches("<mark class=\"fig ").count(),
        report.claims.len()
    );
    let blocks = text_blocks(&page);
    assert_eq!(blocks.len(), docs.len());
    for (block, doc) in blocks.iter().zip(&docs) {
        let shown = unescape(&strip_tags(block).replace("&#xFFFD;", "\u{fffd}"));
        assert_eq!(shown, doc.text.replace('\0', "\u{fffd}"));
    }
}

#[test]
fn the_page_loads_nothing_from_the_network() {
    let docs = docs();
    let page = render(&Comparer::default().compare(&docs), &docs);
    for needle in ["http://", "https://", " src=\"", "<link", "@import", "url("] {
        assert!(!page.contains(needle), "{needle}");
    }
    assert!(page.contains("default-src 'none'"));
}

/// The Content-Security-Policy allows the page's script by its hash; if
/// the script changes without the hash, browsers refuse to run it.
#[test]
fn csp_hash_matches_the_script() {
    let docs = docs();
    let page = render(&Comparer::default().compare(&docs), &docs);
    let script = page
        .split("<script>")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("one inline script");
    let expected = format!("'sha256-{}'", base64(&sha256(script.as_bytes())));
    assert!(
        page.contains(&format!("script-src {expected}")),
        "update SCRIPT_HASH in src/report/html/assets.rs to {expected}"
    );
}

// ---------------------------------------------------------------------
// A real browser.

/// Chromium, if this machine has it; with `CI` set it must.
fn chromium() -> Option<PathBuf> {
    let fixed = PathBuf::from("/usr/bin/chromium");
    let found = if fixed.is_file() {
        Some(fixed)
    } else {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join("chromium"))
                .find(|p| p.is_file())
        })
    };
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but Chromium is missing: install it (apt-get install -y chromium) \
             so the HTML report is tested in a browser"
        );
        eprintln!("notice: Chromium not found (/usr/bin/chromium); skipping the browser test");
    }
    found
}

/// Runs headless Chromium with `args` and the page, in a fresh profile,
/// and returns its standard output. Fails after two minutes.
fn run_chromium(chromium: &Path, profile: &Path, args: &[&str], page: &Path) -> String {
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start chromium");
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait for chromium").is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("chromium output");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Drives the page's filters and records what they show on `body`:
/// called with a measure id.
const FILTER_DRIVER: &str = "(function (measure) {
  var body = document.body;
  var form = document.getElementById('filters');
  var agree = document.querySelector('input[name=verdict][value=agree]');
  agree.checked = false;
  form.dispatchEvent(new Event('change'));
  body.setAttribute('data-test-conflict-only',
    body.getAttribute('data-shown') + ' ' + document.querySelectorAll('mark.fig.dim').length);
  agree.checked = true;
  var select = document.getElementById('measure');
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === measure) { select.selectedIndex = i; }
  }
  form.dispatchEvent(new Event('change'));
  body.setAttribute('data-test-measure', body.getAttribute('data-shown'));
})";

#[test]
fn chromium_renders_the_report() {
    let Some(chromium) = chromium() else {
        return;
    };
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let target = tmp.parent().expect("target dir");
    let dir = tmp.join(format!("report-html-browser-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let docs = docs();
    let report = Comparer::default().compare(&docs);
    let page = dir.join("report.html");
    std::fs::write(&page, render(&report, &docs)).expect("write page");
    let page = page.canonicalize().expect("absolute page path");

    let dom = run_chromium(&chromium, &dir.join("profile-dom"), &["--dump-dom"], &page);
    // The script ran: it marks the body and counts the findings it shows.
    assert!(
        dom.contains("data-ready=\"true\""),
        "the page's script did not run (CSP hash?):\n{dom}"
    );
    let n = report.findings.len();
    assert!(dom.contains(&format!("data-shown=\"{n}\"")));
    assert!(dom.contains(&format!("Showing {n} of {n} findings")));
    assert_eq!(dom.matches("<tr class=\"finding ").count(), n);
    assert_eq!(
        dom.matches("<mark class=\"fig ").count(),
        report.claims.len()
    );
    assert!(!dom.contains("<script>alert"));
    assert!(!dom.contains("<img"));
    // The parsed text is the input text.
    let blocks = text_blocks(&dom);
    assert_eq!(blocks.len(), docs.len());
    for (block, doc) in blocks.iter().zip(&docs) {
        assert_eq!(unescape(&strip_tags(block)), doc.text);
    }

    // The filters work: a test driver, allowed by its own hash, unticks
    // `agree`, then ticks it again and picks one measure.
    let conflict_only = report.count(Verdict::Conflict);
    let agree_only_marks = (0..report.claims.len())
        .filter(|&i| claim_class(&report, i) == "agree")
        .count();
    let measure = "homes_damaged";
    let with_measure = report
        .findings
        .iter()
        .filter(|f| {
            f.claims.iter().any(|id| {
                report
                    .claim(id)
                    .is_some_and(|c| c.measure.as_deref() == Some(measure))
            })
        })
        .count();
    assert!(conflict_only > 0 && agree_only_marks > 0 && with_measure > 0);
    assert!(with_measure < n);
    let driver = format!("{FILTER_DRIVER}('{measure}');");
    let hash = format!("'sha256-{}'", base64(&sha256(driver.as_bytes())));
    let driven_html = render(&report, &docs)
        .replacen("script-src ", &format!("script-src {hash} "), 1)
        .replacen("</body>", &format!("<script>{driver}</script>\n</body>"), 1);
    let driven_page = dir.join("driven.html");
    std::fs::write(&driven_page, driven_html).expect("write page");
    let dom = run_chromium(
        &chromium,
        &dir.join("profile-filters"),
        &["--dump-dom"],
        &driven_page,
    );
    assert!(
        dom.contains(&format!(
            "data-test-conflict-only=\"{conflict_only} {agree_only_marks}\""
        )),
        "{dom}"
    );
    assert!(
        dom.contains(&format!("data-test-measure=\"{with_measure}\"")),
        "{dom}"
    );
    assert_eq!(
        dom.matches(" hidden=\"\">").count(),
        n - with_measure,
        "{dom}"
    );

    let shot = target.join("report-screenshot.png");
    let _ = std::fs::remove_file(&shot);
    run_chromium(
        &chromium,
        &dir.join("profile-shot"),
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1400,1000",
        ],
        &page,
    );
    let png = std::fs::read(&shot).expect("the screenshot was saved");
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
    eprintln!("screenshot: {}", shot.display());
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------
// SHA-256 and base64, for checking the CSP hash without a dependency.

/// SHA-256 round constants (FIPS 180-4).
const K: [u32; 64] = [
    0x428a_2f98,
    0x7137_4491,
    0xb5c0_fbcf,
    0xe9b5_dba5,
    0x3956_c25b,
    0x59f1_11f1,
    0x923f_82a4,
    0xab1c_5ed5,
    0xd807_aa98,
    0x1283_5b01,
    0x2431_85be,
    0x550c_7dc3,
    0x72be_5d74,
    0x80de_b1fe,
    0x9bdc_06a7,
    0xc19b_f174,
    0xe49b_69c1,
    0xefbe_4786,
    0x0fc1_9dc6,
    0x240c_a1cc,
    0x2de9_2c6f,
    0x4a74_84aa,
    0x5cb0_a9dc,
    0x76f9_88da,
    0x983e_5152,
    0xa831_c66d,
    0xb003_27c8,
    0xbf59_7fc7,
    0xc6e0_0bf3,
    0xd5a7_9147,
    0x06ca_6351,
    0x1429_2967,
    0x27b7_0a85,
    0x2e1b_2138,
    0x4d2c_6dfc,
    0x5338_0d13,
    0x650a_7354,
    0x766a_0abb,
    0x81c2_c92e,
    0x9272_2c85,
    0xa2bf_e8a1,
    0xa81a_664b,
    0xc24b_8b70,
    0xc76c_51a3,
    0xd192_e819,
    0xd699_0624,
    0xf40e_3585,
    0x106a_a070,
    0x19a4_c116,
    0x1e37_6c08,
    0x2748_774c,
    0x34b0_bcb5,
    0x391c_0cb3,
    0x4ed8_aa4a,
    0x5b9c_ca4f,
    0x682e_6ff3,
    0x748f_82ee,
    0x78a5_636f,
    0x84c8_7814,
    0x8cc7_0208,
    0x90be_fffa,
    0xa450_6ceb,
    0xbef9_a3f7,
    0xc671_78f2,
];

// The names follow FIPS 180-4.
#[allow(clippy::many_single_char_names)]
fn sha256(data: &[u8]) -> [u8; 32] {
    let mut h: [u32; 8] = [
        0x6a09_e667,
        0xbb67_ae85,
        0x3c6e_f372,
        0xa54f_f53a,
        0x510e_527f,
        0x9b05_688c,
        0x1f83_d9ab,
        0x5be0_cd19,
    ];
    let mut msg = data.to_vec();
    let bits = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bits.to_be_bytes());
    for block in msg.chunks_exact(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for (k, wi) in K.iter().zip(w) {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(*k)
                .wrapping_add(wi);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (chunk, word) in out.chunks_exact_mut(4).zip(h) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

fn base64(data: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ABC[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn sha256_and_base64_match_known_values() {
    assert_eq!(
        base64(&sha256(b"")),
        "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
    );
    assert_eq!(
        base64(&sha256(b"abc")),
        "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
    );
    // Two blocks of padding, and base64 padding of both lengths.
    assert_eq!(
        base64(&sha256(&[b'a'; 56])),
        "s1Q5pKxvCUi21vnjxq8PX1kM4g8b3nCQ73lwaG7Gc4o="
    );
    assert_eq!(base64(b"ab"), "YWI=");
    assert_eq!(base64(b"a"), "YQ==");
}
