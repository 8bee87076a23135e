# Written by python3 -m clonegen.precompile from templates/libc.h.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'libc.h.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_spec = resolve('spec')
    l_0_col = resolve('col')
    l_0_lv = resolve('lv')
    l_0_c = l_0_L = l_0_P = missing
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
        t_3 = environment.filters['tab_column']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'tab_column' found.")
    try:
        t_4 = environment.filters['tab_to']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'tab_to' found.")
    try:
        t_5 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    l_0_c = context.vars['c'] = environment.get_template('macros/c.j2', 'libc.h.j2')._get_default_module(context)
    context.exported_vars.discard('c')
    l_0_L = (undefined(name='view') if l_0_view is missing else l_0_view)
    context.vars['L'] = l_0_L
    context.exported_vars.add('L')
    l_0_P = environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'macro_prefix')
    context.vars['P'] = l_0_P
    context.exported_vars.add('P')
    yield str(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'banner'), (undefined(name='spec') if l_0_spec is missing else l_0_spec), 'MIT OR GPL-2.0 WITH Linux-syscall-note'))
    yield '\n#ifndef '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'guard'))
    yield '\n#define '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'guard'))
    yield '\n\n/*\n * The user-space view of struct '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
    yield ' for a libc or a program.\n * Every name carries the prefix '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
    yield ' ('
    yield str((undefined(name='P') if l_0_P is missing else l_0_P))
    yield " for macros), so this header\n * and the system's <linux/...> or libc headers can be included together in\n * any order; where the system's names are visible, static assertions check\n * that both agree.\n"
    if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'reserved_namespace'):
        pass
        yield ' *\n * The prefix '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield ' lies in the namespace C reserves to the implementation:\n * these files are part of a C library, the one that may use it.\n'
    yield " *\n * What each function returns, and errno (the same as each function's Return:):\n"
    for l_1_r in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'returns'):
        _loop_vars = {}
        pass
        yield ' *\n'
        yield str(t_5(environment.getattr(l_1_r, 'line'), 76, ' *   ', ' * '))
        yield '\n'
    l_1_r = missing
    yield ' */\n\n'
    for l_1_h in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'header_headers'):
        _loop_vars = {}
        pass
        yield '#include <'
        yield str(l_1_h)
        yield '>\n'
    l_1_h = missing
    yield '\n#ifdef __cplusplus\nextern "C" {\n#endif\n\n/*\n * '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'assert_macro'))
    yield '(name, expr, message): a compile-time check. C11 and\n * C++11 have static assertions; C99 and C++98 do not, so there an array of\n * negative size (a typedef named after @name) is the error.\n */\n#if defined(__cplusplus) && __cplusplus >= 201103L\n# define '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'assert_macro'))
    yield '(name, expr, message) static_assert(expr, message)\n#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L\n# define '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'assert_macro'))
    yield "(name, expr, message) _Static_assert(expr, message)\n#elif defined(__GNUC__)\n/* __extension__: the system's 64-bit constants are long long, which C++98 lacks. */\n# define "
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'assert_macro'))
    yield '(name, expr, message) \\\n\ttypedef char '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'name'))
    yield '_check_##name[(__extension__(expr)) ? 1 : -1]\n#else\n# define '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'assert_macro'))
    yield '(name, expr, message) \\\n\ttypedef char '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'name'))
    yield '_check_##name[(expr) ? 1 : -1]\n#endif\n'
    if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'has_u64_constants'):
        pass
        yield '\n/*\n * The 64-bit constants: C++98 has no long long constants, so there they are\n * built from uint64_t (and cannot be used in #if).\n */\n#if defined(__cplusplus) && __cplusplus < 201103L\n# define '
        yield str(str_join(((undefined(name='P') if l_0_P is missing else l_0_P), environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'spec_macro'), )))
        yield '_U64(high, low) (((uint64_t)(high) << 32) | (uint64_t)0x##low##U)\n#else\n# define '
        yield str(str_join(((undefined(name='P') if l_0_P is missing else l_0_P), environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'spec_macro'), )))
        yield '_U64(high, low) high##low##ULL\n#endif\n'
    for l_1_group in environment.getattr(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'uapi'), 'flag_groups'):
        l_1_col = l_0_col
        _loop_vars = {}
        pass
        yield '\n/* Flags of '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
        yield '.'
        yield str(environment.getattr(environment.getattr(l_1_group, 'field'), 'name'))
        yield '. */\n'
        l_1_col = t_3(t_2(context, environment.getattr(l_1_group, 'defines'), attribute='name'), str_join(('#define ', (undefined(name='P') if l_0_P is missing else l_0_P), )))
        _loop_vars['col'] = l_1_col
        for l_2_d in environment.getattr(l_1_group, 'defines'):
            _loop_vars = {}
            pass
            yield str(t_4(str_join(('#define ', (undefined(name='P') if l_0_P is missing else l_0_P), environment.getattr(l_2_d, 'name'), )), (undefined(name='col') if l_1_col is missing else l_1_col)))
            yield str(context.call(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'cxx98_value'), environment.getattr(l_2_d, 'libc_value'), str_join(((undefined(name='P') if l_0_P is missing else l_0_P), environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'spec_macro'), )), _loop_vars=_loop_vars))
            yield '\n'
        l_2_d = missing
    l_1_group = l_1_col = missing
    if environment.getattr(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'uapi'), 'constants'):
        pass
        yield '\n'
        l_0_col = t_3(t_2(context, environment.getattr(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'uapi'), 'constants'), attribute='name'), str_join(('#define ', (undefined(name='P') if l_0_P is missing else l_0_P), )))
        context.vars['col'] = l_0_col
        context.exported_vars.add('col')
        for l_1_d in environment.getattr(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'uapi'), 'constants'):
            _loop_vars = {}
            pass
            yield str(t_4(str_join(('#define ', (undefined(name='P') if l_0_P is missing else l_0_P), environment.getattr(l_1_d, 'name'), )), (undefined(name='col') if l_0_col is missing else l_0_col)))
            yield str(context.call(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'cxx98_value'), environment.getattr(l_1_d, 'libc_value'), str_join(((undefined(name='P') if l_0_P is missing else l_0_P), environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'spec_macro'), )), _loop_vars=_loop_vars))
            yield '\n'
        l_1_d = missing
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'struct_doc'), environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'), environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'doc'), environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'fields')))
    yield '\nstruct '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
    yield ' {\n'
    for l_1_f in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'fields'):
        _loop_vars = {}
        pass
        yield '\t'
        yield str(environment.getattr(l_1_f, 'type'))
        yield ' '
        yield str(environment.getattr(l_1_f, 'name'))
        yield str((' __attribute__((aligned(8)))' if environment.getattr(l_1_f, 'aligned') else cond_expr_undefined("the inline if-expression on line 83 in 'libc.h.j2' evaluated to false and no else section was defined.")))
        yield ';\n'
    l_1_f = missing
    yield '};\n\n'
    l_0_col = t_3(t_2(context, environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'), attribute='macro'), str_join(('#define ', (undefined(name='P') if l_0_P is missing else l_0_P), )))
    context.vars['col'] = l_0_col
    context.exported_vars.add('col')
    for l_1_v in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'):
        _loop_vars = {}
        pass
        yield str(t_4(str_join(('#define ', (undefined(name='P') if l_0_P is missing else l_0_P), environment.getattr(l_1_v, 'macro'), )), (undefined(name='col') if l_0_col is missing else l_0_col)))
        yield str(environment.getattr(l_1_v, 'size'))
        yield '\n'
    l_1_v = missing
    yield '\n/* The layout the kernel expects. */\n'
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'assert_macro'))
    yield '(size, sizeof(struct '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
    yield ') == '
    yield str((undefined(name='P') if l_0_P is missing else l_0_P))
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'latest'), 'macro'))
    yield ',\n\t"struct '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
    yield ' has the size of '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'latest'), 'name'))
    yield '");\n'
    for l_1_f in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'fields'):
        _loop_vars = {}
        pass
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'assert_macro'))
        yield '(offset_'
        yield str(environment.getattr(l_1_f, 'name'))
        yield ', offsetof(struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
        yield ', '
        yield str(environment.getattr(l_1_f, 'name'))
        yield ') == '
        yield str(environment.getattr(l_1_f, 'offset'))
        yield ', "'
        yield str(environment.getattr(l_1_f, 'name'))
        yield ' lies at '
        yield str(environment.getattr(l_1_f, 'offset'))
        yield '");\n'
    l_1_f = missing
    if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'main'):
        pass
        yield '\n/**\n'
        yield str(t_5(str_join((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'), '() - the raw ', environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'), '() system call', )), 76, ' * ', ' * '))
        yield '\n *\n'
        if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'forklike'):
            pass
            yield ' * Returns long, as syscall() does; every successful value fits in pid_t.\n *\n'
        yield str(t_5(str_join(('Return: ', context.call(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'returns_of'), environment.getattr(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'main'), 'name')), '.', )), 76, ' * ', ' * '))
        yield '\n */\nlong '
        yield str(environment.getattr(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'main'), 'name'))
        yield '('
        yield str(t_1(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'main'), 'params'), ', '))
        yield ');\n'
    for l_1_call in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'calls'):
        _loop_vars = {}
        pass
        yield '\n/**\n'
        yield str(t_5(str_join((environment.getattr(l_1_call, 'name'), '() - ', environment.getattr(l_1_call, 'doc'), )), 76, ' * ', ' * '))
        yield '\n *\n'
        yield str(t_5(str_join(('Return: ', context.call(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'returns_of'), environment.getattr(l_1_call, 'name'), _loop_vars=_loop_vars), '.', )), 76, ' * ', ' * '))
        yield '\n */\nlong '
        yield str(environment.getattr(l_1_call, 'name'))
        yield '('
        yield str(t_1(context.eval_ctx, environment.getattr(l_1_call, 'params'), ', '))
        yield ');\n'
    l_1_call = missing
    if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'levels'):
        pass
        l_0_lv = environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'levels')
        context.vars['lv'] = l_0_lv
        context.exported_vars.add('lv')
        yield '\n/**\n'
        yield str(t_5(str_join((environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'abi_version'), "() - the running kernel's level (", environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'value_name'), ')', )), 76, ' * ', ' * '))
        yield '\n *\n'
        yield str(t_5(str_join(('Return: ', context.call(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'returns_of'), environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'abi_version')), '.', )), 76, ' * ', ' * '))
        yield '\n */\nlong '
        yield str(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'abi_version'))
        yield '(void);\n\n/**\n'
        yield str(t_5(str_join((environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'for_level'), '() - cut a request to what a kernel of @level knows', )), 76, ' * ', ' * '))
        yield "\n * @attr: the request, changed in place\n * @level: the kernel's level, as the function above returns it\n *\n * The kernel refuses what its level does not know: a request cut to it\n * restricts as much as that kernel can.\n *\n"
        yield str(t_5(str_join(('Return: ', context.call(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'returns_of'), environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'for_level')), '.', )), 76, ' * ', ' * '))
        yield '\n */\nint '
        yield str(environment.getattr((undefined(name='lv') if l_0_lv is missing else l_0_lv), 'for_level'))
        yield '(struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
        yield ' *attr, long level);\n'
    yield '\n/*\n * Linux release @a.@b.@c, as '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decode_function'))
    yield "() compares releases: three digits a\n * number, so a stable release's sublevel above 255 (5.4.290) keeps its place.\n */\n#define "
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'release_macro'))
    yield '(a, b, c) \\\n\t((unsigned long)(a) * 1000000UL + (unsigned long)(b) * 1000UL + (unsigned long)(c))\n\n/**\n'
    yield str(t_5(str_join(('struct ', environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decoding'), ' - how ', environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decode_function'), '() decodes', )), 76, ' * ', ' * '))
    yield '\n * @addr: where the tracee keeps the struct: printed when it cannot be read.\n * @release: 0 names everything the spec knows; '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'release_macro'))
    yield '(6, 1, 0)\n *\tnames only what strace of that release knows (newer flags print in hex,\n *\tnewer fields count as the tail).\n * @peek: reads @len bytes of the tracee at @addr into @buf, 0 on success;\n *\tarrays are printed through it (NULL: as their address).\n * @ctx: passed to @peek.\n'
    yield str(t_5(str_join(('@entry: the system call that passed the struct, by name (', t_1(context.eval_ctx, t_2(context, environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decode_entries'), attribute='name'), ', '), '; NULL: ', environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'), '): a struct the kernel writes is read after the call, and after a failed one not at all (@data NULL). A name the spec does not have prints the address.', )), 76, ' *\t', ' * '))
    yield '\n */\nstruct '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decoding'))
    yield ' {\n\tuint64_t addr;\n\tunsigned long release;\n\tint (*peek)(void *ctx, uint64_t addr, void *buf, size_t len);\n\tvoid *ctx;\n\tconst char *entry;\n};\n\n/**\n'
    yield str(t_5(str_join((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decode_function'), '() - a struct ', environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'), ' as strace prints it', )), 76, ' * ', ' * '))
    yield "\n * @out: where the text goes, NUL-terminated and cut to @outlen like snprintf().\n * @outlen: the size of @out.\n * @data: the bytes read at the struct's address (NULL: none could be read).\n * @len: how many; a tracer reads min(@size, page size) so that a non-zero\n *\ttail past the struct is shown, as strace shows it.\n"
    if environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'size'), 'from_field'):
        pass
        yield ' * @size: the size argument of the call; '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '() has none and\n *\treads the size from the struct.\n'
    else:
        pass
        yield ' * @size: the size the caller passed to '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '().\n'
    yield " * @how: options, or NULL for none.\n *\n * The text is strace's: {flags=..., field=...}, with its field order, the\n * fields it leaves out, flag and signal names, unknown bits in hex and the\n * non-zero bytes past the struct.\n *\n"
    yield str(t_5(str_join(('Return: ', context.call(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'returns_of'), environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decode_function')), '.', )), 76, ' * ', ' * '))
    yield '\n */\nsize_t '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decode_function'))
    yield '(char *out, size_t outlen, const void *data, size_t len, uint64_t size,\n\tconst struct '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decoding'))
    yield ' *how);\n'
    if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'forklike'):
        pass
        yield '\n/**\n'
        yield str(t_5(str_join((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'), '_fork() - create a child like fork(), with the request in @args', )), 76, ' * ', ' * '))
        yield "\n *\n * The unsafe tier, like glibc's _Fork(): it runs no pthread_atfork()\n * handlers, and the C library does not update its own state in the child\n * either (its cached TID, robust mutex list, the locks another thread held:\n * malloc's, stdio's stay locked), so a child of a multithreaded parent may\n * call only async-signal-safe functions until it execs or exits. To start a\n * program, use "
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn().\n *\n * Tries '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '(). When the kernel answers ENOSYS (and only then), it\n * remembers that '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '() is missing and uses '
        yield str((environment.getattr(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'fallback'), 'entry') if environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'fallback') else environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall')))
        yield "() with this\n * architecture's argument order, if the request can be said there; if it\n * cannot, it fails with ENOSYS and does nothing. Requests that need a\n * separate stack or shared memory ("
        yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'refuse_flags'), ', '))
        yield ', or a\n * stack) fail with EINVAL: use '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_run() for those.\n *\n * It reads no byte of @args the kernel would not read: nothing for a size\n * the kernel refuses unread, and the rest through a system call, so where\n * the kernel would answer EFAULT it answers EFAULT, never SIGSEGV. Where\n * '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield "() is missing it makes the kernel's size and tail checks itself,\n * with the kernel's errno values.\n *\n"
        yield str(t_5(str_join(('Return: ', context.call(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'returns_of'), str_join((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'), '_fork', ))), '.', )), 76, ' * ', ' * '))
        yield '\n */\npid_t '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_fork(const struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
        yield ' *args, size_t size);\n\n/**\n'
        yield str(t_5(str_join((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'), '_run() - run @fn(@arg) in a child on the stack given in @args', )), 76, ' * ', ' * '))
        yield '\n *\n * For CLONE_VM, CLONE_VFORK and threads: the child calls @fn on its own\n'
        yield str(t_5(str_join(('stack and exits with its return value. ', environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'stack_arches'), ' only; ENOSYS elsewhere.', )), 76, ' * ', ' * '))
        yield '\n *\n'
        yield str(t_5(str_join(('Return: ', context.call(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'returns_of'), str_join((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'), '_run', ))), '.', )), 76, ' * ', ' * '))
        yield '\n */\npid_t '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_run(const struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'struct'))
        yield ' *args, size_t size, int (*fn)(void *), void *arg);\n\n/**\n'
        yield str(t_5(str_join((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'), '_missing() - whether ', environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'), '_fork() found ', environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'), '() missing', )), 76, ' * ', ' * '))
        yield '\n *\n'
        yield str(t_5(str_join(('Return: ', context.call(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'returns_of'), str_join((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'), '_missing', ))), '.', )), 76, ' * ', ' * '))
        yield '\n */\nint '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_missing(void);\n\n/* '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn_attr.flags: what '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn() does besides starting the program. */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_PIDFD\t\t0x0001\t/* out->pidfd: a pidfd of the child (CLONE_PIDFD) */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_CGROUP\t\t0x0002\t/* start in the cgroup2 directory @cgroup */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_ATOMIC\t\t0x0004\t/* CLONE_INTO_CGROUP or fail: no joining from the child */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_SETSID\t\t0x0008\t/* setsid() */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_SETPGROUP\t\t0x0010\t/* setpgid(0, @pgroup) */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield "SPAWN_SETSIGMASK\t\t0x0020\t/* start with *@sigmask, not the caller's mask */\n#define "
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_SETSIGDEF\t\t0x0040\t/* SIG_DFL for the signals in *@sigdefault */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield "SPAWN_SEARCH_PATH\t0x0080\t/* look a @file without '/' up in @path, like execvp() */\n#define "
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_CLOSE_FDS\t\t0x0100\t/* close every descriptor from 3 on but @keep_fds */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_CWD_FD\t\t0x0200\t/* fchdir(@cwd_fd) */\n\n/* '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield "spawn_action.kind: file actions, done in order, as posix_spawn's. */\n#define "
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_DUP2\t1\t/* dup2(@fd, @newfd); @fd == @newfd clears FD_CLOEXEC */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_CLOSE\t2\t/* close(@fd) */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_OPEN\t3\t/* open(@path, @oflag, @mode) as @fd */\n\n/* '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn_result.rung: how the child was made. */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_RUNG_CLONE3\t1\t/* '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '() with every field asked for */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_RUNG_CLONE3_VER0\t2\t/* E2BIG: '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '() of '
        yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'), 0), 'name'))
        yield '; the child joined the cgroup */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_RUNG_CLONE\t\t3\t/* ENOSYS: clone(); the child joined the cgroup */\n\n/* '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn_result.step: where the child failed before execve(). */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_AT_CLONE\t(-1)\t/* no child: creating it failed */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_AT_EXEC\t0\t/* execve(): the program */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_AT_CWD\t1\t/* chdir(@cwd) or fchdir(@cwd_fd) */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_AT_ACTION\t2\t/* the file action @index */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_AT_CGROUP\t3\t/* writing cgroup.procs (rungs 2 and 3) */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_AT_SESSION\t4\t/* setsid() or setpgid() */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_AT_SIGNALS\t5\t/* the signal mask */\n#define '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_AT_FDS\t6\t/* keeping @keep_fds[@index] or closing the others */\n\nstruct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn_action {\n\tconst char *path;\n\tint kind;\n\tint fd;\n\tint newfd;\n\tint oflag;\n\tunsigned int mode;\n\tint reserved;\t/* 0 */\n};\n\nstruct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn_result {\n\tpid_t pid;\t/* the child, -1 on failure */\n\tint pidfd;\t/* with '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_PIDFD, else -1 */\n\tint rung;\t/* '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_RUNG_*, also on failure (0: none was tried) */\n\tint step;\t/* '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_AT_*: where the child failed */\n\tint index;\t/* the action or kept descriptor at fault, or -1 */\n};\n\n/*\n'
        yield str(t_5(str_join(('sigset_t, which struct ', environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'), "spawn_attr holds, is POSIX, not ISO C: <signal.h> declares it only under a feature macro (_POSIX_C_SOURCE, _XOPEN_SOURCE, _GNU_SOURCE, _DEFAULT_SOURCE, or a compiler's GNU mode, which defines one). Without one, struct ", environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'), 'spawn_attr and ', environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'), 'spawn() are left out, the rest of this header stands, and a call of ', environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'), 'spawn() is an error that names the macro to define.', )), 76, ' * ', ' * '))
        yield '\n */\n#if defined(_POSIX_C_SOURCE) || defined(_POSIX_SOURCE) || defined(_XOPEN_SOURCE) || \\\n\tdefined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE)\nstruct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn_attr {\n\tunsigned int flags;\t\t\t/* '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_* */\n\tint cgroup;\t\t\t\t/* with '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_CGROUP: a cgroup2 directory */\n\tpid_t pgroup;\t\t\t\t/* with '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_SETPGROUP */\n\tint cwd_fd;\t\t\t\t/* with '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_CWD_FD */\n\tconst char *cwd;\t\t\t/* chdir() here, if not NULL */\n\tconst char *path;\t\t\t/* with '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_SEARCH_PATH; NULL: getenv("PATH") */\n\tconst sigset_t *sigmask;\t\t/* with '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_SETSIGMASK */\n\tconst sigset_t *sigdefault;\t\t/* with '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_SETSIGDEF */\n\tconst struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn_action *actions;\n\tsize_t nactions;\n\tconst int *keep_fds;\t\t\t/* with '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_CLOSE_FDS: kept, and inheritable */\n\tsize_t nkeep;\n\tuint64_t clone_flags;\t\t\t/* more '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '() flags: namespaces, ...; see '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn() */\n};\n\n/**\n'
        yield str(t_5(str_join((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'), 'spawn() - start a program, like posix_spawn(), in a cgroup and with a pidfd', )), 76, ' * ', ' * '))
        yield '\n * @file: the program; with '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield "SPAWN_SEARCH_PATH a name without '/' is looked up\n * @argv: its arguments, NULL-terminated\n * @envp: its environment, NULL-terminated; NULL: the caller's\n * @attr: what else to do; NULL: nothing\n * @out: the child's pid and pidfd, the rung, where it failed\n *\n * The safe tier: "
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield "() with CLONE_VM | CLONE_VFORK on a stack of its own\n * (CLONE_PIDFD and CLONE_INTO_CGROUP as asked), so nothing of the caller is\n * copied and the child, which shares the caller's memory, makes only\n * async-signal-safe system calls: signal handlers back to SIG_DFL, the\n * cgroup, setsid()/setpgid(), the file actions, the working directory,\n * closing descriptors, the signal mask, execve(). It runs no code of the\n * caller, takes no lock and calls no malloc(), so a multithreaded caller is\n * safe. It returns once the program runs, or has failed to start: then the\n * child's errno is returned and @out->step says where.\n *\n * When "
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '() answers E2BIG (a kernel without the cgroup field) or\n * ENOSYS (no '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '(), or a seccomp filter), it falls back (unless\n * '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield 'SPAWN_ATOMIC) to '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '() of '
        yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'), 0), 'name'))
        yield ' or to clone(), and the child moves\n * itself into the cgroup by writing its cgroup.procs before execve();\n'
        yield str(t_5(str_join(('@out->rung says which ran. ', environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'stack_arches'), '; ENOSYS elsewhere.', )), 76, ' * ', ' * '))
        yield '\n *\n'
        yield str(t_5(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'spawn_refusals'), 76, ' * ', ' * '))
        yield '\n *\n'
        yield str(t_5(str_join(('Return: ', context.call(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'returns_of'), str_join((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'), 'spawn', ))), '.', )), 76, ' * ', ' * '))
        yield '\n */\nint '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn(const char *file, char *const argv[], char *const envp[],\n\tconst struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn_attr *attr, struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn_result *out);\n#elif defined(__has_attribute)\n# if __has_attribute(__unavailable__)\nint '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'prefix'))
        yield 'spawn(const char *file, ...) __attribute__((__unavailable__(\n\t"needs sigset_t: define _POSIX_C_SOURCE 200809L (or _GNU_SOURCE) before the first #include")));\n# endif\n#endif\n\n/* What '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_probe() found the running kernel to accept. */\nstruct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield "_probe {\n\tuint64_t flags;\t\t/* the spec's flags the kernel accepts */\n\tuint64_t checked;\t/* the flags the probe could check */\n\tuint64_t size;\t\t/* the size of the highest version accepted, 0 if none */\n\tint error;\t\t/* 0: "
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield "() is there; ENOSYS: no such system call, or a seccomp filter; EPERM: policy; else the kernel's answer */\n\tint version;\t\t/* the highest version accepted: an index of "
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'), 0), 'macro'))
        yield '..., -1 none */\n\tint cgroup_errno;\t/* 0: CLONE_INTO_CGROUP works; E2BIG: no cgroup field; else why not (and no flag was checked) */\n\tint reserved;\t\t/* 0 */\n\tint flag_errno[64];\t/* by bit, for a checked flag it refused: EINVAL (unknown, or needs another flag), EPERM (policy), ... */\n};\n\n/**\n'
        yield str(t_5(str_join((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'), "_probe() - what the running kernel's ", environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'), '() accepts', )), 76, ' * ', ' * '))
        yield '\n * @out: the answers\n *\n * Makes '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield '() calls the kernel must refuse, and reads which check\n * refused them: a size below '
        yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'), 0), 'name'))
        yield " (EINVAL if the system call is\n * there), each version with its last word non-zero (E2BIG if the kernel\n * does not know it), each of the spec's flags with CLONE_VM and a cgroup\n * descriptor that cannot be open (EBADF once the flag is accepted). No\n * request can make a child; nothing of the caller is copied.\n *\n"
        yield str(t_5(str_join(('Return: ', context.call(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'returns_of'), str_join((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'), '_probe', ))), '.', )), 76, ' * ', ' * '))
        yield '\n */\nint '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_probe(struct '
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'raw_function'))
        yield '_probe *out);\n'
    yield '\n#ifdef __cplusplus\n}\n#endif\n\n#endif /* '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'guard'))
    yield " */\n\n/*\n * Agreement with the system's names, outside the include guard: each check\n * runs once, in the first inclusion of this header that sees the system's\n * macro. Include this header again after system headers to check theirs too\n * ("
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'name'))
    yield '.c does, after '
    yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'agreement_list'))
    yield ').\n */\n'
    for l_1_name in environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'agreement_names'):
        _loop_vars = {}
        pass
        yield '#if defined('
        yield str(l_1_name)
        yield ') && !defined('
        yield str(str_join(((undefined(name='P') if l_0_P is missing else l_0_P), environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'spec_macro'), )))
        yield '_CHECKED_'
        yield str(l_1_name)
        yield ')\n# define '
        yield str(str_join(((undefined(name='P') if l_0_P is missing else l_0_P), environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'spec_macro'), )))
        yield '_CHECKED_'
        yield str(l_1_name)
        yield '\n'
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'assert_macro'))
        yield '('
        yield str(l_1_name)
        yield ', '
        yield str((undefined(name='P') if l_0_P is missing else l_0_P))
        yield str(l_1_name)
        yield ' == '
        yield str(l_1_name)
        yield ', "'
        yield str(l_1_name)
        yield ' agrees with the system\'s");\n#endif\n'
    l_1_name = missing

blocks = {}
debug_info = '1=46&2=48&3=51&4=54&5=56&6=58&9=60&10=62&14=66&16=69&21=72&23=76&27=80&28=84&36=88&41=90&43=92&46=94&47=96&49=99&50=101&52=104&59=107&61=109&64=111&66=116&67=120&68=122&69=125&72=130&74=133&75=136&76=139&80=144&81=146&82=148&83=152&87=159&88=162&89=165&93=170&94=177&95=181&96=184&98=199&101=202&103=204&107=207&109=209&111=213&114=217&116=219&118=221&120=226&121=228&124=232&126=234&128=236&131=238&137=240&139=242&143=247&146=249&150=251&152=253&158=255&160=257&169=259&175=261&176=264&179=269&187=272&189=274&190=276&191=278&194=281&201=283&203=285&204=287&207=291&208=293&213=295&216=297&218=299&221=303&224=305&226=307&228=309&231=313&233=315&235=317&237=319&238=323&239=325&240=327&241=329&242=331&243=333&244=335&245=337&246=339&247=341&249=343&250=345&251=347&252=349&254=351&255=353&256=357&257=363&259=365&260=367&261=369&262=371&263=373&264=375&265=377&266=379&267=381&269=383&279=385&281=387&282=389&283=391&288=393&292=395&293=397&294=399&295=401&296=403&298=405&299=407&300=409&301=411&303=413&305=415&309=419&310=421&316=423&326=425&327=427&328=429&330=435&332=437&334=439&336=441&337=443&340=447&345=449&346=451&350=453&351=455&358=458&361=460&362=462&368=464&370=466&377=471&383=473&385=477&386=481&387=487&388=491'
