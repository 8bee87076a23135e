# Written by python3 -m clonegen.precompile from templates/rust_out.rs.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust_out.rs.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_o = resolve('o')
    l_0_V = resolve('V')
    pass
    yield '\n/// The number of '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'name'))
    yield '() on this architecture.\n'
    for l_1_variant in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'number'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_variant, 'cfg'):
            pass
            yield '#[cfg('
            yield str(environment.getattr(l_1_variant, 'cfg'))
            yield ')]\n'
        yield 'pub const NR_'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'name'))
        yield ': isize = '
        yield str(environment.getattr(l_1_variant, 'value'))
        yield ';\n'
    l_1_variant = missing
    yield '\n/// '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'name'))
    yield '(): the struct as the kernel writes it into `SIZE_LATEST` bytes.\n'
    if environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'report'):
        pass
        yield '/// Its `'
        yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'name'))
        yield '` field is the size the kernel reports: the smaller of\n/// `SIZE_LATEST` and its own.\n'
    def t_1(fiter):
        for l_1_a in fiter:
            if environment.getattr(l_1_a, 'is_path'):
                yield l_1_a
    for l_1_a in t_1((environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'args') + environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'trailing'))):
        _loop_vars = {}
        pass
        yield '/// `'
        yield str(environment.getattr(l_1_a, 'name'))
        yield '` is a path that ends with its only NUL byte (EINVAL otherwise).\n'
    l_1_a = missing
    yield 'pub fn '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'name'))
    yield '(\n'
    for l_1_a in (environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'args') + environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'trailing')):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ',\n'
    l_1_a = missing
    yield ') -> Result<'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ', Error> {\n    let mut data = [0u8; SIZE_LATEST];\n    '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'name'))
    yield '_bytes('
    for l_1_a in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', '
    l_1_a = missing
    yield '&mut data'
    for l_1_a in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
    l_1_a = missing
    yield ')?;\n    Ok('
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield '::from_array(&data))\n}\n\n/// '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'name'))
    yield '() into `data`, of any size (`data.len()`, the size passed): the\n/// kernel writes at most that many bytes.\npub fn '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'name'))
    yield '_bytes(\n'
    for l_1_a in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'args'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ',\n'
    l_1_a = missing
    yield '    data: &mut [u8],\n'
    for l_1_a in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'trailing'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ',\n'
    l_1_a = missing
    yield ') -> Result<isize, Error> {\n'
    def t_2(fiter):
        for l_1_a in fiter:
            if environment.getattr(l_1_a, 'is_path'):
                yield l_1_a
    for l_1_a in t_2((environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'args') + environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'trailing'))):
        _loop_vars = {}
        pass
        yield '    path_'
        yield str(environment.getattr(l_1_a, 'name'))
        yield '('
        yield str(environment.getattr(l_1_a, 'name'))
        yield ')?;\n'
    l_1_a = missing
    yield '    let ret = unsafe {\n        sys::syscall(\n            NR_'
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'name'))
    yield ',\n'
    for l_1_a in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'args'):
        _loop_vars = {}
        pass
        yield '            '
        yield str(environment.getattr(l_1_a, 'register'))
        yield ',\n'
    l_1_a = missing
    yield '            data.as_mut_ptr(),\n            data.len(),\n'
    for l_1_a in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'trailing'):
        _loop_vars = {}
        pass
        yield '            '
        yield str(environment.getattr(l_1_a, 'register'))
        yield ',\n'
    l_1_a = missing
    yield '        )\n    };\n    if ret < 0 {\n        let errno = unsafe { *sys::__errno_location() };\n        return Err(Error { errno: Errno(errno), requirement: None });\n    }\n    Ok(ret)\n}\n'

blocks = {}
debug_info = '3=14&4=16&5=19&6=22&8=25&11=31&12=33&13=36&16=38&17=46&19=50&20=52&21=56&23=62&25=64&26=80&29=82&31=84&32=86&33=90&36=96&37=100&40=106&41=114&45=120&46=122&47=126&51=130&52=134'
