//! The command line: `serve`, `migrate` (see `spec/CONTRACT.md`, "Running").

use std::process::ExitCode;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::config::{self, Config};

/// Sweden's national contact point for people leaving criminal networks, violent
/// extremism and honour-related environments.
#[derive(Debug, Parser)]
#[command(name = "kontaktpunkt", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The sub-commands of `kontaktpunkt`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the public site, the APIs and the staff areas on one listener.
    Serve {
        /// Development mode: no set-up needed; a data key is created and kept in the data folder.
        #[arg(long)]
        dev: bool,
    },
    /// Run the database migrations and exit.
    Migrate,
    /// Tools for the triage rules.
    Triage {
        /// What to do with the rules.
        #[command(subcommand)]
        command: TriageCommand,
    },
    /// Manage staff and municipality users.
    User {
        /// What to do with users.
        #[command(subcommand)]
        command: UserCommand,
    },
    /// The audit log.
    Audit {
        /// What to do with the audit log.
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Tools for the national directory.
    Directory {
        /// What to do with the directory.
        #[command(subcommand)]
        command: DirectoryCommand,
    },
}

/// `kontaktpunkt triage …`
#[derive(Debug, Subcommand)]
pub enum TriageCommand {
    /// Print the decision for an enquiry (contract JSON) with the rule trail.
    Explain {
        /// A file holding one enquiry as JSON.
        file: PathBuf,
    },
    /// Replay enquiries through the current and a candidate rule set and print what
    /// changes. Reads stored enquiries (or generates synthetic ones); writes nothing.
    Replay {
        /// The folder of candidate rule files.
        #[arg(long)]
        rules: PathBuf,
        /// Only enquiries received on or after this date (YYYY-MM-DD).
        #[arg(long)]
        since: Option<String>,
        /// Replay this many synthetic enquiries instead of stored ones.
        #[arg(long)]
        synthetic: Option<usize>,
        /// How many changed decisions to show as examples.
        #[arg(long, default_value_t = 10)]
        examples: usize,
        /// Development mode (use the data key kept in the data folder).
        #[arg(long)]
        dev: bool,
    },
}

/// `kontaktpunkt user …`
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user; the password is read from standard input (one line). Prints the
    /// second factor's secret once, to enter in an authenticator app.
    Add {
        /// handler, supervisor, admin, auditor or municipality (the inbox and API role of
        /// every recipient organisation, not only municipalities).
        #[arg(long)]
        role: String,
        /// The sign-in name.
        #[arg(long)]
        name: String,
        /// An organisation of the directory the inbox user acts for (socialtjanst:1280,
        /// programme:exempel-malmo, police:region:syd, kriminalvarden, …); repeat for several.
        #[arg(long = "org")]
        orgs: Vec<String>,
        /// Shorthand for `--org socialtjanst:CODE` (that municipality's social services);
        /// repeat for several.
        #[arg(long = "municipality")]
        municipalities: Vec<String>,
    },
}

/// `kontaktpunkt audit …`
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Exit 0 when the audit chain is intact; otherwise name the first broken record.
    Verify,
}

/// `kontaktpunkt directory …`
#[derive(Debug, Subcommand)]
pub enum DirectoryCommand {
    /// Check that every municipality has a route for every environment and that no
    /// expired vetting is routed to; exits non-zero on a problem.
    Check,
}

/// Runs the command and turns the outcome into the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    // Tools that read no personal data need no data key; they validate like dev mode.
    let dev_flag = match &cli.command {
        Command::Serve { dev } => *dev,
        Command::Triage {
            command: TriageCommand::Replay { dev, synthetic, .. },
        } => *dev || synthetic.is_some(),
        Command::Triage {
            command: TriageCommand::Explain { .. },
        }
        | Command::Directory { .. } => true,
        Command::Migrate | Command::User { .. } | Command::Audit { .. } => false,
    };
    let config = match config::load(dev_flag) {
        Ok(config) => config,
        Err(err) => {
            // Config errors come before logging exists: one clear line naming the key.
            eprintln!("kontaktpunkt: configuration error: {err}");
            return ExitCode::from(2);
        }
    };
    if let Err(err) = crate::telemetry::init(&config) {
        // A broken RUST_LOG is refused like a config error: one clear line.
        eprintln!("kontaktpunkt: configuration error: {err}");
        return ExitCode::from(2);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("kontaktpunkt: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    let outcome = runtime.block_on(async move {
        match cli.command {
            Command::Serve { .. } => serve(config).await,
            Command::Migrate => migrate(&config).await,
            Command::Triage { command } => crate::triage::cli::run(&config, command).await,
            Command::Directory {
                command: DirectoryCommand::Check,
            } => crate::triage::cli::directory_check(&config),
            Command::User {
                command:
                    UserCommand::Add {
                        role,
                        name,
                        orgs,
                        municipalities,
                    },
            } => crate::auth::cli::add_user(&config, &role, &name, &orgs, &municipalities).await,
            Command::Audit {
                command: AuditCommand::Verify,
            } => crate::auth::cli::verify_audit(&config).await,
        }
    });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.downcast_ref::<crate::startup::StartupFault>().is_some() => {
            tracing::error!(error = %err, "kontaktpunkt could not start");
            eprintln!("kontaktpunkt: cannot start: {err}");
            ExitCode::from(2)
        }
        Err(err) if err.downcast_ref::<crate::auth::cli::UsageError>().is_some() => {
            // A usage mistake (e.g. an organisation not in the directory): exit code 2.
            eprintln!("kontaktpunkt: {err:#}");
            ExitCode::from(2)
        }
        Err(err) => {
            tracing::error!(error = format!("{err:#}"), "kontaktpunkt stopped with an error");
            eprintln!("kontaktpunkt: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let app = crate::startup::App::build(config)
        .await
        .map_err(|err| anyhow::Error::new(crate::startup::StartupFault::of(&err)))?;
    tracing::info!(listen = %app.local_addr(), "kontaktpunkt is listening");
    app.run_until(crate::startup::shutdown_signal()).await
}

async fn migrate(config: &Config) -> anyhow::Result<()> {
    let db = crate::db::Db::connect(&config.database_url).await?;
    db.migrate().await?;
    tracing::info!("migrations are up to date");
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}
