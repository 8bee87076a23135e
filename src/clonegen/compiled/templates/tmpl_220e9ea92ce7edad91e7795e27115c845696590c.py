# Written by python3 -m clonegen.precompile from templates/python.py.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_spec = resolve('spec')
    l_0_V = missing
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
        t_3 = environment.filters['py_comment']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'py_comment' found.")
    try:
        t_4 = environment.filters['py_doc']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'py_doc' found.")
    try:
        t_5 = environment.filters['py_exploded']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'py_exploded' found.")
    try:
        t_6 = environment.filters['py_str']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'py_str' found.")
    try:
        t_7 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    l_0_V = (undefined(name='view') if l_0_view is missing else l_0_view)
    context.vars['V'] = l_0_V
    context.exported_vars.add('V')
    for l_1_line in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'banner_lines'):
        _loop_vars = {}
        pass
        yield '# '
        yield str(t_3(l_1_line))
        yield '\n'
    l_1_line = missing
    yield '"""'
    yield str(t_7(t_4(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'doc')), 76))
    yield '\n\nPython bindings for struct '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
    yield ' and '
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '(). Standard library only.\nArchitectures whose values this module states: '
    yield str(t_2(context.eval_ctx, environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'arches'), ', '))
    yield '.\n"""\n\nfrom __future__ import annotations\n\nimport ctypes\nimport enum\nimport errno\nimport mmap\n'
    if (not environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field')):
        pass
        yield 'import os\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'forklike'):
        pass
        yield 'import signal\n'
    yield 'from typing import ClassVar, Final, NamedTuple\n\n__all__ = [\n    '
    yield str(t_6(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'cls')))
    yield ',\n'
    for l_1_fc in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'flag_classes'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_6(environment.getattr(l_1_fc, 'name')))
        yield ',\n'
    l_1_fc = missing
    for l_1_v in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'):
        _loop_vars = {}
        pass
        yield '    "SIZE_'
        yield str(environment.getattr(l_1_v, 'name'))
        yield '",\n'
    l_1_v = missing
    yield '    "ARCH",\n    "ARCHES",\n    '
    yield str(t_6(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall')))
    yield ',\n    "decode",\n'
    for l_1_o in (environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'outputs') + environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'extra_calls')):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_6(environment.getattr(l_1_o, 'name')))
        yield ',\n'
    l_1_o = missing
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'forklike'):
        pass
        yield '    "fork_pidfd",\n    "spawn",\n    "run",\n    "spawn_backend",\n    "probe",\n    "Probe",\n    "Process",\n    "PIPE",\n    "DEVNULL",\n    "STDOUT",\n'
    yield ']\n\nSPEC_DIGEST: Final = "sha256:'
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'digest'))
    yield '"\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'release'):
        pass
        yield 'KERNEL_RELEASE: Final = '
        yield str(t_6(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'release')))
        yield '\n'
    yield '\n'
    for l_1_v in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'):
        _loop_vars = {}
        pass
        yield 'SIZE_'
        yield str(environment.getattr(l_1_v, 'name'))
        yield ': Final = '
        yield str(environment.getattr(l_1_v, 'size'))
        yield '\n'
    l_1_v = missing
    yield 'SIZE_LATEST: Final = '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'latest'), 'size'))
    yield '\nSIZES: Final = '
    yield str(t_5(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'sizes')))
    yield '\n\n'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'runtime_struct'))
    yield '\n\n_MACHINES: Final[dict[str, str]] = {\n'
    for (l_1_machine, l_1_key) in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'machines'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_6(l_1_machine))
        yield ': '
        yield str(t_6(l_1_key))
        yield ',\n'
    l_1_machine = l_1_key = missing
    yield '}\nARCHES: Final = (\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'arches'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_6(l_1_a))
        yield ',\n'
    l_1_a = missing
    yield ')\n"""The architectures whose values this module states."""\nARCH: Final = _arch_of(_MACHINES)\n"""This machine\'s architecture, or None when the module does not know it (values are then the defaults)."""\n_PAGE_SIZE: Final = mmap.PAGESIZE\n\n'
    for l_1_k in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'constants'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_k, 'per_arch'):
            pass
            yield str(environment.getattr(l_1_k, 'name'))
            yield ': Final = _per_arch(\n    '
            yield str(environment.getattr(l_1_k, 'value'))
            yield ',\n    '
            yield str(t_1(t_5(environment.getattr(l_1_k, 'per_arch'), '{', '}'), 4))
            yield ',\n    ARCH,\n)\n'
        else:
            pass
            yield str(environment.getattr(l_1_k, 'name'))
            yield ': Final = '
            yield str(environment.getattr(l_1_k, 'value'))
            yield '\n'
        yield '"""'
        yield str(t_7(t_4(environment.getattr(l_1_k, 'doc')), 76))
        yield '"""\n'
    l_1_k = missing
    yield 'SYSCALL_NUMBER: Final = _per_arch(\n    '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'number'))
    yield ',\n    '
    yield str(t_1(t_5(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'numbers'), '{', '}'), 4))
    yield ',\n    ARCH,\n)\n"""The number of '
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '() on this machine."""\n'
    for l_1_fc in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'flag_classes'):
        _loop_vars = {}
        pass
        yield '\n\nclass '
        yield str(environment.getattr(l_1_fc, 'name'))
        yield '(enum.IntFlag):\n    """Flags of '
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
        yield '.'
        yield str(environment.getattr(l_1_fc, 'field'))
        yield '."""\n\n'
        for l_2_fl in environment.getattr(l_1_fc, 'flags'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_fl, 'name'))
            yield ' = '
            yield str(environment.getattr(l_2_fl, 'value'))
            yield '\n'
        l_2_fl = missing
    l_1_fc = missing
    yield '\n\nFLAG_DOCS: Final[dict[str, tuple[str, str]]] = '
    yield str(t_5(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'flag_docs'), '{', '}'))
    yield '\n"""Each flag\'s meaning and the Linux release that added it."""\n'
    for l_1_m in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'masks'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_m, 'name'))
        yield ': Final = _mask('
        yield str(('' if environment.getattr(l_1_m, 'terms') else ')'))
        yield '\n'
        for l_2_term in environment.getattr(l_1_m, 'terms'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_2_term)
            yield ',\n'
        l_2_term = missing
        if environment.getattr(l_1_m, 'terms'):
            pass
            yield ')\n'
        yield '"""'
        yield str(t_4(environment.getattr(l_1_m, 'doc')))
        yield '"""\n'
    l_1_m = missing
    yield '\n\nclass '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields_cls'))
    yield '(NamedTuple):\n'
    for l_1_f in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'fields'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_f, 'name'))
        yield ': int = 0\n'
    l_1_f = missing
    yield '\n\nclass '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'cls'))
    yield '(_StructMethods, '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields_cls'))
    yield '):\n    """'
    yield str(t_7(t_4(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'doc')), 72, '    ', ''))
    yield '\n\n    An immutable value: a tuple of the fields in ABI order, each an unsigned\n    64-bit integer. ``replace()`` returns a changed copy.\n    """\n\n    __slots__ = ()\n    _STRUCT: ClassVar = _struct.Struct(\n        "="\n'
    for (l_1_char, l_1_name) in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct_format'):
        _loop_vars = {}
        pass
        yield '        "'
        yield str(l_1_char)
        yield '"  # '
        yield str(l_1_name)
        yield '\n'
    l_1_char = l_1_name = missing
    yield '    )\n    _SIZE_LATEST: ClassVar = SIZE_LATEST\n    _SIZE_LIMIT: ClassVar = '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size_limit'))
    yield '\n    _TAIL_ERRNO: ClassVar = '
    yield str((str_join(('errno.', environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'tail_errno'), )) if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'tail_errno') else 'None'))
    yield '\n'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
        pass
        yield '    _SIZE_ZERO: ClassVar = '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
        yield '\n'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'):
        pass
        yield '    _SIZE_FIELD: ClassVar = '
        yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'index'))
        yield '  # '
        yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'name'))
        yield '\n'
    yield '    _KERNEL_TYPE: ClassVar = '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields_cls'))
    yield '\n    _NAMES: ClassVar = '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields_cls'))
    yield '._fields\n    _KERNEL: ClassVar = (\n'
    for (l_1_bits, l_1_signed) in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'kernel_types'):
        _loop_vars = {}
        pass
        yield '        ('
        yield str(l_1_bits)
        yield ', '
        yield str(l_1_signed)
        yield '),\n'
    l_1_bits = l_1_signed = missing
    yield '    )\n\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ranges'):
        pass
        yield '    _RANGES: ClassVar = (\n'
        for (l_1_low, l_1_high) in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ranges'):
            _loop_vars = {}
            pass
            yield '        ('
            yield str(l_1_low)
            yield ', '
            yield str(l_1_high)
            yield '),\n'
        l_1_low = l_1_high = missing
        yield '    )\n\n    def _check_range(self) -> None:\n        """Each field within the range of its uapi type (this struct has signed or narrow fields)."""\n        for name, value, (low, high) in zip(self._NAMES, self._values(), self._RANGES):\n            if not isinstance(value, int) or not low <= value <= high:\n                raise ValueError(f"{name}: {value!r} is not in [{low}, {high}]")\n\n'
    yield '    def __new__(cls, *args: int, **kwargs: int) -> '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'cls'))
    yield ':\n        self = '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields_cls'))
    yield '.__new__(cls, *args, **kwargs)\n        self._check_range()\n        return self\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'levels'):
        pass
        yield '\n    def for_level(self, level: int) -> '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'cls'))
        yield ':\n        """This request cut to what a kernel of ``level`` knows (its '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'levels'), 'value_name'))
        yield '\n        answer, ``abi_version()``): the kernel refuses what its level does not know, so a\n        program that asks for more than the running kernel has restricts what it can.\n        ``dropped()`` says what the cut left out. ValueError below the first level.\n        """\n        return tuple.__new__(type(self), _cut_to_level(self, _LEVELS, _WITHIN, level))\n\n    def best_effort(self) -> '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'cls'))
        yield ':\n        """This request cut to the running kernel\'s level (``for_level(abi_version())``)."""\n        return self.for_level(abi_version())\n\n    def dropped(self, level: int) -> dict[str, int]:\n        """The bits of each field ``for_level(level)`` leaves out (only fields that lose some)."""\n        return _dropped(self, self.for_level(level))\n'
    yield '\n\n_size_checks: tuple[_SizeCheck, ...] = (\n'
    for l_1_c in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size_checks'):
        _loop_vars = {}
        pass
        yield '    (\n        errno.'
        yield str(environment.getattr(l_1_c, 'errno'))
        yield ',\n        '
        yield str(t_6(environment.getattr(l_1_c, 'reason')))
        yield ',\n        lambda size: '
        yield str(environment.getattr(l_1_c, 'test'))
        yield ',\n    ),\n'
    l_1_c = missing
    yield ')\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'checks'):
        pass
        yield '_checks: tuple[_Check, ...] = (\n'
        for l_1_c in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'checks'):
            _loop_vars = {}
            pass
            yield '    (\n        errno.'
            yield str(environment.getattr(l_1_c, 'errno'))
            yield ',\n        '
            yield str(t_6(environment.getattr(l_1_c, 'reason')))
            yield ',\n        lambda v, k, size: '
            yield str(environment.getattr(l_1_c, 'test'))
            yield ',\n        lambda v, k, size: '
            yield str(environment.getattr(l_1_c, 'values'))
            yield ',\n    ),\n'
        l_1_c = missing
        yield ')\n'
    else:
        pass
        yield '_checks: tuple[_Check, ...] = ()\n'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'cls'))
    yield '._SIZE_CHECKS = _size_checks\n'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'cls'))
    yield '._CHECKS = _checks\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'entry_skips'):
        pass
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'cls'))
        yield '._ENTRY = '
        yield str(t_6(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall')))
        yield '\n'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'cls'))
        yield '._ENTRY_SKIPS = {\n'
        for (l_1_entry, l_1_skips) in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'entry_skips'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_1_entry)
            yield ': '
            yield str(l_1_skips)
            yield ',\n'
        l_1_entry = l_1_skips = missing
        yield '}\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'levels'):
        pass
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'levels'), 'runtime'))
        yield '\n\n_LEVELS: Final[tuple[_Level, ...]] = '
        yield str(t_5(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'levels'), 'rows')))
        yield '\n"""Per level, the bits each field keeps on a kernel of that level."""\n_WITHIN: Final[tuple[int | None, ...]] = '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'levels'), 'within'))
        yield '\n"""Per field, the field a subset check ties it to."""\nHIGHEST_LEVEL: Final = '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'levels'), 'highest'))
        yield '\n"""The highest level this module knows."""\n'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'runtime_decode'))
    yield '\n\n_DECODE_FIELDS: Final[tuple[_DecodeField, ...]] = '
    yield str(t_5(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'decode_fields')))
    yield '\n_DECODE_VERSIONS: Final = '
    yield str(t_5(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'decode_versions')))
    yield '\n_DECODE_ENTRIES: Final[dict[str, _DecodeEntry]] = '
    yield str(t_5(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'decode_entries'), '{', '}'))
    yield '\n\n\ndef decode(\n    data: bytes | None,\n    size: int | None = None,\n    *,\n    addr: int = 0,\n    release: str | None = None,\n    peek: _Peek | None = None,\n    entry: str = '
    yield str(t_6(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall')))
    yield ',\n) -> str:\n    """A struct '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
    yield " as strace prints it: ``{flags=..., ...}``.\n\n    ``data`` is what could be read at ``addr`` (None: nothing), ``size`` the\n    size the caller passed (default ``len(data)``); bytes past the struct up\n    to the page size are shown when not zero, so a tracer reads\n    ``min(size, page size)`` bytes. ``release`` names only what strace of\n    that Linux release knows (older strace prints newer flags in hex);\n    ``peek(address, length)`` reads the tracee's memory for arrays, or\n    returns None. ``entry`` names the system call that passed it\n    ("
    yield str(t_2(context.eval_ctx, environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'decode_entry_names'), ', '))
    yield '): a struct the kernel writes is\n    read after the call, and after a failed one not at all (``data=None``).\n'
    if environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'size'), 'from_field'):
        pass
        yield '    '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '() passes no size: the struct says its own.\n'
    yield '    """\n    if entry not in _DECODE_ENTRIES:\n        raise ValueError(f"no entry point {entry!r}: one of {\', \'.join(_DECODE_ENTRIES)}")\n    return _decode(\n        _DECODE_FIELDS,\n        _DECODE_VERSIONS,\n        _DECODE_ENTRIES[entry],\n        data,\n        len(data or b"") if size is None else size,\n        addr,\n        release,\n        peek,\n        _PAGE_SIZE,\n        ARCH,\n    )\n'
    template = environment.get_or_select_template(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'), 'python.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'V': l_0_V}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '1=56&2=59&3=63&5=67&7=69&8=73&17=75&20=78&26=82&27=84&28=88&30=91&31=95&35=99&37=101&38=105&40=108&54=112&55=114&56=117&59=120&60=124&62=130&63=132&65=134&68=136&69=140&73=146&74=150&82=154&83=157&84=159&85=161&86=163&90=167&92=172&95=176&96=178&99=180&100=182&103=186&104=188&106=192&107=196&112=203&114=205&115=208&116=212&117=216&119=219&122=223&126=227&127=229&128=233&132=237&133=241&142=243&143=247&147=253&148=255&149=257&150=260&152=262&153=265&155=270&156=272&158=274&159=278&163=284&165=287&166=291&177=298&178=300&181=302&183=305&184=307&191=309&202=312&204=316&205=318&206=320&210=324&212=327&214=331&215=333&216=335&217=337&224=344&225=346&226=348&227=350&228=354&229=356&230=360&234=366&235=368&237=370&239=372&241=374&244=376&246=378&247=380&248=382&258=384&260=386&269=388&271=390&272=393&289=396'
