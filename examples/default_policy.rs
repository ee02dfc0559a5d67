//! Prints the built-in policy as JSON: the starting point for a site's own `policy.json`.
//!
//! `cargo run --example default_policy > dist/policy.json`, then edit it (or use the app's
//! Settings page and its export).
fn main() {
    println!("{}", sla_desk::domain::policy::Policy::default().to_json());
}
