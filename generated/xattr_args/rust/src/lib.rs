// Generated from spec/xattr_args.yaml by clonegen; do not edit.
// Spec digest: sha256:3ce00ba754a1a031.

//! Where the value of an extended attribute is, how long it is, and how
//! setxattrat() stores it. The structure is versioned by its size like
//! clone_args.
//!
//! Rust bindings for struct xattr_args and setxattrat(): every public item of
//! the module `xattr_args.rs`, at the crate's root. `core` only: no dependency,
//! `#![no_std]`.
#![no_std]
// The crate has the spec's name, which need not be snake case.
#![allow(non_snake_case)]

#[path = "../xattr_args.rs"]
mod bindings;
pub use bindings::*;
