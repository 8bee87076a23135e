# Generated from spec/mount_attr.yaml by clonegen; do not edit.
# Spec digest: sha256:3ba751bd668b6e82.
"""The package mount_attr: everything of the module mount_attr.mount_attr."""

from .mount_attr import *
from .mount_attr import __all__ as __all__
