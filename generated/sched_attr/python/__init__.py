# Generated from spec/sched_attr.yaml by clonegen; do not edit.
# Spec digest: sha256:0e3b10430f833d3c.
"""The package sched_attr: everything of the module sched_attr.sched_attr."""

from .sched_attr import *
from .sched_attr import __all__ as __all__
