# Written by python3 -m clonegen.precompile from templates/go_call.go.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'go_call.go.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_V = resolve('V')
    l_0_spec = resolve('spec')
    l_0_range = resolve('range')
    try:
        t_1 = environment.filters['go_str']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'go_str' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'forklike'):
        pass
        yield '// '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
        yield ' calls '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield "() with args, passing the smallest version that\n// covers the fields that are set (SizeFor), after the kernel's checks made\n// here. It is fork-like: a request that would share memory or need a stack\n// ("
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'refuse_text'))
        yield ') is refused with EINVAL. The child returns 0 here with\n// one thread and no Go runtime to speak of: it may make only raw system\n// calls (syscall.RawSyscall) until it execs or exits.\n'
    else:
        pass
        yield '// '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
        yield ' calls '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield "() with how, passing the smallest version that\n// covers the fields that are set (SizeFor), after the kernel's checks made\n// here.\n"
    yield 'func '
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
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
    yield ' *'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ') (int, error) {\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'refusals'):
        pass
        yield '\tv := '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield '.values()\n\tif '
        yield str(t_2(context.eval_ctx, environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'refusals'), ' || '))
        yield ' {\n\t\treturn -1, refused(syscall.EINVAL, '
        yield str(t_1(str_join(('a fork-like call has none of ', environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'refuse_text'), ))))
        yield ')\n\t}\n'
    yield '\tsize := '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
    yield '.SizeFor()\n\tif err := '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
    yield '.Verdict(size); err != nil {\n\t\treturn -1, err\n\t}\n\treturn '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield 'Bytes('
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', '
    l_1_a = missing
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
    yield '.Bytes()[:size])\n}\n\n// '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield 'Bytes calls '
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '() with the struct given as bytes, of any\n// size (len(data)), unchecked: the kernel gives its own answer.\nfunc '
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
    yield 'data []byte) (int, error) {\n'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'paths'):
        _loop_vars = {}
        pass
        yield '\tp_'
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', err := syscall.BytePtrFromString('
        yield str(environment.getattr(l_1_a, 'name'))
        yield ')\n\tif err != nil {\n\t\treturn -1, err\n\t}\n'
    l_1_a = missing
    yield '\tvar ptr unsafe.Pointer\n\tif len(data) > 0 {\n\t\tptr = unsafe.Pointer(&data[0])\n\t}\n\tr, _, errno := syscall.'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'raw'))
    yield '(SYSCALL_NUMBER,'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.getattr(l_1_a, 'register'))
        yield ','
    l_1_a = missing
    yield ' uintptr(ptr), uintptr(len(data))'
    for l_1__ in context.call((undefined(name='range') if l_0_range is missing else l_0_range), environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'pad')):
        _loop_vars = {}
        pass
        yield ', 0'
    l_1__ = missing
    yield ')\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'paths'):
        pass
        yield '\truntime.KeepAlive('
        yield str(t_2(context.eval_ctx, environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'keep_alive'), ', '))
        yield ')\n'
    yield '\truntime.KeepAlive(data)\n\tif errno != 0 {\n\t\treturn -1, errno\n\t}\n\treturn int(r), nil\n}\n'
    for l_1_o in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'extra_calls'):
        _loop_vars = {}
        pass
        yield '\n// '
        yield str(environment.getattr(l_1_o, 'call'))
        yield ' calls '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '() with '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield ', which fills the same kernel struct\n// as '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield "(): the smallest version that covers the fields that are set\n// (SizeFor), after the kernel's checks made here.\nfunc "
        yield str(environment.getattr(l_1_o, 'call'))
        yield '('
        for l_2_a in environment.getattr(l_1_o, 'args'):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_2_a, 'name'))
            yield ' '
            yield str(environment.getattr(l_2_a, 'type'))
            yield ', '
        l_2_a = missing
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield ' *'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
        yield ') (int, error) {\n\tsize := '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield '.SizeFor()\n\tif err := '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield '.Verdict(size); err != nil {\n\t\treturn -1, err\n\t}\n\treturn '
        yield str(environment.getattr(l_1_o, 'call'))
        yield 'Bytes('
        for l_2_a in environment.getattr(l_1_o, 'args'):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_2_a, 'name'))
            yield ', '
        l_2_a = missing
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield '.Bytes()[:size])\n}\n\n// '
        yield str(environment.getattr(l_1_o, 'call'))
        yield 'Bytes calls '
        yield str(environment.getattr(l_1_o, 'name'))
        yield '() with the struct given as bytes, of any\n// size (len(data)), unchecked: the kernel gives its own answer.\nfunc '
        yield str(environment.getattr(l_1_o, 'call'))
        yield 'Bytes('
        for l_2_a in environment.getattr(l_1_o, 'args'):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_2_a, 'name'))
            yield ' '
            yield str(environment.getattr(l_2_a, 'type'))
            yield ', '
        l_2_a = missing
        yield 'data []byte) (int, error) {\n'
        def t_3(fiter):
            for l_2_a in fiter:
                if environment.getattr(l_2_a, 'is_path'):
                    yield l_2_a
        for l_2_a in t_3(environment.getattr(l_1_o, 'args')):
            _loop_vars = {}
            pass
            yield '\tp_'
            yield str(environment.getattr(l_2_a, 'name'))
            yield ', err := syscall.BytePtrFromString('
            yield str(environment.getattr(l_2_a, 'name'))
            yield ')\n\tif err != nil {\n\t\treturn -1, err\n\t}\n'
        l_2_a = missing
        yield '\tvar ptr unsafe.Pointer\n\tif len(data) > 0 {\n\t\tptr = unsafe.Pointer(&data[0])\n\t}\n\tr, _, errno := syscall.Syscall6('
        yield str(environment.getattr(l_1_o, 'number'))
        yield ','
        for l_2_a in environment.getattr(l_1_o, 'args'):
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.getattr(l_2_a, 'register'))
            yield ','
        l_2_a = missing
        yield ' uintptr(ptr), uintptr(len(data))'
        for l_2__ in context.call((undefined(name='range') if l_0_range is missing else l_0_range), environment.getattr(l_1_o, 'pad'), _loop_vars=_loop_vars):
            _loop_vars = {}
            pass
            yield ', 0'
        l_2__ = missing
        yield ')\n'
        def t_4(fiter):
            for l_2_a in fiter:
                if environment.getattr(l_2_a, 'is_path'):
                    yield l_2_a
        for l_2_a in t_4(environment.getattr(l_1_o, 'args')):
            _loop_vars = {}
            pass
            yield '\truntime.KeepAlive(p_'
            yield str(environment.getattr(l_2_a, 'name'))
            yield ')\n'
        l_2_a = missing
        yield '\truntime.KeepAlive(data)\n\tif errno != 0 {\n\t\treturn -1, errno\n\t}\n\treturn int(r), nil\n}\n'
    l_1_o = missing

blocks = {}
debug_info = '1=26&2=29&5=33&9=38&13=43&14=57&15=60&16=62&17=64&20=67&21=69&24=71&27=81&29=85&30=96&31=100&40=106&41=122&42=125&50=128&52=132&53=138&55=140&56=154&57=156&60=158&63=168&65=172&66=183&67=191&76=197&77=213&78=221'
