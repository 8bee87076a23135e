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
    l_0_lv = resolve('lv')
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
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['reverse']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'reverse' found.")
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
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ' '
        yield str(environment.getattr(l_1_a, 'type'))
    l_1_a = missing
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
    yield '.Bytes()[:size]'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
    l_1_a = missing
    yield ')\n}\n\n// '
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
    yield 'data []byte'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ' '
        yield str(environment.getattr(l_1_a, 'type'))
    l_1_a = missing
    yield ') (int, error) {\n'
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
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'trailing'):
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
    yield ')\n'
    for l_1_p in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'keep_alive'):
        _loop_vars = {}
        pass
        yield '\truntime.KeepAlive('
        yield str(l_1_p)
        yield ')\n'
    l_1_p = missing
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
        for l_2_a in environment.getattr(l_1_o, 'trailing'):
            _loop_vars = {}
            pass
            yield ', '
            yield str(environment.getattr(l_2_a, 'name'))
            yield ' '
            yield str(environment.getattr(l_2_a, 'type'))
        l_2_a = missing
        yield ') (int, error) {\n\tsize := '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield '.SizeFor()\n\tif err := '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield '.'
        yield str(environment.getattr(l_1_o, 'verdict'))
        yield '(size); err != nil {\n\t\treturn -1, err\n\t}\n\treturn '
        yield str(environment.getattr(l_1_o, 'call'))
        yield 'Bytes('
        for l_2_a in environment.getattr(l_1_o, 'args'):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_2_a, 'name'))
            yield ', '
        l_2_a = missing
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield '.Bytes()[:size]'
        for l_2_a in environment.getattr(l_1_o, 'trailing'):
            _loop_vars = {}
            pass
            yield ', '
            yield str(environment.getattr(l_2_a, 'name'))
        l_2_a = missing
        yield ')\n}\n\n// '
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
        yield 'data []byte'
        for l_2_a in environment.getattr(l_1_o, 'trailing'):
            _loop_vars = {}
            pass
            yield ', '
            yield str(environment.getattr(l_2_a, 'name'))
            yield ' '
            yield str(environment.getattr(l_2_a, 'type'))
        l_2_a = missing
        yield ') (int, error) {\n'
        def t_5(fiter):
            for l_2_a in fiter:
                if environment.getattr(l_2_a, 'is_path'):
                    yield l_2_a
        for l_2_a in t_5(environment.getattr(l_1_o, 'args')):
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
        for l_2_a in environment.getattr(l_1_o, 'trailing'):
            _loop_vars = {}
            pass
            yield ', '
            yield str(environment.getattr(l_2_a, 'register'))
        l_2_a = missing
        for l_2__ in context.call((undefined(name='range') if l_0_range is missing else l_0_range), environment.getattr(l_1_o, 'pad'), _loop_vars=_loop_vars):
            _loop_vars = {}
            pass
            yield ', 0'
        l_2__ = missing
        yield ')\n'
        def t_6(fiter):
            for l_2_a in fiter:
                if environment.getattr(l_2_a, 'is_path'):
                    yield l_2_a
        for l_2_a in t_6(environment.getattr(l_1_o, 'args')):
            _loop_vars = {}
            pass
            yield '\truntime.KeepAlive(p_'
            yield str(environment.getattr(l_2_a, 'name'))
            yield ')\n'
        l_2_a = missing
        yield '\truntime.KeepAlive(data)\n\tif errno != 0 {\n\t\treturn -1, errno\n\t}\n\treturn int(r), nil\n}\n'
    l_1_o = missing
    for l_1_o in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'out_calls'):
        _loop_vars = {}
        pass
        template = environment.get_template('go_out.go.j2', 'go_call.go.j2')
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
        yield "\n// levelKeep returns the bits each field keeps on a kernel of level (the table's\n// highest level not above it), and false below the first level.\nfunc levelKeep(level int64) (["
        yield str(t_3(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'fields')))
        yield ']uint64, bool) {\n\tswitch {\n'
        for (l_1_level, l_1_keep) in t_4(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'rows')):
            _loop_vars = {}
            pass
            yield '\tcase level >= '
            yield str(l_1_level)
            yield ':\n\t\treturn ['
            yield str(t_3(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'fields')))
            yield ']uint64{'
            yield str(t_2(context.eval_ctx, l_1_keep, ', '))
            yield '}, true\n'
        l_1_level = l_1_keep = missing
        yield '\t}\n\treturn ['
        yield str(t_3(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'fields')))
        yield "]uint64{}, false\n}\n\n// AbiVersion returns the running kernel's level ("
        yield str(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'value_name'))
        yield '); ENOSYS: the\n// kernel is too old; EOPNOTSUPP: the interface is turned off at boot.\nfunc AbiVersion() (int, error) {\n\tr, _, errno := syscall.Syscall6(SYSCALL_NUMBER, '
        yield str(t_2(context.eval_ctx, environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'query'), ', '))
        yield ')\n\tif errno != 0 {\n\t\treturn -1, errno\n\t}\n\treturn int(r), nil\n}\n\n// ForLevel returns the request cut to what a kernel of level knows (its\n// AbiVersion): the kernel refuses what its level does not know, so a program\n// that asks for more than the running kernel has restricts what it can.\n// EINVAL below the first level.\nfunc ('
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield ' *'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
        yield ') ForLevel(level int64) (*'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
        yield ', error) {\n\tkeep, ok := levelKeep(level)\n\tif !ok {\n\t\treturn nil, refused(syscall.EINVAL, "a level the interface has")\n\t}\n\tout := *'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield '\n'
        l_1_loop = missing
        for (l_1_f, l_1_t), l_1_loop in LoopContext(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'fields'), undefined):
            _loop_vars = {}
            pass
            yield '\tout.'
            yield str(l_1_f)
            yield ' &= '
            yield str(l_1_t)
            yield '(keep['
            yield str(environment.getattr(l_1_loop, 'index0'))
            yield '])\n'
        l_1_loop = l_1_f = l_1_t = missing
        for (l_1_f, l_1_other) in environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'within'):
            _loop_vars = {}
            pass
            yield '\tout.'
            yield str(l_1_f)
            yield ' &= out.'
            yield str(l_1_other)
            yield '\n'
        l_1_f = l_1_other = missing
        yield "\treturn &out, nil\n}\n\n// BestEffort returns the request cut to the running kernel's level.\nfunc ("
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield ' *'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
        yield ') BestEffort() (*'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
        yield ', error) {\n\tlevel, err := AbiVersion()\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'param'))
        yield '.ForLevel(int64(level))\n}\n'

blocks = {}
debug_info = '1=39&2=42&5=46&9=51&13=56&14=78&15=81&16=83&17=85&20=88&21=90&24=92&27=109&29=113&30=133&31=137&40=143&41=165&42=169&50=173&52=177&53=183&55=185&56=207&57=209&60=213&63=230&65=234&66=254&67=262&76=268&77=290&78=298&87=303&88=306&90=313&91=315&95=319&97=321&98=325&99=327&102=333&105=335&108=337&119=339&124=345&125=348&126=352&128=359&129=363&135=369&140=375'
