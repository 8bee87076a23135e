// Generated from spec/pidfd_info.yaml by clonegen; do not edit.
// Spec digest: sha256:f6bb2c3b3c04f84f.

//! Information about the process a pidfd refers to: its ids, its
//! credentials, its cgroup, and once it has exited its exit code and
//! coredump state. The caller sets bits in mask to ask for what is
//! expensive or only available on request; the kernel replies with the bits
//! of what it filled.
//!
//! Rust bindings for struct pidfd_info and pidfd_get_info(): every public item of
//! the module `pidfd_info.rs`, at the crate's root. `core` only: no dependency,
//! `#![no_std]`.
#![no_std]
// The crate has the spec's name, which need not be snake case.
#![allow(non_snake_case)]

#[path = "../pidfd_info.rs"]
mod bindings;
pub use bindings::*;
