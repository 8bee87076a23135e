# Generated from spec/mount_attr.yaml by clonegen; do not edit.
# Spec digest: sha256:d6ac38dc8e5871f8.
"""The package mount_attr: everything of the module mount_attr.mount_attr."""

from .mount_attr import *
from .mount_attr import __all__ as __all__
