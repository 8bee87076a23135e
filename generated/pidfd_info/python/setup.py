# Generated from spec/pidfd_info.yaml by clonegen; do not edit.
# Spec digest: sha256:f6bb2c3b3c04f84f.
"""Installs the package pidfd_info.

The spec has no process helpers, so there is nothing to compile.
"""

import tempfile

from setuptools import Extension, setup  # type: ignore[import-untyped]
from setuptools.command.build_py import build_py  # type: ignore[import-untyped]

# pip builds in this directory: the build's files go elsewhere, so that the
# directory stays what clonegen wrote (and `clonegen check` passes).
_OUTSIDE = tempfile.mkdtemp(prefix="clonegen-build-")


class _BuildPy(build_py):  # type: ignore[misc]
    """The package is this directory: everything but this file."""

    def find_package_modules(self, package: str, package_dir: str) -> list[tuple[str, str, str]]:
        found: list[tuple[str, str, str]] = super().find_package_modules(package, package_dir)
        return [m for m in found if m[1] != "setup"]


setup(
    cmdclass={"build_py": _BuildPy},
    options={"build": {"build_base": _OUTSIDE}, "egg_info": {"egg_base": _OUTSIDE}},
    ext_modules=[],
)
