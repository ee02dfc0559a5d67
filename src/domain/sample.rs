//! Generated cases for benchmarks and demos: deterministic from a seed, so a figure or a
//! screenshot can be made again.

use chrono::{DateTime, TimeDelta, Utc};

use super::case::{Case, CaseEvent, CaseEventKind};
use super::priority::PriorityId;

/// Marsaglia's xorshift64: tiny, fast and plenty random for made-up cases.
struct XorShift(u64);

impl XorShift {
    fn new(seed: u64) -> XorShift {
        // Xorshift never leaves zero; mix the seed so that seed 0 works too.
        XorShift((seed ^ 0x9E37_79B9_7F4A_7C15).max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n`; `n` must not be 0.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const TITLES: [&str; 8] = [
    "Login fails",
    "Checkout times out",
    "Reports are slow",
    "Typo on the invoice page",
    "How do I export users?",
    "Add dark mode",
    "Søk gir ingen treff",
    "Webhook retries, then stops",
];

const CONTACTS: [(&str, &str); 5] = [
    ("Kari Nordmann", "kari@example.no"),
    ("Ola Hansen", "ola.hansen@example.com"),
    ("Åse Ødegård", "ase@example.no"),
    ("Priya Raman", "priya@example.in"),
    ("", ""),
];

/// `count` cases submitted at random minutes of 2026, of every priority, each with up to
/// seven later events tried at random: those the case's state refuses are left out, so the
/// cases end up in every state. The same seed gives the same cases.
///
/// ```
/// use sla_desk::domain::sample::sample_cases;
/// let cases = sample_cases(100, 7);
/// assert_eq!(cases.len(), 100);
/// assert_eq!(cases, sample_cases(100, 7));
/// assert_ne!(cases, sample_cases(100, 8));
/// ```
pub fn sample_cases(count: usize, seed: u64) -> Vec<Case> {
    let mut random = XorShift::new(seed);
    // 2026-01-01T00:00:00Z, and the minutes of 2026.
    let year_start = DateTime::<Utc>::from_timestamp(1_767_225_600, 0).unwrap_or_default();
    let year_minutes = 365 * 24 * 60;
    (1..=count)
        .map(|number| {
            let mut at = year_start + TimeDelta::minutes(random.below(year_minutes) as i64);
            let priority = *random.pick(&PriorityId::ALL);
            let title = format!("{} #{number}", random.pick(&TITLES));
            let mut case = Case::new(format!("S-{number:05}"), title, at, priority);
            let (name, email) = *random.pick(&CONTACTS);
            case.contact_name = name.to_string();
            case.contact_email = email.to_string();
            case.description = format!("Generated case {number} of {count}, seed {seed}.");
            for _ in 0..random.below(8) {
                // Up to two days apart, in whole minutes.
                at += TimeDelta::minutes(1 + random.below(2 * 24 * 60) as i64);
                let kind = match random.below(10) {
                    0 => CaseEventKind::FirstResponse,
                    1 => CaseEventKind::WorkStarted,
                    2 => CaseEventKind::UpdateGiven,
                    3 => CaseEventKind::WaitingOnCustomer,
                    4 => CaseEventKind::Resumed,
                    5 => CaseEventKind::Resolved,
                    6 => CaseEventKind::Reopened,
                    7 => CaseEventKind::Closed,
                    8 => CaseEventKind::PriorityChanged {
                        to: *random.pick(&PriorityId::ALL),
                        reason: "re-assessed".into(),
                    },
                    _ => CaseEventKind::Note {
                        text: "Called the customer.".into(),
                    },
                };
                // An event the case's state refuses is simply not recorded.
                case.record(CaseEvent { at, kind }).ok();
            }
            case
        })
        .collect()
}
