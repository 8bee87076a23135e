# Written by python3 -m clonegen.precompile from templates/kselftest.c.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'kselftest.c.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_spec = resolve('spec')
    l_0_view = resolve('view')
    l_0_c = missing
    try:
        t_1 = environment.filters['c_block_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'c_block_comment' found.")
    try:
        t_2 = environment.filters['c_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'c_comment' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_6 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    l_0_c = context.vars['c'] = environment.get_template('macros/c.j2', 'kselftest.c.j2')._get_default_module(context)
    context.exported_vars.discard('c')
    yield str(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'banner'), (undefined(name='spec') if l_0_spec is missing else l_0_spec), 'GPL-2.0', 'line'))
    yield '\n\n/*\n'
    yield str(t_6(t_2(str_join(('The size axis of struct ', environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'), ', as ', environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entry_list'), ' take', ('s' if (t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries')) == 1) else ''), ' it: every published size, sizes below the smallest taken and past the latest, with a zero and a non-zero tail, a page and more, the size the kernel writes back or reports, and which errno comes first when a call fails two checks. The expected answers are those of ', environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'source'), '; what depends on the running kernel (the size of the struct it knows) follows from the release that published each size.', ))), 76, ' * ', ' * '))
    yield '\n */\n\n'
    for l_1_h in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'includes'):
        _loop_vars = {}
        pass
        yield '#include <'
        yield str(l_1_h)
        yield '>\n'
    l_1_h = missing
    yield '\n#include "../kselftest_harness.h"\n'
    l_1_loop = missing
    for l_1_n, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'numbers'), undefined):
        _loop_vars = {}
        pass
        yield '\n#ifndef '
        yield str(environment.getattr(l_1_n, 'macro'))
        yield '\n'
        l_2_loop = missing
        for (l_2_cond, l_2_num), l_2_loop in LoopContext(environment.getattr(l_1_n, 'arches'), undefined):
            _loop_vars = {}
            pass
            yield '#'
            yield str(('if' if environment.getattr(l_2_loop, 'first') else 'elif'))
            yield ' '
            yield str(l_2_cond)
            yield '\n#define '
            yield str(environment.getattr(l_1_n, 'macro'))
            yield ' '
            yield str(l_2_num)
            yield '\n'
        l_2_loop = l_2_cond = l_2_num = missing
        if environment.getattr(l_1_n, 'arches'):
            pass
            yield '#else\n#define '
            yield str(environment.getattr(l_1_n, 'macro'))
            yield ' '
            yield str(environment.getattr(l_1_n, 'default'))
            yield '\n#endif\n'
        else:
            pass
            yield '#define '
            yield str(environment.getattr(l_1_n, 'macro'))
            yield ' '
            yield str(environment.getattr(l_1_n, 'default'))
            yield '\n'
        yield '#endif\n'
    l_1_loop = l_1_n = missing
    yield '\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'xattr'):
        pass
        yield '/* The extended attribute each fixture gives its file, for the calls that name one. */\n#define XATTR_NAME "user.'
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'name'))
        yield '_size"\n\n'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'runtime'))
    yield '\n/* The published sizes of struct '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
    yield ' and the releases that added them. */\nstatic const struct size_version versions[] = {\n'
    for (l_1_name, l_1_size, l_1_major, l_1_minor) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'versions'):
        _loop_vars = {}
        pass
        yield '\t{ "'
        yield str(l_1_name)
        yield '", '
        yield str(l_1_size)
        yield ', '
        yield str(l_1_major)
        yield ', '
        yield str(l_1_minor)
        yield ' },\n'
    l_1_name = l_1_size = l_1_major = l_1_minor = missing
    yield '};\n'
    for l_1_E in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
        _loop_vars = {}
        pass
        yield '\nFIXTURE('
        yield str(environment.getattr(l_1_E, 'name'))
        yield ") {\n\tunsigned char *buf;\t/* the caller's memory */\n\tunsigned char *want;\t/* what it holds after a right answer */\n\tsize_t page;\n\tsize_t len;\n\tsize_t kernel_size;\t/* the size of the struct the running kernel knows */\n\tpid_t pid;\n"
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'path'):
            pass
            yield '\tchar path[256];\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'pidfd'):
            pass
            yield '\tint pidfd;\n'
        yield '};\n\nFIXTURE_VARIANT('
        yield str(environment.getattr(l_1_E, 'name'))
        yield ") {\n\tsize_t size;\t\t/* the caller's size: bytes ... */\n\tunsigned int pages;\t/* ... and page sizes */\n\tsize_t tail;\t\t/* a non-zero byte this far before the end, 0: none */\n\tbool null;\t\t/* a NULL struct pointer */\n\tint bad_arg;\t\t/* the argument given bad_value, -1: none */\n\tlong bad_value;\n\tint err;\t\t/* the errno expected, 0: success */\n\tbool write_back;\t/* the kernel writes its size into the size field */\n\tunsigned int major;\t/* a published size: the release that added it */\n\tunsigned int minor;\n};\n"
        for l_2_k in environment.getattr(l_1_E, 'cases'):
            _loop_vars = {}
            pass
            yield '\n'
            yield str(t_1(environment.getattr(l_2_k, 'doc')))
            yield '\nFIXTURE_VARIANT_ADD('
            yield str(environment.getattr(l_1_E, 'name'))
            yield ', '
            yield str(environment.getattr(l_2_k, 'name'))
            yield ') {\n'
            for (l_3_member, l_3_value) in environment.getattr(l_2_k, 'fields'):
                _loop_vars = {}
                pass
                yield '\t.'
                yield str(l_3_member)
                yield ' = '
                yield str(l_3_value)
                yield ',\n'
            l_3_member = l_3_value = missing
            yield '};\n'
        l_2_k = missing
        yield '\nFIXTURE_SETUP('
        yield str(environment.getattr(l_1_E, 'name'))
        yield ')\n{\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'path'):
            pass
            yield '\tint fd;\n\n'
        yield '\tself->page = (size_t)sysconf(_SC_PAGESIZE);\n\tself->len = 3 * self->page;\n\tself->buf = mmap(NULL, 2 * self->len, PROT_READ | PROT_WRITE,\n\t\t\t MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);\n\tASSERT_TRUE(self->buf != MAP_FAILED);\n\tself->want = self->buf + self->len;\n\tself->kernel_size = kernel_size(versions, ARRAY_SIZE(versions));\n\tself->pid = getpid();\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'path'):
            pass
            yield '\tsnprintf(self->path, sizeof(self->path), "%s/'
            yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'name'))
            yield '_size.XXXXXX", P_tmpdir);\n\tfd = mkstemp(self->path);\n\tASSERT_LE(0, fd);\n\tclose(fd);\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'xattr'):
            pass
            yield '\tif (setxattr(self->path, XATTR_NAME, "", 0, 0))\n\t\tSKIP(return, "no user extended attributes in %s: %s", P_tmpdir, strerror(errno));\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'pidfd'):
            pass
            yield '\tself->pidfd = syscall(__NR_pidfd_open, self->pid, 0);\n\tASSERT_LE(0, self->pidfd);\n'
        yield '}\n\nFIXTURE_TEARDOWN('
        yield str(environment.getattr(l_1_E, 'name'))
        yield ')\n{\n\tmunmap(self->buf, 2 * self->len);\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'path'):
            pass
            yield '\tunlink(self->path);\n'
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'pidfd'):
            pass
            yield '\tclose(self->pidfd);\n'
        yield '}\n\nTEST_F('
        yield str(environment.getattr(l_1_E, 'name'))
        yield ', size)\n{\n\tsize_t size = variant->size + variant->pages * self->page;\n\tunsigned char *uargs = variant->null ? NULL : self->buf;\n'
        if environment.getattr(l_1_E, 'args'):
            pass
            yield str(t_1(str_join(('The arguments, ', t_3(context.eval_ctx, t_5(context, environment.getattr(l_1_E, 'args'), attribute='doc'), '; '), )), '\t'))
            yield '\n\tlong a[] = { '
            yield str(t_3(context.eval_ctx, t_5(context, environment.getattr(l_1_E, 'args'), attribute='value'), ', '))
            yield ' };\n'
        if (not environment.getattr(l_1_E, 'reads')):
            pass
            yield '\tsize_t done;\n'
        yield '\tlong ret, off;\n\tint err;\n\n\tif (!self->kernel_size)\n\t\tSKIP(return, "the kernel predates '
        yield str(environment.getattr(l_1_E, 'name'))
        yield '() (Linux '
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'first_since'))
        yield ')");\n'
        if environment.getattr(l_1_E, 'missing'):
            pass
            yield '\tSKIP(return, "no value to call '
            yield str(environment.getattr(l_1_E, 'name'))
            yield '() with for '
            yield str(environment.getattr(l_1_E, 'missing'))
            yield '");\n'
        if environment.getattr(l_1_E, 'ioctl'):
            pass
            yield '\tif (size > _IOC_SIZEMASK)\n\t\tSKIP(return, "an ioctl number holds at most %u bytes", _IOC_SIZEMASK);\n'
        if environment.getattr(l_1_E, 'args'):
            pass
            yield '\tif (variant->bad_arg >= 0)\n\t\ta[variant->bad_arg] = variant->bad_value;\n'
        yield '\tsize_test_fill(self->buf, self->len, '
        yield str(('true' if environment.getattr(l_1_E, 'reads') else 'false'))
        yield ', '
        yield str(environment.getattr(l_1_E, 'request_end'))
        yield ',\n\t\t       variant->tail ? (long)(size - variant->tail) : -1);\n'
        if environment.getattr(l_1_E, 'size_field'):
            pass
            yield '\t*('
            yield str(environment.getattr(l_1_E, 'size_field'))
            yield ' *)(self->buf + '
            yield str(environment.getattr(l_1_E, 'size_offset'))
            yield ') = size;\n'
        for (l_2_type, l_2_offset, l_2_value) in environment.getattr(l_1_E, 'base'):
            _loop_vars = {}
            pass
            yield '\t*('
            yield str(l_2_type)
            yield ' *)(self->buf + '
            yield str(l_2_offset)
            yield ') = '
            yield str(l_2_value)
            yield ';\t/* the checks need it set */\n'
        l_2_type = l_2_offset = l_2_value = missing
        yield '\tmemcpy(self->want, self->buf, self->len);\n\n\tif (variant->major && !kernel_has(variant->major, variant->minor))\n\t\tTH_LOG("the kernel predates this size (Linux %u.%u): larger than its own",\n\t\t       variant->major, variant->minor);\n\n\tret = '
        yield str(environment.getattr(l_1_E, 'call'))
        yield ';\n\terr = ret < 0 ? errno : 0;\n\tif (ret == 0 && getpid() != self->pid)\n\t\t_exit(0);\t/* the child of a call that made one */\n'
        if environment.getattr(l_1_E, 'forks'):
            pass
            yield '\tif (ret > 0)\n\t\twaitpid(ret, NULL, __WALL);\n'
        else:
            pass
            yield '\tif (ret > 0)\n\t\tclose(ret);\n'
        yield '\tASSERT_EQ(variant->err, err) {\n\t\tTH_LOG("size %zu: %s", size, strerror(err));\n\t}\n'
        if environment.getattr(l_1_E, 'size_field'):
            pass
            yield '\tif (variant->write_back)\n\t\t*('
            yield str(environment.getattr(l_1_E, 'size_field'))
            yield ' *)(self->want + '
            yield str(environment.getattr(l_1_E, 'size_offset'))
            yield ') = self->kernel_size;\n'
        if (not environment.getattr(l_1_E, 'reads')):
            pass
            yield "\t/* The kernel writes the struct cut to the caller's size, zeros past its own. */\n\tdone = size < self->kernel_size ? size : self->kernel_size;\n\tif (!err && !variant->null) {\n\t\tmemcpy(self->want, self->buf, done);\n\t\tmemset(self->want + done, 0, size - done);\n\t}\n"
        if environment.getattr(l_1_E, 'report'):
            pass
            yield '\tif (!err)\n\t\tASSERT_EQ(done, *('
            yield str(environment.getattr(l_1_E, 'report'))
            yield ' *)(self->buf + '
            yield str(environment.getattr(l_1_E, 'report_offset'))
            yield '));\n'
        yield '\toff = first_difference(self->buf, self->want, self->len);\n\tASSERT_EQ(-1, off) {\n\t\tTH_LOG("byte %ld is 0x%02x, not 0x%02x", off, self->buf[off], self->want[off]);\n\t}\n}\n'
    l_1_E = missing
    yield '\nTEST_HARNESS_MAIN\n'

blocks = {}
debug_info = '1=50&2=52&5=54&8=56&9=60&13=65&15=69&16=72&17=76&18=80&20=85&22=88&25=95&30=102&32=105&35=107&36=109&38=111&39=115&42=125&44=129&51=131&54=134&59=138&71=140&73=144&74=146&75=150&76=154&81=162&83=164&95=168&96=171&101=173&105=176&111=180&114=182&117=185&122=189&126=191&127=193&128=195&130=197&137=201&138=205&139=208&141=212&145=215&149=219&151=223&152=226&154=230&155=234&163=242&167=244&177=251&179=254&181=258&189=261&191=264'
