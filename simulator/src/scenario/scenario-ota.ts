// The OTA campaign of a scenario run: the release key the simulated screens
// trust, a signed release of random bytes uploaded through the API, and a
// campaign to every screen of the run, started at `ota.atSeconds`.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { signRelease } from '@screenhub/protocol';
import type { Scenario } from './scenario.js';

/** The hub's API as the CLI calls it (JSON in and out, bearer token). */
export type ApiCall = <T>(method: string, path: string, body?: unknown) => Promise<T>;

interface Campaign {
  id: string;
  state: string;
  pauseReason: string | null;
  currentWave: number;
  progress: { total: Record<string, number> };
}

export class ScenarioOta {
  private readonly keys = generateKeyPairSync('ed25519');
  private campaignId: string | undefined;

  constructor(private readonly settings: NonNullable<Scenario['ota']>) {}

  /** For the screens: the public key, PEM. */
  get trustedKeyPem(): string {
    return this.keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  get launched(): boolean {
    return this.campaignId !== undefined;
  }

  async launch(call: ApiCall, uploadPackage: (releaseId: string, content: Buffer) => Promise<void>, deviceIds: string[], runId: string): Promise<void> {
    const key = await call<{ id: string }>('POST', '/api/ota/signing-keys', { name: `simulator ${runId}`, publicKey: this.trustedKeyPem });
    const content = randomBytes(this.settings.packageKiB * 1024);
    // A version no screen runs yet: the run's start time as the patch number.
    const version = `9.0.${Date.now()}`;
    const manifest = { kind: 'app' as const, version, sizeBytes: content.length, sha256Hex: createHash('sha256').update(content).digest('hex') };
    const release = await call<{ id: string }>('POST', '/api/releases', { kind: 'app', version, keyId: key.id, signature: signRelease(manifest, this.keys.privateKey).toString('base64'), notes: `simulator run ${runId}` });
    await uploadPackage(release.id, content);
    const campaign = await call<Campaign>('POST', '/api/ota/campaigns', {
      name: `simulator ${runId}`,
      releaseId: release.id,
      target: { deviceIds },
      waves: this.settings.waves,
      soakMinutes: this.settings.soakSeconds / 60,
      failureThresholdPct: this.settings.failureThresholdPct,
      minFinished: this.settings.minFinished,
      installWindow: this.settings.installWindow,
      offerTtlHours: 1,
      start: true,
    });
    this.campaignId = campaign.id;
  }

  async status(call: ApiCall): Promise<Campaign | undefined> {
    return this.campaignId ? call<Campaign>('GET', `/api/ota/campaigns/${this.campaignId}`) : undefined;
  }
}
