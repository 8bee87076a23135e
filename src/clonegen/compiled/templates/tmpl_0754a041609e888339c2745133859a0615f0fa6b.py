# Written by python3 -m clonegen.precompile from templates/python_field_call.py.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python_field_call.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_spec = resolve('spec')
    try:
        t_1 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_2 = environment.filters['py_exploded']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'py_exploded' found.")
    try:
        t_3 = environment.filters['py_str']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'py_str' found.")
    pass
    yield '\n\n_libc = ctypes.CDLL(None, use_errno=True)\n_syscall = _libc.syscall\n_syscall.restype = ctypes.c_long\n_SIZE_FIELD: Final = _struct.Struct("='
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'field'), 'struct_format'))
    yield '")\n'
    for l_1_o in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'field'), 'outputs'):
        _loop_vars = {}
        pass
        yield '_NR_'
        yield str(environment.getattr(l_1_o, 'name'))
        yield ': Final = _per_arch(\n    '
        yield str(environment.getattr(l_1_o, 'number'))
        yield ',\n    '
        yield str(t_1(t_2(environment.getattr(l_1_o, 'numbers'), '{', '}'), 4))
        yield ',\n    ARCH,\n)\n"""The number of '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '() on this machine."""\n'
    l_1_o = missing
    yield '\n\ndef '
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '(\n'
    for l_1_a in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'struct_args'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_a, 'annotation'))
        yield ',\n'
    l_1_a = missing
    yield '    how: '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
    yield ',\n    *,\n    size: int = SIZE_LATEST,\n'
    for l_1_a in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'field'), 'trailing'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': int = 0,\n'
    l_1_a = missing
    yield '    validate: bool = True,\n) -> int:\n    """The '
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '() system call; OSError on failure.\n\n    The struct carries its size in its ``'
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'field'), 'name'))
    yield '`` field: ``how`` goes to\n    the kernel with that field set to ``size``, cut or zero-extended to it.\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'zero_macro'):
        pass
        yield '    A size of 0 means '
        yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'zero_macro'))
        yield '.\n'
    yield '    Arguments are checked as os functions check theirs, before the call:\n    OverflowError for an integer outside the range of its C type.\n    ``validate=False`` skips the checks of ``how`` made here and leaves them\n    to the kernel.\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'write_back'):
        pass
        yield '    On a size error the kernel writes the size it knows into the struct;\n    the OSError carries it as ``kernel_size``.\n'
    yield '    """\n'
    for l_1_a in (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'struct_args') + environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'field'), 'trailing')):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ' = _int_arg('
        yield str(t_3(environment.getattr(l_1_a, 'name')))
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', '
        yield str(environment.getattr(l_1_a, 'low'))
        yield ', '
        yield str(environment.getattr(l_1_a, 'high'))
        yield ', '
        yield str(t_3(environment.getattr(l_1_a, 'c_type')))
        yield ')\n'
    l_1_a = missing
    yield '    size = _int_arg("size", size, 0, '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'field'), 'size_max'))
    yield ', '
    yield str(t_3(environment.getattr(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'field'), 'kernel_type')))
    yield ')\n    how = how.replace('
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'field'), 'name'))
    yield '=size)\n    effective = '
    yield str((str_join(('size or ', environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'zero_macro'), )) if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'zero_macro') else 'size'))
    yield '\n    if validate:\n        how.validate(effective)\n    # The kernel reads the size field whatever the size says: the buffer holds it.\n    raw = how._call_bytes(max(effective, '
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'field'), 'end'))
    yield '))\n    buf = ctypes.create_string_buffer(raw, len(raw))\n    ret = _syscall(\n        ctypes.c_long(SYSCALL_NUMBER),\n'
    for l_1_a in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'struct_args'):
        _loop_vars = {}
        pass
        yield '        '
        yield str(environment.getattr(l_1_a, 'ctype'))
        yield '('
        yield str(environment.getattr(l_1_a, 'name'))
        yield '),\n'
    l_1_a = missing
    yield '        buf,\n'
    for l_1_a in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'field'), 'trailing'):
        _loop_vars = {}
        pass
        yield '        '
        yield str(environment.getattr(l_1_a, 'ctype'))
        yield '('
        yield str(environment.getattr(l_1_a, 'name'))
        yield '),\n'
    l_1_a = missing
    yield '    )\n    if ret < 0:\n        err = _os_error(ctypes.get_errno())\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'write_back'):
        pass
        yield '        setattr(err, "kernel_size", _SIZE_FIELD.unpack_from(buf.raw, '
        yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'field'), 'offset'))
        yield ')[0])\n'
    yield '        raise err\n    return int(ret)\n'
    for l_1_o in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'field'), 'outputs'):
        _loop_vars = {}
        pass
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
            yield ': int = 0,\n'
        l_2_a = missing
        yield ') -> '
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
        yield ':\n    """The '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '() system call: the struct as the kernel writes it; OSError on failure.\n\n    The kernel copies its struct into a buffer of ``size`` bytes: cut to a\n    smaller size, zero-filled past its own.\n'
        if environment.getattr(l_1_o, 'report'):
            pass
            yield '    The ``'
            yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'size'), 'field'), 'name'))
            yield '`` field of the result is the size the kernel\n    reports: the smaller of ``size`` and its own.\n'
        yield '    """\n'
        for l_2_a in (environment.getattr(l_1_o, 'args') + environment.getattr(l_1_o, 'trailing')):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_a, 'name'))
            yield ' = _int_arg('
            yield str(t_3(environment.getattr(l_2_a, 'name')))
            yield ', '
            yield str(environment.getattr(l_2_a, 'name'))
            yield ', '
            yield str(environment.getattr(l_2_a, 'low'))
            yield ', '
            yield str(environment.getattr(l_2_a, 'high'))
            yield ', '
            yield str(t_3(environment.getattr(l_2_a, 'c_type')))
            yield ')\n'
        l_2_a = missing
        yield '    size = _int_arg("size", size, 0, 0xFFFFFFFF, "unsigned int")\n    # The kernel refuses a size above its limit before it writes a byte.\n    buf = ctypes.create_string_buffer(max(min(size, '
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
            yield str(environment.getattr(l_2_a, 'name'))
            yield '),\n'
        l_2_a = missing
        yield '        buf,\n        ctypes.c_ulong(size),\n'
        for l_2_a in environment.getattr(l_1_o, 'trailing'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.getattr(l_2_a, 'ctype'))
            yield '('
            yield str(environment.getattr(l_2_a, 'name'))
            yield '),\n'
        l_2_a = missing
        yield '    )\n    if ret < 0:\n        raise _os_error(ctypes.get_errno())\n    return '
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
        yield '.from_bytes(buf.raw[:size])\n'
    l_1_o = missing

blocks = {}
debug_info = '7=32&8=34&9=38&10=40&11=42&14=44&18=48&19=50&20=54&22=60&25=62&26=66&30=70&32=72&34=74&35=77&41=80&46=84&47=88&49=102&50=106&51=108&55=110&59=112&60=116&63=122&64=126&69=132&70=135&74=138&77=142&78=144&79=148&83=154&84=158&86=162&87=164&91=166&92=169&96=172&97=176&101=190&103=192&104=194&105=198&109=204&110=208&115=214'
