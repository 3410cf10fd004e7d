// Release keys and releases over HTTP. A release is created with its metadata
// and signature, then its package is PUT as a raw stream: the hub measures and
// hashes it on its way to disk and keeps it only if the signature holds for
// that size and hash under one of the tenant's (unrevoked) release keys.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { parseReleasePublicKey, releaseSignatureValid } from '@screenhub/protocol';
import type { Readable } from 'node:stream';
import { isUniqueViolation } from '../db/database.js';
import { BadRequestError, ConflictError, NotFoundError, PayloadTooLargeError, RejectedFileError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { checkFilter, ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { PackageTooLargeError, type PackageStore } from './package-store.js';
import {
  deleteUnusedRelease,
  findRelease,
  findSigningKey,
  insertRelease,
  insertSigningKey,
  listReleases,
  listSigningKeys,
  markReleaseReady,
  revokeSigningKey,
  type ReleaseRow,
  type SigningKeyRow,
} from './release-sql.js';
import { isReadableVersion } from './version-order.js';

const SigningKeySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  publicKey: Type.String({ description: 'Ed25519, SPKI PEM' }),
  createdAt: Type.String({ format: 'date-time' }),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

const Version = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._+-]+$' });
const Kind = Type.Union([Type.Literal('app'), Type.Literal('firmware')]);

const ReleaseSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Kind,
  version: Type.String(),
  targetModels: Type.Array(Type.String(), { description: 'empty: every model' }),
  targetHardwareRevisions: Type.Array(Type.String(), { description: 'empty: every hardware revision' }),
  minVersion: Type.Union([Type.String(), Type.Null()]),
  requiredStep: Type.Boolean({ description: 'a migration later releases rely on: a screen below it installs it before any newer release' }),
  notes: Type.String(),
  state: Type.Union([Type.Literal('awaiting_package'), Type.Literal('ready')]),
  sizeBytes: Type.Union([Type.Integer(), Type.Null()]),
  sha256: Type.Union([Type.String(), Type.Null()]),
  signature: Type.String({ description: 'base64' }),
  keyId: Type.String({ format: 'uuid' }),
  createdAt: Type.String({ format: 'date-time' }),
  uploadedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

const CreateReleaseBody = Type.Object(
  {
    kind: Kind,
    version: Version,
    targetModels: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 200, uniqueItems: true })),
    targetHardwareRevisions: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 200, uniqueItems: true, description: 'default: every hardware revision' })),
    minVersion: Type.Optional(Version),
    requiredStep: Type.Optional(Type.Boolean({ description: 'default false; true: screens below it are never offered a newer release before installing this one' })),
    notes: Type.Optional(Type.String({ maxLength: 10_000 })),
    signature: Type.String({ description: 'base64 Ed25519 signature of the release manifest (kind, version, size, SHA-256)', maxLength: 200 }),
    keyId: Type.String({ format: 'uuid', description: 'the release key that made the signature' }),
  },
  { additionalProperties: false },
);

const ReleaseFilter = Type.Object({ kind: Type.Optional(Kind), state: Type.Optional(Type.String()) }, { additionalProperties: false });

const keyDto = (k: SigningKeyRow): Static<typeof SigningKeySchema> => ({
  id: k.id,
  name: k.name,
  publicKey: k.public_key,
  createdAt: k.created_at.toISOString(),
  revokedAt: k.revoked_at?.toISOString() ?? null,
});

export const releaseDto = (r: ReleaseRow): Static<typeof ReleaseSchema> => ({
  id: r.id,
  kind: r.kind,
  version: r.version,
  targetModels: r.target_models,
  targetHardwareRevisions: r.target_hardware_revisions,
  minVersion: r.min_version,
  requiredStep: r.required_step,
  notes: r.notes,
  state: r.state,
  sizeBytes: r.size_bytes === null ? null : Number(r.size_bytes),
  sha256: r.sha256,
  signature: r.signature.toString('base64'),
  keyId: r.key_id,
  createdAt: r.created_at.toISOString(),
  uploadedAt: r.uploaded_at?.toISOString() ?? null,
});

export async function releaseRoutes(fastify: FastifyInstance, options: { store: PackageStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { store } = options;
  const tags = ['ota'];
  const security = [{ bearer: [] }];
  // Packages arrive as raw streams; in this plugin only.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

  app.post(
    '/api/ota/signing-keys',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags, security, summary: 'Trust a release key (Ed25519 public key, PEM or 32 raw bytes in base64)',
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), publicKey: Type.String({ minLength: 40, maxLength: 2000 }) }, { additionalProperties: false }),
        response: { 201: SigningKeySchema },
      },
    },
    async (request, reply) => {
      let pem: string;
      try {
        pem = parseReleasePublicKey(request.body.publicKey).export({ type: 'spki', format: 'pem' }).toString();
      } catch (err) {
        throw new BadRequestError(`publicKey: ${(err as Error).message}`);
      }
      try {
        const key = await insertSigningKey(app.db, request.user.tenantId, request.body.name, pem);
        reply.status(201);
        return keyDto(key);
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`a release key named "${request.body.name}" exists already`);
        throw err;
      }
    },
  );

  app.get(
    '/api/ota/signing-keys',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'The release keys this tenant trusts (and revoked ones)', response: { 200: Type.Array(SigningKeySchema) } } },
    async (request) => (await listSigningKeys(app.db, request.user.tenantId)).map(keyDto),
  );

  app.delete(
    '/api/ota/signing-keys/:id',
    { onRequest: app.requireRole('admin'), schema: { tags, security, summary: 'Revoke a release key: packages it signs are refused from now on', params: IdParams, response: { 200: SigningKeySchema } } },
    async (request) => {
      const key = await revokeSigningKey(app.db, request.user.tenantId, request.params.id);
      if (!key) throw new NotFoundError('release key');
      return keyDto(key);
    },
  );

  app.post(
    '/api/releases',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Create a release; then PUT its package to /api/releases/{id}/package', body: CreateReleaseBody, response: { 201: ReleaseSchema } },
    },
    async (request, reply) => {
      const { body, user } = request;
      const signature = Buffer.from(body.signature, 'base64');
      if (signature.length !== 64) throw new BadRequestError('signature must be a base64 Ed25519 signature (64 bytes)');
      if (!isReadableVersion(body.version)) throw new BadRequestError(`version "${body.version}" has no x.y.z to order it by`);
      if (body.minVersion && !isReadableVersion(body.minVersion)) throw new BadRequestError(`minVersion "${body.minVersion}" has no x.y.z to order it by`);
      const key = await findSigningKey(app.db, user.tenantId, body.keyId);
      if (!key) throw new BadRequestError('keyId: no such release key in this tenant');
      if (key.revoked_at) throw new BadRequestError(`keyId: the release key "${key.name}" is revoked`);
      try {
        const release = await insertRelease(app.db, user.tenantId, {
          kind: body.kind,
          version: body.version,
          targetModels: body.targetModels ?? [],
          targetHardwareRevisions: body.targetHardwareRevisions ?? [],
          minVersion: body.minVersion ?? null,
          requiredStep: body.requiredStep ?? false,
          notes: body.notes ?? '',
          signature,
          keyId: key.id,
          createdBy: user.id,
        });
        reply.status(201);
        return releaseDto(release);
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`${body.kind} version ${body.version} exists already`);
        throw err;
      }
    },
  );

  app.put(
    '/api/releases/:id/package',
    {
      onRequest: app.requireRole('operator'),
      config: { uploadMediaTypes: ['application/octet-stream'], problems: { 422: "The release's signature does not hold for this file (tampered, truncated or another file); nothing is kept." } },
      schema: {
        tags, security, summary: 'Upload the package (Content-Type: application/octet-stream), streamed to disk; refused unless its signature holds',
        params: IdParams, response: { 200: ReleaseSchema },
      },
    },
    async (request) => {
      const { tenantId } = request.user;
      const release = await findRelease(app.db, tenantId, request.params.id);
      if (!release) throw new NotFoundError('release');
      if (release.state !== 'awaiting_package') throw new ConflictError('this release has its package already');
      const key = await findSigningKey(app.db, tenantId, release.key_id);
      if (!key || key.revoked_at) throw new ConflictError('the release key that signed this release is revoked');
      const body = request.body as Readable | undefined;
      if (!body || typeof (body as Readable).pipe !== 'function') throw new BadRequestError('send the package as application/octet-stream');
      let staged;
      try {
        staged = await store.stage(tenantId, release.id, body);
      } catch (err) {
        if (err instanceof PackageTooLargeError) throw new PayloadTooLargeError(err.message);
        throw err;
      }
      const manifest = { kind: release.kind, version: release.version, sizeBytes: staged.sizeBytes, sha256Hex: staged.sha256Hex };
      if (staged.sizeBytes === 0 || !releaseSignatureValid(manifest, release.signature, parseReleasePublicKey(key.public_key))) {
        await staged.discard();
        throw new RejectedFileError(
          `the signature does not match this package (${staged.sizeBytes} bytes, SHA-256 ${staged.sha256Hex}) under release key "${key.name}": tampered, truncated or signed for another file`,
        );
      }
      await staged.commit();
      const ready = await markReleaseReady(app.db, tenantId, release.id, staged.sizeBytes, staged.sha256Hex);
      if (!ready) throw new ConflictError('this release has its package already');
      app.hubEvents.publish(tenantId, 'ota.release', { releaseId: ready.id, kind: ready.kind, version: ready.version, state: ready.state });
      return releaseDto(ready);
    },
  );

  app.get(
    '/api/releases',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'Releases, newest first (filter: kind, state)', querystring: ListQuerystring, response: { 200: Type.Array(ReleaseSchema) } } },
    async (request, reply) => {
      const list = parseListQuery(request.query, { sortable: { createdAt: 'created_at', version: 'version', kind: 'kind' }, defaultSort: ['createdAt', 'DESC'], tieBreaker: 'id' });
      const filter = checkFilter(ReleaseFilter, list.filter);
      const { rows, total } = await listReleases(app.db, request.user.tenantId, filter, list);
      return withContentRange(reply, 'releases', rows.map(releaseDto), list.offset, total);
    },
  );

  app.get(
    '/api/releases/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One release', params: IdParams, response: { 200: ReleaseSchema } } },
    async (request) => {
      const release = await findRelease(app.db, request.user.tenantId, request.params.id);
      if (!release) throw new NotFoundError('release');
      return releaseDto(release);
    },
  );

  app.delete(
    '/api/releases/:id',
    { onRequest: app.requireRole('admin'), schema: { tags, security, summary: 'Delete a release no campaign uses, with its package', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      const outcome = await deleteUnusedRelease(app.db, request.user.tenantId, request.params.id);
      if (outcome === 'missing') throw new NotFoundError('release');
      if (outcome === 'in_use') throw new ConflictError('a campaign uses this release');
      await store.remove(request.user.tenantId, request.params.id);
      reply.status(204);
    },
  );
}
