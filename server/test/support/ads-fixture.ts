// Ads set-up for tests: an advertiser with an API key, media uploads as raw
// bodies, and a creative taken all the way to approved.
import type { ApiClient, ApiResponse } from './api-client.js';
import { pngImage } from './ad-media.js';

export const ALL_AD_SCOPES = ['availability:read', 'bookings:read', 'bookings:write', 'creatives:read', 'creatives:write', 'reports:read'];

/** As an operator: a new advertiser and one API key (every scope unless told); returns its id and the key's token. */
export async function createAdvertiser(
  operator: ApiClient,
  spec: { name: string; category: string; scopes?: string[] },
): Promise<{ id: string; token: string; keyId: string }> {
  const created = await operator.post('/api/advertisers', { name: spec.name, category: spec.category });
  if (created.status !== 201) throw new Error(`create advertiser: ${created.status} ${JSON.stringify(created.body)}`);
  const key = await operator.post(`/api/advertisers/${created.body.id}/keys`, { name: `${spec.name} key`, scopes: spec.scopes ?? ALL_AD_SCOPES });
  if (key.status !== 201) throw new Error(`create API key: ${key.status} ${JSON.stringify(key.body)}`);
  return { id: created.body.id, token: key.body.token, keyId: key.body.id };
}

/** PUTs raw media bytes (as `contentType`) to a creative, with the caller's token (an operator JWT or an API key). */
export async function putMedia(caller: ApiClient, creativeId: string, bytes: Buffer, contentType: string): Promise<ApiResponse> {
  const response = await fetch(`${caller.baseUrl}/api/creatives/${creativeId}/media`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${caller.token}`, 'content-type': contentType },
    body: bytes,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text };
}

export interface CreativeSpec {
  name?: string;
  /** The advertiser; none makes a house creative. */
  advertiserId?: string;
  category?: string;
  durationMs?: number;
  media?: { bytes: Buffer; contentType: string };
}

/** As an operator: creates a creative, uploads its media (a 320×180 PNG unless told) and approves it. */
export async function uploadApprovedCreative(operator: ApiClient, spec: CreativeSpec = {}): Promise<any> {
  // Undefined keys are left out of the JSON: an advertiser's creative takes the advertiser's category.
  const created = await operator.post('/api/creatives', {
    name: spec.name ?? 'Approved creative',
    advertiserId: spec.advertiserId,
    category: spec.category ?? (spec.advertiserId ? undefined : 'house'),
    durationMs: spec.durationMs,
  });
  if (created.status !== 201) throw new Error(`create creative: ${created.status} ${JSON.stringify(created.body)}`);
  const media = spec.media ?? { bytes: pngImage(320, 180), contentType: 'image/png' };
  const uploaded = await putMedia(operator, created.body.id, media.bytes, media.contentType);
  if (uploaded.status !== 200) throw new Error(`upload media: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
  const approved = await operator.post(`/api/creatives/${created.body.id}/approve`, {});
  if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${JSON.stringify(approved.body)}`);
  return approved.body;
}
