// Uploads from screens (logs, screenshots): the screen POSTs the file to the URL
// its command carried, authorised by the command's upload token (a MAC of the
// command id, so nothing secret is stored). Operators download it with the command.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { BadRequestError, ConflictError, NotFoundError, UnauthorizedError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { uploadCommandTypes, type CommandType } from './command-sql.js';
import { findUpload, findUploadTarget, insertUpload } from './upload-sql.js';

export const UPLOAD_TOKEN_PURPOSE = 'command-upload';

const acceptedTypes: Record<string, string[]> = {
  upload_logs: ['text/plain', 'application/gzip', 'application/zip', 'application/octet-stream'],
  take_screenshot: ['image/png', 'image/jpeg'],
};
/** Every type a screen may upload, for the OpenAPI document. */
const UPLOAD_MEDIA_TYPES = [...new Set(Object.values(acceptedTypes).flat())];

export async function uploadRoutes(fastify: FastifyInstance, options: { maxBytes: number }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // Raw bytes of any type, in this plugin only; the size limit is HUB_UPLOAD_MAX_BYTES.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: options.maxBytes }, (_request, body, done) => done(null, body));

  app.post(
    '/api/device-uploads/:id',
    {
      // No operator token here: a guessed command id still needs its MAC, and guessing is rate limited.
      config: {
        rateLimit: { max: 60, timeWindow: '1 minute' },
        uploadMediaTypes: UPLOAD_MEDIA_TYPES,
        problems: { 401: "No upload token, or not this command's (Authorization: Bearer <upload_token>).", 409: 'The command has its upload already, has expired or has ended.' },
      },
      schema: {
        tags: ['commands'],
        summary: 'A screen uploads the file an upload command asked for (Authorization: Bearer <the command\'s upload token>)',
        params: IdParams,
        response: { 201: Type.Object({ commandId: Type.String(), sizeBytes: Type.Integer(), sha256: Type.String() }) },
      },
    },
    async (request, reply) => {
      const commandId = request.params.id;
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!token || !app.secretBox.verifyMac(UPLOAD_TOKEN_PURPOSE, commandId, token)) throw new UnauthorizedError('a valid upload token is required');
      const target = await findUploadTarget(app.db, commandId);
      if (!target || !uploadCommandTypes.has(target.type as CommandType)) throw new NotFoundError('upload command');
      if (target.uploaded) throw new ConflictError('this command has its upload already');
      if (target.expired || !['sent', 'acked', 'succeeded'].includes(target.state)) throw new ConflictError(`the command is ${target.expired ? 'expired' : target.state}`);
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const accepted = acceptedTypes[target.type]!;
      if (!accepted.includes(contentType)) throw new BadRequestError(`${target.type} takes ${accepted.join(', ')}, not "${contentType || 'none'}"`);
      const content = request.body as Buffer;
      if (!Buffer.isBuffer(content) || content.length === 0) throw new BadRequestError('the upload is empty');
      const sha256 = createHash('sha256').update(content).digest('hex');
      const stored = await insertUpload(app.db, { commandId, tenantId: target.tenant_id, deviceId: target.device_id, contentType, sha256, content });
      if (!stored) throw new ConflictError('this command has its upload already');
      app.hubEvents.publish(target.tenant_id, 'command.uploaded', { commandId, deviceId: target.device_id, sizeBytes: content.length });
      reply.status(201);
      return { commandId, sizeBytes: content.length, sha256 };
    },
  );

  app.get(
    '/api/commands/:id/upload',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags: ['commands'],
        security: [{ bearer: [] }],
        summary: 'Download the file a screen uploaded for a command',
        params: IdParams,
        response: {
          200: {
            description: 'The file as the screen sent it',
            headers: { 'x-content-sha256': { type: 'string', description: 'hex SHA-256 of the file' }, 'content-disposition': { type: 'string' } },
            content: Object.fromEntries(UPLOAD_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
          },
        },
      },
    },
    async (request, reply) => {
      const upload = await findUpload(app.db, request.user.tenantId, request.params.id);
      if (!upload) throw new NotFoundError('upload');
      reply.header('content-type', upload.content_type).header('x-content-sha256', upload.sha256).header('content-disposition', `attachment; filename="${request.params.id}"`);
      return Buffer.from(upload.content);
    },
  );
}
