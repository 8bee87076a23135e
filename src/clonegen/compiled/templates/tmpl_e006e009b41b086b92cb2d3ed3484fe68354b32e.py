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
    l_0_lv = resolve('lv')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['rust_str']
    except KeyError:
        @internalcode
        def t_3(*unused):
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
    yield '    data: *const u8,\n    size: usize,\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'trailing'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ',\n'
    l_1_a = missing
    yield ') -> Result<isize, Error> {\n    let ret = unsafe {\n        sys::syscall(\n            SYSCALL_NUMBER,\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield '            '
        yield str(environment.getattr(l_1_a, 'register'))
        yield ',\n'
    l_1_a = missing
    yield '            data,\n            size,\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'trailing'):
        _loop_vars = {}
        pass
        yield '            '
        yield str(environment.getattr(l_1_a, 'register'))
        yield ',\n'
    l_1_a = missing
    yield '        )\n    };\n    if ret < 0 {\n        let errno = unsafe { *sys::__errno_location() };\n        return Err(Error { errno: Errno(errno), requirement: None });\n    }\n    Ok(ret)\n}\n'
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
        yield str(t_3(str_join((environment.getattr(l_1_a, 'name'), ' ends with its only NUL byte', ))))
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
    yield ',\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'trailing'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ',\n'
    l_1_a = missing
    yield ') -> Result<isize, Error> {\n    let value = '
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
            yield str((' || ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 71 in 'rust_call.rs.j2' evaluated to false and no else section was defined.")))
        l_1_loop = l_1_r = missing
        yield ' {\n        return Err(Error {\n            errno: Errno::EINVAL,\n            requirement: Some('
        yield str(t_3(str_join(('a fork-like call has none of ', environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'refuse_text'), ))))
        yield '),\n        });\n    }\n'
    yield '    let size = value.size_for();\n    value.verdict(size)?;\n    let data = value.to_bytes();\n    unsafe { raw('
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', '
    l_1_a = missing
    yield 'data.as_ptr(), size'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
    l_1_a = missing
    yield ') }\n}\n\n/// '
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
    yield '    data: &[u8],\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'trailing'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ',\n'
    l_1_a = missing
    yield ') -> Result<isize, Error> {\n'
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
    yield 'data.as_ptr(), data.len()'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
    l_1_a = missing
    yield ') }\n}\n'
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
        def t_4(fiter):
            for l_2_a in fiter:
                if environment.getattr(l_2_a, 'is_path'):
                    yield l_2_a
        for l_2_a in t_4(environment.getattr(l_1_o, 'args')):
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
        yield ',\n'
        for l_2_a in environment.getattr(l_1_o, 'trailing'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_a, 'name'))
            yield ': '
            yield str(environment.getattr(l_2_a, 'type'))
            yield ',\n'
        l_2_a = missing
        yield ') -> Result<isize, Error> {\n    let value = '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield ';\n    let size = value.size_for();\n    value.'
        yield str(environment.getattr(l_1_o, 'verdict'))
        yield '(size)?;\n    let data = value.to_bytes();\n    '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '_bytes('
        for l_2_a in environment.getattr(l_1_o, 'args'):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_2_a, 'name'))
            yield ', '
        l_2_a = missing
        yield '&data[..size]'
        for l_2_a in environment.getattr(l_1_o, 'trailing'):
            _loop_vars = {}
            pass
            yield ', '
            yield str(environment.getattr(l_2_a, 'name'))
        l_2_a = missing
        yield ')\n}\n\n/// '
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
        yield '    data: &[u8],\n'
        for l_2_a in environment.getattr(l_1_o, 'trailing'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_a, 'name'))
            yield ': '
            yield str(environment.getattr(l_2_a, 'type'))
            yield ',\n'
        l_2_a = missing
        yield ') -> Result<isize, Error> {\n'
        def t_5(fiter):
            for l_2_a in fiter:
                if environment.getattr(l_2_a, 'is_path'):
                    yield l_2_a
        for l_2_a in t_5(environment.getattr(l_1_o, 'args')):
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
        yield '            data.as_ptr(),\n            data.len(),\n'
        for l_2_a in environment.getattr(l_1_o, 'trailing'):
            _loop_vars = {}
            pass
            yield '            '
            yield str(environment.getattr(l_2_a, 'register'))
            yield ',\n'
        l_2_a = missing
        yield '        )\n    };\n    if ret < 0 {\n        let errno = unsafe { *sys::__errno_location() };\n        return Err(Error { errno: Errno(errno), requirement: None });\n    }\n    Ok(ret)\n}\n'
    l_1_o = missing
    for l_1_o in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'out_calls'):
        _loop_vars = {}
        pass
        template = environment.get_template('rust_out.rs.j2', 'rust_call.rs.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'o': l_1_o, 'lv': l_0_lv}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    l_1_o = missing
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'levels'):
        pass
        l_0_lv = environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'levels')
        context.vars['lv'] = l_0_lv
        context.exported_vars.add('lv')
        yield '\n/// Per level of the interface, the bits each field keeps on a kernel of that level.\nconst LEVELS: [(i64, [u64; '
        yield str(t_2(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'fields')))
        yield ']); '
        yield str(t_2(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'rows')))
        yield '] = [\n'
        for (l_1_level, l_1_keep) in environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'rows'):
            _loop_vars = {}
            pass
            yield '    ('
            yield str(l_1_level)
            yield ', ['
            yield str(t_1(context.eval_ctx, l_1_keep, ', '))
            yield ']),\n'
        l_1_level = l_1_keep = missing
        yield "];\n\n/// The running kernel's level ("
        yield str(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'value_name'))
        yield "); `Err` carries the kernel's errno\n/// (ENOSYS: too old; EOPNOTSUPP: turned off at boot).\npub fn abi_version() -> Result<isize, Error> {\n    let ret = unsafe { sys::syscall(SYSCALL_NUMBER, "
        yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'query'), ', '))
        yield ') };\n    if ret < 0 {\n        let errno = unsafe { *sys::__errno_location() };\n        return Err(Error { errno: Errno(errno), requirement: None });\n    }\n    Ok(ret)\n}\n\nimpl '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
        yield ' {\n    /// This request cut to what a kernel of `level` knows (its [`abi_version`]): the\n    /// kernel refuses what its level does not know, so a program that asks for more\n    /// than the running kernel has restricts what it can. EINVAL below the first level.\n    pub fn for_level(&self, level: i64) -> Result<Self, Error> {\n        let keep = match LEVELS.iter().rev().find(|row| row.0 <= level) {\n            Some(row) => row.1,\n            None => {\n                return Err(Error {\n                    errno: Errno::EINVAL,\n                    requirement: Some("a level the interface has"),\n                })\n            }\n        };\n        let mut out = *self;\n'
        l_1_loop = missing
        for (l_1_f, l_1_t), l_1_loop in LoopContext(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'fields'), undefined):
            _loop_vars = {}
            pass
            yield '        out.'
            yield str(l_1_f)
            yield ' &= keep['
            yield str(environment.getattr(l_1_loop, 'index0'))
            yield '] as '
            yield str(l_1_t)
            yield ';\n'
        l_1_loop = l_1_f = l_1_t = missing
        for (l_1_f, l_1_other) in environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'within'):
            _loop_vars = {}
            pass
            yield '        out.'
            yield str(l_1_f)
            yield ' &= out.'
            yield str(l_1_other)
            yield ';\n'
        l_1_f = l_1_other = missing
        yield "        Ok(out)\n    }\n\n    /// This request cut to the running kernel's level.\n    pub fn best_effort(&self) -> Result<Self, Error> {\n        self.for_level(abi_version()? as i64)\n    }\n}\n"

blocks = {}
debug_info = '3=32&4=36&8=42&9=46&15=52&16=56&20=60&21=64&31=68&33=72&34=76&35=78&36=80&41=84&42=88&43=90&44=94&46=97&48=100&56=103&57=107&58=111&60=117&61=121&62=125&65=131&66=133&67=137&69=142&71=146&74=153&81=156&84=170&86=172&87=176&89=179&96=183&97=187&98=191&101=197&102=201&105=207&106=211&108=217&110=231&112=235&113=237&114=240&115=243&117=246&120=252&121=256&123=258&124=266&126=270&127=272&128=276&130=282&131=286&132=290&135=296&137=298&139=300&142=316&144=318&145=320&146=324&149=330&150=334&153=340&154=348&158=354&159=356&160=360&164=364&165=368&176=373&177=376&179=383&180=385&183=389&184=393&185=397&189=403&192=405&200=407&215=410&216=414&218=421&219=425'
