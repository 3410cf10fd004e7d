// The payments benchmark's screens, written straight into the running hub's
// PostgreSQL database and assigned to one merchant: 10,000 screens in a second
// or two, where the API (a POST and a PUT per screen) takes minutes on a busy
// machine. The rows are what POST /api/devices writes (the device and its
// live-state row, the secret's hash, the payment key sealed with the hub's key);
// the screens then connect and pay through MQTT like any others. Config layers
// are not recomputed for them (a PUT would): payments do not read them.
import pg from 'pg';
import { hashDeviceSecret } from '../../src/devices/device-credentials.js';
import { SecretBox } from '../../src/platform/secret-box.js';
import { seededPaymentKey, seededSecret } from './fleet-seed.js';

/** Screens per statement: 10,000 rows of ids, hashes and sealed keys stay well under a megabyte. */
const CHUNK = 5_000;

/** What the seeded screens say in Hello, stored with them so that their first Hello rewrites no row. */
export const PAYMENT_SCREEN_HELLO = { model: 'SIM-P1', firmwareVersion: '1.0.0', appVersion: '1.0.0', hardwareRevision: 'A', iccid: '' };

export interface ScreenCredentials {
  id: string;
  secret: string;
  paymentKey: string;
}

export async function seedPaymentScreens(options: { databaseUrl: string; dataDir: string; merchantId: string; count: number }): Promise<ScreenCredentials[]> {
  // A prefix of its own each run: a reused database keeps the screens of earlier runs.
  const prefix = `PB${Date.now().toString(36)}`;
  const screens = Array.from({ length: options.count }, (_, i) => {
    const id = `${prefix}${String(i).padStart(6, '0')}`;
    return { id, secret: seededSecret(id), paymentKey: seededPaymentKey(id) };
  });
  const secretBox = await SecretBox.load(process.env.HUB_ENCRYPTION_KEY, options.dataDir);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const hello = PAYMENT_SCREEN_HELLO;
    for (let first = 0; first < screens.length; first += CHUNK) {
      const chunk = screens.slice(first, first + CHUNK);
      await client.query(
        `with d as (
           insert into devices (id, tenant_id, name, secret_hash, payment_key, merchant_id, model, firmware_version, app_version, hardware_revision, iccid)
           select k.id, m.tenant_id, 'Bench counter ' || k.id, decode(k.secret_hash, 'hex'), decode(k.sealed_key, 'hex'), m.id, $5, $6, $7, $8, $9
           from unnest($2::text[], $3::text[], $4::text[]) as k(id, secret_hash, sealed_key) cross join merchants m where m.id = $1
           returning id, tenant_id)
         insert into device_live (device_id, tenant_id) select id, tenant_id from d`,
        [
          options.merchantId,
          chunk.map((s) => s.id),
          chunk.map((s) => hashDeviceSecret(s.secret).toString('hex')),
          chunk.map((s) => secretBox.seal(Buffer.from(s.paymentKey, 'base64url')).toString('hex')),
          hello.model,
          hello.firmwareVersion,
          hello.appVersion,
          hello.hardwareRevision,
          hello.iccid,
        ],
      );
    }
    await client.query('analyze devices, device_live');
  } finally {
    await client.end();
  }
  return screens;
}
