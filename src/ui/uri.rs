//! Percent-encoding for the parts of addresses the app builds: `mailto:` links and case ids in
//! routes.

/// Percent-encodes everything but RFC 3986's unreserved characters, as a URI component needs.
///
/// ```
/// use sla_desk::ui::uri::encode_uri_component;
/// assert_eq!(encode_uri_component("P2 & why?\nÆ"), "P2%20%26%20why%3F%0A%C3%86");
/// ```
pub fn encode_uri_component(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

/// Undoes [`encode_uri_component`]; `None` for a malformed escape or text that is not UTF-8.
///
/// ```
/// use sla_desk::ui::uri::decode_uri_component;
/// assert_eq!(decode_uri_component("P2%20%26%20why%3F%0A%C3%86").as_deref(), Some("P2 & why?\nÆ"));
/// assert_eq!(decode_uri_component("%E2%28"), None);
/// assert_eq!(decode_uri_component("%4"), None);
/// ```
pub fn decode_uri_component(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        if byte == b'%' {
            let hex = tail.get(..2)?;
            let hex = std::str::from_utf8(hex).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(byte);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok()
}
