# Written by python3 -m clonegen.precompile from templates/macros/md.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros/md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_banner = l_0_layout_cells = l_0_version_cells = l_0_flag_cells = l_0_layout_table = l_0_versions_table = l_0_flags_table = l_0_marked_layout_table = l_0_marked_versions_table = l_0_marked_flags_table = missing
    try:
        t_1 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    try:
        t_2 = environment.filters['xml_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'xml_comment' found.")
    pass
    def macro(l_1_spec):
        t_3 = []
        if l_1_spec is missing:
            l_1_spec = undefined("parameter 'spec' was not provided", name='spec')
        pass
        t_3.extend((
            '<!-- ',
            str(t_2(environment.getattr(l_1_spec, 'banner'))),
            ' -->',
        ))
        return concat(t_3)
    context.exported_vars.add('banner')
    context.vars['banner'] = l_0_banner = Macro(environment, macro, 'banner', ('spec',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_d):
        t_4 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        pass
        t_4.extend((
            str(environment.getattr(environment.getattr(l_1_d, 'field'), 'offset')),
            ' | ',
            str(environment.getattr(environment.getattr(l_1_d, 'field'), 'size')),
            ' | ',
            str(t_1(environment.getattr(environment.getattr(environment.getattr(l_1_d, 'field'), 'version'), 'name'))),
            ' | `',
            str(t_1(environment.getattr(environment.getattr(l_1_d, 'field'), 'name'))),
            '` | ',
            str(t_1(environment.getattr(environment.getattr(l_1_d, 'field'), 'role_text'))),
            ' | `',
            str(t_1(environment.getattr(environment.getattr(l_1_d, 'field'), 'uapi_type'))),
            '` | `',
            str(t_1(environment.getattr(environment.getattr(l_1_d, 'field'), 'kernel_type'))),
            '` | ',
            str(t_1(environment.getattr(l_1_d, 'checks'))),
        ))
        return concat(t_4)
    context.exported_vars.add('layout_cells')
    context.vars['layout_cells'] = l_0_layout_cells = Macro(environment, macro, 'layout_cells', ('d',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_v):
        t_5 = []
        if l_1_v is missing:
            l_1_v = undefined("parameter 'v' was not provided", name='v')
        pass
        t_5.extend((
            str(t_1(environment.getattr(l_1_v, 'name'))),
            ' | `',
            str(t_1(environment.getattr(l_1_v, 'macro'))),
            '` | ',
            str(environment.getattr(l_1_v, 'size')),
            ' | Linux ',
            str(t_1(environment.getattr(l_1_v, 'since'))),
            ' | `',
            str(t_1(environment.getattr(l_1_v, 'last_field'))),
            '`',
        ))
        return concat(t_5)
    context.exported_vars.add('version_cells')
    context.vars['version_cells'] = l_0_version_cells = Macro(environment, macro, 'version_cells', ('v',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_fl):
        t_6 = []
        if l_1_fl is missing:
            l_1_fl = undefined("parameter 'fl' was not provided", name='fl')
        pass
        t_6.extend((
            '`',
            str(t_1(environment.getattr(l_1_fl, 'name'))),
            '` | ',
            str(t_1(environment.getattr(l_1_fl, 'field'))),
            ' | `',
            str(t_1(environment.getattr(l_1_fl, 'value'))),
            '` | ',
            str(t_1(environment.getattr(l_1_fl, 'since'))),
            ' | ',
            str(t_1(environment.getattr(l_1_fl, 'entry_points'))),
            ' | ',
            str(t_1(environment.getattr(l_1_fl, 'doc'))),
        ))
        return concat(t_6)
    context.exported_vars.add('flag_cells')
    context.vars['flag_cells'] = l_0_flag_cells = Macro(environment, macro, 'flag_cells', ('fl',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view):
        t_7 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        pass
        t_7.append(
            '| offset | size | version | field | role | uapi type | kernel type | checks |\n|---:|---:|---|---|---|---|---|---|\n',
        )
        for l_2_d in environment.getattr(l_1_view, 'fields'):
            _loop_vars = {}
            pass
            t_7.extend((
                '| ',
                str(context.call((undefined(name='layout_cells') if l_0_layout_cells is missing else l_0_layout_cells), l_2_d, _loop_vars=_loop_vars)),
                ' |\n',
            ))
        l_2_d = missing
        return concat(t_7)
    context.exported_vars.add('layout_table')
    context.vars['layout_table'] = l_0_layout_table = Macro(environment, macro, 'layout_table', ('view',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_spec):
        t_8 = []
        if l_1_spec is missing:
            l_1_spec = undefined("parameter 'spec' was not provided", name='spec')
        pass
        t_8.append(
            '| name | macro | size | since | last field |\n|---|---|---:|---|---|\n',
        )
        for l_2_v in environment.getattr(l_1_spec, 'versions'):
            _loop_vars = {}
            pass
            t_8.extend((
                '| ',
                str(context.call((undefined(name='version_cells') if l_0_version_cells is missing else l_0_version_cells), l_2_v, _loop_vars=_loop_vars)),
                ' |\n',
            ))
        l_2_v = missing
        return concat(t_8)
    context.exported_vars.add('versions_table')
    context.vars['versions_table'] = l_0_versions_table = Macro(environment, macro, 'versions_table', ('spec',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view):
        t_9 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        pass
        t_9.append(
            '| flag | field | value | since | entry points | meaning |\n|---|---|---|---|---|---|\n',
        )
        for l_2_fl in environment.getattr(l_1_view, 'flags'):
            _loop_vars = {}
            pass
            t_9.extend((
                '| ',
                str(context.call((undefined(name='flag_cells') if l_0_flag_cells is missing else l_0_flag_cells), l_2_fl, _loop_vars=_loop_vars)),
                ' |\n',
            ))
        l_2_fl = missing
        return concat(t_9)
    context.exported_vars.add('flags_table')
    context.vars['flags_table'] = l_0_flags_table = Macro(environment, macro, 'flags_table', ('view',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows):
        t_10 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        t_10.append(
            '| | offset | size | version | field | role | uapi type | kernel type | checks |\n|---|---:|---:|---|---|---|---|---|---|\n',
        )
        for l_2_m in l_1_rows:
            _loop_vars = {}
            pass
            t_10.extend((
                '| **',
                str(environment.getattr(l_2_m, 'mark')),
                '** | ',
                str(context.call((undefined(name='layout_cells') if l_0_layout_cells is missing else l_0_layout_cells), environment.getattr(l_2_m, 'row'), _loop_vars=_loop_vars)),
                ' |\n',
            ))
        l_2_m = missing
        return concat(t_10)
    context.exported_vars.add('marked_layout_table')
    context.vars['marked_layout_table'] = l_0_marked_layout_table = Macro(environment, macro, 'marked_layout_table', ('rows',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_rows):
        t_11 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        t_11.append(
            '| | version | macro | size | since | last field |\n|---|---|---|---:|---|---|\n',
        )
        for l_2_m in l_1_rows:
            _loop_vars = {}
            pass
            t_11.extend((
                '| **',
                str(environment.getattr(l_2_m, 'mark')),
                '** | ',
                str(context.call((undefined(name='version_cells') if l_0_version_cells is missing else l_0_version_cells), environment.getattr(l_2_m, 'row'), _loop_vars=_loop_vars)),
                ' |\n',
            ))
        l_2_m = missing
        return concat(t_11)
    context.exported_vars.add('marked_versions_table')
    context.vars['marked_versions_table'] = l_0_marked_versions_table = Macro(environment, macro, 'marked_versions_table', ('rows',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_rows):
        t_12 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        t_12.append(
            '| | flag | field | value | since | entry points | meaning |\n|---|---|---|---|---|---|---|\n',
        )
        for l_2_m in l_1_rows:
            _loop_vars = {}
            pass
            t_12.extend((
                '| **',
                str(environment.getattr(l_2_m, 'mark')),
                '** | ',
                str(context.call((undefined(name='flag_cells') if l_0_flag_cells is missing else l_0_flag_cells), environment.getattr(l_2_m, 'row'), _loop_vars=_loop_vars)),
                ' |\n',
            ))
        l_2_m = missing
        return concat(t_12)
    context.exported_vars.add('marked_flags_table')
    context.vars['marked_flags_table'] = l_0_marked_flags_table = Macro(environment, macro, 'marked_flags_table', ('rows',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=24&3=31&7=37&8=43&11=63&12=69&15=84&16=91&19=107&22=115&23=120&27=128&30=136&31=141&35=149&38=157&39=162&44=169&47=177&48=182&52=192&55=200&56=205&60=215&63=223&64=228'
