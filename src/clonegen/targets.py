"""The registry: every artifact is one row of (view, template, output path, formatter).

Adding a target is one view class (with ``of`` and ``reserved``), one template
and one row here.  All output paths live in this table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from clonegen.fmt import format_python, tidy
from clonegen.views import Reserved
from clonegen.views.docs import DocsView
from clonegen.views.go import GO_PORTS, GoArch, GoView
from clonegen.views.kernel import KernelView
from clonegen.views.kselftest import KselftestView
from clonegen.views.libc import LibcView, NativeLibcView
from clonegen.views.python import PackageView, PythonView
from clonegen.views.rust import RustCrateView, RustView
from clonegen.views.uapi import UapiView


class ViewClass(Protocol):
    """What the registry needs of a view class (or of an object that makes views: one per
    GOARCH of the Go module's files)."""

    def of(self, spec: Any) -> Any:
        """The view of one model, or None when the spec asks for no such output."""
        ...

    def reserved(self) -> tuple[Reserved, ...]: ...


@dataclass(frozen=True)
class Target:
    """One artifact: which view renders which template to which path."""

    name: str
    view: ViewClass
    template: str
    path: Callable[[Any], str]  # from the view to the path below generated/<name>/
    formatter: Callable[[str], str]


TARGETS: tuple[Target, ...] = (
    Target("uapi header", UapiView, "uapi.h.j2", lambda v: v.spec.uapi.header, tidy),
    Target("kernel header", KernelView, "kernel.h.j2", lambda v: v.spec.kernel.header, tidy),
    Target("kernel source", KernelView, "kernel.c.j2", lambda v: v.spec.kernel.source, tidy),
    Target(
        "kselftest",
        KselftestView,
        "kselftest.c.j2",
        lambda v: f"{v.directory}/{v.program}.c",
        tidy,
    ),
    Target(
        "kselftest makefile",
        KselftestView,
        "kselftest.mk.j2",
        lambda v: f"{v.directory}/Makefile",
        tidy,
    ),
    Target(
        "kselftest ignore list",
        KselftestView,
        "kselftest.gitignore.j2",
        lambda v: f"{v.directory}/.gitignore",
        tidy,
    ),
    Target("review document", DocsView, "docs.md.j2", lambda v: f"docs/{v.spec.name}.md", tidy),
    Target("layout picture", DocsView, "layout.svg.j2", lambda v: f"docs/{v.spec.name}.svg", tidy),
    Target("libc header", LibcView, "libc.h.j2", lambda v: f"libc/{v.spec.name}.h", tidy),
    Target("libc source", LibcView, "libc.c.j2", lambda v: f"libc/{v.spec.name}.c", tidy),
    Target(
        "python module",
        PythonView,
        "python.py.j2",
        lambda v: f"python/{v.module}.py",
        format_python,
    ),
    Target("rust module", RustView, "rust.rs.j2", lambda v: f"rust/{v.module}.rs", tidy),
    Target(
        "rust crate manifest",
        RustCrateView,
        "rust_cargo.toml.j2",
        lambda v: "rust/Cargo.toml",
        tidy,
    ),
    Target("rust crate root", RustCrateView, "rust_lib.rs.j2", lambda v: "rust/src/lib.rs", tidy),
    Target("go package", GoView, "go.go.j2", lambda v: f"go/{v.spec.name}.go", tidy),
    Target("go module", GoView, "go.mod.j2", lambda v: "go/go.mod", tidy),
    *(
        Target(f"go values for {g}", GoArch(g), "go_arch.go.j2", lambda v: f"go/{v.file}", tidy)
        for g in GO_PORTS
    ),
    Target(
        "python package metadata",
        PackageView,
        "package_pyproject.toml.j2",
        lambda v: "python/pyproject.toml",
        tidy,
    ),
    Target(
        "python package build backend",
        PackageView,
        "package_backend.py.j2",
        lambda v: "python/_build/clonegen_backend.py",
        format_python,
    ),
    Target(
        "python package",
        PackageView,
        "package_init.py.j2",
        lambda v: "python/__init__.py",
        format_python,
    ),
    Target(
        "python package marker", PackageView, "package_typed.j2", lambda v: "python/py.typed", tidy
    ),
    Target(
        "python compiled from_bytes source",
        PackageView,
        "package_fastpath.c.j2",
        lambda v: f"python/{v.extension_source}",
        tidy,
    ),
    Target(
        "python compiled part header",
        NativeLibcView,
        "libc.h.j2",
        lambda v: f"python/_csrc/{v.spec.name}.h",
        tidy,
    ),
    Target(
        "python compiled part source",
        NativeLibcView,
        "libc.c.j2",
        lambda v: f"python/_csrc/{v.spec.name}.c",
        tidy,
    ),
)
