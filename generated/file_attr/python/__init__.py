# Generated from spec/file_attr.yaml by clonegen; do not edit.
# Spec digest: sha256:351dc2749e61ac7c.
"""The package file_attr: everything of the module file_attr.file_attr."""

from .file_attr import *
from .file_attr import __all__ as __all__
