//! Group sketches: boilerplate lines and the TF-IDF vectors of content terms and names that story
//! separation compares.

use rayon::prelude::*;

use crate::date::Date;
use crate::hash::{FastMap, FastSet};
use crate::story::reading::DocumentSketch;
use crate::story::words::Feature;

/// A sparse unit vector: `(feature, weight)` sorted by feature.
pub(crate) type Vector = Vec<(Feature, f32)>;

/// What story separation compares of one near-duplicate group.
pub(crate) struct Sketch {
    /// Content terms, TF-IDF weighted, unit length.
    pub terms: Vector,
    /// Names (capitalised words, ages), TF-IDF weighted, unit length.
    pub names: Vector,
    /// The features to look candidates up by: the heaviest terms and names.
    pub keys: Vec<Feature>,
    /// The earliest publication date in the group.
    pub date: Option<Date>,
}

/// Settings of the sketches.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SketchParams {
    /// A line found in this many near-duplicate groups or more is
    /// boilerplate.
    pub boilerplate_groups: usize,
    /// The most terms and names a vector keeps (the heaviest).
    pub max_terms: usize,
    pub max_names: usize,
    /// Added to every IDF (as scikit-learn's smooth IDF adds 1), so that a
    /// word all documents share still counts: in a handful of one story's
    /// clippings the shared words are what tells them to be one story.
    pub idf_smooth: f32,
    /// How many of each give candidate keys.
    pub key_terms: usize,
    pub key_names: usize,
}

/// The sketches of a corpus: one per near-duplicate group, each
/// feature's document frequency over the groups, and the boilerplate
/// lines (as line hashes).
pub(crate) struct Sketches {
    pub groups: Vec<Sketch>,
    pub df: FastMap<Feature, u32>,
    pub boilerplate: FastSet<u64>,
}

/// The sketch of each group (`members[g]` the documents of group `g`, the
/// first of which stands for it).
pub(crate) fn sketches(
    docs: &[&DocumentSketch],
    members: &[Vec<usize>],
    params: &SketchParams,
) -> Sketches {
    let boiler = boilerplate(docs, members, params.boilerplate_groups);
    // Each group's raw weights: its first document's words, boilerplate
    // lines left out.
    let raw: Vec<FastMap<Feature, (f32, bool)>> = members
        .par_iter()
        .map(|group| {
            let r = &docs[group[0]].reading;
            let mut tf: FastMap<Feature, (f32, bool)> = FastMap::default();
            for &(line, f, name) in &r.features {
                let (hash, part) = r.lines[line as usize];
                if boiler.contains(&hash) {
                    continue;
                }
                let e = tf.entry(f).or_insert((0.0, name));
                e.0 += part.weight();
            }
            tf
        })
        .collect();
    let mut df: FastMap<Feature, u32> = FastMap::default();
    for tf in &raw {
        for &f in tf.keys() {
            *df.entry(f).or_default() += 1;
        }
    }
    let n = raw.len() as f32;
    let out = raw
        .into_par_iter()
        .zip(members.par_iter())
        .map(|(tf, group)| {
            let mut terms: Vec<(Feature, f32)> = Vec::new();
            let mut names: Vec<(Feature, f32)> = Vec::new();
            for (f, (w, name)) in tf {
                let d = df.get(&f).copied().unwrap_or(1);
                // A feature of one group matches nothing: leaving it out
                // keeps the vectors to what can meet.
                if d < 2 {
                    continue;
                }
                let idf = ((n + 1.0) / (d as f32 + 1.0)).ln() + params.idf_smooth;
                let weight = (1.0 + w.ln()) * idf;
                if weight > 0.0 {
                    if name { &mut names } else { &mut terms }.push((f, weight));
                }
            }
            let keys = heaviest(&mut terms, params.max_terms, params.key_terms)
                .into_iter()
                .chain(heaviest(&mut names, params.max_names, params.key_names))
                .collect();
            Sketch {
                terms: unit(terms),
                names: unit(names),
                keys,
                date: group.iter().filter_map(|&d| docs[d].date).min(),
            }
        })
        .collect();
    Sketches {
        groups: out,
        df,
        boilerplate: boiler,
    }
}

/// Keeps the `max` heaviest entries (ties to the lower feature) and
/// returns the features of the first `keys` of them.
fn heaviest(v: &mut Vec<(Feature, f32)>, max: usize, keys: usize) -> Vec<Feature> {
    v.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(max);
    v.iter().take(keys).map(|&(f, _)| f).collect()
}

/// Sorted by feature, scaled to unit length.
fn unit(mut v: Vec<(Feature, f32)>) -> Vector {
    let norm = v.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for e in &mut v {
            e.1 /= norm;
        }
    }
    v.sort_unstable_by_key(|&(f, _)| f);
    v
}

/// The cosine of two unit vectors sorted by feature.
pub(crate) fn cosine(a: &[(Feature, f32)], b: &[(Feature, f32)]) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// The lines found in at least `min_groups` near-duplicate groups
/// (site furniture: bylines of a wire, "Read more", copyright lines),
/// as a set of line hashes. A group's lines are the union of its
/// documents' lines. Titles count too: a site's name as a title line is
/// boilerplate as much as a footer.
fn boilerplate(
    docs: &[&DocumentSketch],
    members: &[Vec<usize>],
    min_groups: usize,
) -> FastSet<u64> {
    let per_group: Vec<Vec<u64>> = members
        .par_iter()
        .map(|group| {
            let mut hashes: Vec<u64> = group
                .iter()
                .flat_map(|&d| docs[d].reading.lines.iter().map(|&(h, _)| h))
                .collect();
            hashes.sort_unstable();
            hashes.dedup();
            hashes
        })
        .collect();
    let mut count: FastMap<u64, u32> = FastMap::default();
    for hashes in &per_group {
        for &h in hashes {
            *count.entry(h).or_default() += 1;
        }
    }
    count
        .into_iter()
        .filter(|&(_, c)| c as usize >= min_groups)
        .map(|(h, _)| h)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_of_unit_vectors() {
        let v = unit(vec![(1, 3.0), (2, 4.0)]);
        assert!((cosine(&v, &v) - 1.0).abs() < 1e-6);
        assert!(cosine(&v, &unit(vec![(3, 1.0)])).abs() < f32::EPSILON);
    }
}
