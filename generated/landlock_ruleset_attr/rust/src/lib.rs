// Generated from spec/landlock_ruleset_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:6da192832f4e335c.

//! What a Landlock ruleset restricts: the file system actions, network
//! actions and scopes it handles, and which of them are not logged. The
//! structure is versioned by its size like clone_args.
//!
//! Rust bindings for struct landlock_ruleset_attr and landlock_create_ruleset(): every public item of
//! the module `landlock_ruleset_attr.rs`, at the crate's root. `core` only: no dependency,
//! `#![no_std]`.
#![no_std]
// The crate has the spec's name, which need not be snake case.
#![allow(non_snake_case)]

#[path = "../landlock_ruleset_attr.rs"]
mod bindings;
pub use bindings::*;
