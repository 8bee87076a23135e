# Written by python3 -m clonegen.precompile from templates/kernel.h.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'kernel.h.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_spec = resolve('spec')
    l_0_view = resolve('view')
    l_0_c = missing
    try:
        t_1 = environment.filters['c_block_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'c_block_comment' found.")
    try:
        t_2 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    l_0_c = context.vars['c'] = environment.get_template('macros/c.j2', 'kernel.h.j2')._get_default_module(context)
    context.exported_vars.discard('c')
    yield str(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'banner'), (undefined(name='spec') if l_0_spec is missing else l_0_spec), 'GPL-2.0'))
    yield '\n#ifndef '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'guard'))
    yield '\n#define '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'guard'))
    yield '\n\n#include <linux/compiler_types.h>\n#include <linux/types.h>\n#include <'
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'uapi'), 'include'))
    yield '>\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'forward_structs'):
        pass
        yield '\n'
        for l_1_s in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'forward_structs'):
            _loop_vars = {}
            pass
            yield 'struct '
            yield str(l_1_s)
            yield ';\n'
        l_1_s = missing
    yield '\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'shared_struct'):
        pass
        yield str(t_1(str_join(('struct ', environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel'), 'struct'), ' is the kernel struct too. ', environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel'), 'doc'), ))))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'struct_doc'), environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel'), 'struct'), environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel'), 'doc'), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'struct_members')))
        yield '\nstruct '
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel'), 'struct'))
        yield ' {\n'
        for l_1_m in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'struct_members'):
            _loop_vars = {}
            pass
            yield '\t'
            yield str(environment.getattr(l_1_m, 'declaration'))
            yield ';\n'
        l_1_m = missing
        yield '};\n'
    yield '\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'mask_bits'):
        pass
        yield "/*\n * What each bit of the answer's mask says the kernel filled:\n"
        for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'mask_bits'):
            _loop_vars = {}
            pass
            yield str(t_2(l_1_line, 76, ' *   ', ' *   '))
            yield '\n'
        l_1_line = missing
        yield ' */\n\n'
    yield '/* Below the entry stubs: one function for every way in. */\n'
    def t_3(fiter):
        for l_1_s in fiter:
            if environment.getattr(l_1_s, 'ioctl'):
                yield l_1_s
    for l_1_s in t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'stubs')):
        _loop_vars = {}
        pass
        yield '/* The extensible ioctl '
        yield str(environment.getattr(environment.getattr(l_1_s, 'ioctl'), 'macro'))
        yield ": the file's ioctl handler calls these. */\nbool "
        yield str(environment.getattr(environment.getattr(l_1_s, 'ioctl'), 'matches'))
        yield '(unsigned int cmd);\nlong '
        yield str(environment.getattr(environment.getattr(l_1_s, 'ioctl'), 'handler'))
        yield '(struct file *file, unsigned int cmd, unsigned long arg);\n\n'
    l_1_s = missing
    for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'commons'):
        _loop_vars = {}
        pass
        yield str(context.call(environment.getattr(l_1_c, 'prototype'), environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel'), 'struct'), _loop_vars=_loop_vars))
        yield '\n'
    l_1_c = missing
    yield '\n#endif /* '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'guard'))
    yield ' */\n'

blocks = {}
debug_info = '1=26&2=28&3=30&4=32&8=34&9=36&11=39&12=43&16=47&17=49&19=53&20=55&21=57&22=61&27=66&30=69&31=72&37=77&38=85&39=87&40=89&43=92&44=95&47=99'
