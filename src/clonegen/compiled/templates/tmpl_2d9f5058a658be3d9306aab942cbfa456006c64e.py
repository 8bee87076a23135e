# Written by python3 -m clonegen.precompile from templates/python_process.py.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'python_process.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_spec = resolve('spec')
    try:
        t_1 = environment.filters['py_str']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'py_str' found.")
    pass
    yield '\n\n'
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'runtime'))
    yield '\n\n_REFUSED: Final = _mask(\n'
    for l_1_term in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'refuse_terms'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_term)
        yield ',\n'
    l_1_term = missing
    yield ')\n_SPAWN_REFUSED: Final = _mask(\n'
    for l_1_term in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'spawn_refused_terms'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_term)
        yield ',\n'
    l_1_term = missing
    yield ')\n_PIDFD: Final = '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'pidfd_flag'))
    yield '\n_INTO_CGROUP: Final = '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'cgroup_flag'))
    yield '\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'process_struct'):
        pass
        yield '# What the fixed runtime asks the kernel for that Linux '
        yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'kernel_release'))
        yield ' lacks, for this\n# module alone ('
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
        yield ' names only what the release has): the ABI never changes a\n# flag\'s value or a field\'s place, and a kernel without them refuses them.\n_PROCESS_STRUCT: Final = _struct.Struct(\n    "="\n'
        for (l_1_char, l_1_name) in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'process_struct'):
            _loop_vars = {}
            pass
            yield '    "'
            yield str(l_1_char)
            yield '"  # '
            yield str(l_1_name)
            yield '\n'
        l_1_char = l_1_name = missing
        yield ')\n_PROCESS_FIELDS: Final = (\n'
        for (l_1__, l_1_name) in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'process_struct'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_1(l_1_name))
            yield ',\n'
        l_1__ = l_1_name = missing
        yield ')\n'
    yield '\n\ndef '
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '(args: '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
    yield ', *, size: int = SIZE_LATEST, validate: bool = True) -> int:\n    """Create a child process like :func:`os.fork`, with the request in ``args``.\n\n    Returns the child\'s pid in the parent and 0 in the child. ``validate=False``\n    skips the checks of ``args`` made here and leaves them to the kernel\n    (CLONE_PIDFD without a ``pidfd`` address, EFAULT there, is one).\n    Requests that need a separate stack or shared memory are refused with\n    ValueError, a negative ``size`` too.\n    """\n    if args.flags & _REFUSED'
    for l_1_f in environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'refuse_fields'):
        _loop_vars = {}
        pass
        yield ' or args.'
        yield str(l_1_f)
    l_1_f = missing
    yield ':\n        raise ValueError(\n            '
    yield str(t_1(str_join((environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'), '() is fork-like: ', environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'refuse_text'), ' and a stack need a separate stack or shared memory', ))))
    yield '\n        )\n    size = _size_arg(size)\n    if validate:\n        if args.flags & _PIDFD and not args.pidfd:\n            raise ValueError("CLONE_PIDFD needs pidfd, the address of an int")\n        args.validate(size)\n    return _fork_syscall(SYSCALL_NUMBER, args._call_bytes(size), size)\n\n\ndef fork_pidfd(args: '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
    yield ' | None = None) -> tuple[int, int]:\n    """Like :func:`'
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '` with CLONE_PIDFD: ``(pid, pidfd)``, ``(0, -1)`` in the child."""\n    cell = ctypes.c_int(-1)\n    base = args if args is not None else '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
    yield '(exit_signal=signal.SIGCHLD)\n    request = base.replace(flags=base.flags | _PIDFD, pidfd=ctypes.addressof(cell))\n    pid = '
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '(request)\n    return (0, -1) if pid == 0 else (pid, cell.value)\n\n\n_native_init(\n    '
    yield str(t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'native_prefix')))
    yield ',\n    '
    yield str(t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'native_symbol')))
    yield ',\n    '
    yield str(t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'native_probe_symbol')))
    yield ',\n)\n\n\ndef spawn(\n    argv: _Command,\n    *,\n    stdin: _File = None,\n    stdout: _File = None,\n    stderr: _File = None,\n    pass_fds: _Collection[int] = (),\n    close_fds: bool = True,\n    cwd: _Path | None = None,\n    env: _Environment | None = None,\n    start_new_session: bool = False,\n    process_group: int | None = None,\n    restore_signals: bool = True,\n    text: bool | None = None,\n    encoding: str | None = None,\n    errors: str | None = None,\n    universal_newlines: bool | None = None,\n    bufsize: int = -1,\n    executable: _Path | None = None,\n    shell: bool = False,\n    cgroup: _Path | int | None = None,\n    pidfd: bool = True,\n    flags: int = 0,\n) -> Process:\n    """Start ``argv`` in a new process, optionally straight into a cgroup, with a pidfd.\n\n    ``argv`` (a sequence of arguments, or a program alone) and the keywords\n    ``stdin``, ``stdout``, ``stderr`` (PIPE, DEVNULL, STDOUT, a descriptor or\n    a file), ``pass_fds``, ``close_fds``, ``cwd``, ``env``,\n    ``start_new_session``, ``process_group``, ``restore_signals``, ``text``,\n    ``encoding``, ``errors``, ``universal_newlines``, ``bufsize``,\n    ``executable`` and ``shell`` are :class:`subprocess.Popen`\'s, with the\n    types it accepts, and so is the program\'s lookup on the PATH of ``env``. ``cgroup`` (a path or a\n    descriptor of a cgroup2 directory) starts the program there\n    (CLONE_INTO_CGROUP); ``pidfd`` gives ``Process.pidfd``, open until\n    ``Process.close()``; ``flags`` adds '
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '() flags such as namespaces.\n\n    Refusals come before any child exists: TypeError for an ``env`` key or\n    value that is no path; ValueError for a NUL byte or a directory that is\n    not a cgroup2 one; the OSError of a bad ``cwd``, naming it, or of a\n    ``cgroup`` the kernel would refuse (EBADF: no open descriptor, ENOENT: a\n    removed cgroup); OSError EINVAL for ``flags`` spawn() sets itself or that\n    would share with this process what the child changes before exec, such\n    as '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'spawn_refused_text'))
    yield ".\n    A program that cannot be run raises the child's OSError, naming it.\n\n    With the compiled part (see :func:`spawn_backend`), this is the libc's\n    spawn: "
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '() with CLONE_VM | CLONE_VFORK, whose child runs no Python.\n    Without it, the standard library: posix_spawn(), or os.fork() and a\n    child that only execs when a cgroup, ``cwd`` or ``pass_fds`` is asked\n    (``flags`` then raise OSError ENOSYS).\n    """\n    return _spawn(\n        argv,\n        stdin=stdin,\n        stdout=stdout,\n        stderr=stderr,\n        pass_fds=pass_fds,\n        close_fds=close_fds,\n        cwd=cwd,\n        env=env,\n        start_new_session=start_new_session,\n        process_group=process_group,\n        restore_signals=restore_signals,\n        text=text,\n        encoding=encoding,\n        errors=errors,\n        universal_newlines=universal_newlines,\n        bufsize=bufsize,\n        executable=executable,\n        shell=shell,\n        cgroup=cgroup,\n        pidfd=pidfd,\n        flags=int(flags),\n        into_cgroup_flag=_INTO_CGROUP,\n        pidfd_flag=_PIDFD,\n        refused_flags=_SPAWN_REFUSED,\n        flag_names={name: int(flag) for name, flag in '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'flags_class'))
    yield '.__members__.items()},\n    )\n\n\ndef run(\n    argv: _Command,\n    *,\n    input: _Any2 = None,\n    capture_output: bool = False,\n    timeout: float | None = None,\n    check: bool = False,\n    stdin: _File = None,\n    stdout: _File = None,\n    stderr: _File = None,\n    pass_fds: _Collection[int] = (),\n    close_fds: bool = True,\n    cwd: _Path | None = None,\n    env: _Environment | None = None,\n    start_new_session: bool = False,\n    process_group: int | None = None,\n    restore_signals: bool = True,\n    text: bool | None = None,\n    encoding: str | None = None,\n    errors: str | None = None,\n    universal_newlines: bool | None = None,\n    bufsize: int = -1,\n    executable: _Path | None = None,\n    shell: bool = False,\n    cgroup: _Path | int | None = None,\n    flags: int = 0,\n) -> _subprocess.CompletedProcess[_Any2]:\n    """Run ``argv`` and wait for it, as :func:`subprocess.run`, through :func:`spawn`.\n\n    ``input`` (bytes, or str in text mode) goes to the child\'s stdin;\n    ``capture_output`` gives ``stdout`` and ``stderr`` in the result;\n    ``timeout`` seconds after which the child is killed and reaped and\n    :class:`subprocess.TimeoutExpired` raised; ``check`` raises\n    :class:`subprocess.CalledProcessError` for a non-zero exit status.\n    Every other keyword is spawn()\'s, ``cgroup`` and ``flags`` included.\n    """\n    return _run(\n        spawn,\n        argv,\n        input,\n        capture_output,\n        timeout,\n        check,\n        {\n            "stdin": stdin,\n            "stdout": stdout,\n            "stderr": stderr,\n            "pass_fds": pass_fds,\n            "close_fds": close_fds,\n            "cwd": cwd,\n            "env": env,\n            "start_new_session": start_new_session,\n            "process_group": process_group,\n            "restore_signals": restore_signals,\n            "text": text,\n            "encoding": encoding,\n            "errors": errors,\n            "universal_newlines": universal_newlines,\n            "bufsize": bufsize,\n            "executable": executable,\n            "shell": shell,\n            "cgroup": cgroup,\n            "flags": flags,\n        },\n    )\n\n\ndef probe() -> Probe:\n    """What the running kernel\'s '
    yield str(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'syscall'))
    yield '() accepts, and why a feature is missing.\n\n    ``error`` is 0 when the system call can be used, else ENOSYS (no such\n    system call, or a seccomp filter), EPERM (policy) or the kernel\'s answer;\n    ``version`` the highest struct version it accepts; ``accepted`` and\n    ``refused`` the flags (with the compiled part: each of the spec\'s; else\n    CLONE_INTO_CGROUP only). Every call it makes is one the kernel refuses:\n    no child is made.\n    """\n    return _probe(\n        SYSCALL_NUMBER,\n        (\n'
    for l_1_v in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'):
        _loop_vars = {}
        pass
        yield '            ('
        yield str(t_1(environment.getattr(l_1_v, 'name')))
        yield ', SIZE_'
        yield str(environment.getattr(l_1_v, 'name'))
        yield '),\n'
    l_1_v = missing
    yield '        ),\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'cgroup_cut'):
        pass
        yield '        {\n            **{name: int(flag) for name, flag in '
        yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'flags_class'))
        yield '.__members__.items()},\n            "CLONE_INTO_CGROUP": _INTO_CGROUP,\n        },\n'
    else:
        pass
        yield '        {name: int(flag) for name, flag in '
        yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'flags_class'))
        yield '.__members__.items()},\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'process'), 'process_struct'):
        pass
        yield '        lambda flags, exit_signal, cgroup: _PROCESS_STRUCT.pack(\n            *(\n                {"flags": flags, "exit_signal": exit_signal, "cgroup": cgroup}.get(name, 0)\n                for name in _PROCESS_FIELDS\n            )\n        ),\n'
    else:
        pass
        yield '        lambda flags, exit_signal, cgroup: '
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'cls'))
        yield '(\n            flags=flags, exit_signal=exit_signal, cgroup=cgroup\n        ).to_bytes(SIZE_LATEST),\n'
    yield '        "CLONE_INTO_CGROUP",\n    )\n'

blocks = {}
debug_info = '5=20&8=22&9=26&13=30&14=34&17=38&18=40&19=42&20=45&21=47&25=49&26=53&30=59&31=63&37=68&46=72&48=79&58=81&59=83&61=85&63=87&68=89&69=91&70=93&109=95&117=97&121=99&151=101&223=103&235=105&236=109&239=115&241=118&245=123&247=125&255=131'
