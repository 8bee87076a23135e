# Generated from spec/xattr_args.yaml by clonegen; do not edit.
# Spec digest: sha256:3ce00ba754a1a031.
"""The package xattr_args: everything of the module xattr_args.xattr_args."""

from .xattr_args import *
from .xattr_args import __all__ as __all__
