# Written by python3 -m clonegen.precompile from templates/diff.md.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'diff.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_verdict = resolve('verdict')
    l_0_old = resolve('old')
    l_0_new = resolve('new')
    l_0_changes = resolve('changes')
    l_0_breaking = resolve('breaking')
    l_0_view = resolve('view')
    l_0_spec = resolve('spec')
    l_0_md = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    pass
    l_0_md = context.vars['md'] = environment.get_template('macros/md.j2', 'diff.md.j2')._get_default_module(context)
    context.exported_vars.discard('md')
    yield '**Verdict: '
    yield str((undefined(name='verdict') if l_0_verdict is missing else l_0_verdict))
    yield '.** `'
    yield str(t_2((undefined(name='old') if l_0_old is missing else l_0_old)))
    yield '` → `'
    yield str(t_2((undefined(name='new') if l_0_new is missing else l_0_new)))
    yield '`: '
    yield str(t_1((undefined(name='changes') if l_0_changes is missing else l_0_changes)))
    yield ' change'
    yield str(('s' if (t_1((undefined(name='changes') if l_0_changes is missing else l_0_changes)) != 1) else cond_expr_undefined("the inline if-expression on line 3 in 'diff.md.j2' evaluated to false and no else section was defined.")))
    yield ', '
    yield str((undefined(name='breaking') if l_0_breaking is missing else l_0_breaking))
    yield ' breaking.\n\n'
    if (undefined(name='changes') if l_0_changes is missing else l_0_changes):
        pass
        yield '| verdict | change | where | what |\n|---|---|---|---|\n'
        for l_1_c in (undefined(name='changes') if l_0_changes is missing else l_0_changes):
            _loop_vars = {}
            pass
            yield '| '
            yield str(('**breaking**' if (environment.getattr(l_1_c, 'verdict') == 'breaking') else 'compatible'))
            yield ' | '
            yield str(environment.getattr(l_1_c, 'kind'))
            yield ' | `'
            yield str(t_2(environment.getattr(l_1_c, 'where')))
            yield '` | '
            yield str(t_2(environment.getattr(l_1_c, 'message')))
            yield ' |\n'
        l_1_c = missing
    else:
        pass
        yield 'The two specs describe the same ABI.\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'touched'):
        pass
        yield '\n### What changed in struct '
        yield str(t_2(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct')))
        yield '\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'fields'):
            pass
            yield '\n'
            yield str(context.call(environment.getattr((undefined(name='md') if l_0_md is missing else l_0_md), 'marked_layout_table'), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'fields')))
            yield '\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'versions'):
            pass
            yield '\n'
            yield str(context.call(environment.getattr((undefined(name='md') if l_0_md is missing else l_0_md), 'marked_versions_table'), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'versions')))
            yield '\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'flags'):
            pass
            yield '\n'
            yield str(context.call(environment.getattr((undefined(name='md') if l_0_md is missing else l_0_md), 'marked_flags_table'), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'flags')))
            yield '\n'
    yield '\n<details><summary>Layout of struct '
    yield str(t_2(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct')))
    yield ' after the change ('
    yield str(t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'docs'), 'fields')))
    yield ' fields)</summary>\n\n'
    yield str(context.call(environment.getattr((undefined(name='md') if l_0_md is missing else l_0_md), 'layout_table'), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'docs')))
    yield '\n\n</details>\n\n<details><summary>Versions ('
    yield str(t_1(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions')))
    yield ')</summary>\n\n'
    yield str(context.call(environment.getattr((undefined(name='md') if l_0_md is missing else l_0_md), 'versions_table'), (undefined(name='spec') if l_0_spec is missing else l_0_spec)))
    yield '\n\n</details>\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'docs'), 'flags'):
        pass
        yield '\n<details><summary>Flags ('
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'docs'), 'flags')))
        yield ')</summary>\n\n'
        yield str(context.call(environment.getattr((undefined(name='md') if l_0_md is missing else l_0_md), 'flags_table'), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'docs')))
        yield '\n\n</details>\n'

blocks = {}
debug_info = '1=31&3=34&5=46&8=49&9=53&14=65&16=68&17=70&19=73&21=75&23=78&25=80&27=83&31=86&33=90&37=92&39=94&42=96&44=99&46=101'
