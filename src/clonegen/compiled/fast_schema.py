# Written by python3 -m clonegen.precompile from schema/spec.schema.json: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '\\.h$': re.compile('\\.h\\Z'),
    '\\.c$': re.compile('\\.c\\Z'),
    '\n': re.compile('\n'),
    '^(__|(__)?[a-z][a-z0-9]*_)$': re.compile('^(__|(__)?[a-z][a-z0-9]*_)\\Z'),
    '^[a-z0-9_/]+\\.h$': re.compile('^[a-z0-9_/]+\\.h\\Z'),
    '^VER[0-9]+$': re.compile('^VER[0-9]+\\Z'),
    '^(default|CONFIG_[A-Z0-9_]+)$': re.compile('^(default|CONFIG_[A-Z0-9_]+)\\Z'),
    '^CONFIG_[A-Z0-9_]+$': re.compile('^CONFIG_[A-Z0-9_]+\\Z'),
    '^[A-Za-z0-9(),.:_ -]+$': re.compile('^[A-Za-z0-9(),.:_ -]+\\Z'),
    '^E[A-Z0-9]+$': re.compile('^E[A-Z0-9]+\\Z'),
    '^(?!(const )?void$)(const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t)( __user)?( \\*+)?$': re.compile('^(?!(const )?void\\Z)(const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t)( __user)?( \\*+)?\\Z'),
    '^[0-9]{1,3}\\.[0-9]{1,3}(\\.[0-9]{1,3})?$': re.compile('^[0-9]{1,3}\\.[0-9]{1,3}(\\.[0-9]{1,3})?\\Z'),
    '^(?!(const )?(void|struct [a-z_][a-z0-9_]*)$)((const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t|bool|u8|u16|u32|u64|s8|s16|s32|s64|umode_t|loff_t|struct [a-z_][a-z0-9_]*)( __user)?( \\*+)?|(const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t|bool|u8|u16|u32|u64|s8|s16|s32|s64|umode_t|loff_t|struct [a-z_][a-z0-9_]*)( \\*+)? \\(\\*\\)\\((void|(const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t|bool|u8|u16|u32|u64|s8|s16|s32|s64|umode_t|loff_t|struct [a-z_][a-z0-9_]*)( __user)?( \\*+)?(, (const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t|bool|u8|u16|u32|u64|s8|s16|s32|s64|umode_t|loff_t|struct [a-z_][a-z0-9_]*)( __user)?( \\*+)?)*)\\))$': re.compile('^(?!(const )?(void|struct [a-z_][a-z0-9_]*)\\Z)((const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t|bool|u8|u16|u32|u64|s8|s16|s32|s64|umode_t|loff_t|struct [a-z_][a-z0-9_]*)( __user)?( \\*+)?|(const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t|bool|u8|u16|u32|u64|s8|s16|s32|s64|umode_t|loff_t|struct [a-z_][a-z0-9_]*)( \\*+)? \\(\\*\\)\\((void|(const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t|bool|u8|u16|u32|u64|s8|s16|s32|s64|umode_t|loff_t|struct [a-z_][a-z0-9_]*)( __user)?( \\*+)?(, (const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t|bool|u8|u16|u32|u64|s8|s16|s32|s64|umode_t|loff_t|struct [a-z_][a-z0-9_]*)( __user)?( \\*+)?)*)\\))\\Z'),
    '^[A-Z_][A-Z0-9_]*$': re.compile('^[A-Z_][A-Z0-9_]*\\Z'),
    '(^|/)\\.\\.?(/|$)|//|/$|\n': re.compile('(^|/)\\.\\.?(/|\\Z)|//|/\\Z|\n'),
    '^[A-Za-z0-9_][A-Za-z0-9_./-]*$': re.compile('^[A-Za-z0-9_][A-Za-z0-9_./-]*\\Z'),
    '^[A-Za-z_][A-Za-z0-9_]*$': re.compile('^[A-Za-z_][A-Za-z0-9_]*\\Z')
}

NoneType = type(None)

def validate_https___clonegen_invalid_schema_spec_1_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['spec', 'name', 'doc', 'uapi', 'kernel', 'syscall', 'versions', 'fields']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("")
        data_keys = set(data.keys())
        if "spec" in data_keys:
            data_keys.remove("spec")
            data__spec = data["spec"]
            if not (isinstance(data__spec, (int, float)) and not isinstance(data__spec, bool) and data__spec == 1):
                raise JsonSchemaValueException("")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__name, custom_formats, name_prefix)
        if "doc" in data_keys:
            data_keys.remove("doc")
            data__doc = data["doc"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__doc, custom_formats, name_prefix)
        if "uapi" in data_keys:
            data_keys.remove("uapi")
            data__uapi = data["uapi"]
            if not isinstance(data__uapi, (dict)):
                raise JsonSchemaValueException("")
            data__uapi_is_dict = isinstance(data__uapi, dict)
            if data__uapi_is_dict:
                data__uapi__missing_keys = set(['struct', 'header', 'macro_prefix']) - data__uapi.keys()
                if data__uapi__missing_keys:
                    raise JsonSchemaValueException("")
                data__uapi_keys = set(data__uapi.keys())
                if "struct" in data__uapi_keys:
                    data__uapi_keys.remove("struct")
                    data__uapi__struct = data__uapi["struct"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__uapi__struct, custom_formats, name_prefix)
                if "header" in data__uapi_keys:
                    data__uapi_keys.remove("header")
                    data__uapi__header = data__uapi["header"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_relpath(data__uapi__header, custom_formats, name_prefix)
                    if isinstance(data__uapi__header, str):
                        if not REGEX_PATTERNS['\\.h$'].search(data__uapi__header):
                            raise JsonSchemaValueException("")
                if "macro_prefix" in data__uapi_keys:
                    data__uapi_keys.remove("macro_prefix")
                    data__uapi__macroprefix = data__uapi["macro_prefix"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__uapi__macroprefix, custom_formats, name_prefix)
                if "layout" in data__uapi_keys:
                    data__uapi_keys.remove("layout")
                    data__uapi__layout = data__uapi["layout"]
                    if not (isinstance(data__uapi__layout, str) and data__uapi__layout == 'aligned_u64' or isinstance(data__uapi__layout, str) and data__uapi__layout == 'u64' or isinstance(data__uapi__layout, str) and data__uapi__layout == 'mixed'):
                        raise JsonSchemaValueException("")
                else: data__uapi["layout"] = 'aligned_u64'
                if data__uapi_keys:
                    raise JsonSchemaValueException("")
        if "kernel" in data_keys:
            data_keys.remove("kernel")
            data__kernel = data["kernel"]
            if not isinstance(data__kernel, (dict)):
                raise JsonSchemaValueException("")
            data__kernel_is_dict = isinstance(data__kernel, dict)
            if data__kernel_is_dict:
                data__kernel__missing_keys = set(['struct', 'header', 'source', 'copy_function', 'valid_function', 'common_function', 'doc']) - data__kernel.keys()
                if data__kernel__missing_keys:
                    raise JsonSchemaValueException("")
                data__kernel_keys = set(data__kernel.keys())
                if "struct" in data__kernel_keys:
                    data__kernel_keys.remove("struct")
                    data__kernel__struct = data__kernel["struct"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__kernel__struct, custom_formats, name_prefix)
                if "header" in data__kernel_keys:
                    data__kernel_keys.remove("header")
                    data__kernel__header = data__kernel["header"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_relpath(data__kernel__header, custom_formats, name_prefix)
                    if isinstance(data__kernel__header, str):
                        if not REGEX_PATTERNS['\\.h$'].search(data__kernel__header):
                            raise JsonSchemaValueException("")
                if "source" in data__kernel_keys:
                    data__kernel_keys.remove("source")
                    data__kernel__source = data__kernel["source"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_relpath(data__kernel__source, custom_formats, name_prefix)
                    if isinstance(data__kernel__source, str):
                        if not REGEX_PATTERNS['\\.c$'].search(data__kernel__source):
                            raise JsonSchemaValueException("")
                if "copy_function" in data__kernel_keys:
                    data__kernel_keys.remove("copy_function")
                    data__kernel__copyfunction = data__kernel["copy_function"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__kernel__copyfunction, custom_formats, name_prefix)
                if "valid_function" in data__kernel_keys:
                    data__kernel_keys.remove("valid_function")
                    data__kernel__validfunction = data__kernel["valid_function"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__kernel__validfunction, custom_formats, name_prefix)
                if "common_function" in data__kernel_keys:
                    data__kernel_keys.remove("common_function")
                    data__kernel__commonfunction = data__kernel["common_function"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__kernel__commonfunction, custom_formats, name_prefix)
                if "checked_in" in data__kernel_keys:
                    data__kernel_keys.remove("checked_in")
                    data__kernel__checkedin = data__kernel["checked_in"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__kernel__checkedin, custom_formats, name_prefix)
                if "common_returns" in data__kernel_keys:
                    data__kernel_keys.remove("common_returns")
                    data__kernel__commonreturns = data__kernel["common_returns"]
                    if not (isinstance(data__kernel__commonreturns, str) and data__kernel__commonreturns == 'long' or isinstance(data__kernel__commonreturns, str) and data__kernel__commonreturns == 'int' or isinstance(data__kernel__commonreturns, str) and data__kernel__commonreturns == 'pid_t'):
                        raise JsonSchemaValueException("")
                else: data__kernel["common_returns"] = 'long'
                if "doc" in data__kernel_keys:
                    data__kernel_keys.remove("doc")
                    data__kernel__doc = data__kernel["doc"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__kernel__doc, custom_formats, name_prefix)
                if "members" in data__kernel_keys:
                    data__kernel_keys.remove("members")
                    data__kernel__members = data__kernel["members"]
                    if not isinstance(data__kernel__members, (list, tuple)):
                        raise JsonSchemaValueException("")
                    data__kernel__members_is_list = isinstance(data__kernel__members, (list, tuple))
                    if data__kernel__members_is_list:
                        data__kernel__members_len = len(data__kernel__members)
                        for data__kernel__members_x, data__kernel__members_item in enumerate(data__kernel__members):
                            if not isinstance(data__kernel__members_item, (dict)):
                                raise JsonSchemaValueException("")
                            data__kernel__members_item_is_dict = isinstance(data__kernel__members_item, dict)
                            if data__kernel__members_item_is_dict:
                                data__kernel__members_item__missing_keys = set(['name', 'type', 'doc']) - data__kernel__members_item.keys()
                                if data__kernel__members_item__missing_keys:
                                    raise JsonSchemaValueException("")
                                data__kernel__members_item_keys = set(data__kernel__members_item.keys())
                                if "name" in data__kernel__members_item_keys:
                                    data__kernel__members_item_keys.remove("name")
                                    data__kernel__members_item__name = data__kernel__members_item["name"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__kernel__members_item__name, custom_formats, name_prefix)
                                if "type" in data__kernel__members_item_keys:
                                    data__kernel__members_item_keys.remove("type")
                                    data__kernel__members_item__type = data__kernel__members_item["type"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_ctype(data__kernel__members_item__type, custom_formats, name_prefix)
                                if "bits" in data__kernel__members_item_keys:
                                    data__kernel__members_item_keys.remove("bits")
                                    data__kernel__members_item__bits = data__kernel__members_item["bits"]
                                    if not isinstance(data__kernel__members_item__bits, (int)) and not (isinstance(data__kernel__members_item__bits, float) and data__kernel__members_item__bits.is_integer()) or isinstance(data__kernel__members_item__bits, bool):
                                        raise JsonSchemaValueException("")
                                    if isinstance(data__kernel__members_item__bits, (int, float, Decimal)) and not isinstance(data__kernel__members_item__bits, bool):
                                        if data__kernel__members_item__bits < 1:
                                            raise JsonSchemaValueException("")
                                        if data__kernel__members_item__bits > 32:
                                            raise JsonSchemaValueException("")
                                if "doc" in data__kernel__members_item_keys:
                                    data__kernel__members_item_keys.remove("doc")
                                    data__kernel__members_item__doc = data__kernel__members_item["doc"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__kernel__members_item__doc, custom_formats, name_prefix)
                                if "after" in data__kernel__members_item_keys:
                                    data__kernel__members_item_keys.remove("after")
                                    data__kernel__members_item__after = data__kernel__members_item["after"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__kernel__members_item__after, custom_formats, name_prefix)
                                if data__kernel__members_item_keys:
                                    raise JsonSchemaValueException("")
                            try:
                                data__kernel__members_item_is_dict = isinstance(data__kernel__members_item, dict)
                                if data__kernel__members_item_is_dict:
                                    data__kernel__members_item__missing_keys = set(['bits']) - data__kernel__members_item.keys()
                                    if data__kernel__members_item__missing_keys:
                                        raise JsonSchemaValueException("")
                            except (JsonSchemaValueException, JsonSchemaValuesException):
                                pass
                            else:
                                data__kernel__members_item_is_dict = isinstance(data__kernel__members_item, dict)
                                if data__kernel__members_item_is_dict:
                                    data__kernel__members_item_keys = set(data__kernel__members_item.keys())
                                    if "type" in data__kernel__members_item_keys:
                                        data__kernel__members_item_keys.remove("type")
                                        data__kernel__members_item__type = data__kernel__members_item["type"]
                                        if not (isinstance(data__kernel__members_item__type, str) and data__kernel__members_item__type == 'u32' or isinstance(data__kernel__members_item__type, str) and data__kernel__members_item__type == 's32' or isinstance(data__kernel__members_item__type, str) and data__kernel__members_item__type == 'int' or isinstance(data__kernel__members_item__type, str) and data__kernel__members_item__type == 'unsigned int' or isinstance(data__kernel__members_item__type, str) and data__kernel__members_item__type == 'unsigned' or isinstance(data__kernel__members_item__type, str) and data__kernel__members_item__type == 'u64' or isinstance(data__kernel__members_item__type, str) and data__kernel__members_item__type == 's64' or isinstance(data__kernel__members_item__type, str) and data__kernel__members_item__type == 'long' or isinstance(data__kernel__members_item__type, str) and data__kernel__members_item__type == 'unsigned long'):
                                            raise JsonSchemaValueException("")
                if "tree" in data__kernel_keys:
                    data__kernel_keys.remove("tree")
                    data__kernel__tree = data__kernel["tree"]
                    if not isinstance(data__kernel__tree, (dict)):
                        raise JsonSchemaValueException("")
                    data__kernel__tree_is_dict = isinstance(data__kernel__tree, dict)
                    if data__kernel__tree_is_dict:
                        data__kernel__tree__missing_keys = set(['uapi', 'header', 'source']) - data__kernel__tree.keys()
                        if data__kernel__tree__missing_keys:
                            raise JsonSchemaValueException("")
                        data__kernel__tree_keys = set(data__kernel__tree.keys())
                        if "uapi" in data__kernel__tree_keys:
                            data__kernel__tree_keys.remove("uapi")
                            data__kernel__tree__uapi = data__kernel__tree["uapi"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_relpath(data__kernel__tree__uapi, custom_formats, name_prefix)
                        if "header" in data__kernel__tree_keys:
                            data__kernel__tree_keys.remove("header")
                            data__kernel__tree__header = data__kernel__tree["header"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_relpath(data__kernel__tree__header, custom_formats, name_prefix)
                        if "source" in data__kernel__tree_keys:
                            data__kernel__tree_keys.remove("source")
                            data__kernel__tree__source = data__kernel__tree["source"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_relpath(data__kernel__tree__source, custom_formats, name_prefix)
                        if "functions" in data__kernel__tree_keys:
                            data__kernel__tree_keys.remove("functions")
                            data__kernel__tree__functions = data__kernel__tree["functions"]
                            if not isinstance(data__kernel__tree__functions, (list, tuple)):
                                raise JsonSchemaValueException("")
                            data__kernel__tree__functions_is_list = isinstance(data__kernel__tree__functions, (list, tuple))
                            if data__kernel__tree__functions_is_list:
                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                data__kernel__tree__functions_len = len(data__kernel__tree__functions)
                                if data__kernel__tree__functions_len > len(set(fn(data__kernel__tree__functions_x) for data__kernel__tree__functions_x in data__kernel__tree__functions)):
                                    raise JsonSchemaValueException("")
                                for data__kernel__tree__functions_x, data__kernel__tree__functions_item in enumerate(data__kernel__tree__functions):
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__kernel__tree__functions_item, custom_formats, name_prefix)
                        if "exports" in data__kernel__tree_keys:
                            data__kernel__tree_keys.remove("exports")
                            data__kernel__tree__exports = data__kernel__tree["exports"]
                            if not isinstance(data__kernel__tree__exports, (list, tuple)):
                                raise JsonSchemaValueException("")
                            data__kernel__tree__exports_is_list = isinstance(data__kernel__tree__exports, (list, tuple))
                            if data__kernel__tree__exports_is_list:
                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                data__kernel__tree__exports_len = len(data__kernel__tree__exports)
                                if data__kernel__tree__exports_len > len(set(fn(data__kernel__tree__exports_x) for data__kernel__tree__exports_x in data__kernel__tree__exports)):
                                    raise JsonSchemaValueException("")
                                for data__kernel__tree__exports_x, data__kernel__tree__exports_item in enumerate(data__kernel__tree__exports):
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__kernel__tree__exports_item, custom_formats, name_prefix)
                        if "helpers" in data__kernel__tree_keys:
                            data__kernel__tree_keys.remove("helpers")
                            data__kernel__tree__helpers = data__kernel__tree["helpers"]
                            if not isinstance(data__kernel__tree__helpers, (list, tuple)):
                                raise JsonSchemaValueException("")
                            data__kernel__tree__helpers_is_list = isinstance(data__kernel__tree__helpers, (list, tuple))
                            if data__kernel__tree__helpers_is_list:
                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                data__kernel__tree__helpers_len = len(data__kernel__tree__helpers)
                                if data__kernel__tree__helpers_len > len(set(fn(data__kernel__tree__helpers_x) for data__kernel__tree__helpers_x in data__kernel__tree__helpers)):
                                    raise JsonSchemaValueException("")
                                for data__kernel__tree__helpers_x, data__kernel__tree__helpers_item in enumerate(data__kernel__tree__helpers):
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__kernel__tree__helpers_item, custom_formats, name_prefix)
                        if "macros" in data__kernel__tree_keys:
                            data__kernel__tree_keys.remove("macros")
                            data__kernel__tree__macros = data__kernel__tree["macros"]
                            if not isinstance(data__kernel__tree__macros, (list, tuple)):
                                raise JsonSchemaValueException("")
                            data__kernel__tree__macros_is_list = isinstance(data__kernel__tree__macros, (list, tuple))
                            if data__kernel__tree__macros_is_list:
                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                data__kernel__tree__macros_len = len(data__kernel__tree__macros)
                                if data__kernel__tree__macros_len > len(set(fn(data__kernel__tree__macros_x) for data__kernel__tree__macros_x in data__kernel__tree__macros)):
                                    raise JsonSchemaValueException("")
                                for data__kernel__tree__macros_x, data__kernel__tree__macros_item in enumerate(data__kernel__tree__macros):
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__kernel__tree__macros_item, custom_formats, name_prefix)
                        if data__kernel__tree_keys:
                            raise JsonSchemaValueException("")
                if data__kernel_keys:
                    raise JsonSchemaValueException("")
        if "libc" in data_keys:
            data_keys.remove("libc")
            data__libc = data["libc"]
            if not isinstance(data__libc, (dict)):
                raise JsonSchemaValueException("")
            data__libc_is_dict = isinstance(data__libc, dict)
            if data__libc_is_dict:
                data__libc__missing_keys = set(['prefix']) - data__libc.keys()
                if data__libc__missing_keys:
                    raise JsonSchemaValueException("")
                data__libc_keys = set(data__libc.keys())
                if "prefix" in data__libc_keys:
                    data__libc_keys.remove("prefix")
                    data__libc__prefix = data__libc["prefix"]
                    if not isinstance(data__libc__prefix, (str)):
                        raise JsonSchemaValueException("")
                    try:
                        if not isinstance(data__libc__prefix, (str)):
                            raise JsonSchemaValueException("")
                        if isinstance(data__libc__prefix, str):
                            if not REGEX_PATTERNS['\n'].search(data__libc__prefix):
                                raise JsonSchemaValueException("")
                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    else:
                        raise JsonSchemaValueException("")
                    if isinstance(data__libc__prefix, str):
                        data__libc__prefix_len = len(data__libc__prefix)
                        if data__libc__prefix_len > 16:
                            raise JsonSchemaValueException("")
                        if not REGEX_PATTERNS['^(__|(__)?[a-z][a-z0-9]*_)$'].search(data__libc__prefix):
                            raise JsonSchemaValueException("")
                if "reserved_namespace" in data__libc_keys:
                    data__libc_keys.remove("reserved_namespace")
                    data__libc__reservednamespace = data__libc["reserved_namespace"]
                    if not isinstance(data__libc__reservednamespace, (bool)):
                        raise JsonSchemaValueException("")
                if "fallback" in data__libc_keys:
                    data__libc_keys.remove("fallback")
                    data__libc__fallback = data__libc["fallback"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__libc__fallback, custom_formats, name_prefix)
                if "forklike" in data__libc_keys:
                    data__libc_keys.remove("forklike")
                    data__libc__forklike = data__libc["forklike"]
                    if not isinstance(data__libc__forklike, (dict)):
                        raise JsonSchemaValueException("")
                    data__libc__forklike_is_dict = isinstance(data__libc__forklike, dict)
                    if data__libc__forklike_is_dict:
                        data__libc__forklike__missing_keys = set(['refuse_flags', 'refuse_fields']) - data__libc__forklike.keys()
                        if data__libc__forklike__missing_keys:
                            raise JsonSchemaValueException("")
                        data__libc__forklike_keys = set(data__libc__forklike.keys())
                        if "refuse_flags" in data__libc__forklike_keys:
                            data__libc__forklike_keys.remove("refuse_flags")
                            data__libc__forklike__refuseflags = data__libc__forklike["refuse_flags"]
                            if not isinstance(data__libc__forklike__refuseflags, (list, tuple)):
                                raise JsonSchemaValueException("")
                            data__libc__forklike__refuseflags_is_list = isinstance(data__libc__forklike__refuseflags, (list, tuple))
                            if data__libc__forklike__refuseflags_is_list:
                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                data__libc__forklike__refuseflags_len = len(data__libc__forklike__refuseflags)
                                if data__libc__forklike__refuseflags_len > len(set(fn(data__libc__forklike__refuseflags_x) for data__libc__forklike__refuseflags_x in data__libc__forklike__refuseflags)):
                                    raise JsonSchemaValueException("")
                                for data__libc__forklike__refuseflags_x, data__libc__forklike__refuseflags_item in enumerate(data__libc__forklike__refuseflags):
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__libc__forklike__refuseflags_item, custom_formats, name_prefix)
                        if "refuse_fields" in data__libc__forklike_keys:
                            data__libc__forklike_keys.remove("refuse_fields")
                            data__libc__forklike__refusefields = data__libc__forklike["refuse_fields"]
                            if not isinstance(data__libc__forklike__refusefields, (list, tuple)):
                                raise JsonSchemaValueException("")
                            data__libc__forklike__refusefields_is_list = isinstance(data__libc__forklike__refusefields, (list, tuple))
                            if data__libc__forklike__refusefields_is_list:
                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                data__libc__forklike__refusefields_len = len(data__libc__forklike__refusefields)
                                if data__libc__forklike__refusefields_len > len(set(fn(data__libc__forklike__refusefields_x) for data__libc__forklike__refusefields_x in data__libc__forklike__refusefields)):
                                    raise JsonSchemaValueException("")
                                for data__libc__forklike__refusefields_x, data__libc__forklike__refusefields_item in enumerate(data__libc__forklike__refusefields):
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__libc__forklike__refusefields_item, custom_formats, name_prefix)
                        if data__libc__forklike_keys:
                            raise JsonSchemaValueException("")
                if "agreement_headers" in data__libc_keys:
                    data__libc_keys.remove("agreement_headers")
                    data__libc__agreementheaders = data__libc["agreement_headers"]
                    if not isinstance(data__libc__agreementheaders, (list, tuple)):
                        raise JsonSchemaValueException("")
                    data__libc__agreementheaders_is_list = isinstance(data__libc__agreementheaders, (list, tuple))
                    if data__libc__agreementheaders_is_list:
                        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                        data__libc__agreementheaders_len = len(data__libc__agreementheaders)
                        if data__libc__agreementheaders_len > len(set(fn(data__libc__agreementheaders_x) for data__libc__agreementheaders_x in data__libc__agreementheaders)):
                            raise JsonSchemaValueException("")
                        for data__libc__agreementheaders_x, data__libc__agreementheaders_item in enumerate(data__libc__agreementheaders):
                            if not isinstance(data__libc__agreementheaders_item, (str)):
                                raise JsonSchemaValueException("")
                            try:
                                if not isinstance(data__libc__agreementheaders_item, (str)):
                                    raise JsonSchemaValueException("")
                                if isinstance(data__libc__agreementheaders_item, str):
                                    if not REGEX_PATTERNS['\n'].search(data__libc__agreementheaders_item):
                                        raise JsonSchemaValueException("")
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            else:
                                raise JsonSchemaValueException("")
                            if isinstance(data__libc__agreementheaders_item, str):
                                if not REGEX_PATTERNS['^[a-z0-9_/]+\\.h$'].search(data__libc__agreementheaders_item):
                                    raise JsonSchemaValueException("")
                if data__libc_keys:
                    raise JsonSchemaValueException("")
        if "syscall" in data_keys:
            data_keys.remove("syscall")
            data__syscall = data["syscall"]
            if not isinstance(data__syscall, (dict)):
                raise JsonSchemaValueException("")
            data__syscall_is_dict = isinstance(data__syscall, dict)
            if data__syscall_is_dict:
                data__syscall__missing_keys = set(['name', 'numbers', 'size']) - data__syscall.keys()
                if data__syscall__missing_keys:
                    raise JsonSchemaValueException("")
                data__syscall_keys = set(data__syscall.keys())
                if "name" in data__syscall_keys:
                    data__syscall_keys.remove("name")
                    data__syscall__name = data__syscall["name"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__syscall__name, custom_formats, name_prefix)
                if "numbers" in data__syscall_keys:
                    data__syscall_keys.remove("numbers")
                    data__syscall__numbers = data__syscall["numbers"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_numbers(data__syscall__numbers, custom_formats, name_prefix)
                if "size" in data__syscall_keys:
                    data__syscall_keys.remove("size")
                    data__syscall__size = data__syscall["size"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_size_policy(data__syscall__size, custom_formats, name_prefix)
                if "direction" in data__syscall_keys:
                    data__syscall_keys.remove("direction")
                    data__syscall__direction = data__syscall["direction"]
                    if not (isinstance(data__syscall__direction, str) and data__syscall__direction == 'in' or isinstance(data__syscall__direction, str) and data__syscall__direction == 'out' or isinstance(data__syscall__direction, str) and data__syscall__direction == 'in_out'):
                        raise JsonSchemaValueException("")
                if data__syscall_keys:
                    raise JsonSchemaValueException("")
        if "constants" in data_keys:
            data_keys.remove("constants")
            data__constants = data["constants"]
            if not isinstance(data__constants, (list, tuple)):
                raise JsonSchemaValueException("")
            data__constants_is_list = isinstance(data__constants, (list, tuple))
            if data__constants_is_list:
                data__constants_len = len(data__constants)
                for data__constants_x, data__constants_item in enumerate(data__constants):
                    if not isinstance(data__constants_item, (dict)):
                        raise JsonSchemaValueException("")
                    data__constants_item_is_dict = isinstance(data__constants_item, dict)
                    if data__constants_item_is_dict:
                        data__constants_item__missing_keys = set(['name', 'value', 'doc']) - data__constants_item.keys()
                        if data__constants_item__missing_keys:
                            raise JsonSchemaValueException("")
                        data__constants_item_keys = set(data__constants_item.keys())
                        if "name" in data__constants_item_keys:
                            data__constants_item_keys.remove("name")
                            data__constants_item__name = data__constants_item["name"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__constants_item__name, custom_formats, name_prefix)
                        if "value" in data__constants_item_keys:
                            data__constants_item_keys.remove("value")
                            data__constants_item__value = data__constants_item["value"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_s64(data__constants_item__value, custom_formats, name_prefix)
                        if "doc" in data__constants_item_keys:
                            data__constants_item_keys.remove("doc")
                            data__constants_item__doc = data__constants_item["doc"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__constants_item__doc, custom_formats, name_prefix)
                        if "header" in data__constants_item_keys:
                            data__constants_item_keys.remove("header")
                            data__constants_item__header = data__constants_item["header"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_relpath(data__constants_item__header, custom_formats, name_prefix)
                        if "arch" in data__constants_item_keys:
                            data__constants_item_keys.remove("arch")
                            data__constants_item__arch = data__constants_item["arch"]
                            if not isinstance(data__constants_item__arch, (dict)):
                                raise JsonSchemaValueException("")
                            data__constants_item__arch_is_dict = isinstance(data__constants_item__arch, dict)
                            if data__constants_item__arch_is_dict:
                                data__constants_item__arch_len = len(data__constants_item__arch)
                                if data__constants_item__arch_len < 1:
                                    raise JsonSchemaValueException("")
                                data__constants_item__arch_keys = set(data__constants_item__arch.keys())
                                for data__constants_item__arch_key in data__constants_item__arch_keys:
                                    if data__constants_item__arch_key not in []:
                                        data__constants_item__arch_value = data__constants_item__arch.get(data__constants_item__arch_key)
                                        validate_https___clonegen_invalid_schema_spec_1_json___defs_u64(data__constants_item__arch_value, custom_formats, name_prefix)
                                if data__constants_item__arch_len != 0:
                                    data__constants_item__arch_property_names = True
                                    for data__constants_item__arch_key in data__constants_item__arch:
                                        try:
                                            validate_https___clonegen_invalid_schema_spec_1_json___defs_arch(data__constants_item__arch_key, custom_formats, name_prefix)
                                        except (JsonSchemaValueException, JsonSchemaValuesException):
                                            data__constants_item__arch_property_names = False
                                    if not data__constants_item__arch_property_names:
                                        raise JsonSchemaValueException("")
                        if "libc_header" in data__constants_item_keys:
                            data__constants_item_keys.remove("libc_header")
                            data__constants_item__libcheader = data__constants_item["libc_header"]
                            if not isinstance(data__constants_item__libcheader, (str)):
                                raise JsonSchemaValueException("")
                            try:
                                if not isinstance(data__constants_item__libcheader, (str)):
                                    raise JsonSchemaValueException("")
                                if isinstance(data__constants_item__libcheader, str):
                                    if not REGEX_PATTERNS['\n'].search(data__constants_item__libcheader):
                                        raise JsonSchemaValueException("")
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            else:
                                raise JsonSchemaValueException("")
                            if isinstance(data__constants_item__libcheader, str):
                                if not REGEX_PATTERNS['^[a-z0-9_/]+\\.h$'].search(data__constants_item__libcheader):
                                    raise JsonSchemaValueException("")
                        if "libc_only" in data__constants_item_keys:
                            data__constants_item_keys.remove("libc_only")
                            data__constants_item__libconly = data__constants_item["libc_only"]
                            if not isinstance(data__constants_item__libconly, (dict)):
                                raise JsonSchemaValueException("")
                            data__constants_item__libconly_is_dict = isinstance(data__constants_item__libconly, dict)
                            if data__constants_item__libconly_is_dict:
                                data__constants_item__libconly__missing_keys = set(['libc', 'doc']) - data__constants_item__libconly.keys()
                                if data__constants_item__libconly__missing_keys:
                                    raise JsonSchemaValueException("")
                                data__constants_item__libconly_keys = set(data__constants_item__libconly.keys())
                                if "libc" in data__constants_item__libconly_keys:
                                    data__constants_item__libconly_keys.remove("libc")
                                    data__constants_item__libconly__libc = data__constants_item__libconly["libc"]
                                    if not (isinstance(data__constants_item__libconly__libc, str) and data__constants_item__libconly__libc == 'glibc'):
                                        raise JsonSchemaValueException("")
                                if "doc" in data__constants_item__libconly_keys:
                                    data__constants_item__libconly_keys.remove("doc")
                                    data__constants_item__libconly__doc = data__constants_item__libconly["doc"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__constants_item__libconly__doc, custom_formats, name_prefix)
                                if data__constants_item__libconly_keys:
                                    raise JsonSchemaValueException("")
                        if "style" in data__constants_item_keys:
                            data__constants_item_keys.remove("style")
                            data__constants_item__style = data__constants_item["style"]
                            if not (isinstance(data__constants_item__style, str) and data__constants_item__style == 'flag' or isinstance(data__constants_item__style, str) and data__constants_item__style == 'u64_bit'):
                                raise JsonSchemaValueException("")
                        if "since" in data__constants_item_keys:
                            data__constants_item_keys.remove("since")
                            data__constants_item__since = data__constants_item["since"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_release(data__constants_item__since, custom_formats, name_prefix)
                        if "bits" in data__constants_item_keys:
                            data__constants_item_keys.remove("bits")
                            data__constants_item__bits = data__constants_item["bits"]
                            if not isinstance(data__constants_item__bits, (list, tuple)):
                                raise JsonSchemaValueException("")
                            data__constants_item__bits_is_list = isinstance(data__constants_item__bits, (list, tuple))
                            if data__constants_item__bits_is_list:
                                data__constants_item__bits_len = len(data__constants_item__bits)
                                if data__constants_item__bits_len < 1:
                                    raise JsonSchemaValueException("")
                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                if data__constants_item__bits_len > len(set(fn(data__constants_item__bits_x) for data__constants_item__bits_x in data__constants_item__bits)):
                                    raise JsonSchemaValueException("")
                                for data__constants_item__bits_x, data__constants_item__bits_item in enumerate(data__constants_item__bits):
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__constants_item__bits_item, custom_formats, name_prefix)
                        if data__constants_item_keys:
                            raise JsonSchemaValueException("")
        if "versions" in data_keys:
            data_keys.remove("versions")
            data__versions = data["versions"]
            if not isinstance(data__versions, (list, tuple)):
                raise JsonSchemaValueException("")
            data__versions_is_list = isinstance(data__versions, (list, tuple))
            if data__versions_is_list:
                data__versions_len = len(data__versions)
                if data__versions_len < 1:
                    raise JsonSchemaValueException("")
                for data__versions_x, data__versions_item in enumerate(data__versions):
                    if not isinstance(data__versions_item, (dict)):
                        raise JsonSchemaValueException("")
                    data__versions_item_is_dict = isinstance(data__versions_item, dict)
                    if data__versions_item_is_dict:
                        data__versions_item__missing_keys = set(['name', 'size', 'since']) - data__versions_item.keys()
                        if data__versions_item__missing_keys:
                            raise JsonSchemaValueException("")
                        data__versions_item_keys = set(data__versions_item.keys())
                        if "name" in data__versions_item_keys:
                            data__versions_item_keys.remove("name")
                            data__versions_item__name = data__versions_item["name"]
                            if not isinstance(data__versions_item__name, (str)):
                                raise JsonSchemaValueException("")
                            try:
                                if not isinstance(data__versions_item__name, (str)):
                                    raise JsonSchemaValueException("")
                                if isinstance(data__versions_item__name, str):
                                    if not REGEX_PATTERNS['\n'].search(data__versions_item__name):
                                        raise JsonSchemaValueException("")
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            else:
                                raise JsonSchemaValueException("")
                            if isinstance(data__versions_item__name, str):
                                if not REGEX_PATTERNS['^VER[0-9]+$'].search(data__versions_item__name):
                                    raise JsonSchemaValueException("")
                        if "size" in data__versions_item_keys:
                            data__versions_item_keys.remove("size")
                            data__versions_item__size = data__versions_item["size"]
                            if not isinstance(data__versions_item__size, (int)) and not (isinstance(data__versions_item__size, float) and data__versions_item__size.is_integer()) or isinstance(data__versions_item__size, bool):
                                raise JsonSchemaValueException("")
                            if isinstance(data__versions_item__size, (int, float, Decimal)) and not isinstance(data__versions_item__size, bool):
                                if data__versions_item__size < 1:
                                    raise JsonSchemaValueException("")
                                if data__versions_item__size > 4096:
                                    raise JsonSchemaValueException("")
                        if "since" in data__versions_item_keys:
                            data__versions_item_keys.remove("since")
                            data__versions_item__since = data__versions_item["since"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_release(data__versions_item__since, custom_formats, name_prefix)
                        if "level" in data__versions_item_keys:
                            data__versions_item_keys.remove("level")
                            data__versions_item__level = data__versions_item["level"]
                            if not isinstance(data__versions_item__level, (int)) and not (isinstance(data__versions_item__level, float) and data__versions_item__level.is_integer()) or isinstance(data__versions_item__level, bool):
                                raise JsonSchemaValueException("")
                            if isinstance(data__versions_item__level, (int, float, Decimal)) and not isinstance(data__versions_item__level, bool):
                                if data__versions_item__level < 1:
                                    raise JsonSchemaValueException("")
                                if data__versions_item__level > 255:
                                    raise JsonSchemaValueException("")
                        if data__versions_item_keys:
                            raise JsonSchemaValueException("")
        if "fields" in data_keys:
            data_keys.remove("fields")
            data__fields = data["fields"]
            if not isinstance(data__fields, (list, tuple)):
                raise JsonSchemaValueException("")
            data__fields_is_list = isinstance(data__fields, (list, tuple))
            if data__fields_is_list:
                data__fields_len = len(data__fields)
                if data__fields_len < 1:
                    raise JsonSchemaValueException("")
                for data__fields_x, data__fields_item in enumerate(data__fields):
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_field(data__fields_item, custom_formats, name_prefix)
        if "checks" in data_keys:
            data_keys.remove("checks")
            data__checks = data["checks"]
            if not isinstance(data__checks, (list, tuple)):
                raise JsonSchemaValueException("")
            data__checks_is_list = isinstance(data__checks, (list, tuple))
            if data__checks_is_list:
                data__checks_len = len(data__checks)
                for data__checks_x, data__checks_item in enumerate(data__checks):
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_check(data__checks_item, custom_formats, name_prefix)
        if "clamps" in data_keys:
            data_keys.remove("clamps")
            data__clamps = data["clamps"]
            if not isinstance(data__clamps, (list, tuple)):
                raise JsonSchemaValueException("")
            data__clamps_is_list = isinstance(data__clamps, (list, tuple))
            if data__clamps_is_list:
                data__clamps_len = len(data__clamps)
                for data__clamps_x, data__clamps_item in enumerate(data__clamps):
                    if not isinstance(data__clamps_item, (dict)):
                        raise JsonSchemaValueException("")
                    data__clamps_item_is_dict = isinstance(data__clamps_item, dict)
                    if data__clamps_item_is_dict:
                        data__clamps_item__missing_keys = set(['field', 'min', 'max', 'doc']) - data__clamps_item.keys()
                        if data__clamps_item__missing_keys:
                            raise JsonSchemaValueException("")
                        data__clamps_item_keys = set(data__clamps_item.keys())
                        if "field" in data__clamps_item_keys:
                            data__clamps_item_keys.remove("field")
                            data__clamps_item__field = data__clamps_item["field"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__clamps_item__field, custom_formats, name_prefix)
                        if "min" in data__clamps_item_keys:
                            data__clamps_item_keys.remove("min")
                            data__clamps_item__min = data__clamps_item["min"]
                            data__clamps_item__min_one_of_count1 = 0
                            if data__clamps_item__min_one_of_count1 < 2:
                                try:
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_s64(data__clamps_item__min, custom_formats, name_prefix)
                                    data__clamps_item__min_one_of_count1 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if data__clamps_item__min_one_of_count1 < 2:
                                try:
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__clamps_item__min, custom_formats, name_prefix)
                                    data__clamps_item__min_one_of_count1 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if data__clamps_item__min_one_of_count1 != 1:
                                raise JsonSchemaValueException("")
                        if "max" in data__clamps_item_keys:
                            data__clamps_item_keys.remove("max")
                            data__clamps_item__max = data__clamps_item["max"]
                            data__clamps_item__max_one_of_count2 = 0
                            if data__clamps_item__max_one_of_count2 < 2:
                                try:
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_s64(data__clamps_item__max, custom_formats, name_prefix)
                                    data__clamps_item__max_one_of_count2 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if data__clamps_item__max_one_of_count2 < 2:
                                try:
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__clamps_item__max, custom_formats, name_prefix)
                                    data__clamps_item__max_one_of_count2 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if data__clamps_item__max_one_of_count2 != 1:
                                raise JsonSchemaValueException("")
                        if "doc" in data__clamps_item_keys:
                            data__clamps_item_keys.remove("doc")
                            data__clamps_item__doc = data__clamps_item["doc"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__clamps_item__doc, custom_formats, name_prefix)
                        if data__clamps_item_keys:
                            raise JsonSchemaValueException("")
        if "adjust" in data_keys:
            data_keys.remove("adjust")
            data__adjust = data["adjust"]
            if not isinstance(data__adjust, (list, tuple)):
                raise JsonSchemaValueException("")
            data__adjust_is_list = isinstance(data__adjust, (list, tuple))
            if data__adjust_is_list:
                data__adjust_len = len(data__adjust)
                for data__adjust_x, data__adjust_item in enumerate(data__adjust):
                    data__adjust_item_one_of_count3 = 0
                    if data__adjust_item_one_of_count3 < 2:
                        try:
                            if not isinstance(data__adjust_item, (dict)):
                                raise JsonSchemaValueException("")
                            data__adjust_item_is_dict = isinstance(data__adjust_item, dict)
                            if data__adjust_item_is_dict:
                                data__adjust_item__missing_keys = set(['call', 'header', 'doc']) - data__adjust_item.keys()
                                if data__adjust_item__missing_keys:
                                    raise JsonSchemaValueException("")
                                data__adjust_item_keys = set(data__adjust_item.keys())
                                if "call" in data__adjust_item_keys:
                                    data__adjust_item_keys.remove("call")
                                    data__adjust_item__call = data__adjust_item["call"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__adjust_item__call, custom_formats, name_prefix)
                                if "header" in data__adjust_item_keys:
                                    data__adjust_item_keys.remove("header")
                                    data__adjust_item__header = data__adjust_item["header"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_relpath(data__adjust_item__header, custom_formats, name_prefix)
                                if "doc" in data__adjust_item_keys:
                                    data__adjust_item_keys.remove("doc")
                                    data__adjust_item__doc = data__adjust_item["doc"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__adjust_item__doc, custom_formats, name_prefix)
                                if "since" in data__adjust_item_keys:
                                    data__adjust_item_keys.remove("since")
                                    data__adjust_item__since = data__adjust_item["since"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_release(data__adjust_item__since, custom_formats, name_prefix)
                                if data__adjust_item_keys:
                                    raise JsonSchemaValueException("")
                            data__adjust_item_one_of_count3 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if data__adjust_item_one_of_count3 < 2:
                        try:
                            if not isinstance(data__adjust_item, (dict)):
                                raise JsonSchemaValueException("")
                            data__adjust_item_is_dict = isinstance(data__adjust_item, dict)
                            if data__adjust_item_is_dict:
                                data__adjust_item__missing_keys = set(['field', 'set', 'doc']) - data__adjust_item.keys()
                                if data__adjust_item__missing_keys:
                                    raise JsonSchemaValueException("")
                                data__adjust_item_keys = set(data__adjust_item.keys())
                                if "field" in data__adjust_item_keys:
                                    data__adjust_item_keys.remove("field")
                                    data__adjust_item__field = data__adjust_item["field"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__adjust_item__field, custom_formats, name_prefix)
                                if "set" in data__adjust_item_keys:
                                    data__adjust_item_keys.remove("set")
                                    data__adjust_item__set = data__adjust_item["set"]
                                    if not isinstance(data__adjust_item__set, (list, tuple)):
                                        raise JsonSchemaValueException("")
                                    data__adjust_item__set_is_list = isinstance(data__adjust_item__set, (list, tuple))
                                    if data__adjust_item__set_is_list:
                                        data__adjust_item__set_len = len(data__adjust_item__set)
                                        if data__adjust_item__set_len < 1:
                                            raise JsonSchemaValueException("")
                                        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                        if data__adjust_item__set_len > len(set(fn(data__adjust_item__set_x) for data__adjust_item__set_x in data__adjust_item__set)):
                                            raise JsonSchemaValueException("")
                                        for data__adjust_item__set_x, data__adjust_item__set_item in enumerate(data__adjust_item__set):
                                            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__adjust_item__set_item, custom_formats, name_prefix)
                                if "when" in data__adjust_item_keys:
                                    data__adjust_item_keys.remove("when")
                                    data__adjust_item__when = data__adjust_item["when"]
                                    if not isinstance(data__adjust_item__when, (dict)):
                                        raise JsonSchemaValueException("")
                                    data__adjust_item__when_is_dict = isinstance(data__adjust_item__when, dict)
                                    if data__adjust_item__when_is_dict:
                                        data__adjust_item__when_len = len(data__adjust_item__when)
                                        if data__adjust_item__when_len < 2:
                                            raise JsonSchemaValueException("")
                                        if data__adjust_item__when_len > 2:
                                            raise JsonSchemaValueException("")
                                        data__adjust_item__when__missing_keys = set(['field']) - data__adjust_item__when.keys()
                                        if data__adjust_item__when__missing_keys:
                                            raise JsonSchemaValueException("")
                                        data__adjust_item__when_keys = set(data__adjust_item__when.keys())
                                        if "field" in data__adjust_item__when_keys:
                                            data__adjust_item__when_keys.remove("field")
                                            data__adjust_item__when__field = data__adjust_item__when["field"]
                                            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__adjust_item__when__field, custom_formats, name_prefix)
                                        if "any_set" in data__adjust_item__when_keys:
                                            data__adjust_item__when_keys.remove("any_set")
                                            data__adjust_item__when__anyset = data__adjust_item__when["any_set"]
                                            if not isinstance(data__adjust_item__when__anyset, (list, tuple)):
                                                raise JsonSchemaValueException("")
                                            data__adjust_item__when__anyset_is_list = isinstance(data__adjust_item__when__anyset, (list, tuple))
                                            if data__adjust_item__when__anyset_is_list:
                                                data__adjust_item__when__anyset_len = len(data__adjust_item__when__anyset)
                                                if data__adjust_item__when__anyset_len < 1:
                                                    raise JsonSchemaValueException("")
                                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                                if data__adjust_item__when__anyset_len > len(set(fn(data__adjust_item__when__anyset_x) for data__adjust_item__when__anyset_x in data__adjust_item__when__anyset)):
                                                    raise JsonSchemaValueException("")
                                                for data__adjust_item__when__anyset_x, data__adjust_item__when__anyset_item in enumerate(data__adjust_item__when__anyset):
                                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__adjust_item__when__anyset_item, custom_formats, name_prefix)
                                        if "none_set" in data__adjust_item__when_keys:
                                            data__adjust_item__when_keys.remove("none_set")
                                            data__adjust_item__when__noneset = data__adjust_item__when["none_set"]
                                            if not isinstance(data__adjust_item__when__noneset, (list, tuple)):
                                                raise JsonSchemaValueException("")
                                            data__adjust_item__when__noneset_is_list = isinstance(data__adjust_item__when__noneset, (list, tuple))
                                            if data__adjust_item__when__noneset_is_list:
                                                data__adjust_item__when__noneset_len = len(data__adjust_item__when__noneset)
                                                if data__adjust_item__when__noneset_len < 1:
                                                    raise JsonSchemaValueException("")
                                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                                if data__adjust_item__when__noneset_len > len(set(fn(data__adjust_item__when__noneset_x) for data__adjust_item__when__noneset_x in data__adjust_item__when__noneset)):
                                                    raise JsonSchemaValueException("")
                                                for data__adjust_item__when__noneset_x, data__adjust_item__when__noneset_item in enumerate(data__adjust_item__when__noneset):
                                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__adjust_item__when__noneset_item, custom_formats, name_prefix)
                                        if "all_set" in data__adjust_item__when_keys:
                                            data__adjust_item__when_keys.remove("all_set")
                                            data__adjust_item__when__allset = data__adjust_item__when["all_set"]
                                            if not isinstance(data__adjust_item__when__allset, (list, tuple)):
                                                raise JsonSchemaValueException("")
                                            data__adjust_item__when__allset_is_list = isinstance(data__adjust_item__when__allset, (list, tuple))
                                            if data__adjust_item__when__allset_is_list:
                                                data__adjust_item__when__allset_len = len(data__adjust_item__when__allset)
                                                if data__adjust_item__when__allset_len < 1:
                                                    raise JsonSchemaValueException("")
                                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                                if data__adjust_item__when__allset_len > len(set(fn(data__adjust_item__when__allset_x) for data__adjust_item__when__allset_x in data__adjust_item__when__allset)):
                                                    raise JsonSchemaValueException("")
                                                for data__adjust_item__when__allset_x, data__adjust_item__when__allset_item in enumerate(data__adjust_item__when__allset):
                                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__adjust_item__when__allset_item, custom_formats, name_prefix)
                                        if data__adjust_item__when_keys:
                                            raise JsonSchemaValueException("")
                                if "predicate" in data__adjust_item_keys:
                                    data__adjust_item_keys.remove("predicate")
                                    data__adjust_item__predicate = data__adjust_item["predicate"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__adjust_item__predicate, custom_formats, name_prefix)
                                if "doc" in data__adjust_item_keys:
                                    data__adjust_item_keys.remove("doc")
                                    data__adjust_item__doc = data__adjust_item["doc"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__adjust_item__doc, custom_formats, name_prefix)
                                if "since" in data__adjust_item_keys:
                                    data__adjust_item_keys.remove("since")
                                    data__adjust_item__since = data__adjust_item["since"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_release(data__adjust_item__since, custom_formats, name_prefix)
                                if data__adjust_item_keys:
                                    raise JsonSchemaValueException("")
                            data__adjust_item_one_of_count3 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if data__adjust_item_one_of_count3 != 1:
                        raise JsonSchemaValueException("")
        if "flags" in data_keys:
            data_keys.remove("flags")
            data__flags = data["flags"]
            if not isinstance(data__flags, (list, tuple)):
                raise JsonSchemaValueException("")
            data__flags_is_list = isinstance(data__flags, (list, tuple))
            if data__flags_is_list:
                data__flags_len = len(data__flags)
                for data__flags_x, data__flags_item in enumerate(data__flags):
                    if not isinstance(data__flags_item, (dict)):
                        raise JsonSchemaValueException("")
                    data__flags_item_is_dict = isinstance(data__flags_item, dict)
                    if data__flags_item_is_dict:
                        data__flags_item__missing_keys = set(['name', 'field', 'value', 'since', 'entry_points', 'doc']) - data__flags_item.keys()
                        if data__flags_item__missing_keys:
                            raise JsonSchemaValueException("")
                        data__flags_item_keys = set(data__flags_item.keys())
                        if "name" in data__flags_item_keys:
                            data__flags_item_keys.remove("name")
                            data__flags_item__name = data__flags_item["name"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__flags_item__name, custom_formats, name_prefix)
                        if "field" in data__flags_item_keys:
                            data__flags_item_keys.remove("field")
                            data__flags_item__field = data__flags_item["field"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__flags_item__field, custom_formats, name_prefix)
                        if "value" in data__flags_item_keys:
                            data__flags_item_keys.remove("value")
                            data__flags_item__value = data__flags_item["value"]
                            if not isinstance(data__flags_item__value, (int)) and not (isinstance(data__flags_item__value, float) and data__flags_item__value.is_integer()) or isinstance(data__flags_item__value, bool):
                                raise JsonSchemaValueException("")
                            if isinstance(data__flags_item__value, (int, float, Decimal)) and not isinstance(data__flags_item__value, bool):
                                if data__flags_item__value < 1:
                                    raise JsonSchemaValueException("")
                                if data__flags_item__value > 18446744073709551615:
                                    raise JsonSchemaValueException("")
                        if "since" in data__flags_item_keys:
                            data__flags_item_keys.remove("since")
                            data__flags_item__since = data__flags_item["since"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_release(data__flags_item__since, custom_formats, name_prefix)
                        if "entry_points" in data__flags_item_keys:
                            data__flags_item_keys.remove("entry_points")
                            data__flags_item__entrypoints = data__flags_item["entry_points"]
                            if not isinstance(data__flags_item__entrypoints, (list, tuple)):
                                raise JsonSchemaValueException("")
                            data__flags_item__entrypoints_is_list = isinstance(data__flags_item__entrypoints, (list, tuple))
                            if data__flags_item__entrypoints_is_list:
                                data__flags_item__entrypoints_len = len(data__flags_item__entrypoints)
                                if data__flags_item__entrypoints_len < 1:
                                    raise JsonSchemaValueException("")
                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                if data__flags_item__entrypoints_len > len(set(fn(data__flags_item__entrypoints_x) for data__flags_item__entrypoints_x in data__flags_item__entrypoints)):
                                    raise JsonSchemaValueException("")
                                for data__flags_item__entrypoints_x, data__flags_item__entrypoints_item in enumerate(data__flags_item__entrypoints):
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__flags_item__entrypoints_item, custom_formats, name_prefix)
                        if "doc" in data__flags_item_keys:
                            data__flags_item_keys.remove("doc")
                            data__flags_item__doc = data__flags_item["doc"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__flags_item__doc, custom_formats, name_prefix)
                        if "named_in_trace" in data__flags_item_keys:
                            data__flags_item_keys.remove("named_in_trace")
                            data__flags_item__namedintrace = data__flags_item["named_in_trace"]
                            if not isinstance(data__flags_item__namedintrace, (bool)):
                                raise JsonSchemaValueException("")
                        if "fills" in data__flags_item_keys:
                            data__flags_item_keys.remove("fills")
                            data__flags_item__fills = data__flags_item["fills"]
                            if not isinstance(data__flags_item__fills, (list, tuple)):
                                raise JsonSchemaValueException("")
                            data__flags_item__fills_is_list = isinstance(data__flags_item__fills, (list, tuple))
                            if data__flags_item__fills_is_list:
                                data__flags_item__fills_len = len(data__flags_item__fills)
                                if data__flags_item__fills_len < 1:
                                    raise JsonSchemaValueException("")
                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                if data__flags_item__fills_len > len(set(fn(data__flags_item__fills_x) for data__flags_item__fills_x in data__flags_item__fills)):
                                    raise JsonSchemaValueException("")
                                for data__flags_item__fills_x, data__flags_item__fills_item in enumerate(data__flags_item__fills):
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__flags_item__fills_item, custom_formats, name_prefix)
                        if "policy" in data__flags_item_keys:
                            data__flags_item_keys.remove("policy")
                            data__flags_item__policy = data__flags_item["policy"]
                            if not (isinstance(data__flags_item__policy, str) and data__flags_item__policy == 'always' or isinstance(data__flags_item__policy, str) and data__flags_item__policy == 'request' or isinstance(data__flags_item__policy, str) and data__flags_item__policy == 'available'):
                                raise JsonSchemaValueException("")
                        if "level" in data__flags_item_keys:
                            data__flags_item_keys.remove("level")
                            data__flags_item__level = data__flags_item["level"]
                            if not isinstance(data__flags_item__level, (int)) and not (isinstance(data__flags_item__level, float) and data__flags_item__level.is_integer()) or isinstance(data__flags_item__level, bool):
                                raise JsonSchemaValueException("")
                            if isinstance(data__flags_item__level, (int, float, Decimal)) and not isinstance(data__flags_item__level, bool):
                                if data__flags_item__level < 1:
                                    raise JsonSchemaValueException("")
                                if data__flags_item__level > 255:
                                    raise JsonSchemaValueException("")
                        if data__flags_item_keys:
                            raise JsonSchemaValueException("")
        if "entry_points" in data_keys:
            data_keys.remove("entry_points")
            data__entrypoints = data["entry_points"]
            if not isinstance(data__entrypoints, (list, tuple)):
                raise JsonSchemaValueException("")
            data__entrypoints_is_list = isinstance(data__entrypoints, (list, tuple))
            if data__entrypoints_is_list:
                data__entrypoints_len = len(data__entrypoints)
                for data__entrypoints_x, data__entrypoints_item in enumerate(data__entrypoints):
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_entry_point(data__entrypoints_item, custom_formats, name_prefix)
        if "abi_levels" in data_keys:
            data_keys.remove("abi_levels")
            data__abilevels = data["abi_levels"]
            if not isinstance(data__abilevels, (dict)):
                raise JsonSchemaValueException("")
            data__abilevels_is_dict = isinstance(data__abilevels, dict)
            if data__abilevels_is_dict:
                data__abilevels__missing_keys = set(['doc', 'query', 'levels']) - data__abilevels.keys()
                if data__abilevels__missing_keys:
                    raise JsonSchemaValueException("")
                data__abilevels_keys = set(data__abilevels.keys())
                if "doc" in data__abilevels_keys:
                    data__abilevels_keys.remove("doc")
                    data__abilevels__doc = data__abilevels["doc"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__abilevels__doc, custom_formats, name_prefix)
                if "query" in data__abilevels_keys:
                    data__abilevels_keys.remove("query")
                    data__abilevels__query = data__abilevels["query"]
                    if not isinstance(data__abilevels__query, (dict)):
                        raise JsonSchemaValueException("")
                    data__abilevels__query_is_dict = isinstance(data__abilevels__query, dict)
                    if data__abilevels__query_is_dict:
                        data__abilevels__query__missing_keys = set(['argument', 'value', 'doc']) - data__abilevels__query.keys()
                        if data__abilevels__query__missing_keys:
                            raise JsonSchemaValueException("")
                        data__abilevels__query_keys = set(data__abilevels__query.keys())
                        if "argument" in data__abilevels__query_keys:
                            data__abilevels__query_keys.remove("argument")
                            data__abilevels__query__argument = data__abilevels__query["argument"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__abilevels__query__argument, custom_formats, name_prefix)
                        if "value" in data__abilevels__query_keys:
                            data__abilevels__query_keys.remove("value")
                            data__abilevels__query__value = data__abilevels__query["value"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__abilevels__query__value, custom_formats, name_prefix)
                        if "doc" in data__abilevels__query_keys:
                            data__abilevels__query_keys.remove("doc")
                            data__abilevels__query__doc = data__abilevels__query["doc"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__abilevels__query__doc, custom_formats, name_prefix)
                        if data__abilevels__query_keys:
                            raise JsonSchemaValueException("")
                if "levels" in data__abilevels_keys:
                    data__abilevels_keys.remove("levels")
                    data__abilevels__levels = data__abilevels["levels"]
                    if not isinstance(data__abilevels__levels, (list, tuple)):
                        raise JsonSchemaValueException("")
                    data__abilevels__levels_is_list = isinstance(data__abilevels__levels, (list, tuple))
                    if data__abilevels__levels_is_list:
                        data__abilevels__levels_len = len(data__abilevels__levels)
                        if data__abilevels__levels_len < 1:
                            raise JsonSchemaValueException("")
                        if data__abilevels__levels_len > 64:
                            raise JsonSchemaValueException("")
                        for data__abilevels__levels_x, data__abilevels__levels_item in enumerate(data__abilevels__levels):
                            if not isinstance(data__abilevels__levels_item, (dict)):
                                raise JsonSchemaValueException("")
                            data__abilevels__levels_item_is_dict = isinstance(data__abilevels__levels_item, dict)
                            if data__abilevels__levels_item_is_dict:
                                data__abilevels__levels_item__missing_keys = set(['level', 'since']) - data__abilevels__levels_item.keys()
                                if data__abilevels__levels_item__missing_keys:
                                    raise JsonSchemaValueException("")
                                data__abilevels__levels_item_keys = set(data__abilevels__levels_item.keys())
                                if "level" in data__abilevels__levels_item_keys:
                                    data__abilevels__levels_item_keys.remove("level")
                                    data__abilevels__levels_item__level = data__abilevels__levels_item["level"]
                                    if not isinstance(data__abilevels__levels_item__level, (int)) and not (isinstance(data__abilevels__levels_item__level, float) and data__abilevels__levels_item__level.is_integer()) or isinstance(data__abilevels__levels_item__level, bool):
                                        raise JsonSchemaValueException("")
                                    if isinstance(data__abilevels__levels_item__level, (int, float, Decimal)) and not isinstance(data__abilevels__levels_item__level, bool):
                                        if data__abilevels__levels_item__level < 1:
                                            raise JsonSchemaValueException("")
                                        if data__abilevels__levels_item__level > 255:
                                            raise JsonSchemaValueException("")
                                if "since" in data__abilevels__levels_item_keys:
                                    data__abilevels__levels_item_keys.remove("since")
                                    data__abilevels__levels_item__since = data__abilevels__levels_item["since"]
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_release(data__abilevels__levels_item__since, custom_formats, name_prefix)
                                if data__abilevels__levels_item_keys:
                                    raise JsonSchemaValueException("")
                if data__abilevels_keys:
                    raise JsonSchemaValueException("")
        if "skip_outputs" in data_keys:
            data_keys.remove("skip_outputs")
            data__skipoutputs = data["skip_outputs"]
            if not isinstance(data__skipoutputs, (list, tuple)):
                raise JsonSchemaValueException("")
            data__skipoutputs_is_list = isinstance(data__skipoutputs, (list, tuple))
            if data__skipoutputs_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__skipoutputs_len = len(data__skipoutputs)
                if data__skipoutputs_len > len(set(fn(data__skipoutputs_x) for data__skipoutputs_x in data__skipoutputs)):
                    raise JsonSchemaValueException("")
                for data__skipoutputs_x, data__skipoutputs_item in enumerate(data__skipoutputs):
                    if not (isinstance(data__skipoutputs_item, str) and data__skipoutputs_item == 'rust' or isinstance(data__skipoutputs_item, str) and data__skipoutputs_item == 'go'):
                        raise JsonSchemaValueException("")
        if "arches" in data_keys:
            data_keys.remove("arches")
            data__arches = data["arches"]
            if not isinstance(data__arches, (list, tuple)):
                raise JsonSchemaValueException("")
            data__arches_is_list = isinstance(data__arches, (list, tuple))
            if data__arches_is_list:
                data__arches_len = len(data__arches)
                if data__arches_len < 1:
                    raise JsonSchemaValueException("")
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__arches_len > len(set(fn(data__arches_x) for data__arches_x in data__arches)):
                    raise JsonSchemaValueException("")
                for data__arches_x, data__arches_item in enumerate(data__arches):
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_arch(data__arches_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_entry_point(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'kind']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__name, custom_formats, name_prefix)
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'registers' or isinstance(data__kind, str) and data__kind == 'struct'):
                raise JsonSchemaValueException("")
        if "guard" in data_keys:
            data_keys.remove("guard")
            data__guard = data["guard"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__guard, custom_formats, name_prefix)
        if "arguments" in data_keys:
            data_keys.remove("arguments")
            data__arguments = data["arguments"]
            if not isinstance(data__arguments, (list, tuple)):
                raise JsonSchemaValueException("")
            data__arguments_is_list = isinstance(data__arguments, (list, tuple))
            if data__arguments_is_list:
                data__arguments_len = len(data__arguments)
                for data__arguments_x, data__arguments_item in enumerate(data__arguments):
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_argument(data__arguments_item, custom_formats, name_prefix)
        if "orders" in data_keys:
            data_keys.remove("orders")
            data__orders = data["orders"]
            if not isinstance(data__orders, (list, tuple)):
                raise JsonSchemaValueException("")
            data__orders_is_list = isinstance(data__orders, (list, tuple))
            if data__orders_is_list:
                data__orders_len = len(data__orders)
                if data__orders_len < 1:
                    raise JsonSchemaValueException("")
                for data__orders_x, data__orders_item in enumerate(data__orders):
                    if not isinstance(data__orders_item, (dict)):
                        raise JsonSchemaValueException("")
                    data__orders_item_is_dict = isinstance(data__orders_item, dict)
                    if data__orders_item_is_dict:
                        data__orders_item__missing_keys = set(['config', 'arguments']) - data__orders_item.keys()
                        if data__orders_item__missing_keys:
                            raise JsonSchemaValueException("")
                        data__orders_item_keys = set(data__orders_item.keys())
                        if "config" in data__orders_item_keys:
                            data__orders_item_keys.remove("config")
                            data__orders_item__config = data__orders_item["config"]
                            if not isinstance(data__orders_item__config, (str)):
                                raise JsonSchemaValueException("")
                            try:
                                if not isinstance(data__orders_item__config, (str)):
                                    raise JsonSchemaValueException("")
                                if isinstance(data__orders_item__config, str):
                                    if not REGEX_PATTERNS['\n'].search(data__orders_item__config):
                                        raise JsonSchemaValueException("")
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            else:
                                raise JsonSchemaValueException("")
                            if isinstance(data__orders_item__config, str):
                                if not REGEX_PATTERNS['^(default|CONFIG_[A-Z0-9_]+)$'].search(data__orders_item__config):
                                    raise JsonSchemaValueException("")
                        if "arches" in data__orders_item_keys:
                            data__orders_item_keys.remove("arches")
                            data__orders_item__arches = data__orders_item["arches"]
                            if not isinstance(data__orders_item__arches, (list, tuple)):
                                raise JsonSchemaValueException("")
                            data__orders_item__arches_is_list = isinstance(data__orders_item__arches, (list, tuple))
                            if data__orders_item__arches_is_list:
                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                data__orders_item__arches_len = len(data__orders_item__arches)
                                if data__orders_item__arches_len > len(set(fn(data__orders_item__arches_x) for data__orders_item__arches_x in data__orders_item__arches)):
                                    raise JsonSchemaValueException("")
                                for data__orders_item__arches_x, data__orders_item__arches_item in enumerate(data__orders_item__arches):
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_arch(data__orders_item__arches_item, custom_formats, name_prefix)
                        if "arguments" in data__orders_item_keys:
                            data__orders_item_keys.remove("arguments")
                            data__orders_item__arguments = data__orders_item["arguments"]
                            if not isinstance(data__orders_item__arguments, (list, tuple)):
                                raise JsonSchemaValueException("")
                            data__orders_item__arguments_is_list = isinstance(data__orders_item__arguments, (list, tuple))
                            if data__orders_item__arguments_is_list:
                                data__orders_item__arguments_len = len(data__orders_item__arguments)
                                if data__orders_item__arguments_len < 1:
                                    raise JsonSchemaValueException("")
                                if data__orders_item__arguments_len > 6:
                                    raise JsonSchemaValueException("")
                                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                if data__orders_item__arguments_len > len(set(fn(data__orders_item__arguments_x) for data__orders_item__arguments_x in data__orders_item__arguments)):
                                    raise JsonSchemaValueException("")
                                for data__orders_item__arguments_x, data__orders_item__arguments_item in enumerate(data__orders_item__arguments):
                                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__orders_item__arguments_item, custom_formats, name_prefix)
                        if data__orders_item_keys:
                            raise JsonSchemaValueException("")
        if "sets" in data_keys:
            data_keys.remove("sets")
            data__sets = data["sets"]
            if not isinstance(data__sets, (dict)):
                raise JsonSchemaValueException("")
            data__sets_is_dict = isinstance(data__sets, dict)
            if data__sets_is_dict:
                data__sets_keys = set(data__sets.keys())
                for data__sets_key in data__sets_keys:
                    if data__sets_key not in []:
                        data__sets_value = data__sets.get(data__sets_key)
                        validate_https___clonegen_invalid_schema_spec_1_json___defs_setter(data__sets_value, custom_formats, name_prefix)
                data__sets_len = len(data__sets)
                if data__sets_len != 0:
                    data__sets_property_names = True
                    for data__sets_key in data__sets:
                        try:
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__sets_key, custom_formats, name_prefix)
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__sets_property_names = False
                    if not data__sets_property_names:
                        raise JsonSchemaValueException("")
        if "requires" in data_keys:
            data_keys.remove("requires")
            data__requires = data["requires"]
            if not isinstance(data__requires, (dict)):
                raise JsonSchemaValueException("")
            data__requires_is_dict = isinstance(data__requires, dict)
            if data__requires_is_dict:
                data__requires__missing_keys = set(['config', 'errno', 'doc']) - data__requires.keys()
                if data__requires__missing_keys:
                    raise JsonSchemaValueException("")
                data__requires_keys = set(data__requires.keys())
                if "config" in data__requires_keys:
                    data__requires_keys.remove("config")
                    data__requires__config = data__requires["config"]
                    if not isinstance(data__requires__config, (str)):
                        raise JsonSchemaValueException("")
                    if isinstance(data__requires__config, str):
                        data__requires__config_len = len(data__requires__config)
                        if data__requires__config_len > 64:
                            raise JsonSchemaValueException("")
                        if not REGEX_PATTERNS['^CONFIG_[A-Z0-9_]+$'].search(data__requires__config):
                            raise JsonSchemaValueException("")
                if "errno" in data__requires_keys:
                    data__requires_keys.remove("errno")
                    data__requires__errno = data__requires["errno"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_errno(data__requires__errno, custom_formats, name_prefix)
                if "doc" in data__requires_keys:
                    data__requires_keys.remove("doc")
                    data__requires__doc = data__requires["doc"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__requires__doc, custom_formats, name_prefix)
                if data__requires_keys:
                    raise JsonSchemaValueException("")
        if "broken" in data_keys:
            data_keys.remove("broken")
            data__broken = data["broken"]
            if not isinstance(data__broken, (dict)):
                raise JsonSchemaValueException("")
            data__broken_is_dict = isinstance(data__broken, dict)
            if data__broken_is_dict:
                data__broken__missing_keys = set(['macro', 'errno', 'warning']) - data__broken.keys()
                if data__broken__missing_keys:
                    raise JsonSchemaValueException("")
                data__broken_keys = set(data__broken.keys())
                if "macro" in data__broken_keys:
                    data__broken_keys.remove("macro")
                    data__broken__macro = data__broken["macro"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__broken__macro, custom_formats, name_prefix)
                if "errno" in data__broken_keys:
                    data__broken_keys.remove("errno")
                    data__broken__errno = data__broken["errno"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_errno(data__broken__errno, custom_formats, name_prefix)
                if "warning" in data__broken_keys:
                    data__broken_keys.remove("warning")
                    data__broken__warning = data__broken["warning"]
                    if not isinstance(data__broken__warning, (str)):
                        raise JsonSchemaValueException("")
                    if isinstance(data__broken__warning, str):
                        data__broken__warning_len = len(data__broken__warning)
                        if data__broken__warning_len > 120:
                            raise JsonSchemaValueException("")
                        if not REGEX_PATTERNS['^[A-Za-z0-9(),.:_ -]+$'].search(data__broken__warning):
                            raise JsonSchemaValueException("")
                if data__broken_keys:
                    raise JsonSchemaValueException("")
        if "direction" in data_keys:
            data_keys.remove("direction")
            data__direction = data["direction"]
            if not (isinstance(data__direction, str) and data__direction == 'in' or isinstance(data__direction, str) and data__direction == 'out' or isinstance(data__direction, str) and data__direction == 'in_out'):
                raise JsonSchemaValueException("")
        if "numbers" in data_keys:
            data_keys.remove("numbers")
            data__numbers = data["numbers"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_numbers(data__numbers, custom_formats, name_prefix)
        if "size" in data_keys:
            data_keys.remove("size")
            data__size = data["size"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_size_policy(data__size, custom_formats, name_prefix)
        if "trailing_arguments" in data_keys:
            data_keys.remove("trailing_arguments")
            data__trailingarguments = data["trailing_arguments"]
            if not isinstance(data__trailingarguments, (list, tuple)):
                raise JsonSchemaValueException("")
            data__trailingarguments_is_list = isinstance(data__trailingarguments, (list, tuple))
            if data__trailingarguments_is_list:
                data__trailingarguments_len = len(data__trailingarguments)
                for data__trailingarguments_x, data__trailingarguments_item in enumerate(data__trailingarguments):
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_argument(data__trailingarguments_item, custom_formats, name_prefix)
        if "common_function" in data_keys:
            data_keys.remove("common_function")
            data__commonfunction = data["common_function"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__commonfunction, custom_formats, name_prefix)
        if "null_errno" in data_keys:
            data_keys.remove("null_errno")
            data__nullerrno = data["null_errno"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_errno(data__nullerrno, custom_formats, name_prefix)
        if "null_allowed_without_size" in data_keys:
            data_keys.remove("null_allowed_without_size")
            data__nullallowedwithoutsize = data["null_allowed_without_size"]
            if not isinstance(data__nullallowedwithoutsize, (bool)):
                raise JsonSchemaValueException("")
        if "common_errors" in data_keys:
            data_keys.remove("common_errors")
            data__commonerrors = data["common_errors"]
            if not isinstance(data__commonerrors, (list, tuple)):
                raise JsonSchemaValueException("")
            data__commonerrors_is_list = isinstance(data__commonerrors, (list, tuple))
            if data__commonerrors_is_list:
                data__commonerrors_len = len(data__commonerrors)
                if data__commonerrors_len < 1:
                    raise JsonSchemaValueException("")
                for data__commonerrors_x, data__commonerrors_item in enumerate(data__commonerrors):
                    if not isinstance(data__commonerrors_item, (dict)):
                        raise JsonSchemaValueException("")
                    data__commonerrors_item_is_dict = isinstance(data__commonerrors_item, dict)
                    if data__commonerrors_item_is_dict:
                        data__commonerrors_item__missing_keys = set(['errno', 'doc']) - data__commonerrors_item.keys()
                        if data__commonerrors_item__missing_keys:
                            raise JsonSchemaValueException("")
                        data__commonerrors_item_keys = set(data__commonerrors_item.keys())
                        if "errno" in data__commonerrors_item_keys:
                            data__commonerrors_item_keys.remove("errno")
                            data__commonerrors_item__errno = data__commonerrors_item["errno"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_errno(data__commonerrors_item__errno, custom_formats, name_prefix)
                        if "doc" in data__commonerrors_item_keys:
                            data__commonerrors_item_keys.remove("doc")
                            data__commonerrors_item__doc = data__commonerrors_item["doc"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__commonerrors_item__doc, custom_formats, name_prefix)
                        if data__commonerrors_item_keys:
                            raise JsonSchemaValueException("")
        if "before_copy" in data_keys:
            data_keys.remove("before_copy")
            data__beforecopy = data["before_copy"]
            if not isinstance(data__beforecopy, (list, tuple)):
                raise JsonSchemaValueException("")
            data__beforecopy_is_list = isinstance(data__beforecopy, (list, tuple))
            if data__beforecopy_is_list:
                data__beforecopy_len = len(data__beforecopy)
                for data__beforecopy_x, data__beforecopy_item in enumerate(data__beforecopy):
                    if not isinstance(data__beforecopy_item, (dict)):
                        raise JsonSchemaValueException("")
                    try:
                        data__beforecopy_item_is_dict = isinstance(data__beforecopy_item, dict)
                        if data__beforecopy_item_is_dict:
                            data__beforecopy_item__missing_keys = set(['rule']) - data__beforecopy_item.keys()
                            if data__beforecopy_item__missing_keys:
                                raise JsonSchemaValueException("")
                            data__beforecopy_item_keys = set(data__beforecopy_item.keys())
                            if "rule" in data__beforecopy_item_keys:
                                data__beforecopy_item_keys.remove("rule")
                                data__beforecopy_item__rule = data__beforecopy_item["rule"]
                                if not (isinstance(data__beforecopy_item__rule, str) and data__beforecopy_item__rule == 'mask'):
                                    raise JsonSchemaValueException("")
                    except (JsonSchemaValueException, JsonSchemaValuesException):
                        try:
                            data__beforecopy_item_is_dict = isinstance(data__beforecopy_item, dict)
                            if data__beforecopy_item_is_dict:
                                data__beforecopy_item__missing_keys = set(['allowed']) - data__beforecopy_item.keys()
                                if data__beforecopy_item__missing_keys:
                                    raise JsonSchemaValueException("")
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        else:
                            raise JsonSchemaValueException("")
                    else:
                        data__beforecopy_item_is_dict = isinstance(data__beforecopy_item, dict)
                        if data__beforecopy_item_is_dict:
                            data__beforecopy_item__missing_keys = set(['allowed']) - data__beforecopy_item.keys()
                            if data__beforecopy_item__missing_keys:
                                raise JsonSchemaValueException("")
                    data__beforecopy_item_one_of_count4 = 0
                    if data__beforecopy_item_one_of_count4 < 2:
                        try:
                            try:
                                data__beforecopy_item_any_of_count5 = 0
                                if not data__beforecopy_item_any_of_count5:
                                    try:
                                        data__beforecopy_item_is_dict = isinstance(data__beforecopy_item, dict)
                                        if data__beforecopy_item_is_dict:
                                            data__beforecopy_item__missing_keys = set(['argument']) - data__beforecopy_item.keys()
                                            if data__beforecopy_item__missing_keys:
                                                raise JsonSchemaValueException("")
                                        data__beforecopy_item_any_of_count5 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__beforecopy_item_any_of_count5:
                                    try:
                                        data__beforecopy_item_is_dict = isinstance(data__beforecopy_item, dict)
                                        if data__beforecopy_item_is_dict:
                                            data__beforecopy_item__missing_keys = set(['rule']) - data__beforecopy_item.keys()
                                            if data__beforecopy_item__missing_keys:
                                                raise JsonSchemaValueException("")
                                        data__beforecopy_item_any_of_count5 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__beforecopy_item_any_of_count5:
                                    raise JsonSchemaValueException("")
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            else:
                                raise JsonSchemaValueException("")
                            data__beforecopy_item_is_dict = isinstance(data__beforecopy_item, dict)
                            if data__beforecopy_item_is_dict:
                                data__beforecopy_item__missing_keys = set(['function']) - data__beforecopy_item.keys()
                                if data__beforecopy_item__missing_keys:
                                    raise JsonSchemaValueException("")
                            data__beforecopy_item_one_of_count4 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if data__beforecopy_item_one_of_count4 < 2:
                        try:
                            try:
                                data__beforecopy_item_is_dict = isinstance(data__beforecopy_item, dict)
                                if data__beforecopy_item_is_dict:
                                    data__beforecopy_item__missing_keys = set(['function']) - data__beforecopy_item.keys()
                                    if data__beforecopy_item__missing_keys:
                                        raise JsonSchemaValueException("")
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            else:
                                raise JsonSchemaValueException("")
                            data__beforecopy_item_is_dict = isinstance(data__beforecopy_item, dict)
                            if data__beforecopy_item_is_dict:
                                data__beforecopy_item__missing_keys = set(['argument', 'rule']) - data__beforecopy_item.keys()
                                if data__beforecopy_item__missing_keys:
                                    raise JsonSchemaValueException("")
                            data__beforecopy_item_one_of_count4 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if data__beforecopy_item_one_of_count4 != 1:
                        raise JsonSchemaValueException("")
                    data__beforecopy_item_is_dict = isinstance(data__beforecopy_item, dict)
                    if data__beforecopy_item_is_dict:
                        data__beforecopy_item_len = len(data__beforecopy_item)
                        if data__beforecopy_item_len < 3:
                            raise JsonSchemaValueException("")
                        if data__beforecopy_item_len > 5:
                            raise JsonSchemaValueException("")
                        data__beforecopy_item__missing_keys = set(['errno', 'doc']) - data__beforecopy_item.keys()
                        if data__beforecopy_item__missing_keys:
                            raise JsonSchemaValueException("")
                        data__beforecopy_item_keys = set(data__beforecopy_item.keys())
                        if "function" in data__beforecopy_item_keys:
                            data__beforecopy_item_keys.remove("function")
                            data__beforecopy_item__function = data__beforecopy_item["function"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__beforecopy_item__function, custom_formats, name_prefix)
                        if "argument" in data__beforecopy_item_keys:
                            data__beforecopy_item_keys.remove("argument")
                            data__beforecopy_item__argument = data__beforecopy_item["argument"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__beforecopy_item__argument, custom_formats, name_prefix)
                        if "rule" in data__beforecopy_item_keys:
                            data__beforecopy_item_keys.remove("rule")
                            data__beforecopy_item__rule = data__beforecopy_item["rule"]
                            if not (isinstance(data__beforecopy_item__rule, str) and data__beforecopy_item__rule == 'zero' or isinstance(data__beforecopy_item__rule, str) and data__beforecopy_item__rule == 'non_negative' or isinstance(data__beforecopy_item__rule, str) and data__beforecopy_item__rule == 'mask'):
                                raise JsonSchemaValueException("")
                        if "errno" in data__beforecopy_item_keys:
                            data__beforecopy_item_keys.remove("errno")
                            data__beforecopy_item__errno = data__beforecopy_item["errno"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_errno(data__beforecopy_item__errno, custom_formats, name_prefix)
                        if "doc" in data__beforecopy_item_keys:
                            data__beforecopy_item_keys.remove("doc")
                            data__beforecopy_item__doc = data__beforecopy_item["doc"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__beforecopy_item__doc, custom_formats, name_prefix)
                        if "allowed" in data__beforecopy_item_keys:
                            data__beforecopy_item_keys.remove("allowed")
                            data__beforecopy_item__allowed = data__beforecopy_item["allowed"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_u64(data__beforecopy_item__allowed, custom_formats, name_prefix)
                        if data__beforecopy_item_keys:
                            raise JsonSchemaValueException("")
        if "struct_name" in data_keys:
            data_keys.remove("struct_name")
            data__structname = data["struct_name"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__structname, custom_formats, name_prefix)
        if "size_name" in data_keys:
            data_keys.remove("size_name")
            data__sizename = data["size_name"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__sizename, custom_formats, name_prefix)
        if "trace_tail" in data_keys:
            data_keys.remove("trace_tail")
            data__tracetail = data["trace_tail"]
            if not (isinstance(data__tracetail, str) and data__tracetail == 'bytes' or isinstance(data__tracetail, str) and data__tracetail == 'more'):
                raise JsonSchemaValueException("")
        if "size_type" in data_keys:
            data_keys.remove("size_type")
            data__sizetype = data["size_type"]
            if not (isinstance(data__sizetype, str) and data__sizetype == 'size_t' or isinstance(data__sizetype, str) and data__sizetype == 'unsigned int'):
                raise JsonSchemaValueException("")
        if data_keys:
            raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                if not (isinstance(data__kind, str) and data__kind == 'struct'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_any_of_count6 = 0
            if not data_any_of_count6:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(['sets']) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException("")
                    data_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data_any_of_count6:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(['orders']) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException("")
                    data_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data_any_of_count6:
                raise JsonSchemaValueException("")
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_errno(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("")
    try:
        if not isinstance(data, (str)):
            raise JsonSchemaValueException("")
        if isinstance(data, str):
            if not REGEX_PATTERNS['\n'].search(data):
                raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException): pass
    else:
        raise JsonSchemaValueException("")
    if isinstance(data, str):
        if not REGEX_PATTERNS['^E[A-Z0-9]+$'].search(data):
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_setter(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("")
    data_one_of_count7 = 0
    if data_one_of_count7 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_len = len(data)
                if data_len > 1:
                    raise JsonSchemaValueException("")
                data__missing_keys = set(['const']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("")
            data_one_of_count7 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count7 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_len = len(data)
                if data_len > 1:
                    raise JsonSchemaValueException("")
                data__missing_keys = set(['flags']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("")
            data_one_of_count7 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count7 < 2:
        try:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['clear', 'keep']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException("")
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
            else:
                raise JsonSchemaValueException("")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['arg']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("")
            data_one_of_count7 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count7 != 1:
        raise JsonSchemaValueException("")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("")
        data_keys = set(data.keys())
        if "const" in data_keys:
            data_keys.remove("const")
            data__const = data["const"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_limit(data__const, custom_formats, name_prefix)
        if "flags" in data_keys:
            data_keys.remove("flags")
            data__flags = data["flags"]
            if not isinstance(data__flags, (list, tuple)):
                raise JsonSchemaValueException("")
            data__flags_is_list = isinstance(data__flags, (list, tuple))
            if data__flags_is_list:
                data__flags_len = len(data__flags)
                if data__flags_len < 1:
                    raise JsonSchemaValueException("")
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__flags_len > len(set(fn(data__flags_x) for data__flags_x in data__flags)):
                    raise JsonSchemaValueException("")
                for data__flags_x, data__flags_item in enumerate(data__flags):
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__flags_item, custom_formats, name_prefix)
        if "arg" in data_keys:
            data_keys.remove("arg")
            data__arg = data["arg"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__arg, custom_formats, name_prefix)
        if "low32" in data_keys:
            data_keys.remove("low32")
            data__low32 = data["low32"]
            if not isinstance(data__low32, (bool)):
                raise JsonSchemaValueException("")
        if "clear" in data_keys:
            data_keys.remove("clear")
            data__clear = data["clear"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__clear, custom_formats, name_prefix)
        if "keep" in data_keys:
            data_keys.remove("keep")
            data__keep = data["keep"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__keep, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_limit(data, custom_formats={}, name_prefix=None):
    data_one_of_count8 = 0
    if data_one_of_count8 < 2:
        try:
            validate_https___clonegen_invalid_schema_spec_1_json___defs_u64(data, custom_formats, name_prefix)
            data_one_of_count8 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count8 < 2:
        try:
            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data, custom_formats, name_prefix)
            data_one_of_count8 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count8 != 1:
        raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_argument(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__name, custom_formats, name_prefix)
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_argtype(data__type, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_argtype(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("")
    try:
        if not isinstance(data, (str)):
            raise JsonSchemaValueException("")
        if isinstance(data, str):
            if not REGEX_PATTERNS['\n'].search(data):
                raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException): pass
    else:
        raise JsonSchemaValueException("")
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 80:
            raise JsonSchemaValueException("")
        if not REGEX_PATTERNS['^(?!(const )?void$)(const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t)( __user)?( \\*+)?$'].search(data):
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_check(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "rule" in data_keys:
                data_keys.remove("rule")
                data__rule = data["rule"]
                if not (isinstance(data__rule, str) and data__rule == 'max'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['limit']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "rule" in data_keys:
                data_keys.remove("rule")
                data__rule = data["rule"]
                if not (isinstance(data__rule, str) and data__rule == 'mask'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['allowed']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "rule" in data_keys:
                data_keys.remove("rule")
                data__rule = data["rule"]
                if not (isinstance(data__rule, str) and data__rule == 'both_or_neither' or isinstance(data__rule, str) and data__rule == 'user_range' or isinstance(data__rule, str) and data__rule == 'distinct' or isinstance(data__rule, str) and data__rule == 'subset'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['other']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "rule" in data_keys:
                data_keys.remove("rule")
                data__rule = data["rule"]
                if not (isinstance(data__rule, str) and data__rule == 'exclusive'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['names']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
            data_keys = set(data.keys())
            if "names" in data_keys:
                data_keys.remove("names")
                data__names = data["names"]
                data__names_is_list = isinstance(data__names, (list, tuple))
                if data__names_is_list:
                    data__names_len = len(data__names)
                    if data__names_len < 2:
                        raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "rule" in data_keys:
                data_keys.remove("rule")
                data__rule = data["rule"]
                if not (isinstance(data__rule, str) and data__rule == 'all_set' or isinstance(data__rule, str) and data__rule == 'any_set' or isinstance(data__rule, str) and data__rule == 'none_set' or isinstance(data__rule, str) and data__rule == 'at_most_one'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['names']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "rule" in data_keys:
                data_keys.remove("rule")
                data__rule = data["rule"]
                if not (isinstance(data__rule, str) and data__rule == 'known_flags'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['entry_point']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "rule" in data_keys:
                data_keys.remove("rule")
                data__rule = data["rule"]
                if not (isinstance(data__rule, str) and data__rule == 'min_version'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['version']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "rule" in data_keys:
                data_keys.remove("rule")
                data__rule = data["rule"]
                if not (isinstance(data__rule, str) and data__rule == 'any_nonzero'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['others']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['field', 'rule', 'errno', 'phase', 'doc']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("")
        data_keys = set(data.keys())
        if "field" in data_keys:
            data_keys.remove("field")
            data__field = data["field"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__field, custom_formats, name_prefix)
        if "rule" in data_keys:
            data_keys.remove("rule")
            data__rule = data["rule"]
            if not (isinstance(data__rule, str) and data__rule == 'max' or isinstance(data__rule, str) and data__rule == 'mask' or isinstance(data__rule, str) and data__rule == 'zero' or isinstance(data__rule, str) and data__rule == 'both_or_neither' or isinstance(data__rule, str) and data__rule == 'exclusive' or isinstance(data__rule, str) and data__rule == 'all_set' or isinstance(data__rule, str) and data__rule == 'any_set' or isinstance(data__rule, str) and data__rule == 'none_set' or isinstance(data__rule, str) and data__rule == 'known_flags' or isinstance(data__rule, str) and data__rule == 'min_version' or isinstance(data__rule, str) and data__rule == 'user_range' or isinstance(data__rule, str) and data__rule == 'at_most_one' or isinstance(data__rule, str) and data__rule == 'distinct' or isinstance(data__rule, str) and data__rule == 'subset' or isinstance(data__rule, str) and data__rule == 'any_nonzero'):
                raise JsonSchemaValueException("")
        if "limit" in data_keys:
            data_keys.remove("limit")
            data__limit = data["limit"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_limit(data__limit, custom_formats, name_prefix)
        if "allowed" in data_keys:
            data_keys.remove("allowed")
            data__allowed = data["allowed"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_limit(data__allowed, custom_formats, name_prefix)
        if "other" in data_keys:
            data_keys.remove("other")
            data__other = data["other"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__other, custom_formats, name_prefix)
        if "others" in data_keys:
            data_keys.remove("others")
            data__others = data["others"]
            if not isinstance(data__others, (list, tuple)):
                raise JsonSchemaValueException("")
            data__others_is_list = isinstance(data__others, (list, tuple))
            if data__others_is_list:
                data__others_len = len(data__others)
                if data__others_len < 1:
                    raise JsonSchemaValueException("")
                if data__others_len > 8:
                    raise JsonSchemaValueException("")
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__others_len > len(set(fn(data__others_x) for data__others_x in data__others)):
                    raise JsonSchemaValueException("")
                for data__others_x, data__others_item in enumerate(data__others):
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__others_item, custom_formats, name_prefix)
        if "names" in data_keys:
            data_keys.remove("names")
            data__names = data["names"]
            if not isinstance(data__names, (list, tuple)):
                raise JsonSchemaValueException("")
            data__names_is_list = isinstance(data__names, (list, tuple))
            if data__names_is_list:
                data__names_len = len(data__names)
                if data__names_len < 1:
                    raise JsonSchemaValueException("")
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__names_len > len(set(fn(data__names_x) for data__names_x in data__names)):
                    raise JsonSchemaValueException("")
                for data__names_x, data__names_item in enumerate(data__names):
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__names_item, custom_formats, name_prefix)
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (str)):
                raise JsonSchemaValueException("")
            try:
                if not isinstance(data__version, (str)):
                    raise JsonSchemaValueException("")
                if isinstance(data__version, str):
                    if not REGEX_PATTERNS['\n'].search(data__version):
                        raise JsonSchemaValueException("")
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
            else:
                raise JsonSchemaValueException("")
            if isinstance(data__version, str):
                if not REGEX_PATTERNS['^VER[0-9]+$'].search(data__version):
                    raise JsonSchemaValueException("")
        if "entry_point" in data_keys:
            data_keys.remove("entry_point")
            data__entrypoint = data["entry_point"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__entrypoint, custom_formats, name_prefix)
        if "entry_points" in data_keys:
            data_keys.remove("entry_points")
            data__entrypoints = data["entry_points"]
            if not isinstance(data__entrypoints, (list, tuple)):
                raise JsonSchemaValueException("")
            data__entrypoints_is_list = isinstance(data__entrypoints, (list, tuple))
            if data__entrypoints_is_list:
                data__entrypoints_len = len(data__entrypoints)
                if data__entrypoints_len < 1:
                    raise JsonSchemaValueException("")
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__entrypoints_len > len(set(fn(data__entrypoints_x) for data__entrypoints_x in data__entrypoints)):
                    raise JsonSchemaValueException("")
                for data__entrypoints_x, data__entrypoints_item in enumerate(data__entrypoints):
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__entrypoints_item, custom_formats, name_prefix)
        if "to_top" in data_keys:
            data_keys.remove("to_top")
            data__totop = data["to_top"]
            if not isinstance(data__totop, (bool)):
                raise JsonSchemaValueException("")
        if "when" in data_keys:
            data_keys.remove("when")
            data__when = data["when"]
            if not isinstance(data__when, (dict)):
                raise JsonSchemaValueException("")
            data__when_is_dict = isinstance(data__when, dict)
            if data__when_is_dict:
                data__when_len = len(data__when)
                if data__when_len < 2:
                    raise JsonSchemaValueException("")
                if data__when_len > 2:
                    raise JsonSchemaValueException("")
                data__when__missing_keys = set(['field']) - data__when.keys()
                if data__when__missing_keys:
                    raise JsonSchemaValueException("")
                data__when_keys = set(data__when.keys())
                if "field" in data__when_keys:
                    data__when_keys.remove("field")
                    data__when__field = data__when["field"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__when__field, custom_formats, name_prefix)
                if "any_set" in data__when_keys:
                    data__when_keys.remove("any_set")
                    data__when__anyset = data__when["any_set"]
                    if not isinstance(data__when__anyset, (list, tuple)):
                        raise JsonSchemaValueException("")
                    data__when__anyset_is_list = isinstance(data__when__anyset, (list, tuple))
                    if data__when__anyset_is_list:
                        data__when__anyset_len = len(data__when__anyset)
                        if data__when__anyset_len < 1:
                            raise JsonSchemaValueException("")
                        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                        if data__when__anyset_len > len(set(fn(data__when__anyset_x) for data__when__anyset_x in data__when__anyset)):
                            raise JsonSchemaValueException("")
                        for data__when__anyset_x, data__when__anyset_item in enumerate(data__when__anyset):
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__when__anyset_item, custom_formats, name_prefix)
                if "none_set" in data__when_keys:
                    data__when_keys.remove("none_set")
                    data__when__noneset = data__when["none_set"]
                    if not isinstance(data__when__noneset, (list, tuple)):
                        raise JsonSchemaValueException("")
                    data__when__noneset_is_list = isinstance(data__when__noneset, (list, tuple))
                    if data__when__noneset_is_list:
                        data__when__noneset_len = len(data__when__noneset)
                        if data__when__noneset_len < 1:
                            raise JsonSchemaValueException("")
                        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                        if data__when__noneset_len > len(set(fn(data__when__noneset_x) for data__when__noneset_x in data__when__noneset)):
                            raise JsonSchemaValueException("")
                        for data__when__noneset_x, data__when__noneset_item in enumerate(data__when__noneset):
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__when__noneset_item, custom_formats, name_prefix)
                if "all_set" in data__when_keys:
                    data__when_keys.remove("all_set")
                    data__when__allset = data__when["all_set"]
                    if not isinstance(data__when__allset, (list, tuple)):
                        raise JsonSchemaValueException("")
                    data__when__allset_is_list = isinstance(data__when__allset, (list, tuple))
                    if data__when__allset_is_list:
                        data__when__allset_len = len(data__when__allset)
                        if data__when__allset_len < 1:
                            raise JsonSchemaValueException("")
                        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                        if data__when__allset_len > len(set(fn(data__when__allset_x) for data__when__allset_x in data__when__allset)):
                            raise JsonSchemaValueException("")
                        for data__when__allset_x, data__when__allset_item in enumerate(data__when__allset):
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__when__allset_item, custom_formats, name_prefix)
                if data__when_keys:
                    raise JsonSchemaValueException("")
        if "errno" in data_keys:
            data_keys.remove("errno")
            data__errno = data["errno"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_errno(data__errno, custom_formats, name_prefix)
        if "phase" in data_keys:
            data_keys.remove("phase")
            data__phase = data["phase"]
            if not (isinstance(data__phase, str) and data__phase == 'copy' or isinstance(data__phase, str) and data__phase == 'valid' or isinstance(data__phase, str) and data__phase == 'common'):
                raise JsonSchemaValueException("")
        if "doc" in data_keys:
            data_keys.remove("doc")
            data__doc = data["doc"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__doc, custom_formats, name_prefix)
        if "since" in data_keys:
            data_keys.remove("since")
            data__since = data["since"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_release(data__since, custom_formats, name_prefix)
        if "until" in data_keys:
            data_keys.remove("until")
            data__until = data["until"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_release(data__until, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_field(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "role" in data_keys:
                data_keys.remove("role")
                data__role = data["role"]
                if not (isinstance(data__role, str) and data__role == 'user_pointer'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['pointee']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("")
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException("")
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['kernel_type']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("")
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException("")
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['pointee']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "role" in data_keys:
                data_keys.remove("role")
                data__role = data["role"]
                if not (isinstance(data__role, str) and data__role == 'array'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        try:
            data_any_of_count9 = 0
            if not data_any_of_count9:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(['element']) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException("")
                    data_any_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data_any_of_count9:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(['count']) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException("")
                    data_any_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data_any_of_count9:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(['max']) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException("")
                    data_any_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data_any_of_count9:
                raise JsonSchemaValueException("")
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException("")
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['kernel_type']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("")
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException("")
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['element', 'count', 'max']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "role" in data_keys:
                data_keys.remove("role")
                data__role = data["role"]
                if not (isinstance(data__role, str) and data__role == 'integer' or isinstance(data__role, str) and data__role == 'flags' or isinstance(data__role, str) and data__role == 'fd' or isinstance(data__role, str) and data__role == 'signal'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kernel_type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'version', 'role', 'doc']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__name, custom_formats, name_prefix)
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (str)):
                raise JsonSchemaValueException("")
            try:
                if not isinstance(data__version, (str)):
                    raise JsonSchemaValueException("")
                if isinstance(data__version, str):
                    if not REGEX_PATTERNS['\n'].search(data__version):
                        raise JsonSchemaValueException("")
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
            else:
                raise JsonSchemaValueException("")
            if isinstance(data__version, str):
                if not REGEX_PATTERNS['^VER[0-9]+$'].search(data__version):
                    raise JsonSchemaValueException("")
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not (isinstance(data__role, str) and data__role == 'integer' or isinstance(data__role, str) and data__role == 'flags' or isinstance(data__role, str) and data__role == 'user_pointer' or isinstance(data__role, str) and data__role == 'fd' or isinstance(data__role, str) and data__role == 'signal' or isinstance(data__role, str) and data__role == 'array'):
                raise JsonSchemaValueException("")
        if "kernel_type" in data_keys:
            data_keys.remove("kernel_type")
            data__kerneltype = data["kernel_type"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_kernel_type(data__kerneltype, custom_formats, name_prefix)
        if "uapi_type" in data_keys:
            data_keys.remove("uapi_type")
            data__uapitype = data["uapi_type"]
            if not (isinstance(data__uapitype, str) and data__uapitype == '__u64' or isinstance(data__uapitype, str) and data__uapitype == '__s64' or isinstance(data__uapitype, str) and data__uapitype == '__u32' or isinstance(data__uapitype, str) and data__uapitype == '__s32' or isinstance(data__uapitype, str) and data__uapitype == '__u16' or isinstance(data__uapitype, str) and data__uapitype == '__u8'):
                raise JsonSchemaValueException("")
        if "pointee" in data_keys:
            data_keys.remove("pointee")
            data__pointee = data["pointee"]
            if not (isinstance(data__pointee, str) and data__pointee == 'int' or isinstance(data__pointee, str) and data__pointee == 'pid_t' or isinstance(data__pointee, str) and data__pointee == 'u32' or isinstance(data__pointee, str) and data__pointee == 'u64' or isinstance(data__pointee, str) and data__pointee == 'char' or isinstance(data__pointee, str) and data__pointee == 'const char' or isinstance(data__pointee, str) and data__pointee == 'void'):
                raise JsonSchemaValueException("")
        if "element" in data_keys:
            data_keys.remove("element")
            data__element = data["element"]
            if not (isinstance(data__element, str) and data__element == 'int' or isinstance(data__element, str) and data__element == 'pid_t' or isinstance(data__element, str) and data__element == 'u32' or isinstance(data__element, str) and data__element == 'u64'):
                raise JsonSchemaValueException("")
        if "count" in data_keys:
            data_keys.remove("count")
            data__count = data["count"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__count, custom_formats, name_prefix)
        if "max" in data_keys:
            data_keys.remove("max")
            data__max = data["max"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_limit(data__max, custom_formats, name_prefix)
            if isinstance(data__max, (int, float, Decimal)) and not isinstance(data__max, bool):
                if data__max < 1:
                    raise JsonSchemaValueException("")
                if data__max > 256:
                    raise JsonSchemaValueException("")
        if "doc" in data_keys:
            data_keys.remove("doc")
            data__doc = data["doc"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__doc, custom_formats, name_prefix)
        if "trace" in data_keys:
            data_keys.remove("trace")
            data__trace = data["trace"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_trace(data__trace, custom_formats, name_prefix)
        if "request" in data_keys:
            data_keys.remove("request")
            data__request = data["request"]
            if not isinstance(data__request, (bool)):
                raise JsonSchemaValueException("")
        if data_keys:
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_trace(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "print" in data_keys:
            data_keys.remove("print")
            data__print = data["print"]
            if not (isinstance(data__print, str) and data__print == 'flags' or isinstance(data__print, str) and data__print == 'pointer' or isinstance(data__print, str) and data__print == 'hex' or isinstance(data__print, str) and data__print == 'unsigned' or isinstance(data__print, str) and data__print == 'signal' or isinstance(data__print, str) and data__print == 'octal' or isinstance(data__print, str) and data__print == 'array' or isinstance(data__print, str) and data__print == 'signed' or isinstance(data__print, str) and data__print == 'value'):
                raise JsonSchemaValueException("")
        if "names" in data_keys:
            data_keys.remove("names")
            data__names = data["names"]
            if not isinstance(data__names, (list, tuple)):
                raise JsonSchemaValueException("")
            data__names_is_list = isinstance(data__names, (list, tuple))
            if data__names_is_list:
                data__names_len = len(data__names)
                if data__names_len < 1:
                    raise JsonSchemaValueException("")
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__names_len > len(set(fn(data__names_x) for data__names_x in data__names)):
                    raise JsonSchemaValueException("")
                for data__names_x, data__names_item in enumerate(data__names):
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__names_item, custom_formats, name_prefix)
        if "modes" in data_keys:
            data_keys.remove("modes")
            data__modes = data["modes"]
            if not isinstance(data__modes, (list, tuple)):
                raise JsonSchemaValueException("")
            data__modes_is_list = isinstance(data__modes, (list, tuple))
            if data__modes_is_list:
                data__modes_len = len(data__modes)
                if data__modes_len < 1:
                    raise JsonSchemaValueException("")
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__modes_len > len(set(fn(data__modes_x) for data__modes_x in data__modes)):
                    raise JsonSchemaValueException("")
                for data__modes_x, data__modes_item in enumerate(data__modes):
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__modes_item, custom_formats, name_prefix)
        if "values" in data_keys:
            data_keys.remove("values")
            data__values = data["values"]
            if not isinstance(data__values, (list, tuple)):
                raise JsonSchemaValueException("")
            data__values_is_list = isinstance(data__values, (list, tuple))
            if data__values_is_list:
                data__values_len = len(data__values)
                if data__values_len < 1:
                    raise JsonSchemaValueException("")
                for data__values_x, data__values_item in enumerate(data__values):
                    if not isinstance(data__values_item, (dict)):
                        raise JsonSchemaValueException("")
                    data__values_item_is_dict = isinstance(data__values_item, dict)
                    if data__values_item_is_dict:
                        data__values_item__missing_keys = set(['name', 'value']) - data__values_item.keys()
                        if data__values_item__missing_keys:
                            raise JsonSchemaValueException("")
                        data__values_item_keys = set(data__values_item.keys())
                        if "name" in data__values_item_keys:
                            data__values_item_keys.remove("name")
                            data__values_item__name = data__values_item["name"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__values_item__name, custom_formats, name_prefix)
                        if "value" in data__values_item_keys:
                            data__values_item_keys.remove("value")
                            data__values_item__value = data__values_item["value"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_u64(data__values_item__value, custom_formats, name_prefix)
                        if "since" in data__values_item_keys:
                            data__values_item_keys.remove("since")
                            data__values_item__since = data__values_item["since"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_release(data__values_item__since, custom_formats, name_prefix)
                        if data__values_item_keys:
                            raise JsonSchemaValueException("")
        if "show" in data_keys:
            data_keys.remove("show")
            data__show = data["show"]
            if not isinstance(data__show, (dict)):
                raise JsonSchemaValueException("")
            data__show_is_dict = isinstance(data__show, dict)
            if data__show_is_dict:
                data__show_len = len(data__show)
                if data__show_len < 1:
                    raise JsonSchemaValueException("")
                data__show_keys = set(data__show.keys())
                if "field" in data__show_keys:
                    data__show_keys.remove("field")
                    data__show__field = data__show["field"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__show__field, custom_formats, name_prefix)
                if "any_set" in data__show_keys:
                    data__show_keys.remove("any_set")
                    data__show__anyset = data__show["any_set"]
                    if not isinstance(data__show__anyset, (list, tuple)):
                        raise JsonSchemaValueException("")
                    data__show__anyset_is_list = isinstance(data__show__anyset, (list, tuple))
                    if data__show__anyset_is_list:
                        data__show__anyset_len = len(data__show__anyset)
                        if data__show__anyset_len < 1:
                            raise JsonSchemaValueException("")
                        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                        if data__show__anyset_len > len(set(fn(data__show__anyset_x) for data__show__anyset_x in data__show__anyset)):
                            raise JsonSchemaValueException("")
                        for data__show__anyset_x, data__show__anyset_item in enumerate(data__show__anyset):
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__show__anyset_item, custom_formats, name_prefix)
                if "nonzero" in data__show_keys:
                    data__show_keys.remove("nonzero")
                    data__show__nonzero = data__show["nonzero"]
                    if not isinstance(data__show__nonzero, (list, tuple)):
                        raise JsonSchemaValueException("")
                    data__show__nonzero_is_list = isinstance(data__show__nonzero, (list, tuple))
                    if data__show__nonzero_is_list:
                        data__show__nonzero_len = len(data__show__nonzero)
                        if data__show__nonzero_len < 1:
                            raise JsonSchemaValueException("")
                        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                        if data__show__nonzero_len > len(set(fn(data__show__nonzero_x) for data__show__nonzero_x in data__show__nonzero)):
                            raise JsonSchemaValueException("")
                        for data__show__nonzero_x, data__show__nonzero_item in enumerate(data__show__nonzero):
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__show__nonzero_item, custom_formats, name_prefix)
                if "past_size" in data__show_keys:
                    data__show_keys.remove("past_size")
                    data__show__pastsize = data__show["past_size"]
                    if not isinstance(data__show__pastsize, (bool)):
                        raise JsonSchemaValueException("")
                if "whole_version" in data__show_keys:
                    data__show_keys.remove("whole_version")
                    data__show__wholeversion = data__show["whole_version"]
                    if not isinstance(data__show__wholeversion, (bool)):
                        raise JsonSchemaValueException("")
                if data__show_keys:
                    raise JsonSchemaValueException("")
        if "hide" in data_keys:
            data_keys.remove("hide")
            data__hide = data["hide"]
            if not isinstance(data__hide, (dict)):
                raise JsonSchemaValueException("")
            data__hide_is_dict = isinstance(data__hide, dict)
            if data__hide_is_dict:
                data__hide__missing_keys = set(['field', 'any_set']) - data__hide.keys()
                if data__hide__missing_keys:
                    raise JsonSchemaValueException("")
                data__hide_keys = set(data__hide.keys())
                if "field" in data__hide_keys:
                    data__hide_keys.remove("field")
                    data__hide__field = data__hide["field"]
                    validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__hide__field, custom_formats, name_prefix)
                if "any_set" in data__hide_keys:
                    data__hide_keys.remove("any_set")
                    data__hide__anyset = data__hide["any_set"]
                    if not isinstance(data__hide__anyset, (list, tuple)):
                        raise JsonSchemaValueException("")
                    data__hide__anyset_is_list = isinstance(data__hide__anyset, (list, tuple))
                    if data__hide__anyset_is_list:
                        data__hide__anyset_len = len(data__hide__anyset)
                        if data__hide__anyset_len < 1:
                            raise JsonSchemaValueException("")
                        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                        if data__hide__anyset_len > len(set(fn(data__hide__anyset_x) for data__hide__anyset_x in data__hide__anyset)):
                            raise JsonSchemaValueException("")
                        for data__hide__anyset_x, data__hide__anyset_item in enumerate(data__hide__anyset):
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data__hide__anyset_item, custom_formats, name_prefix)
                if "unless_negative" in data__hide_keys:
                    data__hide_keys.remove("unless_negative")
                    data__hide__unlessnegative = data__hide["unless_negative"]
                    if not isinstance(data__hide__unlessnegative, (bool)):
                        raise JsonSchemaValueException("")
                if data__hide_keys:
                    raise JsonSchemaValueException("")
        if data_keys:
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_kernel_type(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == 'u8' or isinstance(data, str) and data == 'u16' or isinstance(data, str) and data == 'u32' or isinstance(data, str) and data == 'u64' or isinstance(data, str) and data == 's8' or isinstance(data, str) and data == 's16' or isinstance(data, str) and data == 's32' or isinstance(data, str) and data == 's64' or isinstance(data, str) and data == 'int' or isinstance(data, str) and data == 'unsigned int' or isinstance(data, str) and data == 'long' or isinstance(data, str) and data == 'unsigned long' or isinstance(data, str) and data == 'size_t' or isinstance(data, str) and data == 'pid_t' or isinstance(data, str) and data == 'umode_t'):
        raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_release(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("")
    try:
        if not isinstance(data, (str)):
            raise JsonSchemaValueException("")
        if isinstance(data, str):
            if not REGEX_PATTERNS['\n'].search(data):
                raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException): pass
    else:
        raise JsonSchemaValueException("")
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[0-9]{1,3}\\.[0-9]{1,3}(\\.[0-9]{1,3})?$'].search(data):
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_arch(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == 'x86_64' or isinstance(data, str) and data == 'i386' or isinstance(data, str) and data == 'arm64' or isinstance(data, str) and data == 'riscv64' or isinstance(data, str) and data == 's390x' or isinstance(data, str) and data == 'mips' or isinstance(data, str) and data == 'alpha' or isinstance(data, str) and data == 'sparc64' or isinstance(data, str) and data == 'parisc' or isinstance(data, str) and data == 'arm' or isinstance(data, str) and data == 'powerpc' or isinstance(data, str) and data == 'microblaze' or isinstance(data, str) and data == 'loongarch' or isinstance(data, str) and data == 'm68k'):
        raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_u64(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (int)) and not (isinstance(data, float) and data.is_integer()) or isinstance(data, bool):
        raise JsonSchemaValueException("")
    if isinstance(data, (int, float, Decimal)) and not isinstance(data, bool):
        if data < 0:
            raise JsonSchemaValueException("")
        if data > 18446744073709551615:
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_s64(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (int)) and not (isinstance(data, float) and data.is_integer()) or isinstance(data, bool):
        raise JsonSchemaValueException("")
    if isinstance(data, (int, float, Decimal)) and not isinstance(data, bool):
        if data < -9223372036854775808:
            raise JsonSchemaValueException("")
        if data > 18446744073709551615:
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_size_policy(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "source" in data_keys:
                data_keys.remove("source")
                data__source = data["source"]
                if not (isinstance(data__source, str) and data__source == 'field'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['field']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "source" in data_keys:
                data_keys.remove("source")
                data__source = data["source"]
                if not (isinstance(data__source, str) and data__source == 'ioctl'):
                    raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['ioctl']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("")
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException("")
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['ioctl']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['source', 'checks', 'too_small_errno', 'too_large_errno']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("")
        data_keys = set(data.keys())
        if "source" in data_keys:
            data_keys.remove("source")
            data__source = data["source"]
            if not (isinstance(data__source, str) and data__source == 'argument' or isinstance(data__source, str) and data__source == 'field' or isinstance(data__source, str) and data__source == 'ioctl'):
                raise JsonSchemaValueException("")
        if "field" in data_keys:
            data_keys.remove("field")
            data__field = data["field"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__field, custom_formats, name_prefix)
        if "zero_means_ver0" in data_keys:
            data_keys.remove("zero_means_ver0")
            data__zeromeansver0 = data["zero_means_ver0"]
            if not isinstance(data__zeromeansver0, (bool)):
                raise JsonSchemaValueException("")
        if "write_back" in data_keys:
            data_keys.remove("write_back")
            data__writeback = data["write_back"]
            if not isinstance(data__writeback, (bool)):
                raise JsonSchemaValueException("")
        if "zero_means" in data_keys:
            data_keys.remove("zero_means")
            data__zeromeans = data["zero_means"]
            if not isinstance(data__zeromeans, (str)):
                raise JsonSchemaValueException("")
            try:
                if not isinstance(data__zeromeans, (str)):
                    raise JsonSchemaValueException("")
                if isinstance(data__zeromeans, str):
                    if not REGEX_PATTERNS['\n'].search(data__zeromeans):
                        raise JsonSchemaValueException("")
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
            else:
                raise JsonSchemaValueException("")
            if isinstance(data__zeromeans, str):
                if not REGEX_PATTERNS['^VER[0-9]+$'].search(data__zeromeans):
                    raise JsonSchemaValueException("")
        if "report" in data_keys:
            data_keys.remove("report")
            data__report = data["report"]
            if not (isinstance(data__report, str) and data__report == 'min'):
                raise JsonSchemaValueException("")
        if "ioctl" in data_keys:
            data_keys.remove("ioctl")
            data__ioctl = data["ioctl"]
            if not isinstance(data__ioctl, (dict)):
                raise JsonSchemaValueException("")
            data__ioctl_is_dict = isinstance(data__ioctl, dict)
            if data__ioctl_is_dict:
                data__ioctl__missing_keys = set(['type', 'nr', 'dir']) - data__ioctl.keys()
                if data__ioctl__missing_keys:
                    raise JsonSchemaValueException("")
                data__ioctl_keys = set(data__ioctl.keys())
                if "type" in data__ioctl_keys:
                    data__ioctl_keys.remove("type")
                    data__ioctl__type = data__ioctl["type"]
                    if not isinstance(data__ioctl__type, (int)) and not (isinstance(data__ioctl__type, float) and data__ioctl__type.is_integer()) or isinstance(data__ioctl__type, bool):
                        raise JsonSchemaValueException("")
                    if isinstance(data__ioctl__type, (int, float, Decimal)) and not isinstance(data__ioctl__type, bool):
                        if data__ioctl__type < 0:
                            raise JsonSchemaValueException("")
                        if data__ioctl__type > 255:
                            raise JsonSchemaValueException("")
                if "nr" in data__ioctl_keys:
                    data__ioctl_keys.remove("nr")
                    data__ioctl__nr = data__ioctl["nr"]
                    if not isinstance(data__ioctl__nr, (int)) and not (isinstance(data__ioctl__nr, float) and data__ioctl__nr.is_integer()) or isinstance(data__ioctl__nr, bool):
                        raise JsonSchemaValueException("")
                    if isinstance(data__ioctl__nr, (int, float, Decimal)) and not isinstance(data__ioctl__nr, bool):
                        if data__ioctl__nr < 0:
                            raise JsonSchemaValueException("")
                        if data__ioctl__nr > 255:
                            raise JsonSchemaValueException("")
                if "dir" in data__ioctl_keys:
                    data__ioctl_keys.remove("dir")
                    data__ioctl__dir = data__ioctl["dir"]
                    if not (isinstance(data__ioctl__dir, str) and data__ioctl__dir == 'read' or isinstance(data__ioctl__dir, str) and data__ioctl__dir == 'write' or isinstance(data__ioctl__dir, str) and data__ioctl__dir == 'read_write'):
                        raise JsonSchemaValueException("")
                if data__ioctl_keys:
                    raise JsonSchemaValueException("")
        if "truncated_mask" in data_keys:
            data_keys.remove("truncated_mask")
            data__truncatedmask = data["truncated_mask"]
            if not (isinstance(data__truncatedmask, str) and data__truncatedmask == 'kept' or isinstance(data__truncatedmask, str) and data__truncatedmask == 'cleared'):
                raise JsonSchemaValueException("")
        if "checks" in data_keys:
            data_keys.remove("checks")
            data__checks = data["checks"]
            if not isinstance(data__checks, (list, tuple)):
                raise JsonSchemaValueException("")
            data__checks_is_list = isinstance(data__checks, (list, tuple))
            if data__checks_is_list:
                data__checks_len = len(data__checks)
                if data__checks_len < 1:
                    raise JsonSchemaValueException("")
                if data__checks_len > 2:
                    raise JsonSchemaValueException("")
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__checks_len > len(set(fn(data__checks_x) for data__checks_x in data__checks)):
                    raise JsonSchemaValueException("")
                for data__checks_x, data__checks_item in enumerate(data__checks):
                    if not (isinstance(data__checks_item, str) and data__checks_item == 'too_small' or isinstance(data__checks_item, str) and data__checks_item == 'too_large'):
                        raise JsonSchemaValueException("")
        if "too_small_errno" in data_keys:
            data_keys.remove("too_small_errno")
            data__toosmallerrno = data["too_small_errno"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_errno(data__toosmallerrno, custom_formats, name_prefix)
        if "too_large_errno" in data_keys:
            data_keys.remove("too_large_errno")
            data__toolargeerrno = data["too_large_errno"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_errno(data__toolargeerrno, custom_formats, name_prefix)
        if "tail_errno" in data_keys:
            data_keys.remove("tail_errno")
            data__tailerrno = data["tail_errno"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_errno(data__tailerrno, custom_formats, name_prefix)
        if "max" in data_keys:
            data_keys.remove("max")
            data__max = data["max"]
            data__max_one_of_count10 = 0
            if data__max_one_of_count10 < 2:
                try:
                    if not (isinstance(data__max, str) and data__max == 'PAGE_SIZE'):
                        raise JsonSchemaValueException("")
                    data__max_one_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__max_one_of_count10 < 2:
                try:
                    if not isinstance(data__max, (int)) and not (isinstance(data__max, float) and data__max.is_integer()) or isinstance(data__max, bool):
                        raise JsonSchemaValueException("")
                    if isinstance(data__max, (int, float, Decimal)) and not isinstance(data__max, bool):
                        if data__max < 8:
                            raise JsonSchemaValueException("")
                        if data__max > 65536:
                            raise JsonSchemaValueException("")
                    data__max_one_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__max_one_of_count10 != 1:
                raise JsonSchemaValueException("")
        if "multiple_of_8" in data_keys:
            data_keys.remove("multiple_of_8")
            data__multipleof8 = data["multiple_of_8"]
            if not isinstance(data__multipleof8, (bool)):
                raise JsonSchemaValueException("")
        if "misaligned_errno" in data_keys:
            data_keys.remove("misaligned_errno")
            data__misalignederrno = data["misaligned_errno"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_errno(data__misalignederrno, custom_formats, name_prefix)
        if "min_end" in data_keys:
            data_keys.remove("min_end")
            data__minend = data["min_end"]
            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__minend, custom_formats, name_prefix)
        if "permission" in data_keys:
            data_keys.remove("permission")
            data__permission = data["permission"]
            if not isinstance(data__permission, (list, tuple)):
                raise JsonSchemaValueException("")
            data__permission_is_list = isinstance(data__permission, (list, tuple))
            if data__permission_is_list:
                data__permission_len = len(data__permission)
                for data__permission_x, data__permission_item in enumerate(data__permission):
                    if not isinstance(data__permission_item, (dict)):
                        raise JsonSchemaValueException("")
                    data__permission_item_is_dict = isinstance(data__permission_item, dict)
                    if data__permission_item_is_dict:
                        data__permission_item__missing_keys = set(['function', 'errno', 'doc']) - data__permission_item.keys()
                        if data__permission_item__missing_keys:
                            raise JsonSchemaValueException("")
                        data__permission_item_keys = set(data__permission_item.keys())
                        if "function" in data__permission_item_keys:
                            data__permission_item_keys.remove("function")
                            data__permission_item__function = data__permission_item["function"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data__permission_item__function, custom_formats, name_prefix)
                        if "header" in data__permission_item_keys:
                            data__permission_item_keys.remove("header")
                            data__permission_item__header = data__permission_item["header"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_relpath(data__permission_item__header, custom_formats, name_prefix)
                        if "errno" in data__permission_item_keys:
                            data__permission_item_keys.remove("errno")
                            data__permission_item__errno = data__permission_item["errno"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_errno(data__permission_item__errno, custom_formats, name_prefix)
                        if "doc" in data__permission_item_keys:
                            data__permission_item_keys.remove("doc")
                            data__permission_item__doc = data__permission_item["doc"]
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data__permission_item__doc, custom_formats, name_prefix)
                        if data__permission_item_keys:
                            raise JsonSchemaValueException("")
        if data_keys:
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_numbers(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['default']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("")
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (int)) and not (isinstance(data_value, float) and data_value.is_integer()) or isinstance(data_value, bool):
                    raise JsonSchemaValueException("")
                if isinstance(data_value, (int, float, Decimal)) and not isinstance(data_value, bool):
                    if data_value < 0:
                        raise JsonSchemaValueException("")
                    if data_value > 65535:
                        raise JsonSchemaValueException("")
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    data_key_any_of_count11 = 0
                    if not data_key_any_of_count11:
                        try:
                            if not (isinstance(data_key, str) and data_key == 'default'):
                                raise JsonSchemaValueException("")
                            data_key_any_of_count11 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data_key_any_of_count11:
                        try:
                            validate_https___clonegen_invalid_schema_spec_1_json___defs_arch(data_key, custom_formats, name_prefix)
                            data_key_any_of_count11 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data_key_any_of_count11:
                        raise JsonSchemaValueException("")
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_ctype(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("")
    try:
        if not isinstance(data, (str)):
            raise JsonSchemaValueException("")
        if isinstance(data, str):
            if not REGEX_PATTERNS['\n'].search(data):
                raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException): pass
    else:
        raise JsonSchemaValueException("")
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 80:
            raise JsonSchemaValueException("")
        if not REGEX_PATTERNS['^(?!(const )?(void|struct [a-z_][a-z0-9_]*)$)((const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t|bool|u8|u16|u32|u64|s8|s16|s32|s64|umode_t|loff_t|struct [a-z_][a-z0-9_]*)( __user)?( \\*+)?|(const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t|bool|u8|u16|u32|u64|s8|s16|s32|s64|umode_t|loff_t|struct [a-z_][a-z0-9_]*)( \\*+)? \\(\\*\\)\\((void|(const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t|bool|u8|u16|u32|u64|s8|s16|s32|s64|umode_t|loff_t|struct [a-z_][a-z0-9_]*)( __user)?( \\*+)?(, (const )?(void|char|signed char|unsigned char|short|unsigned short|int|unsigned int|unsigned|long|unsigned long|long long|unsigned long long|size_t|ssize_t|pid_t|uid_t|gid_t|bool|u8|u16|u32|u64|s8|s16|s32|s64|umode_t|loff_t|struct [a-z_][a-z0-9_]*)( __user)?( \\*+)?)*)\\))$'].search(data):
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_macro(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("")
    try:
        if not isinstance(data, (str)):
            raise JsonSchemaValueException("")
        if isinstance(data, str):
            if not REGEX_PATTERNS['\n'].search(data):
                raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException): pass
    else:
        raise JsonSchemaValueException("")
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 64:
            raise JsonSchemaValueException("")
        if not REGEX_PATTERNS['^[A-Z_][A-Z0-9_]*$'].search(data):
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_relpath(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("")
    try:
        if not isinstance(data, (str)):
            raise JsonSchemaValueException("")
        if isinstance(data, str):
            if not REGEX_PATTERNS['(^|/)\\.\\.?(/|$)|//|/$|\n'].search(data):
                raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException): pass
    else:
        raise JsonSchemaValueException("")
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 200:
            raise JsonSchemaValueException("")
        if not REGEX_PATTERNS['^[A-Za-z0-9_][A-Za-z0-9_./-]*$'].search(data):
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_doc(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("")
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("")
        if data_len > 2000:
            raise JsonSchemaValueException("")
    return data

def validate_https___clonegen_invalid_schema_spec_1_json___defs_identifier(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("")
    try:
        if not isinstance(data, (str)):
            raise JsonSchemaValueException("")
        if isinstance(data, str):
            if not REGEX_PATTERNS['\n'].search(data):
                raise JsonSchemaValueException("")
    except (JsonSchemaValueException, JsonSchemaValuesException): pass
    else:
        raise JsonSchemaValueException("")
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 64:
            raise JsonSchemaValueException("")
        if not REGEX_PATTERNS['^[A-Za-z_][A-Za-z0-9_]*$'].search(data):
            raise JsonSchemaValueException("")
    return data

check = validate_https___clonegen_invalid_schema_spec_1_json
