// The limit on screens fetching creative media: one bucket per address,
// HUB_AD_API_RATE_LIMIT requests a minute. (The ads API itself is limited per
// API key in advertiser-auth.ts, one count across all its routes.)
import type { CreativesConfig } from './index.js';
import { adRateLimitKey } from '../advertisers/index.js';

export const mediaFetchRateLimit = (config: CreativesConfig) => ({
  rateLimit: { max: config.adApiRateLimitPerMinute, timeWindow: '1 minute', keyGenerator: adRateLimitKey },
});
