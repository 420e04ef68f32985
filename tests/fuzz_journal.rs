//! Fuzzing the journal reader and recovery (issue 12): proptest over arbitrary bytes and
//! over damaged copies of valid journals built with the record builders of the test kit
//! (bit flips, torn tails, inserted, deleted, joined, split, swapped and duplicated lines,
//! blocks of zeros, checksums moved between lines, another device's lines, records of a
//! newer version, a second writer's lines with valid checksums).
//!
//! Each property runs a fixed number of cases from a fixed seed, so CI is deterministic and
//! bounded. To search longer or elsewhere: `FUZZ_CASES=20000 FUZZ_SEED=7 cargo test --release
//! --test fuzz_journal`. A failing input is shrunk, printed, and written whole to a file
//! whose path the failure names.
//!
//! Properties of `journal::scan`:
//! - it never panics;
//! - every record it returns was written by this device (one of the encoded records, or a
//!   line another writer made with a valid checksum): a flipped or torn line is never
//!   mistaken for a record;
//! - records come back in strictly increasing sequence; every complete line is either a
//!   record or reported bad; the torn tail is what follows the last newline;
//! - `good_len` is at most the input's length, ends a line, and the first `good_len` bytes
//!   (and `good_bytes`) scan to the same records;
//! - a line that reads as a record on its own is returned unless an earlier line holds the
//!   same or a later sequence number (the journal keeps one order);
//! - a prefix of a valid journal, cut anywhere, gives exactly the records whose lines are
//!   complete.
//!
//! Properties of recovery over a session folder on the simulated disk: it never panics;
//! it never loses a record whose line is intact (and in order); with `writable` it keeps
//! the damaged journal byte for byte in set-aside/ and leaves a journal that scans clean;
//! the session then opens, takes a new note, and reads back with everything.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use convene::agenda::{self, Agenda};
use convene::session::testkit::{Scribe, roundtable_morning};
use convene::session::{Attribution, EntryKind, Event, Mark, Record};
use convene::store::SessionStore;
use convene::store::disk::Disk;
use convene::store::journal::{self, Scan};
use convene::store::recovery::{self, SET_ASIDE_DIR};
use convene::store::sim::SimDisk;
use convene::store::{StoreError, snapshot};
use jiff::{SignedDuration, Timestamp};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestError, TestRunner};
use uuid::Uuid;

const DEVICE: &str = "fuzz-laptop-1a2b3c4d";
const OTHER: &str = "other-laptop-9f8e7d6c";
const DIR: &str = "/data/sessions/2009-04-28-fuzz-0001";

// ---------------------------------------------------------------------------------------
// A case: the records written, and the bytes of the journal after the damage.

#[derive(Clone)]
struct Case {
    /// What this device wrote, in order.
    records: Arc<Vec<Record>>,
    /// Records with a valid checksum that the damage made (another writer's lines).
    extra: Vec<Record>,
    /// The journal as it is on disk now.
    bytes: Vec<u8>,
}

impl fmt::Debug for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHOWN: usize = 3000;
        let shown = &self.bytes[..self.bytes.len().min(SHOWN)];
        write!(
            f,
            "{} records written, {} bytes after the damage: b\"{}\"",
            self.records.len(),
            self.bytes.len(),
            shown.escape_ascii()
        )?;
        if self.bytes.len() > SHOWN {
            write!(f, " … (cut; the whole input is in the file named below)")?;
        }
        Ok(())
    }
}

impl Case {
    fn encoded(&self) -> Vec<u8> {
        self.records.iter().map(line).collect::<String>().into_bytes()
    }
}

fn line(record: &Record) -> String {
    journal::encode(record).unwrap_or_else(|e| panic!("encode: {e}"))
}

// ---------------------------------------------------------------------------------------
// The runner: fixed case count and seed, failures shrunk and written out whole.

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

/// How many cases ended which way.
#[derive(Debug, Default)]
struct Tally(std::collections::BTreeMap<&'static str, u32>);

impl Tally {
    fn get(&self, outcome: &str) -> u32 {
        self.0.get(outcome).copied().unwrap_or(0)
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|(k, n)| format!("{k} {n}")).collect();
        f.write_str(&parts.join(", "))
    }
}

type Outcomes = Vec<&'static str>;

/// Runs `test` on `cases` cases (or `FUZZ_CASES`) from a fixed seed (or `FUZZ_SEED`); a
/// failure panics with the shrunk case and the file it was written to.
fn fuzz<S>(
    name: &str,
    cases: u32,
    seed: u64,
    strategy: S,
    test: impl Fn(&Case) -> Result<Outcomes, TestCaseError>,
) -> Tally
where
    S: Strategy<Value = Case>,
{
    let cases = env_u64("FUZZ_CASES").map_or(cases, |n| u32::try_from(n).unwrap_or(u32::MAX));
    let seed = env_u64("FUZZ_SEED").map_or(seed, |s| s.wrapping_mul(1_000_003).wrapping_add(seed));
    let config = Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        max_shrink_iters: 2048,
        max_shrink_time: 30_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let tally = std::cell::RefCell::new(Tally::default());
    let outcome = runner.run(&strategy, |case| {
        for outcome in test(&case)? {
            *tally.borrow_mut().0.entry(outcome).or_default() += 1;
        }
        Ok(())
    });
    let tally = tally.into_inner();
    eprintln!("{name}: {cases} cases, seed {seed}: {tally}");
    match outcome {
        Ok(()) => tally,
        Err(TestError::Fail(_, case)) => {
            let case = minimize(case, &test);
            let why = fails(&test, &case).unwrap_or_default();
            let path = std::env::temp_dir().join(format!("convene-fuzz-{name}-{seed}.jsonl"));
            let written = match std::fs::write(&path, &case.bytes) {
                Ok(()) => format!("written to {}", path.display()),
                Err(e) => format!("could not be written to {}: {e}", path.display()),
            };
            panic!("{name} (seed {seed}): {why}\nminimal case: {case:?}\nthe damaged journal was {written}");
        }
        Err(TestError::Abort(why)) => panic!("{name} (seed {seed}): aborted: {why}"),
    }
}

/// How `test` fails on `case`, panics included; None when it passes.
fn fails<T>(test: &impl Fn(&Case) -> Result<T, TestCaseError>, case: &Case) -> Option<String> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| test(case))) {
        Ok(Ok(_)) => None,
        Ok(Err(e)) => Some(e.to_string()),
        Err(panic) => Some(
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "a panic".into()),
        ),
    }
}

/// Cuts lines, then bytes, out of a failing case while it fails the same way.
fn minimize<T>(mut case: Case, test: &impl Fn(&Case) -> Result<T, TestCaseError>) -> Case {
    let started = std::time::Instant::now();
    let in_time = || started.elapsed() < std::time::Duration::from_secs(20);
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let Some(why) = fails(test, &case) else {
        std::panic::set_hook(quiet);
        return case;
    };
    let head = |s: &str| {
        let words: Vec<String> = s
            .split_whitespace()
            .take(5)
            .map(|w| w.chars().filter(|c| !c.is_ascii_digit()).collect())
            .collect();
        words.join(" ")
    };
    let same = |c: &Case| fails(test, c).is_some_and(|r| head(&r) == head(&why));
    'lines: while in_time() {
        let lines: Vec<&[u8]> = case.bytes.split_inclusive(|&b| b == b'\n').collect();
        for len in (1..=lines.len()).rev() {
            for at in 0..=lines.len() - len {
                let shorter =
                    Case { bytes: [&lines[..at], &lines[at + len..]].concat().concat(), ..case.clone() };
                if same(&shorter) {
                    case = shorter;
                    continue 'lines;
                }
            }
        }
        break;
    }
    let mut chunk = case.bytes.len().div_ceil(2).max(1);
    while in_time() {
        let mut at = 0;
        let mut cut_any = false;
        while at < case.bytes.len() && in_time() {
            let mut shorter = case.clone();
            shorter.bytes.drain(at..(at + chunk).min(case.bytes.len()));
            if same(&shorter) {
                case = shorter;
                cut_any = true;
            } else {
                at += chunk;
            }
        }
        if !cut_any {
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
    }
    std::panic::set_hook(quiet);
    case
}

// ---------------------------------------------------------------------------------------
// Valid journals.

fn agenda(name: &str) -> Agenda {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas").join(name);
    agenda::load(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// Texts that are hard on a line format: quotes, backslashes, newlines, braces, a line
/// that looks like a journal line, scripts, emoji, control characters.
const TEXTS: &[&str] = &[
    "More joint seminars with prosecutors",
    "Ҳуқуқи инсон ва амният — ӣ ӯ ҳ қ ғ ҷ",
    "«Профилактика лучше лечения»",
    "a \"quoted\" word and a back\\slash",
    "two\nlines\r\nand a tab\t",
    "}\n{\"crc32\":\"00000000\",\"record\":{}}\n",
    "e\u{301} \u{202e}reversed\u{202c} \u{200b}",
    "\u{1b}]0;title\u{7}",
    "🙂 👍🏽 漢字",
    "",
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => prop::sample::select(TEXTS).prop_map(str::to_string),
        1 => "[a-zA-Zа-яА-Яӣӯҳқғҷ0-9 .,:;\"\\\\{}\\[\\]\n-]{0,60}",
    ]
}

/// A session start and `events` more records of this device, with fixed ids so every run
/// writes the same bytes.
fn build(agenda: &Agenda, events: &[(u8, String)]) -> Vec<Record> {
    let mut scribe = Scribe::new(DEVICE, roundtable_morning());
    let id = |n: u64| Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 + u128::from(n));
    let mut start = scribe.start(agenda);
    start.id = id(0);
    let mut out = vec![start];
    let items: Vec<String> = agenda.items().map(|(_, item)| item.id.clone()).collect();
    let mut entries: Vec<Uuid> = Vec::new();
    for (n, (what, text)) in events.iter().enumerate() {
        scribe.advance(37);
        let n = n as u64 + 1;
        let item = items.get(n as usize % items.len().max(1)).cloned().unwrap_or_default();
        let last = entries.last().copied();
        let event = match (what % 10, last) {
            (5, Some(entry)) => Event::EntryEdited { entry, text: text.clone() },
            (6, Some(entry)) => Event::EntryMarked { entry, mark: Mark::Contested },
            (7, Some(entry)) => Event::EntryDeleted { entry },
            (8, _) => Event::ItemStarted { item },
            (9, _) => Event::ItemPaused { item },
            (kind, _) => {
                let entry = id(1000 + n);
                entries.push(entry);
                Event::EntryCaptured {
                    entry,
                    kind: [
                        EntryKind::DiscussionPoint,
                        EntryKind::Quote,
                        EntryKind::RecommendationParticipants,
                    ][usize::from(kind) % 3],
                    text: text.clone(),
                    attribution: Attribution {
                        role: (kind % 2 == 0).then(|| "police officer".to_string()),
                        not_for_attribution: kind % 3 == 0,
                        ..Attribution::default()
                    },
                    item: Some(item),
                    group: None,
                    attached_to: None,
                }
            }
        };
        let mut record = scribe.record(event);
        record.id = id(n);
        out.push(record);
    }
    out
}

/// Journals of the small sample (most) and of the roundtable (a 13 kB first line).
fn journals() -> impl Strategy<Value = Arc<Vec<Record>>> {
    let small = Arc::new(agenda("steering-working-session.json"));
    let large = Arc::new(agenda("dushanbe-roundtable-2009.json"));
    (prop::bool::weighted(0.15), vec((any::<u8>(), text()), 0..10))
        .prop_map(move |(big, events)| Arc::new(build(if big { &large } else { &small }, &events)))
}

// ---------------------------------------------------------------------------------------
// Damage.

#[derive(Debug, Clone)]
enum Damage {
    Flip(Index, u8),
    Set(Index, Index),
    Insert(Index, Vec<u8>),
    Delete(Index, u16),
    Truncate(Index),
    CopyChunk(Index, u16, Index),
    /// A block of zeros, as a file system may leave after a power cut.
    Zeros(Index, u16),
    SwapLines(Index, Index),
    DuplicateLine(Index, Index),
    DeleteLine(Index),
    JoinLines(Index),
    SplitLine(Index, Index),
    GarbageLine(Index, Vec<u8>),
    /// Line A gets line B's checksum.
    CrcFrom(Index, Index),
    /// The head of line A and the tail of line B.
    Splice(Index, Index, Index),
    CrBeforeNewline(Index),
    /// A valid line of another device (a journal copied into the wrong file).
    Foreign(Index, Index),
    /// A valid line of an event kind this version does not know, after the last line.
    Future,
    /// A valid line with another sequence number: a second writer of this journal.
    Reseq(Index, Index, u8),
}

const SPECIAL_BYTES: &[u8] = &[
    0x00, 0x0A, 0x0D, 0x20, b'"', b'\\', b'{', b'}', b'[', b']', b',', b':', b'0', b'9', b'a', b'f', b'g',
    0x7F, 0x80, 0xC3, 0xD0, 0xE2, 0xED, 0xFF,
];

fn damage() -> impl Strategy<Value = Damage> {
    let i = || any::<Index>();
    prop_oneof![
        4 => (i(), 0u8..8).prop_map(|(a, b)| Damage::Flip(a, b)),
        2 => (i(), i()).prop_map(|(a, b)| Damage::Set(a, b)),
        1 => (i(), vec(any::<u8>(), 1..16)).prop_map(|(a, b)| Damage::Insert(a, b)),
        2 => (i(), 1u16..200).prop_map(|(a, b)| Damage::Delete(a, b)),
        3 => i().prop_map(Damage::Truncate),
        1 => (i(), 1u16..400, i()).prop_map(|(a, b, c)| Damage::CopyChunk(a, b, c)),
        1 => (i(), 1u16..600).prop_map(|(a, b)| Damage::Zeros(a, b)),
        1 => (i(), i()).prop_map(|(a, b)| Damage::SwapLines(a, b)),
        1 => (i(), i()).prop_map(|(a, b)| Damage::DuplicateLine(a, b)),
        1 => i().prop_map(Damage::DeleteLine),
        1 => i().prop_map(Damage::JoinLines),
        1 => (i(), i()).prop_map(|(a, b)| Damage::SplitLine(a, b)),
        1 => (i(), vec(any::<u8>(), 0..40)).prop_map(|(a, b)| Damage::GarbageLine(a, b)),
        1 => (i(), i()).prop_map(|(a, b)| Damage::CrcFrom(a, b)),
        1 => (i(), i(), i()).prop_map(|(a, b, c)| Damage::Splice(a, b, c)),
        1 => i().prop_map(Damage::CrBeforeNewline),
        1 => (i(), i()).prop_map(|(a, b)| Damage::Foreign(a, b)),
        1 => Just(Damage::Future),
        1 => (i(), i(), any::<u8>()).prop_map(|(a, b, c)| Damage::Reseq(a, b, c)),
    ]
}

fn lines_of(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes.split_inclusive(|&b| b == b'\n').map(<[u8]>::to_vec).collect()
}

/// A position in `0..=len`.
fn pos(i: &Index, len: usize) -> usize {
    i.index(len + 1)
}

fn apply(case: &mut Case, damage: &Damage) {
    let bytes = &mut case.bytes;
    let mut lines = lines_of(bytes);
    let n = lines.len();
    let mut relines = |f: &mut dyn FnMut(&mut Vec<Vec<u8>>)| {
        if n > 0 {
            f(&mut lines);
            *bytes = lines.concat();
        }
    };
    match damage {
        Damage::Flip(i, bit) => {
            if !bytes.is_empty() {
                let p = i.index(bytes.len());
                bytes[p] ^= 1 << bit;
            }
        }
        Damage::Set(i, b) => {
            if !bytes.is_empty() {
                let p = i.index(bytes.len());
                bytes[p] = SPECIAL_BYTES[b.index(SPECIAL_BYTES.len())];
            }
        }
        Damage::Insert(i, chunk) => {
            let p = pos(i, bytes.len());
            bytes.splice(p..p, chunk.iter().copied());
        }
        Damage::Delete(i, len) => {
            let p = pos(i, bytes.len());
            let end = (p + usize::from(*len)).min(bytes.len());
            bytes.drain(p..end);
        }
        Damage::Truncate(i) => {
            let p = pos(i, bytes.len());
            bytes.truncate(p);
        }
        Damage::CopyChunk(from, len, to) => {
            let p = pos(from, bytes.len());
            let chunk = bytes[p..(p + usize::from(*len)).min(bytes.len())].to_vec();
            let q = pos(to, bytes.len());
            bytes.splice(q..q, chunk);
        }
        Damage::Zeros(i, len) => {
            let p = pos(i, bytes.len());
            let end = (p + usize::from(*len)).min(bytes.len());
            bytes[p..end].fill(0);
            if end - p < usize::from(*len) {
                bytes.resize(p + usize::from(*len), 0);
            }
        }
        Damage::SwapLines(a, b) => relines(&mut |l| l.swap(a.index(n), b.index(n))),
        Damage::DuplicateLine(a, b) => relines(&mut |l| {
            let copy = l[a.index(n)].clone();
            l.insert(pos(b, n), copy);
        }),
        Damage::DeleteLine(a) => relines(&mut |l| {
            l.remove(a.index(n));
        }),
        Damage::JoinLines(a) => relines(&mut |l| {
            let l = &mut l[a.index(n)];
            if l.last() == Some(&b'\n') {
                l.pop();
            }
        }),
        Damage::SplitLine(a, at) => relines(&mut |l| {
            let l = &mut l[a.index(n)];
            let p = pos(at, l.len());
            l.insert(p, b'\n');
        }),
        Damage::GarbageLine(a, garbage) => relines(&mut |l| {
            let mut g: Vec<u8> = garbage.iter().copied().filter(|&b| b != b'\n').collect();
            g.push(b'\n');
            l.insert(pos(a, n), g);
        }),
        Damage::CrcFrom(a, b) => relines(&mut |l| {
            let crc = |l: &[u8]| l.get(10..18).map(<[u8]>::to_vec);
            if let (Some(from), true) = (crc(&l[b.index(n)]), l[a.index(n)].len() >= 18) {
                l[a.index(n)][10..18].copy_from_slice(&from);
            }
        }),
        Damage::Splice(a, b, at) => relines(&mut |l| {
            let (x, y) = (l[a.index(n)].clone(), l[b.index(n)].clone());
            let p = pos(at, x.len().min(y.len()));
            l[a.index(n)] = [&x[..p], &y[p..]].concat();
        }),
        Damage::CrBeforeNewline(a) => relines(&mut |l| {
            let l = &mut l[a.index(n)];
            if l.last() == Some(&b'\n') {
                l.insert(l.len() - 1, b'\r');
            }
        }),
        Damage::Foreign(from, at) => {
            let mut record = case.records[from.index(case.records.len())].clone();
            record.device = OTHER.to_string();
            let foreign = line(&record).into_bytes();
            relines(&mut |l| l.insert(pos(at, n), foreign.clone()));
        }
        Damage::Future => {
            // A newer convene continued this journal: its record is kept and skipped, and
            // what comes after it is read as usual.
            let seq = case.records.iter().map(|r| r.seq).max().unwrap_or(0) + 1;
            let body = format!(
                "{{\"id\":\"{}\",\"device\":\"{DEVICE}\",\"seq\":{seq},\"at\":\"2009-04-28T09:00:00Z\",\"event\":{{\"type\":\"hologram_shown\",\"item\":\"x\"}}}}",
                Uuid::from_u128(7)
            );
            let future =
                format!("{{\"crc32\":\"{:08x}\",\"record\":{body}}}\n", crc32fast::hash(body.as_bytes()));
            case.extra.extend(journal::decode_line(future.trim_end().as_bytes()).ok());
            relines(&mut |l| l.push(future.clone().into_bytes()));
        }
        Damage::Reseq(from, at, seq) => {
            // A second writer appends notes; it never starts the session again.
            if case.records.len() < 2 {
                return;
            }
            let mut record = case.records[1 + from.index(case.records.len() - 1)].clone();
            record.seq = u64::from(*seq % 16);
            let valid = line(&record).into_bytes();
            case.extra.push(record);
            relines(&mut |l| l.insert(pos(at, n), valid.clone()));
        }
    }
}

/// Valid journals with up to `most` kinds of damage; with probability `spare_start` the
/// first line (the session start, by far the longest) is left whole, so that damage lands
/// on the notes and recovery has a session to recover.
fn damaged(most: usize, spare_start: f64) -> impl Strategy<Value = Case> {
    (journals(), vec(damage(), 1..=most), prop::bool::weighted(spare_start)).prop_map(
        |(records, damage, spare)| {
            let mut case = Case { records, extra: Vec::new(), bytes: Vec::new() };
            let all = case.encoded();
            let first = if spare { all.iter().position(|&b| b == b'\n').map_or(0, |p| p + 1) } else { 0 };
            case.bytes = all[first..].to_vec();
            for d in &damage {
                apply(&mut case, d);
            }
            case.bytes.splice(0..0, all[..first].iter().copied());
            case
        },
    )
}

fn arbitrary() -> impl Strategy<Value = Case> {
    let records = Arc::new(Vec::new());
    prop_oneof![
        vec(any::<u8>(), 0..600),
        vec(prop::sample::select(b"{}[]\":,\n0123456789abcdefcrecordseqdevice \\\x00\xff".to_vec()), 0..600),
    ]
    .prop_map(move |bytes| Case { records: records.clone(), extra: Vec::new(), bytes })
}

// ---------------------------------------------------------------------------------------
// The properties of scan.

/// The record a complete line holds on its own (checksum good, this device), ignoring its place.
fn alone(line: &[u8]) -> Option<Record> {
    if line.last() != Some(&b'\n') {
        return None;
    }
    journal::scan(line, DEVICE).records.into_iter().next()
}

fn check_scan(case: &Case) -> Result<Outcomes, TestCaseError> {
    let bytes = &case.bytes;
    let scan = journal::scan(bytes, DEVICE);
    let mut outcomes = vec![if scan.is_clean() { "clean" } else { "damaged" }];

    // Only what this device wrote, each in one piece.
    for record in &scan.records {
        prop_assert!(
            case.records.contains(record) || case.extra.contains(record),
            "a record nobody wrote: seq {} {:?}",
            record.seq,
            record.event
        );
    }
    let seqs: Vec<u64> = scan.records.iter().map(|r| r.seq).collect();
    prop_assert!(seqs.windows(2).all(|w| w[0] < w[1]), "sequence not strictly increasing: {seqs:?}");

    // Every complete line is accounted for; the tail is what follows the last newline.
    let lines: Vec<&[u8]> = bytes.split_inclusive(|&b| b == b'\n').collect();
    let complete = lines.iter().filter(|l| l.last() == Some(&b'\n')).count();
    prop_assert_eq!(scan.records.len() + scan.bad.len(), complete, "lines neither good nor bad");
    let tail = bytes.len() - bytes.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    prop_assert_eq!(scan.torn_tail, tail);
    for bad in &scan.bad {
        prop_assert!(bad.line >= 1 && bad.line <= complete, "bad line {} of {complete}", bad.line);
        prop_assert!(!bad.reason.is_empty());
    }

    // good_len ends a line inside the input, and what is before it reads the same.
    prop_assert!(scan.good_len <= bytes.len());
    prop_assert!(
        scan.good_len == 0 || bytes[scan.good_len - 1] == b'\n',
        "good_len {} ends no line",
        scan.good_len
    );
    let again = journal::scan(&bytes[..scan.good_len], DEVICE);
    prop_assert!(again.records == scan.records, "the first good_len bytes read differently");
    let rewritten = journal::scan(&scan.good_bytes, DEVICE);
    prop_assert!(rewritten.is_clean(), "good_bytes is not clean: {:?}", rewritten.bad);
    prop_assert!(rewritten.records == scan.records, "good_bytes reads differently");
    prop_assert_eq!(rewritten.good_len, scan.good_bytes.len());

    // Nothing that reads on its own is lost, unless an earlier line holds a later sequence.
    let mut highest = 0;
    for l in lines.iter().filter(|l| l.last() == Some(&b'\n')) {
        if let Some(record) = alone(l) {
            if record.seq > highest {
                prop_assert!(
                    scan.records.contains(&record),
                    "a readable line in order was dropped: seq {}",
                    record.seq
                );
            } else {
                outcomes.push("readable line behind a later seq: dropped");
            }
            highest = highest.max(record.seq);
        }
    }
    let intact = case.records.iter().filter(|r| lines.iter().any(|l| *l == line(r).as_bytes())).count();
    if intact < case.records.len() && !case.records.is_empty() {
        outcomes.push("some lines damaged");
    }
    Ok(outcomes)
}

// ---------------------------------------------------------------------------------------
// The properties of recovery.

fn at(minutes: i64) -> Timestamp {
    roundtable_morning().checked_add(SignedDuration::from_mins(minutes)).unwrap_or(roundtable_morning())
}

/// The records that must come back: intact lines (exactly as written) in order.
fn must_survive(case: &Case) -> Vec<Record> {
    let written: std::collections::HashMap<Vec<u8>, &Record> =
        case.records.iter().map(|r| (line(r).into_bytes(), r)).collect();
    let mut highest = 0;
    let mut out = Vec::new();
    for l in case.bytes.split_inclusive(|&b| b == b'\n') {
        let readable = alone(l);
        if let (Some(record), Some(read)) = (written.get(l), &readable)
            && read.seq > highest
        {
            out.push((*record).clone());
        }
        if let Some(read) = readable {
            highest = highest.max(read.seq);
        }
    }
    out
}

fn check_recovery(case: &Case) -> Result<Outcomes, TestCaseError> {
    let dir = Path::new(DIR);
    let disk = SimDisk::new();
    let fail = |what: &str, e: &dyn fmt::Display| TestCaseError::fail(format!("{what}: {e}"));
    disk.create_dir(dir).map_err(|e| fail("create_dir", &e))?;
    let path = dir.join(journal::file_name(DEVICE));
    disk.overwrite(&path, &case.bytes);
    let scan = journal::scan(&case.bytes, DEVICE);
    let survive = must_survive(case);
    let started = scan.records.iter().any(|r| matches!(r.event, Event::SessionStarted { .. }));

    // Read-only first: nothing on disk may change.
    let before = disk.names_in(dir);
    match recovery::recover(&disk, dir, None, at(600)) {
        Ok(read) => {
            prop_assert!(started, "a session without a start record");
            check_recovered(&read.session, &read.report, &scan, &survive)?;
        }
        Err(StoreError::NoSession { .. }) => prop_assert!(!started, "a start record was not found"),
        Err(e) => return Err(fail("read-only recovery failed", &e)),
    }
    prop_assert_eq!(&disk.names_in(dir), &before, "read-only recovery changed the folder");
    prop_assert!(
        disk.contents(&path).as_deref() == Some(&case.bytes[..]),
        "read-only recovery changed the journal"
    );

    // Opened by another device: the damaged journal is read the same way and left as it
    // is, byte for byte (that device repairs its own; a sync tool may still complete it).
    match recovery::recover(&disk, dir, Some("another-laptop"), at(600)) {
        Ok(read) => check_recovered(&read.session, &read.report, &scan, &survive)?,
        Err(StoreError::NoSession { .. }) => prop_assert!(!started, "a start record was not found"),
        Err(e) => return Err(fail("recovery by another device failed", &e)),
    }
    prop_assert!(
        disk.contents(&path).as_deref() == Some(&case.bytes[..]),
        "another device's recovery changed this device's journal"
    );
    prop_assert_eq!(disk.names_in(dir), before, "another device's recovery changed the folder");

    // Writable: the damage is set aside whole, the journal is left clean.
    let recovered = match recovery::recover(&disk, dir, Some(DEVICE), at(601)) {
        Ok(r) => r,
        Err(StoreError::NoSession { .. }) => return Ok(vec!["no session start left"]),
        Err(e) => return Err(fail("recovery failed", &e)),
    };
    check_recovered(&recovered.session, &recovered.report, &scan, &survive)?;
    let now_bytes = disk.contents(&path).unwrap_or_default();
    let now_scan = journal::scan(&now_bytes, DEVICE);
    prop_assert!(now_scan.is_clean(), "the journal left by recovery is not clean: {:?}", now_scan.bad);
    prop_assert!(now_scan.records == scan.records, "the journal left by recovery lost records");
    if !scan.is_clean() {
        let aside = dir.join(SET_ASIDE_DIR);
        let kept = disk
            .names_in(&aside)
            .iter()
            .any(|n| disk.contents(&aside.join(n)).as_deref() == Some(&case.bytes[..]));
        prop_assert!(kept, "the damaged journal was not kept byte for byte in set-aside/");
    }

    // The session opens, takes a new note, and reads back with everything.
    let arc: Arc<dyn Disk> = Arc::new(disk.clone());
    let (mut store, _) = SessionStore::open(arc, dir, DEVICE, at(602), None).map_err(|e| fail("open", &e))?;
    let entry = Uuid::from_u128(0xFEED);
    let note = Event::EntryCaptured {
        entry,
        kind: EntryKind::Conclusion,
        text: "after the crash".into(),
        attribution: Attribution::default(),
        item: None,
        group: None,
        attached_to: None,
    };
    store.record(note, at(603)).map_err(|e| fail("a note after recovery was not saved", &e))?;
    drop(store);
    let last = recovery::recover(&disk, dir, None, at(604)).map_err(|e| fail("read back", &e))?;
    prop_assert!(last.report.records_dropped() == 0 && !last.report.tail_truncated(), "{}", last.report);
    prop_assert!(last.session.entry(entry).is_some(), "the note saved after recovery is gone");
    check_recovered(&last.session, &last.report, &scan, &survive)?;
    Ok(vec![if scan.is_clean() { "clean" } else { "repaired" }])
}

fn check_recovered(
    session: &convene::session::Session,
    report: &recovery::RecoveryReport,
    scan: &Scan,
    survive: &[Record],
) -> Result<(), TestCaseError> {
    let journal = report.journals.iter().find(|j| j.file == journal::file_name(DEVICE));
    prop_assert!(journal.is_some(), "the journal is missing from the report");
    let applied = session.applied.get(DEVICE).copied().unwrap_or(0);
    for record in survive {
        prop_assert!(
            applied >= record.seq,
            "intact record seq {} was not applied (up to {applied})",
            record.seq
        );
        if let Event::EntryCaptured { entry, .. } = &record.event {
            prop_assert!(session.entry(*entry).is_some(), "the intact note of seq {} is lost", record.seq);
        }
    }
    prop_assert!(
        applied >= scan.last_seq() || scan.records.is_empty(),
        "applied {applied} < {}",
        scan.last_seq()
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------
// The tests.

#[test]
fn arbitrary_bytes_never_panic_the_reader() {
    fuzz("journal-bytes", 3_000, 0x10A0_0001, arbitrary(), check_scan);
}

#[test]
fn damaged_journals_never_yield_a_record_nobody_wrote() {
    let tally = fuzz("journal-damage", 1_500, 0x10A0_0002, damaged(4, 0.5), check_scan);
    assert!(tally.get("damaged") > 0 && tally.get("clean") > 0, "journal-damage: {tally}");
}

#[test]
fn a_torn_tail_yields_exactly_the_complete_lines() {
    // Every cut of a small journal, then random cuts of others.
    let check = |case: &Case, cut: usize| -> Result<(), TestCaseError> {
        let bytes = case.encoded();
        let cut = cut.min(bytes.len());
        let scan = journal::scan(&bytes[..cut], DEVICE);
        let mut end = 0;
        let mut expected = Vec::new();
        for record in case.records.iter() {
            end += line(record).len();
            if end > cut {
                break;
            }
            expected.push(record.clone());
        }
        let complete: usize = expected.iter().map(|r| line(r).len()).sum();
        prop_assert!(
            scan.records == expected,
            "cut at {cut}: {} records, expected {}",
            scan.records.len(),
            expected.len()
        );
        prop_assert!(scan.bad.is_empty(), "cut at {cut}: bad lines {:?}", scan.bad);
        prop_assert_eq!(scan.good_len, complete);
        prop_assert_eq!(scan.torn_tail, cut - complete);
        Ok(())
    };
    let small = agenda("steering-working-session.json");
    let events: Vec<(u8, String)> = TEXTS.iter().enumerate().map(|(i, t)| (i as u8, t.to_string())).collect();
    let case = Case { records: Arc::new(build(&small, &events)), extra: Vec::new(), bytes: Vec::new() };
    for cut in 0..=case.encoded().len() {
        check(&case, cut).unwrap_or_else(|e| panic!("{e}"));
    }
    let strategy = (journals(), any::<Index>()).prop_map(|(records, cut)| {
        let mut case = Case { records, extra: Vec::new(), bytes: Vec::new() };
        let bytes = case.encoded();
        case.bytes = bytes[..pos(&cut, bytes.len())].to_vec();
        case
    });
    fuzz("journal-torn", 500, 0x10A0_0003, strategy, |case| {
        check(case, case.bytes.len()).map(|()| vec!["cut"])
    });
}

#[test]
fn recovery_of_a_damaged_folder_never_loses_an_intact_record() {
    let tally = fuzz("journal-recovery", 400, 0x10A0_0004, damaged(3, 0.85), check_recovery);
    assert!(tally.get("repaired") > 0, "journal-recovery: {tally}");
}

#[test]
fn a_clean_journal_recovers_to_the_state_its_records_fold_to() {
    let small = agenda("steering-working-session.json");
    let events: Vec<(u8, String)> =
        TEXTS.iter().enumerate().map(|(i, t)| (i as u8 * 3, t.to_string())).collect();
    let records = build(&small, &events);
    let case = Case { records: Arc::new(records.clone()), extra: Vec::new(), bytes: Vec::new() };
    let case = Case { bytes: case.encoded(), ..case };
    let mut folded = convene::session::Session::start(&records[0]).unwrap_or_else(|| panic!("no start"));
    for r in &records[1..] {
        folded.apply(r);
    }
    let disk = SimDisk::new();
    let dir = Path::new(DIR);
    disk.create_dir(dir).unwrap_or_else(|e| panic!("{e}"));
    disk.overwrite(&dir.join(journal::file_name(DEVICE)), &case.bytes);
    let mut read = recovery::recover(&disk, dir, None, at(600)).unwrap_or_else(|e| panic!("{e}"));
    assert!(read.report.is_clean(), "{}", read.report);
    // Recovery also notes where the journal stood: the whole of it, one line per record.
    let mark = read.session.journals.remove(DEVICE).unwrap_or_else(|| panic!("no mark"));
    assert_eq!(
        (mark.bytes, mark.lines, mark.records),
        (case.bytes.len() as u64, records.len() as u64, records.len() as u64)
    );
    assert_eq!(mark.seq, records.len() as u64);
    assert!(read.session == folded, "recovery and the fold disagree");
    let bytes = snapshot::encode(&read.session).unwrap_or_else(|e| panic!("{e}"));
    assert!(snapshot::decode(&bytes).is_ok_and(|s| s == folded), "the minutes do not read back");
    check_recovery(&case).unwrap_or_else(|e| panic!("{e}"));
}
