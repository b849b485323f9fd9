//! Disjoint sets over `0..n` whose root is always the set's first member:
//! grouping that does not depend on the order the unions come in.

/// Union-find with path halving; a set's root is its lowest index.
pub(crate) struct Disjoint {
    parent: Vec<usize>,
}

impl Disjoint {
    /// `n` singleton sets.
    pub(crate) fn new(n: usize) -> Disjoint {
        Disjoint {
            parent: (0..n).collect(),
        }
    }

    /// The root (lowest member) of `x`'s set.
    pub(crate) fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of `a` and `b` under the lower root.
    pub(crate) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }

    /// Each item's root.
    pub(crate) fn roots(mut self) -> Vec<usize> {
        (0..self.parent.len()).map(|x| self.find(x)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Disjoint;

    #[test]
    fn roots_are_the_lowest_members_whatever_the_order() {
        let mut a = Disjoint::new(6);
        a.union(5, 3);
        a.union(3, 1);
        a.union(4, 2);
        let mut b = Disjoint::new(6);
        b.union(1, 3);
        b.union(2, 4);
        b.union(3, 5);
        assert_eq!(a.roots(), [0, 1, 2, 1, 2, 1]);
        assert_eq!(b.roots(), [0, 1, 2, 1, 2, 1]);
    }
}
