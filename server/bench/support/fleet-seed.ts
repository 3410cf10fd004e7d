// Seeds a large fleet straight into the hub's database (PGlite data directory
// or PostgreSQL), the way a bank's migration would land it: merchants spread
// over cities, districts and business areas, one store each, devices with
// models, versions, tags, online state and last-seen times, a static group and
// a dynamic one. Seeding through the API would take longer than the
// measurements; the registry queries measured afterwards go through HTTP.
//
// Every seeded device's MQTT secret is `secret-<device id>` and its payment key
// the SHA-256 of `payment-<device id>`, so the soak can connect them and they
// can check the hub's signature on their downlinks.
import { createHash } from 'node:crypto';
import { openDatabase } from '../../src/db/open-database.js';
import { SecretBox } from '../../src/platform/secret-box.js';

/** Devices whose sealed payment keys go to the database in one statement. */
const PAYMENT_KEY_CHUNK = 10_000;

export const seededSecret = (deviceId: string) => `secret-${deviceId}`;
const seededPaymentKeyBytes = (deviceId: string) => createHash('sha256').update(`payment-${deviceId}`).digest();
/** The payment key the seed gives a device, base64url as provisioning hands it out. */
export const seededPaymentKey = (deviceId: string) => seededPaymentKeyBytes(deviceId).toString('base64url');
export const seededDeviceId = (i: number) => `SN${String(i).padStart(7, '0')}`;
/** What the i-th seeded screen is, as the seed stores it (the SQL below computes the same). */
export const seededHello = (i: number) => ({
  model: ['P30', 'P30S', 'Q10', 'Q20'][i % 4]!,
  firmwareVersion: `1.${i % 3}`,
  appVersion: `2.${i % 5}.1`,
  hardwareRevision: 'B',
  iccid: `898600${String(i).padStart(14, '0')}`,
});
/**
 * The first `count` seeded screens with their MQTT secrets and payment keys. `sayWhatIsStored`: each says in Hello what the seed
 * stored of it, as screens that have been connected before do (otherwise every first Hello rewrites its devices row).
 */
export const seededDevices = (count: number, options: { sayWhatIsStored?: boolean } = {}) =>
  Array.from({ length: count }, (_, i) => ({
    id: seededDeviceId(i),
    secret: seededSecret(seededDeviceId(i)),
    paymentKey: seededPaymentKey(seededDeviceId(i)),
    ...(options.sayWhatIsStored ? { hello: seededHello(i) } : {}),
  }));

export interface SeedOptions {
  databaseUrl?: string;
  dataDir: string;
  devices: number;
  merchants: number;
  /** Members of the static group "Bench pilot". */
  staticGroupSize: number;
}

const cities = ['杭州', '上海', '北京', '深圳', '广州', '成都', '武汉', '南京', '西安', '重庆', '苏州', '天津', '长沙', '郑州', '青岛', '宁波', '厦门', '合肥', '昆明', '大连'];
const categories = ['5812', '5411', '5814', '5499', '5912', '5311', '7230', '5999'];

export async function seedFleet(options: SeedOptions): Promise<{ tenantId: string; staticGroupId: string; dynamicGroupId: string }> {
  const db = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir, embedded: 'pglite', poolSize: 2 });
  // The hub's own key (HUB_ENCRYPTION_KEY, else the one its first start left in the data directory) seals the payment keys.
  const secretBox = await SecretBox.load(process.env.HUB_ENCRYPTION_KEY, options.dataDir);
  try {
    const tenantId = (await db.query<{ id: string }>('select id from tenants where is_root')).rows[0]!.id;
    await db.transaction(async (tx) => {
      await tx.query(
        `insert into merchants (tenant_id, name, acquirer, acquirer_credentials, merchant_category_code, city, district, business_area)
         select $1, 'Bench merchant ' || i, 'wechat', '\\x00'::bytea, ($2::text[])[1 + i % cardinality($2::text[])],
                ($3::text[])[1 + i % cardinality($3::text[])], 'District ' || (i % 8), 'Area ' || (i % 40)
         from generate_series(0, $4::int - 1) i`,
        [tenantId, categories, cities, options.merchants],
      );
      await tx.query(
        `insert into stores (tenant_id, merchant_id, name, address, latitude, longitude)
         select tenant_id, id, name || ' store', 'No. 1 Bench Road', 30 + random(), 120 + random() from merchants where tenant_id = $1`,
        [tenantId],
      );
      await tx.query(
        `with m as (select s.merchant_id, s.id as store_id, row_number() over (order by s.merchant_id) - 1 as n from stores s where s.tenant_id = $1)
         insert into devices (id, tenant_id, name, secret_hash, model, firmware_version, app_version, hardware_revision, iccid, merchant_id, store_id, tags)
         select 'SN' || lpad(i::text, 7, '0'), $1, 'Counter ' || i, sha256(convert_to('secret-SN' || lpad(i::text, 7, '0'), 'UTF8')),
                (array['P30', 'P30S', 'Q10', 'Q20'])[1 + i % 4], '1.' || (i % 3), '2.' || (i % 5) || '.1', 'B', '898600' || lpad(i::text, 14, '0'),
                m.merchant_id, m.store_id,
                case when i % 10 = 0 then array['vip'] when i % 7 = 0 then array['pilot'] else '{}' end
         from generate_series(0, $2::int - 1) i join m on m.n = i % $3::int`,
        [tenantId, options.devices, options.merchants],
      );
      for (let first = 0; first < options.devices; first += PAYMENT_KEY_CHUNK) {
        const ids = Array.from({ length: Math.min(PAYMENT_KEY_CHUNK, options.devices - first) }, (_, i) => seededDeviceId(first + i));
        await tx.query(
          `update devices d set payment_key = decode(k.sealed, 'hex') from unnest($1::text[], $2::text[]) as k(id, sealed) where d.id = k.id`,
          [ids, ids.map((id) => secretBox.seal(seededPaymentKeyBytes(id)).toString('hex'))],
        );
      }
      // Every device has its live-state row (0017_device_live.sql).
      await tx.query(
        `insert into device_live (device_id, tenant_id, online, last_seen_at, last_heartbeat, last_heartbeat_at)
         select 'SN' || lpad(i::text, 7, '0'), $1, false, now() - (i % 1440) * interval '1 minute',
                jsonb_build_object('uptimeS', 3600 + i % 86400, 'rssiDbm', -50 - i % 40, 'networkType', case when i % 4 = 0 then 'wifi' else 'cellular_4g' end,
                                   'temperatureDc', 350 + i % 100, 'freeStorageBytes', 2000000000, 'freeMemoryBytes', 150000000, 'appVersion', '2.' || (i % 5) || '.1'),
                now() - (i % 1440) * interval '1 minute'
         from generate_series(0, $2::int - 1) i`,
        [tenantId, options.devices],
      );
    });
    const staticGroupId = (
      await db.query<{ id: string }>(`insert into device_groups (tenant_id, name, kind, priority) values ($1, 'Bench pilot', 'static', 1) returning id`, [tenantId])
    ).rows[0]!.id;
    await db.query(
      `insert into device_group_members (group_id, device_id, tenant_id)
       select $2, 'SN' || lpad((i * 7)::text, 7, '0'), $1 from generate_series(0, $3::int - 1) i where i * 7 < $4`,
      [tenantId, staticGroupId, options.staticGroupSize, options.devices],
    );
    const dynamicGroupId = (
      await db.query<{ id: string }>(
        `insert into device_groups (tenant_id, name, kind, query, priority) values ($1, 'Hangzhou stale', 'dynamic', $2, 2) returning id`,
        [tenantId, 'city = "杭州" and lastSeenAt < now-12h and model in ("P30", "Q10")'],
      )
    ).rows[0]!.id;
    await db.exec('analyze');
    return { tenantId, staticGroupId, dynamicGroupId };
  } finally {
    await db.close();
  }
}
