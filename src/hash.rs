//! A fast hasher for the crate's internal maps, whose keys are small
//! integers (claim positions, token hashes) or short ids: std's `SipHash`
//! guards against flooding with a per-process key, but costs more than
//! the rest of a lookup; none of these maps is iterated in an order that
//! reaches the results.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The multiplicative hash of rustc's `FxHasher`: rotate, xor, multiply.
#[derive(Clone, Copy, Default)]
pub(crate) struct FastHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        // usize is at most 64 bits on every platform Rust supports.
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FastHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A `HashSet` with [`FastHasher`].
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_with_fast_hashes() {
        let mut m: FastMap<&str, usize> = FastMap::default();
        for (i, k) in ["a", "bb", "a", "a longer key than eight bytes"]
            .iter()
            .enumerate()
        {
            m.entry(k).or_insert(i);
        }
        assert_eq!(m.len(), 3);
        assert_eq!(m["a"], 0);
        let s: FastSet<usize> = (0..1000).collect();
        assert!(s.contains(&999));
    }
}
