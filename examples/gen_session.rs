//! Writes a session folder of N captured entries in the documented journal format, for
//! measuring costs that grow with a session (BENCHMARKS.md); what is in it is described in
//! `convene::testing::generate`. No minutes.json (so opening it replays the journal)
//! unless `--snapshot`.
//!
//! `cargo run --release --example gen_session -- DATA_DIR ENTRIES [--snapshot]` writes
//! DATA_DIR/sessions/gen-ENTRIES/ and prints its path; `convene run --data-dir DATA_DIR
//! --resume gen-ENTRIES` opens it.

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(data), Some(n)) = (args.first(), args.get(1).and_then(|n| n.parse::<usize>().ok())) else {
        eprintln!("usage: gen_session DATA_DIR ENTRIES [--snapshot]");
        std::process::exit(2);
    };
    let dir = PathBuf::from(data).join("sessions").join(format!("gen-{n}"));
    convene::testing::generate::write_session(&dir, n, args.iter().any(|a| a == "--snapshot"));
    println!("{}", dir.display());
}
