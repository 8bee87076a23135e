// Generated from spec/mount_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:3ba751bd668b6e82.

//! Mount attributes to set and clear on a mount or a mount tree, its
//! propagation type, and the user namespace of an idmapped mount. The
//! structure is versioned by its size like clone_args.
//!
//! Rust bindings for struct mount_attr and mount_setattr(): every public item of
//! the module `mount_attr.rs`, at the crate's root. `core` only: no dependency,
//! `#![no_std]`.
#![no_std]
// The crate has the spec's name, which need not be snake case.
#![allow(non_snake_case)]

#[path = "../mount_attr.rs"]
mod bindings;
pub use bindings::*;
