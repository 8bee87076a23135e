# Written by python3 -m clonegen.precompile from templates/python_call.py.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python_call.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_spec = resolve('spec')
    l_0_call = missing
    try:
        t_1 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['py_exploded']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'py_exploded' found.")
    try:
        t_4 = environment.filters['py_str']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'py_str' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    def macro(l_1_name, l_1_number, l_1_args, l_1_trailing):
        t_6 = []
        l_1_paths = missing
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        if l_1_number is missing:
            l_1_number = undefined("parameter 'number' was not provided", name='number')
        if l_1_args is missing:
            l_1_args = undefined("parameter 'args' was not provided", name='args')
        if l_1_trailing is missing:
            l_1_trailing = undefined("parameter 'trailing' was not provided", name='trailing')
        pass
        l_1_paths = t_2(context.eval_ctx, t_5(context, (l_1_args + l_1_trailing), 'is_path'))
        t_6.extend((
            '\n\ndef ',
            str(l_1_name),
            '(\n',
        ))
        for l_2_a in l_1_args:
            _loop_vars = {}
            pass
            t_6.extend((
                '    ',
                str(environment.getattr(l_2_a, 'name')),
                ': ',
                str(environment.getattr(l_2_a, 'annotation')),
                ',\n',
            ))
        l_2_a = missing
        t_6.extend((
            '    how: ',
            str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls')),
            ',\n',
        ))
        for l_2_a in l_1_trailing:
            _loop_vars = {}
            pass
            t_6.extend((
                '    ',
                str(environment.getattr(l_2_a, 'name')),
                ': ',
                str(environment.getattr(l_2_a, 'annotation')),
                ',\n',
            ))
        l_2_a = missing
        t_6.extend((
            '    *,\n    size: int = SIZE_LATEST,\n    validate: bool = True,\n) -> int:\n    """The ',
            str(l_1_name),
            '() system call; OSError on failure.\n\n    Arguments are checked as os functions check theirs, before the call:\n    ValueError for a negative ``size``',
        ))
        if (undefined(name='paths') if l_1_paths is missing else l_1_paths):
            pass
            t_6.append(
                ' or a path with a NUL byte',
            )
        t_6.append(
            ',\n    OverflowError for an integer outside the range of its C type.\n    ``validate=False`` skips the checks of ``how`` made here and leaves them to\n    the kernel.\n    """\n',
        )
        for l_2_a in (l_1_args + l_1_trailing):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_a, 'is_path'):
                pass
                t_6.extend((
                    '    ',
                    str(environment.getattr(l_2_a, 'name')),
                    ', ',
                    str(environment.getattr(l_2_a, 'name')),
                    '_bytes = _path_arg(',
                    str(environment.getattr(l_2_a, 'name')),
                    ')\n',
                ))
            else:
                pass
                t_6.extend((
                    '    ',
                    str(environment.getattr(l_2_a, 'name')),
                    ' = _int_arg(',
                    str(t_4(environment.getattr(l_2_a, 'name'))),
                    ', ',
                    str(environment.getattr(l_2_a, 'name')),
                    ', ',
                    str(environment.getattr(l_2_a, 'low')),
                    ', ',
                    str(environment.getattr(l_2_a, 'high')),
                    ', ',
                    str(t_4(environment.getattr(l_2_a, 'c_type'))),
                    ')\n',
                ))
        l_2_a = missing
        t_6.extend((
            '    size = _size_arg(size)\n    if validate:\n        how.validate(size',
            str((str_join((', ', t_4(l_1_name), )) if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entry_skips') else '')),
            ')\n    raw = how._call_bytes(size)\n    buf = ctypes.create_string_buffer(raw, max(len(raw), 1))\n    ret = _syscall(\n        ctypes.c_long(',
            str(l_1_number),
            '),\n',
        ))
        for l_2_a in l_1_args:
            _loop_vars = {}
            pass
            t_6.extend((
                '        ',
                str(environment.getattr(l_2_a, 'ctype')),
                '(',
                str((str_join((environment.getattr(l_2_a, 'name'), '_bytes', )) if environment.getattr(l_2_a, 'is_path') else environment.getattr(l_2_a, 'name'))),
                '),\n',
            ))
        l_2_a = missing
        t_6.append(
            '        buf,\n        ctypes.c_size_t(size),\n',
        )
        for l_2_a in l_1_trailing:
            _loop_vars = {}
            pass
            t_6.extend((
                '        ',
                str(environment.getattr(l_2_a, 'ctype')),
                '(',
                str((str_join((environment.getattr(l_2_a, 'name'), '_bytes', )) if environment.getattr(l_2_a, 'is_path') else environment.getattr(l_2_a, 'name'))),
                '),\n',
            ))
        l_2_a = missing
        t_6.append(
            '    )\n    if ret < 0:\n        raise _os_error(ctypes.get_errno()',
        )
        for l_2_a in (undefined(name='paths') if l_1_paths is missing else l_1_paths)[:2]:
            _loop_vars = {}
            pass
            t_6.extend((
                ', ',
                str(environment.getattr(l_2_a, 'name')),
            ))
        l_2_a = missing
        t_6.append(
            ')\n    return int(ret)\n',
        )
        return concat(t_6)
    context.exported_vars.add('call')
    context.vars['call'] = l_0_call = Macro(environment, macro, 'call', ('name', 'number', 'args', 'trailing'), False, False, False, context.eval_ctx.autoescape)
    yield '\n\n_libc = ctypes.CDLL(None, use_errno=True)\n_syscall = _libc.syscall\n_syscall.restype = ctypes.c_long\n'
    for l_1_o in (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'extra_calls') + environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'out_calls')):
        _loop_vars = {}
        pass
        yield '_NR_'
        yield str(environment.getattr(l_1_o, 'name'))
        yield ': Final = _per_arch(\n    '
        yield str(environment.getattr(l_1_o, 'number'))
        yield ',\n    '
        yield str(t_1(t_3(environment.getattr(l_1_o, 'numbers'), '{', '}'), 4))
        yield ',\n    ARCH,\n)\n"""The number of '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '() on this machine."""\n'
    l_1_o = missing
    yield str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'), 'SYSCALL_NUMBER', environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'struct_args'), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'struct_trailing')))
    yield '\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'levels'):
        pass
        yield '\n\ndef abi_version() -> int:\n    """The running kernel\'s level ('
        yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'levels'), 'value_name'))
        yield '); OSError where the kernel\n    has none (ENOSYS: too old; EOPNOTSUPP: turned off at boot)."""\n    ret = _syscall(\n        ctypes.c_long(SYSCALL_NUMBER),\n'
        for l_1_a in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'levels'), 'query_args'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(l_1_a)
            yield ',\n'
        l_1_a = missing
        yield '    )\n    if ret < 0:\n        raise _os_error(ctypes.get_errno())\n    return int(ret)\n'
    for l_1_o in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'extra_calls'):
        _loop_vars = {}
        pass
        yield str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), environment.getattr(l_1_o, 'name'), str_join(('_NR_', environment.getattr(l_1_o, 'name'), )), environment.getattr(l_1_o, 'args'), environment.getattr(l_1_o, 'trailing'), _loop_vars=_loop_vars))
        yield '\n'
    l_1_o = missing
    for l_1_o in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'out_calls'):
        l_1_paths = missing
        _loop_vars = {}
        pass
        l_1_paths = t_2(context.eval_ctx, t_5(context, (environment.getattr(l_1_o, 'args') + environment.getattr(l_1_o, 'trailing')), 'is_path'))
        _loop_vars['paths'] = l_1_paths
        yield '\n\ndef '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '(\n'
        for l_2_a in environment.getattr(l_1_o, 'args'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_a, 'name'))
            yield ': '
            yield str(environment.getattr(l_2_a, 'annotation'))
            yield ',\n'
        l_2_a = missing
        yield '    *,\n    size: int = SIZE_LATEST,\n'
        for l_2_a in environment.getattr(l_1_o, 'trailing'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_a, 'name'))
            yield ': '
            yield str(environment.getattr(l_2_a, 'annotation'))
            yield str(('' if environment.getattr(l_2_a, 'is_path') else ' = 0'))
            yield ',\n'
        l_2_a = missing
        yield ') -> '
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
        yield ':\n    """The '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '() system call: the struct as the kernel writes it; OSError on failure.\n\n    The kernel copies its struct into a buffer of ``size`` bytes: cut to a\n    smaller size, zero-filled past its own. Arguments are checked as os\n    functions check theirs, before the call: ValueError for a negative\n    ``size``'
        if (undefined(name='paths') if l_1_paths is missing else l_1_paths):
            pass
            yield ' or a path with a NUL byte'
        yield ', OverflowError for an integer outside the\n    range of its C type.\n    """\n'
        for l_2_a in (environment.getattr(l_1_o, 'args') + environment.getattr(l_1_o, 'trailing')):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_a, 'is_path'):
                pass
                yield '    '
                yield str(environment.getattr(l_2_a, 'name'))
                yield ', '
                yield str(environment.getattr(l_2_a, 'name'))
                yield '_bytes = _path_arg('
                yield str(environment.getattr(l_2_a, 'name'))
                yield ')\n'
            else:
                pass
                yield '    '
                yield str(environment.getattr(l_2_a, 'name'))
                yield ' = _int_arg('
                yield str(t_4(environment.getattr(l_2_a, 'name')))
                yield ', '
                yield str(environment.getattr(l_2_a, 'name'))
                yield ', '
                yield str(environment.getattr(l_2_a, 'low'))
                yield ', '
                yield str(environment.getattr(l_2_a, 'high'))
                yield ', '
                yield str(t_4(environment.getattr(l_2_a, 'c_type')))
                yield ')\n'
        l_2_a = missing
        yield '    size = _size_arg(size)\n    # The kernel refuses a size above its limit before it writes a byte.\n    buf = ctypes.create_string_buffer(max(min(size, '
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size_limit'))
        yield '), 1))\n    ret = _syscall(\n        ctypes.c_long(_NR_'
        yield str(environment.getattr(l_1_o, 'name'))
        yield '),\n'
        for l_2_a in environment.getattr(l_1_o, 'args'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.getattr(l_2_a, 'ctype'))
            yield '('
            yield str((str_join((environment.getattr(l_2_a, 'name'), '_bytes', )) if environment.getattr(l_2_a, 'is_path') else environment.getattr(l_2_a, 'name')))
            yield '),\n'
        l_2_a = missing
        yield '        buf,\n        ctypes.c_size_t(size),\n'
        for l_2_a in environment.getattr(l_1_o, 'trailing'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.getattr(l_2_a, 'ctype'))
            yield '('
            yield str((str_join((environment.getattr(l_2_a, 'name'), '_bytes', )) if environment.getattr(l_2_a, 'is_path') else environment.getattr(l_2_a, 'name')))
            yield '),\n'
        l_2_a = missing
        yield '    )\n    if ret < 0:\n        raise _os_error(ctypes.get_errno()'
        for l_2_a in (undefined(name='paths') if l_1_paths is missing else l_1_paths)[:2]:
            _loop_vars = {}
            pass
            yield ', '
            yield str(environment.getattr(l_2_a, 'name'))
        l_2_a = missing
        yield ')\n    return '
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
        yield '.from_bytes(buf.raw[:size])\n'
    l_1_o = l_1_paths = missing

blocks = {}
debug_info = '2=44&3=56&6=59&7=62&8=67&10=75&11=78&12=83&18=91&21=94&26=102&27=105&28=109&30=120&35=136&39=138&40=141&41=146&45=155&46=160&50=169&58=184&59=188&60=190&61=192&64=194&66=197&67=199&71=202&75=204&76=208&83=212&84=215&86=218&87=222&90=225&91=227&92=231&96=237&97=241&99=248&100=250&105=252&108=256&109=259&110=262&112=271&117=285&119=287&120=289&121=293&125=299&126=303&130=309&131=316'
