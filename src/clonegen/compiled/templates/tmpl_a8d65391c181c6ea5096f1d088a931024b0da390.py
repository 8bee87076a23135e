# Written by python3 -m clonegen.precompile from templates/rust_lib.rs.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust_lib.rs.j2'

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
        t_1 = environment.filters['go_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'go_comment' found.")
    try:
        t_2 = environment.filters['rust_doc']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'rust_doc' found.")
    try:
        t_3 = environment.filters['rust_str']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'rust_str' found.")
    try:
        t_4 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    l_0_V = (undefined(name='view') if l_0_view is missing else l_0_view)
    context.vars['V'] = l_0_V
    context.exported_vars.add('V')
    for l_1_line in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'banner_lines'):
        _loop_vars = {}
        pass
        yield '// '
        yield str(t_1(l_1_line))
        yield '\n'
    l_1_line = missing
    yield '\n'
    yield str(t_4(t_2(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'doc')), 76, '//! '))
    yield '\n//!\n//! Rust bindings for struct '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
    yield ' and '
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '(): every public item of\n//! the module `'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'module_file'))
    yield "`, at the crate's root. `core` only: no dependency,\n//! `#![no_std]`.\n#![no_std]\n// The crate has the spec's name, which need not be snake case.\n#![allow(non_snake_case)]\n\n#[path = "
    yield str(t_3(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'module_path')))
    yield ']\nmod bindings;\npub use bindings::*;\n'

blocks = {}
debug_info = '1=38&2=41&3=45&6=49&8=51&9=55&15=57'
