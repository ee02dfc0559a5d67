use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A stored record: its schema version and its data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub schema: u32,
    pub data: Value,
}

/// Turns data of one schema version into the next; `Err` says in words what did not fit.
pub type Migration = fn(Value) -> Result<Value, String>;

/// The migrations of one kind of record: `steps[n]` turns version `n + 1` into `n + 2`, so
/// the current version is `steps.len() + 1`.
#[derive(Debug, Clone, Copy)]
pub struct Migrations {
    pub steps: &'static [Migration],
}

impl Migrations {
    /// The schema version records are written with.
    pub fn current(&self) -> u32 {
        self.steps.len() as u32 + 1
    }

    /// Brings `envelope`'s data to the current version.
    ///
    /// ```
    /// use serde_json::{json, Value};
    /// use sla_desk::storage::{Envelope, Migrations};
    /// fn rename_name_to_title(mut data: Value) -> Result<Value, String> {
    ///     let name = data.get_mut("name").map(Value::take).ok_or("no name")?;
    ///     data["title"] = name;
    ///     Ok(data)
    /// }
    /// let migrations = Migrations { steps: &[rename_name_to_title] };
    /// let old = Envelope { schema: 1, data: json!({"name": "Login fails"}) };
    /// assert_eq!(migrations.upgrade(old).unwrap()["title"], "Login fails");
    /// assert!(migrations.upgrade(Envelope { schema: 3, data: json!({}) }).is_err());
    /// ```
    pub fn upgrade(&self, envelope: Envelope) -> Result<Value, String> {
        let current = self.current();
        if envelope.schema == 0 || envelope.schema > current {
            return Err(format!(
                "it was written with schema version {}, and this version of SLA Desk reads 1 to {current}",
                envelope.schema
            ));
        }
        self.steps[(envelope.schema - 1) as usize..]
            .iter()
            .try_fold(envelope.data, |data, step| step(data))
    }
}

/// Reads upgraded data (a JSON tree) into a record.
///
/// It goes through the tree's text on purpose: every record type is then read by one
/// deserializer, the one that reads stored text, instead of a second, as large again in the
/// wasm bundle, for trees. Upgrades are rare, so the extra step costs nothing that matters. The
/// error leaves out serde's position, which would point into that text, not into anything the
/// user has.
///
/// ```
/// use serde_json::json;
/// use sla_desk::storage::read_tree;
/// assert_eq!(read_tree::<Vec<u32>>(json!([1, 2])), Ok(vec![1, 2]));
/// assert_eq!(read_tree::<Vec<u32>>(json!(["one"])).unwrap_err(), "invalid type: string \"one\", expected u32");
/// ```
pub fn read_tree<T: DeserializeOwned>(data: Value) -> Result<T, String> {
    serde_json::from_str(&data.to_string()).map_err(|error| {
        let message = error.to_string();
        let position = format!(" at line {} column {}", error.line(), error.column());
        message
            .strip_suffix(&position)
            .map_or(message.clone(), str::to_string)
    })
}
