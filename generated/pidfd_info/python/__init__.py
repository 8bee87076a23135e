# Generated from spec/pidfd_info.yaml by clonegen; do not edit.
# Spec digest: sha256:f6bb2c3b3c04f84f.
"""The package pidfd_info: everything of the module pidfd_info.pidfd_info."""

from .pidfd_info import *
from .pidfd_info import __all__ as __all__
