# Written by python3 -m clonegen.precompile from templates/libc.c.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'libc.c.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_spec = resolve('spec')
    l_0_call = resolve('call')
    l_0_lv = resolve('lv')
    l_0_fb = resolve('fb')
    l_0_c = l_0_L = l_0_P = missing
    try:
        t_1 = environment.filters['c_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'c_comment' found.")
    try:
        t_2 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
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
    pass
    l_0_c = context.vars['c'] = environment.get_template('macros/c.j2', 'libc.c.j2')._get_default_module(context)
    context.exported_vars.discard('c')
    l_0_L = (undefined(name='view') if l_0_view is missing else l_0_view)
    context.vars['L'] = l_0_L
    context.exported_vars.add('L')
    l_0_P = environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'macro_prefix')
    context.vars['P'] = l_0_P
    context.exported_vars.add('P')
    yield str(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'banner'), (undefined(name='spec') if l_0_spec is missing else l_0_spec), 'MIT OR GPL-2.0 WITH Linux-syscall-note', 'line'))
    yield '\n\n#ifndef _GNU_SOURCE\n#define _GNU_SOURCE\n#endif\n/* Ours first: the header stands alone, and the system\'s may follow it. */\n#include "'
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'name'))
    yield '.h"\n\n#include <errno.h>\n#include <inttypes.h>\n#include <stdio.h>\n'
    for l_1_h in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'source_headers'):
        _loop_vars = {}
        pass
        yield '#include <'
        yield str(l_1_h)
        yield '>\n'
    l_1_h = missing
    yield '#include <string.h>\n'
    for l_1_h in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'ioctl_headers'):
        _loop_vars = {}
        pass
        yield '#include <'
        yield str(l_1_h)
        yield '>\n'
    l_1_h = missing
    yield '#include <sys/syscall.h>\n#include <unistd.h>\n'
    for l_1_h in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'uapi_headers'):
        _loop_vars = {}
        pass
        yield '#if defined(__has_include)\n# if __has_include(<'
        yield str(l_1_h)
        yield '>)\n#  include <'
        yield str(l_1_h)
        yield '>\n# endif\n#else\n# include <'
        yield str(l_1_h)
        yield '>\n#endif\n'
    l_1_h = missing
    yield '\n/* Again, now that the system\'s names are visible: its agreement checks run. */\n#include "'
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'name'))
    yield '.h"\n\n'
    if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'system_checks'):
        pass
        yield "/* The C library's values are the spec's on every architecture the spec states. */\n"
        for l_1_s in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'system_checks'):
            _loop_vars = {}
            pass
            for l_2_case in environment.getattr(l_1_s, 'cases'):
                _loop_vars = {}
                pass
                if environment.getattr(l_1_s, 'only'):
                    pass
                    yield '/* '
                    yield str(t_1(environment.getattr(l_1_s, 'why')))
                    yield ' */\n'
                yield '#if '
                yield str((str_join(('(', environment.getattr(l_2_case, 'condition'), ') && ', environment.getattr(l_1_s, 'only'), )) if environment.getattr(l_1_s, 'only') else environment.getattr(l_2_case, 'condition')))
                yield '\n'
                yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'assert_macro'))
                yield '(libc_'
                yield str(environment.getattr(l_1_s, 'name'))
                yield ', '
                yield str(environment.getattr(l_1_s, 'name'))
                yield ' == '
                yield str(environment.getattr(l_2_case, 'value'))
                yield ', "<'
                yield str(environment.getattr(l_1_s, 'header'))
                yield '> and the spec agree on '
                yield str(environment.getattr(l_1_s, 'name'))
                yield '");\n#endif\n'
            l_2_case = missing
        l_1_s = missing
        yield '\n'
    if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'main'):
        pass
        l_0_call = environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'main')
        context.vars['call'] = l_0_call
        context.exported_vars.add('call')
        yield "/* The number from <sys/syscall.h> when it knows it, else the spec's table. */\n#ifdef SYS_"
        yield str(environment.getattr((undefined(name='call') if l_0_call is missing else l_0_call), 'syscall'))
        yield '\n# define '
        yield str(environment.getattr((undefined(name='call') if l_0_call is missing else l_0_call), 'number_macro'))
        yield ' SYS_'
        yield str(environment.getattr((undefined(name='call') if l_0_call is missing else l_0_call), 'syscall'))
        yield '\n'
        for l_1_case in environment.getattr((undefined(name='call') if l_0_call is missing else l_0_call), 'numbers'):
            _loop_vars = {}
            pass
            yield '#elif '
            yield str(environment.getattr(l_1_case, 'condition'))
            yield '\n# define '
            yield str(environment.getattr((undefined(name='call') if l_0_call is missing else l_0_call), 'number_macro'))
            yield ' '
            yield str(environment.getattr(l_1_case, 'value'))
            yield '\n'
        l_1_case = missing
        yield '#else\n# define '
        yield str(environment.getattr((undefined(name='call') if l_0_call is missing else l_0_call), 'number_macro'))
        yield ' '
        yield str(environment.getattr((undefined(name='call') if l_0_call is missing else l_0_call), 'default_number'))
        yield '\n#endif\n\nlong '
        yield str(environment.getattr((undefined(name='call') if l_0_call is missing else l_0_call), 'name'))
        yield '('
        yield str(t_3(context.eval_ctx, environment.getattr((undefined(name='call') if l_0_call is missing else l_0_call), 'params'), ', '))
        yield ')\n{\n\treturn syscall('
        yield str(environment.getattr((undefined(name='call') if l_0_call is missing else l_0_call), 'number_macro'))
        yield ', '
        yield str(t_3(context.eval_ctx, environment.getattr((undefined(name='call') if l_0_call is missing else l_0_call), 'arguments'), ', '))
        yield ');\n}\n'
    for l_1_call in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'calls'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_call, 'syscall'):
            pass
            yield "\n/* The number from <sys/syscall.h> when it knows it, else the spec's table. */\n#ifdef SYS_"
            yield str(environment.getattr(l_1_call, 'syscall'))
            yield '\n# define '
            yield str(environment.getattr(l_1_call, 'number_macro'))
            yield ' SYS_'
            yield str(environment.getattr(l_1_call, 'syscall'))
            yield '\n'
            for l_2_case in environment.getattr(l_1_call, 'numbers'):
                _loop_vars = {}
                pass
                yield '#elif '
                yield str(environment.getattr(l_2_case, 'condition'))
                yield '\n# define '
                yield str(environment.getattr(l_1_call, 'number_macro'))
                yield ' '
                yield str(environment.getattr(l_2_case, 'value'))
                yield '\n'
            l_2_case = missing
            yield '#else\n# define '
            yield str(environment.getattr(l_1_call, 'number_macro'))
            yield ' '
            yield str(environment.getattr(l_1_call, 'default_number'))
            yield '\n#endif\n'
        yield '\nlong '
        yield str(environment.getattr(l_1_call, 'name'))
        yield '('
        yield str(t_3(context.eval_ctx, environment.getattr(l_1_call, 'params'), ', '))
        yield ')\n{\n\treturn syscall('
        yield str(('SYS_ioctl' if (not environment.getattr(l_1_call, 'syscall')) else environment.getattr(l_1_call, 'number_macro')))
        yield ', '
        yield str(t_3(context.eval_ctx, environment.getattr(l_1_call, 'arguments'), ', '))
        yield ');\n}\n'
    l_1_call = missing
    if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'levels'):
        pass
        l_0_lv = environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'levels')
        context.vars['lv'] = l_0_lv
        context.exported_vars.add('lv')
        yield '\n/* Per level of the interface, the bits each field keeps on a kernel of that level. */\nstatic const struct {\n\tlong level;\n\tunsigned long long keep['
        yield str(t_4(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'fields')))
        yield '];\n} '
        yield str(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'table'))
        yield '[] = {\n'
        for (l_1_level, l_1_keep) in environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'rows'):
            _loop_vars = {}
            pass
            yield '\t{ '
            yield str(l_1_level)
            yield ', { '
            yield str(t_3(context.eval_ctx, l_1_keep, ', '))
            yield ' } },\n'
        l_1_level = l_1_keep = missing
        yield '};\n\nint '
        yield str(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'for_level'))
        yield '(struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
        yield ' *attr, long level)\n{\n\tsize_t rows = sizeof('
        yield str(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'table'))
        yield ') / sizeof('
        yield str(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'table'))
        yield '[0]);\n\tsize_t n = 0;\n\n\twhile (n < rows && '
        yield str(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'table'))
        yield '[n].level <= level)\n\t\tn++;\n\tif (!n) {\n\t\terrno = EINVAL;\n\t\treturn -1;\n\t}\n'
        l_1_loop = missing
        for l_1_f, l_1_loop in LoopContext(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'fields'), undefined):
            _loop_vars = {}
            pass
            yield '\tattr->'
            yield str(l_1_f)
            yield ' &= '
            yield str(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'table'))
            yield '[n - 1].keep['
            yield str(environment.getattr(l_1_loop, 'index0'))
            yield '];\n'
        l_1_loop = l_1_f = missing
        for (l_1_f, l_1_other) in environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'within'):
            _loop_vars = {}
            pass
            yield '\tattr->'
            yield str(l_1_f)
            yield ' &= attr->'
            yield str(l_1_other)
            yield ';\n'
        l_1_f = l_1_other = missing
        yield '\treturn 0;\n}\n\nlong '
        yield str(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'abi_version'))
        yield '(void)\n{\n\treturn syscall('
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'number_macro'))
        yield ', '
        yield str(t_3(context.eval_ctx, environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'query_args'), ', '))
        yield ');\n}\n'
    yield '\n'
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'runtime_decode'))
    yield '\n'
    l_1_loop = missing
    for l_1_v, l_1_loop in LoopContext(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decode_values'), undefined):
        _loop_vars = {}
        pass
        l_2_loop = missing
        for l_2_case, l_2_loop in LoopContext(environment.getattr(l_1_v, 'cases'), undefined):
            _loop_vars = {}
            pass
            yield '#'
            yield str(('if' if environment.getattr(l_2_loop, 'first') else 'elif'))
            yield ' '
            yield str(environment.getattr(l_2_case, 'condition'))
            yield '\n# define '
            yield str(environment.getattr(l_1_v, 'macro'))
            yield ' '
            yield str(environment.getattr(l_2_case, 'value'))
            yield '\n'
        l_2_loop = l_2_case = missing
        yield '#else\n# define '
        yield str(environment.getattr(l_1_v, 'macro'))
        yield ' '
        yield str(environment.getattr(l_1_v, 'default'))
        yield '\n#endif\n'
    l_1_loop = l_1_v = missing
    for l_1_f in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decode_fields'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_f, 'names'):
            pass
            yield '\nstatic const struct clonegen_decode_name '
            yield str(environment.getattr(l_1_f, 'names_array'))
            yield '[] = {\n'
            for l_2_n in environment.getattr(l_1_f, 'names'):
                _loop_vars = {}
                pass
                yield '\t{ "'
                yield str(environment.getattr(l_2_n, 'name'))
                yield '", '
                yield str(environment.getattr(l_2_n, 'value'))
                yield ', '
                yield str(environment.getattr(l_2_n, 'since'))
                yield ' },\n'
            l_2_n = missing
            yield '};\n'
        if environment.getattr(l_1_f, 'modes'):
            pass
            yield '\nstatic const struct clonegen_decode_name '
            yield str(environment.getattr(l_1_f, 'modes_array'))
            yield '[] = {\n'
            for l_2_n in environment.getattr(l_1_f, 'modes'):
                _loop_vars = {}
                pass
                yield '\t{ "'
                yield str(environment.getattr(l_2_n, 'name'))
                yield '", '
                yield str(environment.getattr(l_2_n, 'value'))
                yield ', '
                yield str(environment.getattr(l_2_n, 'since'))
                yield ' },\n'
            l_2_n = missing
            yield '};\n'
        if environment.getattr(l_1_f, 'show_nonzero'):
            pass
            yield '\nstatic const int '
            yield str(environment.getattr(l_1_f, 'nonzero_array'))
            yield '[] = { '
            yield str(t_3(context.eval_ctx, environment.getattr(l_1_f, 'show_nonzero'), ', '))
            yield ' };\n'
    l_1_f = missing
    yield '\nstatic const struct clonegen_decode_field clonegen_decode_fields[] = {\n'
    for l_1_f in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decode_fields'):
        _loop_vars = {}
        pass
        yield '\t{ "'
        yield str(environment.getattr(l_1_f, 'name'))
        yield '", '
        yield str(environment.getattr(l_1_f, 'offset'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'size'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'print'))
        yield ',\n\t  '
        yield str(environment.getattr(l_1_f, 'names_array'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'nr_names'))
        yield ',\n\t  '
        yield str(environment.getattr(l_1_f, 'modes_array'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'nr_modes'))
        yield ', "'
        yield str(environment.getattr(l_1_f, 'unknown'))
        yield '",\n\t  '
        yield str(environment.getattr(l_1_f, 'show_field'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'show_bits'))
        yield ',\n\t  '
        yield str(environment.getattr(l_1_f, 'nonzero_array'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'nr_nonzero'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'past_size'))
        yield ',\n\t  '
        yield str(environment.getattr(l_1_f, 'count'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'element'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'max'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'reach'))
        yield ',\n\t  '
        yield str(environment.getattr(l_1_f, 'hide_field'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'hide_bits'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'unless_negative'))
        yield ' },\n'
    l_1_f = missing
    yield '};\n\nstatic const struct clonegen_decode_version clonegen_decode_versions[] = {\n'
    for (l_1_size, l_1_since) in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decode_versions'):
        _loop_vars = {}
        pass
        yield '\t{ '
        yield str(l_1_size)
        yield ', '
        yield str(l_1_since)
        yield ' },\n'
    l_1_size = l_1_since = missing
    yield '};\n\nstatic const struct clonegen_decode_entry clonegen_decode_entries[] = {\n'
    for l_1_e in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decode_entries'):
        _loop_vars = {}
        pass
        yield '\t{ "'
        yield str(environment.getattr(l_1_e, 'name'))
        yield '", '
        yield str(environment.getattr(l_1_e, 'size_field'))
        yield ', '
        yield str(environment.getattr(l_1_e, 'zero_size'))
        yield ', '
        yield str(t_2(environment.getattr(l_1_e, 'output')))
        yield ', '
        yield str(t_2(environment.getattr(l_1_e, 'more')))
        yield ' },\n'
    l_1_e = missing
    yield '};\n\nsize_t '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decode_function'))
    yield '(char *out, size_t outlen, const void *data, size_t len, uint64_t size,\n\tconst struct '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decoding'))
    yield ' *how)\n{\n\treturn clonegen_decode(clonegen_decode_fields, CLONEGEN_COUNT(clonegen_decode_fields),\n\t\t\t       clonegen_decode_versions, CLONEGEN_COUNT(clonegen_decode_versions),\n\t\t\t       clonegen_decode_entry(clonegen_decode_entries,\n\t\t\t\t\t\t     CLONEGEN_COUNT(clonegen_decode_entries),\n\t\t\t\t\t\t     how ? how->entry : NULL),\n\t\t\t       out, outlen, data, len, size, how ? how->addr : 0,\n\t\t\t       how ? how->release : 0, how ? how->peek : NULL, how ? how->ctx : NULL);\n}\n'
    if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'forklike'):
        pass
        l_0_fb = environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'fallback')
        context.vars['fb'] = l_0_fb
        context.exported_vars.add('fb')
        yield '\nstatic volatile int '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_is_missing;\n\n'
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'runtime_run'))
        yield '\n\n/* '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '() for a request the caller gave as const. */\nstatic long '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_syscall(const struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
        yield ' *args, size_t size)\n{\n\treturn syscall('
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'number_macro'))
        yield ', args, size);\n}\n\nint '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_missing(void)\n{\n\treturn '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield "_is_missing;\n}\n\n/*\n * The request with the kernel's zero-fill, read only where and when the\n * kernel would read it: after its size checks, and through\n * clonegen_read_user(), so a byte it would answer EFAULT for is EFAULT here\n * too. With @tail, also the kernel's check that an unknown tail is zero.\n * Returns 0 or the errno the kernel would give.\n */\nstatic int "
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'read_request(struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
        yield ' *out, const struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
        yield ' *args, size_t size, int tail)\n{\n\tunsigned char chunk[256];\n\tsize_t at, n, i;\n\tint err;\n\n\tmemset(out, 0, sizeof(*out));\n'
        for l_1_s in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'size_checks'):
            _loop_vars = {}
            pass
            yield '\tif ('
            yield str(environment.getattr(l_1_s, 'condition'))
            yield ')\n\t\treturn '
            yield str(environment.getattr(l_1_s, 'errno'))
            yield ';\n'
        l_1_s = missing
        yield '\tfor (at = sizeof(*out); tail && at < size; at += n) {\n\t\tn = size - at < sizeof(chunk) ? size - at : sizeof(chunk);\n\t\terr = clonegen_read_user(chunk, (const unsigned char *)args + at, n);\n\t\tif (err)\n\t\t\treturn err;\n\t\tfor (i = 0; i < n; i++)\n\t\t\tif (chunk[i])\n\t\t\t\treturn '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'tail_errno'))
        yield ';\n\t}\n\treturn clonegen_read_user(out, args, size < sizeof(*out) ? size : sizeof(*out));\n}\n'
        if (undefined(name='fb') if l_0_fb is missing else l_0_fb):
            pass
            yield "\n/*\n * The user address limit of access_ok() (x86_64's, as the Python bindings use),\n * 0x7ffffffff000, without a long long constant, which C++98 lacks.\n */\n#define CLONEGEN_USER_PTR_MAX (((uint64_t)0x7fffU << 32) | 0xfffff000U)\n\n/* access_ok(): [addr, addr + len) lies in user memory. */\nstatic int clonegen_access_ok(uint64_t addr, uint64_t len)\n{\n\treturn addr + len >= addr && addr + len <= CLONEGEN_USER_PTR_MAX;\n}\n\n/* The kernel's spelling of what the checks below use. */\ntypedef uint64_t u64;\n#define hweight64(x) __builtin_popcountll(x)\n\n/* The kernel's values the checks below compare with, as the spec states them. */\n"
            l_1_loop = missing
            for l_1_v, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'verdict'), 'values'), undefined):
                _loop_vars = {}
                pass
                if environment.getattr(l_1_v, 'parts'):
                    pass
                    yield '#define '
                    yield str(environment.getattr(l_1_v, 'macro'))
                    yield ' ( \\\n'
                    for l_2_part in environment.getattr(l_1_v, 'parts'):
                        _loop_vars = {}
                        pass
                        yield '\t'
                        yield str(l_2_part)
                        yield ' | \\\n'
                    l_2_part = missing
                    yield '\t0)\n'
                l_2_loop = missing
                for l_2_case, l_2_loop in LoopContext(environment.getattr(l_1_v, 'cases'), undefined):
                    _loop_vars = {}
                    pass
                    yield '#'
                    yield str(('if' if environment.getattr(l_2_loop, 'first') else 'elif'))
                    yield ' '
                    yield str(environment.getattr(l_2_case, 'condition'))
                    yield '\n# define '
                    yield str(environment.getattr(l_1_v, 'macro'))
                    yield ' '
                    yield str(environment.getattr(l_2_case, 'value'))
                    yield '\n'
                l_2_loop = l_2_case = missing
                if environment.getattr(l_1_v, 'cases'):
                    pass
                    yield '#else\n# define '
                    yield str(environment.getattr(l_1_v, 'macro'))
                    yield ' '
                    yield str(environment.getattr(l_1_v, 'default'))
                    yield '\n#endif\n'
                elif (not environment.getattr(l_1_v, 'parts')):
                    pass
                    yield '#define '
                    yield str(environment.getattr(l_1_v, 'macro'))
                    yield ' '
                    yield str(environment.getattr(l_1_v, 'default'))
                    yield '\n'
            l_1_loop = l_1_v = missing
            yield '\n/*\n * What '
            yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
            yield "() says of the request @v of @size bytes after its size\n * checks: the spec's checks in the kernel's order, on the caller's values\n * and on the kernel's. The fallback refuses what "
            yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
            yield '() refuses,\n * with its errno, before it asks '
            yield str(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'entry'))
            yield '(), which would accept more.\n * Returns 0 or the errno value.\n */\nstatic int '
            yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
            yield '_verdict(const struct '
            yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
            yield ' *v, size_t size)\n{\n'
            for l_1_k in environment.getattr(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'verdict'), 'kernel'):
                _loop_vars = {}
                pass
                yield '\t'
                yield str(environment.getattr(l_1_k, 'type'))
                yield ' k_'
                yield str(environment.getattr(l_1_k, 'name'))
                yield ' = '
                yield str(environment.getattr(l_1_k, 'value'))
                yield ';\n'
            l_1_k = missing
            yield '\n\t(void)size;\n'
            for l_1_c in environment.getattr(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'verdict'), 'checks'):
                _loop_vars = {}
                pass
                yield '\tif ('
                yield str(environment.getattr(l_1_c, 'condition'))
                yield ')\n\t\treturn '
                yield str(environment.getattr(l_1_c, 'errno'))
                yield ';\n'
            l_1_c = missing
            yield '\treturn 0;\n}\n\n/*\n * The same request through '
            yield str(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'entry'))
            yield "(), the way the kernel's "
            yield str(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'entry'))
            yield '() entry\n * fills struct '
            yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel'), 'struct'))
            yield '. Returns -2 when the request cannot\n * be said there: a field '
            yield str(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'entry'))
            yield '() has no place for, or two fields the\n * system call uses that '
            yield str(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'entry'))
            yield '() takes from one argument and that differ.\n * A field the system call ignores (a pointer without its flag) is left out.\n */\nstatic long '
            yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
            yield '_legacy(const struct '
            yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
            yield ' *a)\n{\n'
            def t_5(fiter):
                for l_1_arg in fiter:
                    if (environment.getattr(l_1_arg, 'combine') != 'none'):
                        yield l_1_arg
            for l_1_arg in t_5(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'args')):
                _loop_vars = {}
                pass
                yield '\tunsigned long '
                yield str(environment.getattr(l_1_arg, 'name'))
                yield ' = 0;\n'
            l_1_arg = missing
            def t_6(fiter):
                for l_1_arg in fiter:
                    if environment.getattr(l_1_arg, 'shared'):
                        yield l_1_arg
            for l_1_arg in t_6(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'args')):
                _loop_vars = {}
                pass
                yield '\tint '
                yield str(environment.getattr(l_1_arg, 'name'))
                yield '_given = 0; /* a source the call uses has set it, to zero too */\n'
            l_1_arg = missing
            yield '\n'
            for l_1_f in environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'zero_fields'):
                _loop_vars = {}
                pass
                yield '\tif (a->'
                yield str(l_1_f)
                yield ')\n\t\treturn -2;\n'
            l_1_f = missing
            def t_7(fiter):
                for l_1_arg in fiter:
                    if (environment.getattr(l_1_arg, 'combine') != 'none'):
                        yield l_1_arg
            for l_1_arg in t_7(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'args')):
                _loop_vars = {}
                pass
                for l_2_s in environment.getattr(l_1_arg, 'sources'):
                    _loop_vars = {}
                    pass
                    if environment.getattr(l_2_s, 'clear'):
                        pass
                        yield '\tif (a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ' & ~(uint64_t)(0xffffffffU & ~(uint32_t)'
                        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
                        yield str(environment.getattr(l_2_s, 'clear'))
                        yield '))\n\t\treturn -2;\n\t'
                        yield str(environment.getattr(l_1_arg, 'name'))
                        yield ' |= (unsigned long)a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ';\n'
                    elif environment.getattr(l_2_s, 'keep'):
                        pass
                        yield '\tif (a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ' & ~(uint64_t)'
                        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
                        yield str(environment.getattr(l_2_s, 'keep'))
                        yield ')\n\t\treturn -2;\n\t'
                        yield str(environment.getattr(l_1_arg, 'name'))
                        yield ' |= (unsigned long)a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ';\n'
                    elif environment.getattr(l_2_s, 'to_top'):
                        pass
                        yield '\tif ((uint64_t)(unsigned long)(a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ' + a->'
                        yield str(environment.getattr(l_2_s, 'to_top'))
                        yield ') != a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ' + a->'
                        yield str(environment.getattr(l_2_s, 'to_top'))
                        yield ')\n\t\treturn -2;\n\tif (a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ')\n\t\t'
                        yield str(environment.getattr(l_1_arg, 'name'))
                        yield ' = (unsigned long)(a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ' + a->'
                        yield str(environment.getattr(l_2_s, 'to_top'))
                        yield ');\n'
                    elif environment.getattr(l_2_s, 'used_when'):
                        pass
                        yield '\tif ('
                        yield str(environment.getattr(l_2_s, 'used_when'))
                        yield ') {\n\t\tif ((uint64_t)(unsigned long)a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ' != a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ')\n\t\t\treturn -2;\n\t\tif ('
                        yield str(environment.getattr(l_1_arg, 'name'))
                        yield '_given && '
                        yield str(environment.getattr(l_1_arg, 'name'))
                        yield ' != (unsigned long)a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ')\n\t\t\treturn -2;\n\t\t'
                        yield str(environment.getattr(l_1_arg, 'name'))
                        yield ' = (unsigned long)a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ';\n\t\t'
                        yield str(environment.getattr(l_1_arg, 'name'))
                        yield '_given = 1;\n\t}\n'
                    else:
                        pass
                        yield '\tif ((uint64_t)(unsigned long)a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ' != a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ')\n\t\treturn -2;\n\tif (a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ') {\n\t\tif ('
                        yield str(environment.getattr(l_1_arg, 'name'))
                        yield '_given && '
                        yield str(environment.getattr(l_1_arg, 'name'))
                        yield ' != (unsigned long)a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ')\n\t\t\treturn -2;\n\t\t'
                        yield str(environment.getattr(l_1_arg, 'name'))
                        yield ' = (unsigned long)a->'
                        yield str(environment.getattr(l_2_s, 'field'))
                        yield ';\n\t\t'
                        yield str(environment.getattr(l_1_arg, 'name'))
                        yield '_given = 1;\n\t}\n'
                l_2_s = missing
            l_1_arg = missing
            yield '\n'
            l_1_loop = missing
            for l_1_o, l_1_loop in LoopContext(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'orders'), undefined):
                _loop_vars = {}
                pass
                if environment.getattr(l_1_o, 'condition'):
                    pass
                    yield '#'
                    yield str(('if' if environment.getattr(l_1_loop, 'first') else 'elif'))
                    yield ' '
                    yield str(environment.getattr(l_1_o, 'condition'))
                    yield '\n'
                else:
                    pass
                    yield '#else\n'
                yield '\treturn syscall(SYS_'
                yield str(environment.getattr((undefined(name='fb') if l_0_fb is missing else l_0_fb), 'entry'))
                for l_2_a in environment.getattr(l_1_o, 'arguments'):
                    _loop_vars = {}
                    pass
                    yield ', '
                    yield str(l_2_a)
                l_2_a = missing
                yield ');\n'
            l_1_loop = l_1_o = missing
            yield '#endif\n}\n'
        yield '\npid_t '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_fork(const struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
        yield ' *args, size_t size)\n{\n\tstruct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
        yield ' req;\n\tlong ret;\n\tint err;\n\n\t/*\n\t * The kernel gets only this private copy, the one checked here: a\n\t * request another thread changes meanwhile cannot become one refused\n\t * here. Bytes past the struct this library knows must be zero (E2BIG,\n\t * as from a kernel that does not know them): they could not be checked.\n\t */\n\terr = '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'read_request(&req, args, size, 1);\n\tif (err) {\n\t\t/*\n\t\t * No child can come of NULL: only whether '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '() is there\n\t\t * is asked (it reads nothing for a size it refuses, and else faults).\n\t\t */\n\t\tif (!'
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_is_missing && '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_syscall(NULL, size) == -1 && errno == ENOSYS)\n\t\t\t'
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_is_missing = 1;\n\t\terrno = err;\n\t\treturn -1;\n\t}\n'
        for l_1_f in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'refuse_fields'):
            _loop_vars = {}
            pass
            yield '\tif (req.'
            yield str(l_1_f)
            yield ')\n\t\tgoto refuse;\n'
        l_1_f = missing
        if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'refuse_flags'):
            pass
            yield '\tif (req.flags & ('
            yield str((undefined(name='P') if l_0_P is missing else l_0_P))
            yield str(t_3(context.eval_ctx, environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'refuse_flags'), str_join((' | ', (undefined(name='P') if l_0_P is missing else l_0_P), ))))
            yield '))\n\t\tgoto refuse;\n'
        yield '\tif (!'
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_is_missing) {\n\t\tret = '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_syscall(&req, size < sizeof(req) ? size : sizeof(req));\n\t\tif (ret != -1 || errno != ENOSYS)\n\t\t\treturn (pid_t)ret;\n\t\t'
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_is_missing = 1;\n\t}\n'
        if (undefined(name='fb') if l_0_fb is missing else l_0_fb):
            pass
            yield '\terr = '
            yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
            yield '_verdict(&req, size);\n\tif (err) {\n\t\terrno = err;\n\t\treturn -1;\n\t}\n\tret = '
            yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
            yield '_legacy(&req);\n\tif (ret == -2) {\n\t\terrno = ENOSYS;\n\t\treturn -1;\n\t}\n\treturn (pid_t)ret;\n'
        else:
            pass
            yield '\terrno = ENOSYS;\n\treturn -1;\n'
        yield 'refuse:\n\terrno = EINVAL;\n\treturn -1;\n}\n\npid_t '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_run(const struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
        yield ' *args, size_t size, int (*fn)(void *), void *arg)\n{\n\tlong ret = clonegen_run_on_stack('
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'number_macro'))
        yield ', args, size, fn, arg);\n\n\tif (ret < 0) {\n\t\terrno = (int)-ret;\n\t\treturn -1;\n\t}\n\treturn (pid_t)ret;\n}\n\n'
        if (environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'cut_flags') or environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'cut_struct')):
            pass
            yield '/*\n * What the fixed spawn code below may ask the kernel for that Linux '
            yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel_release'))
            yield "\n * lacks, for this file alone (the header names only what the release has): the ABI\n * never changes a flag's value or a field's place, and a kernel without them refuses them.\n */\n"
            for (l_1_name, l_1_value) in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'cut_flags'):
                _loop_vars = {}
                pass
                yield '#define '
                yield str(l_1_name)
                yield ' '
                yield str(l_1_value)
                yield '\n'
            l_1_name = l_1_value = missing
            if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'cut_struct'):
                pass
                yield '\nstruct clonegen_args {\n'
                for l_1_f in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'cut_struct'):
                    _loop_vars = {}
                    pass
                    yield '\t'
                    yield str(environment.getattr(l_1_f, 'type'))
                    yield ' '
                    yield str(environment.getattr(l_1_f, 'name'))
                    yield str((' __attribute__((aligned(8)))' if environment.getattr(l_1_f, 'aligned') else cond_expr_undefined("the inline if-expression on line 455 in 'libc.c.j2' evaluated to false and no else section was defined.")))
                    yield ';\n'
                l_1_f = missing
                yield '};\n'
            yield '\n'
        yield "/* The names the fixed spawn code below uses, bound to this spec's. */\n"
        for (l_1_name, l_1_value) in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'spawn_bindings'):
            _loop_vars = {}
            pass
            yield '#define '
            yield str(l_1_name)
            yield ' '
            yield str(l_1_value)
            yield '\n'
        l_1_name = l_1_value = missing
        yield '\n'
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'runtime_spawn'))
        yield '\nint '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn(const char *file, char *const argv[], char *const envp[],\n\tconst struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn_attr *attr, struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn_result *out)\n{\n\treturn clonegen_spawn(file, argv, envp, attr, out);\n}\n\nint '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_probe(struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_probe *out)\n{\n\tstatic const size_t sizes[] = {\n'
        for l_1_v in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'):
            _loop_vars = {}
            pass
            yield '\t\t'
            yield str((undefined(name='P') if l_0_P is missing else l_0_P))
            yield str(environment.getattr(l_1_v, 'macro'))
            yield ',\n'
        l_1_v = missing
        yield '\t};\n\tstatic const uint64_t flags[] = {\n'
        for l_1_f in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'probe_flags'):
            _loop_vars = {}
            pass
            yield '\t\t'
            yield str((undefined(name='P') if l_0_P is missing else l_0_P))
            yield str(l_1_f)
            yield ',\n'
        l_1_f = missing
        yield '\t};\n\n\treturn clonegen_probe(out, sizes, sizeof(sizes) / sizeof(sizes[0]), flags, sizeof(flags) / sizeof(flags[0]));\n}\n'

blocks = {}
debug_info = '1=41&2=43&3=46&4=49&10=51&15=53&16=57&19=61&20=65&24=69&26=73&27=75&30=77&35=81&37=83&39=86&40=89&41=92&42=95&44=98&45=100&51=115&52=117&54=121&55=123&56=127&57=131&58=133&61=139&64=143&66=147&69=151&70=154&73=157&74=159&75=163&76=167&77=169&80=175&84=180&86=184&89=189&90=191&95=195&96=197&97=199&98=203&102=209&104=213&107=217&113=220&114=224&116=231&117=235&122=241&124=243&128=248&129=251&130=255&131=259&132=263&135=269&138=274&139=277&141=280&142=282&143=286&147=294&149=297&150=299&151=303&155=311&157=314&162=320&163=324&164=332&165=336&166=342&167=346&168=352&169=360&174=368&175=372&180=378&181=382&185=394&186=396&196=398&197=400&199=404&201=406&203=408&204=410&206=414&209=416&211=418&221=420&228=426&229=430&230=432&239=436&243=438&262=442&263=445&264=448&265=450&266=454&270=459&271=463&272=467&274=472&276=475&278=479&279=482&284=488&286=490&287=492&290=494&292=498&293=502&297=510&298=514&299=516&305=520&306=524&307=526&308=528&311=530&313=534&314=542&316=545&317=553&320=557&321=561&324=564&325=571&326=574&327=577&329=582&330=586&331=589&333=594&334=598&335=601&337=609&338=611&339=617&340=620&341=622&343=626&345=632&346=636&349=641&351=645&352=647&354=653&355=657&361=663&362=666&363=669&367=677&373=688&375=692&385=694&388=696&391=698&392=702&396=704&397=708&400=711&401=714&404=718&405=720&408=722&410=724&411=727&416=729&431=735&433=739&442=741&444=744&448=746&449=750&451=755&454=758&455=762&462=771&463=775&466=781&467=783&468=785&473=789&476=793&477=797&481=802&482=806'
