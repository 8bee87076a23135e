# Written by python3 -m clonegen.precompile from templates/rust_field_call.rs.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust_field_call.rs.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_V = resolve('V')
    pass
    yield '/// The system call\'s result: `Err` carries the kernel\'s errno.\nfn result(ret: isize) -> Result<isize, Error> {\n    if ret < 0 {\n        let errno = unsafe { *sys::__errno_location() };\n        return Err(Error { errno: Errno(errno), requirement: None });\n    }\n    Ok(ret)\n}\n\n/// What EFAULT refuses here: the kernel would read past the buffer.\nconst SIZE_FAULT: &str = "the buffer holds the size field and the size it states";\n\n/// The size the `'
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'name'))
    yield '` field of `data` states'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
        pass
        yield ' (0 means '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
        yield ')'
    yield ', as\n/// the kernel reads it first; EFAULT when `data` does not hold the field.\nfn field_size(data: &[u8]) -> Result<usize, Error> {\n    if data.len() < '
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'end'))
    yield ' {\n        return Err(Error { errno: Errno::EFAULT, requirement: Some(SIZE_FAULT) });\n    }\n    let mut field = [0u8; '
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'size'))
    yield '];\n    field.copy_from_slice(&data['
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'offset'))
    yield '..'
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'end'))
    yield ']);\n    let size = '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'size_type'))
    yield '::from_ne_bytes(field) as usize;\n'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
        pass
        yield '    let size = if size == 0 { '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
        yield ' } else { size };\n'
    yield '    Ok(size)\n}\n\n/// The size the `'
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'name'))
    yield '` field of `data` states, when `data` holds the\n/// field and that many bytes; else EFAULT, refused here: the kernel would read\n/// past the buffer.\nfn stated_size(data: &[u8]) -> Result<usize, Error> {\n    let size = field_size(data)?;\n    if size > data.len() {\n        return Err(Error { errno: Errno::EFAULT, requirement: Some(SIZE_FAULT) });\n    }\n    Ok(size)\n}\n\n/// '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield '() with `how`: its `'
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'name'))
    yield '` field set to the smallest version\n/// that covers the fields that are set ([`'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield "::size_for`]), after the\n/// kernel's checks made here. Clamped fields are the kernel's to clamp.\npub fn "
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
    yield '    how: &'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ',\n'
    for l_1_a in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'trailing'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ',\n'
    l_1_a = missing
    yield ') -> Result<isize, Error> {\n    let mut value = *how;\n    value.'
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'name'))
    yield ' = 0;\n    let size = value.size_for();\n    value.verdict(size)?;\n    value.'
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'name'))
    yield ' = size as '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'size_type'))
    yield ';\n    let mut data = value.to_bytes();\n    '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield '_bytes('
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', '
    l_1_a = missing
    yield '&mut data[..size]'
    for l_1_a in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
    l_1_a = missing
    yield ')\n}\n\n/// '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield '() with the struct given as bytes, unchecked: the kernel reads\n/// the size from its `'
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'name'))
    yield '` field'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
        pass
        yield ' (0 means '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
        yield ')'
    yield ' and gives its own answer.\n'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'write_back'):
        pass
        yield '/// On a size error (E2BIG) the kernel writes the size it knows into that field\n/// of `data`.\n'
    yield '/// `data` must hold the field and the size it states (EFAULT otherwise).\npub fn '
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
    yield '    data: &mut [u8],\n'
    for l_1_a in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'trailing'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ',\n'
    l_1_a = missing
    yield ') -> Result<isize, Error> {\n    stated_size(data)?;\n    let ret = unsafe {\n        sys::syscall(\n            SYSCALL_NUMBER,\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield '            '
        yield str(environment.getattr(l_1_a, 'register'))
        yield ',\n'
    l_1_a = missing
    yield '            data.as_mut_ptr(),\n'
    for l_1_a in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'trailing'):
        _loop_vars = {}
        pass
        yield '            '
        yield str(environment.getattr(l_1_a, 'register'))
        yield ',\n'
    l_1_a = missing
    yield '        )\n    };\n    result(ret)\n}\n'
    for l_1_o in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'outputs'):
        _loop_vars = {}
        pass
        template = environment.get_template('rust_out.rs.j2', 'rust_field_call.rs.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'o': l_1_o}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    l_1_o = missing

blocks = {}
debug_info = '13=13&16=21&19=23&20=25&21=29&22=31&23=34&28=37&39=39&40=43&42=45&43=47&44=51&46=57&47=59&48=63&52=69&55=71&57=75&60=91&61=93&62=101&67=105&68=107&69=111&72=117&73=121&80=127&81=131&84=135&85=139&91=143&92=146'
