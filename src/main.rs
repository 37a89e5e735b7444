//! The `lkjip` command. All work is done by the library; see `lkjip::cmd`.

use std::process::ExitCode;

fn main() -> ExitCode {
    // Argument errors in Indonesian (or English, or JSON): see cmd::argumen.
    lkjip::cmd::argumen::jalankan(std::env::args_os().collect())
}
