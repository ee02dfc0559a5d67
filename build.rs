//! Compiles the UTC-offset changes of every time zone the app offers into a compact table
//! (`$OUT_DIR/zones.rs` and `zones.bin`), which `src/domain/calendar/zone.rs` reads.
//!
//! The app needs each zone only as a list of offset changes between 1970 and 2100, but
//! chrono-tz ships every zone's history since the 1800s as 24-byte entries: about 30 KB of the
//! bundle (brotli) for the zones in `.cargo/config.toml`. Here each change is two zigzag
//! varints (seconds since the previous change, new offset in seconds) and zones with the same
//! changes (links such as Europe/Stockholm and Europe/Berlin) share their bytes: about 3 KB.

use chrono::{DateTime, Offset, TimeZone};
use chrono_tz::Tz;
use std::collections::HashMap;
use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs};

include!("src/domain/calendar/range.rs");

const DAY_MS: i64 = 86_400_000;

fn offset_seconds(tz: Tz, utc_ms: i64) -> i64 {
    DateTime::from_timestamp_millis(utc_ms).map_or(0, |utc| {
        i64::from(
            tz.offset_from_utc_datetime(&utc.naive_utc())
                .fix()
                .local_minus_utc(),
        )
    })
}

/// The offset in force just before the range, then each change in it (UTC seconds, new
/// offset), found by sampling once a day and bisecting to the second. This assumes no zone
/// changes its offset twice within one day and back again, which holds for every zone in the
/// IANA database.
fn offset_changes(tz: Tz) -> (i64, Vec<(i64, i64)>) {
    let first = RANGE_START_MS - 2 * DAY_MS;
    let last = RANGE_END_MS + 2 * DAY_MS;
    let initial = offset_seconds(tz, first);
    let mut changes: Vec<(i64, i64)> = Vec::new();
    let mut current = initial;
    let mut before = first;
    while before < last {
        let after = before + DAY_MS;
        let offset = offset_seconds(tz, after);
        if offset != current {
            let (mut low, mut high) = (before / 1000, after / 1000);
            while high - low > 1 {
                let middle = low + (high - low) / 2;
                if offset_seconds(tz, middle * 1000) == current {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            changes.push((high, offset));
            current = offset;
        }
        before = after;
    }
    (initial, changes)
}

/// Appends `value` as a zigzag LEB128 varint.
fn push_varint(out: &mut Vec<u8>, value: i64) {
    let mut rest = ((value << 1) ^ (value >> 63)) as u64;
    loop {
        let byte = (rest & 0x7f) as u8;
        rest >>= 7;
        if rest == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn encode(tz: Tz) -> Vec<u8> {
    let (initial, changes) = offset_changes(tz);
    let mut bytes = Vec::new();
    push_varint(&mut bytes, initial);
    let mut previous = 0;
    for (start, offset) in changes {
        push_varint(&mut bytes, start - previous);
        push_varint(&mut bytes, offset);
        previous = start;
    }
    bytes
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/domain/calendar/range.rs");
    let mut zones: Vec<Tz> = chrono_tz::TZ_VARIANTS.to_vec();
    zones.sort_by_key(|tz| tz.name());

    let mut table = Vec::new();
    let mut shared: HashMap<Vec<u8>, (usize, usize)> = HashMap::new();
    let mut rows = String::new();
    for tz in zones {
        let encoded = encode(tz);
        let (start, end) = *shared.entry(encoded.clone()).or_insert_with(|| {
            let start = table.len();
            table.extend_from_slice(&encoded);
            (start, table.len())
        });
        writeln!(rows, "    ({:?}, {start}, {end}),", tz.name())?;
    }

    let out = PathBuf::from(env::var("OUT_DIR")?);
    fs::write(out.join("zones.bin"), &table)?;
    fs::write(
        out.join("zones.rs"),
        format!(
            "/// Every zone compiled in, sorted by IANA name, with where its offset changes are in\n\
             /// [`ZONE_BYTES`] (start and end). Written by `build.rs`.\n\
             static ZONES: &[(&str, usize, usize)] = &[\n{rows}];\n\n\
             /// The offset changes of every zone, as `build.rs` encodes them.\n\
             static ZONE_BYTES: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/zones.bin\"));\n"
        ),
    )?;
    Ok(())
}
