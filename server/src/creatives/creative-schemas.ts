// A creative as the API shows it, shared by the creative and media routes.
import { Type, type Static } from '@sinclair/typebox';
import { CREATIVE_STATES, type CreativeRow } from './creative-sql.js';
import { Nullable } from '../platform/nullable-schema.js';

export const CreativeState = Type.Union(CREATIVE_STATES.map((s) => Type.Literal(s)));

export const CreativeSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Union([Type.Literal('advertiser'), Type.Literal('house'), Type.Literal('cross_promotion')], {
    description: 'an advertiser\'s ad, the operator\'s own filler, or a merchant promoted in its area',
  }),
  advertiserId: Nullable(Type.String({ format: 'uuid' })),
  promotedMerchantId: Nullable(Type.String({ format: 'uuid' })),
  name: Type.String(),
  category: Type.String(),
  state: CreativeState,
  mediaType: Nullable(Type.String()),
  sizeBytes: Nullable(Type.Integer()),
  sha256: Nullable(Type.String()),
  width: Nullable(Type.Integer()),
  height: Nullable(Type.Integer()),
  durationMs: Type.Integer({ description: 'images: how long they show; video: the length found in the file' }),
  reviewNote: Nullable(Type.String()),
  reviewedBy: Nullable(Type.String({ format: 'uuid' })),
  reviewedAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const creativeDto = (row: CreativeRow): Static<typeof CreativeSchema> => ({
  id: row.id,
  kind: row.advertiser_id ? 'advertiser' : row.promoted_merchant_id ? 'cross_promotion' : 'house',
  advertiserId: row.advertiser_id,
  promotedMerchantId: row.promoted_merchant_id,
  name: row.name,
  category: row.category,
  state: row.state,
  mediaType: row.media_type,
  sizeBytes: row.size_bytes,
  sha256: row.sha256,
  width: row.width,
  height: row.height,
  durationMs: row.duration_ms,
  reviewNote: row.review_note,
  reviewedBy: row.reviewed_by,
  reviewedAt: row.reviewed_at?.toISOString() ?? null,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});
