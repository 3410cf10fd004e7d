import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ httpPort: 8080, mqttPort: 1883, databaseUrl: undefined, liveStateFlushMs: 1000 });
    // Acquirer gateways: their production (and sandbox) URLs only, and no extra CA.
    expect(config.alipayGateways).toContain('https://openapi.alipay.com/gateway.do');
    expect(config.wechatGateways).toContain('https://api.mch.weixin.qq.com');
    expect(config.acquirerCaFile).toBeUndefined();
  });

  it('reads the acquirer gateway lists, comma-separated', () => {
    const config = loadConfig({ HUB_WECHAT_GATEWAYS: 'https://api.mch.weixin.qq.com, https://127.0.0.1:8443' });
    expect(config.wechatGateways).toEqual(['https://api.mch.weixin.qq.com', 'https://127.0.0.1:8443']);
  });

  it('reads the trusted proxies: addresses and CIDR ranges, comma-separated', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ HUB_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,fd00::/8' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', 'fd00::/8']);
  });

  it.each([
    [{ HUB_HTTP_PORT: 'eighty' }, 'HUB_HTTP_PORT'],
    [{ HUB_MQTT_PORT: '70000' }, 'HUB_MQTT_PORT'],
    [{ HUB_LOG_LEVEL: 'loud' }, 'HUB_LOG_LEVEL'],
    [{ HUB_MQTT_TLS_CERT: '/cert.pem' }, 'HUB_MQTT_TLS_KEY'],
    [{ HUB_JWT_SECRET: 'short' }, 'HUB_JWT_SECRET'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ HUB_EMBEDDED_DATABASE: 'mongodb' }, 'HUB_EMBEDDED_DATABASE'],
    // Several processes cannot share PGlite (it lives in one process); the embedded server they can.
    [{ HUB_WORKERS: '2', HUB_REDIS_URL: 'redis://127.0.0.1:6379', HUB_EMBEDDED_DATABASE: 'pglite' }, 'DATABASE_URL'],
    [{ HUB_ADMIN_EMAIL: 'a@b.c' }, 'HUB_ADMIN_PASSWORD'],
    [{ HUB_ADMIN_EMAIL: 'a@b.c', HUB_ADMIN_PASSWORD: 'short' }, 'HUB_ADMIN_PASSWORD'],
    [{ HUB_ALIPAY_GATEWAYS: 'http://openapi.alipay.com/gateway.do' }, 'HUB_ALIPAY_GATEWAYS'],
    [{ HUB_WECHAT_GATEWAYS: 'https://api.mch.weixin.qq.com,file:///etc/passwd' }, 'HUB_WECHAT_GATEWAYS'],
    [{ HUB_WECHAT_GATEWAYS: 'https://user:pw@api.mch.weixin.qq.com' }, 'HUB_WECHAT_GATEWAYS'],
    [{ HUB_TRUST_PROXY: 'haproxy' }, 'HUB_TRUST_PROXY'],
    [{ HUB_TRUST_PROXY: '10.0.0.0/33' }, 'HUB_TRUST_PROXY'],
    [{ HUB_TRUST_PROXY: '10.0.0.1,fd00::/129' }, 'HUB_TRUST_PROXY'],
    [{ HUB_PAY_RETRY_AFTER_MS: '60000' }, 'HUB_PAY_RETRY_AFTER_MS'],
    // Conformance mode's journal is in one process's memory.
    [{ HUB_CONFORMANCE: 'true', HUB_REDIS_URL: 'redis://127.0.0.1:6379' }, 'HUB_CONFORMANCE'],
    [{ HUB_CONFORMANCE: 'yes' }, 'HUB_CONFORMANCE'],
  ])('refuses %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
