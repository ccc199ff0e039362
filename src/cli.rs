//! The command line: `serve`, `migrate` (see `spec/CONTRACT.md`, "Running").

use std::process::ExitCode;

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
}

/// Runs the command and turns the outcome into the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let dev_flag = matches!(cli.command, Command::Serve { dev: true });
    let config = match config::load(dev_flag) {
        Ok(config) => config,
        Err(err) => {
            // Config errors come before logging exists: one clear line naming the key.
            eprintln!("kontaktpunkt: configuration error: {err}");
            return ExitCode::from(2);
        }
    };
    crate::telemetry::init(&config);
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
        }
    });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!(error = format!("{err:#}"), "kontaktpunkt stopped with an error");
            eprintln!("kontaktpunkt: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let app = crate::startup::App::build(config).await?;
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
