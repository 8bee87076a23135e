# Written by python3 -m clonegen.precompile from templates/go.go.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'go.go.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_spec = resolve('spec')
    l_0_V = missing
    try:
        t_1 = environment.filters['go_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'go_comment' found.")
    try:
        t_2 = environment.filters['go_str']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'go_str' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['reverse']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'reverse' found.")
    try:
        t_6 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    l_0_V = (undefined(name='view') if l_0_view is missing else l_0_view)
    context.vars['V'] = l_0_V
    context.exported_vars.add('V')
    for l_1_line in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'banner_lines'):
        _loop_vars = {}
        pass
        yield '// '
        yield str(t_1(l_1_line))
        yield '\n'
    l_1_line = missing
    yield '\n//go:build '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'build'))
    yield '\n\n'
    yield str(t_6(t_1(str_join(('Package ', environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'package'), ': ', environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'doc'), ))), 76, '// '))
    yield '\n//\n'
    yield str(t_6(t_1(str_join(('Go bindings for struct ', environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'), ' and ', environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'), "(): the struct, its sizes, flags, the kernel's checks and a wrapper over package syscall (standard library only), in the module ", environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'module'), '. Architectures whose values this package states: ', environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'arches_text'), '; it builds on Linux there and nowhere else.', ))), 76, '// '))
    yield '\npackage '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'package'))
    yield '\n\nimport (\n\t"runtime"\n\t"syscall"\n\t"unsafe"\n)\n\nconst (\n'
    for l_1_v in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'):
        _loop_vars = {}
        pass
        yield '\t// SIZE_'
        yield str(environment.getattr(l_1_v, 'name'))
        yield ' is the size of the struct in '
        yield str(environment.getattr(l_1_v, 'name'))
        yield ' (Linux '
        yield str(t_1(environment.getattr(l_1_v, 'since')))
        yield ').\n\tSIZE_'
        yield str(environment.getattr(l_1_v, 'name'))
        yield ' = '
        yield str(environment.getattr(l_1_v, 'size'))
        yield '\n'
    l_1_v = missing
    yield '\t// SIZE_LATEST is the size of the struct this package knows.\n\tSIZE_LATEST = SIZE_'
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'latest'), 'name'))
    yield '\n)\n\n// SIZES are the published sizes, oldest first.\nvar SIZES = [...]uint64{\n'
    for l_1_v in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'):
        _loop_vars = {}
        pass
        yield '\tSIZE_'
        yield str(environment.getattr(l_1_v, 'name'))
        yield ',\n'
    l_1_v = missing
    yield '}\n'
    for l_1_k in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fixed'):
        _loop_vars = {}
        pass
        yield '\n'
        yield str(t_6(t_1(str_join((environment.getattr(l_1_k, 'name'), ': ', environment.getattr(l_1_k, 'doc'), ))), 76, '// '))
        yield '\nconst '
        yield str(environment.getattr(l_1_k, 'name'))
        yield ' = '
        yield str(environment.getattr(l_1_k, 'value'))
        yield '\n'
    l_1_k = missing
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'per_arch'):
        pass
        yield '\n'
        yield str(t_6(str_join(('The values that differ between architectures are constants of the file of each GOARCH, ', environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'name'), '_<goarch>.go: ', t_3(context.eval_ctx, t_4(context, environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'per_arch'), attribute='name'), ', '), '.', )), 76, '// '))
        yield '\n'
    yield '\n// Error is a request refused before the system call: the errno the kernel\n// would give and the requirement the request breaks. errors.Is(err, errno)\n// holds for it.\ntype Error struct {\n\tErrno       syscall.Errno\n\tRequirement string\n}\n\nfunc (e *Error) Error() string { return e.Requirement + ": " + e.Errno.Error() }\n\n// Unwrap gives the errno.\nfunc (e *Error) Unwrap() error { return e.Errno }\n\nfunc refused(errno syscall.Errno, requirement string) error {\n\treturn &Error{Errno: errno, Requirement: requirement}\n}\n\n'
    yield str(t_6(t_1(str_join((environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'), ': ', environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'doc'), ))), 76, '// '))
    yield '\ntype '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ' struct {\n'
    for l_1_f in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields'):
        _loop_vars = {}
        pass
        yield str(t_6(t_1(str_join((environment.getattr(l_1_f, 'spec_name'), ': ', environment.getattr(l_1_f, 'doc'), ))), 72, '\t// '))
        yield '\n\t'
        yield str(environment.getattr(l_1_f, 'name'))
        yield ' '
        yield str(environment.getattr(l_1_f, 'type'))
        yield '\n'
    l_1_f = missing
    yield '}\n\n// The layout, proven when the package is compiled: a constant index out of\n// the range of a one-element array is a build error.\n'
    for l_1_f in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields'):
        _loop_vars = {}
        pass
        yield 'var _ = [1]struct{}{}[unsafe.Offsetof('
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
        yield '{}.'
        yield str(environment.getattr(l_1_f, 'name'))
        yield ')-'
        yield str(environment.getattr(l_1_f, 'offset'))
        yield ']\n'
    l_1_f = missing
    yield 'var _ = [1]struct{}{}[unsafe.Sizeof('
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield '{})-'
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'latest'), 'size'))
    yield ']\n'
    for l_1_t in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'flag_types'):
        _loop_vars = {}
        pass
        yield '\n// '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ' are the flags of '
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
        yield '.'
        yield str(environment.getattr(l_1_t, 'field'))
        yield '.\ntype '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ' uint64\n\nconst (\n'
        for l_2_fl in environment.getattr(l_1_t, 'flags'):
            _loop_vars = {}
            pass
            yield str(t_6(t_1(str_join((environment.getattr(l_2_fl, 'name'), ': ', environment.getattr(l_2_fl, 'doc'), ))), 72, '\t// '))
            yield '\n\t'
            yield str(environment.getattr(l_2_fl, 'name'))
            yield ' '
            yield str(environment.getattr(l_1_t, 'name'))
            yield ' = '
            yield str(environment.getattr(l_2_fl, 'value'))
            yield '\n'
        l_2_fl = missing
        yield ')\n\n// Has reports whether every flag of other is set.\nfunc (f '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ') Has(other '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ') bool {\n\treturn f&other == other\n}\n'
    l_1_t = missing
    l_1_loop = missing
    for l_1_m, l_1_loop in LoopContext(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'masks'), undefined):
        _loop_vars = {}
        pass
        yield '\n// '
        yield str(environment.getattr(l_1_m, 'name'))
        yield ': '
        yield str(t_1(environment.getattr(l_1_m, 'doc')))
        yield '\n'
        if environment.getattr(l_1_m, 'terms'):
            pass
            yield 'const '
            yield str(environment.getattr(l_1_m, 'name'))
            yield ' = '
            l_2_loop = missing
            for l_2_t, l_2_loop in LoopContext(environment.getattr(l_1_m, 'terms'), undefined):
                _loop_vars = {}
                pass
                yield str(('\t' if (not environment.getattr(l_2_loop, 'first')) else cond_expr_undefined("the inline if-expression on line 96 in 'go.go.j2' evaluated to false and no else section was defined.")))
                yield 'uint64('
                yield str(l_2_t)
                yield ')'
                yield str((' |' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 96 in 'go.go.j2' evaluated to false and no else section was defined.")))
                yield '\n'
            l_2_loop = l_2_t = missing
        else:
            pass
            yield 'const '
            yield str(environment.getattr(l_1_m, 'name'))
            yield ' uint64 = 0\n'
    l_1_loop = l_1_m = missing
    yield '\n// values holds each field as 64 bits; a signed one sign-extended.\ntype values struct {\n'
    for l_1_f in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields'):
        _loop_vars = {}
        pass
        yield '\t// '
        yield str(environment.getattr(l_1_f, 'spec_name'))
        yield ': '
        yield str(t_1(environment.getattr(l_1_f, 'kernel_type')))
        yield ' in the kernel struct\n\t'
        yield str(environment.getattr(l_1_f, 'name'))
        yield ' uint64\n'
    l_1_f = missing
    yield '}\n\nfunc (a *'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ') values() values {\n\treturn values{\n'
    for l_1_f in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields'):
        _loop_vars = {}
        pass
        yield '\t\tuint64(a.'
        yield str(environment.getattr(l_1_f, 'name'))
        yield '),\n'
    l_1_f = missing
    yield '\t}\n}\n\n// kernel gives the members of the kernel struct, as the copy-in converts them.\nfunc (v values) kernel() values {\n\tk := v\n'
    def t_7(fiter):
        for l_1_f in fiter:
            if environment.getattr(l_1_f, 'kernel'):
                yield l_1_f
    for l_1_f in t_7(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields')):
        _loop_vars = {}
        pass
        yield '\tk.'
        yield str(environment.getattr(l_1_f, 'name'))
        yield ' = '
        yield str(environment.getattr(l_1_f, 'kernel'))
        yield '\n'
    l_1_f = missing
    yield "\treturn k\n}\n\n// kernelBits converts value to a kernel type of width bits, as C converts it.\nfunc kernelBits(value uint64, width uint, signed bool) uint64 {\n\tmask := uint64(1)<<width - 1\n\tlow := value & mask\n\tif signed && low>>(width-1)&1 == 1 {\n\t\treturn low | ^mask\n\t}\n\treturn low\n}\n\n// userPtrMax is the user address limit of access_ok() (x86_64's, as the Python bindings use).\nconst userPtrMax = 0x7ffffffff000\n\n// accessOK is access_ok(): [addr, addr + len) lies in user memory.\nfunc accessOK(addr, length uint64) bool {\n\tend := addr + length\n\treturn end >= addr && end <= userPtrMax\n}\n"
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'page_size'):
        pass
        yield "\n// pageSize is the kernel's PAGE_SIZE.\nfunc pageSize() uint64 { return uint64(syscall.Getpagesize()) }\n"
    yield '\n// Bytes gives the struct as the kernel reads it.\nfunc (a *'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ') Bytes() []byte {\n\tb := *(*[SIZE_LATEST]byte)(unsafe.Pointer(a))\n\treturn b[:]\n}\n\nfunc fromPrefix(data []byte) *'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ' {\n\tvar a '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield '\n\tcopy((*[SIZE_LATEST]byte)(unsafe.Pointer(&a))[:], data)\n\treturn &a\n}\n\nfunc tail(data []byte) error {\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'tail_errno'):
        pass
        yield '\tfor i := SIZE_LATEST; i < len(data); i++ {\n\t\tif data[i] != 0 {\n\t\t\treturn refused(syscall.'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'tail_errno'))
        yield ', '
        yield str(t_2(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'tail_requirement')))
        yield ')\n\t\t}\n\t}\n'
    yield '\treturn nil\n}\n\nfunc sizeVerdict(size uint64) error {\n'
    for l_1_c in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size_checks'):
        _loop_vars = {}
        pass
        yield '\tif '
        yield str(environment.getattr(l_1_c, 'test'))
        yield ' {\n\t\treturn refused(syscall.'
        yield str(environment.getattr(l_1_c, 'errno'))
        yield ', '
        yield str(t_2(environment.getattr(l_1_c, 'requirement')))
        yield ')\n\t}\n'
    l_1_c = missing
    yield "\treturn nil\n}\n\n// checks are the kernel's checks, in its order, on values passed with size bytes.\nfunc (a *"
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ') checks(size uint64) error {\n\tv := a.values()\n\tk := v.kernel()\n\t_, _ = v, k\n'
    for l_1_c in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'checks'):
        _loop_vars = {}
        pass
        yield '\tif '
        yield str(environment.getattr(l_1_c, 'test'))
        yield ' {\n\t\treturn refused(syscall.'
        yield str(environment.getattr(l_1_c, 'errno'))
        yield ', '
        yield str(t_2(environment.getattr(l_1_c, 'requirement')))
        yield ')\n\t}\n'
    l_1_c = missing
    yield "\treturn nil\n}\n\n// Verdict says what the kernel says of these values passed with size bytes:\n// the size policy, then the checks, on the fields the size covers (an older\n// caller's struct is zero-filled). Bytes past the struct are taken as zero.\nfunc (a *"
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ') Verdict(size uint64) error {\n'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
        pass
        yield '\tif size == 0 {\n\t\tsize = '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
        yield '\n\t}\n'
    yield '\tif err := sizeVerdict(size); err != nil {\n\t\treturn err\n\t}\n\tb := a.Bytes()\n\tif size < SIZE_LATEST {\n\t\tb = b[:size]\n\t}\n\treturn fromPrefix(b).checks(size)\n}\n'
    for (l_1_entry, l_1_lines) in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'entry_checks'):
        _loop_vars = {}
        pass
        yield '\n// checks'
        yield str(l_1_entry)
        yield ' are the checks the kernel makes when the struct comes\n// through '
        yield str(l_1_entry)
        yield ', in its order, on values passed with size bytes.\nfunc (a *'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
        yield ') checks'
        yield str(l_1_entry)
        yield '(size uint64) error {\n\tv := a.values()\n\tk := v.kernel()\n\t_, _, _ = v, k, size\n'
        for l_2_c in l_1_lines:
            _loop_vars = {}
            pass
            yield '\tif '
            yield str(environment.getattr(l_2_c, 'test'))
            yield ' {\n\t\treturn refused(syscall.'
            yield str(environment.getattr(l_2_c, 'errno'))
            yield ', '
            yield str(t_2(environment.getattr(l_2_c, 'requirement')))
            yield ')\n\t}\n'
        l_2_c = missing
        yield '\treturn nil\n}\n\n// Verdict'
        yield str(l_1_entry)
        yield ' says what the kernel says of these values passed with size\n// bytes through '
        yield str(l_1_entry)
        yield ': the size policy, then its checks.\nfunc (a *'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
        yield ') Verdict'
        yield str(l_1_entry)
        yield '(size uint64) error {\n\tif err := sizeVerdict(size); err != nil {\n\t\treturn err\n\t}\n\tb := a.Bytes()\n\tif size < SIZE_LATEST {\n\t\tb = b[:size]\n\t}\n\treturn fromPrefix(b).checks'
        yield str(l_1_entry)
        yield '(size)\n}\n'
    l_1_entry = l_1_lines = missing
    yield '\n'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'):
        pass
        yield '// VerdictBytes says what the kernel says of a struct given as bytes: the size\n// its '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'field'), 'size_go'))
        yield ' field states (read first'
        if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
            pass
            yield '; 0 means '
            yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
        yield '), the size\n// policy, a non-zero tail up to that size, EFAULT where the kernel would read\n// past data, then the checks on the bytes it covers.\nfunc VerdictBytes(data []byte) error {\n\tsize, err := fieldSize(data)\n\tif err != nil {\n\t\treturn err\n\t}\n\tif err := sizeVerdict(size); err != nil {\n\t\treturn err\n\t}\n\tif size < uint64(len(data)) {\n\t\tdata = data[:size]\n\t}\n\t// The kernel reads the bytes past its struct first: a non-zero one is\n\t// refused before a read past data faults.\n\tif err := tail(data); err != nil {\n\t\treturn err\n\t}\n\tif size > uint64(len(data)) {\n\t\treturn refused(syscall.EFAULT, sizeFault)\n\t}\n\treturn fromPrefix(data).checks(size)\n}\n'
    else:
        pass
        yield '// VerdictBytes says what the kernel says of a struct given as bytes (size\n// len(data)): the size policy, a non-zero tail, then the checks.\nfunc VerdictBytes(data []byte) error {\n\tsize := uint64(len(data))\n'
        if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
            pass
            yield '\tif size == 0 {\n\t\tsize = '
            yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
            yield '\n\t}\n'
        yield '\tif err := sizeVerdict(size); err != nil {\n\t\treturn err\n\t}\n\tif err := tail(data); err != nil {\n\t\treturn err\n\t}\n\treturn fromPrefix(data).checks(size)\n}\n'
    yield '\n// SizeFor gives the smallest version that covers every field that is set and\n// that the checks accept (a check may need a newer caller), else the\n// smallest that covers the fields.\nfunc (a *'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ') SizeFor() uint64 {\n\tv := a.values()\n\tneeded := uint64(0)\n\tswitch {\n'
    for l_1_f in t_5(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields')):
        _loop_vars = {}
        pass
        yield '\tcase v.'
        yield str(environment.getattr(l_1_f, 'name'))
        yield ' != 0:\n\t\tneeded = '
        yield str(environment.getattr(l_1_f, 'end'))
        yield '\n'
    l_1_f = missing
    yield '\t}\n\tfor _, size := range SIZES {\n\t\tif size >= needed && a.checks(size) == nil {\n\t\t\treturn size\n\t\t}\n\t}\n\tfor _, size := range SIZES {\n\t\tif size >= needed {\n\t\t\treturn size\n\t\t}\n\t}\n\treturn SIZE_LATEST\n}\n\n'
    template = environment.get_or_select_template(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'wrapper'), 'go.go.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'V': l_0_V}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '1=50&2=53&3=57&6=61&8=63&10=65&11=67&20=69&21=73&22=79&25=85&30=87&31=91&34=95&36=99&37=101&39=106&41=109&61=112&62=114&63=116&64=119&65=121&71=127&72=131&74=139&75=143&77=147&78=153&81=155&82=158&83=160&88=168&92=174&94=178&95=182&96=185&99=201&105=205&106=209&107=213&111=217&113=219&114=223&122=227&123=235&146=241&153=245&158=247&159=249&165=251&168=254&176=259&177=263&178=265&185=271&189=273&190=277&191=279&200=285&201=287&203=290&215=293&217=297&218=299&219=301&223=305&224=309&225=311&231=317&232=319&233=321&241=325&245=329&247=332&276=342&278=345&294=349&298=351&299=355&300=357&316=361'
