# Generated from spec/clone_args.yaml by clonegen; do not edit.
# Spec digest: sha256:c4dcfbe32d8d3ddb.
"""The package clone_args: everything of the module clone_args.clone_args."""

from .clone_args import *
from .clone_args import __all__ as __all__
