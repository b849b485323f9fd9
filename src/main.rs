//! The `factdiff` command-line tool (being written).

fn main() {}
