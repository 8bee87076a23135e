"""What a spec means where it leaves a key out: every default of the spec, in one table.

Readers of the spec data take a default from here (``setting``), never by writing the
literal again; a structural test holds them to it. A default that depends on another key
(an entry point's direction is the syscall's) has its own function here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clonegen.arch import VERIFIED

# By the kind of mapping (its schema definition), the value of each optional key left out.
DEFAULTS: dict[str, dict[str, Any]] = {
    "spec": {"arches": VERIFIED},
    "uapi": {"layout": "aligned_u64"},
    "kernel": {"common_returns": "long"},
    "syscall": {"direction": "in"},
    "size_policy": {
        "max": "PAGE_SIZE",
        "misaligned_errno": "EINVAL",
        "multiple_of_8": False,
        "write_back": False,
    },
    "entry_point": {
        "struct_name": "uargs",
        "size_name": "usize",
        "null_allowed_without_size": False,
    },
    "before_copy": {"rule": "function", "allowed": 0},
    "setter": {"low32": False},
    "field": {"request": False},
    "flag": {"named_in_trace": True},
    "trace_show": {"past_size": False},
    "constant": {"doc": ""},
    # Everything that may say since which release it holds holds from the first one.
    "since": {"since": "0"},
    "check": {"to_top": False},
    "libc": {"reserved_namespace": False},
}

# How the decoder prints a field whose spec does not say (trace.print), by the field's role.
DEFAULT_PRINT = {
    "integer": "unsigned",
    "flags": "flags",
    "user_pointer": "pointer",
    "fd": "unsigned",
    "signal": "signal",
    "array": "array",
}


def setting(node: Mapping[str, Any], kind: str, key: str) -> Any:
    """``node[key]``, or the default of ``key`` in a mapping of ``kind``."""
    return node.get(key, DEFAULTS[kind][key])


def trace_print(field: Mapping[str, Any]) -> str:
    """How the decoder prints a field: its ``trace.print``, or its role's default."""
    return str(field.get("trace", {}).get("print", DEFAULT_PRINT[field["role"]]))


def since(node: Mapping[str, Any]) -> str:
    """The release from which a flag, constant, check or adjust step holds."""
    return str(setting(node, "since", "since"))


def direction(syscall: Mapping[str, Any], entry: Mapping[str, Any] | None = None) -> str:
    """Who writes the struct for an entry point (the syscall's own when ``entry`` is None):
    an entry point that does not say takes the syscall's direction."""
    default = str(setting(syscall, "syscall", "direction"))
    return str(entry.get("direction", default)) if entry is not None else default
