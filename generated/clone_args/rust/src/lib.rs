// Generated from spec/clone_args.yaml by clonegen; do not edit.
// Spec digest: sha256:c4dcfbe32d8d3ddb.

//! Arguments for the clone3() system call. The structure is versioned by
//! its size: user space passes the size it was compiled with, the kernel
//! zero-fills fields an older caller does not know, and refuses a larger
//! structure whose unknown tail is not zero.
//!
//! Rust bindings for struct clone_args and clone3(): every public item of
//! the module `clone_args.rs`, at the crate's root. `core` only: no dependency,
//! `#![no_std]`.
#![no_std]
// The crate has the spec's name, which need not be snake case.
#![allow(non_snake_case)]

#[path = "../clone_args.rs"]
mod bindings;
pub use bindings::*;
