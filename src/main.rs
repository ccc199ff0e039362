//! The `kontaktpunkt` binary: parse the command line and hand over to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = kontaktpunkt::cli::Cli::parse();
    kontaktpunkt::cli::run(cli)
}
