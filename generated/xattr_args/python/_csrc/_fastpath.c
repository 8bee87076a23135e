/*
 * Generated from spec/xattr_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:3ce00ba754a1a031.
 * The compiled from_bytes of the package (optional; see _install in the module):
 * fixed code, the same for every spec.
 */
#define PY_SSIZE_T_CLEAN
#define Py_LIMITED_API 0x030B0000 /* the stable ABI of Python 3.11: one build for 3.11 on */
#include <Python.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	PyObject *reader_type;  /* the type of the objects below */
	PyObject *struct_error; /* struct.error */
	PyObject *struct_type;  /* struct.Struct */
} State;

/* One field of a format read here: its struct code and its offset. */
typedef struct {
	char code;
	Py_ssize_t offset;
} Field;

/* What one class's builtin from_bytes holds (its __self__). */
typedef struct {
	PyObject_HEAD
	PyObject *cls;      /* the class made (a tuple subclass) */
	PyObject *unpack;   /* its Struct's unpack, bound */
	PyObject *fallback; /* the pure Python from_bytes, bound to the class */
	PyObject *error;    /* struct.error */
	Py_ssize_t size;    /* the Struct's size */
	allocfunc alloc;    /* the class's tp_alloc */
	Field *fields;      /* the format's fields, or NULL: read by unpack() */
	Py_ssize_t nfields;
	PyMethodDef def;    /* the builtin's definition: it lives as long as the builtin */
	char *doc;          /* its text signature and docstring */
} Reader;

static const char SIGNATURE[] = "from_bytes($cls, data)\n--\n\n";

static PyObject *
call_fallback(Reader *r, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
	PyObject *tuple, *kwargs = NULL, *result = NULL;
	Py_ssize_t i, nkw = kwnames ? PyTuple_Size(kwnames) : 0;

	if (r->fallback == NULL) {
		PyErr_SetString(PyExc_RuntimeError, "from_bytes of a class being destroyed");
		return NULL;
	}
	tuple = PyTuple_New(nargs);
	if (tuple == NULL)
		return NULL;
	for (i = 0; i < nargs; i++) {
		Py_INCREF(args[i]);
		PyTuple_SetItem(tuple, i, args[i]);
	}
	if (nkw > 0) {
		kwargs = PyDict_New();
		if (kwargs == NULL)
			goto out;
		for (i = 0; i < nkw; i++)
			if (PyDict_SetItem(kwargs, PyTuple_GetItem(kwnames, i), args[nargs + i]) < 0)
				goto out;
	}
	result = PyObject_Call(r->fallback, tuple, kwargs);
out:
	Py_XDECREF(kwargs);
	Py_DECREF(tuple);
	return result;
}

/* The class's value of unpacked ``values`` (a tuple, consumed), as tuple.__new__ makes it. */
static PyObject *
make(Reader *r, PyObject *values)
{
	Py_ssize_t i, n = PyTuple_Size(values);
	PyObject *self = r->alloc((PyTypeObject *)r->cls, n);

	if (self != NULL) {
		for (i = 0; i < n; i++) {
			PyObject *item = PyTuple_GetItem(values, i);

			Py_INCREF(item);
			PyTuple_SetItem(self, i, item);
		}
		if (!PyObject_GC_IsTracked(self))
			PyObject_GC_Track(self);
	}
	Py_DECREF(values);
	return self;
}

/* The size of a struct code with standard sizes, or 0 for one not read here. */
static Py_ssize_t
code_size(char code)
{
	switch (code) {
	case 'x': case 'b': case 'B':
		return 1;
	case 'h': case 'H':
		return 2;
	case 'i': case 'I': case 'l': case 'L':
		return 4;
	case 'q': case 'Q':
		return 8;
	default:
		return 0;
	}
}

/*
 * The fields of ``format`` (a Struct's format, of ``size`` bytes) into
 * r->fields: 1, or 0 where this file does not read it as struct does, or -1
 * on an error. Read: a first character of '=' or the byte order of this
 * machine ('<' or '>'; '!' is '>'), then counts, codes and white space.
 */
static int
plan(Reader *r, PyObject *format, Py_ssize_t size)
{
	const uint16_t one = 1;
	const char native = *(const unsigned char *)&one == 1 ? '<' : '>';
	const char *text, *p;
	Py_ssize_t len, pass, n = 0, offset = 0;

	if (!PyUnicode_Check(format))
		return 0;
	text = PyUnicode_AsUTF8AndSize(format, &len);
	if (text == NULL)
		return -1;
	if (len < 1 || (text[0] != '=' && text[0] != native && !(text[0] == '!' && native == '>')))
		return 0;
	for (pass = 0; pass < 2; pass++) { /* count, then fill in */
		n = offset = 0;
		for (p = text + 1; *p; p++) {
			Py_ssize_t count = 1, width, i;

			if (*p == ' ' || (*p >= '\t' && *p <= '\r'))
				continue;
			if (*p >= '0' && *p <= '9') {
				for (count = 0; *p >= '0' && *p <= '9'; p++) {
					if (count > size)
						return 0;
					count = count * 10 + (*p - '0');
				}
			}
			width = code_size(*p);
			if (width == 0 || count > size || offset + count * width > size)
				return 0;
			for (i = 0; i < count && *p != 'x'; i++) {
				if (pass == 1) {
					r->fields[n].code = *p;
					r->fields[n].offset = offset + i * width;
				}
				n++;
			}
			offset += count * width;
		}
		if (offset != size)
			return 0;
		if (pass == 0) {
			r->fields = PyMem_Calloc((size_t)n + 1, sizeof(Field));
			if (r->fields == NULL) {
				PyErr_NoMemory();
				return -1;
			}
		}
	}
	r->nfields = n;
	return 1;
}

/* One field of ``raw`` as struct reads it. */
static PyObject *
read_field(const char *raw, const Field *f)
{
	const char *at = raw + f->offset;
	int8_t s8;
	uint8_t u8;
	int16_t s16;
	uint16_t u16;
	int32_t s32;
	uint32_t u32;
	int64_t s64;
	uint64_t u64;

	switch (f->code) {
	case 'b':
		memcpy(&s8, at, 1);
		return PyLong_FromLong(s8);
	case 'B':
		memcpy(&u8, at, 1);
		return PyLong_FromLong(u8);
	case 'h':
		memcpy(&s16, at, 2);
		return PyLong_FromLong(s16);
	case 'H':
		memcpy(&u16, at, 2);
		return PyLong_FromLong(u16);
	case 'i': case 'l':
		memcpy(&s32, at, 4);
		return PyLong_FromLong(s32);
	case 'I': case 'L':
		memcpy(&u32, at, 4);
		return PyLong_FromUnsignedLong(u32);
	case 'q':
		memcpy(&s64, at, 8);
		return PyLong_FromLongLong(s64);
	default: /* 'Q' */
		memcpy(&u64, at, 8);
		return PyLong_FromUnsignedLongLong(u64);
	}
}

/* The class's value of the bytes object ``data`` of the struct's size, read here. */
static PyObject *
read_bytes(Reader *r, PyObject *data)
{
	const char *raw = PyBytes_AsString(data);
	PyObject *self;
	Py_ssize_t i;

	if (raw == NULL)
		return NULL;
	self = r->alloc((PyTypeObject *)r->cls, r->nfields);
	if (self == NULL)
		return NULL;
	for (i = 0; i < r->nfields; i++) {
		PyObject *item = read_field(raw, &r->fields[i]);

		if (item == NULL) {
			Py_DECREF(self);
			return NULL;
		}
		PyTuple_SetItem(self, i, item);
	}
	if (!PyObject_GC_IsTracked(self))
		PyObject_GC_Track(self);
	return self;
}

static PyObject *
from_bytes(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
	Reader *r = (Reader *)self;
	PyObject *data, *values;

	if (nargs != 1 || kwnames != NULL || r->cls == NULL)
		return call_fallback(r, args, nargs, kwnames);
	data = args[0];
	if (PyBytes_CheckExact(data)) { /* a subclass may give another buffer (__buffer__) */
		if (PyBytes_Size(data) != r->size)
			return call_fallback(r, args, nargs, kwnames);
		if (r->fields != NULL)
			return read_bytes(r, data);
	}
	values = PyObject_CallFunctionObjArgs(r->unpack, data, NULL);
	if (values == NULL) {
		if (!PyErr_ExceptionMatches(r->error))
			return NULL;
		PyErr_Clear();
		return call_fallback(r, args, nargs, kwnames);
	}
	if (!PyTuple_Check(values)) {
		Py_DECREF(values);
		PyErr_SetString(PyExc_TypeError, "unpack() returned no tuple");
		return NULL;
	}
	return make(r, values);
}

static int
reader_traverse(PyObject *self, visitproc visit, void *arg)
{
	Reader *r = (Reader *)self;

	Py_VISIT(r->cls);
	Py_VISIT(r->unpack);
	Py_VISIT(r->fallback);
	Py_VISIT(r->error);
	Py_VISIT((PyObject *)Py_TYPE(self));
	return 0;
}

static int
reader_clear(PyObject *self)
{
	Reader *r = (Reader *)self;

	Py_CLEAR(r->cls);
	Py_CLEAR(r->unpack);
	Py_CLEAR(r->fallback);
	Py_CLEAR(r->error);
	return 0;
}

static void
reader_dealloc(PyObject *self)
{
	PyTypeObject *type = Py_TYPE(self);
	freefunc free_object = (freefunc)PyType_GetSlot(type, Py_tp_free);

	PyObject_GC_UnTrack(self);
	reader_clear(self);
	free(((Reader *)self)->doc);
	PyMem_Free(((Reader *)self)->fields);
	free_object(self);
	Py_DECREF((PyObject *)type);
}

/* Reader.fields: ((code, offset), ...) of a format read here, or None. */
static PyObject *
reader_fields(PyObject *self, void *closure)
{
	Reader *r = (Reader *)self;
	PyObject *fields;
	Py_ssize_t i;

	(void)closure;
	if (r->fields == NULL)
		Py_RETURN_NONE;
	fields = PyTuple_New(r->nfields);
	for (i = 0; fields != NULL && i < r->nfields; i++) {
		PyObject *field = Py_BuildValue("(Cn)", r->fields[i].code, r->fields[i].offset);

		if (field == NULL) {
			Py_CLEAR(fields);
			break;
		}
		PyTuple_SetItem(fields, i, field);
	}
	return fields;
}

static PyGetSetDef reader_getset[] = {
	{"fields", reader_fields, NULL, "The (code, offset) of each field read here, or None.", NULL},
	{NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot reader_slots[] = {
	{Py_tp_doc, "What a class's compiled from_bytes holds."},
	{Py_tp_getset, reader_getset},
	{Py_tp_traverse, (void *)reader_traverse},
	{Py_tp_clear, (void *)reader_clear},
	{Py_tp_dealloc, (void *)reader_dealloc},
	{0, NULL},
};

static PyType_Spec reader_spec = {
	.name = "_fastpath.Reader",
	.basicsize = sizeof(Reader),
	.flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_DISALLOW_INSTANTIATION,
	.slots = reader_slots,
};

/* reader(cls, struct, fallback): the builtin from_bytes of ``cls``. */
static PyObject *
reader(PyObject *module, PyObject *args)
{
	State *state = PyModule_GetState(module);
	PyObject *cls, *structure, *fallback, *size_obj, *doc_obj, *format, *function;
	PyTypeObject *type, *reader_type;
	const char *doc = "";
	Py_ssize_t doc_len = 0;
	Reader *r;

	if (!PyArg_ParseTuple(args, "O!OO:reader", &PyType_Type, &cls, &structure, &fallback))
		return NULL;
	type = (PyTypeObject *)cls;
	if (!PyType_IsSubtype(type, &PyTuple_Type) || !PyType_HasFeature(type, Py_TPFLAGS_HEAPTYPE)) {
		PyErr_SetString(PyExc_TypeError, "reader() needs a class that subclasses tuple");
		return NULL;
	}
	if (!PyCallable_Check(fallback)) {
		PyErr_SetString(PyExc_TypeError, "reader() needs a callable fallback");
		return NULL;
	}
	reader_type = (PyTypeObject *)state->reader_type;
	/* zero-filled and tracked by the collector */
	r = (Reader *)((allocfunc)PyType_GetSlot(reader_type, Py_tp_alloc))(reader_type, 0);
	if (r == NULL)
		return NULL;
	r->alloc = (allocfunc)PyType_GetSlot(type, Py_tp_alloc);
	r->unpack = PyObject_GetAttrString(structure, "unpack");
	if (r->unpack == NULL)
		goto fail;
	size_obj = PyObject_GetAttrString(structure, "size");
	if (size_obj == NULL)
		goto fail;
	r->size = PyLong_AsSsize_t(size_obj);
	Py_DECREF(size_obj);
	if (r->size < 0) {
		if (!PyErr_Occurred())
			PyErr_SetString(PyExc_ValueError, "reader() needs a struct of a size");
		goto fail;
	}
	if (Py_IS_TYPE(structure, (PyTypeObject *)state->struct_type)) { /* not a subclass */
		int planned;

		format = PyObject_GetAttrString(structure, "format");
		if (format == NULL)
			goto fail;
		planned = plan(r, format, r->size);
		Py_DECREF(format);
		if (planned < 0)
			goto fail;
		if (planned == 0) {
			PyMem_Free(r->fields);
			r->fields = NULL;
		}
	}
	doc_obj = PyObject_GetAttrString(fallback, "__doc__");
	if (doc_obj == NULL)
		goto fail;
	if (PyUnicode_Check(doc_obj)) {
		doc = PyUnicode_AsUTF8AndSize(doc_obj, &doc_len);
		if (doc == NULL) {
			Py_DECREF(doc_obj);
			goto fail;
		}
	}
	r->doc = malloc(sizeof(SIGNATURE) + (size_t)doc_len);
	if (r->doc == NULL) {
		Py_DECREF(doc_obj);
		PyErr_NoMemory();
		goto fail;
	}
	memcpy(r->doc, SIGNATURE, sizeof(SIGNATURE) - 1);
	memcpy(r->doc + sizeof(SIGNATURE) - 1, doc, (size_t)doc_len);
	r->doc[sizeof(SIGNATURE) - 1 + doc_len] = '\0';
	Py_DECREF(doc_obj);
	Py_INCREF(cls);
	r->cls = cls;
	Py_INCREF(fallback);
	r->fallback = fallback;
	Py_INCREF(state->struct_error);
	r->error = state->struct_error;
	r->def.ml_name = "from_bytes";
	r->def.ml_meth = (PyCFunction)(void (*)(void))from_bytes;
	r->def.ml_flags = METH_FASTCALL | METH_KEYWORDS;
	r->def.ml_doc = r->doc;
	function = PyCFunction_NewEx(&r->def, (PyObject *)r, NULL);
	Py_DECREF((PyObject *)r);
	return function;
fail:
	Py_DECREF((PyObject *)r);
	return NULL;
}

static PyMethodDef module_methods[] = {
	{"reader", reader, METH_VARARGS,
	 "reader(cls, struct, fallback)\n--\n\n"
	 "The compiled from_bytes of cls: exactly struct.size bytes made into cls,"
	 " everything else by fallback."},
	{NULL, NULL, 0, NULL},
};

static int
module_exec(PyObject *module)
{
	State *state = PyModule_GetState(module);
	PyObject *struct_module = PyImport_ImportModule("struct");

	if (struct_module == NULL)
		return -1;
	state->struct_error = PyObject_GetAttrString(struct_module, "error");
	state->struct_type = PyObject_GetAttrString(struct_module, "Struct");
	Py_DECREF(struct_module);
	if (state->struct_error == NULL || state->struct_type == NULL)
		return -1;
	state->reader_type = PyType_FromModuleAndSpec(module, &reader_spec, NULL);
	if (state->reader_type == NULL)
		return -1;
	return 0;
}

static int
module_traverse(PyObject *module, visitproc visit, void *arg)
{
	State *state = PyModule_GetState(module);

	Py_VISIT(state->reader_type);
	Py_VISIT(state->struct_error);
	Py_VISIT(state->struct_type);
	return 0;
}

static int
module_clear(PyObject *module)
{
	State *state = PyModule_GetState(module);

	Py_CLEAR(state->reader_type);
	Py_CLEAR(state->struct_error);
	Py_CLEAR(state->struct_type);
	return 0;
}

static void
module_free(void *module)
{
	module_clear((PyObject *)module);
}

static PyModuleDef_Slot module_slots[] = {
	{Py_mod_exec, (void *)module_exec},
	{0, NULL},
};

static struct PyModuleDef module_def = {
	PyModuleDef_HEAD_INIT,
	.m_name = "_fastpath",
	.m_doc = "The compiled from_bytes of a generated struct (see the module's _install).",
	.m_size = sizeof(State),
	.m_methods = module_methods,
	.m_slots = module_slots,
	.m_traverse = module_traverse,
	.m_clear = module_clear,
	.m_free = module_free,
};

PyMODINIT_FUNC
PyInit__fastpath(void)
{
	return PyModuleDef_Init(&module_def);
}
