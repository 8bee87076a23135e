# Generated from spec/landlock_ruleset_attr.yaml by clonegen; do not edit.
# Spec digest: sha256:6da192832f4e335c.
"""The package landlock_ruleset_attr: everything of the module landlock_ruleset_attr.landlock_ruleset_attr."""

from .landlock_ruleset_attr import *
from .landlock_ruleset_attr import __all__ as __all__
