// What each uplink field may hold before the hub stores or acts on it: the
// range its column and its meaning allow. Fields not named here get the
// defaults at the bottom (integers exact in a double and so in a bigint column;
// text without NUL and at most DEFAULT_MAX_TEXT characters), so a new field is
// bounded from the day it is added.
import { CommandStatus, NetworkType, OtaState, PlayTrigger } from '@screenhub/protocol';

export interface FieldLimit {
  min?: number;
  max?: number;
  /** Allowed values (enums). */
  oneOf?: ReadonlySet<number>;
  /** Characters, for text; items, for repeated fields. */
  maxLength?: number;
}

const enumValues = (values: Record<string, unknown>): ReadonlySet<number> => new Set(Object.values(values).filter((v): v is number => typeof v === 'number'));

/** PostgreSQL `integer` columns (reported_version, progress_pct, duration_ms) stop at 2^31 − 1, below uint32's top. */
const INT4_MAX = 2_147_483_647;

/** `<body kind>.<field>` (camelCase, as decoded); a repeated message's fields as `<kind>.<field>[].<inner>`. */
export const FIELD_LIMITS: Readonly<Record<string, FieldLimit>> = {
  // The weakest signal any modem reports is about −140 dBm; 0 is the strongest meaningful reading.
  'heartbeat.rssiDbm': { min: -150, max: 0 },
  // Tenths of a degree: −40 °C to 150 °C covers every rated board; outside it the sensor is broken.
  'heartbeat.temperatureDc': { min: -400, max: 1500 },
  'heartbeat.networkType': { oneOf: enumValues(NetworkType) },
  'heartbeat.appVersion': { maxLength: 64 },
  'hello.firmwareVersion': { maxLength: 64 },
  'hello.appVersion': { maxLength: 64 },
  'hello.model': { maxLength: 64 },
  'hello.hardwareRevision': { maxLength: 64 },
  // An ICCID is 19–22 digits.
  'hello.iccid': { maxLength: 22 },
  // A screen waits on one payment at a time; 16 covers a day of bad signal. Each is checked as an order number (payments/hello-replay.ts).
  'hello.awaitingOrderNos': { maxLength: 16 },
  'hello.awaitingOrderNos[]': { maxLength: 64 },
  // Acquirers take order numbers up to 64 characters and auth codes of 16–24 digits.
  'payRequest.orderNo': { maxLength: 64 },
  'payRequest.authCode': { maxLength: 64 },
  'payRequest.currency': { maxLength: 3 },
  'payRequest.subject': { maxLength: 256 },
  'payRequest.signature': { maxLength: 64 },
  'qrPayRequest.orderNo': { maxLength: 64 },
  'qrPayRequest.currency': { maxLength: 3 },
  'qrPayRequest.subject': { maxLength: 256 },
  'qrPayRequest.signature': { maxLength: 64 },
  'commandResult.status': { oneOf: enumValues(CommandStatus) },
  'commandResult.message': { maxLength: 1024 },
  'configReport.version': { min: 0, max: INT4_MAX },
  // The whole reported config; the config keys are small, this leaves room for `custom`.
  'configReport.reportedJson': { maxLength: 65_536 },
  'configReport.error': { maxLength: 1024 },
  'otaStatus.state': { oneOf: enumValues(OtaState) },
  'otaStatus.progressPct': { min: 0, max: 100 },
  'otaStatus.reason': { maxLength: 1024 },
  'adScheduleAck.missingCreativeIds': { maxLength: 1000 },
  'playProofs.records': { maxLength: 10_000 },
  'playProofs.records[].durationMs': { min: 1, max: INT4_MAX },
  'playProofs.records[].trigger': { oneOf: enumValues(PlayTrigger) },
};

/** Text without a limit of its own (ids, versions, reasons). */
export const DEFAULT_MAX_TEXT = 256;
/** Bytes without a limit of their own. */
export const DEFAULT_MAX_BYTES = 1024;
