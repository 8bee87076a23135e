# Written by python3 -m clonegen.precompile from templates/entry.c.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'entry.c.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_s = resolve('s')
    l_0_spec = resolve('spec')
    l_0_I = resolve('I')
    l_0_view = resolve('view')
    l_0_e = l_0_K = missing
    try:
        t_1 = environment.filters['c_block_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'c_block_comment' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    l_0_e = environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'entry')
    context.vars['e'] = l_0_e
    context.exported_vars.add('e')
    l_0_K = environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel')
    context.vars['K'] = l_0_K
    context.exported_vars.add('K')
    if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'ioctl'):
        pass
        l_0_I = environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'ioctl')
        context.vars['I'] = l_0_I
        context.exported_vars.add('I')
        yield '/**\n * '
        yield str(environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'matches'))
        yield ' - is @cmd the '
        yield str(environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'macro'))
        yield ' ioctl?\n * @cmd: the ioctl number\n *\n'
        yield str(t_5(str_join(('The size of struct ', environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'), ' is part of the number: every size from ', environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'first'), ' up matches; a smaller one, or another direction, does not, and the ioctl fails with -ENOTTY before the handler runs.', )), 76, ' * ', ' * '))
        yield '\n *\n * Return: true if @cmd is '
        yield str(environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'macro'))
        yield ' for some size the kernel accepts.\n */\nbool '
        yield str(environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'matches'))
        yield '(unsigned int cmd)\n{\n\treturn extensible_ioctl_valid(cmd, '
        yield str(environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'macro'))
        yield ', '
        yield str(environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'first'))
        yield ');\n}\n\n/**\n * '
        yield str(environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'handler'))
        yield ' - the '
        yield str(environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'macro'))
        yield ' ioctl\n * @file: the file the ioctl was made on, passed on to '
        yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common'))
        yield "()\n * @cmd: the ioctl number, which carries the size of the caller's struct\n * @arg: the user's struct "
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
        yield '\n *\n'
        if environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'requests'):
            pass
            yield str(t_5(str_join(("The caller's request (", t_2(context.eval_ctx, t_4(context, environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'requests'), 'first'), ', '), ') is read first; ', environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common'), '() fills the rest and replaces it with its answer.', )), 76, ' * ', ' * '))
            yield '\n *\n'
        yield ' * Return: 0 with the struct copied out, what '
        yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common'))
        yield '() returns\n * on failure, or a negative errno from the checks and the copies.\n */\nlong '
        yield str(environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'handler'))
        yield '(struct file *file, unsigned int cmd, unsigned long arg)\n{\n\tstruct '
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
        yield ' __user *uargs = (struct '
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
        yield ' __user *)arg;\n\tsize_t usize = _IOC_SIZE(cmd);\n\tstruct '
        yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'struct'))
        yield ' kargs = { };\n\tlong ret;\n\n\tif (unlikely(!'
        yield str(environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'matches'))
        yield '(cmd)))\n\t\treturn -ENOTTY;\n'
        for l_1_b in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'before'):
            _loop_vars = {}
            pass
            yield '\tif (unlikely('
            yield str(environment.getattr(l_1_b, 'condition'))
            yield '))\n\t\t'
            yield str(environment.getattr(l_1_b, 'action'))
            yield '\n'
        l_1_b = missing
        for (l_1_name, l_1_type) in environment.getattr((undefined(name='I') if l_0_I is missing else l_0_I), 'requests'):
            _loop_vars = {}
            pass
            yield '\tif (copy_from_user(&kargs.'
            yield str(l_1_name)
            yield ', &uargs->'
            yield str(l_1_name)
            yield ', sizeof(kargs.'
            yield str(l_1_name)
            yield ')))\n\t\treturn -EFAULT;\n'
        l_1_name = l_1_type = missing
        yield '\n\tret = '
        yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common'))
        yield '(file, &kargs);\n\tif (ret)\n\t\treturn ret;\n\n\treturn '
        yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_out'), 'function'))
        yield '(uargs, usize, &kargs);\n}\n'
    elif environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'is_struct'):
        pass
        yield '/**\n * sys_'
        yield str(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'name'))
        yield ' - the '
        yield str(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'name'))
        yield '() system call\n'
        for l_1_a in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'leading'):
            _loop_vars = {}
            pass
            yield ' * @'
            yield str(l_1_a)
            yield ': passed on to '
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common'))
            yield '()\n'
        l_1_a = missing
        yield ' * @'
        yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'struct_name'))
        yield ": the user's struct "
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
        yield '\n'
        if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'takes_size'):
            pass
            yield ' * @'
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'size_name'))
            yield ': '
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'size_doc'))
            yield '\n'
        for l_1_a in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'trailing'):
            _loop_vars = {}
            pass
            yield ' * @'
            yield str(l_1_a)
            yield ': passed on to '
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common'))
            yield '()\n'
        l_1_a = missing
        yield ' *\n'
        if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'writes'):
            pass
            yield ' * Return: 0 with the struct copied out, what '
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common'))
            yield '() returns\n * on failure, or a negative errno from the checks and the copy-out.\n'
        else:
            pass
            yield ' * Return: what '
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common'))
            yield '() returns, or a negative errno from\n * the copy-in and checks.\n'
        yield ' */\nSYSCALL_DEFINE'
        yield str(t_3(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'define_args')))
        yield '('
        yield str(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'name'))
        yield ', '
        yield str(t_2(context.eval_ctx, environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'define_args'), ',\n\t\t'))
        yield ')\n{\n'
        if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'writes'):
            pass
            yield '\tstruct '
            yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'struct'))
            yield ' kargs = { };\n\tlong ret;\n'
        else:
            pass
            yield '\tstruct '
            yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'struct'))
            yield ' kargs;\n'
            for l_1_f in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'array_fields'):
                _loop_vars = {}
                pass
                yield '\t'
                yield str(environment.getattr(l_1_f, 'element'))
                yield ' '
                yield str(environment.getattr(l_1_f, 'name'))
                yield '['
                yield str(environment.getattr(environment.getattr(l_1_f, 'max'), 'c'))
                yield '];\n'
            l_1_f = missing
            yield '\tint err;\n'
        yield '\n'
        if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'broken'):
            pass
            yield '#ifdef '
            yield str(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'broken'), 'macro'))
            yield '\n#warning '
            yield str(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'broken'), 'warning'))
            yield '\n\treturn '
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'broken_return'))
            yield ';\n#endif\n\n'
        for l_1_b in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'before'):
            _loop_vars = {}
            pass
            yield '\tif (unlikely('
            yield str(environment.getattr(l_1_b, 'condition'))
            yield '))\n\t\t'
            yield str(environment.getattr(l_1_b, 'action'))
            yield '\n'
        l_1_b = missing
        if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'before'):
            pass
            yield '\n'
        if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'writes'):
            pass
            yield '\tret = '
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common'))
            yield '('
            for l_1_a in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common_arguments'):
                _loop_vars = {}
                pass
                yield str(l_1_a)
                yield ', '
            l_1_a = missing
            yield '&kargs);\n\tif (ret)\n\t\treturn ret;\n\n\treturn '
            yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'copy_out'), 'function'))
            yield '('
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'struct_name'))
            yield ', '
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'size_name'))
            yield ', &kargs);\n}\n'
        else:
            pass
            for l_1_f in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'array_fields'):
                _loop_vars = {}
                pass
                yield '\tkargs.'
                yield str(environment.getattr(l_1_f, 'name'))
                yield ' = '
                yield str(environment.getattr(l_1_f, 'name'))
                yield ';\n'
            l_1_f = missing
            if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'optional_struct'):
                pass
                yield '\t/* No struct and a size of 0: the call does its work without one. */\n\tif (!'
                yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'struct_name'))
                yield ')\n\t\treturn '
                yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common'))
                yield '('
                for l_1_a in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common_arguments'):
                    _loop_vars = {}
                    pass
                    yield str(l_1_a)
                    yield ', '
                l_1_a = missing
                yield 'NULL);\n\n'
            yield '\terr = '
            yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'copy_function'))
            yield '('
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'copy_arguments'))
            yield ');\n\tif (err)\n\t\treturn err;\n'
            if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'valid_checks'):
                pass
                yield '\n\terr = '
                yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'valid_function'))
                yield '(&kargs);\n\tif (err)\n\t\treturn err;\n'
            yield '\n\treturn '
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common'))
            yield '('
            for l_1_a in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'common_arguments'):
                _loop_vars = {}
                pass
                yield str(l_1_a)
                yield ', '
            l_1_a = missing
            yield '&kargs);\n}\n'
    else:
        pass
        if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'guard'):
            pass
            yield '#ifdef '
            yield str(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'guard'))
            yield '\n'
        l_1_loop = missing
        t_6 = 1
        for (l_1_opening, l_1_arguments, l_1_closing), l_1_loop in LoopContext(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'orders'), undefined):
            _loop_vars = {}
            pass
            if l_1_opening:
                pass
                yield str(l_1_opening)
                yield '\n'
            yield 'SYSCALL_DEFINE'
            yield str(t_3(l_1_arguments))
            yield '('
            yield str(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'name'))
            l_2_loop = missing
            for l_2_a, l_2_loop in LoopContext(l_1_arguments, undefined):
                _loop_vars = {}
                pass
                yield ','
                yield str((' ' if environment.getattr(l_2_loop, 'first') else '\n\t\t'))
                yield str(environment.getattr(l_2_a, 'type'))
                yield ', '
                yield str(environment.getattr(l_2_a, 'name'))
            l_2_loop = l_2_a = missing
            yield ')\n'
            if l_1_closing:
                pass
                yield str(l_1_closing)
                yield '\n'
            t_6 = 0
        l_1_loop = l_1_opening = l_1_arguments = l_1_closing = missing
        if t_6:
            pass
            yield 'SYSCALL_DEFINE0('
            yield str(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'name'))
            yield ')\n'
        yield '{\n'
        if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'requires'):
            pass
            yield '#ifdef '
            yield str(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'requires'), 'config'))
            yield '\n'
        yield '\tstruct '
        yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'struct'))
        yield ' args = {\n'
        for l_1_a in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'sets'):
            _loop_vars = {}
            pass
            yield '\t\t.'
            yield str(environment.getattr(l_1_a, 'target'))
            yield ' = '
            yield str(environment.getattr(l_1_a, 'text'))
            yield ',\n'
        l_1_a = missing
        yield '\t};\n\n\treturn '
        yield str(environment.getattr((undefined(name='K') if l_0_K is missing else l_0_K), 'common_function'))
        yield '(&args);\n'
        if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'requires'):
            pass
            yield '#else\n'
            yield str(t_1(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'requires'), 'doc'), '\t'))
            yield '\n\treturn -'
            yield str(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'requires'), 'errno'))
            yield ';\n#endif\n'
        yield '}\n'
        if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'guard'):
            pass
            yield '#endif\n'

blocks = {}
debug_info = '2=46&3=49&4=52&5=54&7=58&10=62&12=64&14=66&16=68&20=72&21=76&23=78&25=80&26=82&29=85&32=87&34=89&36=93&39=95&41=97&42=101&43=103&45=106&46=110&50=118&54=120&56=122&58=125&59=129&60=133&62=139&63=143&64=146&66=150&67=154&70=160&71=163&74=168&78=171&80=177&81=180&84=185&85=187&86=191&91=200&92=203&93=205&94=207&98=209&99=213&100=215&102=218&105=221&106=224&110=233&113=241&114=245&116=250&118=253&119=255&122=265&125=269&127=272&132=275&136=286&137=289&139=293&140=296&141=298&143=301&144=315&145=317&148=324&151=327&152=330&154=333&155=335&156=339&160=345&161=347&163=350&164=352&168=355'
