//! The `lkjip` command. All work is done by the library; see `lkjip::cmd`.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    lkjip::cmd::jalankan(lkjip::cmd::Cli::parse())
}
