# Written by python3 -m clonegen.precompile from templates/rust.rs.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rust.rs.j2'

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
        t_2 = environment.filters['rust_doc']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'rust_doc' found.")
    try:
        t_3 = environment.filters['rust_str']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'rust_str' found.")
    try:
        t_4 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_4(*unused):
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
    yield '\n'
    yield str(t_4(t_2(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'doc')), 76, '//! '))
    yield '\n//!\n//! Rust bindings for struct '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
    yield ' and '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield "(): the `#[repr(C)]` struct, its\n//! sizes, flags, the kernel's checks and the system call. `core` only: the module\n//! builds in a `#![no_std]` crate, with no crate from outside, from Rust 1.63 on.\n//! The system call goes through the C library's `syscall()` (glibc, musl).\n//! Architectures whose values this module states: "
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'arches_text'))
    yield '; it refuses\n//! to build for any other.\n#![allow(dead_code, non_upper_case_globals, non_snake_case, unused_variables, unused_unsafe)]\n\n#[cfg(not('
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'arches_cfg'))
    yield '))]\ncompile_error!('
    yield str(t_3(str_join((environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'module'), ': this module states its values only for ', environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'arches_text'), ))))
    yield ');\n\n'
    for l_1_v in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'):
        _loop_vars = {}
        pass
        yield '/// Size of the struct in '
        yield str(environment.getattr(l_1_v, 'name'))
        yield ' (Linux '
        yield str(t_2(environment.getattr(l_1_v, 'since')))
        yield ').\npub const SIZE_'
        yield str(environment.getattr(l_1_v, 'name'))
        yield ': usize = '
        yield str(environment.getattr(l_1_v, 'size'))
        yield ';\n'
    l_1_v = missing
    yield '/// Size of the struct this module knows.\npub const SIZE_LATEST: usize = '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'latest'))
    yield ';\n/// Every published size, oldest first.\npub const SIZES: &[usize] = &[\n'
    for l_1_v in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'):
        _loop_vars = {}
        pass
        yield '    SIZE_'
        yield str(environment.getattr(l_1_v, 'name'))
        yield ',\n'
    l_1_v = missing
    yield '];\n\n'
    for l_1_k in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'constants'):
        _loop_vars = {}
        pass
        yield str(t_4(t_2(environment.getattr(l_1_k, 'doc')), 76, '/// '))
        yield '\n'
        for l_2_variant in environment.getattr(l_1_k, 'variants'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_variant, 'cfg'):
                pass
                yield '#[cfg('
                yield str(environment.getattr(l_2_variant, 'cfg'))
                yield ')]\n'
            yield 'pub const '
            yield str(environment.getattr(l_1_k, 'name'))
            yield ': '
            yield str(environment.getattr(l_1_k, 'type'))
            yield ' = '
            yield str(environment.getattr(l_2_variant, 'value'))
            yield ';\n'
        l_2_variant = missing
    l_1_k = missing
    yield '/// The number of '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'call'))
    yield '() on this architecture.\n'
    for l_1_variant in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'number'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_variant, 'cfg'):
            pass
            yield '#[cfg('
            yield str(environment.getattr(l_1_variant, 'cfg'))
            yield ')]\n'
        yield 'pub const SYSCALL_NUMBER: isize = '
        yield str(environment.getattr(l_1_variant, 'value'))
        yield ';\n'
    l_1_variant = missing
    yield '\n/// An error number of Linux (`errno`).\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub struct Errno(pub i32);\n\nimpl Errno {\n'
    for l_1_e in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'errnos'):
        _loop_vars = {}
        pass
        for l_2_variant in environment.getattr(l_1_e, 'variants'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_variant, 'cfg'):
                pass
                yield '    #[cfg('
                yield str(environment.getattr(l_2_variant, 'cfg'))
                yield ')]\n'
            yield '    pub const '
            yield str(environment.getattr(l_1_e, 'name'))
            yield ': Errno = Errno('
            yield str(environment.getattr(l_2_variant, 'value'))
            yield ');\n'
        l_2_variant = missing
    l_1_e = missing
    yield "}\n\n/// Why a call failed: the kernel's errno, or the errno the kernel would give\n/// and the requirement the request breaks, when it was refused before the call.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub struct Error {\n    /// The error number.\n    pub errno: Errno,\n    /// What the request breaks, when it was refused before the system call.\n    pub requirement: Option<&'static str>,\n}\n\nfn refused(errno: Errno, requirement: &'static str) -> Result<(), Error> {\n    Err(Error { errno, requirement: Some(requirement) })\n}\n\n"
    yield str(t_4(t_2(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'doc')), 76, '/// '))
    yield '\n///\n/// The fields are those the kernel reads, in ABI order; `Default` is all zero.\n#[repr('
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'repr'))
    yield ')]\n#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\npub struct '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ' {\n'
    for l_1_f in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields'):
        _loop_vars = {}
        pass
        yield str(t_4(t_2(environment.getattr(l_1_f, 'doc')), 72, '    /// '))
        yield '\n    pub '
        yield str(environment.getattr(l_1_f, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_f, 'type'))
        yield ',\n'
    l_1_f = missing
    yield "}\n\n// The layout, proven when the module is compiled: each field's bytes lie at\n// its offset (a byte pattern transmuted into the struct), the size is the\n// latest version's"
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'align'):
        pass
        yield ' and the alignment that of __aligned_u64'
    yield '.\nconst _: () = {\n    let mut bytes = [0u8; SIZE_LATEST];\n    let mut i = 0;\n    while i < SIZE_LATEST {\n        bytes[i] = (i % 256) as u8;\n        i += 1;\n    }\n    let s: '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ' = unsafe { core::mem::transmute(bytes) };\n    assert!(core::mem::size_of::<'
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield '>() == '
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'latest'), 'size'))
    yield ');\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'align'):
        pass
        yield '    assert!(core::mem::align_of::<'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
        yield '>() == '
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'align'))
        yield ');\n'
    for l_1_f in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields'):
        _loop_vars = {}
        pass
        yield '    assert!(s.'
        yield str(environment.getattr(l_1_f, 'name'))
        yield ' == '
        yield str(environment.getattr(l_1_f, 'pattern'))
        yield ', '
        yield str(t_3(str_join((environment.getattr(l_1_f, 'name'), ' is not at offset ', environment.getattr(l_1_f, 'offset'), ))))
        yield ');\n'
    l_1_f = missing
    yield '};\n'
    for l_1_t in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'flag_types'):
        _loop_vars = {}
        pass
        yield '\n/// Flags of '
        yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct'))
        yield '.'
        yield str(environment.getattr(l_1_t, 'field'))
        yield ': a plain `u64` with bit operations.\n#[repr(transparent)]\n#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\npub struct '
        yield str(environment.getattr(l_1_t, 'name'))
        yield '(pub u64);\n\nimpl '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ' {\n'
        for l_2_fl in environment.getattr(l_1_t, 'flags'):
            _loop_vars = {}
            pass
            yield str(t_4(t_2(environment.getattr(l_2_fl, 'doc')), 72, '    /// '))
            yield '\n    pub const '
            yield str(environment.getattr(l_2_fl, 'name'))
            yield ': Self = Self('
            yield str(environment.getattr(l_2_fl, 'value'))
            yield ');\n'
        l_2_fl = missing
        yield '\n    /// No flag.\n    pub const fn empty() -> Self {\n        Self(0)\n    }\n\n    /// The bits.\n    pub const fn bits(self) -> u64 {\n        self.0\n    }\n\n    /// Whether every flag of `other` is set.\n    pub const fn contains(self, other: Self) -> bool {\n        self.0 & other.0 == other.0\n    }\n\n    /// Whether any flag of `other` is set.\n    pub const fn intersects(self, other: Self) -> bool {\n        self.0 & other.0 != 0\n    }\n}\n\nimpl core::ops::BitOr for '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ' {\n    type Output = Self;\n    fn bitor(self, other: Self) -> Self {\n        Self(self.0 | other.0)\n    }\n}\n\nimpl core::ops::BitAnd for '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ' {\n    type Output = Self;\n    fn bitand(self, other: Self) -> Self {\n        Self(self.0 & other.0)\n    }\n}\n\nimpl core::ops::BitXor for '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ' {\n    type Output = Self;\n    fn bitxor(self, other: Self) -> Self {\n        Self(self.0 ^ other.0)\n    }\n}\n\nimpl core::ops::Sub for '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ' {\n    type Output = Self;\n    fn sub(self, other: Self) -> Self {\n        Self(self.0 & !other.0)\n    }\n}\n\nimpl core::ops::Not for '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ' {\n    type Output = Self;\n    fn not(self) -> Self {\n        Self(!self.0)\n    }\n}\n\nimpl core::ops::BitOrAssign for '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ' {\n    fn bitor_assign(&mut self, other: Self) {\n        self.0 |= other.0;\n    }\n}\n\nimpl core::ops::BitAndAssign for '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ' {\n    fn bitand_assign(&mut self, other: Self) {\n        self.0 &= other.0;\n    }\n}\n\nimpl From<'
        yield str(environment.getattr(l_1_t, 'name'))
        yield '> for u64 {\n    fn from(flags: '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ') -> u64 {\n        flags.0\n    }\n}\n'
    l_1_t = missing
    for l_1_m in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'masks'):
        _loop_vars = {}
        pass
        yield '\n/// '
        yield str(t_2(environment.getattr(l_1_m, 'doc')))
        yield '\nconst '
        yield str(environment.getattr(l_1_m, 'name'))
        yield ': u64 = mask(&[\n'
        for l_2_t in environment.getattr(l_1_m, 'terms'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_2_t)
            yield ',\n'
        l_2_t = missing
        yield ']);\n'
    l_1_m = missing
    yield '\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'masks'):
        pass
        yield '/// Flags or-ed together.\nconst fn mask(flags: &[u64]) -> u64 {\n    let mut m = 0;\n    let mut i = 0;\n    while i < flags.len() {\n        m |= flags[i];\n        i += 1;\n    }\n    m\n}\n\n'
    yield '/// Each field as 64 bits; a signed one sign-extended.\n#[derive(Clone, Copy)]\nstruct Values {\n'
    for l_1_f in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_f, 'name'))
        yield ': u64,\n'
    l_1_f = missing
    yield '}\n\nimpl Values {\n    /// The members of the kernel struct, as the copy-in converts them.\n    fn kernel(&self) -> Values {\n        let v = self;\n        Values {\n'
    for l_1_f in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields'):
        _loop_vars = {}
        pass
        yield '            '
        yield str(environment.getattr(l_1_f, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_f, 'kernel'))
        yield ',\n'
    l_1_f = missing
    yield '        }\n    }\n}\n\n/// `value` converted to a kernel type of `width` bits, as C converts it.\nconst fn kernel_bits(value: u64, width: u32, signed: bool) -> u64 {\n    let mask = (1u64 << width) - 1;\n    let low = value & mask;\n    if signed && (low >> (width - 1)) & 1 == 1 {\n        low | !mask\n    } else {\n        low\n    }\n}\n\n/// The user address limit of access_ok() (x86_64\'s, as the Python bindings use).\nconst USER_PTR_MAX: u64 = 0x7fff_ffff_f000;\n\n/// access_ok(): `[addr, addr + len)` lies in user memory.\nfn access_ok(addr: u64, len: u64) -> bool {\n    let end = addr.wrapping_add(len);\n    end >= addr && end <= USER_PTR_MAX\n}\n\n/// An extern block of C library functions, `unsafe extern` where the edition\n/// needs it: edition 2024, in which an `expr` fragment matches a `const` block\n/// (earlier editions, and Rust 1.63, which cannot parse `unsafe extern`, take\n/// the second rule).\nmacro_rules! c_functions {\n    ($edition_2024:expr; $($item:tt)*) => {\n        unsafe extern "C" {\n            $($item)*\n        }\n    };\n    (const {}; $($item:tt)*) => {\n        extern "C" {\n            $($item)*\n        }\n    };\n}\n\nmod sys {\n    c_functions! {\n        const {};\n        pub fn syscall(number: isize, ...) -> isize;\n        pub fn __errno_location() -> *mut i32;\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'page_size'):
        pass
        yield '        pub fn getauxval(kind: usize) -> usize;\n'
    yield '    }\n}\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'page_size'):
        pass
        yield "\n/// The page size (the kernel's PAGE_SIZE), from the auxiliary vector.\nfn page_size() -> u64 {\n    unsafe { sys::getauxval(6) as u64 }\n}\n"
    yield '\nfn take<const N: usize>(data: &[u8; SIZE_LATEST], at: usize) -> [u8; N] {\n    let mut out = [0u8; N];\n    out.copy_from_slice(&data[at..at + N]);\n    out\n}\n\nimpl '
    yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'struct'))
    yield ' {\n    /// The struct as the kernel reads it.\n    pub fn to_bytes(&self) -> [u8; SIZE_LATEST] {\n        let mut out = [0u8; SIZE_LATEST];\n'
    for l_1_f in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields'):
        _loop_vars = {}
        pass
        yield '        out['
        yield str(environment.getattr(l_1_f, 'offset'))
        yield '..'
        yield str(environment.getattr(l_1_f, 'end'))
        yield '].copy_from_slice(&self.'
        yield str(environment.getattr(l_1_f, 'name'))
        yield '.to_ne_bytes());\n'
    l_1_f = missing
    yield '        out\n    }\n\n    fn from_array(data: &[u8; SIZE_LATEST]) -> Self {\n        Self {\n'
    for l_1_f in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields'):
        _loop_vars = {}
        pass
        yield '            '
        yield str(environment.getattr(l_1_f, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_f, 'type'))
        yield '::from_ne_bytes(take(data, '
        yield str(environment.getattr(l_1_f, 'offset'))
        yield ')),\n'
    l_1_f = missing
    yield '        }\n    }\n\n    /// The struct from the first `SIZE_LATEST` bytes of `data`, zero-filled if shorter.\n    fn from_prefix(data: &[u8]) -> Self {\n        let mut head = [0u8; SIZE_LATEST];\n        let n = if data.len() < SIZE_LATEST { data.len() } else { SIZE_LATEST };\n        head[..n].copy_from_slice(&data[..n]);\n        Self::from_array(&head)\n    }\n\n    /// A struct of any size the kernel accepts: zero-filled if short; bytes\n    /// past the known struct must be zero.\n    pub fn from_bytes(data: &[u8]) -> Result<Self, Error> {\n        Self::tail(data)?;\n        Ok(Self::from_prefix(data))\n    }\n\n    fn tail(data: &[u8]) -> Result<(), Error> {\n'
    if environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'tail_errno'):
        pass
        yield '        if data.len() > SIZE_LATEST && data[SIZE_LATEST..].iter().any(|&b| b != 0) {\n            return refused(Errno::'
        yield str(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'tail_errno'))
        yield ', '
        yield str(t_3(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'tail_requirement')))
        yield ');\n        }\n'
    yield '        Ok(())\n    }\n\n    fn values(&self) -> Values {\n        Values {\n'
    for l_1_f in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields'):
        _loop_vars = {}
        pass
        yield '            '
        yield str(environment.getattr(l_1_f, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_f, 'bits'))
        yield ',\n'
    l_1_f = missing
    yield '        }\n    }\n\n    fn size_verdict(size: usize) -> Result<(), Error> {\n'
    for l_1_c in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size_checks'):
        _loop_vars = {}
        pass
        yield '        if '
        yield str(environment.getattr(l_1_c, 'test'))
        yield ' {\n            return refused(Errno::'
        yield str(environment.getattr(l_1_c, 'errno'))
        yield ', '
        yield str(t_3(environment.getattr(l_1_c, 'requirement')))
        yield ');\n        }\n'
    l_1_c = missing
    yield '        Ok(())\n    }\n\n    /// The checks, in kernel order, on values a caller passed with `size` bytes.\n    fn checks(&self, size: usize) -> Result<(), Error> {\n        let v = self.values();\n        let k = v.kernel();\n'
    for l_1_c in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'checks'):
        _loop_vars = {}
        pass
        yield '        if '
        yield str(environment.getattr(l_1_c, 'test'))
        yield ' {\n            return refused(Errno::'
        yield str(environment.getattr(l_1_c, 'errno'))
        yield ', '
        yield str(t_3(environment.getattr(l_1_c, 'requirement')))
        yield ');\n        }\n'
    l_1_c = missing
    yield "        Ok(())\n    }\n\n    /// What the kernel says of these values passed with `size` bytes: the size\n    /// policy, then the checks, on the fields the size covers (an older caller's\n    /// struct is zero-filled). Bytes past the struct are taken as zero.\n    pub fn verdict(&self, size: usize) -> Result<(), Error> {\n"
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
        pass
        yield '        let size = if size == 0 { '
        yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
        yield ' } else { size };\n'
    yield '        Self::size_verdict(size)?;\n        let mut data = self.to_bytes();\n        if size < SIZE_LATEST {\n            for b in data[size..].iter_mut() {\n                *b = 0;\n            }\n        }\n        Self::from_array(&data).checks(size)\n    }\n'
    for (l_1_entry, l_1_lines) in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'entry_checks'):
        _loop_vars = {}
        pass
        yield '\n    /// The checks '
        yield str(l_1_entry)
        yield '() makes, in kernel order, on values a caller passed with\n    /// `size` bytes (they are not '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
        yield "()'s).\n    fn checks_"
        yield str(l_1_entry)
        yield '(&self, size: usize) -> Result<(), Error> {\n        let v = self.values();\n        let k = v.kernel();\n        let _ = (&v, &k, size);\n'
        for l_2_c in l_1_lines:
            _loop_vars = {}
            pass
            yield '        if '
            yield str(environment.getattr(l_2_c, 'test'))
            yield ' {\n            return refused(Errno::'
            yield str(environment.getattr(l_2_c, 'errno'))
            yield ', '
            yield str(t_3(environment.getattr(l_2_c, 'requirement')))
            yield ');\n        }\n'
        l_2_c = missing
        yield '        Ok(())\n    }\n\n    /// What the kernel says of these values passed to '
        yield str(l_1_entry)
        yield '() with `size`\n    /// bytes: the size policy, then '
        yield str(l_1_entry)
        yield "()'s checks.\n    pub fn verdict_"
        yield str(l_1_entry)
        yield '(&self, size: usize) -> Result<(), Error> {\n        Self::size_verdict(size)?;\n        let mut data = self.to_bytes();\n        if size < SIZE_LATEST {\n            for b in data[size..].iter_mut() {\n                *b = 0;\n            }\n        }\n        Self::from_array(&data).checks_'
        yield str(l_1_entry)
        yield '(size)\n    }\n'
    l_1_entry = l_1_lines = missing
    yield '\n'
    if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'):
        pass
        yield '    /// What the kernel says of a struct given as bytes: the size its\n    /// `'
        yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'field'), 'name'))
        yield '` field states (read first'
        if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
            pass
            yield '; 0 means '
            yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
        yield '), the size\n    /// policy, a non-zero tail up to that size, EFAULT where the kernel would\n    /// read past `data`, then the checks on the bytes it covers.\n    pub fn verdict_bytes(data: &[u8]) -> Result<(), Error> {\n        let size = field_size(data)?;\n        Self::size_verdict(size)?;\n        let data = &data[..size.min(data.len())];\n        // The kernel reads the bytes past its struct first: a non-zero one is\n        // refused before a read past `data` faults.\n        Self::tail(data)?;\n        if size > data.len() {\n            return refused(Errno::EFAULT, SIZE_FAULT);\n        }\n        Self::from_prefix(data).checks(size)\n    }\n'
    else:
        pass
        yield '    /// What the kernel says of a struct given as bytes (size `data.len()`):\n    /// the size policy, a non-zero tail, then the checks.\n    pub fn verdict_bytes(data: &[u8]) -> Result<(), Error> {\n'
        if environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'):
            pass
            yield '        let size = if data.is_empty() { '
            yield str(environment.getattr(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'size'), 'zero_macro'))
            yield ' } else { data.len() };\n        Self::size_verdict(size)?;\n        Self::tail(data)?;\n        Self::from_prefix(data).checks(size)\n'
        else:
            pass
            yield '        Self::size_verdict(data.len())?;\n        Self::tail(data)?;\n        Self::from_prefix(data).checks(data.len())\n'
        yield '    }\n'
    yield '\n    /// The smallest version that covers every field that is set and that the\n    /// checks accept (a check may need a newer caller), else the smallest that\n    /// covers the fields.\n    pub fn size_for(&self) -> usize {\n        let v = self.values();\n        let mut needed = 0;\n'
    for l_1_f in environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'fields'):
        _loop_vars = {}
        pass
        yield '        if v.'
        yield str(environment.getattr(l_1_f, 'name'))
        yield ' != 0 {\n            needed = '
        yield str(environment.getattr(l_1_f, 'end'))
        yield ';\n        }\n'
    l_1_f = missing
    yield '        for &size in SIZES.iter() {\n            if size >= needed && self.checks(size).is_ok() {\n                return size;\n            }\n        }\n        for &size in SIZES.iter() {\n            if size >= needed {\n                return size;\n            }\n        }\n        SIZE_LATEST\n    }\n}\n\n'
    template = environment.get_or_select_template(environment.getattr((undefined(name='V') if l_0_V is missing else l_0_V), 'wrapper'), 'rust.rs.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'V': l_0_V}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '1=38&2=41&3=45&6=49&8=51&12=55&16=57&17=59&19=61&20=65&21=69&24=75&27=77&28=81&32=85&33=88&34=90&35=93&36=96&38=99&41=108&42=110&43=113&44=116&46=119&54=123&55=126&56=129&57=132&59=135&78=142&81=144&83=146&84=148&85=151&86=153&92=159&100=163&101=165&102=169&103=172&105=176&106=180&109=188&111=192&114=196&116=198&117=200&118=203&119=205&143=211&150=213&157=215&164=217&171=219&178=221&184=223&190=225&191=227&196=230&198=234&199=236&200=238&201=242&206=248&222=252&223=256&232=260&233=264&281=270&286=274&300=278&304=280&305=284&312=292&313=296&334=304&336=307&344=312&345=316&351=322&352=326&353=328&363=334&364=338&365=340&375=346&376=349&387=352&389=356&390=358&391=360&395=362&396=366&397=368&403=374&404=376&405=378&413=380&417=384&419=387&438=397&439=400&457=407&458=411&459=413&476=417'
