// Generated from spec/file_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:351dc2749e61ac7c.

//! Miscellaneous attributes of a file: its FS_XFLAG_* flags, extent size
//! hints, extent count and project id. The structure is versioned by its
//! size like clone_args.
//!
//! Rust bindings for struct file_attr and file_setattr(): every public item of
//! the module `file_attr.rs`, at the crate's root. `core` only: no dependency,
//! `#![no_std]`.
#![no_std]
// The crate has the spec's name, which need not be snake case.
#![allow(non_snake_case)]

#[path = "../file_attr.rs"]
mod bindings;
pub use bindings::*;
