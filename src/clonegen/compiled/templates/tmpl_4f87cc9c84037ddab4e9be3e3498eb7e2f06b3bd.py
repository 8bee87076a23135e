# Written by python3 -m clonegen.precompile from templates/package_fastpath.c.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package_fastpath.c.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_spec = resolve('spec')
    l_0_view = resolve('view')
    try:
        t_1 = environment.filters['c_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'c_comment' found.")
    pass
    yield '/*\n'
    for l_1_line in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'banner_lines'):
        _loop_vars = {}
        pass
        yield ' * '
        yield str(t_1(l_1_line))
        yield '\n'
    l_1_line = missing
    yield ' * The compiled from_bytes of the package (optional; see _install in the module):\n * fixed code, the same for every spec.\n */\n'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'extension'))
    yield '\n'

blocks = {}
debug_info = '2=20&3=24&8=28'
