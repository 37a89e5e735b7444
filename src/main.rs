//! The `lkjip` command. All work is done by the library; see `lkjip::cmd`.

use std::process::ExitCode;

fn main() -> ExitCode {
    batasi_memori_malloc();
    // Argument errors in Indonesian (or English, or JSON): see cmd::argumen.
    lkjip::cmd::argumen::jalankan(std::env::args_os().collect())
}

/// Allocations of 128 KiB and more get their own mapping, returned to the
/// system when freed, for the whole run. glibc starts with that threshold
/// but raises it (up to 32 MiB) each time a mapped block is freed, so which
/// of Typst's large buffers later stay on the heap depends on the order in
/// which its layout threads happened to free theirs: the peak memory of one
/// `lkjip build data/2023` varied between 322 and 360 MiB from run to run.
/// Setting the threshold turns that adjustment off (mallopt(3)); the peak is
/// 318–320 MiB every run (as `typst compile` of the same source), at no
/// measured cost in time (examples/banding_typst).
fn batasi_memori_malloc() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes a malloc parameter; it is called before
    // any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}
