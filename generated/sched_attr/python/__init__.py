# Generated from spec/sched_attr.yaml by clonegen; do not edit.
# Spec digest: sha256:da363536b2dcb142.
"""The package sched_attr: everything of the module sched_attr.sched_attr."""

from .sched_attr import *
from .sched_attr import __all__ as __all__
