# Generated from spec/sched_attr.yaml by clonegen; do not edit.
# Spec digest: sha256:cd72e665fe327d5b.
"""The package sched_attr: everything of the module sched_attr.sched_attr."""

from .sched_attr import *
from .sched_attr import __all__ as __all__
