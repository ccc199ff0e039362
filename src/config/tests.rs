//! The configuration's loading and checks, each failure naming its key.

use super::*;

fn base() -> Figment {
    figment(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("config/default.toml"),
        None,
    )
}

#[test]
fn default_file_is_valid_in_dev_mode() {
    let config = from_figment(&base(), true).unwrap();
    assert!(config.dev);
    assert!(!config.http.cookie_secure);
}

#[test]
fn production_without_data_key_names_the_key() {
    let err = from_figment(&base(), false).unwrap_err().to_string();
    assert!(err.contains("data_key"), "{err}");
}

#[test]
fn short_data_key_is_rejected() {
    let fig = base().merge(("data_key", "c2hvcnQ="));
    let err = from_figment(&fig, false).unwrap_err().to_string();
    assert!(err.contains("data_key") && err.contains("32 bytes"), "{err}");
}

#[test]
fn wrong_type_names_the_key() {
    let fig = base().merge(("http.max_body_bytes", "lots"));
    let err = from_figment(&fig, true).unwrap_err().to_string();
    assert!(err.contains("max_body_bytes"), "{err}");
}

#[test]
fn unknown_key_is_an_error() {
    let fig = base().merge(("site.colour", "blue"));
    let err = from_figment(&fig, true).unwrap_err().to_string();
    assert!(err.contains("colour"), "{err}");
}

#[test]
fn chat_hours_with_split_shifts_are_read_and_bad_ones_name_their_key() {
    let config = from_figment(&base(), true).unwrap();
    assert_eq!(
        config.chat.shifts(Some(time::Weekday::Monday)),
        vec![
            Shift { start: 540, end: 720 },
            Shift {
                start: 780,
                end: 1260
            }
        ]
    );
    let cases = [
        ("chat.tuesday", "[\"9-12\"]", "not HH:MM"),
        ("chat.friday", "[\"13:00-12:00\"]", "start after end"),
        ("chat.sunday", "[\"22:00-02:00\"]", "across midnight"),
        ("chat.monday", "[\"13:00-21:00\", \"09:00-14:00\"]", "overlapping"),
        ("chat.closed_dates", "[\"28/12/2026\"]", "not a date"),
        ("chat.message_max_chars", "10", "too small"),
        ("chat.idle_timeout_minutes", "0", "zero"),
    ];
    for (key, value, why) in cases {
        let value: toml::Value = toml::from_str(&format!("v = {value}")).unwrap();
        let fig = base().merge((key, value["v"].clone()));
        let err = from_figment(&fig, true).unwrap_err().to_string();
        assert!(err.contains(key), "{why}: {err}");
    }
}

#[test]
fn email_password_never_shows_and_bad_email_settings_name_the_key() {
    let fig = base()
        .merge(("email.enabled", true))
        .merge(("email.username", "kp"))
        .merge(("email.password", "hunter2"))
        .merge(("email.tls", "starttls"));
    let config = from_figment(&fig, true).unwrap();
    assert!(!format!("{config:?}").contains("hunter2"));
    let cases = [
        (fig.clone().merge(("email.tls", "none")), "email.tls"),
        (
            fig.clone().merge(("email.sender", "not an address")),
            "email.sender",
        ),
        (
            fig.clone().merge(("email.public_url", "ftp://x")),
            "email.public_url",
        ),
        (fig.merge(("email.tls", "sometimes")), "tls"),
        (base().merge(("notify.digest_hour", 24)), "notify.digest_hour"),
        (base().merge(("notify.max_attempts", 0)), "notify.max_attempts"),
        (base().merge(("notify.lease_secs", 5)), "notify.lease_secs"),
    ];
    for (fig, key) in cases {
        let err = from_figment(&fig, true).unwrap_err().to_string();
        assert!(err.contains(key), "{key}: {err}");
    }
}

#[test]
fn database_url_hides_password() {
    let url = DatabaseUrl::new("postgres://kp:hunter2@db/kp");
    assert_eq!(url.to_string(), "postgres://kp:[redacted]@db/kp");
    assert!(!format!("{url:?}").contains("hunter2"));
}

#[test]
fn a_police_host_must_be_an_authority_and_the_host_needs_a_name() {
    let config = from_figment(&base(), true).unwrap();
    assert!(config.site.host_is_police && config.site.host_is_authority);
    assert_eq!(config.site.host_name, "Polismyndigheten");
    let fig = base().merge(("site.host_is_authority", false));
    let err = from_figment(&fig, true).unwrap_err().to_string();
    assert!(
        err.contains("site.host_is_police") && err.contains("host_is_authority = true"),
        "{err}"
    );
    let other = fig.merge(("site.host_is_police", false));
    assert!(
        from_figment(&other, true).is_ok(),
        "a host that is not an authority"
    );
    let err = from_figment(&other.merge(("site.host_name", " ")), true)
        .unwrap_err()
        .to_string();
    assert!(err.contains("site.host_name"), "{err}");
}

#[test]
fn the_audit_anchor_defaults_to_the_data_folder_and_bad_settings_name_their_key() {
    let config = from_figment(&base(), true).unwrap();
    assert_eq!(config.audit.anchor_every_secs, 300);
    assert_eq!(config.audit_anchor_file(), config.data_dir.join("audit-anchor"));
    let fig = base().merge(("audit.anchor_file", "/var/log/kontaktpunkt/audit-anchor"));
    let config = from_figment(&fig, true).unwrap();
    assert_eq!(
        config.audit_anchor_file(),
        Path::new("/var/log/kontaktpunkt/audit-anchor")
    );
    for (key, value) in [
        ("audit.anchor_every_secs", "0"),
        ("audit.anchor_every_secs", "86401"),
        ("audit.anchor_file", ""),
    ] {
        let err = from_figment(&base().merge((key, value)), true)
            .unwrap_err()
            .to_string();
        assert!(err.contains(key), "{key}={value}: {err}");
    }
}

#[test]
fn the_write_wait_must_end_before_the_request_does() {
    let config = from_figment(&base(), true).unwrap();
    assert!(config.http.write_wait_secs < config.http.request_timeout_secs);
    for (wait, timeout) in [(0, 30), (30, 30), (31, 30), (5, 5)] {
        let fig = base()
            .merge(("http.write_wait_secs", wait))
            .merge(("http.request_timeout_secs", timeout));
        let err = from_figment(&fig, true).unwrap_err().to_string();
        assert!(err.contains("http.write_wait_secs"), "{wait}/{timeout}: {err}");
    }
    let fig = base()
        .merge(("http.write_wait_secs", 4))
        .merge(("http.request_timeout_secs", 5));
    assert!(from_figment(&fig, true).is_ok());
}

#[test]
fn an_onion_location_must_be_an_onion_services_origin() {
    let v3 = "http://".to_owned() + &"a".repeat(52) + "2345.onion";
    let ok = base().merge(("site.onion_location", v3.clone()));
    assert_eq!(
        from_figment(&ok, true).unwrap().site.onion_location.as_deref(),
        Some(v3.as_str())
    );
    for bad in [
        "kontaktpunkt.onion".to_owned(),
        "http://example.org".to_owned(),
        "http://".to_owned() + &"a".repeat(16) + ".onion",
        v3.clone() + "/sv/",
        v3.replace('a', "A"),
        "ftp://".to_owned() + &"a".repeat(56) + ".onion",
    ] {
        let fig = base().merge(("site.onion_location", bad.clone()));
        let err = from_figment(&fig, true).unwrap_err().to_string();
        assert!(err.contains("site.onion_location"), "{bad}: {err}");
    }
}

#[test]
fn the_session_idle_time_defaults_to_half_an_hour_and_is_bounded() {
    let config = from_figment(&base(), true).unwrap();
    assert_eq!(config.auth.session_idle_minutes, 30);
    assert_eq!(config.auth.session_idle_ms(), 30 * 60 * 1000);
    let config = from_figment(&base().merge(("auth.session_idle_minutes", 480)), true).unwrap();
    assert_eq!(config.auth.session_idle_minutes, 480);
    for value in [0, 4, 481] {
        let err = from_figment(&base().merge(("auth.session_idle_minutes", value)), true)
            .unwrap_err()
            .to_string();
        assert!(err.contains("auth.session_idle_minutes"), "{value}: {err}");
    }
    let err = from_figment(&base().merge(("auth.idle", 5)), true)
        .unwrap_err()
        .to_string();
    assert!(err.contains("idle"), "an unknown key: {err}");
}
