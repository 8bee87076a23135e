# Written by python3 -m clonegen.precompile from templates/uapi.h.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'uapi.h.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_spec = resolve('spec')
    l_0_view = resolve('view')
    l_0_col = resolve('col')
    l_0_c = missing
    try:
        t_1 = environment.filters['c_block_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'c_block_comment' found.")
    try:
        t_2 = environment.filters['c_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'c_comment' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['tab_column']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'tab_column' found.")
    try:
        t_5 = environment.filters['tab_to']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'tab_to' found.")
    pass
    l_0_c = context.vars['c'] = environment.get_template('macros/c.j2', 'uapi.h.j2')._get_default_module(context)
    context.exported_vars.discard('c')
    yield str(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'banner'), (undefined(name='spec') if l_0_spec is missing else l_0_spec), 'GPL-2.0 WITH Linux-syscall-note'))
    yield '\n#ifndef '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'guard'))
    yield '\n#define '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'guard'))
    yield '\n\n#include <linux/types.h>\n'
    for l_1_h in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'includes'):
        _loop_vars = {}
        pass
        yield '#include <'
        yield str(l_1_h)
        yield '>\n'
    l_1_h = missing
    for l_1_group in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'flag_groups'):
        l_1_col = l_0_col
        _loop_vars = {}
        pass
        yield '\n/* Flags of struct '
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
        yield '.'
        yield str(environment.getattr(environment.getattr(l_1_group, 'field'), 'name'))
        yield '. */\n'
        l_1_col = t_4(t_3(context, environment.getattr(l_1_group, 'defines'), attribute='name'), '#define ')
        _loop_vars['col'] = l_1_col
        for l_2_d in environment.getattr(l_1_group, 'defines'):
            _loop_vars = {}
            pass
            yield str(t_1(environment.getattr(l_2_d, 'doc')))
            yield '\n'
            yield str(t_5(str_join(('#define ', environment.getattr(l_2_d, 'name'), )), (undefined(name='col') if l_1_col is missing else l_1_col)))
            yield str(environment.getattr(l_2_d, 'value'))
            yield '\n'
        l_2_d = missing
    l_1_group = l_1_col = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'constants'):
        pass
        yield '\n'
        l_0_col = t_4(t_3(context, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'constants'), attribute='name'), '#define ')
        context.vars['col'] = l_0_col
        context.exported_vars.add('col')
        for l_1_d in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'constants'):
            _loop_vars = {}
            pass
            yield str(t_1(environment.getattr(l_1_d, 'doc')))
            yield '\n'
            yield str(t_5(str_join(('#define ', environment.getattr(l_1_d, 'name'), )), (undefined(name='col') if l_0_col is missing else l_0_col)))
            yield str(environment.getattr(l_1_d, 'value'))
            yield '\n'
        l_1_d = missing
    yield '\n#ifndef __ASSEMBLY__\n'
    yield str(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'struct_doc'), environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'), environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'doc'), environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'fields')))
    yield '\nstruct '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
    yield ' {\n'
    for l_1_f in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'fields'):
        _loop_vars = {}
        pass
        yield '\t'
        yield str(environment.getattr(l_1_f, 'uapi_type'))
        yield ' '
        yield str(environment.getattr(l_1_f, 'name'))
        yield ';\n'
    l_1_f = missing
    yield '};\n#endif\n\n'
    l_0_col = t_4(t_3(context, environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'), attribute='macro'), '#define ')
    context.vars['col'] = l_0_col
    context.exported_vars.add('col')
    for l_1_v in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'):
        _loop_vars = {}
        pass
        yield str(t_5(str_join(('#define ', environment.getattr(l_1_v, 'macro'), )), (undefined(name='col') if l_0_col is missing else l_0_col)))
        yield str(environment.getattr(l_1_v, 'size'))
        yield '\t/* sizeof '
        yield str(environment.getattr(l_1_v, 'name'))
        yield ', Linux '
        yield str(t_2(environment.getattr(l_1_v, 'since')))
        yield ' */\n'
    l_1_v = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctls'):
        pass
        yield '\n/* The size of the struct is part of the ioctl number. */\n'
        l_0_col = t_4(t_3(context, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctls'), attribute='name'), '#define ')
        context.vars['col'] = l_0_col
        context.exported_vars.add('col')
        for l_1_d in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctls'):
            _loop_vars = {}
            pass
            yield str(t_1(environment.getattr(l_1_d, 'doc')))
            yield '\n'
            yield str(t_5(str_join(('#define ', environment.getattr(l_1_d, 'name'), )), (undefined(name='col') if l_0_col is missing else l_0_col)))
            yield str(environment.getattr(l_1_d, 'value'))
            yield '\n'
        l_1_d = missing
    yield '\n#endif /* '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'guard'))
    yield ' */\n'

blocks = {}
debug_info = '1=45&2=47&3=49&4=51&7=53&8=57&10=60&12=65&13=69&14=71&15=74&16=76&19=81&21=84&22=87&23=90&24=92&29=97&30=99&31=101&32=105&37=111&38=114&39=117&41=125&44=128&45=131&46=134&47=136&51=141'
