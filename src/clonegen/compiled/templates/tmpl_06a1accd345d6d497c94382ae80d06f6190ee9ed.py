# Written by python3 -m clonegen.precompile from templates/layout.svg.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'layout.svg.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_spec = resolve('spec')
    l_0_range = resolve('range')
    l_0_view = resolve('view')
    l_0_cell = l_0_row_h = l_0_left = l_0_top = l_0_height = l_0_width = missing
    try:
        t_1 = environment.filters['xml_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'xml_comment' found.")
    try:
        t_2 = environment.filters['xml_text']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'xml_text' found.")
    pass
    (l_0_cell, l_0_row_h, l_0_left, l_0_top) = (84, 40, 64, 56)
    context.vars.update({'cell': l_0_cell, 'left': l_0_left, 'row_h': l_0_row_h, 'top': l_0_top})
    context.exported_vars.update(('cell', 'left', 'row_h', 'top'))
    l_0_height = (((undefined(name='top') if l_0_top is missing else l_0_top) + (environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'latest'), 'rows') * (undefined(name='row_h') if l_0_row_h is missing else l_0_row_h))) + 40)
    context.vars['height'] = l_0_height
    context.exported_vars.add('height')
    l_0_width = (((undefined(name='left') if l_0_left is missing else l_0_left) + (8 * (undefined(name='cell') if l_0_cell is missing else l_0_cell))) + 330)
    context.vars['width'] = l_0_width
    context.exported_vars.add('width')
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<!-- '
    yield str(t_1(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'banner')))
    yield ' -->\n<svg xmlns="http://www.w3.org/2000/svg" width="'
    yield str((undefined(name='width') if l_0_width is missing else l_0_width))
    yield '" height="'
    yield str((undefined(name='height') if l_0_height is missing else l_0_height))
    yield '" viewBox="0 0 '
    yield str((undefined(name='width') if l_0_width is missing else l_0_width))
    yield ' '
    yield str((undefined(name='height') if l_0_height is missing else l_0_height))
    yield '" font-family="DejaVu Sans, Arial, sans-serif">\n  <title>struct '
    yield str(t_2(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct')))
    yield ': byte layout</title>\n  <rect x="0" y="0" width="'
    yield str((undefined(name='width') if l_0_width is missing else l_0_width))
    yield '" height="'
    yield str((undefined(name='height') if l_0_height is missing else l_0_height))
    yield '" fill="#ffffff"/>\n  <text x="'
    yield str((undefined(name='left') if l_0_left is missing else l_0_left))
    yield '" y="24" font-size="16" font-weight="bold">struct '
    yield str(t_2(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'uapi'), 'struct')))
    yield ' ('
    yield str(environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'latest'), 'size'))
    yield ' bytes)</text>\n'
    for l_1_b in context.call((undefined(name='range') if l_0_range is missing else l_0_range), 8):
        _loop_vars = {}
        pass
        yield '  <text x="'
        yield str((((undefined(name='left') if l_0_left is missing else l_0_left) + (l_1_b * (undefined(name='cell') if l_0_cell is missing else l_0_cell))) + ((undefined(name='cell') if l_0_cell is missing else l_0_cell) // 2)))
        yield '" y="'
        yield str(((undefined(name='top') if l_0_top is missing else l_0_top) - 8))
        yield '" font-size="11" text-anchor="middle" fill="#555555">+'
        yield str(l_1_b)
        yield '</text>\n'
    l_1_b = missing
    for l_1_r in context.call((undefined(name='range') if l_0_range is missing else l_0_range), environment.getattr(environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'latest'), 'rows')):
        _loop_vars = {}
        pass
        yield '  <text x="'
        yield str(((undefined(name='left') if l_0_left is missing else l_0_left) - 8))
        yield '" y="'
        yield str(((((undefined(name='top') if l_0_top is missing else l_0_top) + (l_1_r * (undefined(name='row_h') if l_0_row_h is missing else l_0_row_h))) + ((undefined(name='row_h') if l_0_row_h is missing else l_0_row_h) // 2)) + 4))
        yield '" font-size="11" text-anchor="end" fill="#555555">'
        yield str((l_1_r * 8))
        yield '</text>\n'
    l_1_r = missing
    for l_1_d in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'fields'):
        l_1_f = missing
        _loop_vars = {}
        pass
        l_1_f = environment.getattr(l_1_d, 'field')
        _loop_vars['f'] = l_1_f
        yield '  <g>\n    <rect x="'
        yield str(((undefined(name='left') if l_0_left is missing else l_0_left) + (environment.getattr(l_1_d, 'column') * (undefined(name='cell') if l_0_cell is missing else l_0_cell))))
        yield '" y="'
        yield str(((undefined(name='top') if l_0_top is missing else l_0_top) + (environment.getattr(l_1_d, 'row') * (undefined(name='row_h') if l_0_row_h is missing else l_0_row_h))))
        yield '" width="'
        yield str((environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'size') * (undefined(name='cell') if l_0_cell is missing else l_0_cell)))
        yield '" height="'
        yield str((undefined(name='row_h') if l_0_row_h is missing else l_0_row_h))
        yield '" fill="'
        yield str(environment.getattr(l_1_d, 'colour'))
        yield '" stroke="#334155" stroke-width="1"/>\n    <text x="'
        yield str((((undefined(name='left') if l_0_left is missing else l_0_left) + (environment.getattr(l_1_d, 'column') * (undefined(name='cell') if l_0_cell is missing else l_0_cell))) + ((environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'size') * (undefined(name='cell') if l_0_cell is missing else l_0_cell)) // 2)))
        yield '" y="'
        yield str((((undefined(name='top') if l_0_top is missing else l_0_top) + (environment.getattr(l_1_d, 'row') * (undefined(name='row_h') if l_0_row_h is missing else l_0_row_h))) + 17))
        yield '" font-size="13" text-anchor="middle">'
        yield str(environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'name'))
        yield '</text>\n    <text x="'
        yield str((((undefined(name='left') if l_0_left is missing else l_0_left) + (environment.getattr(l_1_d, 'column') * (undefined(name='cell') if l_0_cell is missing else l_0_cell))) + ((environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'size') * (undefined(name='cell') if l_0_cell is missing else l_0_cell)) // 2)))
        yield '" y="'
        yield str((((undefined(name='top') if l_0_top is missing else l_0_top) + (environment.getattr(l_1_d, 'row') * (undefined(name='row_h') if l_0_row_h is missing else l_0_row_h))) + 32))
        yield '" font-size="10" text-anchor="middle" fill="#475569">'
        yield str(environment.getattr(environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'version'), 'name'))
        yield ' · '
        yield str(environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'uapi_type'))
        yield '</text>\n  </g>\n'
    l_1_d = l_1_f = missing
    for l_1_v in environment.getattr((undefined(name='spec') if l_0_spec is missing else l_0_spec), 'versions'):
        _loop_vars = {}
        pass
        yield '  <line x1="'
        yield str(((undefined(name='left') if l_0_left is missing else l_0_left) - 4))
        yield '" y1="'
        yield str(((undefined(name='top') if l_0_top is missing else l_0_top) + (environment.getattr(l_1_v, 'rows') * (undefined(name='row_h') if l_0_row_h is missing else l_0_row_h))))
        yield '" x2="'
        yield str((((undefined(name='left') if l_0_left is missing else l_0_left) + (8 * (undefined(name='cell') if l_0_cell is missing else l_0_cell))) + 12))
        yield '" y2="'
        yield str(((undefined(name='top') if l_0_top is missing else l_0_top) + (environment.getattr(l_1_v, 'rows') * (undefined(name='row_h') if l_0_row_h is missing else l_0_row_h))))
        yield '" stroke="#dc2626" stroke-width="2" stroke-dasharray="6 3"/>\n  <text x="'
        yield str((((undefined(name='left') if l_0_left is missing else l_0_left) + (8 * (undefined(name='cell') if l_0_cell is missing else l_0_cell))) + 18))
        yield '" y="'
        yield str((((undefined(name='top') if l_0_top is missing else l_0_top) + (environment.getattr(l_1_v, 'rows') * (undefined(name='row_h') if l_0_row_h is missing else l_0_row_h))) + 4))
        yield '" font-size="12" fill="#dc2626">'
        yield str(environment.getattr(l_1_v, 'macro'))
        yield ' = '
        yield str(environment.getattr(l_1_v, 'size'))
        yield ' (Linux '
        yield str(t_2(environment.getattr(l_1_v, 'since')))
        yield ')</text>\n'
    l_1_v = missing
    yield '</svg>\n'

blocks = {}
debug_info = '2=27&3=30&4=33&6=37&7=39&8=47&9=49&10=53&11=59&12=63&14=70&15=74&17=81&18=85&20=88&21=98&22=104&25=113&26=117&27=125'
