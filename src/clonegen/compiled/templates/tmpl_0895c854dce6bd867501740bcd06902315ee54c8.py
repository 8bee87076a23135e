# Written by python3 -m clonegen.precompile from templates/rust_ioctl_call.rs.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust_ioctl_call.rs.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_V = resolve('V')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_3 = environment.filters['rust_str']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'rust_str' found.")
    pass
    yield "/// _IOC()'s layout on this architecture: (bits of the size, _IOC_READ, _IOC_WRITE).\n"
    for l_1_variant in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'layout'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_variant, 'cfg'):
            pass
            yield '#[cfg('
            yield str(environment.getattr(l_1_variant, 'cfg'))
            yield ')]\n'
        yield 'const IOC_LAYOUT: (u32, u64, u64) = '
        yield str(environment.getattr(l_1_variant, 'value'))
        yield ';\n'
    l_1_variant = missing
    yield '/// The type of the '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'macro'))
    yield ' ioctl.\npub const IOCTL_TYPE: u64 = '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'type'))
    yield ';\n/// The number of the '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'macro'))
    yield ' ioctl.\npub const IOCTL_NR: u64 = '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'nr'))
    yield ';\n'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'mask_fills'):
        pass
        yield "/// The fields each bit of the answer's mask says the kernel filled.\npub const FIELDS_OF: &[(u64, &[&str])] = &[\n"
        l_1_loop = missing
        for (l_1_bit, l_1_names), l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'mask_fills'), undefined):
            _loop_vars = {}
            pass
            yield '    ('
            yield str(l_1_bit)
            yield ', &['
            l_2_loop = missing
            for l_2_n, l_2_loop in LoopContext(l_1_names, undefined):
                _loop_vars = {}
                pass
                yield str(t_3(l_2_n))
                yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 16 in 'rust_ioctl_call.rs.j2' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_n = missing
            yield ']),\n'
        l_1_loop = l_1_bit = l_1_names = missing
        yield '];\n'
    yield '\n/// The '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'macro'))
    yield ' ioctl number for a struct of `size` bytes, as _IOC()\n/// makes it; `None` when the size does not fit its bits.\npub const fn '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield '_number(size: usize) -> Option<u64> {\n    let (bits, read, write) = IOC_LAYOUT;\n    if size as u64 >= 1 << bits {\n        return None;\n    }\n    let dir: u64 = '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'dir'))
    yield ';\n    Some((dir << (16 + bits)) | ((size as u64) << 16) | (IOCTL_TYPE << 8) | IOCTL_NR)\n}\n\n/// The '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'macro'))
    yield ' ioctl: the struct as the kernel fills it into\n/// `SIZE_LATEST` bytes'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'requests'):
        pass
        yield ', asked with the request ('
        yield str(t_1(context.eval_ctx, t_2(context, environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'requests'), attribute='name'), ', '))
        yield ')'
    yield '.\n'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'truncated_mask'):
        pass
        yield "/// The answer's mask has the bit of every field the kernel filled, even one\n/// a smaller size cuts off: check the size as well as the bit.\n"
    yield 'pub fn '
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
    for l_1_r in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'requests'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_r, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_r, 'type'))
        yield ',\n'
    l_1_r = missing
    yield ') -> Result<'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ', Error> {\n    let request = '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ' {\n'
    for l_1_r in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'requests'):
        _loop_vars = {}
        pass
        yield '        '
        yield str(environment.getattr(l_1_r, 'name'))
        yield ',\n'
    l_1_r = missing
    yield '        ..Default::default()\n    };\n    let mut data = request.to_bytes();\n    '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield '_bytes('
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', '
    l_1_a = missing
    yield '&mut data)?;\n    Ok('
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield '::from_array(&data))\n}\n\n/// The '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'macro'))
    yield ' ioctl into `data`, whose length is the size the ioctl\n/// number carries: the kernel reads the request from `data` and writes at most\n/// that many bytes. A size the number cannot carry is refused (EINVAL).\npub fn '
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
    yield '    data: &mut [u8],\n) -> Result<isize, Error> {\n    let number = match '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield '_number(data.len()) {\n        Some(number) => number,\n        None => {\n            return Err(Error {\n                errno: Errno::EINVAL,\n                requirement: Some("the size fits the ioctl number\'s size bits"),\n            })\n        }\n    };\n    let ret = unsafe {\n        sys::syscall(\n            SYSCALL_NUMBER,\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield '            '
        yield str(environment.getattr(l_1_a, 'register'))
        yield ',\n'
    l_1_a = missing
    yield '            number as usize,\n            data.as_mut_ptr(),\n        )\n    };\n    if ret < 0 {\n        let errno = unsafe { *sys::__errno_location() };\n        return Err(Error { errno: Errno(errno), requirement: None });\n    }\n    Ok(ret)\n}\n'

blocks = {}
debug_info = '2=31&3=34&4=37&6=40&8=44&9=46&10=48&11=50&12=52&15=56&16=60&21=73&23=75&28=77&32=79&33=81&34=87&38=91&39=93&40=97&42=102&43=106&45=112&46=114&47=116&48=120&53=124&54=133&57=135&60=137&61=139&62=143&66=149&78=151&79=155'
