# Written by python3 -m clonegen.precompile from templates/macros/c.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros/c.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_banner = l_0_struct_doc = l_0_check_stmt = missing
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
        t_3 = environment.filters['c_continue']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'c_continue' found.")
    try:
        t_4 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    def macro(l_1_spec, l_1_license, l_1_style):
        t_5 = []
        if l_1_spec is missing:
            l_1_spec = undefined("parameter 'spec' was not provided", name='spec')
        if l_1_license is missing:
            l_1_license = undefined("parameter 'license' was not provided", name='license')
        if l_1_style is missing:
            l_1_style = 'block'
        pass
        if (l_1_style == 'line'):
            pass
            t_5.extend((
                '// SPDX-License-Identifier: ',
                str(l_1_license),
                '\n',
            ))
        else:
            pass
            t_5.extend((
                '/* SPDX-License-Identifier: ',
                str(l_1_license),
                ' */\n',
            ))
        t_5.append(
            '/*\n',
        )
        for l_2_line in environment.getattr(l_1_spec, 'banner_lines'):
            _loop_vars = {}
            pass
            t_5.extend((
                ' * ',
                str(t_2(l_2_line)),
                '\n',
            ))
        l_2_line = missing
        t_5.append(
            ' */',
        )
        return concat(t_5)
    context.exported_vars.add('banner')
    context.vars['banner'] = l_0_banner = Macro(environment, macro, 'banner', ('spec', 'license', 'style'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_name, l_1_doc, l_1_members):
        t_6 = []
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        if l_1_doc is missing:
            l_1_doc = undefined("parameter 'doc' was not provided", name='doc')
        if l_1_members is missing:
            l_1_members = undefined("parameter 'members' was not provided", name='members')
        pass
        t_6.extend((
            '/**\n',
            str(t_4(t_2(str_join(('struct ', l_1_name, ' - ', l_1_doc, ))), 76, ' * ', ' * ')),
            '\n',
        ))
        for l_2_m in l_1_members:
            _loop_vars = {}
            pass
            t_6.extend((
                str(t_4(t_2(str_join(('@', environment.getattr(l_2_m, 'name'), ': ', environment.getattr(l_2_m, 'doc'), ))), 76, ' *     ', ' * ')),
                '\n',
            ))
        l_2_m = missing
        t_6.append(
            ' */',
        )
        return concat(t_6)
    context.exported_vars.add('struct_doc')
    context.vars['struct_doc'] = l_0_struct_doc = Macro(environment, macro, 'struct_doc', ('name', 'doc', 'members'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check):
        t_7 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        pass
        t_7.extend((
            str(t_1(environment.getattr(l_1_check, 'doc'), '\t')),
            '\n\tif (unlikely(',
            str(t_3(environment.getattr(l_1_check, 'condition'), 21)),
            '))\n\t\treturn -',
            str(environment.getattr(l_1_check, 'errno')),
            ';',
        ))
        return concat(t_7)
    context.exported_vars.add('check_stmt')
    context.vars['check_stmt'] = l_0_check_stmt = Macro(environment, macro, 'check_stmt', ('check',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '4=36&5=45&6=49&8=56&11=62&12=67&18=77&20=88&21=91&22=95&28=105&29=111&30=113&31=115'
