// Generated from spec/sched_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:0e3b10430f833d3c.

//! Extended scheduling parameters of a thread: its policy and flags, the
//! nice value or static priority, the runtime, deadline and period of a
//! deadline task, and the utilization clamps. The structure is versioned by
//! the size it carries in its first word.
//!
//! Rust bindings for struct sched_attr and sched_setattr(): every public item of
//! the module `sched_attr.rs`, at the crate's root. `core` only: no dependency,
//! `#![no_std]`.
#![no_std]
// The crate has the spec's name, which need not be snake case.
#![allow(non_snake_case)]

#[path = "../sched_attr.rs"]
mod bindings;
pub use bindings::*;
