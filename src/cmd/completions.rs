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
    // Generated into memory: writing straight to a closed stdout panics.
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "lkjip", &mut buf);
    super::aman::keluar(&String::from_utf8_lossy(&buf));
    ExitCode::SUCCESS
}
