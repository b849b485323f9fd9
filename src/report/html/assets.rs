//! The page's style sheet and script, written inline into every page,
//! and the script's hash, which the Content-Security-Policy allows.

/// The page's style sheet.
pub(super) const STYLE: &str = r#"
:root { color-scheme: light; --ink: #1d2433; --muted: #5b6980; --line: #d9dee7;
  --paper: #fff; --page: #f4f6f9; --agree: #067647; --agree-bg: #d3f8df;
  --conflict: #b42318; --conflict-bg: #fdd5d1; --alone: #98a2b3; --alone-bg: #eceff3;
  --target: #f79009; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; color: var(--ink); background: var(--page);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
body > header { position: sticky; top: 0; z-index: 3; display: flex; flex-wrap: wrap;
  align-items: center; gap: .4rem 1.5rem; padding: .7rem 1.25rem;
  background: var(--paper); border-bottom: 1px solid var(--line); }
h1 { margin: 0; font-size: 1.15rem; }
.summary { margin: 0; color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem 1.25rem; margin-inline-start: auto; }
.filters .group { display: flex; align-items: center; gap: .75rem; }
.filters .label { font-weight: 600; }
.filters select { font: inherit; padding: .1rem .3rem; }
#shown { color: var(--muted); font-size: .9rem; }
main { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.25rem; padding: 1rem 1.25rem 2rem; }
h2 { margin: 0 0 .5rem; font-size: .8rem; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0 0 .5rem; font-size: .85rem; color: var(--muted); }
.table-wrap { max-height: 46vh; overflow: auto; background: var(--paper);
  border: 1px solid var(--line); border-radius: 6px; }
table { width: 100%; border-collapse: collapse; }
th, td { padding: .45rem .6rem; text-align: start; vertical-align: top; border-bottom: 1px solid var(--line); }
thead th { position: sticky; top: 0; z-index: 1; background: #f9fafb; font-size: .75rem;
  color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
td.n { width: 3rem; white-space: nowrap; }
td.n a { color: var(--muted); text-decoration: none; }
tr.finding.agree td.n { box-shadow: inset 4px 0 var(--agree); }
tr.finding.conflict td.n { box-shadow: inset 4px 0 var(--conflict); }
tr.finding:target { background: #fff8e6; }
tr.story-row th { text-align: left; background: #f1f3f5; font-weight: 600; }
tr.story-row .story-id { color: #667; font-weight: 400; }
.badge { display: inline-block; padding: 0 .55rem; border-radius: 999px; font-size: .8rem; font-weight: 600;
  background: var(--alone-bg); }
.badge.agree { color: var(--agree); background: var(--agree-bg); }
.badge.conflict { color: var(--conflict); background: var(--conflict-bg); }
.score, .tag { display: block; font-size: .75rem; color: var(--muted); }
td.m { white-space: nowrap; }
.measure { display: block; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; }
.measure.none { font-family: inherit; color: var(--muted); font-style: italic; }
.claims ul { margin: 0; padding: 0; list-style: none; }
.claims li { margin: .1rem 0 .35rem; }
.side + .side { margin-top: .35rem; padding-top: .35rem; border-top: 1px dashed var(--line); }
.side-label { font-size: .7rem; font-weight: 700; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
a.claim { color: inherit; text-decoration: none; }
a.claim:hover .fig-ref, a.claim:focus .fig-ref { text-decoration: underline; }
.doc-id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .78rem; color: var(--muted); }
.fig-ref { font-weight: 700; }
.copy { font-size: .75rem; color: var(--muted); }
.sentence { display: block; font-size: .85rem; color: var(--muted); }
.sentence strong { color: var(--ink); }
td.why { max-width: 34rem; font-size: .9rem; }
.columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(21rem, 1fr);
  gap: 1rem; overflow-x: auto; padding-bottom: .5rem; }
article.doc { display: flex; flex-direction: column; min-width: 0; background: var(--paper);
  border: 1px solid var(--line); border-radius: 6px; }
article.doc > header { padding: .5rem .75rem; border-bottom: 1px solid var(--line); }
article.doc h3 { margin: 0; font-size: .95rem; overflow-wrap: anywhere; }
.meta { margin: 0; font-size: .8rem; color: var(--muted); }
.text { margin: 0; padding: .6rem .8rem; max-height: 62vh; overflow: auto; white-space: pre-wrap;
  overflow-wrap: anywhere; unicode-bidi: plaintext; text-align: start;
  font: .95rem/1.6 Georgia, "Times New Roman", serif; }
.missing { padding: .6rem .8rem; color: var(--muted); font-style: italic; }
.s:hover { background: #f1f4f9; }
mark.fig { color: inherit; background: var(--alone-bg); box-shadow: inset 0 -2px var(--alone);
  border-radius: 3px; padding: 0 .08em; }
mark.fig[data-findings] { cursor: pointer; }
mark.fig.agree, .swatch.agree { background: var(--agree-bg); box-shadow: inset 0 -2px var(--agree); }
mark.fig.conflict, .swatch.conflict { background: var(--conflict-bg); box-shadow: inset 0 -2px var(--conflict); }
.swatch { display: inline-block; width: 1.4em; height: 1em; vertical-align: -.15em; border-radius: 3px;
  background: var(--alone-bg); box-shadow: inset 0 -2px var(--alone); }
mark.fig.dim { opacity: .35; }
mark.fig:target { outline: 2px solid var(--target); outline-offset: 1px; }
footer { padding: 0 1.25rem 1.5rem; font-size: .8rem; color: var(--muted); }
"#;

/// The page's script: the verdict and measure filters, dimming the
/// highlights of hidden findings, and clicking a highlight to jump to its
/// finding. It reads only generated ids and escaped attribute values.
///
/// Changing it changes its hash: update [`SCRIPT_HASH`] (the test
/// `report_html::csp_hash_matches_the_script` computes the right value).
pub(super) const SCRIPT: &str = r"
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name=verdict]'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.fig[data-findings]'));
  var select = document.getElementById('measure');
  var shown = document.getElementById('shown');
  function hasMeasure(row, measure) {
    return Array.prototype.some.call(row.querySelectorAll('[data-measure]'), function (el) {
      return el.getAttribute('data-measure') === measure;
    });
  }
  function apply() {
    var verdicts = Object.create(null);
    boxes.forEach(function (box) { if (box.checked) { verdicts[box.value] = true; } });
    var any = !select || select.selectedIndex <= 0;
    var measure = select ? select.value : '';
    var visible = Object.create(null);
    var count = 0;
    rows.forEach(function (row) {
      var on = verdicts[row.getAttribute('data-verdict')] === true && (any || hasMeasure(row, measure));
      row.hidden = !on;
      if (on) { visible[row.id] = true; count += 1; }
    });
    marks.forEach(function (mark) {
      var on = mark.getAttribute('data-findings').split(' ').some(function (id) { return visible[id] === true; });
      mark.classList.toggle('dim', !on);
    });
    if (shown) { shown.textContent = 'Showing ' + count + ' of ' + rows.length + ' findings'; }
    document.body.setAttribute('data-shown', String(count));
  }
  marks.forEach(function (mark) {
    mark.addEventListener('click', function () {
      var first = mark.getAttribute('data-findings').split(' ')[0];
      var row = document.getElementById(first);
      if (row) { location.hash = first; row.scrollIntoView({ block: 'nearest' }); }
    });
  });
  var form = document.getElementById('filters');
  if (form) { form.addEventListener('change', apply); }
  apply();
  document.body.setAttribute('data-ready', 'true');
})();
";

/// The base64 SHA-256 of [`SCRIPT`], for the Content-Security-Policy.
pub(super) const SCRIPT_HASH: &str = "sha256-TPgvc42+XjiPoWWIdnUSNvzHmERfF/kuEAQRDnUwVak=";
