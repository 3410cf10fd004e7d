// Encryption at rest for secrets the hub must read back (acquirer credentials,
// device payment keys): AES-256-GCM with a random nonce per value. Layout:
// version byte (1) | nonce (12) | tag (16) | ciphertext. The key comes from
// HUB_ENCRYPTION_KEY, or a random one kept in the data directory.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const VERSION = 1;

declare module 'fastify' {
  interface FastifyInstance {
    secretBox: SecretBox;
  }
}

export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  static fromKey(key: Buffer): SecretBox {
    if (key.length !== 32) throw new Error('encryption key must be 32 bytes');
    return new SecretBox(key);
  }

  /** HUB_ENCRYPTION_KEY (base64 of 32 bytes) when configured, else the data directory's key file. */
  static async load(configured: string | undefined, dataDir: string): Promise<SecretBox> {
    if (configured) return SecretBox.fromKey(Buffer.from(configured, 'base64'));
    const file = join(dataDir, 'encryption-key');
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
    return SecretBox.fromKey(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64'));
  }

  seal(plain: Buffer | string): Buffer {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), body]);
  }

  /**
   * A keyed MAC for tokens the hub hands out and later checks without storing
   * them (upload tokens). Its key is derived from the encryption key per purpose.
   */
  mac(purpose: string, data: string): string {
    const key = Buffer.from(hkdfSync('sha256', this.key, Buffer.alloc(0), `screenhub mac ${purpose}`, 32));
    return createHmac('sha256', key).update(data).digest('base64url');
  }

  verifyMac(purpose: string, data: string, mac: string): boolean {
    const expected = Buffer.from(this.mac(purpose, data));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  open(sealed: Uint8Array): Buffer {
    const data = Buffer.from(sealed);
    if (data[0] !== VERSION) throw new Error('unknown secret box version');
    const decipher = createDecipheriv('aes-256-gcm', this.key, data.subarray(1, 13));
    decipher.setAuthTag(data.subarray(13, 29));
    return Buffer.concat([decipher.update(data.subarray(29)), decipher.final()]);
  }
}
