// Request and response schemas of the devices API.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Nullable } from '../platform/nullable-schema.js';

const DateTime = Type.String({ format: 'date-time' });

export const DeviceStatusSchema = Type.Union([Type.Literal('active'), Type.Literal('blocked'), Type.Literal('decommissioned')]);

/** Null where the screen sent a value out of range, which the hub dropped (README, Screens on MQTT). */
const Maybe = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const HeartbeatSchema = Type.Object({
  uptimeS: Maybe(Type.Integer()),
  rssiDbm: Maybe(Type.Integer({ description: 'dBm' })),
  networkType: Maybe(Type.String({ examples: ['wifi', 'cellular_4g'] })),
  temperatureDc: Maybe(Type.Integer({ description: 'tenths of a degree Celsius' })),
  freeStorageBytes: Maybe(Type.Integer()),
  freeMemoryBytes: Maybe(Type.Integer()),
  appVersion: Maybe(Type.String()),
});

export const DeviceSchema = Type.Object({
  id: Type.String(),
  tenantId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  status: DeviceStatusSchema,
  model: Nullable(Type.String()),
  firmwareVersion: Nullable(Type.String()),
  appVersion: Nullable(Type.String()),
  hardwareRevision: Nullable(Type.String()),
  iccid: Nullable(Type.String()),
  online: Type.Boolean(),
  lastSeenAt: Nullable(DateTime),
  lastConnectedAt: Nullable(DateTime),
  lastDisconnectedAt: Nullable(DateTime),
  lastDisconnectReason: Nullable(Type.String()),
  lastHeartbeat: Type.Union([HeartbeatSchema, Type.Null()]),
  lastHeartbeatAt: Nullable(DateTime),
  merchantId: Nullable(Type.String({ format: 'uuid' })),
  storeId: Nullable(Type.String({ format: 'uuid' })),
  tags: Type.Array(Type.String()),
  networkType: Nullable(Type.String()),
  secretRotatedAt: DateTime,
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type DeviceDto = Static<typeof DeviceSchema>;

export const DeviceIdParams = Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) });

export const CreateDeviceBody = Type.Object(
  {
    id: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'device id (e.g. its serial); generated when omitted' })),
    name: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const DeviceWithSecretSchema = Type.Composite([
  DeviceSchema,
  Type.Object({
    secret: Type.String({ description: 'MQTT password; shown only in this response' }),
    paymentKey: Type.String({ description: 'base64url HMAC-SHA256 key for PayRequest signatures; shown only in this response' }),
  }),
]);

/** PUT body: react-admin sends the whole record; only these fields are writable, the rest is ignored. */
export const UpdateDeviceBody = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 200 })),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('blocked')], { description: 'blocked disconnects the screen and refuses it' })),
  merchantId: Type.Optional(Type.String({ format: 'uuid', description: 'the merchant whose acquirer takes this screen\'s payments' })),
  storeId: Type.Optional(Type.String({ format: 'uuid', description: 'the store it stands in; sets the merchant to the store\'s' })),
  tags: Type.Optional(Type.Array(Type.String({ pattern: '^[^\\s,]{1,40}$' }), { maxItems: 50, uniqueItems: true })),
});

export const PresenceEventSchema = Type.Object({
  id: Type.Integer(),
  online: Type.Boolean(),
  reason: Nullable(Type.String()),
  remoteAddress: Nullable(Type.String()),
  at: DateTime,
});

export const DeviceListFilter = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  id: Type.Optional(Type.Union([Type.String(), Type.Array(Type.String(), { maxItems: 1000 })])),
  status: Type.Optional(DeviceStatusSchema),
  online: Type.Optional(Type.Boolean()),
  model: Type.Optional(Type.String()),
  appVersion: Type.Optional(Type.String()),
  firmwareVersion: Type.Optional(Type.String()),
  merchantId: Type.Optional(Type.String({ format: 'uuid' })),
  storeId: Type.Optional(Type.String({ format: 'uuid' })),
  tag: Type.Optional(Type.String()),
  query: Type.Optional(Type.String({ maxLength: 4000, description: 'a registry query, see the README' })),
  city: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "the screen's merchant's city" })),
  alerting: Type.Optional(Type.Boolean({ description: 'true: screens with an open alert; false: without' })),
  lastSeenBefore: Type.Optional(Type.String({ format: 'date-time', description: 'last seen before this time (or never)' })),
  trading: Type.Optional(Type.Boolean({ description: "true: screens whose merchant is open now (its trading hours, in its time zone); false: the others" })),
}, { additionalProperties: false });

export const HeartbeatBucketSchema = Type.Object({
  at: DateTime,
  count: Type.Integer(),
  rssiAvgDbm: Type.Union([Type.Integer(), Type.Null()]),
  temperatureMaxDc: Type.Union([Type.Integer(), Type.Null()]),
  freeStorageMinBytes: Type.Union([Type.Integer(), Type.Null()]),
  freeMemoryMinBytes: Type.Union([Type.Integer(), Type.Null()]),
  uptimeMaxS: Type.Union([Type.Integer(), Type.Null()]),
});
