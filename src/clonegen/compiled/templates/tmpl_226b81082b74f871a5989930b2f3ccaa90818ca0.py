# Written by python3 -m clonegen.precompile from templates/go_ioctl_call.go.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'go_ioctl_call.go.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_V = resolve('V')
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
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    yield '// IOCTL_TYPE and IOCTL_NR are the type and number of the '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'macro'))
    yield ' ioctl.\nconst (\n\tIOCTL_TYPE = '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'type'))
    yield '\n\tIOCTL_NR   = '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'nr'))
    yield '\n)\n'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'mask_fills'):
        pass
        yield "\n// FieldsOf gives the fields a bit of the answer's mask says the kernel filled.\nfunc FieldsOf(bit uint64) []string {\n\tswitch bit {\n"
        l_1_loop = missing
        for (l_1_bit, l_1_names), l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'mask_fills'), undefined):
            _loop_vars = {}
            pass
            yield '\tcase uint64('
            yield str(l_1_bit)
            yield '):\n\t\treturn []string{'
            l_2_loop = missing
            for l_2_n, l_2_loop in LoopContext(l_1_names, undefined):
                _loop_vars = {}
                pass
                yield str(t_1(l_2_n))
                yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 13 in 'go_ioctl_call.go.j2' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_n = missing
            yield '}\n'
        l_1_loop = l_1_bit = l_1_names = missing
        yield '\t}\n\treturn nil\n}\n'
    yield '\n// '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield 'Number gives the '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'macro'))
    yield ' ioctl number for a struct of size\n// bytes, as _IOC() makes it; false when the size does not fit its bits.\nfunc '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield 'Number(size uint64) (uintptr, bool) {\n\tif size >= 1<<iocSizeBits {\n\t\treturn 0, false\n\t}\n\tdir := uintptr('
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'dir'))
    yield ')\n\treturn dir<<(16+iocSizeBits) | uintptr(size)<<16 | IOCTL_TYPE<<8 | IOCTL_NR, true\n}\n\n// '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield ' makes the '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'macro'))
    yield ' ioctl: the struct as the kernel fills\n// it into SIZE_LATEST bytes'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'requests'):
        pass
        yield ', asked with the request ('
        yield str(t_2(context.eval_ctx, t_3(context, environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'requests'), attribute='spec_name'), ', '))
        yield ')'
    yield '.\n'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'truncated_mask'):
        pass
        yield "// The answer's mask has the bit of every field the kernel filled, even one a\n// smaller size cuts off: check the size as well as the bit.\n"
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
    l_1_loop = missing
    for l_1_r, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'requests'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_r, 'spec_name'))
        yield ' '
        yield str(environment.getattr(l_1_r, 'type'))
        yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 36 in 'go_ioctl_call.go.j2' evaluated to false and no else section was defined.")))
    l_1_loop = l_1_r = missing
    yield ') (*'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ', error) {\n\trequest := '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield '{'
    l_1_loop = missing
    for l_1_r, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'requests'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_r, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_r, 'spec_name'))
        yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 37 in 'go_ioctl_call.go.j2' evaluated to false and no else section was defined.")))
    l_1_loop = l_1_r = missing
    yield '}\n\tdata := request.Bytes()\n\tif _, err := '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield 'Bytes('
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', '
    l_1_a = missing
    yield 'data); err != nil {\n\t\treturn nil, err\n\t}\n\treturn fromPrefix(data), nil\n}\n\n// '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield 'Bytes makes the '
    yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'ioctl'), 'macro'))
    yield ' ioctl into data, whose length is the\n// size the ioctl number carries: the kernel reads the request from data and\n// writes at most that many bytes. A size the number cannot carry is refused\n// (EINVAL).\nfunc '
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
    yield 'data []byte) (int, error) {\n\tnumber, ok := '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield 'Number(uint64(len(data)))\n\tif !ok {\n\t\treturn -1, refused(syscall.EINVAL, "the size fits the ioctl number\'s size bits")\n\t}\n\tvar ptr unsafe.Pointer\n\tif len(data) > 0 {\n\t\tptr = unsafe.Pointer(&data[0])\n\t}\n\tr, _, errno := syscall.Syscall(SYSCALL_NUMBER,'
    for l_1_a in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'args'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.getattr(l_1_a, 'register'))
        yield ','
    l_1_a = missing
    yield ' number, uintptr(ptr))\n\truntime.KeepAlive(data)\n\tif errno != 0 {\n\t\treturn -1, errno\n\t}\n\treturn int(r), nil\n}\n'

blocks = {}
debug_info = '1=31&3=33&4=35&6=37&11=41&12=45&13=48&20=58&22=62&26=64&30=66&31=70&32=76&36=80&37=102&39=114&45=123&49=127&50=138&58=140'
