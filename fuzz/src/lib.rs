//! The invariants the fuzz targets check, shared with `tests/adversarial.rs` (which includes
//! `src/invariants.rs` by path).

pub mod invariants;
