// The route config every ads API route carries: one bucket per API key (per
// address for operators), HUB_AD_API_RATE_LIMIT requests a minute.
import type { HubConfig } from '../config.js';
import { adRateLimitKey } from './advertiser-auth.js';

export const adApiRateLimit = (config: HubConfig) => ({
  rateLimit: { max: config.adApiRateLimitPerMinute, timeWindow: '1 minute', keyGenerator: adRateLimitKey },
});
