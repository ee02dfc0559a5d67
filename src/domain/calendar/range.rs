// The instants the calendar covers. The build script includes this file too, so that the
// time-zone table it compiles covers exactly this range. Constants only: it is read outside
// the crate.

/// 1970-01-01T00:00Z: the first instant the calendar covers.
pub const RANGE_START_MS: i64 = 0;
/// 2101-01-01T00:00Z: the end of the instants the calendar covers.
pub const RANGE_END_MS: i64 = 4_133_980_800_000;
