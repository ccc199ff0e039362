//! The command-line side of the rule tools (`triage explain`, `triage replay`,
//! `directory check`): loading, reading stored enquiries, printing.

use std::time::Instant;

use anyhow::Context as _;
use time::OffsetDateTime;

use super::tools::{self, Replay};
use super::{Engine, EngineSettings, Enquiry, load_engine};
use crate::cli::TriageCommand;
use crate::clock::{Clock as _, SystemClock, from_unix_ms, unix_ms};
use crate::config::Config;
use crate::crypto::{Column, Context, Keyring};
use crate::db::Db;
use crate::enquiry::model::EnquiryInput;

fn settings(config: &Config) -> EngineSettings {
    EngineSettings {
        host_is_authority: config.site.host_is_authority,
    }
}

fn current_engine(config: &Config) -> anyhow::Result<Engine> {
    load_engine(
        &config.asset(&config.triage.directory_dir),
        &config.asset(&config.triage.rules_dir),
        settings(config),
    )
}

/// Runs a `triage` sub-command.
pub(crate) async fn run(config: &Config, command: TriageCommand) -> anyhow::Result<()> {
    match command {
        TriageCommand::Explain { file } => {
            let engine = current_engine(config)?;
            let bytes = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let enquiry = Enquiry::from_json(&bytes).map_err(|e| {
                anyhow::anyhow!(
                    "{}: {}{}",
                    file.display(),
                    e.field.map(|f| format!("{f}: ")).unwrap_or_default(),
                    e.message
                )
            })?;
            println!("{}", tools::explain(&engine.decide(&enquiry, SystemClock.now())));
            Ok(())
        }
        TriageCommand::Replay {
            rules,
            since,
            synthetic,
            examples,
            ..
        } => {
            let current = current_engine(config)?;
            let candidate = load_engine(
                &config.asset(&config.triage.directory_dir),
                &rules,
                settings(config),
            )
            .with_context(|| format!("loading the candidate rules in {}", rules.display()))?;
            let started = Instant::now();
            let report = match synthetic {
                Some(count) => {
                    let at = SystemClock.now();
                    tools::replay(
                        &current,
                        &candidate,
                        tools::synthetic(current.directory(), count, at),
                        examples,
                    )
                }
                None => replay_stored(config, &current, &candidate, since.as_deref(), examples).await?,
            };
            print!("{report}");
            println!(
                "\ncurrent rules {}\ncandidate rules {}\n{} decisions in {:.2} s",
                current.rules_version(),
                candidate.rules_version(),
                report.total * 2,
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
    }
}

/// Replays stored enquiries, each at the time it was received (opening hours then).
async fn replay_stored(
    config: &Config,
    current: &Engine,
    candidate: &Engine,
    since: Option<&str>,
    examples: usize,
) -> anyhow::Result<Replay> {
    let since_ms = match since {
        Some(date) => {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            let day = time::Date::parse(date, &format)
                .with_context(|| format!("--since {date}: expected YYYY-MM-DD"))?;
            unix_ms(day.midnight().assume_utc())
        }
        None => i64::MIN,
    };
    let (keys, _) = Keyring::from_config(config)?;
    let db = Db::connect(&config.database_url).await?;
    let mut enquiries: Vec<(String, Enquiry, OffsetDateTime)> = Vec::new();
    let mut after = (since_ms, String::new());
    loop {
        let page = crate::enquiry::store::enquiry_facts_page(&db, &after, 1000).await?;
        let Some(last) = page.last() else { break };
        after = (last.created_at, last.id.clone());
        for row in page {
            let facts = keys.open(&Context::new(Column::EnquiryFacts, &row.id), &row.facts_sealed)?;
            let input: EnquiryInput = serde_json::from_slice(&facts)?;
            enquiries.push((
                format!("enquiry {}", row.id),
                input.enquiry,
                from_unix_ms(row.created_at),
            ));
        }
    }
    Ok(tools::replay(current, candidate, enquiries, examples))
}

/// `kontaktpunkt directory check`.
pub(crate) fn directory_check(config: &Config) -> anyhow::Result<()> {
    let engine = current_engine(config)?;
    let at = tools::check_instant(SystemClock.now());
    let report = tools::check_directory(&engine, at);
    for warning in &report.warnings {
        println!("warning: {warning}");
    }
    for problem in &report.problems {
        println!("problem: {problem}");
    }
    let d = engine.directory();
    println!(
        "{} municipalities, {} counties, {} organisations; {} problems, {} warnings",
        d.municipalities().len(),
        d.counties().len(),
        d.orgs().len(),
        report.problems.len(),
        report.warnings.len()
    );
    anyhow::ensure!(
        report.problems.is_empty(),
        "the directory check found {} problems",
        report.problems.len()
    );
    Ok(())
}
