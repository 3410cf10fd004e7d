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
            qrPayRequest?: (hub.v1.QrPayRequest.$Properties|null);
            commandResult?: (hub.v1.CommandResult.$Properties|null);
            configReport?: (hub.v1.ConfigReport.$Properties|null);
            otaStatus?: (hub.v1.OtaStatus.$Properties|null);
            adScheduleAck?: (hub.v1.AdScheduleAck.$Properties|null);
            playProofs?: (hub.v1.PlayProofBatch.$Properties|null);
            body?: ("hello"|"heartbeat"|"payRequest"|"qrPayRequest"|"commandResult"|"configReport"|"otaStatus"|"adScheduleAck"|"playProofs");
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
                qrPayRequest?: (hub.v1.QrPayRequest.$Properties|null);
                commandResult?: (hub.v1.CommandResult.$Properties|null);
                configReport?: (hub.v1.ConfigReport.$Properties|null);
                otaStatus?: (hub.v1.OtaStatus.$Properties|null);
                adScheduleAck?: (hub.v1.AdScheduleAck.$Properties|null);
                playProofs?: (hub.v1.PlayProofBatch.$Properties|null);
                body?: ("hello"|"heartbeat"|"payRequest"|"qrPayRequest"|"commandResult"|"configReport"|"otaStatus"|"adScheduleAck"|"playProofs");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              messageId?: number|null;
              sentAtMs?: number|null;
              hello?: hub.v1.Hello.$Shape|null;
              heartbeat?: hub.v1.Heartbeat.$Shape|null;
              payRequest?: hub.v1.PayRequest.$Shape|null;
              qrPayRequest?: hub.v1.QrPayRequest.$Shape|null;
              commandResult?: hub.v1.CommandResult.$Shape|null;
              configReport?: hub.v1.ConfigReport.$Shape|null;
              otaStatus?: hub.v1.OtaStatus.$Shape|null;
              adScheduleAck?: hub.v1.AdScheduleAck.$Shape|null;
              playProofs?: hub.v1.PlayProofBatch.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "hello"; hello: hub.v1.Hello.$Shape; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "heartbeat"; hello?: null; heartbeat: hub.v1.Heartbeat.$Shape; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "payRequest"; hello?: null; heartbeat?: null; payRequest: hub.v1.PayRequest.$Shape; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "qrPayRequest"; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest: hub.v1.QrPayRequest.$Shape; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "commandResult"; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult: hub.v1.CommandResult.$Shape; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "configReport"; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport: hub.v1.ConfigReport.$Shape; otaStatus?: null; adScheduleAck?: null; playProofs?: null }|{ body?: "otaStatus"; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus: hub.v1.OtaStatus.$Shape; adScheduleAck?: null; playProofs?: null }|{ body?: "adScheduleAck"; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck: hub.v1.AdScheduleAck.$Shape; playProofs?: null }|{ body?: "playProofs"; hello?: null; heartbeat?: null; payRequest?: null; qrPayRequest?: null; commandResult?: null; configReport?: null; otaStatus?: null; adScheduleAck?: null; playProofs: hub.v1.PlayProofBatch.$Shape })
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
            signature: Uint8Array;
            welcome?: (hub.v1.Welcome.$Properties|null);
            payResult?: (hub.v1.PayResult.$Properties|null);
            qrCode?: (hub.v1.QrCode.$Properties|null);
            command?: (hub.v1.Command.$Properties|null);
            configUpdate?: (hub.v1.ConfigUpdate.$Properties|null);
            otaOffer?: (hub.v1.OtaOffer.$Properties|null);
            adSchedule?: (hub.v1.AdSchedule.$Properties|null);
            reconnect?: (hub.v1.Reconnect.$Properties|null);
            playProofsAck?: (hub.v1.PlayProofsAck.$Properties|null);
            body?: ("welcome"|"payResult"|"qrCode"|"command"|"configUpdate"|"otaOffer"|"adSchedule"|"reconnect"|"playProofsAck");
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
                signature?: (Uint8Array|null);
                welcome?: (hub.v1.Welcome.$Properties|null);
                payResult?: (hub.v1.PayResult.$Properties|null);
                qrCode?: (hub.v1.QrCode.$Properties|null);
                command?: (hub.v1.Command.$Properties|null);
                configUpdate?: (hub.v1.ConfigUpdate.$Properties|null);
                otaOffer?: (hub.v1.OtaOffer.$Properties|null);
                adSchedule?: (hub.v1.AdSchedule.$Properties|null);
                reconnect?: (hub.v1.Reconnect.$Properties|null);
                playProofsAck?: (hub.v1.PlayProofsAck.$Properties|null);
                body?: ("welcome"|"payResult"|"qrCode"|"command"|"configUpdate"|"otaOffer"|"adSchedule"|"reconnect"|"playProofsAck");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              messageId?: number|null;
              sentAtMs?: number|null;
              replyTo?: number|null;
              signature?: Uint8Array|null;
              welcome?: hub.v1.Welcome.$Shape|null;
              payResult?: hub.v1.PayResult.$Shape|null;
              qrCode?: hub.v1.QrCode.$Shape|null;
              command?: hub.v1.Command.$Shape|null;
              configUpdate?: hub.v1.ConfigUpdate.$Shape|null;
              otaOffer?: hub.v1.OtaOffer.$Shape|null;
              adSchedule?: hub.v1.AdSchedule.$Shape|null;
              reconnect?: hub.v1.Reconnect.$Shape|null;
              playProofsAck?: hub.v1.PlayProofsAck.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; welcome?: null; payResult?: null; qrCode?: null; command?: null; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "welcome"; welcome: hub.v1.Welcome.$Shape; payResult?: null; qrCode?: null; command?: null; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "payResult"; welcome?: null; payResult: hub.v1.PayResult.$Shape; qrCode?: null; command?: null; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "qrCode"; welcome?: null; payResult?: null; qrCode: hub.v1.QrCode.$Shape; command?: null; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "command"; welcome?: null; payResult?: null; qrCode?: null; command: hub.v1.Command.$Shape; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "configUpdate"; welcome?: null; payResult?: null; qrCode?: null; command?: null; configUpdate: hub.v1.ConfigUpdate.$Shape; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "otaOffer"; welcome?: null; payResult?: null; qrCode?: null; command?: null; configUpdate?: null; otaOffer: hub.v1.OtaOffer.$Shape; adSchedule?: null; reconnect?: null; playProofsAck?: null }|{ body?: "adSchedule"; welcome?: null; payResult?: null; qrCode?: null; command?: null; configUpdate?: null; otaOffer?: null; adSchedule: hub.v1.AdSchedule.$Shape; reconnect?: null; playProofsAck?: null }|{ body?: "reconnect"; welcome?: null; payResult?: null; qrCode?: null; command?: null; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect: hub.v1.Reconnect.$Shape; playProofsAck?: null }|{ body?: "playProofsAck"; welcome?: null; payResult?: null; qrCode?: null; command?: null; configUpdate?: null; otaOffer?: null; adSchedule?: null; reconnect?: null; playProofsAck: hub.v1.PlayProofsAck.$Shape })
            );
        }

        interface IReconnect extends hub.v1.Reconnect.$Properties {
        }

        class Reconnect {
            constructor(properties?: hub.v1.Reconnect.$Properties);
            $unknowns?: Uint8Array[];
            delayMs: number;
            spreadMs: number;
            static encode(message: hub.v1.Reconnect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.Reconnect & hub.v1.Reconnect.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.Reconnect;
            static toObject(message: hub.v1.Reconnect, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reconnect {
            interface $Properties {
                delayMs?: (number|null);
                spreadMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.Reconnect.$Properties;
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
            awaitingOrderNos: string[];
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
                awaitingOrderNos?: (string[]|null);
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
            PAY_STATUS_REFUNDED = 4,
            PAY_STATUS_RETRY_LATER = 5
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
            retryAfterMs: number;
            chargedFen: number;
            discountFen: number;
            discountName: string;
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
                retryAfterMs?: (number|null);
                chargedFen?: (number|null);
                discountFen?: (number|null);
                discountName?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.PayResult.$Properties;
        }

        interface IQrPayRequest extends hub.v1.QrPayRequest.$Properties {
        }

        class QrPayRequest {
            constructor(properties?: hub.v1.QrPayRequest.$Properties);
            $unknowns?: Uint8Array[];
            orderNo: string;
            amountFen: number;
            currency: string;
            signedAtMs: number;
            signature: Uint8Array;
            subject: string;
            static encode(message: hub.v1.QrPayRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.QrPayRequest & hub.v1.QrPayRequest.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.QrPayRequest;
            static toObject(message: hub.v1.QrPayRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace QrPayRequest {
            interface $Properties {
                orderNo?: (string|null);
                amountFen?: (number|null);
                currency?: (string|null);
                signedAtMs?: (number|null);
                signature?: (Uint8Array|null);
                subject?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.QrPayRequest.$Properties;
        }

        interface IQrCode extends hub.v1.QrCode.$Properties {
        }

        class QrCode {
            constructor(properties?: hub.v1.QrCode.$Properties);
            $unknowns?: Uint8Array[];
            orderNo: string;
            content: string;
            expiresAtMs: number;
            amountFen: number;
            static encode(message: hub.v1.QrCode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.QrCode & hub.v1.QrCode.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.QrCode;
            static toObject(message: hub.v1.QrCode, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace QrCode {
            interface $Properties {
                orderNo?: (string|null);
                content?: (string|null);
                expiresAtMs?: (number|null);
                amountFen?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.QrCode.$Properties;
        }

        enum CommandType {
            COMMAND_TYPE_UNSPECIFIED = 0,
            COMMAND_TYPE_REBOOT = 1,
            COMMAND_TYPE_SET_VOLUME = 2,
            COMMAND_TYPE_PLAY_TEST_ANNOUNCEMENT = 3,
            COMMAND_TYPE_UPLOAD_LOGS = 4,
            COMMAND_TYPE_TAKE_SCREENSHOT = 5
        }

        interface ICommand extends hub.v1.Command.$Properties {
        }

        class Command {
            constructor(properties?: hub.v1.Command.$Properties);
            $unknowns?: Uint8Array[];
            commandId: string;
            type: hub.v1.CommandType;
            volume: number;
            text: string;
            expiresAtMs: number;
            uploadUrl: string;
            uploadToken: string;
            static encode(message: hub.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.Command & hub.v1.Command.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.Command;
            static toObject(message: hub.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {
            interface $Properties {
                commandId?: (string|null);
                type?: (hub.v1.CommandType|null);
                volume?: (number|null);
                text?: (string|null);
                expiresAtMs?: (number|null);
                uploadUrl?: (string|null);
                uploadToken?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.Command.$Properties;
        }

        enum CommandStatus {
            COMMAND_STATUS_UNSPECIFIED = 0,
            COMMAND_STATUS_ACKED = 1,
            COMMAND_STATUS_SUCCEEDED = 2,
            COMMAND_STATUS_FAILED = 3
        }

        interface ICommandResult extends hub.v1.CommandResult.$Properties {
        }

        class CommandResult {
            constructor(properties?: hub.v1.CommandResult.$Properties);
            $unknowns?: Uint8Array[];
            commandId: string;
            status: hub.v1.CommandStatus;
            message: string;
            static encode(message: hub.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.CommandResult & hub.v1.CommandResult.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.CommandResult;
            static toObject(message: hub.v1.CommandResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandResult {
            interface $Properties {
                commandId?: (string|null);
                status?: (hub.v1.CommandStatus|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.CommandResult.$Properties;
        }

        interface IConfigUpdate extends hub.v1.ConfigUpdate.$Properties {
        }

        class ConfigUpdate {
            constructor(properties?: hub.v1.ConfigUpdate.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            desiredJson: string;
            deltaJson: string;
            static encode(message: hub.v1.ConfigUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.ConfigUpdate & hub.v1.ConfigUpdate.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.ConfigUpdate;
            static toObject(message: hub.v1.ConfigUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigUpdate {
            interface $Properties {
                version?: (number|null);
                desiredJson?: (string|null);
                deltaJson?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.ConfigUpdate.$Properties;
        }

        interface IConfigReport extends hub.v1.ConfigReport.$Properties {
        }

        class ConfigReport {
            constructor(properties?: hub.v1.ConfigReport.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            reportedJson: string;
            error: string;
            static encode(message: hub.v1.ConfigReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.ConfigReport & hub.v1.ConfigReport.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.ConfigReport;
            static toObject(message: hub.v1.ConfigReport, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigReport {
            interface $Properties {
                version?: (number|null);
                reportedJson?: (string|null);
                error?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.ConfigReport.$Properties;
        }

        interface IOtaOffer extends hub.v1.OtaOffer.$Properties {
        }

        class OtaOffer {
            constructor(properties?: hub.v1.OtaOffer.$Properties);
            $unknowns?: Uint8Array[];
            campaignId: string;
            releaseId: string;
            kind: string;
            version: string;
            sizeBytes: number;
            sha256Hex: string;
            signature: Uint8Array;
            keyId: string;
            downloadUrl: string;
            expiresAtMs: number;
            installWindow?: (hub.v1.InstallWindow.$Properties|null);
            withdrawn: boolean;
            static encode(message: hub.v1.OtaOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.OtaOffer & hub.v1.OtaOffer.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.OtaOffer;
            static toObject(message: hub.v1.OtaOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace OtaOffer {
            interface $Properties {
                campaignId?: (string|null);
                releaseId?: (string|null);
                kind?: (string|null);
                version?: (string|null);
                sizeBytes?: (number|null);
                sha256Hex?: (string|null);
                signature?: (Uint8Array|null);
                keyId?: (string|null);
                downloadUrl?: (string|null);
                expiresAtMs?: (number|null);
                installWindow?: (hub.v1.InstallWindow.$Properties|null);
                withdrawn?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.OtaOffer.$Properties;
        }

        interface IInstallWindow extends hub.v1.InstallWindow.$Properties {
        }

        class InstallWindow {
            constructor(properties?: hub.v1.InstallWindow.$Properties);
            $unknowns?: Uint8Array[];
            anyTime: boolean;
            tradingHoursJson: string;
            timeZone: string;
            static encode(message: hub.v1.InstallWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.InstallWindow & hub.v1.InstallWindow.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.InstallWindow;
            static toObject(message: hub.v1.InstallWindow, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InstallWindow {
            interface $Properties {
                anyTime?: (boolean|null);
                tradingHoursJson?: (string|null);
                timeZone?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.InstallWindow.$Properties;
        }

        enum OtaState {
            OTA_STATE_UNSPECIFIED = 0,
            OTA_STATE_DOWNLOADING = 1,
            OTA_STATE_DOWNLOADED = 2,
            OTA_STATE_VERIFYING = 3,
            OTA_STATE_WAITING = 4,
            OTA_STATE_INSTALLING = 5,
            OTA_STATE_SUCCEEDED = 6,
            OTA_STATE_FAILED = 7,
            OTA_STATE_ROLLED_BACK = 8
        }

        interface IOtaStatus extends hub.v1.OtaStatus.$Properties {
        }

        class OtaStatus {
            constructor(properties?: hub.v1.OtaStatus.$Properties);
            $unknowns?: Uint8Array[];
            campaignId: string;
            state: hub.v1.OtaState;
            progressPct: number;
            reason: string;
            version: string;
            static encode(message: hub.v1.OtaStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.OtaStatus & hub.v1.OtaStatus.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.OtaStatus;
            static toObject(message: hub.v1.OtaStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace OtaStatus {
            interface $Properties {
                campaignId?: (string|null);
                state?: (hub.v1.OtaState|null);
                progressPct?: (number|null);
                reason?: (string|null);
                version?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.OtaStatus.$Properties;
        }

        interface IAdSchedule extends hub.v1.AdSchedule.$Properties {
        }

        class AdSchedule {
            constructor(properties?: hub.v1.AdSchedule.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            validFromMs: number;
            validUntilMs: number;
            loopSeconds: number;
            slotSeconds: number;
            timeZone: string;
            creatives: hub.v1.AdCreative.$Properties[];
            spots: hub.v1.AdSpot.$Properties[];
            hours: hub.v1.AdHour.$Properties[];
            triggers: hub.v1.AdTrigger.$Properties[];
            layouts: hub.v1.AdLayout.$Properties[];
            static encode(message: hub.v1.AdSchedule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.AdSchedule & hub.v1.AdSchedule.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.AdSchedule;
            static toObject(message: hub.v1.AdSchedule, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdSchedule {
            interface $Properties {
                version?: (number|null);
                validFromMs?: (number|null);
                validUntilMs?: (number|null);
                loopSeconds?: (number|null);
                slotSeconds?: (number|null);
                timeZone?: (string|null);
                creatives?: (hub.v1.AdCreative.$Properties[]|null);
                spots?: (hub.v1.AdSpot.$Properties[]|null);
                hours?: (hub.v1.AdHour.$Properties[]|null);
                triggers?: (hub.v1.AdTrigger.$Properties[]|null);
                layouts?: (hub.v1.AdLayout.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.AdSchedule.$Properties;
        }

        interface IAdCreative extends hub.v1.AdCreative.$Properties {
        }

        class AdCreative {
            constructor(properties?: hub.v1.AdCreative.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            url: string;
            sha256Hex: string;
            mediaType: string;
            sizeBytes: number;
            durationMs: number;
            static encode(message: hub.v1.AdCreative.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.AdCreative & hub.v1.AdCreative.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.AdCreative;
            static toObject(message: hub.v1.AdCreative, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdCreative {
            interface $Properties {
                id?: (string|null);
                url?: (string|null);
                sha256Hex?: (string|null);
                mediaType?: (string|null);
                sizeBytes?: (number|null);
                durationMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.AdCreative.$Properties;
        }

        enum AdKind {
            AD_KIND_UNSPECIFIED = 0,
            AD_KIND_BOOKED = 1,
            AD_KIND_HOUSE = 2,
            AD_KIND_CROSS_PROMOTION = 3
        }

        interface IAdSpot extends hub.v1.AdSpot.$Properties {
        }

        class AdSpot {
            constructor(properties?: hub.v1.AdSpot.$Properties);
            $unknowns?: Uint8Array[];
            creative: number;
            bookingId: string;
            maxPlaysPerHour: number;
            kind: hub.v1.AdKind;
            static encode(message: hub.v1.AdSpot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.AdSpot & hub.v1.AdSpot.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.AdSpot;
            static toObject(message: hub.v1.AdSpot, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdSpot {
            interface $Properties {
                creative?: (number|null);
                bookingId?: (string|null);
                maxPlaysPerHour?: (number|null);
                kind?: (hub.v1.AdKind|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.AdSpot.$Properties;
        }

        interface IAdHour extends hub.v1.AdHour.$Properties {
        }

        class AdHour {
            constructor(properties?: hub.v1.AdHour.$Properties);
            $unknowns?: Uint8Array[];
            startsAtMs: number;
            layout: number;
            static encode(message: hub.v1.AdHour.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.AdHour & hub.v1.AdHour.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.AdHour;
            static toObject(message: hub.v1.AdHour, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdHour {
            interface $Properties {
                startsAtMs?: (number|null);
                layout?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.AdHour.$Properties;
        }

        interface IAdLayout extends hub.v1.AdLayout.$Properties {
        }

        class AdLayout {
            constructor(properties?: hub.v1.AdLayout.$Properties);
            $unknowns?: Uint8Array[];
            slots: hub.v1.AdSlot.$Properties[];
            static encode(message: hub.v1.AdLayout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.AdLayout & hub.v1.AdLayout.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.AdLayout;
            static toObject(message: hub.v1.AdLayout, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdLayout {
            interface $Properties {
                slots?: (hub.v1.AdSlot.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.AdLayout.$Properties;
        }

        interface IAdSlot extends hub.v1.AdSlot.$Properties {
        }

        class AdSlot {
            constructor(properties?: hub.v1.AdSlot.$Properties);
            $unknowns?: Uint8Array[];
            rotation: number[];
            fillers: number[];
            static encode(message: hub.v1.AdSlot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.AdSlot & hub.v1.AdSlot.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.AdSlot;
            static toObject(message: hub.v1.AdSlot, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdSlot {
            interface $Properties {
                rotation?: (number[]|null);
                fillers?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.AdSlot.$Properties;
        }

        interface IAdTrigger extends hub.v1.AdTrigger.$Properties {
        }

        class AdTrigger {
            constructor(properties?: hub.v1.AdTrigger.$Properties);
            $unknowns?: Uint8Array[];
            spot: number;
            minAmountFen: number;
            maxAmountFen: number;
            hoursMask: number;
            static encode(message: hub.v1.AdTrigger.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.AdTrigger & hub.v1.AdTrigger.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.AdTrigger;
            static toObject(message: hub.v1.AdTrigger, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdTrigger {
            interface $Properties {
                spot?: (number|null);
                minAmountFen?: (number|null);
                maxAmountFen?: (number|null);
                hoursMask?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.AdTrigger.$Properties;
        }

        interface IAdScheduleAck extends hub.v1.AdScheduleAck.$Properties {
        }

        class AdScheduleAck {
            constructor(properties?: hub.v1.AdScheduleAck.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            missingCreativeIds: string[];
            static encode(message: hub.v1.AdScheduleAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.AdScheduleAck & hub.v1.AdScheduleAck.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.AdScheduleAck;
            static toObject(message: hub.v1.AdScheduleAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdScheduleAck {
            interface $Properties {
                version?: (number|null);
                missingCreativeIds?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.AdScheduleAck.$Properties;
        }

        enum PlayTrigger {
            PLAY_TRIGGER_UNSPECIFIED = 0,
            PLAY_TRIGGER_LOOP = 1,
            PLAY_TRIGGER_PAYMENT = 2
        }

        interface IPlayProofBatch extends hub.v1.PlayProofBatch.$Properties {
        }

        class PlayProofBatch {
            constructor(properties?: hub.v1.PlayProofBatch.$Properties);
            $unknowns?: Uint8Array[];
            batchId: string;
            records: hub.v1.PlayProof.$Properties[];
            static encode(message: hub.v1.PlayProofBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.PlayProofBatch & hub.v1.PlayProofBatch.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.PlayProofBatch;
            static toObject(message: hub.v1.PlayProofBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlayProofBatch {
            interface $Properties {
                batchId?: (string|null);
                records?: (hub.v1.PlayProof.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.PlayProofBatch.$Properties;
        }

        interface IPlayProofsAck extends hub.v1.PlayProofsAck.$Properties {
        }

        class PlayProofsAck {
            constructor(properties?: hub.v1.PlayProofsAck.$Properties);
            $unknowns?: Uint8Array[];
            batchIds: string[];
            static encode(message: hub.v1.PlayProofsAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.PlayProofsAck & hub.v1.PlayProofsAck.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.PlayProofsAck;
            static toObject(message: hub.v1.PlayProofsAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlayProofsAck {
            interface $Properties {
                batchIds?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.PlayProofsAck.$Properties;
        }

        interface IPlayProof extends hub.v1.PlayProof.$Properties {
        }

        class PlayProof {
            constructor(properties?: hub.v1.PlayProof.$Properties);
            $unknowns?: Uint8Array[];
            creativeId: string;
            bookingId: string;
            startedAtMs: number;
            durationMs: number;
            completed: boolean;
            trigger: hub.v1.PlayTrigger;
            static encode(message: hub.v1.PlayProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hub.v1.PlayProof & hub.v1.PlayProof.$Shape;
            static fromObject(object: { [k: string]: any }): hub.v1.PlayProof;
            static toObject(message: hub.v1.PlayProof, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlayProof {
            interface $Properties {
                creativeId?: (string|null);
                bookingId?: (string|null);
                startedAtMs?: (number|null);
                durationMs?: (number|null);
                completed?: (boolean|null);
                trigger?: (hub.v1.PlayTrigger|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hub.v1.PlayProof.$Properties;
        }
    }
}
