# Written by python3 -m clonegen.precompile from templates/docs.md.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_spec = resolve('spec')
    l_0_view = resolve('view')
    l_0_md = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    try:
        t_3 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    l_0_md = context.vars['md'] = environment.get_template('macros/md.j2', 'docs.md.j2')._get_default_module(context)
    context.exported_vars.discard('md')
    yield str(context.call(environment.getattr((undefined(name='md') if l_0_md is missing else l_0_md), 'banner'), (undefined(name='spec') if l_0_spec is missing else l_0_spec)))
    yield '\n\n# struct '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
    yield ' ('
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield ')\n\n'
    yield str(t_3(t_2(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'doc')), 80))
    yield '\n\n- uapi header: `'
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'header'))
    yield '`, kernel struct `struct '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel'), 'struct'))
    yield '` in `'
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel'), 'header'))
    yield '`\n- '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'call_line'))
    yield '\n- architectures whose values the spec states: '
    yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'arches'), ', '))
    yield '\n\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'release'):
        pass
        yield '- target release: Linux '
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'release'))
        yield '; fields, versions and flags newer than it are left out\n'
    yield '\n## Layout\n\nEvery offset and size is the same on 32- and 64-bit ABIs. Dashed lines mark\nwhere each published version ends.\n\n![byte layout of struct '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
    yield ']('
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'name'))
    yield '.svg)\n\n'
    yield str(context.call(environment.getattr((undefined(name='md') if l_0_md is missing else l_0_md), 'layout_table'), (undefined(name='view') if l_0_view is missing else l_0_view)))
    yield '\n\n'
    for l_1_f in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'fields'):
        _loop_vars = {}
        pass
        yield '- `'
        yield str(environment.getattr(l_1_f, 'name'))
        yield '`: '
        yield str(t_2(environment.getattr(l_1_f, 'doc')))
        yield '\n'
    l_1_f = missing
    yield '\n## Kernel struct layout\n\n`struct '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel'), 'struct'))
    yield '` as GCC lays it out on each architecture, holes\ncounted as pahole counts them (`clonegen layout --kernel-struct --arch all` prints\nevery member).\n\n| architectures | size | holes | padding |\n|---|---:|---|---|\n'
    for l_1_r in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'kernel_rows'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.getattr(l_1_r, 'arches'))
        yield ' | '
        yield str(environment.getattr(l_1_r, 'size'))
        yield ' | '
        yield str(t_2(environment.getattr(l_1_r, 'holes')))
        yield ' | '
        yield str(environment.getattr(l_1_r, 'padding'))
        yield ' |\n'
    l_1_r = missing
    yield '\nWhere a new kernel-only member fits without moving a member or growing the struct:\n\n'
    for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'kernel_fits'):
        _loop_vars = {}
        pass
        yield '- '
        yield str(t_2(l_1_line))
        yield '\n'
    l_1_line = missing
    yield '\n## Versions\n\n'
    yield str(context.call(environment.getattr((undefined(name='md') if l_0_md is missing else l_0_md), 'versions_table'), (undefined(name='spec') if l_0_spec is missing else l_0_spec)))
    yield '\n\n## Size policy\n\n'
    for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'policy'):
        _loop_vars = {}
        pass
        yield '- '
        yield str(t_2(l_1_line))
        yield '\n'
    l_1_line = missing
    yield '\n## Checks, in the order the kernel applies them\n\nThe first requirement a call breaks decides its errno.\n\n| requirement | errno |\n|---|---|\n'
    for l_1_r in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'requirements'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_2(environment.getattr(l_1_r, 'text')))
        yield ' | '
        yield str(environment.getattr(l_1_r, 'errno'))
        yield ' |\n'
    l_1_r = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'constants'):
        pass
        yield '\n## Constants\n\n| name | value | meaning |\n|---|---|---|\n'
        for (l_1_name, l_1_value, l_1_doc) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'constants'):
            _loop_vars = {}
            pass
            yield '| `'
            yield str(l_1_name)
            yield '` | '
            yield str(t_2(l_1_value))
            yield ' | '
            yield str(t_2(l_1_doc))
            yield ' |\n'
        l_1_name = l_1_value = l_1_doc = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'flags'):
        pass
        yield '\n## Flags\n\n'
        yield str(context.call(environment.getattr((undefined(name='md') if l_0_md is missing else l_0_md), 'flags_table'), (undefined(name='view') if l_0_view is missing else l_0_view)))
        yield '\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'mask_bits'):
        pass
        yield '\n## What the mask says\n\nThe kernel sets a bit of `'
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'mask_field'))
        yield '` for each group of fields it filled.\n\n| bit | fields | returned |\n|---|---|---|\n'
        for (l_1_name, l_1_fields, l_1_policy) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'mask_bits'):
            _loop_vars = {}
            pass
            yield '| `'
            yield str(l_1_name)
            yield '` | '
            yield str(t_2(l_1_fields))
            yield ' | '
            yield str(t_2(l_1_policy))
            yield ' |\n'
        l_1_name = l_1_fields = l_1_policy = missing
    yield '\n## Entry points\n\n'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entry_intro'))
    yield '\n\n| entry point | kind | sets |\n|---|---|---|\n'
    for l_1_e in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
        _loop_vars = {}
        pass
        yield '| `'
        yield str(environment.getattr(l_1_e, 'name'))
        yield '` | '
        yield str(environment.getattr(l_1_e, 'kind'))
        yield ' | '
        yield str(t_2(environment.getattr(l_1_e, 'sets')))
        yield ' |\n'
    l_1_e = missing

blocks = {}
debug_info = '1=32&2=34&4=36&6=40&8=42&9=48&10=50&12=52&13=55&21=58&23=62&25=64&26=68&31=74&37=76&38=80&43=90&44=94&49=98&53=100&54=104&63=108&64=112&66=117&72=120&73=124&76=131&80=134&82=136&86=139&90=141&91=145&97=153&101=155&102=159'
