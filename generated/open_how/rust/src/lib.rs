// Generated from spec/open_how.yaml by clonegen; do not edit.
// Spec digest: sha256:61f4ceec3e13bc1f.

//! How openat2() opens a path: the open flags, the mode of a created file,
//! and the RESOLVE_* restrictions on path resolution. The structure is
//! versioned by its size like clone_args.
//!
//! Rust bindings for struct open_how and openat2(): every public item of
//! the module `open_how.rs`, at the crate's root. `core` only: no dependency,
//! `#![no_std]`.
#![no_std]
// The crate has the spec's name, which need not be snake case.
#![allow(non_snake_case)]

#[path = "../open_how.rs"]
mod bindings;
pub use bindings::*;
