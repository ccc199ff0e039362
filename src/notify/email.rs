//! E-mail through lettre over SMTP. Every message is fixed text from the locales —
//! Swedish, then English — and a link: never a name, a message, a number, a place or
//! anything else about the person, so that nothing sensitive sits in a mailbox.

use std::time::Duration;

use fluent_bundle::FluentArgs;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;

use super::model::Outcome;
use crate::config::{EmailConfig, EmailTls};
use crate::i18n::{Lang, Locales};

/// The SMTP transport (one connection per message).
pub(super) type Mailer = AsyncSmtpTransport<Tokio1Executor>;

/// Builds the transport from `[email]`; `None` when e-mail is off.
pub(super) fn mailer(config: &EmailConfig) -> anyhow::Result<Option<Mailer>> {
    if !config.enabled {
        return Ok(None);
    }
    let builder = match config.tls {
        EmailTls::None => Mailer::builder_dangerous(&config.host),
        EmailTls::Starttls => Mailer::starttls_relay(&config.host)?,
        EmailTls::Tls => Mailer::relay(&config.host)?,
    };
    let mut builder = builder
        .port(config.port)
        .timeout(Some(Duration::from_secs(config.timeout_secs)));
    if let (false, Some(password)) = (config.username.is_empty(), &config.password) {
        builder = builder.credentials(Credentials::new(
            config.username.clone(),
            password.expose_secret().to_owned(),
        ));
    }
    Ok(Some(builder.build()))
}

/// What an e-mail says.
pub(super) enum Content<'a> {
    /// One new referral, linked.
    Referral(&'a str),
    /// A referral whose person's identity became protected (contact data removed), linked.
    Protected(&'a str),
    /// The daily digest: how many wait.
    Digest(i64),
}

/// The subject and plain-text body: Swedish, then English, each with the link.
pub(super) fn compose(locales: &Locales, public_url: &str, content: &Content<'_>) -> (String, String) {
    let (prefix, link, args) = match content {
        Content::Referral(id) => ("notify-email", format!("{public_url}/inbox/referrals/{id}"), None),
        Content::Protected(id) => (
            "notify-protected",
            format!("{public_url}/inbox/referrals/{id}"),
            None,
        ),
        Content::Digest(count) => {
            let mut args = FluentArgs::new();
            args.set("count", *count);
            ("notify-digest", format!("{public_url}/inbox/"), Some(args))
        }
    };
    let text =
        |lang: Lang, part: &str| plain(&locales.text(lang, &format!("{prefix}-{part}"), args.as_ref()));
    let subject = format!("{} / {}", text(Lang::Sv, "subject"), text(Lang::En, "subject"));
    let body = format!(
        "{}\n\n{link}\n\n{}\n\n-- \n\n{}\n\n{link}\n\n{}\n",
        text(Lang::Sv, "body"),
        text(Lang::Sv, "footer"),
        text(Lang::En, "body"),
        text(Lang::En, "footer"),
    );
    (subject, body)
}

/// Plain text for a mail: without Fluent's direction isolates (both languages are
/// left-to-right, and mail clients show the marks as boxes).
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// Sends one message; the outcome names an error kind or SMTP code, never the relay's text.
pub(super) async fn send(mailer: &Mailer, sender: &str, to: &str, subject: String, body: String) -> Outcome {
    let (Ok(from), Ok(to)) = (sender.parse::<Mailbox>(), to.parse::<lettre::Address>()) else {
        return Outcome::Dead("address_invalid".to_owned());
    };
    let Ok(body) = Body::new_with_encoding(body, ContentTransferEncoding::QuotedPrintable) else {
        return Outcome::Dead("message_invalid".to_owned());
    };
    let message = Message::builder()
        .from(from)
        .to(Mailbox::new(None, to))
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body);
    let Ok(message) = message else {
        return Outcome::Dead("message_invalid".to_owned());
    };
    match mailer.send(message).await {
        Ok(_) => Outcome::Sent,
        Err(err) => classify(&err),
    }
}

/// A permanent refusal (5xx) will not pass by retrying; anything else may.
fn classify(err: &lettre::transport::smtp::Error) -> Outcome {
    let code = err.status().map(|c| format!("smtp {c}"));
    if err.is_permanent() {
        Outcome::Dead(code.unwrap_or_else(|| "smtp_permanent".to_owned()))
    } else if err.is_timeout() {
        Outcome::Retry("smtp_timeout".to_owned())
    } else if err.is_tls() {
        Outcome::Retry("smtp_tls".to_owned())
    } else {
        Outcome::Retry(code.unwrap_or_else(|| "smtp_connection".to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales() -> Locales {
        Locales::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")).unwrap()
    }

    #[test]
    fn a_referral_mail_is_swedish_then_english_with_the_link_in_each() {
        let (subject, body) = compose(&locales(), "https://kp.test", &Content::Referral("r-1"));
        assert_eq!(subject, "Ny remiss väntar i inkorgen / A new referral is waiting");
        let link = "https://kp.test/inbox/referrals/r-1";
        assert_eq!(body.matches(link).count(), 2, "{body}");
        let sv = body.find("En ny remiss").unwrap();
        let en = body.find("A new referral").unwrap();
        assert!(sv < en, "Swedish first: {body}");
    }

    #[test]
    fn a_digest_counts_without_direction_marks_and_links_the_inbox() {
        let (_, body) = compose(&locales(), "https://kp.test", &Content::Digest(4));
        assert!(body.contains("Remisser som väntar i er inkorg: 4."), "{body}");
        assert!(body.contains("https://kp.test/inbox/\n"));
        assert!(!body.contains(['\u{2068}', '\u{2069}']));
    }
}
