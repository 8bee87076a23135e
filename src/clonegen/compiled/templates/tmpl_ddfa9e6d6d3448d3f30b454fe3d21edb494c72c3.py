# Written by python3 -m clonegen.precompile from templates/package_setup.py.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package_setup.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_spec = resolve('spec')
    l_0_view = resolve('view')
    try:
        t_1 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_2 = environment.filters['py_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'py_comment' found.")
    try:
        t_3 = environment.filters['py_exploded']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'py_exploded' found.")
    pass
    for l_1_line in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'banner_lines'):
        _loop_vars = {}
        pass
        yield '# '
        yield str(t_2(l_1_line))
        yield '\n'
    l_1_line = missing
    yield '"""Installs the package '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'module'))
    yield str((' and builds its optional compiled part' if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'native') else cond_expr_undefined("the inline if-expression on line 4 in 'package_setup.py.j2' evaluated to false and no else section was defined.")))
    yield '.\n\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'native'):
        pass
        yield 'The compiled part is the libc source of the spec as a shared library that\n'
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'module'))
        yield '.spawn() calls through ctypes. Where no C compiler exists the\nbuild of it fails quietly (optional=True) and spawn() uses its standard\nlibrary fallback.\n'
    else:
        pass
        yield 'The spec has no process helpers, so there is nothing to compile.\n'
    yield '"""\n\nimport tempfile\n\nfrom setuptools import Extension, setup  # type: ignore[import-untyped]\nfrom setuptools.command.build_py import build_py  # type: ignore[import-untyped]\n\n# pip builds in this directory: the build\'s files go elsewhere, so that the\n# directory stays what clonegen wrote (and `clonegen check` passes).\n_OUTSIDE = tempfile.mkdtemp(prefix="clonegen-build-")\n\n\nclass _BuildPy(build_py):  # type: ignore[misc]\n    """The package is this directory: everything but this file."""\n\n    def find_package_modules(self, package: str, package_dir: str) -> list[tuple[str, str, str]]:\n        found: list[tuple[str, str, str]] = super().find_package_modules(package, package_dir)\n        return [m for m in found if m[1] != "setup"]\n\n\nsetup(\n    cmdclass={"build_py": _BuildPy},\n    options={"build": {"build_base": _OUTSIDE}, "egg_info": {"egg_base": _OUTSIDE}},\n    ext_modules='
    yield str(t_1(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'extensions'), '[', ']'), 4))
    yield ',\n)\n'

blocks = {}
debug_info = '1=31&2=35&4=39&6=42&8=45&37=51'
