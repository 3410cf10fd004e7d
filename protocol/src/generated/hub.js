/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const hub = $root.hub = (() => {

    /**
     * Namespace hub.
     * @exports hub
     * @namespace
     */
    const hub = {};

    hub.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof hub
         * @namespace
         */
        const v1 = {};

        v1.Uplink = (function() {

            /**
             * Properties of an Uplink.
             * @typedef {Object} hub.v1.Uplink.$Properties
             * @property {number|null} [messageId] Uplink messageId
             * @property {number|null} [sentAtMs] Uplink sentAtMs
             * @property {hub.v1.Hello.$Properties|null} [hello] Uplink hello
             * @property {hub.v1.Heartbeat.$Properties|null} [heartbeat] Uplink heartbeat
             * @property {hub.v1.PayRequest.$Properties|null} [payRequest] Uplink payRequest
             * @property {hub.v1.QrPayRequest.$Properties|null} [qrPayRequest] Uplink qrPayRequest
             * @property {hub.v1.CommandResult.$Properties|null} [commandResult] Uplink commandResult
             * @property {hub.v1.ConfigReport.$Properties|null} [configReport] Uplink configReport
             * @property {hub.v1.OtaStatus.$Properties|null} [otaStatus] Uplink otaStatus
             * @property {hub.v1.AdScheduleAck.$Properties|null} [adScheduleAck] Uplink adScheduleAck
             * @property {hub.v1.PlayProofBatch.$Properties|null} [playProofs] Uplink playProofs
             * @property {"hello"|"heartbeat"|"payRequest"|"qrPayRequest"|"commandResult"|"configReport"|"otaStatus"|"adScheduleAck"|"playProofs"} [body] Uplink body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Uplink.
             * @memberof hub.v1
             * @interface IUplink
             * @augments hub.v1.Uplink.$Properties
             * @deprecated Use hub.v1.Uplink.$Properties instead.
             */

            /**
             * Narrowed shape of an Uplink.
             * @typedef {{
             *   messageId?: number|null;
             *   sentAtMs?: number|null;
             *   hello?: hub.v1.Hello.$Shape|null;
             *   heartbeat?: hub.v1.Heartbeat.$Shape|null;
             *   payRequest?: hub.v1.PayRequest.$Shape|null;
             *   qrPayRequest?: hub.v1.QrPayRequest.$Shape|null;
             *   commandResult?: hub.v1.CommandResult.$Shape|null;
             *   configReport?: hub.v1.ConfigReport.$Shape|null;
             *   otaStatus?: hub.v1.OtaStatus.$Shape|null;
             *   adScheduleAck?: hub.v1.AdScheduleAck.$Shape|null;
             *   playProofs?: hub.v1.PlayProofBatch.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "hello"; hello: hub.v1.Hello.$Shape; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "heartbeat"; hello?: null; heartbeat: hub.v1.Heartbeat.$Shape; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "payRequest"; hello?: null; heartbeat?: null; payRequest: hub.v1.PayRequest.$Shape; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "qrPayRequest"; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest: hub.v1.QrPayRequest.$Shape; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "commandResult"; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult: hub.v1.CommandResult.$Shape; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "configReport"; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport: hub.v1.ConfigReport.$Shape; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "otaStatus"; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus: hub.v1.OtaStatus.$Shape; adScheduleAck?: null; playProofs?: null }|{ body?: "adScheduleAck"; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck: hub.v1.AdScheduleAck.$Shape; playProofs?: null }|{ body?: "playProofs"; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs: hub.v1.PlayProofBatch.$Shape })
             * )} hub.v1.Uplink.$Shape
             */

            /**
             * Constructs a new Uplink.
             * @memberof hub.v1
             * @classdesc Represents an Uplink.
             * @constructor
             * @param {hub.v1.Uplink.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Uplink = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Uplink messageId.
             * @member {number} messageId
             * @memberof hub.v1.Uplink
             * @instance
             */
            Uplink.prototype.messageId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Uplink sentAtMs.
             * @member {number} sentAtMs
             * @memberof hub.v1.Uplink
             * @instance
             */
            Uplink.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Uplink hello.
             * @member {hub.v1.Hello.$Properties|null|undefined} hello
             * @memberof hub.v1.Uplink
             * @instance
             */
            Uplink.prototype.hello = null;

            /**
             * Uplink heartbeat.
             * @member {hub.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof hub.v1.Uplink
             * @instance
             */
            Uplink.prototype.heartbeat = null;

            /**
             * Uplink payRequest.
             * @member {hub.v1.PayRequest.$Properties|null|undefined} payRequest
             * @memberof hub.v1.Uplink
             * @instance
             */
            Uplink.prototype.payRequest = null;

            /**
             * Uplink qrPayRequest.
             * @member {hub.v1.QrPayRequest.$Properties|null|undefined} qrPayRequest
             * @memberof hub.v1.Uplink
             * @instance
             */
            Uplink.prototype.qrPayRequest = null;

            /**
             * Uplink commandResult.
             * @member {hub.v1.CommandResult.$Properties|null|undefined} commandResult
             * @memberof hub.v1.Uplink
             * @instance
             */
            Uplink.prototype.commandResult = null;

            /**
             * Uplink configReport.
             * @member {hub.v1.ConfigReport.$Properties|null|undefined} configReport
             * @memberof hub.v1.Uplink
             * @instance
             */
            Uplink.prototype.configReport = null;

            /**
             * Uplink otaStatus.
             * @member {hub.v1.OtaStatus.$Properties|null|undefined} otaStatus
             * @memberof hub.v1.Uplink
             * @instance
             */
            Uplink.prototype.otaStatus = null;

            /**
             * Uplink adScheduleAck.
             * @member {hub.v1.AdScheduleAck.$Properties|null|undefined} adScheduleAck
             * @memberof hub.v1.Uplink
             * @instance
             */
            Uplink.prototype.adScheduleAck = null;

            /**
             * Uplink playProofs.
             * @member {hub.v1.PlayProofBatch.$Properties|null|undefined} playProofs
             * @memberof hub.v1.Uplink
             * @instance
             */
            Uplink.prototype.playProofs = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Uplink body.
             * @member {"hello"|"heartbeat"|"payRequest"|"qrPayRequest"|"commandResult"|"configReport"|"otaStatus"|"adScheduleAck"|"playProofs"|undefined} body
             * @memberof hub.v1.Uplink
             * @instance
             */
            $Object.defineProperty(Uplink.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "heartbeat", "payRequest", "qrPayRequest", "commandResult", "configReport", "otaStatus", "adScheduleAck", "playProofs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Uplink message. Does not implicitly {@link hub.v1.Uplink.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.Uplink
             * @static
             * @param {hub.v1.Uplink.$Properties} message Uplink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Uplink.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && (typeof message.messageId === "object" ? message.messageId.low || message.messageId.high : message.messageId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.messageId);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sentAtMs);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.hub.v1.Hello.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.hub.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.payRequest != null && $Object.hasOwnProperty.call(message, "payRequest"))
                    $root.hub.v1.PayRequest.encode(message.payRequest, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.qrPayRequest != null && $Object.hasOwnProperty.call(message, "qrPayRequest"))
                    $root.hub.v1.QrPayRequest.encode(message.qrPayRequest, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult"))
                    $root.hub.v1.CommandResult.encode(message.commandResult, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.configReport != null && $Object.hasOwnProperty.call(message, "configReport"))
                    $root.hub.v1.ConfigReport.encode(message.configReport, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.otaStatus != null && $Object.hasOwnProperty.call(message, "otaStatus"))
                    $root.hub.v1.OtaStatus.encode(message.otaStatus, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.adScheduleAck != null && $Object.hasOwnProperty.call(message, "adScheduleAck"))
                    $root.hub.v1.AdScheduleAck.encode(message.adScheduleAck, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.playProofs != null && $Object.hasOwnProperty.call(message, "playProofs"))
                    $root.hub.v1.PlayProofBatch.encode(message.playProofs, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Uplink message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.Uplink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.Uplink & hub.v1.Uplink.$Shape} Uplink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Uplink.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.Uplink();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.hub.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.hub.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.body = "heartbeat";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.payRequest = $root.hub.v1.PayRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.payRequest);
                            message.body = "payRequest";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.qrPayRequest = $root.hub.v1.QrPayRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.qrPayRequest);
                            message.body = "qrPayRequest";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.commandResult = $root.hub.v1.CommandResult.decode(reader, reader.size(), $undefined, _depth + 1, message.commandResult);
                            message.body = "commandResult";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.configReport = $root.hub.v1.ConfigReport.decode(reader, reader.size(), $undefined, _depth + 1, message.configReport);
                            message.body = "configReport";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.otaStatus = $root.hub.v1.OtaStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.otaStatus);
                            message.body = "otaStatus";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.adScheduleAck = $root.hub.v1.AdScheduleAck.decode(reader, reader.size(), $undefined, _depth + 1, message.adScheduleAck);
                            message.body = "adScheduleAck";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.playProofs = $root.hub.v1.PlayProofBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.playProofs);
                            message.body = "playProofs";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Uplink message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.Uplink
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.Uplink} Uplink
             */
            Uplink.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.Uplink)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.Uplink: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.Uplink();
                if (object.messageId != null)
                    if (typeof object.messageId === "object" ? object.messageId.low || object.messageId.high : $Number(object.messageId) !== 0)
                        if ($util.Long)
                            message.messageId = $util.Long.fromValue(object.messageId, true);
                        else if (typeof object.messageId === "string")
                            message.messageId = $parseInt(object.messageId, 10);
                        else if (typeof object.messageId === "number")
                            message.messageId = object.messageId;
                        else if (typeof object.messageId === "object")
                            message.messageId = new $util.LongBits(object.messageId.low >>> 0, object.messageId.high >>> 0).toNumber(true);
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, true);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber(true);
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".hub.v1.Uplink.hello: object expected");
                    message.hello = $root.hub.v1.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".hub.v1.Uplink.heartbeat: object expected");
                    message.heartbeat = $root.hub.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                if (object.payRequest != null) {
                    if (!$util.isObject(object.payRequest))
                        throw $TypeError(".hub.v1.Uplink.payRequest: object expected");
                    message.payRequest = $root.hub.v1.PayRequest.fromObject(object.payRequest, _depth + 1);
                }
                if (object.qrPayRequest != null) {
                    if (!$util.isObject(object.qrPayRequest))
                        throw $TypeError(".hub.v1.Uplink.qrPayRequest: object expected");
                    message.qrPayRequest = $root.hub.v1.QrPayRequest.fromObject(object.qrPayRequest, _depth + 1);
                }
                if (object.commandResult != null) {
                    if (!$util.isObject(object.commandResult))
                        throw $TypeError(".hub.v1.Uplink.commandResult: object expected");
                    message.commandResult = $root.hub.v1.CommandResult.fromObject(object.commandResult, _depth + 1);
                }
                if (object.configReport != null) {
                    if (!$util.isObject(object.configReport))
                        throw $TypeError(".hub.v1.Uplink.configReport: object expected");
                    message.configReport = $root.hub.v1.ConfigReport.fromObject(object.configReport, _depth + 1);
                }
                if (object.otaStatus != null) {
                    if (!$util.isObject(object.otaStatus))
                        throw $TypeError(".hub.v1.Uplink.otaStatus: object expected");
                    message.otaStatus = $root.hub.v1.OtaStatus.fromObject(object.otaStatus, _depth + 1);
                }
                if (object.adScheduleAck != null) {
                    if (!$util.isObject(object.adScheduleAck))
                        throw $TypeError(".hub.v1.Uplink.adScheduleAck: object expected");
                    message.adScheduleAck = $root.hub.v1.AdScheduleAck.fromObject(object.adScheduleAck, _depth + 1);
                }
                if (object.playProofs != null) {
                    if (!$util.isObject(object.playProofs))
                        throw $TypeError(".hub.v1.Uplink.playProofs: object expected");
                    message.playProofs = $root.hub.v1.PlayProofBatch.fromObject(object.playProofs, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Uplink message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.Uplink
             * @static
             * @param {hub.v1.Uplink} message Uplink
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Uplink.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.messageId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.messageId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.messageId = typeof message.messageId === "number" ? $BigInt(message.messageId) : $util.Long.fromBits(message.messageId.low >>> 0, message.messageId.high >>> 0, true).toBigInt();
                    else if (typeof message.messageId === "number")
                        object.messageId = options.longs === $String ? $String(message.messageId) : message.messageId;
                    else
                        object.messageId = options.longs === $String ? $util.Long.prototype.toString.call(message.messageId) : options.longs === $Number ? new $util.LongBits(message.messageId.low >>> 0, message.messageId.high >>> 0).toNumber(true) : message.messageId;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber(true) : message.sentAtMs;
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.hub.v1.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.hub.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                if (message.payRequest != null && $Object.hasOwnProperty.call(message, "payRequest")) {
                    object.payRequest = $root.hub.v1.PayRequest.toObject(message.payRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "payRequest";
                }
                if (message.qrPayRequest != null && $Object.hasOwnProperty.call(message, "qrPayRequest")) {
                    object.qrPayRequest = $root.hub.v1.QrPayRequest.toObject(message.qrPayRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "qrPayRequest";
                }
                if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult")) {
                    object.commandResult = $root.hub.v1.CommandResult.toObject(message.commandResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "commandResult";
                }
                if (message.configReport != null && $Object.hasOwnProperty.call(message, "configReport")) {
                    object.configReport = $root.hub.v1.ConfigReport.toObject(message.configReport, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "configReport";
                }
                if (message.otaStatus != null && $Object.hasOwnProperty.call(message, "otaStatus")) {
                    object.otaStatus = $root.hub.v1.OtaStatus.toObject(message.otaStatus, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "otaStatus";
                }
                if (message.adScheduleAck != null && $Object.hasOwnProperty.call(message, "adScheduleAck")) {
                    object.adScheduleAck = $root.hub.v1.AdScheduleAck.toObject(message.adScheduleAck, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adScheduleAck";
                }
                if (message.playProofs != null && $Object.hasOwnProperty.call(message, "playProofs")) {
                    object.playProofs = $root.hub.v1.PlayProofBatch.toObject(message.playProofs, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "playProofs";
                }
                return object;
            };

            /**
             * Converts this Uplink to JSON.
             * @function toJSON
             * @memberof hub.v1.Uplink
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Uplink.prototype.toJSON = function() {
                return Uplink.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Uplink
             * @function getTypeUrl
             * @memberof hub.v1.Uplink
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Uplink.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.Uplink";
            };

            return Uplink;
        })();

        v1.Downlink = (function() {

            /**
             * Properties of a Downlink.
             * @typedef {Object} hub.v1.Downlink.$Properties
             * @property {number|null} [messageId] Downlink messageId
             * @property {number|null} [sentAtMs] Downlink sentAtMs
             * @property {number|null} [replyTo] Downlink replyTo
             * @property {Uint8Array|null} [signature] Downlink signature
             * @property {hub.v1.Welcome.$Properties|null} [welcome] Downlink welcome
             * @property {hub.v1.PayResult.$Properties|null} [payResult] Downlink payResult
             * @property {hub.v1.QrCode.$Properties|null} [qrCode] Downlink qrCode
             * @property {hub.v1.Command.$Properties|null} [command] Downlink command
             * @property {hub.v1.ConfigUpdate.$Properties|null} [configUpdate] Downlink configUpdate
             * @property {hub.v1.OtaOffer.$Properties|null} [otaOffer] Downlink otaOffer
             * @property {hub.v1.AdSchedule.$Properties|null} [adSchedule] Downlink adSchedule
             * @property {hub.v1.Reconnect.$Properties|null} [reconnect] Downlink reconnect
             * @property {hub.v1.PlayProofsAck.$Properties|null} [playProofsAck] Downlink playProofsAck
             * @property {"welcome"|"payResult"|"qrCode"|"command"|"configUpdate"|"otaOffer"|"adSchedule"|"reconnect"|"playProofsAck"} [body] Downlink body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Downlink.
             * @memberof hub.v1
             * @interface IDownlink
             * @augments hub.v1.Downlink.$Properties
             * @deprecated Use hub.v1.Downlink.$Properties instead.
             */

            /**
             * Narrowed shape of a Downlink.
             * @typedef {{
             *   messageId?: number|null;
             *   sentAtMs?: number|null;
             *   replyTo?: number|null;
             *   signature?: Uint8Array|null;
             *   welcome?: hub.v1.Welcome.$Shape|null;
             *   payResult?: hub.v1.PayResult.$Shape|null;
             *   qrCode?: hub.v1.QrCode.$Shape|null;
             *   command?: hub.v1.Command.$Shape|null;
             *   configUpdate?: hub.v1.ConfigUpdate.$Shape|null;
             *   otaOffer?: hub.v1.OtaOffer.$Shape|null;
             *   adSchedule?: hub.v1.AdSchedule.$Shape|null;
             *   reconnect?: hub.v1.Reconnect.$Shape|null;
             *   playProofsAck?: hub.v1.PlayProofsAck.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; welcome?: null; payResult?: null; qrCode?: null; command?: null; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "welcome"; welcome: hub.v1.Welcome.$Shape; payResult?: null; qrCode?: null; command?: null; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "payResult"; welcome?: null; payResult: hub.v1.PayResult.$Shape; qrCode?: null; command?: null; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "qrCode"; welcome?: null; payResult?: null; qrCode: hub.v1.QrCode.$Shape; command?: null; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "command"; welcome?: null; payResult?: null; qrCode?: null; command: hub.v1.Command.$Shape; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "configUpdate"; welcome?: null; payResult?: null; qrCode?: null; command?: null; configUpdate: hub.v1.ConfigUpdate.$Shape; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "otaOffer"; welcome?: null; payResult?: null; qrCode?: null; command?: null; configUpdate?: null; otaOffer: hub.v1.OtaOffer.$Shape; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "adSchedule"; welcome?: null; payResult?: null; qrCode?: null; command?: null; configUpdate?: null; otaOffer?: null; adSchedule: hub.v1.AdSchedule.$Shape; reconnect?: null; playProofsAck?: null }|{ body?: "reconnect"; welcome?: null; payResult?: null; qrCode?: null; command?: null; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect: hub.v1.Reconnect.$Shape; playProofsAck?: null }|{ body?: "playProofsAck"; welcome?: null; payResult?: null; qrCode?: null; command?: null; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck: hub.v1.PlayProofsAck.$Shape })
             * )} hub.v1.Downlink.$Shape
             */

            /**
             * Constructs a new Downlink.
             * @memberof hub.v1
             * @classdesc Represents a Downlink.
             * @constructor
             * @param {hub.v1.Downlink.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Downlink = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Downlink messageId.
             * @member {number} messageId
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.messageId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Downlink sentAtMs.
             * @member {number} sentAtMs
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Downlink replyTo.
             * @member {number} replyTo
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.replyTo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Downlink signature.
             * @member {Uint8Array} signature
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.signature = $util.newBuffer([]);

            /**
             * Downlink welcome.
             * @member {hub.v1.Welcome.$Properties|null|undefined} welcome
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.welcome = null;

            /**
             * Downlink payResult.
             * @member {hub.v1.PayResult.$Properties|null|undefined} payResult
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.payResult = null;

            /**
             * Downlink qrCode.
             * @member {hub.v1.QrCode.$Properties|null|undefined} qrCode
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.qrCode = null;

            /**
             * Downlink command.
             * @member {hub.v1.Command.$Properties|null|undefined} command
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.command = null;

            /**
             * Downlink configUpdate.
             * @member {hub.v1.ConfigUpdate.$Properties|null|undefined} configUpdate
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.configUpdate = null;

            /**
             * Downlink otaOffer.
             * @member {hub.v1.OtaOffer.$Properties|null|undefined} otaOffer
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.otaOffer = null;

            /**
             * Downlink adSchedule.
             * @member {hub.v1.AdSchedule.$Properties|null|undefined} adSchedule
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.adSchedule = null;

            /**
             * Downlink reconnect.
             * @member {hub.v1.Reconnect.$Properties|null|undefined} reconnect
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.reconnect = null;

            /**
             * Downlink playProofsAck.
             * @member {hub.v1.PlayProofsAck.$Properties|null|undefined} playProofsAck
             * @memberof hub.v1.Downlink
             * @instance
             */
            Downlink.prototype.playProofsAck = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Downlink body.
             * @member {"welcome"|"payResult"|"qrCode"|"command"|"configUpdate"|"otaOffer"|"adSchedule"|"reconnect"|"playProofsAck"|undefined} body
             * @memberof hub.v1.Downlink
             * @instance
             */
            $Object.defineProperty(Downlink.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["welcome", "payResult", "qrCode", "command", "configUpdate", "otaOffer", "adSchedule", "reconnect", "playProofsAck"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Downlink message. Does not implicitly {@link hub.v1.Downlink.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.Downlink
             * @static
             * @param {hub.v1.Downlink.$Properties} message Downlink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Downlink.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && (typeof message.messageId === "object" ? message.messageId.low || message.messageId.high : message.messageId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.messageId);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sentAtMs);
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo") && (typeof message.replyTo === "object" ? message.replyTo.low || message.replyTo.high : message.replyTo !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.replyTo);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.hub.v1.Welcome.encode(message.welcome, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.payResult != null && $Object.hasOwnProperty.call(message, "payResult"))
                    $root.hub.v1.PayResult.encode(message.payResult, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.qrCode != null && $Object.hasOwnProperty.call(message, "qrCode"))
                    $root.hub.v1.QrCode.encode(message.qrCode, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.hub.v1.Command.encode(message.command, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.configUpdate != null && $Object.hasOwnProperty.call(message, "configUpdate"))
                    $root.hub.v1.ConfigUpdate.encode(message.configUpdate, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.otaOffer != null && $Object.hasOwnProperty.call(message, "otaOffer"))
                    $root.hub.v1.OtaOffer.encode(message.otaOffer, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.adSchedule != null && $Object.hasOwnProperty.call(message, "adSchedule"))
                    $root.hub.v1.AdSchedule.encode(message.adSchedule, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.reconnect != null && $Object.hasOwnProperty.call(message, "reconnect"))
                    $root.hub.v1.Reconnect.encode(message.reconnect, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.playProofsAck != null && $Object.hasOwnProperty.call(message, "playProofsAck"))
                    $root.hub.v1.PlayProofsAck.encode(message.playProofsAck, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Downlink message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.Downlink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.Downlink & hub.v1.Downlink.$Shape} Downlink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Downlink.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.Downlink();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.replyTo = value;
                            else
                                delete message.replyTo;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.hub.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.body = "welcome";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.payResult = $root.hub.v1.PayResult.decode(reader, reader.size(), $undefined, _depth + 1, message.payResult);
                            message.body = "payResult";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.qrCode = $root.hub.v1.QrCode.decode(reader, reader.size(), $undefined, _depth + 1, message.qrCode);
                            message.body = "qrCode";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.hub.v1.Command.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            message.body = "command";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.configUpdate = $root.hub.v1.ConfigUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.configUpdate);
                            message.body = "configUpdate";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.otaOffer = $root.hub.v1.OtaOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.otaOffer);
                            message.body = "otaOffer";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.adSchedule = $root.hub.v1.AdSchedule.decode(reader, reader.size(), $undefined, _depth + 1, message.adSchedule);
                            message.body = "adSchedule";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.reconnect = $root.hub.v1.Reconnect.decode(reader, reader.size(), $undefined, _depth + 1, message.reconnect);
                            message.body = "reconnect";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.playProofsAck = $root.hub.v1.PlayProofsAck.decode(reader, reader.size(), $undefined, _depth + 1, message.playProofsAck);
                            message.body = "playProofsAck";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Downlink message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.Downlink
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.Downlink} Downlink
             */
            Downlink.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.Downlink)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.Downlink: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.Downlink();
                if (object.messageId != null)
                    if (typeof object.messageId === "object" ? object.messageId.low || object.messageId.high : $Number(object.messageId) !== 0)
                        if ($util.Long)
                            message.messageId = $util.Long.fromValue(object.messageId, true);
                        else if (typeof object.messageId === "string")
                            message.messageId = $parseInt(object.messageId, 10);
                        else if (typeof object.messageId === "number")
                            message.messageId = object.messageId;
                        else if (typeof object.messageId === "object")
                            message.messageId = new $util.LongBits(object.messageId.low >>> 0, object.messageId.high >>> 0).toNumber(true);
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, true);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber(true);
                if (object.replyTo != null)
                    if (typeof object.replyTo === "object" ? object.replyTo.low || object.replyTo.high : $Number(object.replyTo) !== 0)
                        if ($util.Long)
                            message.replyTo = $util.Long.fromValue(object.replyTo, true);
                        else if (typeof object.replyTo === "string")
                            message.replyTo = $parseInt(object.replyTo, 10);
                        else if (typeof object.replyTo === "number")
                            message.replyTo = object.replyTo;
                        else if (typeof object.replyTo === "object")
                            message.replyTo = new $util.LongBits(object.replyTo.low >>> 0, object.replyTo.high >>> 0).toNumber(true);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.welcome != null) {
                    if (!$util.isObject(object.welcome))
                        throw $TypeError(".hub.v1.Downlink.welcome: object expected");
                    message.welcome = $root.hub.v1.Welcome.fromObject(object.welcome, _depth + 1);
                }
                if (object.payResult != null) {
                    if (!$util.isObject(object.payResult))
                        throw $TypeError(".hub.v1.Downlink.payResult: object expected");
                    message.payResult = $root.hub.v1.PayResult.fromObject(object.payResult, _depth + 1);
                }
                if (object.qrCode != null) {
                    if (!$util.isObject(object.qrCode))
                        throw $TypeError(".hub.v1.Downlink.qrCode: object expected");
                    message.qrCode = $root.hub.v1.QrCode.fromObject(object.qrCode, _depth + 1);
                }
                if (object.command != null) {
                    if (!$util.isObject(object.command))
                        throw $TypeError(".hub.v1.Downlink.command: object expected");
                    message.command = $root.hub.v1.Command.fromObject(object.command, _depth + 1);
                }
                if (object.configUpdate != null) {
                    if (!$util.isObject(object.configUpdate))
                        throw $TypeError(".hub.v1.Downlink.configUpdate: object expected");
                    message.configUpdate = $root.hub.v1.ConfigUpdate.fromObject(object.configUpdate, _depth + 1);
                }
                if (object.otaOffer != null) {
                    if (!$util.isObject(object.otaOffer))
                        throw $TypeError(".hub.v1.Downlink.otaOffer: object expected");
                    message.otaOffer = $root.hub.v1.OtaOffer.fromObject(object.otaOffer, _depth + 1);
                }
                if (object.adSchedule != null) {
                    if (!$util.isObject(object.adSchedule))
                        throw $TypeError(".hub.v1.Downlink.adSchedule: object expected");
                    message.adSchedule = $root.hub.v1.AdSchedule.fromObject(object.adSchedule, _depth + 1);
                }
                if (object.reconnect != null) {
                    if (!$util.isObject(object.reconnect))
                        throw $TypeError(".hub.v1.Downlink.reconnect: object expected");
                    message.reconnect = $root.hub.v1.Reconnect.fromObject(object.reconnect, _depth + 1);
                }
                if (object.playProofsAck != null) {
                    if (!$util.isObject(object.playProofsAck))
                        throw $TypeError(".hub.v1.Downlink.playProofsAck: object expected");
                    message.playProofsAck = $root.hub.v1.PlayProofsAck.fromObject(object.playProofsAck, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Downlink message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.Downlink
             * @static
             * @param {hub.v1.Downlink} message Downlink
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Downlink.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.messageId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.messageId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.replyTo = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.replyTo = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.messageId = typeof message.messageId === "number" ? $BigInt(message.messageId) : $util.Long.fromBits(message.messageId.low >>> 0, message.messageId.high >>> 0, true).toBigInt();
                    else if (typeof message.messageId === "number")
                        object.messageId = options.longs === $String ? $String(message.messageId) : message.messageId;
                    else
                        object.messageId = options.longs === $String ? $util.Long.prototype.toString.call(message.messageId) : options.longs === $Number ? new $util.LongBits(message.messageId.low >>> 0, message.messageId.high >>> 0).toNumber(true) : message.messageId;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber(true) : message.sentAtMs;
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.replyTo = typeof message.replyTo === "number" ? $BigInt(message.replyTo) : $util.Long.fromBits(message.replyTo.low >>> 0, message.replyTo.high >>> 0, true).toBigInt();
                    else if (typeof message.replyTo === "number")
                        object.replyTo = options.longs === $String ? $String(message.replyTo) : message.replyTo;
                    else
                        object.replyTo = options.longs === $String ? $util.Long.prototype.toString.call(message.replyTo) : options.longs === $Number ? new $util.LongBits(message.replyTo.low >>> 0, message.replyTo.high >>> 0).toNumber(true) : message.replyTo;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    object.welcome = $root.hub.v1.Welcome.toObject(message.welcome, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "welcome";
                }
                if (message.payResult != null && $Object.hasOwnProperty.call(message, "payResult")) {
                    object.payResult = $root.hub.v1.PayResult.toObject(message.payResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "payResult";
                }
                if (message.qrCode != null && $Object.hasOwnProperty.call(message, "qrCode")) {
                    object.qrCode = $root.hub.v1.QrCode.toObject(message.qrCode, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "qrCode";
                }
                if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                    object.command = $root.hub.v1.Command.toObject(message.command, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "command";
                }
                if (message.configUpdate != null && $Object.hasOwnProperty.call(message, "configUpdate")) {
                    object.configUpdate = $root.hub.v1.ConfigUpdate.toObject(message.configUpdate, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "configUpdate";
                }
                if (message.otaOffer != null && $Object.hasOwnProperty.call(message, "otaOffer")) {
                    object.otaOffer = $root.hub.v1.OtaOffer.toObject(message.otaOffer, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "otaOffer";
                }
                if (message.adSchedule != null && $Object.hasOwnProperty.call(message, "adSchedule")) {
                    object.adSchedule = $root.hub.v1.AdSchedule.toObject(message.adSchedule, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "adSchedule";
                }
                if (message.reconnect != null && $Object.hasOwnProperty.call(message, "reconnect")) {
                    object.reconnect = $root.hub.v1.Reconnect.toObject(message.reconnect, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "reconnect";
                }
                if (message.playProofsAck != null && $Object.hasOwnProperty.call(message, "playProofsAck")) {
                    object.playProofsAck = $root.hub.v1.PlayProofsAck.toObject(message.playProofsAck, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "playProofsAck";
                }
                return object;
            };

            /**
             * Converts this Downlink to JSON.
             * @function toJSON
             * @memberof hub.v1.Downlink
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Downlink.prototype.toJSON = function() {
                return Downlink.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Downlink
             * @function getTypeUrl
             * @memberof hub.v1.Downlink
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Downlink.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.Downlink";
            };

            return Downlink;
        })();

        v1.Reconnect = (function() {

            /**
             * Properties of a Reconnect.
             * @typedef {Object} hub.v1.Reconnect.$Properties
             * @property {number|null} [delayMs] Reconnect delayMs
             * @property {number|null} [spreadMs] Reconnect spreadMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reconnect.
             * @memberof hub.v1
             * @interface IReconnect
             * @augments hub.v1.Reconnect.$Properties
             * @deprecated Use hub.v1.Reconnect.$Properties instead.
             */

            /**
             * Shape of a Reconnect.
             * @typedef {hub.v1.Reconnect.$Properties} hub.v1.Reconnect.$Shape
             */

            /**
             * Constructs a new Reconnect.
             * @memberof hub.v1
             * @classdesc Represents a Reconnect.
             * @constructor
             * @param {hub.v1.Reconnect.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reconnect = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reconnect delayMs.
             * @member {number} delayMs
             * @memberof hub.v1.Reconnect
             * @instance
             */
            Reconnect.prototype.delayMs = 0;

            /**
             * Reconnect spreadMs.
             * @member {number} spreadMs
             * @memberof hub.v1.Reconnect
             * @instance
             */
            Reconnect.prototype.spreadMs = 0;

            /**
             * Encodes the specified Reconnect message. Does not implicitly {@link hub.v1.Reconnect.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.Reconnect
             * @static
             * @param {hub.v1.Reconnect.$Properties} message Reconnect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reconnect.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs") && message.delayMs !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.delayMs);
                if (message.spreadMs != null && $Object.hasOwnProperty.call(message, "spreadMs") && message.spreadMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.spreadMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Reconnect message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.Reconnect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.Reconnect & hub.v1.Reconnect.$Shape} Reconnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reconnect.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.Reconnect();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delayMs = value;
                            else
                                delete message.delayMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.spreadMs = value;
                            else
                                delete message.spreadMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Reconnect message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.Reconnect
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.Reconnect} Reconnect
             */
            Reconnect.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.Reconnect)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.Reconnect: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.Reconnect();
                if (object.delayMs != null)
                    if ($Number(object.delayMs) !== 0)
                        message.delayMs = object.delayMs >>> 0;
                if (object.spreadMs != null)
                    if ($Number(object.spreadMs) !== 0)
                        message.spreadMs = object.spreadMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Reconnect message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.Reconnect
             * @static
             * @param {hub.v1.Reconnect} message Reconnect
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reconnect.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.delayMs = 0;
                    object.spreadMs = 0;
                }
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    object.delayMs = message.delayMs;
                if (message.spreadMs != null && $Object.hasOwnProperty.call(message, "spreadMs"))
                    object.spreadMs = message.spreadMs;
                return object;
            };

            /**
             * Converts this Reconnect to JSON.
             * @function toJSON
             * @memberof hub.v1.Reconnect
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reconnect.prototype.toJSON = function() {
                return Reconnect.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reconnect
             * @function getTypeUrl
             * @memberof hub.v1.Reconnect
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reconnect.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.Reconnect";
            };

            return Reconnect;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} hub.v1.Hello.$Properties
             * @property {string|null} [firmwareVersion] Hello firmwareVersion
             * @property {string|null} [appVersion] Hello appVersion
             * @property {string|null} [model] Hello model
             * @property {string|null} [hardwareRevision] Hello hardwareRevision
             * @property {string|null} [iccid] Hello iccid
             * @property {Array.<string>|null} [awaitingOrderNos] Hello awaitingOrderNos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof hub.v1
             * @interface IHello
             * @augments hub.v1.Hello.$Properties
             * @deprecated Use hub.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {hub.v1.Hello.$Properties} hub.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof hub.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {hub.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                this.awaitingOrderNos = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello firmwareVersion.
             * @member {string} firmwareVersion
             * @memberof hub.v1.Hello
             * @instance
             */
            Hello.prototype.firmwareVersion = "";

            /**
             * Hello appVersion.
             * @member {string} appVersion
             * @memberof hub.v1.Hello
             * @instance
             */
            Hello.prototype.appVersion = "";

            /**
             * Hello model.
             * @member {string} model
             * @memberof hub.v1.Hello
             * @instance
             */
            Hello.prototype.model = "";

            /**
             * Hello hardwareRevision.
             * @member {string} hardwareRevision
             * @memberof hub.v1.Hello
             * @instance
             */
            Hello.prototype.hardwareRevision = "";

            /**
             * Hello iccid.
             * @member {string} iccid
             * @memberof hub.v1.Hello
             * @instance
             */
            Hello.prototype.iccid = "";

            /**
             * Hello awaitingOrderNos.
             * @member {Array.<string>} awaitingOrderNos
             * @memberof hub.v1.Hello
             * @instance
             */
            Hello.prototype.awaitingOrderNos = $util.emptyArray;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link hub.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.Hello
             * @static
             * @param {hub.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion") && message.firmwareVersion !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.firmwareVersion);
                if (message.appVersion != null && $Object.hasOwnProperty.call(message, "appVersion") && message.appVersion !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.appVersion);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.model);
                if (message.hardwareRevision != null && $Object.hasOwnProperty.call(message, "hardwareRevision") && message.hardwareRevision !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.hardwareRevision);
                if (message.iccid != null && $Object.hasOwnProperty.call(message, "iccid") && message.iccid !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.iccid);
                if (message.awaitingOrderNos != null && message.awaitingOrderNos.length)
                    for (let i = 0; i < message.awaitingOrderNos.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.awaitingOrderNos[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.Hello & hub.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.firmwareVersion = value;
                            else
                                delete message.firmwareVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appVersion = value;
                            else
                                delete message.appVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hardwareRevision = value;
                            else
                                delete message.hardwareRevision;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.iccid = value;
                            else
                                delete message.iccid;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.awaitingOrderNos && message.awaitingOrderNos.length))
                                message.awaitingOrderNos = [];
                            message.awaitingOrderNos.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.Hello();
                if (object.firmwareVersion != null)
                    if (typeof object.firmwareVersion !== "string" || object.firmwareVersion.length)
                        message.firmwareVersion = $String(object.firmwareVersion);
                if (object.appVersion != null)
                    if (typeof object.appVersion !== "string" || object.appVersion.length)
                        message.appVersion = $String(object.appVersion);
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
                if (object.hardwareRevision != null)
                    if (typeof object.hardwareRevision !== "string" || object.hardwareRevision.length)
                        message.hardwareRevision = $String(object.hardwareRevision);
                if (object.iccid != null)
                    if (typeof object.iccid !== "string" || object.iccid.length)
                        message.iccid = $String(object.iccid);
                if (object.awaitingOrderNos) {
                    if (!$Array.isArray(object.awaitingOrderNos))
                        throw $TypeError(".hub.v1.Hello.awaitingOrderNos: array expected");
                    message.awaitingOrderNos = $Array(object.awaitingOrderNos.length);
                    for (let i = 0; i < object.awaitingOrderNos.length; ++i)
                        message.awaitingOrderNos[i] = $String(object.awaitingOrderNos[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.Hello
             * @static
             * @param {hub.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.awaitingOrderNos = [];
                if (options.defaults) {
                    object.firmwareVersion = "";
                    object.appVersion = "";
                    object.model = "";
                    object.hardwareRevision = "";
                    object.iccid = "";
                }
                if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion"))
                    object.firmwareVersion = message.firmwareVersion;
                if (message.appVersion != null && $Object.hasOwnProperty.call(message, "appVersion"))
                    object.appVersion = message.appVersion;
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.hardwareRevision != null && $Object.hasOwnProperty.call(message, "hardwareRevision"))
                    object.hardwareRevision = message.hardwareRevision;
                if (message.iccid != null && $Object.hasOwnProperty.call(message, "iccid"))
                    object.iccid = message.iccid;
                if (message.awaitingOrderNos && message.awaitingOrderNos.length) {
                    object.awaitingOrderNos = $Array(message.awaitingOrderNos.length);
                    for (let j = 0; j < message.awaitingOrderNos.length; ++j)
                        object.awaitingOrderNos[j] = message.awaitingOrderNos[j];
                }
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof hub.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof hub.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.Hello";
            };

            return Hello;
        })();

        /**
         * NetworkType enum.
         * @name hub.v1.NetworkType
         * @enum {number}
         * @property {number} NETWORK_TYPE_UNSPECIFIED=0 NETWORK_TYPE_UNSPECIFIED value
         * @property {number} NETWORK_TYPE_WIFI=1 NETWORK_TYPE_WIFI value
         * @property {number} NETWORK_TYPE_ETHERNET=2 NETWORK_TYPE_ETHERNET value
         * @property {number} NETWORK_TYPE_CELLULAR_2G=3 NETWORK_TYPE_CELLULAR_2G value
         * @property {number} NETWORK_TYPE_CELLULAR_4G=4 NETWORK_TYPE_CELLULAR_4G value
         * @property {number} NETWORK_TYPE_CELLULAR_5G=5 NETWORK_TYPE_CELLULAR_5G value
         */
        v1.NetworkType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NETWORK_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NETWORK_TYPE_WIFI"] = 1;
            values[valuesById[2] = "NETWORK_TYPE_ETHERNET"] = 2;
            values[valuesById[3] = "NETWORK_TYPE_CELLULAR_2G"] = 3;
            values[valuesById[4] = "NETWORK_TYPE_CELLULAR_4G"] = 4;
            values[valuesById[5] = "NETWORK_TYPE_CELLULAR_5G"] = 5;
            return values;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} hub.v1.Heartbeat.$Properties
             * @property {number|null} [uptimeS] Heartbeat uptimeS
             * @property {number|null} [rssiDbm] Heartbeat rssiDbm
             * @property {hub.v1.NetworkType|null} [networkType] Heartbeat networkType
             * @property {number|null} [temperatureDc] Heartbeat temperatureDc
             * @property {number|null} [freeStorageBytes] Heartbeat freeStorageBytes
             * @property {number|null} [freeMemoryBytes] Heartbeat freeMemoryBytes
             * @property {string|null} [appVersion] Heartbeat appVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof hub.v1
             * @interface IHeartbeat
             * @augments hub.v1.Heartbeat.$Properties
             * @deprecated Use hub.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {hub.v1.Heartbeat.$Properties} hub.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof hub.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {hub.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat uptimeS.
             * @member {number} uptimeS
             * @memberof hub.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.uptimeS = 0;

            /**
             * Heartbeat rssiDbm.
             * @member {number} rssiDbm
             * @memberof hub.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.rssiDbm = 0;

            /**
             * Heartbeat networkType.
             * @member {hub.v1.NetworkType} networkType
             * @memberof hub.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.networkType = 0;

            /**
             * Heartbeat temperatureDc.
             * @member {number} temperatureDc
             * @memberof hub.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.temperatureDc = 0;

            /**
             * Heartbeat freeStorageBytes.
             * @member {number} freeStorageBytes
             * @memberof hub.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.freeStorageBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat freeMemoryBytes.
             * @member {number} freeMemoryBytes
             * @memberof hub.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.freeMemoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat appVersion.
             * @member {string} appVersion
             * @memberof hub.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.appVersion = "";

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link hub.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.Heartbeat
             * @static
             * @param {hub.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS") && message.uptimeS !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.uptimeS);
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm") && message.rssiDbm !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.rssiDbm);
                if (message.networkType != null && $Object.hasOwnProperty.call(message, "networkType") && message.networkType !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.networkType);
                if (message.temperatureDc != null && $Object.hasOwnProperty.call(message, "temperatureDc") && message.temperatureDc !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.temperatureDc);
                if (message.freeStorageBytes != null && $Object.hasOwnProperty.call(message, "freeStorageBytes") && (typeof message.freeStorageBytes === "object" ? message.freeStorageBytes.low || message.freeStorageBytes.high : message.freeStorageBytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.freeStorageBytes);
                if (message.freeMemoryBytes != null && $Object.hasOwnProperty.call(message, "freeMemoryBytes") && (typeof message.freeMemoryBytes === "object" ? message.freeMemoryBytes.low || message.freeMemoryBytes.high : message.freeMemoryBytes !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.freeMemoryBytes);
                if (message.appVersion != null && $Object.hasOwnProperty.call(message, "appVersion") && message.appVersion !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.appVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.Heartbeat & hub.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.uptimeS = value;
                            else
                                delete message.uptimeS;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.rssiDbm = value;
                            else
                                delete message.rssiDbm;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.networkType = value;
                            else
                                delete message.networkType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.temperatureDc = value;
                            else
                                delete message.temperatureDc;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.freeStorageBytes = value;
                            else
                                delete message.freeStorageBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.freeMemoryBytes = value;
                            else
                                delete message.freeMemoryBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appVersion = value;
                            else
                                delete message.appVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.Heartbeat();
                if (object.uptimeS != null)
                    if ($Number(object.uptimeS) !== 0)
                        message.uptimeS = object.uptimeS >>> 0;
                if (object.rssiDbm != null)
                    if ($Number(object.rssiDbm) !== 0)
                        message.rssiDbm = object.rssiDbm | 0;
                if (object.networkType !== 0 && (typeof object.networkType !== "string" || $root.hub.v1.NetworkType[object.networkType] !== 0))
                    switch (object.networkType) {
                    case "NETWORK_TYPE_UNSPECIFIED":
                    case 0:
                        message.networkType = 0;
                        break;
                    case "NETWORK_TYPE_WIFI":
                    case 1:
                        message.networkType = 1;
                        break;
                    case "NETWORK_TYPE_ETHERNET":
                    case 2:
                        message.networkType = 2;
                        break;
                    case "NETWORK_TYPE_CELLULAR_2G":
                    case 3:
                        message.networkType = 3;
                        break;
                    case "NETWORK_TYPE_CELLULAR_4G":
                    case 4:
                        message.networkType = 4;
                        break;
                    case "NETWORK_TYPE_CELLULAR_5G":
                    case 5:
                        message.networkType = 5;
                        break;
                    default:
                        if (typeof object.networkType === "number" && (object.networkType | 0) === object.networkType)
                            message.networkType = object.networkType;
                    }
                if (object.temperatureDc != null)
                    if ($Number(object.temperatureDc) !== 0)
                        message.temperatureDc = object.temperatureDc | 0;
                if (object.freeStorageBytes != null)
                    if (typeof object.freeStorageBytes === "object" ? object.freeStorageBytes.low || object.freeStorageBytes.high : $Number(object.freeStorageBytes) !== 0)
                        if ($util.Long)
                            message.freeStorageBytes = $util.Long.fromValue(object.freeStorageBytes, true);
                        else if (typeof object.freeStorageBytes === "string")
                            message.freeStorageBytes = $parseInt(object.freeStorageBytes, 10);
                        else if (typeof object.freeStorageBytes === "number")
                            message.freeStorageBytes = object.freeStorageBytes;
                        else if (typeof object.freeStorageBytes === "object")
                            message.freeStorageBytes = new $util.LongBits(object.freeStorageBytes.low >>> 0, object.freeStorageBytes.high >>> 0).toNumber(true);
                if (object.freeMemoryBytes != null)
                    if (typeof object.freeMemoryBytes === "object" ? object.freeMemoryBytes.low || object.freeMemoryBytes.high : $Number(object.freeMemoryBytes) !== 0)
                        if ($util.Long)
                            message.freeMemoryBytes = $util.Long.fromValue(object.freeMemoryBytes, true);
                        else if (typeof object.freeMemoryBytes === "string")
                            message.freeMemoryBytes = $parseInt(object.freeMemoryBytes, 10);
                        else if (typeof object.freeMemoryBytes === "number")
                            message.freeMemoryBytes = object.freeMemoryBytes;
                        else if (typeof object.freeMemoryBytes === "object")
                            message.freeMemoryBytes = new $util.LongBits(object.freeMemoryBytes.low >>> 0, object.freeMemoryBytes.high >>> 0).toNumber(true);
                if (object.appVersion != null)
                    if (typeof object.appVersion !== "string" || object.appVersion.length)
                        message.appVersion = $String(object.appVersion);
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.Heartbeat
             * @static
             * @param {hub.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.uptimeS = 0;
                    object.rssiDbm = 0;
                    object.networkType = options.enums === $String ? "NETWORK_TYPE_UNSPECIFIED" : 0;
                    object.temperatureDc = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.freeStorageBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.freeStorageBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.freeMemoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.freeMemoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.appVersion = "";
                }
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                    object.uptimeS = message.uptimeS;
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm"))
                    object.rssiDbm = message.rssiDbm;
                if (message.networkType != null && $Object.hasOwnProperty.call(message, "networkType"))
                    object.networkType = options.enums === $String ? $root.hub.v1.NetworkType[message.networkType] === $undefined ? message.networkType : $root.hub.v1.NetworkType[message.networkType] : message.networkType;
                if (message.temperatureDc != null && $Object.hasOwnProperty.call(message, "temperatureDc"))
                    object.temperatureDc = message.temperatureDc;
                if (message.freeStorageBytes != null && $Object.hasOwnProperty.call(message, "freeStorageBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.freeStorageBytes = typeof message.freeStorageBytes === "number" ? $BigInt(message.freeStorageBytes) : $util.Long.fromBits(message.freeStorageBytes.low >>> 0, message.freeStorageBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.freeStorageBytes === "number")
                        object.freeStorageBytes = options.longs === $String ? $String(message.freeStorageBytes) : message.freeStorageBytes;
                    else
                        object.freeStorageBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.freeStorageBytes) : options.longs === $Number ? new $util.LongBits(message.freeStorageBytes.low >>> 0, message.freeStorageBytes.high >>> 0).toNumber(true) : message.freeStorageBytes;
                if (message.freeMemoryBytes != null && $Object.hasOwnProperty.call(message, "freeMemoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.freeMemoryBytes = typeof message.freeMemoryBytes === "number" ? $BigInt(message.freeMemoryBytes) : $util.Long.fromBits(message.freeMemoryBytes.low >>> 0, message.freeMemoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.freeMemoryBytes === "number")
                        object.freeMemoryBytes = options.longs === $String ? $String(message.freeMemoryBytes) : message.freeMemoryBytes;
                    else
                        object.freeMemoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.freeMemoryBytes) : options.longs === $Number ? new $util.LongBits(message.freeMemoryBytes.low >>> 0, message.freeMemoryBytes.high >>> 0).toNumber(true) : message.freeMemoryBytes;
                if (message.appVersion != null && $Object.hasOwnProperty.call(message, "appVersion"))
                    object.appVersion = message.appVersion;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof hub.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof hub.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} hub.v1.Welcome.$Properties
             * @property {number|null} [serverTimeMs] Welcome serverTimeMs
             * @property {number|null} [heartbeatIntervalS] Welcome heartbeatIntervalS
             * @property {string|null} [deviceId] Welcome deviceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof hub.v1
             * @interface IWelcome
             * @augments hub.v1.Welcome.$Properties
             * @deprecated Use hub.v1.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {hub.v1.Welcome.$Properties} hub.v1.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof hub.v1
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {hub.v1.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Welcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Welcome serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof hub.v1.Welcome
             * @instance
             */
            Welcome.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Welcome heartbeatIntervalS.
             * @member {number} heartbeatIntervalS
             * @memberof hub.v1.Welcome
             * @instance
             */
            Welcome.prototype.heartbeatIntervalS = 0;

            /**
             * Welcome deviceId.
             * @member {string} deviceId
             * @memberof hub.v1.Welcome
             * @instance
             */
            Welcome.prototype.deviceId = "";

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link hub.v1.Welcome.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.Welcome
             * @static
             * @param {hub.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.serverTimeMs);
                if (message.heartbeatIntervalS != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalS") && message.heartbeatIntervalS !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.heartbeatIntervalS);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.deviceId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.Welcome & hub.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.Welcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalS = value;
                            else
                                delete message.heartbeatIntervalS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.Welcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.Welcome} Welcome
             */
            Welcome.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.Welcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.Welcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.Welcome();
                if (object.serverTimeMs != null)
                    if (typeof object.serverTimeMs === "object" ? object.serverTimeMs.low || object.serverTimeMs.high : $Number(object.serverTimeMs) !== 0)
                        if ($util.Long)
                            message.serverTimeMs = $util.Long.fromValue(object.serverTimeMs, true);
                        else if (typeof object.serverTimeMs === "string")
                            message.serverTimeMs = $parseInt(object.serverTimeMs, 10);
                        else if (typeof object.serverTimeMs === "number")
                            message.serverTimeMs = object.serverTimeMs;
                        else if (typeof object.serverTimeMs === "object")
                            message.serverTimeMs = new $util.LongBits(object.serverTimeMs.low >>> 0, object.serverTimeMs.high >>> 0).toNumber(true);
                if (object.heartbeatIntervalS != null)
                    if ($Number(object.heartbeatIntervalS) !== 0)
                        message.heartbeatIntervalS = object.heartbeatIntervalS >>> 0;
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                return message;
            };

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.Welcome
             * @static
             * @param {hub.v1.Welcome} message Welcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Welcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.serverTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.serverTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.heartbeatIntervalS = 0;
                    object.deviceId = "";
                }
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.serverTimeMs = typeof message.serverTimeMs === "number" ? $BigInt(message.serverTimeMs) : $util.Long.fromBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.serverTimeMs === "number")
                        object.serverTimeMs = options.longs === $String ? $String(message.serverTimeMs) : message.serverTimeMs;
                    else
                        object.serverTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimeMs) : options.longs === $Number ? new $util.LongBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0).toNumber(true) : message.serverTimeMs;
                if (message.heartbeatIntervalS != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalS"))
                    object.heartbeatIntervalS = message.heartbeatIntervalS;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                return object;
            };

            /**
             * Converts this Welcome to JSON.
             * @function toJSON
             * @memberof hub.v1.Welcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Welcome.prototype.toJSON = function() {
                return Welcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Welcome
             * @function getTypeUrl
             * @memberof hub.v1.Welcome
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Welcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.Welcome";
            };

            return Welcome;
        })();

        v1.PayRequest = (function() {

            /**
             * Properties of a PayRequest.
             * @typedef {Object} hub.v1.PayRequest.$Properties
             * @property {string|null} [orderNo] PayRequest orderNo
             * @property {number|null} [amountFen] PayRequest amountFen
             * @property {string|null} [currency] PayRequest currency
             * @property {string|null} [authCode] PayRequest authCode
             * @property {number|null} [signedAtMs] PayRequest signedAtMs
             * @property {Uint8Array|null} [signature] PayRequest signature
             * @property {string|null} [subject] PayRequest subject
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PayRequest.
             * @memberof hub.v1
             * @interface IPayRequest
             * @augments hub.v1.PayRequest.$Properties
             * @deprecated Use hub.v1.PayRequest.$Properties instead.
             */

            /**
             * Shape of a PayRequest.
             * @typedef {hub.v1.PayRequest.$Properties} hub.v1.PayRequest.$Shape
             */

            /**
             * Constructs a new PayRequest.
             * @memberof hub.v1
             * @classdesc Represents a PayRequest.
             * @constructor
             * @param {hub.v1.PayRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PayRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PayRequest orderNo.
             * @member {string} orderNo
             * @memberof hub.v1.PayRequest
             * @instance
             */
            PayRequest.prototype.orderNo = "";

            /**
             * PayRequest amountFen.
             * @member {number} amountFen
             * @memberof hub.v1.PayRequest
             * @instance
             */
            PayRequest.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PayRequest currency.
             * @member {string} currency
             * @memberof hub.v1.PayRequest
             * @instance
             */
            PayRequest.prototype.currency = "";

            /**
             * PayRequest authCode.
             * @member {string} authCode
             * @memberof hub.v1.PayRequest
             * @instance
             */
            PayRequest.prototype.authCode = "";

            /**
             * PayRequest signedAtMs.
             * @member {number} signedAtMs
             * @memberof hub.v1.PayRequest
             * @instance
             */
            PayRequest.prototype.signedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PayRequest signature.
             * @member {Uint8Array} signature
             * @memberof hub.v1.PayRequest
             * @instance
             */
            PayRequest.prototype.signature = $util.newBuffer([]);

            /**
             * PayRequest subject.
             * @member {string} subject
             * @memberof hub.v1.PayRequest
             * @instance
             */
            PayRequest.prototype.subject = "";

            /**
             * Encodes the specified PayRequest message. Does not implicitly {@link hub.v1.PayRequest.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.PayRequest
             * @static
             * @param {hub.v1.PayRequest.$Properties} message PayRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PayRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.orderNo != null && $Object.hasOwnProperty.call(message, "orderNo") && message.orderNo !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderNo);
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen") && (typeof message.amountFen === "object" ? message.amountFen.low || message.amountFen.high : message.amountFen !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.amountFen);
                if (message.currency != null && $Object.hasOwnProperty.call(message, "currency") && message.currency !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.currency);
                if (message.authCode != null && $Object.hasOwnProperty.call(message, "authCode") && message.authCode !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.authCode);
                if (message.signedAtMs != null && $Object.hasOwnProperty.call(message, "signedAtMs") && (typeof message.signedAtMs === "object" ? message.signedAtMs.low || message.signedAtMs.high : message.signedAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.signedAtMs);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.signature);
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject") && message.subject !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.subject);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PayRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.PayRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.PayRequest & hub.v1.PayRequest.$Shape} PayRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PayRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.PayRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.orderNo = value;
                            else
                                delete message.orderNo;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.amountFen = value;
                            else
                                delete message.amountFen;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.currency = value;
                            else
                                delete message.currency;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.authCode = value;
                            else
                                delete message.authCode;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.signedAtMs = value;
                            else
                                delete message.signedAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subject = value;
                            else
                                delete message.subject;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PayRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.PayRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.PayRequest} PayRequest
             */
            PayRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.PayRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.PayRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.PayRequest();
                if (object.orderNo != null)
                    if (typeof object.orderNo !== "string" || object.orderNo.length)
                        message.orderNo = $String(object.orderNo);
                if (object.amountFen != null)
                    if (typeof object.amountFen === "object" ? object.amountFen.low || object.amountFen.high : $Number(object.amountFen) !== 0)
                        if ($util.Long)
                            message.amountFen = $util.Long.fromValue(object.amountFen, true);
                        else if (typeof object.amountFen === "string")
                            message.amountFen = $parseInt(object.amountFen, 10);
                        else if (typeof object.amountFen === "number")
                            message.amountFen = object.amountFen;
                        else if (typeof object.amountFen === "object")
                            message.amountFen = new $util.LongBits(object.amountFen.low >>> 0, object.amountFen.high >>> 0).toNumber(true);
                if (object.currency != null)
                    if (typeof object.currency !== "string" || object.currency.length)
                        message.currency = $String(object.currency);
                if (object.authCode != null)
                    if (typeof object.authCode !== "string" || object.authCode.length)
                        message.authCode = $String(object.authCode);
                if (object.signedAtMs != null)
                    if (typeof object.signedAtMs === "object" ? object.signedAtMs.low || object.signedAtMs.high : $Number(object.signedAtMs) !== 0)
                        if ($util.Long)
                            message.signedAtMs = $util.Long.fromValue(object.signedAtMs, true);
                        else if (typeof object.signedAtMs === "string")
                            message.signedAtMs = $parseInt(object.signedAtMs, 10);
                        else if (typeof object.signedAtMs === "number")
                            message.signedAtMs = object.signedAtMs;
                        else if (typeof object.signedAtMs === "object")
                            message.signedAtMs = new $util.LongBits(object.signedAtMs.low >>> 0, object.signedAtMs.high >>> 0).toNumber(true);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.subject != null)
                    if (typeof object.subject !== "string" || object.subject.length)
                        message.subject = $String(object.subject);
                return message;
            };

            /**
             * Creates a plain object from a PayRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.PayRequest
             * @static
             * @param {hub.v1.PayRequest} message PayRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PayRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.orderNo = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.currency = "";
                    object.authCode = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.signedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.signedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.subject = "";
                }
                if (message.orderNo != null && $Object.hasOwnProperty.call(message, "orderNo"))
                    object.orderNo = message.orderNo;
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amountFen = typeof message.amountFen === "number" ? $BigInt(message.amountFen) : $util.Long.fromBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0, true).toBigInt();
                    else if (typeof message.amountFen === "number")
                        object.amountFen = options.longs === $String ? $String(message.amountFen) : message.amountFen;
                    else
                        object.amountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.amountFen) : options.longs === $Number ? new $util.LongBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0).toNumber(true) : message.amountFen;
                if (message.currency != null && $Object.hasOwnProperty.call(message, "currency"))
                    object.currency = message.currency;
                if (message.authCode != null && $Object.hasOwnProperty.call(message, "authCode"))
                    object.authCode = message.authCode;
                if (message.signedAtMs != null && $Object.hasOwnProperty.call(message, "signedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.signedAtMs = typeof message.signedAtMs === "number" ? $BigInt(message.signedAtMs) : $util.Long.fromBits(message.signedAtMs.low >>> 0, message.signedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.signedAtMs === "number")
                        object.signedAtMs = options.longs === $String ? $String(message.signedAtMs) : message.signedAtMs;
                    else
                        object.signedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.signedAtMs) : options.longs === $Number ? new $util.LongBits(message.signedAtMs.low >>> 0, message.signedAtMs.high >>> 0).toNumber(true) : message.signedAtMs;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    object.subject = message.subject;
                return object;
            };

            /**
             * Converts this PayRequest to JSON.
             * @function toJSON
             * @memberof hub.v1.PayRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PayRequest.prototype.toJSON = function() {
                return PayRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PayRequest
             * @function getTypeUrl
             * @memberof hub.v1.PayRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PayRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.PayRequest";
            };

            return PayRequest;
        })();

        /**
         * PayStatus enum.
         * @name hub.v1.PayStatus
         * @enum {number}
         * @property {number} PAY_STATUS_UNSPECIFIED=0 PAY_STATUS_UNSPECIFIED value
         * @property {number} PAY_STATUS_SUCCEEDED=1 PAY_STATUS_SUCCEEDED value
         * @property {number} PAY_STATUS_FAILED=2 PAY_STATUS_FAILED value
         * @property {number} PAY_STATUS_CANCELLED=3 PAY_STATUS_CANCELLED value
         * @property {number} PAY_STATUS_REFUNDED=4 PAY_STATUS_REFUNDED value
         * @property {number} PAY_STATUS_RETRY_LATER=5 PAY_STATUS_RETRY_LATER value
         */
        v1.PayStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PAY_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PAY_STATUS_SUCCEEDED"] = 1;
            values[valuesById[2] = "PAY_STATUS_FAILED"] = 2;
            values[valuesById[3] = "PAY_STATUS_CANCELLED"] = 3;
            values[valuesById[4] = "PAY_STATUS_REFUNDED"] = 4;
            values[valuesById[5] = "PAY_STATUS_RETRY_LATER"] = 5;
            return values;
        })();

        v1.PayResult = (function() {

            /**
             * Properties of a PayResult.
             * @typedef {Object} hub.v1.PayResult.$Properties
             * @property {string|null} [orderNo] PayResult orderNo
             * @property {hub.v1.PayStatus|null} [status] PayResult status
             * @property {number|null} [amountFen] PayResult amountFen
             * @property {string|null} [channel] PayResult channel
             * @property {number|null} [paidAtMs] PayResult paidAtMs
             * @property {string|null} [speech] PayResult speech
             * @property {string|null} [failureReason] PayResult failureReason
             * @property {string|null} [transactionId] PayResult transactionId
             * @property {number|null} [retryAfterMs] PayResult retryAfterMs
             * @property {number|null} [chargedFen] PayResult chargedFen
             * @property {number|null} [discountFen] PayResult discountFen
             * @property {string|null} [discountName] PayResult discountName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PayResult.
             * @memberof hub.v1
             * @interface IPayResult
             * @augments hub.v1.PayResult.$Properties
             * @deprecated Use hub.v1.PayResult.$Properties instead.
             */

            /**
             * Shape of a PayResult.
             * @typedef {hub.v1.PayResult.$Properties} hub.v1.PayResult.$Shape
             */

            /**
             * Constructs a new PayResult.
             * @memberof hub.v1
             * @classdesc Represents a PayResult.
             * @constructor
             * @param {hub.v1.PayResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PayResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PayResult orderNo.
             * @member {string} orderNo
             * @memberof hub.v1.PayResult
             * @instance
             */
            PayResult.prototype.orderNo = "";

            /**
             * PayResult status.
             * @member {hub.v1.PayStatus} status
             * @memberof hub.v1.PayResult
             * @instance
             */
            PayResult.prototype.status = 0;

            /**
             * PayResult amountFen.
             * @member {number} amountFen
             * @memberof hub.v1.PayResult
             * @instance
             */
            PayResult.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PayResult channel.
             * @member {string} channel
             * @memberof hub.v1.PayResult
             * @instance
             */
            PayResult.prototype.channel = "";

            /**
             * PayResult paidAtMs.
             * @member {number} paidAtMs
             * @memberof hub.v1.PayResult
             * @instance
             */
            PayResult.prototype.paidAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PayResult speech.
             * @member {string} speech
             * @memberof hub.v1.PayResult
             * @instance
             */
            PayResult.prototype.speech = "";

            /**
             * PayResult failureReason.
             * @member {string} failureReason
             * @memberof hub.v1.PayResult
             * @instance
             */
            PayResult.prototype.failureReason = "";

            /**
             * PayResult transactionId.
             * @member {string} transactionId
             * @memberof hub.v1.PayResult
             * @instance
             */
            PayResult.prototype.transactionId = "";

            /**
             * PayResult retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof hub.v1.PayResult
             * @instance
             */
            PayResult.prototype.retryAfterMs = 0;

            /**
             * PayResult chargedFen.
             * @member {number} chargedFen
             * @memberof hub.v1.PayResult
             * @instance
             */
            PayResult.prototype.chargedFen = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PayResult discountFen.
             * @member {number} discountFen
             * @memberof hub.v1.PayResult
             * @instance
             */
            PayResult.prototype.discountFen = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PayResult discountName.
             * @member {string} discountName
             * @memberof hub.v1.PayResult
             * @instance
             */
            PayResult.prototype.discountName = "";

            /**
             * Encodes the specified PayResult message. Does not implicitly {@link hub.v1.PayResult.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.PayResult
             * @static
             * @param {hub.v1.PayResult.$Properties} message PayResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PayResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.orderNo != null && $Object.hasOwnProperty.call(message, "orderNo") && message.orderNo !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderNo);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen") && (typeof message.amountFen === "object" ? message.amountFen.low || message.amountFen.high : message.amountFen !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.amountFen);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.channel);
                if (message.paidAtMs != null && $Object.hasOwnProperty.call(message, "paidAtMs") && (typeof message.paidAtMs === "object" ? message.paidAtMs.low || message.paidAtMs.high : message.paidAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.paidAtMs);
                if (message.speech != null && $Object.hasOwnProperty.call(message, "speech") && message.speech !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.speech);
                if (message.failureReason != null && $Object.hasOwnProperty.call(message, "failureReason") && message.failureReason !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.failureReason);
                if (message.transactionId != null && $Object.hasOwnProperty.call(message, "transactionId") && message.transactionId !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.transactionId);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.retryAfterMs);
                if (message.chargedFen != null && $Object.hasOwnProperty.call(message, "chargedFen") && (typeof message.chargedFen === "object" ? message.chargedFen.low || message.chargedFen.high : message.chargedFen !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.chargedFen);
                if (message.discountFen != null && $Object.hasOwnProperty.call(message, "discountFen") && (typeof message.discountFen === "object" ? message.discountFen.low || message.discountFen.high : message.discountFen !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.discountFen);
                if (message.discountName != null && $Object.hasOwnProperty.call(message, "discountName") && message.discountName !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.discountName);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PayResult message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.PayResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.PayResult & hub.v1.PayResult.$Shape} PayResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PayResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.PayResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.orderNo = value;
                            else
                                delete message.orderNo;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.amountFen = value;
                            else
                                delete message.amountFen;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.paidAtMs = value;
                            else
                                delete message.paidAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.speech = value;
                            else
                                delete message.speech;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.failureReason = value;
                            else
                                delete message.failureReason;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transactionId = value;
                            else
                                delete message.transactionId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.chargedFen = value;
                            else
                                delete message.chargedFen;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.discountFen = value;
                            else
                                delete message.discountFen;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.discountName = value;
                            else
                                delete message.discountName;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PayResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.PayResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.PayResult} PayResult
             */
            PayResult.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.PayResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.PayResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.PayResult();
                if (object.orderNo != null)
                    if (typeof object.orderNo !== "string" || object.orderNo.length)
                        message.orderNo = $String(object.orderNo);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.hub.v1.PayStatus[object.status] !== 0))
                    switch (object.status) {
                    case "PAY_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "PAY_STATUS_SUCCEEDED":
                    case 1:
                        message.status = 1;
                        break;
                    case "PAY_STATUS_FAILED":
                    case 2:
                        message.status = 2;
                        break;
                    case "PAY_STATUS_CANCELLED":
                    case 3:
                        message.status = 3;
                        break;
                    case "PAY_STATUS_REFUNDED":
                    case 4:
                        message.status = 4;
                        break;
                    case "PAY_STATUS_RETRY_LATER":
                    case 5:
                        message.status = 5;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.amountFen != null)
                    if (typeof object.amountFen === "object" ? object.amountFen.low || object.amountFen.high : $Number(object.amountFen) !== 0)
                        if ($util.Long)
                            message.amountFen = $util.Long.fromValue(object.amountFen, true);
                        else if (typeof object.amountFen === "string")
                            message.amountFen = $parseInt(object.amountFen, 10);
                        else if (typeof object.amountFen === "number")
                            message.amountFen = object.amountFen;
                        else if (typeof object.amountFen === "object")
                            message.amountFen = new $util.LongBits(object.amountFen.low >>> 0, object.amountFen.high >>> 0).toNumber(true);
                if (object.channel != null)
                    if (typeof object.channel !== "string" || object.channel.length)
                        message.channel = $String(object.channel);
                if (object.paidAtMs != null)
                    if (typeof object.paidAtMs === "object" ? object.paidAtMs.low || object.paidAtMs.high : $Number(object.paidAtMs) !== 0)
                        if ($util.Long)
                            message.paidAtMs = $util.Long.fromValue(object.paidAtMs, true);
                        else if (typeof object.paidAtMs === "string")
                            message.paidAtMs = $parseInt(object.paidAtMs, 10);
                        else if (typeof object.paidAtMs === "number")
                            message.paidAtMs = object.paidAtMs;
                        else if (typeof object.paidAtMs === "object")
                            message.paidAtMs = new $util.LongBits(object.paidAtMs.low >>> 0, object.paidAtMs.high >>> 0).toNumber(true);
                if (object.speech != null)
                    if (typeof object.speech !== "string" || object.speech.length)
                        message.speech = $String(object.speech);
                if (object.failureReason != null)
                    if (typeof object.failureReason !== "string" || object.failureReason.length)
                        message.failureReason = $String(object.failureReason);
                if (object.transactionId != null)
                    if (typeof object.transactionId !== "string" || object.transactionId.length)
                        message.transactionId = $String(object.transactionId);
                if (object.retryAfterMs != null)
                    if ($Number(object.retryAfterMs) !== 0)
                        message.retryAfterMs = object.retryAfterMs >>> 0;
                if (object.chargedFen != null)
                    if (typeof object.chargedFen === "object" ? object.chargedFen.low || object.chargedFen.high : $Number(object.chargedFen) !== 0)
                        if ($util.Long)
                            message.chargedFen = $util.Long.fromValue(object.chargedFen, true);
                        else if (typeof object.chargedFen === "string")
                            message.chargedFen = $parseInt(object.chargedFen, 10);
                        else if (typeof object.chargedFen === "number")
                            message.chargedFen = object.chargedFen;
                        else if (typeof object.chargedFen === "object")
                            message.chargedFen = new $util.LongBits(object.chargedFen.low >>> 0, object.chargedFen.high >>> 0).toNumber(true);
                if (object.discountFen != null)
                    if (typeof object.discountFen === "object" ? object.discountFen.low || object.discountFen.high : $Number(object.discountFen) !== 0)
                        if ($util.Long)
                            message.discountFen = $util.Long.fromValue(object.discountFen, true);
                        else if (typeof object.discountFen === "string")
                            message.discountFen = $parseInt(object.discountFen, 10);
                        else if (typeof object.discountFen === "number")
                            message.discountFen = object.discountFen;
                        else if (typeof object.discountFen === "object")
                            message.discountFen = new $util.LongBits(object.discountFen.low >>> 0, object.discountFen.high >>> 0).toNumber(true);
                if (object.discountName != null)
                    if (typeof object.discountName !== "string" || object.discountName.length)
                        message.discountName = $String(object.discountName);
                return message;
            };

            /**
             * Creates a plain object from a PayResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.PayResult
             * @static
             * @param {hub.v1.PayResult} message PayResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PayResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.orderNo = "";
                    object.status = options.enums === $String ? "PAY_STATUS_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.channel = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.paidAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.paidAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.speech = "";
                    object.failureReason = "";
                    object.transactionId = "";
                    object.retryAfterMs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chargedFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.chargedFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.discountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.discountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.discountName = "";
                }
                if (message.orderNo != null && $Object.hasOwnProperty.call(message, "orderNo"))
                    object.orderNo = message.orderNo;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.hub.v1.PayStatus[message.status] === $undefined ? message.status : $root.hub.v1.PayStatus[message.status] : message.status;
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amountFen = typeof message.amountFen === "number" ? $BigInt(message.amountFen) : $util.Long.fromBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0, true).toBigInt();
                    else if (typeof message.amountFen === "number")
                        object.amountFen = options.longs === $String ? $String(message.amountFen) : message.amountFen;
                    else
                        object.amountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.amountFen) : options.longs === $Number ? new $util.LongBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0).toNumber(true) : message.amountFen;
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    object.channel = message.channel;
                if (message.paidAtMs != null && $Object.hasOwnProperty.call(message, "paidAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.paidAtMs = typeof message.paidAtMs === "number" ? $BigInt(message.paidAtMs) : $util.Long.fromBits(message.paidAtMs.low >>> 0, message.paidAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.paidAtMs === "number")
                        object.paidAtMs = options.longs === $String ? $String(message.paidAtMs) : message.paidAtMs;
                    else
                        object.paidAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.paidAtMs) : options.longs === $Number ? new $util.LongBits(message.paidAtMs.low >>> 0, message.paidAtMs.high >>> 0).toNumber(true) : message.paidAtMs;
                if (message.speech != null && $Object.hasOwnProperty.call(message, "speech"))
                    object.speech = message.speech;
                if (message.failureReason != null && $Object.hasOwnProperty.call(message, "failureReason"))
                    object.failureReason = message.failureReason;
                if (message.transactionId != null && $Object.hasOwnProperty.call(message, "transactionId"))
                    object.transactionId = message.transactionId;
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                if (message.chargedFen != null && $Object.hasOwnProperty.call(message, "chargedFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.chargedFen = typeof message.chargedFen === "number" ? $BigInt(message.chargedFen) : $util.Long.fromBits(message.chargedFen.low >>> 0, message.chargedFen.high >>> 0, true).toBigInt();
                    else if (typeof message.chargedFen === "number")
                        object.chargedFen = options.longs === $String ? $String(message.chargedFen) : message.chargedFen;
                    else
                        object.chargedFen = options.longs === $String ? $util.Long.prototype.toString.call(message.chargedFen) : options.longs === $Number ? new $util.LongBits(message.chargedFen.low >>> 0, message.chargedFen.high >>> 0).toNumber(true) : message.chargedFen;
                if (message.discountFen != null && $Object.hasOwnProperty.call(message, "discountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.discountFen = typeof message.discountFen === "number" ? $BigInt(message.discountFen) : $util.Long.fromBits(message.discountFen.low >>> 0, message.discountFen.high >>> 0, true).toBigInt();
                    else if (typeof message.discountFen === "number")
                        object.discountFen = options.longs === $String ? $String(message.discountFen) : message.discountFen;
                    else
                        object.discountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.discountFen) : options.longs === $Number ? new $util.LongBits(message.discountFen.low >>> 0, message.discountFen.high >>> 0).toNumber(true) : message.discountFen;
                if (message.discountName != null && $Object.hasOwnProperty.call(message, "discountName"))
                    object.discountName = message.discountName;
                return object;
            };

            /**
             * Converts this PayResult to JSON.
             * @function toJSON
             * @memberof hub.v1.PayResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PayResult.prototype.toJSON = function() {
                return PayResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PayResult
             * @function getTypeUrl
             * @memberof hub.v1.PayResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PayResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.PayResult";
            };

            return PayResult;
        })();

        v1.QrPayRequest = (function() {

            /**
             * Properties of a QrPayRequest.
             * @typedef {Object} hub.v1.QrPayRequest.$Properties
             * @property {string|null} [orderNo] QrPayRequest orderNo
             * @property {number|null} [amountFen] QrPayRequest amountFen
             * @property {string|null} [currency] QrPayRequest currency
             * @property {number|null} [signedAtMs] QrPayRequest signedAtMs
             * @property {Uint8Array|null} [signature] QrPayRequest signature
             * @property {string|null} [subject] QrPayRequest subject
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QrPayRequest.
             * @memberof hub.v1
             * @interface IQrPayRequest
             * @augments hub.v1.QrPayRequest.$Properties
             * @deprecated Use hub.v1.QrPayRequest.$Properties instead.
             */

            /**
             * Shape of a QrPayRequest.
             * @typedef {hub.v1.QrPayRequest.$Properties} hub.v1.QrPayRequest.$Shape
             */

            /**
             * Constructs a new QrPayRequest.
             * @memberof hub.v1
             * @classdesc Represents a QrPayRequest.
             * @constructor
             * @param {hub.v1.QrPayRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QrPayRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QrPayRequest orderNo.
             * @member {string} orderNo
             * @memberof hub.v1.QrPayRequest
             * @instance
             */
            QrPayRequest.prototype.orderNo = "";

            /**
             * QrPayRequest amountFen.
             * @member {number} amountFen
             * @memberof hub.v1.QrPayRequest
             * @instance
             */
            QrPayRequest.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QrPayRequest currency.
             * @member {string} currency
             * @memberof hub.v1.QrPayRequest
             * @instance
             */
            QrPayRequest.prototype.currency = "";

            /**
             * QrPayRequest signedAtMs.
             * @member {number} signedAtMs
             * @memberof hub.v1.QrPayRequest
             * @instance
             */
            QrPayRequest.prototype.signedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QrPayRequest signature.
             * @member {Uint8Array} signature
             * @memberof hub.v1.QrPayRequest
             * @instance
             */
            QrPayRequest.prototype.signature = $util.newBuffer([]);

            /**
             * QrPayRequest subject.
             * @member {string} subject
             * @memberof hub.v1.QrPayRequest
             * @instance
             */
            QrPayRequest.prototype.subject = "";

            /**
             * Encodes the specified QrPayRequest message. Does not implicitly {@link hub.v1.QrPayRequest.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.QrPayRequest
             * @static
             * @param {hub.v1.QrPayRequest.$Properties} message QrPayRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QrPayRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.orderNo != null && $Object.hasOwnProperty.call(message, "orderNo") && message.orderNo !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderNo);
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen") && (typeof message.amountFen === "object" ? message.amountFen.low || message.amountFen.high : message.amountFen !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.amountFen);
                if (message.currency != null && $Object.hasOwnProperty.call(message, "currency") && message.currency !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.currency);
                if (message.signedAtMs != null && $Object.hasOwnProperty.call(message, "signedAtMs") && (typeof message.signedAtMs === "object" ? message.signedAtMs.low || message.signedAtMs.high : message.signedAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.signedAtMs);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signature);
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject") && message.subject !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.subject);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QrPayRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.QrPayRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.QrPayRequest & hub.v1.QrPayRequest.$Shape} QrPayRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QrPayRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.QrPayRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.orderNo = value;
                            else
                                delete message.orderNo;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.amountFen = value;
                            else
                                delete message.amountFen;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.currency = value;
                            else
                                delete message.currency;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.signedAtMs = value;
                            else
                                delete message.signedAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subject = value;
                            else
                                delete message.subject;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a QrPayRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.QrPayRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.QrPayRequest} QrPayRequest
             */
            QrPayRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.QrPayRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.QrPayRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.QrPayRequest();
                if (object.orderNo != null)
                    if (typeof object.orderNo !== "string" || object.orderNo.length)
                        message.orderNo = $String(object.orderNo);
                if (object.amountFen != null)
                    if (typeof object.amountFen === "object" ? object.amountFen.low || object.amountFen.high : $Number(object.amountFen) !== 0)
                        if ($util.Long)
                            message.amountFen = $util.Long.fromValue(object.amountFen, true);
                        else if (typeof object.amountFen === "string")
                            message.amountFen = $parseInt(object.amountFen, 10);
                        else if (typeof object.amountFen === "number")
                            message.amountFen = object.amountFen;
                        else if (typeof object.amountFen === "object")
                            message.amountFen = new $util.LongBits(object.amountFen.low >>> 0, object.amountFen.high >>> 0).toNumber(true);
                if (object.currency != null)
                    if (typeof object.currency !== "string" || object.currency.length)
                        message.currency = $String(object.currency);
                if (object.signedAtMs != null)
                    if (typeof object.signedAtMs === "object" ? object.signedAtMs.low || object.signedAtMs.high : $Number(object.signedAtMs) !== 0)
                        if ($util.Long)
                            message.signedAtMs = $util.Long.fromValue(object.signedAtMs, true);
                        else if (typeof object.signedAtMs === "string")
                            message.signedAtMs = $parseInt(object.signedAtMs, 10);
                        else if (typeof object.signedAtMs === "number")
                            message.signedAtMs = object.signedAtMs;
                        else if (typeof object.signedAtMs === "object")
                            message.signedAtMs = new $util.LongBits(object.signedAtMs.low >>> 0, object.signedAtMs.high >>> 0).toNumber(true);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.subject != null)
                    if (typeof object.subject !== "string" || object.subject.length)
                        message.subject = $String(object.subject);
                return message;
            };

            /**
             * Creates a plain object from a QrPayRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.QrPayRequest
             * @static
             * @param {hub.v1.QrPayRequest} message QrPayRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QrPayRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.orderNo = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.currency = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.signedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.signedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.subject = "";
                }
                if (message.orderNo != null && $Object.hasOwnProperty.call(message, "orderNo"))
                    object.orderNo = message.orderNo;
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amountFen = typeof message.amountFen === "number" ? $BigInt(message.amountFen) : $util.Long.fromBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0, true).toBigInt();
                    else if (typeof message.amountFen === "number")
                        object.amountFen = options.longs === $String ? $String(message.amountFen) : message.amountFen;
                    else
                        object.amountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.amountFen) : options.longs === $Number ? new $util.LongBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0).toNumber(true) : message.amountFen;
                if (message.currency != null && $Object.hasOwnProperty.call(message, "currency"))
                    object.currency = message.currency;
                if (message.signedAtMs != null && $Object.hasOwnProperty.call(message, "signedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.signedAtMs = typeof message.signedAtMs === "number" ? $BigInt(message.signedAtMs) : $util.Long.fromBits(message.signedAtMs.low >>> 0, message.signedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.signedAtMs === "number")
                        object.signedAtMs = options.longs === $String ? $String(message.signedAtMs) : message.signedAtMs;
                    else
                        object.signedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.signedAtMs) : options.longs === $Number ? new $util.LongBits(message.signedAtMs.low >>> 0, message.signedAtMs.high >>> 0).toNumber(true) : message.signedAtMs;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    object.subject = message.subject;
                return object;
            };

            /**
             * Converts this QrPayRequest to JSON.
             * @function toJSON
             * @memberof hub.v1.QrPayRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QrPayRequest.prototype.toJSON = function() {
                return QrPayRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QrPayRequest
             * @function getTypeUrl
             * @memberof hub.v1.QrPayRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QrPayRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.QrPayRequest";
            };

            return QrPayRequest;
        })();

        v1.QrCode = (function() {

            /**
             * Properties of a QrCode.
             * @typedef {Object} hub.v1.QrCode.$Properties
             * @property {string|null} [orderNo] QrCode orderNo
             * @property {string|null} [content] QrCode content
             * @property {number|null} [expiresAtMs] QrCode expiresAtMs
             * @property {number|null} [amountFen] QrCode amountFen
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QrCode.
             * @memberof hub.v1
             * @interface IQrCode
             * @augments hub.v1.QrCode.$Properties
             * @deprecated Use hub.v1.QrCode.$Properties instead.
             */

            /**
             * Shape of a QrCode.
             * @typedef {hub.v1.QrCode.$Properties} hub.v1.QrCode.$Shape
             */

            /**
             * Constructs a new QrCode.
             * @memberof hub.v1
             * @classdesc Represents a QrCode.
             * @constructor
             * @param {hub.v1.QrCode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QrCode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QrCode orderNo.
             * @member {string} orderNo
             * @memberof hub.v1.QrCode
             * @instance
             */
            QrCode.prototype.orderNo = "";

            /**
             * QrCode content.
             * @member {string} content
             * @memberof hub.v1.QrCode
             * @instance
             */
            QrCode.prototype.content = "";

            /**
             * QrCode expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof hub.v1.QrCode
             * @instance
             */
            QrCode.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QrCode amountFen.
             * @member {number} amountFen
             * @memberof hub.v1.QrCode
             * @instance
             */
            QrCode.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified QrCode message. Does not implicitly {@link hub.v1.QrCode.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.QrCode
             * @static
             * @param {hub.v1.QrCode.$Properties} message QrCode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QrCode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.orderNo != null && $Object.hasOwnProperty.call(message, "orderNo") && message.orderNo !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderNo);
                if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.content);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.expiresAtMs);
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen") && (typeof message.amountFen === "object" ? message.amountFen.low || message.amountFen.high : message.amountFen !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.amountFen);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QrCode message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.QrCode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.QrCode & hub.v1.QrCode.$Shape} QrCode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QrCode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.QrCode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.orderNo = value;
                            else
                                delete message.orderNo;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.content = value;
                            else
                                delete message.content;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.amountFen = value;
                            else
                                delete message.amountFen;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a QrCode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.QrCode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.QrCode} QrCode
             */
            QrCode.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.QrCode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.QrCode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.QrCode();
                if (object.orderNo != null)
                    if (typeof object.orderNo !== "string" || object.orderNo.length)
                        message.orderNo = $String(object.orderNo);
                if (object.content != null)
                    if (typeof object.content !== "string" || object.content.length)
                        message.content = $String(object.content);
                if (object.expiresAtMs != null)
                    if (typeof object.expiresAtMs === "object" ? object.expiresAtMs.low || object.expiresAtMs.high : $Number(object.expiresAtMs) !== 0)
                        if ($util.Long)
                            message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, true);
                        else if (typeof object.expiresAtMs === "string")
                            message.expiresAtMs = $parseInt(object.expiresAtMs, 10);
                        else if (typeof object.expiresAtMs === "number")
                            message.expiresAtMs = object.expiresAtMs;
                        else if (typeof object.expiresAtMs === "object")
                            message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber(true);
                if (object.amountFen != null)
                    if (typeof object.amountFen === "object" ? object.amountFen.low || object.amountFen.high : $Number(object.amountFen) !== 0)
                        if ($util.Long)
                            message.amountFen = $util.Long.fromValue(object.amountFen, true);
                        else if (typeof object.amountFen === "string")
                            message.amountFen = $parseInt(object.amountFen, 10);
                        else if (typeof object.amountFen === "number")
                            message.amountFen = object.amountFen;
                        else if (typeof object.amountFen === "object")
                            message.amountFen = new $util.LongBits(object.amountFen.low >>> 0, object.amountFen.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a QrCode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.QrCode
             * @static
             * @param {hub.v1.QrCode} message QrCode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QrCode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.orderNo = "";
                    object.content = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.orderNo != null && $Object.hasOwnProperty.call(message, "orderNo"))
                    object.orderNo = message.orderNo;
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    object.content = message.content;
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? $BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === $String ? $String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === $Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber(true) : message.expiresAtMs;
                if (message.amountFen != null && $Object.hasOwnProperty.call(message, "amountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amountFen = typeof message.amountFen === "number" ? $BigInt(message.amountFen) : $util.Long.fromBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0, true).toBigInt();
                    else if (typeof message.amountFen === "number")
                        object.amountFen = options.longs === $String ? $String(message.amountFen) : message.amountFen;
                    else
                        object.amountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.amountFen) : options.longs === $Number ? new $util.LongBits(message.amountFen.low >>> 0, message.amountFen.high >>> 0).toNumber(true) : message.amountFen;
                return object;
            };

            /**
             * Converts this QrCode to JSON.
             * @function toJSON
             * @memberof hub.v1.QrCode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QrCode.prototype.toJSON = function() {
                return QrCode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QrCode
             * @function getTypeUrl
             * @memberof hub.v1.QrCode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QrCode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.QrCode";
            };

            return QrCode;
        })();

        /**
         * CommandType enum.
         * @name hub.v1.CommandType
         * @enum {number}
         * @property {number} COMMAND_TYPE_UNSPECIFIED=0 COMMAND_TYPE_UNSPECIFIED value
         * @property {number} COMMAND_TYPE_REBOOT=1 COMMAND_TYPE_REBOOT value
         * @property {number} COMMAND_TYPE_SET_VOLUME=2 COMMAND_TYPE_SET_VOLUME value
         * @property {number} COMMAND_TYPE_PLAY_TEST_ANNOUNCEMENT=3 COMMAND_TYPE_PLAY_TEST_ANNOUNCEMENT value
         * @property {number} COMMAND_TYPE_UPLOAD_LOGS=4 COMMAND_TYPE_UPLOAD_LOGS value
         * @property {number} COMMAND_TYPE_TAKE_SCREENSHOT=5 COMMAND_TYPE_TAKE_SCREENSHOT value
         */
        v1.CommandType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMMAND_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMMAND_TYPE_REBOOT"] = 1;
            values[valuesById[2] = "COMMAND_TYPE_SET_VOLUME"] = 2;
            values[valuesById[3] = "COMMAND_TYPE_PLAY_TEST_ANNOUNCEMENT"] = 3;
            values[valuesById[4] = "COMMAND_TYPE_UPLOAD_LOGS"] = 4;
            values[valuesById[5] = "COMMAND_TYPE_TAKE_SCREENSHOT"] = 5;
            return values;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} hub.v1.Command.$Properties
             * @property {string|null} [commandId] Command commandId
             * @property {hub.v1.CommandType|null} [type] Command type
             * @property {number|null} [volume] Command volume
             * @property {string|null} [text] Command text
             * @property {number|null} [expiresAtMs] Command expiresAtMs
             * @property {string|null} [uploadUrl] Command uploadUrl
             * @property {string|null} [uploadToken] Command uploadToken
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof hub.v1
             * @interface ICommand
             * @augments hub.v1.Command.$Properties
             * @deprecated Use hub.v1.Command.$Properties instead.
             */

            /**
             * Shape of a Command.
             * @typedef {hub.v1.Command.$Properties} hub.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof hub.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {hub.v1.Command.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Command commandId.
             * @member {string} commandId
             * @memberof hub.v1.Command
             * @instance
             */
            Command.prototype.commandId = "";

            /**
             * Command type.
             * @member {hub.v1.CommandType} type
             * @memberof hub.v1.Command
             * @instance
             */
            Command.prototype.type = 0;

            /**
             * Command volume.
             * @member {number} volume
             * @memberof hub.v1.Command
             * @instance
             */
            Command.prototype.volume = 0;

            /**
             * Command text.
             * @member {string} text
             * @memberof hub.v1.Command
             * @instance
             */
            Command.prototype.text = "";

            /**
             * Command expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof hub.v1.Command
             * @instance
             */
            Command.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Command uploadUrl.
             * @member {string} uploadUrl
             * @memberof hub.v1.Command
             * @instance
             */
            Command.prototype.uploadUrl = "";

            /**
             * Command uploadToken.
             * @member {string} uploadToken
             * @memberof hub.v1.Command
             * @instance
             */
            Command.prototype.uploadToken = "";

            /**
             * Encodes the specified Command message. Does not implicitly {@link hub.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.Command
             * @static
             * @param {hub.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && message.volume !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.volume);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.text);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.expiresAtMs);
                if (message.uploadUrl != null && $Object.hasOwnProperty.call(message, "uploadUrl") && message.uploadUrl !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.uploadUrl);
                if (message.uploadToken != null && $Object.hasOwnProperty.call(message, "uploadToken") && message.uploadToken !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.uploadToken);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.Command & hub.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.volume = value;
                            else
                                delete message.volume;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uploadUrl = value;
                            else
                                delete message.uploadUrl;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uploadToken = value;
                            else
                                delete message.uploadToken;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.Command
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.Command} Command
             */
            Command.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.Command)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.Command: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.Command();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.hub.v1.CommandType[object.type] !== 0))
                    switch (object.type) {
                    case "COMMAND_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "COMMAND_TYPE_REBOOT":
                    case 1:
                        message.type = 1;
                        break;
                    case "COMMAND_TYPE_SET_VOLUME":
                    case 2:
                        message.type = 2;
                        break;
                    case "COMMAND_TYPE_PLAY_TEST_ANNOUNCEMENT":
                    case 3:
                        message.type = 3;
                        break;
                    case "COMMAND_TYPE_UPLOAD_LOGS":
                    case 4:
                        message.type = 4;
                        break;
                    case "COMMAND_TYPE_TAKE_SCREENSHOT":
                    case 5:
                        message.type = 5;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.volume != null)
                    if ($Number(object.volume) !== 0)
                        message.volume = object.volume >>> 0;
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.expiresAtMs != null)
                    if (typeof object.expiresAtMs === "object" ? object.expiresAtMs.low || object.expiresAtMs.high : $Number(object.expiresAtMs) !== 0)
                        if ($util.Long)
                            message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, true);
                        else if (typeof object.expiresAtMs === "string")
                            message.expiresAtMs = $parseInt(object.expiresAtMs, 10);
                        else if (typeof object.expiresAtMs === "number")
                            message.expiresAtMs = object.expiresAtMs;
                        else if (typeof object.expiresAtMs === "object")
                            message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber(true);
                if (object.uploadUrl != null)
                    if (typeof object.uploadUrl !== "string" || object.uploadUrl.length)
                        message.uploadUrl = $String(object.uploadUrl);
                if (object.uploadToken != null)
                    if (typeof object.uploadToken !== "string" || object.uploadToken.length)
                        message.uploadToken = $String(object.uploadToken);
                return message;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.Command
             * @static
             * @param {hub.v1.Command} message Command
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commandId = "";
                    object.type = options.enums === $String ? "COMMAND_TYPE_UNSPECIFIED" : 0;
                    object.volume = 0;
                    object.text = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.uploadUrl = "";
                    object.uploadToken = "";
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.hub.v1.CommandType[message.type] === $undefined ? message.type : $root.hub.v1.CommandType[message.type] : message.type;
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                    object.volume = message.volume;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? $BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === $String ? $String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === $Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber(true) : message.expiresAtMs;
                if (message.uploadUrl != null && $Object.hasOwnProperty.call(message, "uploadUrl"))
                    object.uploadUrl = message.uploadUrl;
                if (message.uploadToken != null && $Object.hasOwnProperty.call(message, "uploadToken"))
                    object.uploadToken = message.uploadToken;
                return object;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof hub.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof hub.v1.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.Command";
            };

            return Command;
        })();

        /**
         * CommandStatus enum.
         * @name hub.v1.CommandStatus
         * @enum {number}
         * @property {number} COMMAND_STATUS_UNSPECIFIED=0 COMMAND_STATUS_UNSPECIFIED value
         * @property {number} COMMAND_STATUS_ACKED=1 COMMAND_STATUS_ACKED value
         * @property {number} COMMAND_STATUS_SUCCEEDED=2 COMMAND_STATUS_SUCCEEDED value
         * @property {number} COMMAND_STATUS_FAILED=3 COMMAND_STATUS_FAILED value
         */
        v1.CommandStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMMAND_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMMAND_STATUS_ACKED"] = 1;
            values[valuesById[2] = "COMMAND_STATUS_SUCCEEDED"] = 2;
            values[valuesById[3] = "COMMAND_STATUS_FAILED"] = 3;
            return values;
        })();

        v1.CommandResult = (function() {

            /**
             * Properties of a CommandResult.
             * @typedef {Object} hub.v1.CommandResult.$Properties
             * @property {string|null} [commandId] CommandResult commandId
             * @property {hub.v1.CommandStatus|null} [status] CommandResult status
             * @property {string|null} [message] CommandResult message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandResult.
             * @memberof hub.v1
             * @interface ICommandResult
             * @augments hub.v1.CommandResult.$Properties
             * @deprecated Use hub.v1.CommandResult.$Properties instead.
             */

            /**
             * Shape of a CommandResult.
             * @typedef {hub.v1.CommandResult.$Properties} hub.v1.CommandResult.$Shape
             */

            /**
             * Constructs a new CommandResult.
             * @memberof hub.v1
             * @classdesc Represents a CommandResult.
             * @constructor
             * @param {hub.v1.CommandResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommandResult commandId.
             * @member {string} commandId
             * @memberof hub.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.commandId = "";

            /**
             * CommandResult status.
             * @member {hub.v1.CommandStatus} status
             * @memberof hub.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.status = 0;

            /**
             * CommandResult message.
             * @member {string} message
             * @memberof hub.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.message = "";

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link hub.v1.CommandResult.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.CommandResult
             * @static
             * @param {hub.v1.CommandResult.$Properties} message CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.CommandResult & hub.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.CommandResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.CommandResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.CommandResult} CommandResult
             */
            CommandResult.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.CommandResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.CommandResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.CommandResult();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.hub.v1.CommandStatus[object.status] !== 0))
                    switch (object.status) {
                    case "COMMAND_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "COMMAND_STATUS_ACKED":
                    case 1:
                        message.status = 1;
                        break;
                    case "COMMAND_STATUS_SUCCEEDED":
                    case 2:
                        message.status = 2;
                        break;
                    case "COMMAND_STATUS_FAILED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.CommandResult
             * @static
             * @param {hub.v1.CommandResult} message CommandResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commandId = "";
                    object.status = options.enums === $String ? "COMMAND_STATUS_UNSPECIFIED" : 0;
                    object.message = "";
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.hub.v1.CommandStatus[message.status] === $undefined ? message.status : $root.hub.v1.CommandStatus[message.status] : message.status;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this CommandResult to JSON.
             * @function toJSON
             * @memberof hub.v1.CommandResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandResult
             * @function getTypeUrl
             * @memberof hub.v1.CommandResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.CommandResult";
            };

            return CommandResult;
        })();

        v1.ConfigUpdate = (function() {

            /**
             * Properties of a ConfigUpdate.
             * @typedef {Object} hub.v1.ConfigUpdate.$Properties
             * @property {number|null} [version] ConfigUpdate version
             * @property {string|null} [desiredJson] ConfigUpdate desiredJson
             * @property {string|null} [deltaJson] ConfigUpdate deltaJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigUpdate.
             * @memberof hub.v1
             * @interface IConfigUpdate
             * @augments hub.v1.ConfigUpdate.$Properties
             * @deprecated Use hub.v1.ConfigUpdate.$Properties instead.
             */

            /**
             * Shape of a ConfigUpdate.
             * @typedef {hub.v1.ConfigUpdate.$Properties} hub.v1.ConfigUpdate.$Shape
             */

            /**
             * Constructs a new ConfigUpdate.
             * @memberof hub.v1
             * @classdesc Represents a ConfigUpdate.
             * @constructor
             * @param {hub.v1.ConfigUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigUpdate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigUpdate version.
             * @member {number} version
             * @memberof hub.v1.ConfigUpdate
             * @instance
             */
            ConfigUpdate.prototype.version = 0;

            /**
             * ConfigUpdate desiredJson.
             * @member {string} desiredJson
             * @memberof hub.v1.ConfigUpdate
             * @instance
             */
            ConfigUpdate.prototype.desiredJson = "";

            /**
             * ConfigUpdate deltaJson.
             * @member {string} deltaJson
             * @memberof hub.v1.ConfigUpdate
             * @instance
             */
            ConfigUpdate.prototype.deltaJson = "";

            /**
             * Encodes the specified ConfigUpdate message. Does not implicitly {@link hub.v1.ConfigUpdate.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.ConfigUpdate
             * @static
             * @param {hub.v1.ConfigUpdate.$Properties} message ConfigUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.desiredJson != null && $Object.hasOwnProperty.call(message, "desiredJson") && message.desiredJson !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.desiredJson);
                if (message.deltaJson != null && $Object.hasOwnProperty.call(message, "deltaJson") && message.deltaJson !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.deltaJson);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfigUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.ConfigUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.ConfigUpdate & hub.v1.ConfigUpdate.$Shape} ConfigUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.ConfigUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.desiredJson = value;
                            else
                                delete message.desiredJson;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deltaJson = value;
                            else
                                delete message.deltaJson;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ConfigUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.ConfigUpdate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.ConfigUpdate} ConfigUpdate
             */
            ConfigUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.ConfigUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.ConfigUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.ConfigUpdate();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.desiredJson != null)
                    if (typeof object.desiredJson !== "string" || object.desiredJson.length)
                        message.desiredJson = $String(object.desiredJson);
                if (object.deltaJson != null)
                    if (typeof object.deltaJson !== "string" || object.deltaJson.length)
                        message.deltaJson = $String(object.deltaJson);
                return message;
            };

            /**
             * Creates a plain object from a ConfigUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.ConfigUpdate
             * @static
             * @param {hub.v1.ConfigUpdate} message ConfigUpdate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfigUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.desiredJson = "";
                    object.deltaJson = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.desiredJson != null && $Object.hasOwnProperty.call(message, "desiredJson"))
                    object.desiredJson = message.desiredJson;
                if (message.deltaJson != null && $Object.hasOwnProperty.call(message, "deltaJson"))
                    object.deltaJson = message.deltaJson;
                return object;
            };

            /**
             * Converts this ConfigUpdate to JSON.
             * @function toJSON
             * @memberof hub.v1.ConfigUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfigUpdate.prototype.toJSON = function() {
                return ConfigUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfigUpdate
             * @function getTypeUrl
             * @memberof hub.v1.ConfigUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfigUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.ConfigUpdate";
            };

            return ConfigUpdate;
        })();

        v1.ConfigReport = (function() {

            /**
             * Properties of a ConfigReport.
             * @typedef {Object} hub.v1.ConfigReport.$Properties
             * @property {number|null} [version] ConfigReport version
             * @property {string|null} [reportedJson] ConfigReport reportedJson
             * @property {string|null} [error] ConfigReport error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigReport.
             * @memberof hub.v1
             * @interface IConfigReport
             * @augments hub.v1.ConfigReport.$Properties
             * @deprecated Use hub.v1.ConfigReport.$Properties instead.
             */

            /**
             * Shape of a ConfigReport.
             * @typedef {hub.v1.ConfigReport.$Properties} hub.v1.ConfigReport.$Shape
             */

            /**
             * Constructs a new ConfigReport.
             * @memberof hub.v1
             * @classdesc Represents a ConfigReport.
             * @constructor
             * @param {hub.v1.ConfigReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigReport = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigReport version.
             * @member {number} version
             * @memberof hub.v1.ConfigReport
             * @instance
             */
            ConfigReport.prototype.version = 0;

            /**
             * ConfigReport reportedJson.
             * @member {string} reportedJson
             * @memberof hub.v1.ConfigReport
             * @instance
             */
            ConfigReport.prototype.reportedJson = "";

            /**
             * ConfigReport error.
             * @member {string} error
             * @memberof hub.v1.ConfigReport
             * @instance
             */
            ConfigReport.prototype.error = "";

            /**
             * Encodes the specified ConfigReport message. Does not implicitly {@link hub.v1.ConfigReport.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.ConfigReport
             * @static
             * @param {hub.v1.ConfigReport.$Properties} message ConfigReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.reportedJson != null && $Object.hasOwnProperty.call(message, "reportedJson") && message.reportedJson !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reportedJson);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfigReport message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.ConfigReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.ConfigReport & hub.v1.ConfigReport.$Shape} ConfigReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.ConfigReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reportedJson = value;
                            else
                                delete message.reportedJson;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ConfigReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.ConfigReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.ConfigReport} ConfigReport
             */
            ConfigReport.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.ConfigReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.ConfigReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.ConfigReport();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.reportedJson != null)
                    if (typeof object.reportedJson !== "string" || object.reportedJson.length)
                        message.reportedJson = $String(object.reportedJson);
                if (object.error != null)
                    if (typeof object.error !== "string" || object.error.length)
                        message.error = $String(object.error);
                return message;
            };

            /**
             * Creates a plain object from a ConfigReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.ConfigReport
             * @static
             * @param {hub.v1.ConfigReport} message ConfigReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfigReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.reportedJson = "";
                    object.error = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.reportedJson != null && $Object.hasOwnProperty.call(message, "reportedJson"))
                    object.reportedJson = message.reportedJson;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            /**
             * Converts this ConfigReport to JSON.
             * @function toJSON
             * @memberof hub.v1.ConfigReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfigReport.prototype.toJSON = function() {
                return ConfigReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfigReport
             * @function getTypeUrl
             * @memberof hub.v1.ConfigReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfigReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.ConfigReport";
            };

            return ConfigReport;
        })();

        v1.OtaOffer = (function() {

            /**
             * Properties of an OtaOffer.
             * @typedef {Object} hub.v1.OtaOffer.$Properties
             * @property {string|null} [campaignId] OtaOffer campaignId
             * @property {string|null} [releaseId] OtaOffer releaseId
             * @property {string|null} [kind] OtaOffer kind
             * @property {string|null} [version] OtaOffer version
             * @property {number|null} [sizeBytes] OtaOffer sizeBytes
             * @property {string|null} [sha256Hex] OtaOffer sha256Hex
             * @property {Uint8Array|null} [signature] OtaOffer signature
             * @property {string|null} [keyId] OtaOffer keyId
             * @property {string|null} [downloadUrl] OtaOffer downloadUrl
             * @property {number|null} [expiresAtMs] OtaOffer expiresAtMs
             * @property {hub.v1.InstallWindow.$Properties|null} [installWindow] OtaOffer installWindow
             * @property {boolean|null} [withdrawn] OtaOffer withdrawn
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OtaOffer.
             * @memberof hub.v1
             * @interface IOtaOffer
             * @augments hub.v1.OtaOffer.$Properties
             * @deprecated Use hub.v1.OtaOffer.$Properties instead.
             */

            /**
             * Shape of an OtaOffer.
             * @typedef {hub.v1.OtaOffer.$Properties} hub.v1.OtaOffer.$Shape
             */

            /**
             * Constructs a new OtaOffer.
             * @memberof hub.v1
             * @classdesc Represents an OtaOffer.
             * @constructor
             * @param {hub.v1.OtaOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OtaOffer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OtaOffer campaignId.
             * @member {string} campaignId
             * @memberof hub.v1.OtaOffer
             * @instance
             */
            OtaOffer.prototype.campaignId = "";

            /**
             * OtaOffer releaseId.
             * @member {string} releaseId
             * @memberof hub.v1.OtaOffer
             * @instance
             */
            OtaOffer.prototype.releaseId = "";

            /**
             * OtaOffer kind.
             * @member {string} kind
             * @memberof hub.v1.OtaOffer
             * @instance
             */
            OtaOffer.prototype.kind = "";

            /**
             * OtaOffer version.
             * @member {string} version
             * @memberof hub.v1.OtaOffer
             * @instance
             */
            OtaOffer.prototype.version = "";

            /**
             * OtaOffer sizeBytes.
             * @member {number} sizeBytes
             * @memberof hub.v1.OtaOffer
             * @instance
             */
            OtaOffer.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OtaOffer sha256Hex.
             * @member {string} sha256Hex
             * @memberof hub.v1.OtaOffer
             * @instance
             */
            OtaOffer.prototype.sha256Hex = "";

            /**
             * OtaOffer signature.
             * @member {Uint8Array} signature
             * @memberof hub.v1.OtaOffer
             * @instance
             */
            OtaOffer.prototype.signature = $util.newBuffer([]);

            /**
             * OtaOffer keyId.
             * @member {string} keyId
             * @memberof hub.v1.OtaOffer
             * @instance
             */
            OtaOffer.prototype.keyId = "";

            /**
             * OtaOffer downloadUrl.
             * @member {string} downloadUrl
             * @memberof hub.v1.OtaOffer
             * @instance
             */
            OtaOffer.prototype.downloadUrl = "";

            /**
             * OtaOffer expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof hub.v1.OtaOffer
             * @instance
             */
            OtaOffer.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OtaOffer installWindow.
             * @member {hub.v1.InstallWindow.$Properties|null|undefined} installWindow
             * @memberof hub.v1.OtaOffer
             * @instance
             */
            OtaOffer.prototype.installWindow = null;

            /**
             * OtaOffer withdrawn.
             * @member {boolean} withdrawn
             * @memberof hub.v1.OtaOffer
             * @instance
             */
            OtaOffer.prototype.withdrawn = false;

            /**
             * Encodes the specified OtaOffer message. Does not implicitly {@link hub.v1.OtaOffer.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.OtaOffer
             * @static
             * @param {hub.v1.OtaOffer.$Properties} message OtaOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OtaOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.campaignId != null && $Object.hasOwnProperty.call(message, "campaignId") && message.campaignId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.campaignId);
                if (message.releaseId != null && $Object.hasOwnProperty.call(message, "releaseId") && message.releaseId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.releaseId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.kind);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.version);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sizeBytes);
                if (message.sha256Hex != null && $Object.hasOwnProperty.call(message, "sha256Hex") && message.sha256Hex !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.sha256Hex);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.signature);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.keyId);
                if (message.downloadUrl != null && $Object.hasOwnProperty.call(message, "downloadUrl") && message.downloadUrl !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.downloadUrl);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.expiresAtMs);
                if (message.installWindow != null && $Object.hasOwnProperty.call(message, "installWindow"))
                    $root.hub.v1.InstallWindow.encode(message.installWindow, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.withdrawn != null && $Object.hasOwnProperty.call(message, "withdrawn") && message.withdrawn !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.withdrawn);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OtaOffer message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.OtaOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.OtaOffer & hub.v1.OtaOffer.$Shape} OtaOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OtaOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.OtaOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.campaignId = value;
                            else
                                delete message.campaignId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.releaseId = value;
                            else
                                delete message.releaseId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256Hex = value;
                            else
                                delete message.sha256Hex;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.downloadUrl = value;
                            else
                                delete message.downloadUrl;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.installWindow = $root.hub.v1.InstallWindow.decode(reader, reader.size(), $undefined, _depth + 1, message.installWindow);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.withdrawn = value;
                            else
                                delete message.withdrawn;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an OtaOffer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.OtaOffer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.OtaOffer} OtaOffer
             */
            OtaOffer.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.OtaOffer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.OtaOffer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.OtaOffer();
                if (object.campaignId != null)
                    if (typeof object.campaignId !== "string" || object.campaignId.length)
                        message.campaignId = $String(object.campaignId);
                if (object.releaseId != null)
                    if (typeof object.releaseId !== "string" || object.releaseId.length)
                        message.releaseId = $String(object.releaseId);
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                if (object.sha256Hex != null)
                    if (typeof object.sha256Hex !== "string" || object.sha256Hex.length)
                        message.sha256Hex = $String(object.sha256Hex);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.keyId != null)
                    if (typeof object.keyId !== "string" || object.keyId.length)
                        message.keyId = $String(object.keyId);
                if (object.downloadUrl != null)
                    if (typeof object.downloadUrl !== "string" || object.downloadUrl.length)
                        message.downloadUrl = $String(object.downloadUrl);
                if (object.expiresAtMs != null)
                    if (typeof object.expiresAtMs === "object" ? object.expiresAtMs.low || object.expiresAtMs.high : $Number(object.expiresAtMs) !== 0)
                        if ($util.Long)
                            message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, true);
                        else if (typeof object.expiresAtMs === "string")
                            message.expiresAtMs = $parseInt(object.expiresAtMs, 10);
                        else if (typeof object.expiresAtMs === "number")
                            message.expiresAtMs = object.expiresAtMs;
                        else if (typeof object.expiresAtMs === "object")
                            message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber(true);
                if (object.installWindow != null) {
                    if (!$util.isObject(object.installWindow))
                        throw $TypeError(".hub.v1.OtaOffer.installWindow: object expected");
                    message.installWindow = $root.hub.v1.InstallWindow.fromObject(object.installWindow, _depth + 1);
                }
                if (object.withdrawn != null)
                    if (object.withdrawn)
                        message.withdrawn = $Boolean(object.withdrawn);
                return message;
            };

            /**
             * Creates a plain object from an OtaOffer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.OtaOffer
             * @static
             * @param {hub.v1.OtaOffer} message OtaOffer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OtaOffer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.campaignId = "";
                    object.releaseId = "";
                    object.kind = "";
                    object.version = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sha256Hex = "";
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.keyId = "";
                    object.downloadUrl = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.installWindow = null;
                    object.withdrawn = false;
                }
                if (message.campaignId != null && $Object.hasOwnProperty.call(message, "campaignId"))
                    object.campaignId = message.campaignId;
                if (message.releaseId != null && $Object.hasOwnProperty.call(message, "releaseId"))
                    object.releaseId = message.releaseId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                if (message.sha256Hex != null && $Object.hasOwnProperty.call(message, "sha256Hex"))
                    object.sha256Hex = message.sha256Hex;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = message.keyId;
                if (message.downloadUrl != null && $Object.hasOwnProperty.call(message, "downloadUrl"))
                    object.downloadUrl = message.downloadUrl;
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? $BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === $String ? $String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === $Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber(true) : message.expiresAtMs;
                if (message.installWindow != null && $Object.hasOwnProperty.call(message, "installWindow"))
                    object.installWindow = $root.hub.v1.InstallWindow.toObject(message.installWindow, options, _depth + 1);
                if (message.withdrawn != null && $Object.hasOwnProperty.call(message, "withdrawn"))
                    object.withdrawn = message.withdrawn;
                return object;
            };

            /**
             * Converts this OtaOffer to JSON.
             * @function toJSON
             * @memberof hub.v1.OtaOffer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OtaOffer.prototype.toJSON = function() {
                return OtaOffer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OtaOffer
             * @function getTypeUrl
             * @memberof hub.v1.OtaOffer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OtaOffer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.OtaOffer";
            };

            return OtaOffer;
        })();

        v1.InstallWindow = (function() {

            /**
             * Properties of an InstallWindow.
             * @typedef {Object} hub.v1.InstallWindow.$Properties
             * @property {boolean|null} [anyTime] InstallWindow anyTime
             * @property {string|null} [tradingHoursJson] InstallWindow tradingHoursJson
             * @property {string|null} [timeZone] InstallWindow timeZone
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InstallWindow.
             * @memberof hub.v1
             * @interface IInstallWindow
             * @augments hub.v1.InstallWindow.$Properties
             * @deprecated Use hub.v1.InstallWindow.$Properties instead.
             */

            /**
             * Shape of an InstallWindow.
             * @typedef {hub.v1.InstallWindow.$Properties} hub.v1.InstallWindow.$Shape
             */

            /**
             * Constructs a new InstallWindow.
             * @memberof hub.v1
             * @classdesc Represents an InstallWindow.
             * @constructor
             * @param {hub.v1.InstallWindow.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InstallWindow = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InstallWindow anyTime.
             * @member {boolean} anyTime
             * @memberof hub.v1.InstallWindow
             * @instance
             */
            InstallWindow.prototype.anyTime = false;

            /**
             * InstallWindow tradingHoursJson.
             * @member {string} tradingHoursJson
             * @memberof hub.v1.InstallWindow
             * @instance
             */
            InstallWindow.prototype.tradingHoursJson = "";

            /**
             * InstallWindow timeZone.
             * @member {string} timeZone
             * @memberof hub.v1.InstallWindow
             * @instance
             */
            InstallWindow.prototype.timeZone = "";

            /**
             * Encodes the specified InstallWindow message. Does not implicitly {@link hub.v1.InstallWindow.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.InstallWindow
             * @static
             * @param {hub.v1.InstallWindow.$Properties} message InstallWindow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstallWindow.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.anyTime != null && $Object.hasOwnProperty.call(message, "anyTime") && message.anyTime !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.anyTime);
                if (message.tradingHoursJson != null && $Object.hasOwnProperty.call(message, "tradingHoursJson") && message.tradingHoursJson !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.tradingHoursJson);
                if (message.timeZone != null && $Object.hasOwnProperty.call(message, "timeZone") && message.timeZone !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.timeZone);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InstallWindow message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.InstallWindow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.InstallWindow & hub.v1.InstallWindow.$Shape} InstallWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstallWindow.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.InstallWindow();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.anyTime = value;
                            else
                                delete message.anyTime;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tradingHoursJson = value;
                            else
                                delete message.tradingHoursJson;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timeZone = value;
                            else
                                delete message.timeZone;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an InstallWindow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.InstallWindow
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.InstallWindow} InstallWindow
             */
            InstallWindow.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.InstallWindow)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.InstallWindow: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.InstallWindow();
                if (object.anyTime != null)
                    if (object.anyTime)
                        message.anyTime = $Boolean(object.anyTime);
                if (object.tradingHoursJson != null)
                    if (typeof object.tradingHoursJson !== "string" || object.tradingHoursJson.length)
                        message.tradingHoursJson = $String(object.tradingHoursJson);
                if (object.timeZone != null)
                    if (typeof object.timeZone !== "string" || object.timeZone.length)
                        message.timeZone = $String(object.timeZone);
                return message;
            };

            /**
             * Creates a plain object from an InstallWindow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.InstallWindow
             * @static
             * @param {hub.v1.InstallWindow} message InstallWindow
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InstallWindow.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.anyTime = false;
                    object.tradingHoursJson = "";
                    object.timeZone = "";
                }
                if (message.anyTime != null && $Object.hasOwnProperty.call(message, "anyTime"))
                    object.anyTime = message.anyTime;
                if (message.tradingHoursJson != null && $Object.hasOwnProperty.call(message, "tradingHoursJson"))
                    object.tradingHoursJson = message.tradingHoursJson;
                if (message.timeZone != null && $Object.hasOwnProperty.call(message, "timeZone"))
                    object.timeZone = message.timeZone;
                return object;
            };

            /**
             * Converts this InstallWindow to JSON.
             * @function toJSON
             * @memberof hub.v1.InstallWindow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InstallWindow.prototype.toJSON = function() {
                return InstallWindow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InstallWindow
             * @function getTypeUrl
             * @memberof hub.v1.InstallWindow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InstallWindow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.InstallWindow";
            };

            return InstallWindow;
        })();

        /**
         * OtaState enum.
         * @name hub.v1.OtaState
         * @enum {number}
         * @property {number} OTA_STATE_UNSPECIFIED=0 OTA_STATE_UNSPECIFIED value
         * @property {number} OTA_STATE_DOWNLOADING=1 OTA_STATE_DOWNLOADING value
         * @property {number} OTA_STATE_DOWNLOADED=2 OTA_STATE_DOWNLOADED value
         * @property {number} OTA_STATE_VERIFYING=3 OTA_STATE_VERIFYING value
         * @property {number} OTA_STATE_WAITING=4 OTA_STATE_WAITING value
         * @property {number} OTA_STATE_INSTALLING=5 OTA_STATE_INSTALLING value
         * @property {number} OTA_STATE_SUCCEEDED=6 OTA_STATE_SUCCEEDED value
         * @property {number} OTA_STATE_FAILED=7 OTA_STATE_FAILED value
         * @property {number} OTA_STATE_ROLLED_BACK=8 OTA_STATE_ROLLED_BACK value
         */
        v1.OtaState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OTA_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OTA_STATE_DOWNLOADING"] = 1;
            values[valuesById[2] = "OTA_STATE_DOWNLOADED"] = 2;
            values[valuesById[3] = "OTA_STATE_VERIFYING"] = 3;
            values[valuesById[4] = "OTA_STATE_WAITING"] = 4;
            values[valuesById[5] = "OTA_STATE_INSTALLING"] = 5;
            values[valuesById[6] = "OTA_STATE_SUCCEEDED"] = 6;
            values[valuesById[7] = "OTA_STATE_FAILED"] = 7;
            values[valuesById[8] = "OTA_STATE_ROLLED_BACK"] = 8;
            return values;
        })();

        v1.OtaStatus = (function() {

            /**
             * Properties of an OtaStatus.
             * @typedef {Object} hub.v1.OtaStatus.$Properties
             * @property {string|null} [campaignId] OtaStatus campaignId
             * @property {hub.v1.OtaState|null} [state] OtaStatus state
             * @property {number|null} [progressPct] OtaStatus progressPct
             * @property {string|null} [reason] OtaStatus reason
             * @property {string|null} [version] OtaStatus version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OtaStatus.
             * @memberof hub.v1
             * @interface IOtaStatus
             * @augments hub.v1.OtaStatus.$Properties
             * @deprecated Use hub.v1.OtaStatus.$Properties instead.
             */

            /**
             * Shape of an OtaStatus.
             * @typedef {hub.v1.OtaStatus.$Properties} hub.v1.OtaStatus.$Shape
             */

            /**
             * Constructs a new OtaStatus.
             * @memberof hub.v1
             * @classdesc Represents an OtaStatus.
             * @constructor
             * @param {hub.v1.OtaStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OtaStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OtaStatus campaignId.
             * @member {string} campaignId
             * @memberof hub.v1.OtaStatus
             * @instance
             */
            OtaStatus.prototype.campaignId = "";

            /**
             * OtaStatus state.
             * @member {hub.v1.OtaState} state
             * @memberof hub.v1.OtaStatus
             * @instance
             */
            OtaStatus.prototype.state = 0;

            /**
             * OtaStatus progressPct.
             * @member {number} progressPct
             * @memberof hub.v1.OtaStatus
             * @instance
             */
            OtaStatus.prototype.progressPct = 0;

            /**
             * OtaStatus reason.
             * @member {string} reason
             * @memberof hub.v1.OtaStatus
             * @instance
             */
            OtaStatus.prototype.reason = "";

            /**
             * OtaStatus version.
             * @member {string} version
             * @memberof hub.v1.OtaStatus
             * @instance
             */
            OtaStatus.prototype.version = "";

            /**
             * Encodes the specified OtaStatus message. Does not implicitly {@link hub.v1.OtaStatus.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.OtaStatus
             * @static
             * @param {hub.v1.OtaStatus.$Properties} message OtaStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OtaStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.campaignId != null && $Object.hasOwnProperty.call(message, "campaignId") && message.campaignId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.campaignId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.progressPct != null && $Object.hasOwnProperty.call(message, "progressPct") && message.progressPct !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.progressPct);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OtaStatus message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.OtaStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.OtaStatus & hub.v1.OtaStatus.$Shape} OtaStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OtaStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.OtaStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.campaignId = value;
                            else
                                delete message.campaignId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.progressPct = value;
                            else
                                delete message.progressPct;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an OtaStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.OtaStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.OtaStatus} OtaStatus
             */
            OtaStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.OtaStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.OtaStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.OtaStatus();
                if (object.campaignId != null)
                    if (typeof object.campaignId !== "string" || object.campaignId.length)
                        message.campaignId = $String(object.campaignId);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.hub.v1.OtaState[object.state] !== 0))
                    switch (object.state) {
                    case "OTA_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "OTA_STATE_DOWNLOADING":
                    case 1:
                        message.state = 1;
                        break;
                    case "OTA_STATE_DOWNLOADED":
                    case 2:
                        message.state = 2;
                        break;
                    case "OTA_STATE_VERIFYING":
                    case 3:
                        message.state = 3;
                        break;
                    case "OTA_STATE_WAITING":
                    case 4:
                        message.state = 4;
                        break;
                    case "OTA_STATE_INSTALLING":
                    case 5:
                        message.state = 5;
                        break;
                    case "OTA_STATE_SUCCEEDED":
                    case 6:
                        message.state = 6;
                        break;
                    case "OTA_STATE_FAILED":
                    case 7:
                        message.state = 7;
                        break;
                    case "OTA_STATE_ROLLED_BACK":
                    case 8:
                        message.state = 8;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.progressPct != null)
                    if ($Number(object.progressPct) !== 0)
                        message.progressPct = object.progressPct >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                return message;
            };

            /**
             * Creates a plain object from an OtaStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.OtaStatus
             * @static
             * @param {hub.v1.OtaStatus} message OtaStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OtaStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.campaignId = "";
                    object.state = options.enums === $String ? "OTA_STATE_UNSPECIFIED" : 0;
                    object.progressPct = 0;
                    object.reason = "";
                    object.version = "";
                }
                if (message.campaignId != null && $Object.hasOwnProperty.call(message, "campaignId"))
                    object.campaignId = message.campaignId;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.hub.v1.OtaState[message.state] === $undefined ? message.state : $root.hub.v1.OtaState[message.state] : message.state;
                if (message.progressPct != null && $Object.hasOwnProperty.call(message, "progressPct"))
                    object.progressPct = message.progressPct;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                return object;
            };

            /**
             * Converts this OtaStatus to JSON.
             * @function toJSON
             * @memberof hub.v1.OtaStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OtaStatus.prototype.toJSON = function() {
                return OtaStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OtaStatus
             * @function getTypeUrl
             * @memberof hub.v1.OtaStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OtaStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.OtaStatus";
            };

            return OtaStatus;
        })();

        v1.AdSchedule = (function() {

            /**
             * Properties of an AdSchedule.
             * @typedef {Object} hub.v1.AdSchedule.$Properties
             * @property {number|null} [version] AdSchedule version
             * @property {number|null} [validFromMs] AdSchedule validFromMs
             * @property {number|null} [validUntilMs] AdSchedule validUntilMs
             * @property {number|null} [loopSeconds] AdSchedule loopSeconds
             * @property {number|null} [slotSeconds] AdSchedule slotSeconds
             * @property {string|null} [timeZone] AdSchedule timeZone
             * @property {Array.<hub.v1.AdCreative.$Properties>|null} [creatives] AdSchedule creatives
             * @property {Array.<hub.v1.AdSpot.$Properties>|null} [spots] AdSchedule spots
             * @property {Array.<hub.v1.AdHour.$Properties>|null} [hours] AdSchedule hours
             * @property {Array.<hub.v1.AdTrigger.$Properties>|null} [triggers] AdSchedule triggers
             * @property {Array.<hub.v1.AdLayout.$Properties>|null} [layouts] AdSchedule layouts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdSchedule.
             * @memberof hub.v1
             * @interface IAdSchedule
             * @augments hub.v1.AdSchedule.$Properties
             * @deprecated Use hub.v1.AdSchedule.$Properties instead.
             */

            /**
             * Shape of an AdSchedule.
             * @typedef {hub.v1.AdSchedule.$Properties} hub.v1.AdSchedule.$Shape
             */

            /**
             * Constructs a new AdSchedule.
             * @memberof hub.v1
             * @classdesc Represents an AdSchedule.
             * @constructor
             * @param {hub.v1.AdSchedule.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdSchedule = function (properties) {
                this.creatives = [];
                this.spots = [];
                this.hours = [];
                this.triggers = [];
                this.layouts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdSchedule version.
             * @member {number} version
             * @memberof hub.v1.AdSchedule
             * @instance
             */
            AdSchedule.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AdSchedule validFromMs.
             * @member {number} validFromMs
             * @memberof hub.v1.AdSchedule
             * @instance
             */
            AdSchedule.prototype.validFromMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AdSchedule validUntilMs.
             * @member {number} validUntilMs
             * @memberof hub.v1.AdSchedule
             * @instance
             */
            AdSchedule.prototype.validUntilMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AdSchedule loopSeconds.
             * @member {number} loopSeconds
             * @memberof hub.v1.AdSchedule
             * @instance
             */
            AdSchedule.prototype.loopSeconds = 0;

            /**
             * AdSchedule slotSeconds.
             * @member {number} slotSeconds
             * @memberof hub.v1.AdSchedule
             * @instance
             */
            AdSchedule.prototype.slotSeconds = 0;

            /**
             * AdSchedule timeZone.
             * @member {string} timeZone
             * @memberof hub.v1.AdSchedule
             * @instance
             */
            AdSchedule.prototype.timeZone = "";

            /**
             * AdSchedule creatives.
             * @member {Array.<hub.v1.AdCreative.$Properties>} creatives
             * @memberof hub.v1.AdSchedule
             * @instance
             */
            AdSchedule.prototype.creatives = $util.emptyArray;

            /**
             * AdSchedule spots.
             * @member {Array.<hub.v1.AdSpot.$Properties>} spots
             * @memberof hub.v1.AdSchedule
             * @instance
             */
            AdSchedule.prototype.spots = $util.emptyArray;

            /**
             * AdSchedule hours.
             * @member {Array.<hub.v1.AdHour.$Properties>} hours
             * @memberof hub.v1.AdSchedule
             * @instance
             */
            AdSchedule.prototype.hours = $util.emptyArray;

            /**
             * AdSchedule triggers.
             * @member {Array.<hub.v1.AdTrigger.$Properties>} triggers
             * @memberof hub.v1.AdSchedule
             * @instance
             */
            AdSchedule.prototype.triggers = $util.emptyArray;

            /**
             * AdSchedule layouts.
             * @member {Array.<hub.v1.AdLayout.$Properties>} layouts
             * @memberof hub.v1.AdSchedule
             * @instance
             */
            AdSchedule.prototype.layouts = $util.emptyArray;

            /**
             * Encodes the specified AdSchedule message. Does not implicitly {@link hub.v1.AdSchedule.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.AdSchedule
             * @static
             * @param {hub.v1.AdSchedule.$Properties} message AdSchedule message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdSchedule.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.version);
                if (message.validFromMs != null && $Object.hasOwnProperty.call(message, "validFromMs") && (typeof message.validFromMs === "object" ? message.validFromMs.low || message.validFromMs.high : message.validFromMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.validFromMs);
                if (message.validUntilMs != null && $Object.hasOwnProperty.call(message, "validUntilMs") && (typeof message.validUntilMs === "object" ? message.validUntilMs.low || message.validUntilMs.high : message.validUntilMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.validUntilMs);
                if (message.loopSeconds != null && $Object.hasOwnProperty.call(message, "loopSeconds") && message.loopSeconds !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.loopSeconds);
                if (message.slotSeconds != null && $Object.hasOwnProperty.call(message, "slotSeconds") && message.slotSeconds !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.slotSeconds);
                if (message.timeZone != null && $Object.hasOwnProperty.call(message, "timeZone") && message.timeZone !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.timeZone);
                if (message.creatives != null && message.creatives.length)
                    for (let i = 0; i < message.creatives.length; ++i)
                        $root.hub.v1.AdCreative.encode(message.creatives[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.spots != null && message.spots.length)
                    for (let i = 0; i < message.spots.length; ++i)
                        $root.hub.v1.AdSpot.encode(message.spots[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.hours != null && message.hours.length)
                    for (let i = 0; i < message.hours.length; ++i)
                        $root.hub.v1.AdHour.encode(message.hours[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.triggers != null && message.triggers.length)
                    for (let i = 0; i < message.triggers.length; ++i)
                        $root.hub.v1.AdTrigger.encode(message.triggers[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.layouts != null && message.layouts.length)
                    for (let i = 0; i < message.layouts.length; ++i)
                        $root.hub.v1.AdLayout.encode(message.layouts[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdSchedule message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.AdSchedule
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.AdSchedule & hub.v1.AdSchedule.$Shape} AdSchedule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdSchedule.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.AdSchedule();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.validFromMs = value;
                            else
                                delete message.validFromMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.validUntilMs = value;
                            else
                                delete message.validUntilMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.loopSeconds = value;
                            else
                                delete message.loopSeconds;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slotSeconds = value;
                            else
                                delete message.slotSeconds;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timeZone = value;
                            else
                                delete message.timeZone;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.creatives && message.creatives.length))
                                message.creatives = [];
                            message.creatives.push($root.hub.v1.AdCreative.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.spots && message.spots.length))
                                message.spots = [];
                            message.spots.push($root.hub.v1.AdSpot.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hours && message.hours.length))
                                message.hours = [];
                            message.hours.push($root.hub.v1.AdHour.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.triggers && message.triggers.length))
                                message.triggers = [];
                            message.triggers.push($root.hub.v1.AdTrigger.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.layouts && message.layouts.length))
                                message.layouts = [];
                            message.layouts.push($root.hub.v1.AdLayout.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AdSchedule message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.AdSchedule
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.AdSchedule} AdSchedule
             */
            AdSchedule.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.AdSchedule)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.AdSchedule: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.AdSchedule();
                if (object.version != null)
                    if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = $parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                if (object.validFromMs != null)
                    if (typeof object.validFromMs === "object" ? object.validFromMs.low || object.validFromMs.high : $Number(object.validFromMs) !== 0)
                        if ($util.Long)
                            message.validFromMs = $util.Long.fromValue(object.validFromMs, true);
                        else if (typeof object.validFromMs === "string")
                            message.validFromMs = $parseInt(object.validFromMs, 10);
                        else if (typeof object.validFromMs === "number")
                            message.validFromMs = object.validFromMs;
                        else if (typeof object.validFromMs === "object")
                            message.validFromMs = new $util.LongBits(object.validFromMs.low >>> 0, object.validFromMs.high >>> 0).toNumber(true);
                if (object.validUntilMs != null)
                    if (typeof object.validUntilMs === "object" ? object.validUntilMs.low || object.validUntilMs.high : $Number(object.validUntilMs) !== 0)
                        if ($util.Long)
                            message.validUntilMs = $util.Long.fromValue(object.validUntilMs, true);
                        else if (typeof object.validUntilMs === "string")
                            message.validUntilMs = $parseInt(object.validUntilMs, 10);
                        else if (typeof object.validUntilMs === "number")
                            message.validUntilMs = object.validUntilMs;
                        else if (typeof object.validUntilMs === "object")
                            message.validUntilMs = new $util.LongBits(object.validUntilMs.low >>> 0, object.validUntilMs.high >>> 0).toNumber(true);
                if (object.loopSeconds != null)
                    if ($Number(object.loopSeconds) !== 0)
                        message.loopSeconds = object.loopSeconds >>> 0;
                if (object.slotSeconds != null)
                    if ($Number(object.slotSeconds) !== 0)
                        message.slotSeconds = object.slotSeconds >>> 0;
                if (object.timeZone != null)
                    if (typeof object.timeZone !== "string" || object.timeZone.length)
                        message.timeZone = $String(object.timeZone);
                if (object.creatives) {
                    if (!$Array.isArray(object.creatives))
                        throw $TypeError(".hub.v1.AdSchedule.creatives: array expected");
                    message.creatives = $Array(object.creatives.length);
                    for (let i = 0; i < object.creatives.length; ++i) {
                        if (!$util.isObject(object.creatives[i]))
                            throw $TypeError(".hub.v1.AdSchedule.creatives: object expected");
                        message.creatives[i] = $root.hub.v1.AdCreative.fromObject(object.creatives[i], _depth + 1);
                    }
                }
                if (object.spots) {
                    if (!$Array.isArray(object.spots))
                        throw $TypeError(".hub.v1.AdSchedule.spots: array expected");
                    message.spots = $Array(object.spots.length);
                    for (let i = 0; i < object.spots.length; ++i) {
                        if (!$util.isObject(object.spots[i]))
                            throw $TypeError(".hub.v1.AdSchedule.spots: object expected");
                        message.spots[i] = $root.hub.v1.AdSpot.fromObject(object.spots[i], _depth + 1);
                    }
                }
                if (object.hours) {
                    if (!$Array.isArray(object.hours))
                        throw $TypeError(".hub.v1.AdSchedule.hours: array expected");
                    message.hours = $Array(object.hours.length);
                    for (let i = 0; i < object.hours.length; ++i) {
                        if (!$util.isObject(object.hours[i]))
                            throw $TypeError(".hub.v1.AdSchedule.hours: object expected");
                        message.hours[i] = $root.hub.v1.AdHour.fromObject(object.hours[i], _depth + 1);
                    }
                }
                if (object.triggers) {
                    if (!$Array.isArray(object.triggers))
                        throw $TypeError(".hub.v1.AdSchedule.triggers: array expected");
                    message.triggers = $Array(object.triggers.length);
                    for (let i = 0; i < object.triggers.length; ++i) {
                        if (!$util.isObject(object.triggers[i]))
                            throw $TypeError(".hub.v1.AdSchedule.triggers: object expected");
                        message.triggers[i] = $root.hub.v1.AdTrigger.fromObject(object.triggers[i], _depth + 1);
                    }
                }
                if (object.layouts) {
                    if (!$Array.isArray(object.layouts))
                        throw $TypeError(".hub.v1.AdSchedule.layouts: array expected");
                    message.layouts = $Array(object.layouts.length);
                    for (let i = 0; i < object.layouts.length; ++i) {
                        if (!$util.isObject(object.layouts[i]))
                            throw $TypeError(".hub.v1.AdSchedule.layouts: object expected");
                        message.layouts[i] = $root.hub.v1.AdLayout.fromObject(object.layouts[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an AdSchedule message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.AdSchedule
             * @static
             * @param {hub.v1.AdSchedule} message AdSchedule
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AdSchedule.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.creatives = [];
                    object.spots = [];
                    object.hours = [];
                    object.triggers = [];
                    object.layouts = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.validFromMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.validFromMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.validUntilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.validUntilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.loopSeconds = 0;
                    object.slotSeconds = 0;
                    object.timeZone = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                if (message.validFromMs != null && $Object.hasOwnProperty.call(message, "validFromMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.validFromMs = typeof message.validFromMs === "number" ? $BigInt(message.validFromMs) : $util.Long.fromBits(message.validFromMs.low >>> 0, message.validFromMs.high >>> 0, true).toBigInt();
                    else if (typeof message.validFromMs === "number")
                        object.validFromMs = options.longs === $String ? $String(message.validFromMs) : message.validFromMs;
                    else
                        object.validFromMs = options.longs === $String ? $util.Long.prototype.toString.call(message.validFromMs) : options.longs === $Number ? new $util.LongBits(message.validFromMs.low >>> 0, message.validFromMs.high >>> 0).toNumber(true) : message.validFromMs;
                if (message.validUntilMs != null && $Object.hasOwnProperty.call(message, "validUntilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.validUntilMs = typeof message.validUntilMs === "number" ? $BigInt(message.validUntilMs) : $util.Long.fromBits(message.validUntilMs.low >>> 0, message.validUntilMs.high >>> 0, true).toBigInt();
                    else if (typeof message.validUntilMs === "number")
                        object.validUntilMs = options.longs === $String ? $String(message.validUntilMs) : message.validUntilMs;
                    else
                        object.validUntilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.validUntilMs) : options.longs === $Number ? new $util.LongBits(message.validUntilMs.low >>> 0, message.validUntilMs.high >>> 0).toNumber(true) : message.validUntilMs;
                if (message.loopSeconds != null && $Object.hasOwnProperty.call(message, "loopSeconds"))
                    object.loopSeconds = message.loopSeconds;
                if (message.slotSeconds != null && $Object.hasOwnProperty.call(message, "slotSeconds"))
                    object.slotSeconds = message.slotSeconds;
                if (message.timeZone != null && $Object.hasOwnProperty.call(message, "timeZone"))
                    object.timeZone = message.timeZone;
                if (message.creatives && message.creatives.length) {
                    object.creatives = $Array(message.creatives.length);
                    for (let j = 0; j < message.creatives.length; ++j)
                        object.creatives[j] = $root.hub.v1.AdCreative.toObject(message.creatives[j], options, _depth + 1);
                }
                if (message.spots && message.spots.length) {
                    object.spots = $Array(message.spots.length);
                    for (let j = 0; j < message.spots.length; ++j)
                        object.spots[j] = $root.hub.v1.AdSpot.toObject(message.spots[j], options, _depth + 1);
                }
                if (message.hours && message.hours.length) {
                    object.hours = $Array(message.hours.length);
                    for (let j = 0; j < message.hours.length; ++j)
                        object.hours[j] = $root.hub.v1.AdHour.toObject(message.hours[j], options, _depth + 1);
                }
                if (message.triggers && message.triggers.length) {
                    object.triggers = $Array(message.triggers.length);
                    for (let j = 0; j < message.triggers.length; ++j)
                        object.triggers[j] = $root.hub.v1.AdTrigger.toObject(message.triggers[j], options, _depth + 1);
                }
                if (message.layouts && message.layouts.length) {
                    object.layouts = $Array(message.layouts.length);
                    for (let j = 0; j < message.layouts.length; ++j)
                        object.layouts[j] = $root.hub.v1.AdLayout.toObject(message.layouts[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this AdSchedule to JSON.
             * @function toJSON
             * @memberof hub.v1.AdSchedule
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AdSchedule.prototype.toJSON = function() {
                return AdSchedule.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AdSchedule
             * @function getTypeUrl
             * @memberof hub.v1.AdSchedule
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdSchedule.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.AdSchedule";
            };

            return AdSchedule;
        })();

        v1.AdCreative = (function() {

            /**
             * Properties of an AdCreative.
             * @typedef {Object} hub.v1.AdCreative.$Properties
             * @property {string|null} [id] AdCreative id
             * @property {string|null} [url] AdCreative url
             * @property {string|null} [sha256Hex] AdCreative sha256Hex
             * @property {string|null} [mediaType] AdCreative mediaType
             * @property {number|null} [sizeBytes] AdCreative sizeBytes
             * @property {number|null} [durationMs] AdCreative durationMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdCreative.
             * @memberof hub.v1
             * @interface IAdCreative
             * @augments hub.v1.AdCreative.$Properties
             * @deprecated Use hub.v1.AdCreative.$Properties instead.
             */

            /**
             * Shape of an AdCreative.
             * @typedef {hub.v1.AdCreative.$Properties} hub.v1.AdCreative.$Shape
             */

            /**
             * Constructs a new AdCreative.
             * @memberof hub.v1
             * @classdesc Represents an AdCreative.
             * @constructor
             * @param {hub.v1.AdCreative.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdCreative = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdCreative id.
             * @member {string} id
             * @memberof hub.v1.AdCreative
             * @instance
             */
            AdCreative.prototype.id = "";

            /**
             * AdCreative url.
             * @member {string} url
             * @memberof hub.v1.AdCreative
             * @instance
             */
            AdCreative.prototype.url = "";

            /**
             * AdCreative sha256Hex.
             * @member {string} sha256Hex
             * @memberof hub.v1.AdCreative
             * @instance
             */
            AdCreative.prototype.sha256Hex = "";

            /**
             * AdCreative mediaType.
             * @member {string} mediaType
             * @memberof hub.v1.AdCreative
             * @instance
             */
            AdCreative.prototype.mediaType = "";

            /**
             * AdCreative sizeBytes.
             * @member {number} sizeBytes
             * @memberof hub.v1.AdCreative
             * @instance
             */
            AdCreative.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AdCreative durationMs.
             * @member {number} durationMs
             * @memberof hub.v1.AdCreative
             * @instance
             */
            AdCreative.prototype.durationMs = 0;

            /**
             * Encodes the specified AdCreative message. Does not implicitly {@link hub.v1.AdCreative.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.AdCreative
             * @static
             * @param {hub.v1.AdCreative.$Properties} message AdCreative message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdCreative.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.url);
                if (message.sha256Hex != null && $Object.hasOwnProperty.call(message, "sha256Hex") && message.sha256Hex !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sha256Hex);
                if (message.mediaType != null && $Object.hasOwnProperty.call(message, "mediaType") && message.mediaType !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.mediaType);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sizeBytes);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && message.durationMs !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.durationMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdCreative message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.AdCreative
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.AdCreative & hub.v1.AdCreative.$Shape} AdCreative
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdCreative.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.AdCreative();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256Hex = value;
                            else
                                delete message.sha256Hex;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mediaType = value;
                            else
                                delete message.mediaType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AdCreative message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.AdCreative
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.AdCreative} AdCreative
             */
            AdCreative.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.AdCreative)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.AdCreative: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.AdCreative();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.url != null)
                    if (typeof object.url !== "string" || object.url.length)
                        message.url = $String(object.url);
                if (object.sha256Hex != null)
                    if (typeof object.sha256Hex !== "string" || object.sha256Hex.length)
                        message.sha256Hex = $String(object.sha256Hex);
                if (object.mediaType != null)
                    if (typeof object.mediaType !== "string" || object.mediaType.length)
                        message.mediaType = $String(object.mediaType);
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                if (object.durationMs != null)
                    if ($Number(object.durationMs) !== 0)
                        message.durationMs = object.durationMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an AdCreative message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.AdCreative
             * @static
             * @param {hub.v1.AdCreative} message AdCreative
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AdCreative.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.url = "";
                    object.sha256Hex = "";
                    object.mediaType = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.durationMs = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    object.url = message.url;
                if (message.sha256Hex != null && $Object.hasOwnProperty.call(message, "sha256Hex"))
                    object.sha256Hex = message.sha256Hex;
                if (message.mediaType != null && $Object.hasOwnProperty.call(message, "mediaType"))
                    object.mediaType = message.mediaType;
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    object.durationMs = message.durationMs;
                return object;
            };

            /**
             * Converts this AdCreative to JSON.
             * @function toJSON
             * @memberof hub.v1.AdCreative
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AdCreative.prototype.toJSON = function() {
                return AdCreative.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AdCreative
             * @function getTypeUrl
             * @memberof hub.v1.AdCreative
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdCreative.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.AdCreative";
            };

            return AdCreative;
        })();

        /**
         * AdKind enum.
         * @name hub.v1.AdKind
         * @enum {number}
         * @property {number} AD_KIND_UNSPECIFIED=0 AD_KIND_UNSPECIFIED value
         * @property {number} AD_KIND_BOOKED=1 AD_KIND_BOOKED value
         * @property {number} AD_KIND_HOUSE=2 AD_KIND_HOUSE value
         * @property {number} AD_KIND_CROSS_PROMOTION=3 AD_KIND_CROSS_PROMOTION value
         */
        v1.AdKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "AD_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "AD_KIND_BOOKED"] = 1;
            values[valuesById[2] = "AD_KIND_HOUSE"] = 2;
            values[valuesById[3] = "AD_KIND_CROSS_PROMOTION"] = 3;
            return values;
        })();

        v1.AdSpot = (function() {

            /**
             * Properties of an AdSpot.
             * @typedef {Object} hub.v1.AdSpot.$Properties
             * @property {number|null} [creative] AdSpot creative
             * @property {string|null} [bookingId] AdSpot bookingId
             * @property {number|null} [maxPlaysPerHour] AdSpot maxPlaysPerHour
             * @property {hub.v1.AdKind|null} [kind] AdSpot kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdSpot.
             * @memberof hub.v1
             * @interface IAdSpot
             * @augments hub.v1.AdSpot.$Properties
             * @deprecated Use hub.v1.AdSpot.$Properties instead.
             */

            /**
             * Shape of an AdSpot.
             * @typedef {hub.v1.AdSpot.$Properties} hub.v1.AdSpot.$Shape
             */

            /**
             * Constructs a new AdSpot.
             * @memberof hub.v1
             * @classdesc Represents an AdSpot.
             * @constructor
             * @param {hub.v1.AdSpot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdSpot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdSpot creative.
             * @member {number} creative
             * @memberof hub.v1.AdSpot
             * @instance
             */
            AdSpot.prototype.creative = 0;

            /**
             * AdSpot bookingId.
             * @member {string} bookingId
             * @memberof hub.v1.AdSpot
             * @instance
             */
            AdSpot.prototype.bookingId = "";

            /**
             * AdSpot maxPlaysPerHour.
             * @member {number} maxPlaysPerHour
             * @memberof hub.v1.AdSpot
             * @instance
             */
            AdSpot.prototype.maxPlaysPerHour = 0;

            /**
             * AdSpot kind.
             * @member {hub.v1.AdKind} kind
             * @memberof hub.v1.AdSpot
             * @instance
             */
            AdSpot.prototype.kind = 0;

            /**
             * Encodes the specified AdSpot message. Does not implicitly {@link hub.v1.AdSpot.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.AdSpot
             * @static
             * @param {hub.v1.AdSpot.$Properties} message AdSpot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdSpot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.creative != null && $Object.hasOwnProperty.call(message, "creative") && message.creative !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.creative);
                if (message.bookingId != null && $Object.hasOwnProperty.call(message, "bookingId") && message.bookingId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bookingId);
                if (message.maxPlaysPerHour != null && $Object.hasOwnProperty.call(message, "maxPlaysPerHour") && message.maxPlaysPerHour !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxPlaysPerHour);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdSpot message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.AdSpot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.AdSpot & hub.v1.AdSpot.$Shape} AdSpot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdSpot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.AdSpot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.creative = value;
                            else
                                delete message.creative;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bookingId = value;
                            else
                                delete message.bookingId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxPlaysPerHour = value;
                            else
                                delete message.maxPlaysPerHour;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AdSpot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.AdSpot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.AdSpot} AdSpot
             */
            AdSpot.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.AdSpot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.AdSpot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.AdSpot();
                if (object.creative != null)
                    if ($Number(object.creative) !== 0)
                        message.creative = object.creative >>> 0;
                if (object.bookingId != null)
                    if (typeof object.bookingId !== "string" || object.bookingId.length)
                        message.bookingId = $String(object.bookingId);
                if (object.maxPlaysPerHour != null)
                    if ($Number(object.maxPlaysPerHour) !== 0)
                        message.maxPlaysPerHour = object.maxPlaysPerHour >>> 0;
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.hub.v1.AdKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "AD_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "AD_KIND_BOOKED":
                    case 1:
                        message.kind = 1;
                        break;
                    case "AD_KIND_HOUSE":
                    case 2:
                        message.kind = 2;
                        break;
                    case "AD_KIND_CROSS_PROMOTION":
                    case 3:
                        message.kind = 3;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                return message;
            };

            /**
             * Creates a plain object from an AdSpot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.AdSpot
             * @static
             * @param {hub.v1.AdSpot} message AdSpot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AdSpot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.creative = 0;
                    object.bookingId = "";
                    object.maxPlaysPerHour = 0;
                    object.kind = options.enums === $String ? "AD_KIND_UNSPECIFIED" : 0;
                }
                if (message.creative != null && $Object.hasOwnProperty.call(message, "creative"))
                    object.creative = message.creative;
                if (message.bookingId != null && $Object.hasOwnProperty.call(message, "bookingId"))
                    object.bookingId = message.bookingId;
                if (message.maxPlaysPerHour != null && $Object.hasOwnProperty.call(message, "maxPlaysPerHour"))
                    object.maxPlaysPerHour = message.maxPlaysPerHour;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.hub.v1.AdKind[message.kind] === $undefined ? message.kind : $root.hub.v1.AdKind[message.kind] : message.kind;
                return object;
            };

            /**
             * Converts this AdSpot to JSON.
             * @function toJSON
             * @memberof hub.v1.AdSpot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AdSpot.prototype.toJSON = function() {
                return AdSpot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AdSpot
             * @function getTypeUrl
             * @memberof hub.v1.AdSpot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdSpot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.AdSpot";
            };

            return AdSpot;
        })();

        v1.AdHour = (function() {

            /**
             * Properties of an AdHour.
             * @typedef {Object} hub.v1.AdHour.$Properties
             * @property {number|null} [startsAtMs] AdHour startsAtMs
             * @property {number|null} [layout] AdHour layout
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdHour.
             * @memberof hub.v1
             * @interface IAdHour
             * @augments hub.v1.AdHour.$Properties
             * @deprecated Use hub.v1.AdHour.$Properties instead.
             */

            /**
             * Shape of an AdHour.
             * @typedef {hub.v1.AdHour.$Properties} hub.v1.AdHour.$Shape
             */

            /**
             * Constructs a new AdHour.
             * @memberof hub.v1
             * @classdesc Represents an AdHour.
             * @constructor
             * @param {hub.v1.AdHour.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdHour = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdHour startsAtMs.
             * @member {number} startsAtMs
             * @memberof hub.v1.AdHour
             * @instance
             */
            AdHour.prototype.startsAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AdHour layout.
             * @member {number} layout
             * @memberof hub.v1.AdHour
             * @instance
             */
            AdHour.prototype.layout = 0;

            /**
             * Encodes the specified AdHour message. Does not implicitly {@link hub.v1.AdHour.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.AdHour
             * @static
             * @param {hub.v1.AdHour.$Properties} message AdHour message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdHour.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.startsAtMs != null && $Object.hasOwnProperty.call(message, "startsAtMs") && (typeof message.startsAtMs === "object" ? message.startsAtMs.low || message.startsAtMs.high : message.startsAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.startsAtMs);
                if (message.layout != null && $Object.hasOwnProperty.call(message, "layout") && message.layout !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.layout);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdHour message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.AdHour
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.AdHour & hub.v1.AdHour.$Shape} AdHour
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdHour.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.AdHour();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startsAtMs = value;
                            else
                                delete message.startsAtMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.layout = value;
                            else
                                delete message.layout;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AdHour message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.AdHour
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.AdHour} AdHour
             */
            AdHour.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.AdHour)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.AdHour: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.AdHour();
                if (object.startsAtMs != null)
                    if (typeof object.startsAtMs === "object" ? object.startsAtMs.low || object.startsAtMs.high : $Number(object.startsAtMs) !== 0)
                        if ($util.Long)
                            message.startsAtMs = $util.Long.fromValue(object.startsAtMs, true);
                        else if (typeof object.startsAtMs === "string")
                            message.startsAtMs = $parseInt(object.startsAtMs, 10);
                        else if (typeof object.startsAtMs === "number")
                            message.startsAtMs = object.startsAtMs;
                        else if (typeof object.startsAtMs === "object")
                            message.startsAtMs = new $util.LongBits(object.startsAtMs.low >>> 0, object.startsAtMs.high >>> 0).toNumber(true);
                if (object.layout != null)
                    if ($Number(object.layout) !== 0)
                        message.layout = object.layout >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an AdHour message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.AdHour
             * @static
             * @param {hub.v1.AdHour} message AdHour
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AdHour.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startsAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startsAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.layout = 0;
                }
                if (message.startsAtMs != null && $Object.hasOwnProperty.call(message, "startsAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startsAtMs = typeof message.startsAtMs === "number" ? $BigInt(message.startsAtMs) : $util.Long.fromBits(message.startsAtMs.low >>> 0, message.startsAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.startsAtMs === "number")
                        object.startsAtMs = options.longs === $String ? $String(message.startsAtMs) : message.startsAtMs;
                    else
                        object.startsAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startsAtMs) : options.longs === $Number ? new $util.LongBits(message.startsAtMs.low >>> 0, message.startsAtMs.high >>> 0).toNumber(true) : message.startsAtMs;
                if (message.layout != null && $Object.hasOwnProperty.call(message, "layout"))
                    object.layout = message.layout;
                return object;
            };

            /**
             * Converts this AdHour to JSON.
             * @function toJSON
             * @memberof hub.v1.AdHour
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AdHour.prototype.toJSON = function() {
                return AdHour.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AdHour
             * @function getTypeUrl
             * @memberof hub.v1.AdHour
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdHour.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.AdHour";
            };

            return AdHour;
        })();

        v1.AdLayout = (function() {

            /**
             * Properties of an AdLayout.
             * @typedef {Object} hub.v1.AdLayout.$Properties
             * @property {Array.<hub.v1.AdSlot.$Properties>|null} [slots] AdLayout slots
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdLayout.
             * @memberof hub.v1
             * @interface IAdLayout
             * @augments hub.v1.AdLayout.$Properties
             * @deprecated Use hub.v1.AdLayout.$Properties instead.
             */

            /**
             * Shape of an AdLayout.
             * @typedef {hub.v1.AdLayout.$Properties} hub.v1.AdLayout.$Shape
             */

            /**
             * Constructs a new AdLayout.
             * @memberof hub.v1
             * @classdesc Represents an AdLayout.
             * @constructor
             * @param {hub.v1.AdLayout.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdLayout = function (properties) {
                this.slots = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdLayout slots.
             * @member {Array.<hub.v1.AdSlot.$Properties>} slots
             * @memberof hub.v1.AdLayout
             * @instance
             */
            AdLayout.prototype.slots = $util.emptyArray;

            /**
             * Encodes the specified AdLayout message. Does not implicitly {@link hub.v1.AdLayout.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.AdLayout
             * @static
             * @param {hub.v1.AdLayout.$Properties} message AdLayout message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdLayout.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.slots != null && message.slots.length)
                    for (let i = 0; i < message.slots.length; ++i)
                        $root.hub.v1.AdSlot.encode(message.slots[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdLayout message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.AdLayout
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.AdLayout & hub.v1.AdLayout.$Shape} AdLayout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdLayout.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.AdLayout();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.slots && message.slots.length))
                                message.slots = [];
                            message.slots.push($root.hub.v1.AdSlot.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AdLayout message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.AdLayout
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.AdLayout} AdLayout
             */
            AdLayout.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.AdLayout)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.AdLayout: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.AdLayout();
                if (object.slots) {
                    if (!$Array.isArray(object.slots))
                        throw $TypeError(".hub.v1.AdLayout.slots: array expected");
                    message.slots = $Array(object.slots.length);
                    for (let i = 0; i < object.slots.length; ++i) {
                        if (!$util.isObject(object.slots[i]))
                            throw $TypeError(".hub.v1.AdLayout.slots: object expected");
                        message.slots[i] = $root.hub.v1.AdSlot.fromObject(object.slots[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an AdLayout message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.AdLayout
             * @static
             * @param {hub.v1.AdLayout} message AdLayout
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AdLayout.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.slots = [];
                if (message.slots && message.slots.length) {
                    object.slots = $Array(message.slots.length);
                    for (let j = 0; j < message.slots.length; ++j)
                        object.slots[j] = $root.hub.v1.AdSlot.toObject(message.slots[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this AdLayout to JSON.
             * @function toJSON
             * @memberof hub.v1.AdLayout
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AdLayout.prototype.toJSON = function() {
                return AdLayout.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AdLayout
             * @function getTypeUrl
             * @memberof hub.v1.AdLayout
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdLayout.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.AdLayout";
            };

            return AdLayout;
        })();

        v1.AdSlot = (function() {

            /**
             * Properties of an AdSlot.
             * @typedef {Object} hub.v1.AdSlot.$Properties
             * @property {Array.<number>|null} [rotation] AdSlot rotation
             * @property {Array.<number>|null} [fillers] AdSlot fillers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdSlot.
             * @memberof hub.v1
             * @interface IAdSlot
             * @augments hub.v1.AdSlot.$Properties
             * @deprecated Use hub.v1.AdSlot.$Properties instead.
             */

            /**
             * Shape of an AdSlot.
             * @typedef {hub.v1.AdSlot.$Properties} hub.v1.AdSlot.$Shape
             */

            /**
             * Constructs a new AdSlot.
             * @memberof hub.v1
             * @classdesc Represents an AdSlot.
             * @constructor
             * @param {hub.v1.AdSlot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdSlot = function (properties) {
                this.rotation = [];
                this.fillers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdSlot rotation.
             * @member {Array.<number>} rotation
             * @memberof hub.v1.AdSlot
             * @instance
             */
            AdSlot.prototype.rotation = $util.emptyArray;

            /**
             * AdSlot fillers.
             * @member {Array.<number>} fillers
             * @memberof hub.v1.AdSlot
             * @instance
             */
            AdSlot.prototype.fillers = $util.emptyArray;

            /**
             * Encodes the specified AdSlot message. Does not implicitly {@link hub.v1.AdSlot.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.AdSlot
             * @static
             * @param {hub.v1.AdSlot.$Properties} message AdSlot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdSlot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rotation != null && message.rotation.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.rotation);
                if (message.fillers != null && message.fillers.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.fillers);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdSlot message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.AdSlot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.AdSlot & hub.v1.AdSlot.$Shape} AdSlot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdSlot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.AdSlot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.rotation && message.rotation.length))
                                    message.rotation = [];
                                reader.uint32s(message.rotation);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.rotation && message.rotation.length))
                                message.rotation = [];
                            message.rotation.push(reader.uint32());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.fillers && message.fillers.length))
                                    message.fillers = [];
                                reader.uint32s(message.fillers);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.fillers && message.fillers.length))
                                message.fillers = [];
                            message.fillers.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AdSlot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.AdSlot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.AdSlot} AdSlot
             */
            AdSlot.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.AdSlot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.AdSlot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.AdSlot();
                if (object.rotation) {
                    if (!$Array.isArray(object.rotation))
                        throw $TypeError(".hub.v1.AdSlot.rotation: array expected");
                    message.rotation = $Array(object.rotation.length);
                    for (let i = 0; i < object.rotation.length; ++i)
                        message.rotation[i] = object.rotation[i] >>> 0;
                }
                if (object.fillers) {
                    if (!$Array.isArray(object.fillers))
                        throw $TypeError(".hub.v1.AdSlot.fillers: array expected");
                    message.fillers = $Array(object.fillers.length);
                    for (let i = 0; i < object.fillers.length; ++i)
                        message.fillers[i] = object.fillers[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from an AdSlot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.AdSlot
             * @static
             * @param {hub.v1.AdSlot} message AdSlot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AdSlot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.rotation = [];
                    object.fillers = [];
                }
                if (message.rotation && message.rotation.length) {
                    object.rotation = $Array(message.rotation.length);
                    for (let j = 0; j < message.rotation.length; ++j)
                        object.rotation[j] = message.rotation[j];
                }
                if (message.fillers && message.fillers.length) {
                    object.fillers = $Array(message.fillers.length);
                    for (let j = 0; j < message.fillers.length; ++j)
                        object.fillers[j] = message.fillers[j];
                }
                return object;
            };

            /**
             * Converts this AdSlot to JSON.
             * @function toJSON
             * @memberof hub.v1.AdSlot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AdSlot.prototype.toJSON = function() {
                return AdSlot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AdSlot
             * @function getTypeUrl
             * @memberof hub.v1.AdSlot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdSlot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.AdSlot";
            };

            return AdSlot;
        })();

        v1.AdTrigger = (function() {

            /**
             * Properties of an AdTrigger.
             * @typedef {Object} hub.v1.AdTrigger.$Properties
             * @property {number|null} [spot] AdTrigger spot
             * @property {number|null} [minAmountFen] AdTrigger minAmountFen
             * @property {number|null} [maxAmountFen] AdTrigger maxAmountFen
             * @property {number|null} [hoursMask] AdTrigger hoursMask
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdTrigger.
             * @memberof hub.v1
             * @interface IAdTrigger
             * @augments hub.v1.AdTrigger.$Properties
             * @deprecated Use hub.v1.AdTrigger.$Properties instead.
             */

            /**
             * Shape of an AdTrigger.
             * @typedef {hub.v1.AdTrigger.$Properties} hub.v1.AdTrigger.$Shape
             */

            /**
             * Constructs a new AdTrigger.
             * @memberof hub.v1
             * @classdesc Represents an AdTrigger.
             * @constructor
             * @param {hub.v1.AdTrigger.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdTrigger = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdTrigger spot.
             * @member {number} spot
             * @memberof hub.v1.AdTrigger
             * @instance
             */
            AdTrigger.prototype.spot = 0;

            /**
             * AdTrigger minAmountFen.
             * @member {number} minAmountFen
             * @memberof hub.v1.AdTrigger
             * @instance
             */
            AdTrigger.prototype.minAmountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AdTrigger maxAmountFen.
             * @member {number} maxAmountFen
             * @memberof hub.v1.AdTrigger
             * @instance
             */
            AdTrigger.prototype.maxAmountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AdTrigger hoursMask.
             * @member {number} hoursMask
             * @memberof hub.v1.AdTrigger
             * @instance
             */
            AdTrigger.prototype.hoursMask = 0;

            /**
             * Encodes the specified AdTrigger message. Does not implicitly {@link hub.v1.AdTrigger.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.AdTrigger
             * @static
             * @param {hub.v1.AdTrigger.$Properties} message AdTrigger message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdTrigger.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spot != null && $Object.hasOwnProperty.call(message, "spot") && message.spot !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.spot);
                if (message.minAmountFen != null && $Object.hasOwnProperty.call(message, "minAmountFen") && (typeof message.minAmountFen === "object" ? message.minAmountFen.low || message.minAmountFen.high : message.minAmountFen !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.minAmountFen);
                if (message.maxAmountFen != null && $Object.hasOwnProperty.call(message, "maxAmountFen") && (typeof message.maxAmountFen === "object" ? message.maxAmountFen.low || message.maxAmountFen.high : message.maxAmountFen !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.maxAmountFen);
                if (message.hoursMask != null && $Object.hasOwnProperty.call(message, "hoursMask") && message.hoursMask !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.hoursMask);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdTrigger message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.AdTrigger
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.AdTrigger & hub.v1.AdTrigger.$Shape} AdTrigger
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdTrigger.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.AdTrigger();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.spot = value;
                            else
                                delete message.spot;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minAmountFen = value;
                            else
                                delete message.minAmountFen;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxAmountFen = value;
                            else
                                delete message.maxAmountFen;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.hoursMask = value;
                            else
                                delete message.hoursMask;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AdTrigger message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.AdTrigger
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.AdTrigger} AdTrigger
             */
            AdTrigger.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.AdTrigger)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.AdTrigger: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.AdTrigger();
                if (object.spot != null)
                    if ($Number(object.spot) !== 0)
                        message.spot = object.spot >>> 0;
                if (object.minAmountFen != null)
                    if (typeof object.minAmountFen === "object" ? object.minAmountFen.low || object.minAmountFen.high : $Number(object.minAmountFen) !== 0)
                        if ($util.Long)
                            message.minAmountFen = $util.Long.fromValue(object.minAmountFen, false);
                        else if (typeof object.minAmountFen === "string")
                            message.minAmountFen = $parseInt(object.minAmountFen, 10);
                        else if (typeof object.minAmountFen === "number")
                            message.minAmountFen = object.minAmountFen;
                        else if (typeof object.minAmountFen === "object")
                            message.minAmountFen = new $util.LongBits(object.minAmountFen.low >>> 0, object.minAmountFen.high >>> 0).toNumber();
                if (object.maxAmountFen != null)
                    if (typeof object.maxAmountFen === "object" ? object.maxAmountFen.low || object.maxAmountFen.high : $Number(object.maxAmountFen) !== 0)
                        if ($util.Long)
                            message.maxAmountFen = $util.Long.fromValue(object.maxAmountFen, false);
                        else if (typeof object.maxAmountFen === "string")
                            message.maxAmountFen = $parseInt(object.maxAmountFen, 10);
                        else if (typeof object.maxAmountFen === "number")
                            message.maxAmountFen = object.maxAmountFen;
                        else if (typeof object.maxAmountFen === "object")
                            message.maxAmountFen = new $util.LongBits(object.maxAmountFen.low >>> 0, object.maxAmountFen.high >>> 0).toNumber();
                if (object.hoursMask != null)
                    if ($Number(object.hoursMask) !== 0)
                        message.hoursMask = object.hoursMask >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an AdTrigger message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.AdTrigger
             * @static
             * @param {hub.v1.AdTrigger} message AdTrigger
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AdTrigger.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.spot = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.minAmountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.minAmountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maxAmountFen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxAmountFen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.hoursMask = 0;
                }
                if (message.spot != null && $Object.hasOwnProperty.call(message, "spot"))
                    object.spot = message.spot;
                if (message.minAmountFen != null && $Object.hasOwnProperty.call(message, "minAmountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.minAmountFen = typeof message.minAmountFen === "number" ? $BigInt(message.minAmountFen) : $util.Long.fromBits(message.minAmountFen.low >>> 0, message.minAmountFen.high >>> 0, false).toBigInt();
                    else if (typeof message.minAmountFen === "number")
                        object.minAmountFen = options.longs === $String ? $String(message.minAmountFen) : message.minAmountFen;
                    else
                        object.minAmountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.minAmountFen) : options.longs === $Number ? new $util.LongBits(message.minAmountFen.low >>> 0, message.minAmountFen.high >>> 0).toNumber() : message.minAmountFen;
                if (message.maxAmountFen != null && $Object.hasOwnProperty.call(message, "maxAmountFen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxAmountFen = typeof message.maxAmountFen === "number" ? $BigInt(message.maxAmountFen) : $util.Long.fromBits(message.maxAmountFen.low >>> 0, message.maxAmountFen.high >>> 0, false).toBigInt();
                    else if (typeof message.maxAmountFen === "number")
                        object.maxAmountFen = options.longs === $String ? $String(message.maxAmountFen) : message.maxAmountFen;
                    else
                        object.maxAmountFen = options.longs === $String ? $util.Long.prototype.toString.call(message.maxAmountFen) : options.longs === $Number ? new $util.LongBits(message.maxAmountFen.low >>> 0, message.maxAmountFen.high >>> 0).toNumber() : message.maxAmountFen;
                if (message.hoursMask != null && $Object.hasOwnProperty.call(message, "hoursMask"))
                    object.hoursMask = message.hoursMask;
                return object;
            };

            /**
             * Converts this AdTrigger to JSON.
             * @function toJSON
             * @memberof hub.v1.AdTrigger
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AdTrigger.prototype.toJSON = function() {
                return AdTrigger.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AdTrigger
             * @function getTypeUrl
             * @memberof hub.v1.AdTrigger
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdTrigger.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.AdTrigger";
            };

            return AdTrigger;
        })();

        v1.AdScheduleAck = (function() {

            /**
             * Properties of an AdScheduleAck.
             * @typedef {Object} hub.v1.AdScheduleAck.$Properties
             * @property {number|null} [version] AdScheduleAck version
             * @property {Array.<string>|null} [missingCreativeIds] AdScheduleAck missingCreativeIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdScheduleAck.
             * @memberof hub.v1
             * @interface IAdScheduleAck
             * @augments hub.v1.AdScheduleAck.$Properties
             * @deprecated Use hub.v1.AdScheduleAck.$Properties instead.
             */

            /**
             * Shape of an AdScheduleAck.
             * @typedef {hub.v1.AdScheduleAck.$Properties} hub.v1.AdScheduleAck.$Shape
             */

            /**
             * Constructs a new AdScheduleAck.
             * @memberof hub.v1
             * @classdesc Represents an AdScheduleAck.
             * @constructor
             * @param {hub.v1.AdScheduleAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdScheduleAck = function (properties) {
                this.missingCreativeIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdScheduleAck version.
             * @member {number} version
             * @memberof hub.v1.AdScheduleAck
             * @instance
             */
            AdScheduleAck.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AdScheduleAck missingCreativeIds.
             * @member {Array.<string>} missingCreativeIds
             * @memberof hub.v1.AdScheduleAck
             * @instance
             */
            AdScheduleAck.prototype.missingCreativeIds = $util.emptyArray;

            /**
             * Encodes the specified AdScheduleAck message. Does not implicitly {@link hub.v1.AdScheduleAck.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.AdScheduleAck
             * @static
             * @param {hub.v1.AdScheduleAck.$Properties} message AdScheduleAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdScheduleAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.version);
                if (message.missingCreativeIds != null && message.missingCreativeIds.length)
                    for (let i = 0; i < message.missingCreativeIds.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.missingCreativeIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdScheduleAck message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.AdScheduleAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.AdScheduleAck & hub.v1.AdScheduleAck.$Shape} AdScheduleAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdScheduleAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.AdScheduleAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.missingCreativeIds && message.missingCreativeIds.length))
                                message.missingCreativeIds = [];
                            message.missingCreativeIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AdScheduleAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.AdScheduleAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.AdScheduleAck} AdScheduleAck
             */
            AdScheduleAck.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.AdScheduleAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.AdScheduleAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.AdScheduleAck();
                if (object.version != null)
                    if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = $parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                if (object.missingCreativeIds) {
                    if (!$Array.isArray(object.missingCreativeIds))
                        throw $TypeError(".hub.v1.AdScheduleAck.missingCreativeIds: array expected");
                    message.missingCreativeIds = $Array(object.missingCreativeIds.length);
                    for (let i = 0; i < object.missingCreativeIds.length; ++i)
                        message.missingCreativeIds[i] = $String(object.missingCreativeIds[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from an AdScheduleAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.AdScheduleAck
             * @static
             * @param {hub.v1.AdScheduleAck} message AdScheduleAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AdScheduleAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.missingCreativeIds = [];
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                if (message.missingCreativeIds && message.missingCreativeIds.length) {
                    object.missingCreativeIds = $Array(message.missingCreativeIds.length);
                    for (let j = 0; j < message.missingCreativeIds.length; ++j)
                        object.missingCreativeIds[j] = message.missingCreativeIds[j];
                }
                return object;
            };

            /**
             * Converts this AdScheduleAck to JSON.
             * @function toJSON
             * @memberof hub.v1.AdScheduleAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AdScheduleAck.prototype.toJSON = function() {
                return AdScheduleAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AdScheduleAck
             * @function getTypeUrl
             * @memberof hub.v1.AdScheduleAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdScheduleAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.AdScheduleAck";
            };

            return AdScheduleAck;
        })();

        /**
         * PlayTrigger enum.
         * @name hub.v1.PlayTrigger
         * @enum {number}
         * @property {number} PLAY_TRIGGER_UNSPECIFIED=0 PLAY_TRIGGER_UNSPECIFIED value
         * @property {number} PLAY_TRIGGER_LOOP=1 PLAY_TRIGGER_LOOP value
         * @property {number} PLAY_TRIGGER_PAYMENT=2 PLAY_TRIGGER_PAYMENT value
         */
        v1.PlayTrigger = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PLAY_TRIGGER_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PLAY_TRIGGER_LOOP"] = 1;
            values[valuesById[2] = "PLAY_TRIGGER_PAYMENT"] = 2;
            return values;
        })();

        v1.PlayProofBatch = (function() {

            /**
             * Properties of a PlayProofBatch.
             * @typedef {Object} hub.v1.PlayProofBatch.$Properties
             * @property {string|null} [batchId] PlayProofBatch batchId
             * @property {Array.<hub.v1.PlayProof.$Properties>|null} [records] PlayProofBatch records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlayProofBatch.
             * @memberof hub.v1
             * @interface IPlayProofBatch
             * @augments hub.v1.PlayProofBatch.$Properties
             * @deprecated Use hub.v1.PlayProofBatch.$Properties instead.
             */

            /**
             * Shape of a PlayProofBatch.
             * @typedef {hub.v1.PlayProofBatch.$Properties} hub.v1.PlayProofBatch.$Shape
             */

            /**
             * Constructs a new PlayProofBatch.
             * @memberof hub.v1
             * @classdesc Represents a PlayProofBatch.
             * @constructor
             * @param {hub.v1.PlayProofBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlayProofBatch = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlayProofBatch batchId.
             * @member {string} batchId
             * @memberof hub.v1.PlayProofBatch
             * @instance
             */
            PlayProofBatch.prototype.batchId = "";

            /**
             * PlayProofBatch records.
             * @member {Array.<hub.v1.PlayProof.$Properties>} records
             * @memberof hub.v1.PlayProofBatch
             * @instance
             */
            PlayProofBatch.prototype.records = $util.emptyArray;

            /**
             * Encodes the specified PlayProofBatch message. Does not implicitly {@link hub.v1.PlayProofBatch.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.PlayProofBatch
             * @static
             * @param {hub.v1.PlayProofBatch.$Properties} message PlayProofBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlayProofBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.batchId != null && $Object.hasOwnProperty.call(message, "batchId") && message.batchId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.batchId);
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        $root.hub.v1.PlayProof.encode(message.records[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PlayProofBatch message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.PlayProofBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.PlayProofBatch & hub.v1.PlayProofBatch.$Shape} PlayProofBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlayProofBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.PlayProofBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.batchId = value;
                            else
                                delete message.batchId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.records && message.records.length))
                                message.records = [];
                            message.records.push($root.hub.v1.PlayProof.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PlayProofBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.PlayProofBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.PlayProofBatch} PlayProofBatch
             */
            PlayProofBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.PlayProofBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.PlayProofBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.PlayProofBatch();
                if (object.batchId != null)
                    if (typeof object.batchId !== "string" || object.batchId.length)
                        message.batchId = $String(object.batchId);
                if (object.records) {
                    if (!$Array.isArray(object.records))
                        throw $TypeError(".hub.v1.PlayProofBatch.records: array expected");
                    message.records = $Array(object.records.length);
                    for (let i = 0; i < object.records.length; ++i) {
                        if (!$util.isObject(object.records[i]))
                            throw $TypeError(".hub.v1.PlayProofBatch.records: object expected");
                        message.records[i] = $root.hub.v1.PlayProof.fromObject(object.records[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PlayProofBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.PlayProofBatch
             * @static
             * @param {hub.v1.PlayProofBatch} message PlayProofBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlayProofBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.records = [];
                if (options.defaults)
                    object.batchId = "";
                if (message.batchId != null && $Object.hasOwnProperty.call(message, "batchId"))
                    object.batchId = message.batchId;
                if (message.records && message.records.length) {
                    object.records = $Array(message.records.length);
                    for (let j = 0; j < message.records.length; ++j)
                        object.records[j] = $root.hub.v1.PlayProof.toObject(message.records[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PlayProofBatch to JSON.
             * @function toJSON
             * @memberof hub.v1.PlayProofBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlayProofBatch.prototype.toJSON = function() {
                return PlayProofBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlayProofBatch
             * @function getTypeUrl
             * @memberof hub.v1.PlayProofBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlayProofBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.PlayProofBatch";
            };

            return PlayProofBatch;
        })();

        v1.PlayProofsAck = (function() {

            /**
             * Properties of a PlayProofsAck.
             * @typedef {Object} hub.v1.PlayProofsAck.$Properties
             * @property {Array.<string>|null} [batchIds] PlayProofsAck batchIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlayProofsAck.
             * @memberof hub.v1
             * @interface IPlayProofsAck
             * @augments hub.v1.PlayProofsAck.$Properties
             * @deprecated Use hub.v1.PlayProofsAck.$Properties instead.
             */

            /**
             * Shape of a PlayProofsAck.
             * @typedef {hub.v1.PlayProofsAck.$Properties} hub.v1.PlayProofsAck.$Shape
             */

            /**
             * Constructs a new PlayProofsAck.
             * @memberof hub.v1
             * @classdesc Represents a PlayProofsAck.
             * @constructor
             * @param {hub.v1.PlayProofsAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlayProofsAck = function (properties) {
                this.batchIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlayProofsAck batchIds.
             * @member {Array.<string>} batchIds
             * @memberof hub.v1.PlayProofsAck
             * @instance
             */
            PlayProofsAck.prototype.batchIds = $util.emptyArray;

            /**
             * Encodes the specified PlayProofsAck message. Does not implicitly {@link hub.v1.PlayProofsAck.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.PlayProofsAck
             * @static
             * @param {hub.v1.PlayProofsAck.$Properties} message PlayProofsAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlayProofsAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.batchIds != null && message.batchIds.length)
                    for (let i = 0; i < message.batchIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.batchIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PlayProofsAck message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.PlayProofsAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.PlayProofsAck & hub.v1.PlayProofsAck.$Shape} PlayProofsAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlayProofsAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.PlayProofsAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.batchIds && message.batchIds.length))
                                message.batchIds = [];
                            message.batchIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PlayProofsAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.PlayProofsAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.PlayProofsAck} PlayProofsAck
             */
            PlayProofsAck.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.PlayProofsAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.PlayProofsAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.PlayProofsAck();
                if (object.batchIds) {
                    if (!$Array.isArray(object.batchIds))
                        throw $TypeError(".hub.v1.PlayProofsAck.batchIds: array expected");
                    message.batchIds = $Array(object.batchIds.length);
                    for (let i = 0; i < object.batchIds.length; ++i)
                        message.batchIds[i] = $String(object.batchIds[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a PlayProofsAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.PlayProofsAck
             * @static
             * @param {hub.v1.PlayProofsAck} message PlayProofsAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlayProofsAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.batchIds = [];
                if (message.batchIds && message.batchIds.length) {
                    object.batchIds = $Array(message.batchIds.length);
                    for (let j = 0; j < message.batchIds.length; ++j)
                        object.batchIds[j] = message.batchIds[j];
                }
                return object;
            };

            /**
             * Converts this PlayProofsAck to JSON.
             * @function toJSON
             * @memberof hub.v1.PlayProofsAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlayProofsAck.prototype.toJSON = function() {
                return PlayProofsAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlayProofsAck
             * @function getTypeUrl
             * @memberof hub.v1.PlayProofsAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlayProofsAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.PlayProofsAck";
            };

            return PlayProofsAck;
        })();

        v1.PlayProof = (function() {

            /**
             * Properties of a PlayProof.
             * @typedef {Object} hub.v1.PlayProof.$Properties
             * @property {string|null} [creativeId] PlayProof creativeId
             * @property {string|null} [bookingId] PlayProof bookingId
             * @property {number|null} [startedAtMs] PlayProof startedAtMs
             * @property {number|null} [durationMs] PlayProof durationMs
             * @property {boolean|null} [completed] PlayProof completed
             * @property {hub.v1.PlayTrigger|null} [trigger] PlayProof trigger
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlayProof.
             * @memberof hub.v1
             * @interface IPlayProof
             * @augments hub.v1.PlayProof.$Properties
             * @deprecated Use hub.v1.PlayProof.$Properties instead.
             */

            /**
             * Shape of a PlayProof.
             * @typedef {hub.v1.PlayProof.$Properties} hub.v1.PlayProof.$Shape
             */

            /**
             * Constructs a new PlayProof.
             * @memberof hub.v1
             * @classdesc Represents a PlayProof.
             * @constructor
             * @param {hub.v1.PlayProof.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlayProof = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlayProof creativeId.
             * @member {string} creativeId
             * @memberof hub.v1.PlayProof
             * @instance
             */
            PlayProof.prototype.creativeId = "";

            /**
             * PlayProof bookingId.
             * @member {string} bookingId
             * @memberof hub.v1.PlayProof
             * @instance
             */
            PlayProof.prototype.bookingId = "";

            /**
             * PlayProof startedAtMs.
             * @member {number} startedAtMs
             * @memberof hub.v1.PlayProof
             * @instance
             */
            PlayProof.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PlayProof durationMs.
             * @member {number} durationMs
             * @memberof hub.v1.PlayProof
             * @instance
             */
            PlayProof.prototype.durationMs = 0;

            /**
             * PlayProof completed.
             * @member {boolean} completed
             * @memberof hub.v1.PlayProof
             * @instance
             */
            PlayProof.prototype.completed = false;

            /**
             * PlayProof trigger.
             * @member {hub.v1.PlayTrigger} trigger
             * @memberof hub.v1.PlayProof
             * @instance
             */
            PlayProof.prototype.trigger = 0;

            /**
             * Encodes the specified PlayProof message. Does not implicitly {@link hub.v1.PlayProof.verify|verify} messages.
             * @function encode
             * @memberof hub.v1.PlayProof
             * @static
             * @param {hub.v1.PlayProof.$Properties} message PlayProof message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlayProof.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.creativeId != null && $Object.hasOwnProperty.call(message, "creativeId") && message.creativeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.creativeId);
                if (message.bookingId != null && $Object.hasOwnProperty.call(message, "bookingId") && message.bookingId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bookingId);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.startedAtMs);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && message.durationMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.durationMs);
                if (message.completed != null && $Object.hasOwnProperty.call(message, "completed") && message.completed !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.completed);
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger") && message.trigger !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.trigger);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PlayProof message from the specified reader or buffer.
             * @function decode
             * @memberof hub.v1.PlayProof
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hub.v1.PlayProof & hub.v1.PlayProof.$Shape} PlayProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlayProof.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hub.v1.PlayProof();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.creativeId = value;
                            else
                                delete message.creativeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bookingId = value;
                            else
                                delete message.bookingId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.completed = value;
                            else
                                delete message.completed;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.trigger = value;
                            else
                                delete message.trigger;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PlayProof message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hub.v1.PlayProof
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hub.v1.PlayProof} PlayProof
             */
            PlayProof.fromObject = function (object, _depth) {
                if (object instanceof $root.hub.v1.PlayProof)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hub.v1.PlayProof: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hub.v1.PlayProof();
                if (object.creativeId != null)
                    if (typeof object.creativeId !== "string" || object.creativeId.length)
                        message.creativeId = $String(object.creativeId);
                if (object.bookingId != null)
                    if (typeof object.bookingId !== "string" || object.bookingId.length)
                        message.bookingId = $String(object.bookingId);
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, true);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber(true);
                if (object.durationMs != null)
                    if ($Number(object.durationMs) !== 0)
                        message.durationMs = object.durationMs >>> 0;
                if (object.completed != null)
                    if (object.completed)
                        message.completed = $Boolean(object.completed);
                if (object.trigger !== 0 && (typeof object.trigger !== "string" || $root.hub.v1.PlayTrigger[object.trigger] !== 0))
                    switch (object.trigger) {
                    case "PLAY_TRIGGER_UNSPECIFIED":
                    case 0:
                        message.trigger = 0;
                        break;
                    case "PLAY_TRIGGER_LOOP":
                    case 1:
                        message.trigger = 1;
                        break;
                    case "PLAY_TRIGGER_PAYMENT":
                    case 2:
                        message.trigger = 2;
                        break;
                    default:
                        if (typeof object.trigger === "number" && (object.trigger | 0) === object.trigger)
                            message.trigger = object.trigger;
                    }
                return message;
            };

            /**
             * Creates a plain object from a PlayProof message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hub.v1.PlayProof
             * @static
             * @param {hub.v1.PlayProof} message PlayProof
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlayProof.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.creativeId = "";
                    object.bookingId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.durationMs = 0;
                    object.completed = false;
                    object.trigger = options.enums === $String ? "PLAY_TRIGGER_UNSPECIFIED" : 0;
                }
                if (message.creativeId != null && $Object.hasOwnProperty.call(message, "creativeId"))
                    object.creativeId = message.creativeId;
                if (message.bookingId != null && $Object.hasOwnProperty.call(message, "bookingId"))
                    object.bookingId = message.bookingId;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    object.durationMs = message.durationMs;
                if (message.completed != null && $Object.hasOwnProperty.call(message, "completed"))
                    object.completed = message.completed;
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                    object.trigger = options.enums === $String ? $root.hub.v1.PlayTrigger[message.trigger] === $undefined ? message.trigger : $root.hub.v1.PlayTrigger[message.trigger] : message.trigger;
                return object;
            };

            /**
             * Converts this PlayProof to JSON.
             * @function toJSON
             * @memberof hub.v1.PlayProof
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlayProof.prototype.toJSON = function() {
                return PlayProof.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlayProof
             * @function getTypeUrl
             * @memberof hub.v1.PlayProof
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlayProof.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hub.v1.PlayProof";
            };

            return PlayProof;
        })();

        return v1;
    })();

    return hub;
})();

export {
  $root as default
};
