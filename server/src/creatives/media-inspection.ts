// What an uploaded creative really is: its first bytes must agree with the
// Content-Type it was sent as, and its picture size (and, for video, its
// length) must be readable. Anything else is refused with the reason.
import { open } from 'node:fs/promises';
import { imageSizeFromFile } from 'image-size/fromFile';
import type { CreativeMediaType } from './creative-sql.js';
import { Mp4ReadError, readMp4Facts } from './mp4-boxes.js';

export class UnreadableMediaError extends Error {
  override readonly name = 'UnreadableMediaError';
}

export interface MediaFacts {
  width: number;
  height: number;
  /** Video only: the length found in the file. */
  durationMs: number | null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const NAMES: Record<CreativeMediaType, string> = { 'image/png': 'a PNG image', 'image/jpeg': 'a JPEG image', 'video/mp4': 'an MP4 video' };

/** The media type the first bytes show, if any of the three a screen plays. */
export function sniffMediaType(head: Buffer): CreativeMediaType | undefined {
  if (head.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.toString('latin1', 4, 8) === 'ftyp') return 'video/mp4';
  return undefined;
}

export async function inspectMedia(path: string, declared: CreativeMediaType): Promise<MediaFacts> {
  const head = Buffer.alloc(12);
  const file = await open(path, 'r');
  try {
    await file.read(head, 0, head.length, 0);
  } finally {
    await file.close();
  }
  const actual = sniffMediaType(head);
  if (!actual) throw new UnreadableMediaError(`the file is not ${NAMES[declared]}: its first bytes are no PNG, JPEG or MP4 signature`);
  if (actual !== declared) throw new UnreadableMediaError(`the file is ${NAMES[actual]}, but it was sent as ${declared}`);

  if (actual === 'video/mp4') {
    try {
      return await readMp4Facts(path);
    } catch (err) {
      if (err instanceof Mp4ReadError) throw new UnreadableMediaError(`the MP4 cannot be read: ${err.message}`);
      throw err;
    }
  }
  let size: { width?: number; height?: number };
  try {
    size = await imageSizeFromFile(path);
  } catch (err) {
    throw new UnreadableMediaError(`the ${actual === 'image/png' ? 'PNG' : 'JPEG'} cannot be read: ${(err as Error).message}`);
  }
  if (!size.width || !size.height) throw new UnreadableMediaError(`the image gives no width and height`);
  return { width: size.width, height: size.height, durationMs: null };
}
