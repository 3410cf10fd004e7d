// The wire format as protobufjs reflection, loaded from the .proto files
// themselves: for tools that walk every message and field (the fuzzer
// enumerates every Uplink field from it), not for the hub's hot path, which
// uses the generated static code. Same names as the static code (camelCase).
import { fileURLToPath } from 'node:url';
import './int64-as-number.js';
import protobuf from 'protobufjs';

const PROTO_FILE = fileURLToPath(new URL('../proto/hub/v1/device.proto', import.meta.url));

let root: protobuf.Root | undefined;

/** The `hub.v1` schema, parsed once, every type resolved. */
export function wireSchema(): protobuf.Root {
  if (!root) {
    root = protobuf.loadSync(PROTO_FILE);
    root.resolveAll();
  }
  return root;
}

/** A message type of `hub.v1` by name, e.g. `Uplink`. */
export function wireType(name: string): protobuf.Type {
  return wireSchema().lookupType(`hub.v1.${name}`);
}

export type { Enum as WireEnum, Field as WireSchemaField, Type as WireSchemaType } from 'protobufjs';
