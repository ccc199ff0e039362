//! The shipped directory tells the truth: the published hours of CVE's and the honour
//! centre's support lines, Säkerhetspolisen and UD, the shelters and what each
//! civil-society entry offers, and that examples are marked as examples.

use std::path::{Path, PathBuf};

use time::OffsetDateTime;
use time::macros::datetime;

use super::{CivilOffer, Directory, OrgKind, Organisation, OutOfHours};

fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("config/directory")
}

fn directory() -> Directory {
    Directory::load(&shipped()).expect("the shipped directory loads")
}

fn org<'a>(dir: &'a Directory, id: &str) -> &'a Organisation {
    dir.org(id).unwrap_or_else(|| panic!("{id} is in the directory"))
}

/// Loads a copy of the shipped directory with `file` changed by `edit`; the error text.
fn broken(file: &str, edit: impl FnOnce(&str) -> String) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in std::fs::read_dir(shipped()).expect("read") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, dir.path().join(path.file_name().expect("name"))).expect("copy");
    }
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    let changed = edit(&text);
    assert_ne!(changed, text, "the edit changes {file}");
    std::fs::write(&path, changed).expect("write");
    match Directory::load(dir.path()) {
        Ok(_) => panic!("the changed {file} should be rejected"),
        Err(e) => e.to_string(),
    }
}

/// The 1-based line of the first line of `text` containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).expect("needle") + 1
}

/// The line of the `[[…]]` header of the entry in which `needle` first occurs: the line
/// an error about the whole entry names.
fn entry_line(text: &str, needle: &str) -> usize {
    let at = line_of(text, needle.lines().next().expect("a line"));
    text.lines()
        .take(at)
        .collect::<Vec<_>>()
        .iter()
        .rposition(|l| l.starts_with("[["))
        .expect("an entry")
        + 1
}

// Winter time: local = UTC + 1.
/// Tuesday 24 November 2026, `hh:mm` Swedish time.
fn tuesday(hour: u8, minute: u8) -> OffsetDateTime {
    datetime!(2026-11-24 00:00 UTC) + time::Duration::minutes(i64::from(hour) * 60 + i64::from(minute) - 60)
}

/// Wednesday 25 November 2026, `hh:mm` Swedish time.
fn wednesday(hour: u8, minute: u8) -> OffsetDateTime {
    tuesday(hour, minute) + time::Duration::days(1)
}

#[test]
fn cve_support_line_is_open_on_weekdays_from_nine_to_three() {
    let dir = directory();
    let cve = org(&dir, "cve");
    assert_eq!(cve.phone.as_deref(), Some("08-527 44 290"));
    assert_eq!(cve.out_of_hours, OutOfHours::ContactPoint);
    assert!(cve.is_open(tuesday(10, 0)), "Tuesday 10:00");
    assert!(cve.is_open(tuesday(9, 0)), "Tuesday 09:00");
    assert!(cve.is_open(tuesday(14, 59)), "Tuesday 14:59");
    assert!(!cve.is_open(tuesday(15, 30)), "Tuesday 15:30");
    assert!(!cve.is_open(tuesday(8, 30)), "Tuesday 08:30");
    // Saturday 28 November.
    assert!(!cve.is_open(tuesday(10, 0) + time::Duration::days(4)), "Saturday");
    // Tuesday 6 January 2026 (trettondedag jul), 10:00: a public holiday.
    assert!(!cve.is_open(datetime!(2026-01-06 09:00 UTC)), "Epiphany");
    // Friday 1 May 2026, 10:00 (summer time).
    assert!(!cve.is_open(datetime!(2026-05-01 08:00 UTC)), "May Day");
}

#[test]
fn the_honour_centre_has_its_name_since_2022_and_its_support_line_hours() {
    let dir = directory();
    let centre = org(&dir, "nck-heder");
    assert!(
        centre
            .name
            .starts_with("Nationellt centrum mot hedersrelaterat våld och förtryck"),
        "{}",
        centre.name
    );
    assert!(
        centre.name.contains("Länsstyrelsen Östergötland"),
        "{}",
        centre.name
    );
    assert!(!centre.name.contains("kompetensteam"), "{}", centre.name);
    assert_eq!(centre.kind, OrgKind::Agency);
    assert_eq!(centre.phone.as_deref(), Some("010-223 57 60"));
    assert_eq!(centre.out_of_hours, OutOfHours::ContactPoint);
    assert!(centre.is_open(wednesday(10, 0)), "Wednesday 10:00");
    assert!(!centre.is_open(tuesday(10, 0)), "Tuesday 10:00");
    assert!(!centre.is_open(wednesday(12, 30)), "Wednesday 12:30");
    assert!(!centre.is_open(wednesday(8, 59)), "Wednesday 08:59");
    // Monday and Friday of the same week, 10:00.
    assert!(centre.is_open(tuesday(10, 0) - time::Duration::days(1)), "Monday");
    assert!(
        centre.is_open(wednesday(10, 0) + time::Duration::days(2)),
        "Friday"
    );
    assert!(
        !centre.is_open(wednesday(10, 0) + time::Duration::days(1)),
        "Thursday"
    );
    // Friday 25 December 2026: Christmas Day.
    assert!(!centre.is_open(datetime!(2026-12-25 09:00 UTC)), "Christmas Day");
}

#[test]
fn sapo_and_ud_are_agencies_with_their_public_numbers() {
    let dir = directory();
    let sapo = org(&dir, "sapo");
    assert_eq!(sapo.name, "Säkerhetspolisen");
    assert_eq!(sapo.kind, OrgKind::Agency);
    assert_eq!(sapo.phone.as_deref(), Some("010-568 70 00"));
    // Out of office hours the police's 114 14; 112 only through the engine's acute rule.
    assert_eq!(sapo.out_of_hours, OutOfHours::Police11414);
    assert!(sapo.is_open(tuesday(10, 0)));
    assert!(!sapo.is_open(tuesday(22, 0)));

    let ud = org(&dir, "ud");
    assert!(ud.name.starts_with("Utrikesdepartementet"), "{}", ud.name);
    assert_eq!(ud.kind, OrgKind::Agency);
    assert_eq!(ud.phone.as_deref(), Some("+46 8 405 50 05"));
    // Around the clock, Christmas Eve night included.
    for at in [tuesday(3, 0), datetime!(2026-12-24 23:00 UTC), wednesday(12, 30)] {
        assert!(ud.is_open(at), "{at}");
    }
    for o in [sapo, ud] {
        assert!(!o.example && !o.needs_consent && o.vetting.is_none(), "{}", o.id);
    }
}

#[test]
fn every_civil_society_entry_says_what_it_offers_and_shelters_are_vetted_examples() {
    let dir = directory();
    let offers = |id: &str| {
        org(&dir, id)
            .vetting
            .as_ref()
            .map(|v| v.offers.clone())
            .expect("vetted")
    };
    for id in [
        "civil:exempel-mentorer",
        "civil:exempel-forening-syd",
        "civil:exempel-utgangen",
    ] {
        assert_eq!(offers(id), [CivilOffer::Mentoring], "{id}");
    }
    for id in ["civil:exempel-kvinnojour", "civil:exempel-tjejjour"] {
        let shelter = org(&dir, id);
        assert_eq!(offers(id), [CivilOffer::Shelter], "{id}");
        assert_eq!(shelter.kind, OrgKind::CivilSociety);
        assert!(shelter.example && shelter.name.starts_with("Exempel:"), "{id}");
        let vetting = shelter.vetting.as_ref().expect("vetted");
        assert_eq!(vetting.valid_until.year(), 2027, "{id}");
        assert!(
            vetting.environments.is_empty() && vetting.covers.is_none(),
            "{id}"
        );
        assert!(shelter.is_vetted_at(tuesday(10, 0)), "{id}");
        // Evenings, with Kvinnofridslinjen (24/7) named when closed.
        assert!(
            shelter.is_open(tuesday(19, 0)) && !shelter.is_open(tuesday(3, 0)),
            "{id}"
        );
        assert_eq!(shelter.out_of_hours, OutOfHours::Kvinnofridslinjen, "{id}");
    }
    assert!(org(&dir, "civil:exempel-kvinnojour").name.contains("Kvinnojour"));
    assert!(org(&dir, "civil:exempel-tjejjour").name.contains("Tjejjour"));
}

#[test]
fn offers_left_out_means_mentoring() {
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in std::fs::read_dir(shipped()).expect("read") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, dir.path().join(path.file_name().expect("name"))).expect("copy");
    }
    let path = dir.path().join("civil_society.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replacen("offers = [\"mentoring\"]\n", "", 1)).expect("write");
    let dir = Directory::load(dir.path()).expect("loads");
    let first = org(&dir, "civil:exempel-mentorer");
    assert_eq!(
        first.vetting.as_ref().expect("vetted").offers,
        [CivilOffer::Mentoring]
    );
}

#[test]
fn an_unknown_offer_is_rejected_with_file_and_line() {
    let mut line = 0;
    let err = broken("civil_society.toml", |text| {
        line = line_of(text, "offers = [\"shelter\"]");
        text.replacen("offers = [\"shelter\"]", "offers = [\"housing\"]", 1)
    });
    assert!(
        err.contains("civil_society.toml") && err.contains(&format!(":{line}:")) && err.contains("housing"),
        "expected civil_society.toml:{line}: naming \"housing\" in: {err}"
    );
}

#[test]
fn an_empty_offers_list_is_rejected() {
    let err = broken("civil_society.toml", |text| {
        text.replacen("offers = [\"shelter\"]", "offers = []", 1)
    });
    assert!(
        err.contains("civil_society.toml") && err.contains("offers"),
        "{err}"
    );
}

#[test]
fn an_example_must_be_marked_by_name_and_slug_and_a_real_entry_must_not_be() {
    let cases: [(&str, &str, &str, &str); 4] = [
        (
            "programmes.toml",
            "name = \"Exempel: Avhopparverksamheten i Malmö\"",
            "name = \"Avhopparverksamheten i Malmö\"",
            "exempel-malmo",
        ),
        (
            "programmes.toml",
            "slug = \"exempel-malmo\"",
            "slug = \"malmo\"",
            "malmo",
        ),
        (
            "civil_society.toml",
            "slug = \"exempel-tjejjour\"\nname = \"Exempel: Tjejjouren\"\nexample = true",
            "slug = \"exempel-tjejjour\"\nname = \"Exempel: Tjejjouren\"\nexample = false",
            "example = false",
        ),
        (
            "civil_society.toml",
            "name = \"Exempel: Kvinnojouren\"",
            "name = \"Kvinnojouren\"",
            "exempel-kvinnojour",
        ),
    ];
    for (file, from, to, needle) in cases {
        let mut line = 0;
        let err = broken(file, |text| {
            line = entry_line(text, from);
            text.replacen(from, to, 1)
        });
        assert!(
            err.contains(file) && err.contains(&format!(":{line}:")) && err.contains(needle),
            "expected {file}:{line}: naming {needle:?} in: {err}"
        );
    }
}

#[test]
fn every_example_is_marked_in_its_name_and_its_id() {
    let dir = directory();
    let examples: Vec<_> = dir.orgs().iter().filter(|o| o.example).collect();
    assert_eq!(examples.len(), 8, "3 programmes, 5 civil-society entries");
    for o in examples {
        assert!(o.name.starts_with("Exempel:"), "{}", o.id);
        assert!(
            o.id.starts_with("programme:exempel-") || o.id.starts_with("civil:exempel-"),
            "{}",
            o.id
        );
    }
    assert!(
        dir.orgs()
            .iter()
            .filter(|o| !o.example)
            .all(|o| !o.name.contains("Exempel") && !o.id.contains("exempel")),
        "nothing real looks like an example"
    );
}

#[test]
fn a_municipality_is_found_by_its_name_as_people_write_it() {
    let dir = directory();
    let code = |text: &str| dir.municipality_named(text).map(|m| m.code.as_str().to_owned());
    for (text, expected) in [
        ("Malmö", Some("1280")),
        ("MALMO", Some("1280")),
        ("malmö kommun", Some("1280")),
        ("Upplands Väsby", Some("0114")),
        ("upplands-vasby", Some("0114")),
        ("Stockholms stad", Some("0180")),
        ("Göteborgs kommun", Some("1480")),
        ("skelleftea", Some("2482")),
        ("Malung-Sälen", Some("2023")),
        ("0180", Some("0180")),
        ("9999", None),
        ("Atlantis", None),
        ("kommun", None),
        ("", None),
    ] {
        assert_eq!(code(text).as_deref(), expected, "{text:?}");
    }
}
