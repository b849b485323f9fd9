//! The union-find grouping works with: groups of positions whose members
//! form a ring, so merging allocates nothing.

/// Union-find with member lists, over positions `0..n`: each group's
/// members form a ring (`next`), so merging two groups splices two rings
/// and allocates nothing. Callers only iterate members to test all of
/// them or to sort them, so the order a ring lists them in does not
/// matter.
pub(super) struct Groups {
    nodes: Vec<Node>,
}

#[derive(Clone, Copy)]
struct Node {
    parent: usize,
    /// The next member of the ring of this node's group.
    next: usize,
    /// The group's size (kept at its root).
    size: usize,
}

impl Groups {
    pub(super) fn new(n: usize) -> Groups {
        Groups {
            nodes: (0..n)
                .map(|x| Node {
                    parent: x,
                    next: x,
                    size: 1,
                })
                .collect(),
        }
    }

    pub(super) fn is_root(&self, x: usize) -> bool {
        self.nodes[x].parent == x
    }

    /// The size of the group whose root is `r`.
    pub(super) fn size(&self, r: usize) -> usize {
        self.nodes[r].size
    }

    /// The members of the group whose root is `r`, in no set order.
    pub(super) fn members(&self, r: usize) -> impl Iterator<Item = usize> + '_ {
        let mut at = Some(r);
        std::iter::from_fn(move || {
            let x = at?;
            let next = self.nodes[x].next;
            at = (next != r).then_some(next);
            Some(x)
        })
    }

    /// The roots of groups of two or more, ascending.
    pub(super) fn merged_roots(&self) -> Vec<usize> {
        (0..self.nodes.len())
            .filter(|&r| self.is_root(r) && self.size(r) >= 2)
            .collect()
    }

    pub(super) fn root(&mut self, mut x: usize) -> usize {
        while self.nodes[x].parent != x {
            self.nodes[x].parent = self.nodes[self.nodes[x].parent].parent;
            x = self.nodes[x].parent;
        }
        x
    }

    /// Merges the groups of roots `a` and `b` under the smaller.
    pub(super) fn union(&mut self, a: usize, b: usize) {
        let (keep, gone) = if a < b { (a, b) } else { (b, a) };
        self.nodes[gone].parent = keep;
        self.nodes[keep].size += self.nodes[gone].size;
        let (next_keep, next_gone) = (self.nodes[keep].next, self.nodes[gone].next);
        self.nodes[keep].next = next_gone;
        self.nodes[gone].next = next_keep;
    }
}
