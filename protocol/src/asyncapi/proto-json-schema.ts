// The .proto's messages and enums as JSON Schemas, for the AsyncAPI document:
// every field with its proto name, number, type and the comment written above
// it in device.proto, so the document says what the wire format says and
// cannot drift from it. The bytes on the wire are protobuf (the schemas
// describe their fields; `x-protobuf-field` gives each field's number).
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

const PROTO_FILE = fileURLToPath(new URL('../../proto/hub/v1/device.proto', import.meta.url));

export type JsonSchema = Record<string, unknown>;

let parsed: protobuf.Namespace | undefined;

/** device.proto with its comments and its field names as written (snake_case), every type resolved; read once. */
export function documentedProto(): protobuf.Namespace {
  if (!parsed) {
    const root = new protobuf.Root();
    root.loadSync(PROTO_FILE, { keepCase: true, alternateCommentMode: true });
    root.resolveAll();
    parsed = root.lookup('hub.v1') as protobuf.Namespace;
  }
  return parsed;
}

const INTEGER_RANGES: Record<string, { minimum: number; maximum?: number; format?: string }> = {
  int32: { minimum: -(2 ** 31), maximum: 2 ** 31 - 1, format: 'int32' },
  sint32: { minimum: -(2 ** 31), maximum: 2 ** 31 - 1, format: 'int32' },
  sfixed32: { minimum: -(2 ** 31), maximum: 2 ** 31 - 1, format: 'int32' },
  uint32: { minimum: 0, maximum: 2 ** 32 - 1, format: 'uint32' },
  fixed32: { minimum: 0, maximum: 2 ** 32 - 1, format: 'uint32' },
  // The hub reads 64-bit integers as JavaScript numbers and refuses what a double cannot hold exactly.
  int64: { minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER, format: 'int64' },
  sint64: { minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER, format: 'int64' },
  sfixed64: { minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER, format: 'int64' },
  uint64: { minimum: 0, maximum: Number.MAX_SAFE_INTEGER, format: 'uint64' },
  fixed64: { minimum: 0, maximum: Number.MAX_SAFE_INTEGER, format: 'uint64' },
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const described = (schema: JsonSchema, comment: string | null | undefined): JsonSchema => (comment ? { ...schema, description: comment } : schema);

function scalarSchema(type: string): JsonSchema {
  if (type in INTEGER_RANGES) return { type: 'integer', ...INTEGER_RANGES[type] };
  switch (type) {
    case 'double':
    case 'float':
      return { type: 'number' };
    case 'bool':
      return { type: 'boolean' };
    case 'string':
      return { type: 'string' };
    case 'bytes':
      return { type: 'string', contentEncoding: 'base64', description: 'bytes (base64 in this document; raw on the wire)' };
    default:
      throw new Error(`no JSON Schema for the protobuf type ${type}`);
  }
}

function fieldSchema(field: protobuf.Field): JsonSchema {
  const resolved = field.resolvedType;
  const one = resolved ? ref(resolved.name) : scalarSchema(field.type);
  const schema = field.repeated ? { type: 'array', items: one } : one;
  // A $ref beside a description is fine in JSON Schema 2020-12 and AsyncAPI 3's schema format.
  return { ...described(schema, field.comment), 'x-protobuf-field': field.id };
}

/** A message's JSON Schema; its `oneof`s named in `x-protobuf-oneof` (at most one of their fields is set). */
export function messageSchema(type: protobuf.Type): JsonSchema {
  const properties = Object.fromEntries(type.fieldsArray.map((f) => [f.name, fieldSchema(f)]));
  const oneofs = Object.fromEntries(type.oneofsArray.map((o) => [o.name, o.fieldsArray.map((f) => f.name)]));
  return {
    ...described({ type: 'object' }, type.comment),
    properties,
    ...(type.oneofsArray.length > 0 ? { 'x-protobuf-oneof': oneofs } : {}),
    'x-protobuf-message': type.fullName.replace(/^\./, ''),
  };
}

/** An enum's JSON Schema: the integer on the wire, each value with its name and comment. */
export function enumSchema(e: protobuf.Enum): JsonSchema {
  return {
    ...described({ type: 'integer' }, e.comment),
    oneOf: Object.entries(e.values).map(([name, value]) => described({ const: value, title: name }, e.comments[name])),
    'x-protobuf-enum': e.fullName.replace(/^\./, ''),
  };
}

/** Every message and enum of the package, by name. */
export function protoSchemas(pkg: protobuf.Namespace): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  for (const nested of pkg.nestedArray) {
    if (nested instanceof protobuf.Type) schemas[nested.name] = messageSchema(nested);
    else if (nested instanceof protobuf.Enum) schemas[nested.name] = enumSchema(nested);
  }
  return schemas;
}
