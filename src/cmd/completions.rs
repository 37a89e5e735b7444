//! `lkjip completions SHELL`: shell completion scripts.

use std::process::ExitCode;

use clap::CommandFactory;

/// Arguments of `lkjip completions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Shell tujuan.
    pub shell: clap_complete::Shell,
}

/// Prints the completion script.
pub fn jalankan(args: &Args) -> ExitCode {
    let mut cmd = super::Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "lkjip", &mut std::io::stdout());
    ExitCode::SUCCESS
}
