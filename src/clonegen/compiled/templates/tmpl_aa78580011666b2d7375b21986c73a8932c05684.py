# Written by python3 -m clonegen.precompile from templates/kernel.c.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'kernel.c.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_spec = resolve('spec')
    l_0_view = resolve('view')
    l_0_indent = resolve('indent')
    l_0_O = resolve('O')
    l_0_c = l_0_K = missing
    try:
        t_1 = environment.filters['c_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'c_comment' found.")
    try:
        t_2 = environment.filters['c_indent']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'c_indent' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    l_0_c = context.vars['c'] = environment.get_template('macros/c.j2', 'kernel.c.j2')._get_default_module(context)
    context.exported_vars.discard('c')
    l_0_K = environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel')
    context.vars['K'] = l_0_K
    context.exported_vars.add('K')
    yield str(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'banner'), (undefined(name='spec') if l_0_spec is missing else l_0_spec), 'GPL-2.0', 'line'))
    yield '\n\n'
    for l_1_h in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'includes'):
        _loop_vars = {}
        pass
        yield '#include <'
        yield str(l_1_h)
        yield '>\n'
    l_1_h = missing
    yield '\n#include <'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'include'))
    yield '>\n'
    for (l_1_field, l_1_k) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'known_masks'):
        _loop_vars = {}
        pass
        yield '\n/* '
        yield str(t_1(str_join(('Flags ', environment.getattr(l_1_k, 'entry_point'), '() knows in ', environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'), '.', l_1_field, '.', ))))
        yield ' */\n#define '
        yield str(environment.getattr(l_1_k, 'macro'))
        yield ' ( \\\n'
        for l_2_n in environment.getattr(environment.getattr(l_1_k, 'mask'), 'names'):
            _loop_vars = {}
            pass
            yield '\t'
            yield str(l_2_n)
            yield ' | \\\n'
        l_2_n = missing
        yield '\t0)\n'
    l_1_field = l_1_k = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_in'):
        pass
        yield '\n/**\n'
        yield str(t_5(str_join((environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'copy_function'), ' - ', environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_summary'), )), 76, ' * ', ' * '))
        yield '\n * @kargs: the kernel struct to fill\n'
        for l_1_f in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'array_fields'):
            _loop_vars = {}
            pass
            yield str(t_5(str_join(('@kargs->', environment.getattr(l_1_f, 'name'), ' must point at room for ', environment.getattr(environment.getattr(l_1_f, 'max'), 'c'), ' elements of ', environment.getattr(l_1_f, 'element'), ' before the call.', )), 76, ' *         ', ' *         '))
            yield '\n'
        l_1_f = missing
        yield " * @uargs: the user's struct\n"
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_params'):
            pass
            yield " * @usize: the size of the user's struct, as user space passed it\n"
        yield ' *\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size_field'):
            pass
            yield str(t_5(str_join(("The size is the struct's own ", environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size_field'), 'name'), ' field. On a size error the kernel writes the size it knows back into it, so that the caller learns what to pass.', )), 76, ' * ', ' * '))
            yield '\n *\n'
        yield str(t_5(str_join(('The entry stubs read struct ', environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'), ' here and nowhere else. A caller built against an older header passes a smaller size and gets the missing fields as zero; a caller built against a newer one may pass a larger size as long as every byte the kernel does not know is zero.', )), 76, ' * ', ' * '))
        yield '\n *\n * Return: 0 on success, or -'
        yield str(t_3(context.eval_ctx, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_errnos'), ', -'))
        yield '.\n */\n'
        l_0_indent = t_2(((t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_storage')) + t_4(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'copy_function'))) + 2))
        context.vars['indent'] = l_0_indent
        context.exported_vars.add('indent')
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_storage'))
        yield ' '
        yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'copy_function'))
        yield '(struct '
        yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'struct'))
        yield ' *kargs,\n'
        yield str((undefined(name='indent') if l_0_indent is missing else l_0_indent))
        yield 'struct '
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
        yield ' __user *uargs'
        for l_1_p in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_params'):
            _loop_vars = {}
            pass
            yield ',\n'
            yield str((undefined(name='indent') if l_0_indent is missing else l_0_indent))
            yield str(l_1_p)
        l_1_p = missing
        yield ')\n{\n'
        if (not environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'shared_struct')):
            pass
            yield '\tstruct '
            yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
            yield ' args;\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size_field'):
            pass
            yield '\t'
            yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size_field'), 'kernel_type'))
            yield ' usize;\n'
        for l_1_f in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'array_fields'):
            _loop_vars = {}
            pass
            yield '\t'
            yield str(environment.getattr(l_1_f, 'element'))
            yield ' *k'
            yield str(environment.getattr(l_1_f, 'name'))
            yield ' = kargs->'
            yield str(environment.getattr(l_1_f, 'name'))
            yield ';\n'
        l_1_f = missing
        yield '\tint err;\n\n'
        for l_1_v in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'):
            _loop_vars = {}
            pass
            yield '\tBUILD_BUG_ON(offsetofend(struct '
            yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
            yield ', '
            yield str(environment.getattr(l_1_v, 'last_field'))
            yield ') != '
            yield str(environment.getattr(l_1_v, 'macro'))
            yield ');\n'
        l_1_v = missing
        yield '\tBUILD_BUG_ON(sizeof(struct '
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
        yield ') != '
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'latest'), 'macro'))
        yield ');\n'
        for l_1_a in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'asserts'):
            _loop_vars = {}
            pass
            if environment.getattr(l_1_a, 'condition'):
                pass
                yield '#if '
                yield str(environment.getattr(l_1_a, 'condition'))
                yield '\n\tBUILD_BUG_ON('
                yield str(environment.getattr(l_1_a, 'name'))
                yield ' != '
                yield str(environment.getattr(l_1_a, 'value'))
                yield ');\n#endif\n'
            else:
                pass
                yield '\tBUILD_BUG_ON('
                yield str(environment.getattr(l_1_a, 'name'))
                yield ' != '
                yield str(environment.getattr(l_1_a, 'value'))
                yield ');\n'
        l_1_a = missing
        yield '\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size_field'):
            pass
            yield '\terr = get_user(usize, &uargs->'
            yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size_field'), 'name'))
            yield ');\n\tif (err)\n\t\treturn err;\n'
            if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'zero_means'):
                pass
                yield '\t/* A size of zero is an ABI quirk: it stands for the first version. */\n\tif (!usize)\n\t\tusize = '
                yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'zero_means'))
                yield ';\n'
        for l_1_step in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'steps'):
            _loop_vars = {}
            pass
            yield '\tif (unlikely('
            yield str(environment.getattr(l_1_step, 'condition'))
            yield '))\n\t\t'
            yield str(environment.getattr(l_1_step, 'action'))
            yield '\n'
        l_1_step = missing
        for l_1_step in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'permission'):
            _loop_vars = {}
            pass
            yield '\tif ('
            yield str(environment.getattr(l_1_step, 'condition'))
            yield ')\n\t\t'
            yield str(environment.getattr(l_1_step, 'action'))
            yield '\n'
        l_1_step = missing
        yield '\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'tail_via_helper'):
            pass
            yield '\terr = copy_struct_from_user('
            yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_dest'))
            yield ', '
            yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_size'))
            yield ', uargs, usize);\n'
            if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'write_back'):
                pass
                yield '\tif (err == -E2BIG)\n\t\tgoto err_size;\n'
            yield '\tif (err)\n\t\treturn err;\n'
        else:
            pass
            yield '\tif (usize > '
            yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_size'))
            yield ') {\n\t\t/* A newer caller: what we do not know must be zero. */\n\t\terr = check_zeroed_user((const char __user *)uargs + '
            yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_size'))
            yield ',\n\t\t\t\t\tusize - '
            yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_size'))
            yield ');\n\t\tif (err < 0)\n\t\t\treturn err;\n\t\tif (!err)\n\t\t\t'
            yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'tail_action'))
            yield '\n\t}\n\tmemset('
            yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_dest'))
            yield ', 0, '
            yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_size'))
            yield ');\n\tif (copy_from_user('
            yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_dest'))
            yield ', uargs, min(usize, '
            yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_size'))
            yield ')))\n\t\treturn -EFAULT;\n'
        for l_1_check in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_checks'):
            _loop_vars = {}
            pass
            yield '\n'
            yield str(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'check_stmt'), l_1_check, _loop_vars=_loop_vars))
            yield '\n'
        l_1_check = missing
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'conversions'):
            pass
            yield '\n\t*kargs = (struct '
            yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'struct'))
            yield '){\n'
            for (l_1_member, l_1_value) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'conversions'):
                _loop_vars = {}
                pass
                yield '\t\t.'
                yield str(l_1_member)
                yield ' = '
                yield str(l_1_value)
                yield ',\n'
            l_1_member = l_1_value = missing
            yield '\t};\n'
        for l_1_f in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'array_fields'):
            _loop_vars = {}
            pass
            yield '\n\tif (args.'
            yield str(environment.getattr(l_1_f, 'count'))
            yield ' &&\n\t    copy_from_user(k'
            yield str(environment.getattr(l_1_f, 'name'))
            yield ', u64_to_user_ptr(args.'
            yield str(environment.getattr(l_1_f, 'name'))
            yield '),\n\t\t\t   kargs->'
            yield str(environment.getattr(l_1_f, 'count'))
            yield ' * sizeof('
            yield str(environment.getattr(l_1_f, 'element'))
            yield ')))\n\t\treturn -EFAULT;\n\tkargs->'
            yield str(environment.getattr(l_1_f, 'name'))
            yield ' = k'
            yield str(environment.getattr(l_1_f, 'name'))
            yield ';\n'
        l_1_f = missing
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'clamps'):
            pass
            yield '\n'
            for l_1_statement in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'clamps'):
                _loop_vars = {}
                pass
                yield '\t'
                yield str(l_1_statement)
                yield '\n'
            l_1_statement = missing
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'adjusts'):
            pass
            yield '\n'
            for l_1_lines in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'adjusts'):
                _loop_vars = {}
                pass
                for l_2_line in l_1_lines:
                    _loop_vars = {}
                    pass
                    yield '\t'
                    yield str(l_2_line)
                    yield '\n'
                l_2_line = missing
            l_1_lines = missing
        yield '\n\treturn 0;\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'write_back'):
            pass
            yield '\nerr_size:\n\t/* Tell the caller the size of the struct this kernel knows. */\n\tput_user(('
            yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size_field'), 'kernel_type'))
            yield ')sizeof(args), &uargs->'
            yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size_field'), 'name'))
            yield ');\n\treturn -'
            yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'write_back_errno'))
            yield ';\n'
        yield '}\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'valid_checks'):
        pass
        yield '\n/**\n'
        yield str(t_5(str_join((environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'valid_function'), ' - check a converted ', environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'), '() request', )), 76, ' * ', ' * '))
        yield '\n'
        yield str(t_5(str_join(('@kargs: the kernel struct ', environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'copy_function'), '() filled', )), 76, ' *         ', ' * '))
        yield '\n *\n * Checks that need the converted values. Nothing after this function asks\n * which system call the request came from.\n *\n * Return: 0 if the request is valid, or -'
        yield str(t_3(context.eval_ctx, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'valid_errnos'), ', -'))
        yield '.\n */\nstatic int '
        yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'valid_function'))
        yield '(struct '
        yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'struct'))
        yield ' *kargs)\n{\n'
        for l_1_check in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'valid_checks'):
            _loop_vars = {}
            pass
            yield str(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'check_stmt'), l_1_check, _loop_vars=_loop_vars))
            yield '\n\n'
        l_1_check = missing
        for (l_1_field, l_1_size) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'to_top'):
            _loop_vars = {}
            pass
            yield '#if !defined(CONFIG_STACK_GROWSUP)\n\tif (kargs->'
            yield str(l_1_field)
            yield ')\n\t\tkargs->'
            yield str(l_1_field)
            yield ' += kargs->'
            yield str(l_1_size)
            yield ';\n#endif\n'
        l_1_field = l_1_size = missing
        yield '\treturn 0;\n}\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_out'):
        pass
        l_0_O = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_out')
        context.vars['O'] = l_0_O
        context.exported_vars.add('O')
        yield '\n/**\n'
        yield str(t_5(str_join((environment.getattr((undefined(name='O') if l_0_O is missing else l_0_O), 'function'), ' - convert struct ', environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'struct'), ' and copy it to user space', )), 76, ' * ', ' * '))
        yield "\n * @uargs: the user's struct\n * @usize: the size of the user's struct, as user space passed it\n * @kargs: the kernel struct to copy out\n *\n * A caller built against an older header gets the fields that fit its size;\n * one built against a newer header gets zeros after the fields this kernel\n * knows (copy_struct_to_user()).\n *\n * Return: 0 on success, or -EFAULT.\n */\n"
        l_0_indent = t_2((t_4(environment.getattr((undefined(name='O') if l_0_O is missing else l_0_O), 'function')) + 12))
        context.vars['indent'] = l_0_indent
        context.exported_vars.add('indent')
        yield 'static int '
        yield str(environment.getattr((undefined(name='O') if l_0_O is missing else l_0_O), 'function'))
        yield '(struct '
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
        yield ' __user *uargs,\n'
        yield str((undefined(name='indent') if l_0_indent is missing else l_0_indent))
        yield 'size_t usize,\n'
        yield str((undefined(name='indent') if l_0_indent is missing else l_0_indent))
        yield 'const struct '
        yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'struct'))
        yield ' *kargs)\n{\n\tstruct '
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
        yield ' args = {\n'
        for (l_1_member, l_1_value) in environment.getattr((undefined(name='O') if l_0_O is missing else l_0_O), 'conversions'):
            _loop_vars = {}
            pass
            yield '\t\t.'
            yield str(l_1_member)
            yield ' = '
            yield str(l_1_value)
            yield ',\n'
        l_1_member = l_1_value = missing
        yield '\t};\n\n\treturn copy_struct_to_user(uargs, usize, &args, sizeof(args), NULL);\n}\n'
    for l_1_s in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'stubs'):
        _loop_vars = {}
        pass
        yield '\n'
        template = environment.get_template('entry.c.j2', 'kernel.c.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'s': l_1_s, 'K': l_0_K, 'O': l_0_O, 'c': l_0_c, 'indent': l_0_indent}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    l_1_s = missing

blocks = {}
debug_info = '1=46&2=48&3=51&5=53&6=57&9=61&10=63&12=67&13=69&14=71&15=75&19=80&22=83&24=85&25=88&28=92&32=96&33=98&36=100&38=102&40=104&41=107&42=113&43=121&45=125&46=128&48=130&49=133&51=135&52=139&56=147&57=151&59=159&60=163&61=166&62=169&63=171&66=178&70=184&71=187&74=189&77=192&80=194&81=198&82=200&84=203&85=207&86=209&89=213&90=216&91=220&98=227&100=229&101=231&105=233&107=235&108=239&111=243&113=247&115=250&117=253&118=255&119=259&123=265&125=269&126=271&127=275&129=279&131=284&133=287&134=291&137=294&139=297&140=300&141=304&147=309&151=312&152=316&156=319&159=322&160=324&165=326&167=328&169=332&170=335&173=338&175=342&176=344&182=350&183=352&186=356&195=358&196=362&197=366&198=368&200=372&201=374&202=378&209=384&211=388'
