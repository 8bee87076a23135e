# Written by python3 -m clonegen.precompile from templates/python_ioctl_call.py.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python_ioctl_call.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    try:
        t_1 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
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
    pass
    yield '\n\n_libc = ctypes.CDLL(None, use_errno=True)\n_ioctl = _libc.ioctl\n_ioctl.restype = ctypes.c_int\n# The _IOC() encoding where an architecture differs from the generic one:\n# (bits of the size, _IOC_READ, _IOC_WRITE).\n_IOC_LAYOUTS: Final[dict[str, tuple[int, int, int]]] = {\n'
    for (l_1_key, l_1_layout) in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'layouts'):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(l_1_key)
        yield '": '
        yield str(l_1_layout)
        yield ',\n'
    l_1_key = l_1_layout = missing
    yield '}\n_IOC_SIZEBITS, _IOC_READ, _IOC_WRITE = _IOC_LAYOUTS.get(ARCH or "", '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'generic'))
    yield ')\nIOCTL_TYPE: Final = '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'type'))
    yield '\nIOCTL_NR: Final = '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'nr'))
    yield '\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'mask_fills'):
        pass
        yield 'FIELDS_OF: Final[dict[int, tuple[str, ...]]] = {\n'
        for (l_1_name, l_1_fields) in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'mask_fills'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_1_name)
            yield ': '
            yield str(t_1(t_3(l_1_fields), 4))
            yield ',\n'
        l_1_name = l_1_fields = missing
        yield '}\n"""The fields each bit of the answer\'s mask says the kernel filled."""\n'
    yield '\n\ndef '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'function'))
    yield '_number(size: int = SIZE_LATEST) -> int:\n    """The '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'macro'))
    yield ' ioctl number for a struct of ``size`` bytes, as _IOC() makes it."""\n    size = _int_arg("size", size, 0, (1 << _IOC_SIZEBITS) - 1, "_IOC_SIZE")\n    direction = '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'dir'))
    yield '\n    return (direction << (16 + _IOC_SIZEBITS)) | (size << 16) | (IOCTL_TYPE << 8) | IOCTL_NR\n\n\ndef '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'function'))
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
    yield '    *,\n'
    for l_1_f in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'requests'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_f)
        yield ': int = 0,\n'
    l_1_f = missing
    yield '    size: int = SIZE_LATEST,\n) -> '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
    yield ':\n    """The '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'macro'))
    yield ' ioctl: the struct as the kernel fills it; OSError on failure.\n\n    The size is part of the ioctl number: a size below SIZE_VER0 fails with\n    ENOTTY before the kernel reads a byte. The kernel copies its struct into\n    ``size`` bytes: cut to a smaller size, zero-filled past its own.\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'requests'):
        pass
        yield '    The request ('
        yield str(t_2(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'requests'), ', '))
        yield ') asks for what the kernel only\n    fills on request.\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'truncated_mask'):
        pass
        yield "    The answer's mask has the bit of every field the kernel filled, even\n    one ``size`` cuts off: check the size as well as the bit.\n"
    yield '    """\n'
    for l_1_a in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'struct_args'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ' = _int_arg('
        yield str(t_4(environment.getattr(l_1_a, 'name')))
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', '
        yield str(environment.getattr(l_1_a, 'low'))
        yield ', '
        yield str(environment.getattr(l_1_a, 'high'))
        yield ', '
        yield str(t_4(environment.getattr(l_1_a, 'c_type')))
        yield ')\n'
    l_1_a = missing
    yield '    number = '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'function'))
    yield '_number(size)\n    request = '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
    yield '('
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'request_args'))
    yield ')\n    # The buffer holds the request fields whatever the size says.\n    raw = request.to_bytes(max(size, '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'ioctl'), 'requests_end'))
    yield '))\n    buf = ctypes.create_string_buffer(raw, len(raw))\n    ret = _ioctl(\n'
    for l_1_a in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'struct_args'):
        _loop_vars = {}
        pass
        yield '        '
        yield str(environment.getattr(l_1_a, 'ctype'))
        yield '('
        yield str(environment.getattr(l_1_a, 'name'))
        yield '),\n'
    l_1_a = missing
    yield '        ctypes.c_ulong(number),\n        buf,\n    )\n    if ret < 0:\n        raise _os_error(ctypes.get_errno())\n    return '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
    yield '.from_bytes(buf.raw[:size])\n'

blocks = {}
debug_info = '10=37&11=41&14=47&15=49&16=51&17=53&19=56&20=60&27=67&28=69&30=71&34=73&35=75&36=79&39=85&40=89&43=93&44=95&49=97&50=100&53=102&58=106&59=110&61=124&62=126&64=130&67=132&68=136&75=142'
