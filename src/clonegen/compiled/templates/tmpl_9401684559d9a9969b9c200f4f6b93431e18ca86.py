# Written by python3 -m clonegen.precompile from templates/go_arch.go.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'go_arch.go.j2'

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
        t_2 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_2(*unused):
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
    yield '\n//go:build linux && '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'goarch'))
    yield '\n\npackage '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'package'))
    yield '\n\n// The values of package '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'package'))
    yield ' that differ between architectures, on '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'goarch'))
    yield '.\nconst (\n'
    for l_1_k in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'values'):
        _loop_vars = {}
        pass
        yield str(t_2(t_1(str_join((environment.getattr(l_1_k, 'name'), ': ', environment.getattr(l_1_k, 'doc'), ))), 72, '\t// '))
        yield '\n\t'
        yield str(environment.getattr(l_1_k, 'name'))
        yield ' = '
        yield str(environment.getattr(l_1_k, 'value'))
        yield '\n'
    l_1_k = missing
    yield ')\n'

blocks = {}
debug_info = '1=26&2=29&3=33&6=37&8=39&10=41&12=45&13=48&14=50'
