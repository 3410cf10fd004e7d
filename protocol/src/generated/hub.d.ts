import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace hub {

    namespace v1 {

        interface IUplink extends hub.v1.Uplink.$Properties {
        }

        class Uplink {
            constructor(properties?: hub.v1.Uplink.$Properties);
            $unknowns?: Uint8Array[];
            messageId: number;
            sentAtMs: number;
            hello?: (hub.v1.Hello.$Properties|null);
            heartbeat?: (hub.v1.Heartbeat.$Properties|null);
            payRequest?: (hub.v1.PayRequest.$Properties|null);
            body?: ("hello"|"heartbeat"|"payRequest");
            static encode(message: hub.v1.Uplink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.Uplink & hub.v1.Uplink.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.Uplink;
            static toObject(message: hub.v1.Uplink, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Uplink {
            interface $Properties {
                messageId?: (number|null);
                sentAtMs?: (number|null);
                hello?: (hub.v1.Hello.$Properties|null);
                heartbeat?: (hub.v1.Heartbeat.$Properties|null);
                payRequest?: (hub.v1.PayRequest.$Properties|null);
                body?: ("hello"|"heartbeat"|"payRequest");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              messageId?: number|null;
              sentAtMs?: number|null;
              hello?: hub.v1.Hello.$Shape|null;
              heartbeat?: hub.v1.Heartbeat.$Shape|null;
              payRequest?: hub.v1.PayRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; heartbeat?: null; payRequest?: null }|{ body?: "hello"; hello: hub.v1.Hello.$Shape; heartbeat?: null; payRequest?: null }|{ body?: "heartbeat"; hello?: null; heartbeat: hub.v1.Heartbeat.$Shape; payRequest?: null }|{ body?: "payRequest"; hello?: null; heartbeat?: null; payRequest: hub.v1.PayRequest.$Shape })
            );
        }

        interface IDownlink extends hub.v1.Downlink.$Properties {
        }

        class Downlink {
            constructor(properties?: hub.v1.Downlink.$Properties);
            $unknowns?: Uint8Array[];
            messageId: number;
            sentAtMs: number;
            replyTo: number;
            welcome?: (hub.v1.Welcome.$Properties|null);
            payResult?: (hub.v1.PayResult.$Properties|null);
            body?: ("welcome"|"payResult");
            static encode(message: hub.v1.Downlink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.Downlink & hub.v1.Downlink.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.Downlink;
            static toObject(message: hub.v1.Downlink, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Downlink {
            interface $Properties {
                messageId?: (number|null);
                sentAtMs?: (number|null);
                replyTo?: (number|null);
                welcome?: (hub.v1.Welcome.$Properties|null);
                payResult?: (hub.v1.PayResult.$Properties|null);
                body?: ("welcome"|"payResult");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              messageId?: number|null;
              sentAtMs?: number|null;
              replyTo?: number|null;
              welcome?: hub.v1.Welcome.$Shape|null;
              payResult?: hub.v1.PayResult.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; welcome?: null; payResult?: null }|{ body?: "welcome"; welcome: hub.v1.Welcome.$Shape; payResult?: null }|{ body?: "payResult"; welcome?: null; payResult: hub.v1.PayResult.$Shape })
            );
        }

        interface IHello extends hub.v1.Hello.$Properties {
        }

        class Hello {
            constructor(properties?: hub.v1.Hello.$Properties);
            $unknowns?: Uint8Array[];
            firmwareVersion: string;
            appVersion: string;
            model: string;
            hardwareRevision: string;
            iccid: string;
            static encode(message: hub.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.Hello & hub.v1.Hello.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.Hello;
            static toObject(message: hub.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {
            interface $Properties {
                firmwareVersion?: (string|null);
                appVersion?: (string|null);
                model?: (string|null);
                hardwareRevision?: (string|null);
                iccid?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.Hello.$Properties;
        }

        enum NetworkType {
            NETWORK_TYPE_UNSPECIFIED = 0,
            NETWORK_TYPE_WIFI = 1,
            NETWORK_TYPE_ETHERNET = 2,
            NETWORK_TYPE_CELLULAR_2G = 3,
            NETWORK_TYPE_CELLULAR_4G = 4,
            NETWORK_TYPE_CELLULAR_5G = 5
        }

        interface IHeartbeat extends hub.v1.Heartbeat.$Properties {
        }

        class Heartbeat {
            constructor(properties?: hub.v1.Heartbeat.$Properties);
            $unknowns?: Uint8Array[];
            uptimeS: number;
            rssiDbm: number;
            networkType: hub.v1.NetworkType;
            temperatureDc: number;
            freeStorageBytes: number;
            freeMemoryBytes: number;
            appVersion: string;
            static encode(message: hub.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.Heartbeat & hub.v1.Heartbeat.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.Heartbeat;
            static toObject(message: hub.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {
            interface $Properties {
                uptimeS?: (number|null);
                rssiDbm?: (number|null);
                networkType?: (hub.v1.NetworkType|null);
                temperatureDc?: (number|null);
                freeStorageBytes?: (number|null);
                freeMemoryBytes?: (number|null);
                appVersion?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.Heartbeat.$Properties;
        }

        interface IWelcome extends hub.v1.Welcome.$Properties {
        }

        class Welcome {
            constructor(properties?: hub.v1.Welcome.$Properties);
            $unknowns?: Uint8Array[];
            serverTimeMs: number;
            heartbeatIntervalS: number;
            deviceId: string;
            static encode(message: hub.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.Welcome & hub.v1.Welcome.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.Welcome;
            static toObject(message: hub.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Welcome {
            interface $Properties {
                serverTimeMs?: (number|null);
                heartbeatIntervalS?: (number|null);
                deviceId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.Welcome.$Properties;
        }

        interface IPayRequest extends hub.v1.PayRequest.$Properties {
        }

        class PayRequest {
            constructor(properties?: hub.v1.PayRequest.$Properties);
            $unknowns?: Uint8Array[];
            orderNo: string;
            amountFen: number;
            currency: string;
            authCode: string;
            signedAtMs: number;
            signature: Uint8Array;
            subject: string;
            static encode(message: hub.v1.PayRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.PayRequest & hub.v1.PayRequest.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.PayRequest;
            static toObject(message: hub.v1.PayRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PayRequest {
            interface $Properties {
                orderNo?: (string|null);
                amountFen?: (number|null);
                currency?: (string|null);
                authCode?: (string|null);
                signedAtMs?: (number|null);
                signature?: (Uint8Array|null);
                subject?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.PayRequest.$Properties;
        }

        enum PayStatus {
            PAY_STATUS_UNSPECIFIED = 0,
            PAY_STATUS_SUCCEEDED = 1,
            PAY_STATUS_FAILED = 2,
            PAY_STATUS_CANCELLED = 3,
            PAY_STATUS_REFUNDED = 4
        }

        interface IPayResult extends hub.v1.PayResult.$Properties {
        }

        class PayResult {
            constructor(properties?: hub.v1.PayResult.$Properties);
            $unknowns?: Uint8Array[];
            orderNo: string;
            status: hub.v1.PayStatus;
            amountFen: number;
            channel: string;
            paidAtMs: number;
            speech: string;
            failureReason: string;
            transactionId: string;
            static encode(message: hub.v1.PayResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.PayResult & hub.v1.PayResult.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.PayResult;
            static toObject(message: hub.v1.PayResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PayResult {
            interface $Properties {
                orderNo?: (string|null);
                status?: (hub.v1.PayStatus|null);
                amountFen?: (number|null);
                channel?: (string|null);
                paidAtMs?: (number|null);
                speech?: (string|null);
                failureReason?: (string|null);
                transactionId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.PayResult.$Properties;
        }
    }
}
