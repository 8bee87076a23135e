# Generated from spec/pidfd_info.yaml by clonegen; do not edit.
# Spec digest: sha256:536a8d1040b299f0.
"""The package pidfd_info: everything of the module pidfd_info.pidfd_info."""

from .pidfd_info import *
from .pidfd_info import __all__ as __all__
