"""clonegen: one spec per size-versioned syscall struct, rendered everywhere."""

__version__ = "0.1.0"
