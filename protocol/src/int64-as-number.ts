// Make protobufjs decode 64-bit integers as plain numbers instead of Long
// objects. Our 64-bit fields are millisecond timestamps, byte counts and fen
// amounts, all far below 2^53, so numbers are exact and much easier to use.
// Must be imported before the generated module, whose defaults are computed at
// load time (see envelopes.ts).
import $protobuf from 'protobufjs/minimal.js';

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();
