# Written by python3 -m clonegen.precompile from templates/rust_cargo.toml.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust_cargo.toml.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_spec = resolve('spec')
    l_0_V = missing
    try:
        t_1 = environment.filters['py_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'py_comment' found.")
    try:
        t_2 = environment.filters['toml_str']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'toml_str' found.")
    pass
    l_0_V = (undefined(name='view') if l_0_view is missing else l_0_view)
    context.vars['V'] = l_0_V
    context.exported_vars.add('V')
    for l_1_line in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'banner_lines'):
        _loop_vars = {}
        pass
        yield '# '
        yield str(t_1(l_1_line))
        yield '\n'
    l_1_line = missing
    yield '# The crate '
    yield str(t_1(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'package')))
    yield ': a path or git dependency, with no dependency of its own\n# (it builds offline), for user crates of any edition, from Rust 1.63 on.\n\n[package]\nname = '
    yield str(t_2(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'package')))
    yield "\n# 0.<struct versions>.<flags, constants and entry points>+<the spec's digest>\nversion = "
    yield str(t_2(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'version')))
    yield '\nedition = "2021"\nrust-version = "1.63"\nlicense = '
    yield str(t_2(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'license')))
    yield '\ndescription = '
    yield str(t_2(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'description')))
    yield '\ncategories = ["no-std", "os::linux-apis"]\n\n[lib]\npath = "src/lib.rs"\n'

blocks = {}
debug_info = '1=26&2=29&3=33&5=37&9=39&11=41&14=43&15=45'
