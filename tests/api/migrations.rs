use std::collections::BTreeSet;

use crate::helpers::root;

fn names(backend: &str) -> BTreeSet<String> {
    std::fs::read_dir(root().join("migrations").join(backend))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn sqlite_and_postgres_have_the_same_migrations() {
    let sqlite = names("sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, names("postgres"));
}
