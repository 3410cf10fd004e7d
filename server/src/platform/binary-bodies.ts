// Route schemas of files going in and out as raw bytes: downloads that take
// Range, If-Range and If-None-Match and answer with ETag, Last-Modified and
// Content-Range (OTA packages, ad media), and uploads sent as the file itself
// (release packages, creative media, a screen's logs and screenshots). Only
// the OpenAPI document and the response audit read them: the bytes are
// streamed, never serialised or validated as JSON.
import { Type } from '@sinclair/typebox';

const Binary = { type: 'string', format: 'binary' };
const header = (description: string) => ({ type: 'string', description });

const FILE_HEADERS = {
  etag: header('strong validator of this file; send it back in If-None-Match or If-Range'),
  'last-modified': header('when the file was written'),
  'accept-ranges': header('bytes'),
  'content-length': { type: 'integer' },
};

/** Request headers a download takes (all optional): resume with Range, safely with If-Range; revalidate with If-None-Match. */
export const DownloadHeaders = Type.Object({
  range: Type.Optional(Type.String({ description: 'bytes=<first>-[<last>]: resume a download' })),
  'if-range': Type.Optional(Type.String({ description: 'the ETag the earlier part had: a changed file is sent whole (200)' })),
  'if-none-match': Type.Optional(Type.String({ description: 'an ETag held: 304 when it still matches' })),
});

/** The responses of a file download in `mediaTypes`, with `extraHeaders` on the 200 and 206 (e.g. X-Content-SHA256); its 416 is added with the problems (openapi-responses.ts). */
export function downloadResponses(mediaTypes: string[], extraHeaders: Record<string, unknown> = {}) {
  const content = Object.fromEntries(mediaTypes.map((type) => [type, { schema: Binary }]));
  const headers = { ...FILE_HEADERS, ...extraHeaders };
  return {
    200: { description: 'The whole file', headers, content },
    206: { description: 'The range asked for (Range, and If-Range still matching)', headers: { ...headers, 'content-range': header('bytes <first>-<last>/<size>') }, content },
    304: { description: 'Not modified: If-None-Match matched the ETag', type: 'null' },
  };
}

/** For a route's `config.uploadMediaTypes`: the raw body it takes, as the OpenAPI document says it. */
export function uploadBody(mediaTypes: string[]) {
  return { content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: Binary }])) };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The media types of the raw body this route streams (the OpenAPI document's requestBody; nothing validates it). */
    uploadMediaTypes?: string[];
  }
}
