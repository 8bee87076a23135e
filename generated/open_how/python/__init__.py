# Generated from spec/open_how.yaml by clonegen; do not edit.
# Spec digest: sha256:61f4ceec3e13bc1f.
"""The package open_how: everything of the module open_how.open_how."""

from .open_how import *
from .open_how import __all__ as __all__
