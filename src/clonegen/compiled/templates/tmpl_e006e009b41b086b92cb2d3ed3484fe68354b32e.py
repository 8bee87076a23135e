# Written by python3 -m clonegen.precompile from templates/rust_call.rs.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust_call.rs.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_V = resolve('V')
    try:
        t_1 = environment.filters['rust_str']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'rust_str' found.")
    pass
    yield "/// The raw system call; `Err` carries the kernel's errno.\nunsafe fn raw(\n"
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ',\n'
    l_1_a = missing
    yield '    data: *const u8,\n    size: usize,\n) -> Result<isize, Error> {\n    let ret = unsafe {\n        sys::syscall(\n            SYSCALL_NUMBER,\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield '            '
        yield str(environment.getattr(l_1_a, 'register'))
        yield ',\n'
    l_1_a = missing
    yield '            data,\n            size,\n        )\n    };\n    if ret < 0 {\n        let errno = unsafe { *sys::__errno_location() };\n        return Err(Error { errno: Errno(errno), requirement: None });\n    }\n    Ok(ret)\n}\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'path_checks'):
        _loop_vars = {}
        pass
        yield '\nfn path_'
        yield str(environment.getattr(l_1_a, 'name'))
        yield '('
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': &[u8]) -> Result<(), Error> {\n    match '
        yield str(environment.getattr(l_1_a, 'name'))
        yield '.iter().position(|&b| b == 0) {\n        Some(end) if end + 1 == '
        yield str(environment.getattr(l_1_a, 'name'))
        yield '.len() => Ok(()),\n        _ => refused(Errno::EINVAL, '
        yield str(t_1(str_join((environment.getattr(l_1_a, 'name'), ' ends with its only NUL byte', ))))
        yield '),\n    }\n}\n'
    l_1_a = missing
    yield '\n/// '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield '() with `'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
    yield '`, passing the smallest version that covers the\n/// fields that are set ([`'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield "::size_for`]), after the kernel's checks made here.\n"
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'paths'):
        _loop_vars = {}
        pass
        yield '/// `'
        yield str(environment.getattr(l_1_a, 'name'))
        yield '` is a path that ends with its only NUL byte (EINVAL otherwise).\n'
    l_1_a = missing
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'forklike'):
        pass
        yield "/// Fork-like: the child gets a copy of the caller's memory and returns 0\n/// here; a request that would share memory or need a stack ("
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'refuse_text'))
        yield ')\n/// is refused with EINVAL.\n///\n/// # Safety\n///\n/// As for `fork()`: in a multithreaded program the child may call only\n/// async-signal-safe functions until it execs or exits.\n'
    yield 'pub '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'unsafe'))
    yield 'fn '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield '(\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ',\n'
    l_1_a = missing
    yield '    '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
    yield ': &'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ',\n) -> Result<isize, Error> {\n    let value = '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
    yield ';\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'paths'):
        _loop_vars = {}
        pass
        yield '    path_'
        yield str(environment.getattr(l_1_a, 'name'))
        yield '('
        yield str(environment.getattr(l_1_a, 'name'))
        yield ')?;\n'
    l_1_a = missing
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'refusals'):
        pass
        yield '    let v = value.values();\n    if '
        l_1_loop = missing
        for l_1_r, l_1_loop in LoopContext(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'refusals'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_r, 'test'))
            yield str((' || ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 62 in 'rust_call.rs.j2' evaluated to false and no else section was defined.")))
        l_1_loop = l_1_r = missing
        yield ' {\n        return Err(Error {\n            errno: Errno::EINVAL,\n            requirement: Some('
        yield str(t_1(str_join(('a fork-like call has none of ', environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'refuse_text'), ))))
        yield '),\n        });\n    }\n'
    yield '    let size = value.size_for();\n    value.verdict(size)?;\n    let data = value.to_bytes();\n    unsafe { raw('
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', '
    l_1_a = missing
    yield 'data.as_ptr(), size) }\n}\n\n/// '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield '() with the struct given as bytes, of any size (`data.len()`),\n/// unchecked: the kernel gives its own answer.\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'paths'):
        _loop_vars = {}
        pass
        yield '/// `'
        yield str(environment.getattr(l_1_a, 'name'))
        yield '` is a path that ends with its only NUL byte (EINVAL otherwise).\n'
    l_1_a = missing
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'forklike'):
        pass
        yield '///\n/// # Safety\n///\n/// The kernel acts on every flag: a request that shares memory or sets a\n/// stack must come with a child that can run on it.\n'
    yield 'pub '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'unsafe'))
    yield 'fn '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield '_bytes(\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ',\n'
    l_1_a = missing
    yield '    data: &[u8],\n) -> Result<isize, Error> {\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'paths'):
        _loop_vars = {}
        pass
        yield '    path_'
        yield str(environment.getattr(l_1_a, 'name'))
        yield '('
        yield str(environment.getattr(l_1_a, 'name'))
        yield ')?;\n'
    l_1_a = missing
    yield '    unsafe { raw('
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', '
    l_1_a = missing
    yield 'data.as_ptr(), data.len()) }\n}\n'
    for l_1_o in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'extra_calls'):
        _loop_vars = {}
        pass
        yield '\n/// The number of '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '() on this architecture.\n'
        for l_2_variant in environment.getattr(l_1_o, 'number'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_variant, 'cfg'):
                pass
                yield '#[cfg('
                yield str(environment.getattr(l_2_variant, 'cfg'))
                yield ')]\n'
            yield 'pub const NR_'
            yield str(environment.getattr(l_1_o, 'name'))
            yield ': isize = '
            yield str(environment.getattr(l_2_variant, 'value'))
            yield ';\n'
        l_2_variant = missing
        yield '\n/// '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '() with `'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield '`, which fills the same kernel struct as\n/// '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
        yield "(): the smallest version that covers the fields that are set,\n/// after the kernel's checks made here.\n"
        def t_2(fiter):
            for l_2_a in fiter:
                if environment.getattr(l_2_a, 'is_path'):
                    yield l_2_a
        for l_2_a in t_2(environment.getattr(l_1_o, 'args')):
            _loop_vars = {}
            pass
            yield '/// `'
            yield str(environment.getattr(l_2_a, 'name'))
            yield '` is a path that ends with its only NUL byte (EINVAL otherwise).\n'
        l_2_a = missing
        yield 'pub fn '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '(\n'
        for l_2_a in environment.getattr(l_1_o, 'args'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_a, 'name'))
            yield ': '
            yield str(environment.getattr(l_2_a, 'type'))
            yield ',\n'
        l_2_a = missing
        yield '    '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield ': &'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
        yield ',\n) -> Result<isize, Error> {\n    let value = '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield ';\n    let size = value.size_for();\n    value.verdict(size)?;\n    let data = value.to_bytes();\n    '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '_bytes('
        for l_2_a in environment.getattr(l_1_o, 'args'):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_2_a, 'name'))
            yield ', '
        l_2_a = missing
        yield '&data[..size])\n}\n\n/// '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '() with the struct given as bytes, of any size (`data.len()`),\n/// unchecked: the kernel gives its own answer.\npub fn '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '_bytes(\n'
        for l_2_a in environment.getattr(l_1_o, 'args'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_a, 'name'))
            yield ': '
            yield str(environment.getattr(l_2_a, 'type'))
            yield ',\n'
        l_2_a = missing
        yield '    data: &[u8],\n) -> Result<isize, Error> {\n'
        def t_3(fiter):
            for l_2_a in fiter:
                if environment.getattr(l_2_a, 'is_path'):
                    yield l_2_a
        for l_2_a in t_3(environment.getattr(l_1_o, 'args')):
            _loop_vars = {}
            pass
            yield '    path_'
            yield str(environment.getattr(l_2_a, 'name'))
            yield '('
            yield str(environment.getattr(l_2_a, 'name'))
            yield ')?;\n'
        l_2_a = missing
        yield '    let ret = unsafe {\n        sys::syscall(\n            NR_'
        yield str(environment.getattr(l_1_o, 'name'))
        yield ',\n'
        for l_2_a in environment.getattr(l_1_o, 'args'):
            _loop_vars = {}
            pass
            yield '            '
            yield str(environment.getattr(l_2_a, 'register'))
            yield ',\n'
        l_2_a = missing
        yield '            data.as_ptr(),\n            data.len(),\n        )\n    };\n    if ret < 0 {\n        let errno = unsafe { *sys::__errno_location() };\n        return Err(Error { errno: Errno(errno), requirement: None });\n    }\n    Ok(ret)\n}\n'
    l_1_o = missing

blocks = {}
debug_info = '3=19&4=23&12=29&13=33&25=37&27=41&28=45&29=47&30=49&35=53&36=57&37=59&38=63&40=66&42=69&50=72&51=76&52=80&54=86&56=90&57=92&58=96&60=101&62=105&65=112&72=115&75=122&77=124&78=128&80=131&87=135&88=139&89=143&93=149&94=153&96=159&98=166&100=170&101=172&102=175&103=178&105=181&108=187&109=191&111=193&112=201&114=205&115=207&116=211&118=217&120=221&124=223&127=232&129=234&130=236&131=240&135=246&136=254&140=260&141=262&142=266'
