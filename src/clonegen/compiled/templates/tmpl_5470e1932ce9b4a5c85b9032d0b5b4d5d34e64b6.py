# Written by python3 -m clonegen.precompile from templates/go_out.go.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'go_out.go.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_o = resolve('o')
    l_0_V = resolve('V')
    l_0_range = resolve('range')
    pass
    yield '\n// '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'call'))
    yield ' calls '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'name'))
    yield '(): the struct as the kernel writes it into\n// SIZE_LATEST bytes.'
    if environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'report'):
        pass
        yield ' Its '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'size_go'))
        yield ' field is the size the kernel\n// reports: the smaller of SIZE_LATEST and its own.'
    yield '\nfunc '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'call'))
    yield '('
    l_1_loop = missing
    for l_1_a, l_1_loop in LoopContext((environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'args') + environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'trailing')), undefined):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ' '
        yield str(environment.getattr(l_1_a, 'type'))
        yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 7 in 'go_out.go.j2' evaluated to false and no else section was defined.")))
    l_1_loop = l_1_a = missing
    yield ') (*'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ', error) {\n\tvar data [SIZE_LATEST]byte\n\tif _, err := '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'call'))
    yield 'Bytes('
    for l_1_a in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', '
    l_1_a = missing
    yield 'data[:]'
    for l_1_a in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
    l_1_a = missing
    yield '); err != nil {\n\t\treturn nil, err\n\t}\n\treturn fromPrefix(data[:]), nil\n}\n\n// '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'call'))
    yield 'Bytes calls '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'name'))
    yield '() into data, of any size (len(data), the size\n// passed): the kernel writes at most that many bytes.\nfunc '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'call'))
    yield 'Bytes('
    for l_1_a in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'args'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_a, 'name'))
        yield ' '
        yield str(environment.getattr(l_1_a, 'type'))
        yield ', '
    l_1_a = missing
    yield 'data []byte'
    for l_1_a in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'name'))
        yield ' '
        yield str(environment.getattr(l_1_a, 'type'))
    l_1_a = missing
    yield ') (int, error) {\n'
    def t_1(fiter):
        for l_1_a in fiter:
            if environment.getattr(l_1_a, 'is_path'):
                yield l_1_a
    for l_1_a in t_1((environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'args') + environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'trailing'))):
        _loop_vars = {}
        pass
        yield '\tp_'
        yield str(environment.getattr(l_1_a, 'name'))
        yield ', err := syscall.BytePtrFromString('
        yield str(environment.getattr(l_1_a, 'name'))
        yield ')\n\tif err != nil {\n\t\treturn -1, err\n\t}\n'
    l_1_a = missing
    yield '\tvar ptr unsafe.Pointer\n\tif len(data) > 0 {\n\t\tptr = unsafe.Pointer(&data[0])\n\t}\n\tr, _, errno := syscall.Syscall6('
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'number'))
    yield ','
    for l_1_a in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'args'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.getattr(l_1_a, 'register'))
        yield ','
    l_1_a = missing
    yield ' uintptr(ptr), uintptr(len(data))'
    for l_1_a in environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'trailing'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_a, 'register'))
    l_1_a = missing
    for l_1__ in context.call((undefined(name='range') if l_0_range is missing else l_0_range), environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'pad')):
        _loop_vars = {}
        pass
        yield ', 0'
    l_1__ = missing
    yield ')\n'
    def t_2(fiter):
        for l_1_a in fiter:
            if environment.getattr(l_1_a, 'is_path'):
                yield l_1_a
    for l_1_a in t_2((environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'args') + environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'trailing'))):
        _loop_vars = {}
        pass
        yield '\truntime.KeepAlive(p_'
        yield str(environment.getattr(l_1_a, 'name'))
        yield ')\n'
    l_1_a = missing
    yield '\truntime.KeepAlive(data)\n\tif errno != 0 {\n\t\treturn -1, errno\n\t}\n\treturn int(r), nil\n}\n'

blocks = {}
debug_info = '3=15&4=19&7=25&9=39&15=55&17=59&18=79&19=87&28=93&29=115&30=123'
