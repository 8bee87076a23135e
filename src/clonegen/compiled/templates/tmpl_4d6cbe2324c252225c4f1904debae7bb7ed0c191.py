# Written by python3 -m clonegen.precompile from templates/go_field_call.go.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'go_field_call.go.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_V = resolve('V')
    l_0_spec = resolve('spec')
    l_0_range = resolve('range')
    pass
    yield '// fieldSize gives the size the '
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'name'))
    yield ' field of data states'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
        pass
        yield ' (0\n// means '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
        yield ')'
    yield ', as the kernel reads it first; EFAULT when data does not hold\n// the field.\nfunc fieldSize(data []byte) (uint64, error) {\n\tif len(data) < '
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'end'))
    yield ' {\n\t\treturn 0, refused(syscall.EFAULT, sizeFault)\n\t}\n\tvar field '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'size_type'))
    yield '\n\tcopy((*['
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'size'))
    yield ']byte)(unsafe.Pointer(&field))[:], data['
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'offset'))
    yield ':'
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'end'))
    yield '])\n\tsize := uint64(field)\n'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
        pass
        yield '\tif size == 0 {\n\t\tsize = '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
        yield '\n\t}\n'
    yield '\treturn size, nil\n}\n\n// sizeFault is what EFAULT refuses here: the kernel would read past the buffer.\nconst sizeFault = "the buffer holds the size field and the size it states"\n\n// statedSize gives the size the '
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'name'))
    yield ' field of data states, when data holds\n// the field and that many bytes; else EFAULT, refused here: the kernel would\n// read past the buffer.\nfunc statedSize(data []byte) (uint64, error) {\n\tsize, err := fieldSize(data)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tif size > uint64(len(data)) {\n\t\treturn 0, refused(syscall.EFAULT, sizeFault)\n\t}\n\treturn size, nil\n}\n\n// '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield ' calls '
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '() with how, its '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'size_go'))
    yield " field set to the\n// smallest version that covers the fields that are set (SizeFor), after the\n// kernel's checks made here. Clamped fields are the kernel's to clamp.\nfunc "
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield '('
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ' '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ', '
    l_1_a = missing
    yield 'how *'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    for l_1_a in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ' '
        yield str(environment.getattr(l_1_a, 'type'))
    l_1_a = missing
    yield ') (int, error) {\n\tvalue := *how\n\tvalue.'
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'size_go'))
    yield ' = 0\n\tsize := value.SizeFor()\n\tif err := value.Verdict(size); err != nil {\n\t\treturn -1, err\n\t}\n\tvalue.'
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'size_go'))
    yield ' = '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'size_type'))
    yield '(size)\n\treturn '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield 'Bytes('
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', '
    l_1_a = missing
    yield 'value.Bytes()[:size]'
    for l_1_a in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
    l_1_a = missing
    yield ')\n}\n\n// '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield 'Bytes calls '
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '() with the struct given as bytes, unchecked:\n// the kernel reads the size from its '
    yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'name'))
    yield ' field'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
        pass
        yield ' (0 means '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
        yield ')'
    yield '\n// and gives its own answer.'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'write_back'):
        pass
        yield ' On a size error (E2BIG) the kernel writes the\n// size it knows into that field of data.'
    yield ' data must hold the field and the\n// size it states (EFAULT otherwise).\nfunc '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield 'Bytes('
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ' '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ', '
    l_1_a = missing
    yield 'data []byte'
    for l_1_a in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ' '
        yield str(environment.getattr(l_1_a, 'type'))
    l_1_a = missing
    yield ') (int, error) {\n\tif _, err := statedSize(data); err != nil {\n\t\treturn -1, err\n\t}\n\tr, _, errno := syscall.Syscall6(SYSCALL_NUMBER,'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.getattr(l_1_a, 'register'))
        yield ','
    l_1_a = missing
    yield ' uintptr(unsafe.Pointer(&data[0]))'
    for l_1_a in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'register'))
    l_1_a = missing
    for l_1__ in context.call((undefined(name='range') if l_0_range is missing else l_0_range), environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'pad')):
        _loop_vars = {}
        pass
        yield ', 0'
    l_1__ = missing
    yield ')\n\truntime.KeepAlive(data)\n\tif errno != 0 {\n\t\treturn -1, errno\n\t}\n\treturn int(r), nil\n}\n'
    for l_1_o in environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'outputs'):
        _loop_vars = {}
        pass
        template = environment.get_template('go_out.go.j2', 'go_field_call.go.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'o': l_1_o}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    l_1_o = missing

blocks = {}
debug_info = '1=15&2=20&5=23&8=25&9=27&11=33&13=36&22=39&36=41&39=47&41=68&46=70&47=74&50=90&51=94&53=102&56=106&60=126&67=146&68=149'
