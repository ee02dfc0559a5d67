//! The policy files the end-to-end tests serve stay in step with the built-in policy.

use sla_desk::domain::policy::Policy;

#[test]
fn the_embed_test_policy_is_the_default_with_the_demo_host_allowed() {
    let text = include_str!("e2e/fixtures/embed-policy.json");
    let policy = Policy::from_json(text).expect("the fixture is a valid policy");
    let expected = Policy {
        embed_origins: vec!["http://127.0.0.1:8183".into()],
        ..Policy::default()
    };
    assert_eq!(policy, expected);
}
