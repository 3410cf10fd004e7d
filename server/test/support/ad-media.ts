// Creative media made in the test, byte by byte: a real PNG (IHDR, zlib IDAT,
// IEND, with CRCs), a minimal JPEG whose SOF0 gives its size, and an MP4 with
// ftyp and moov/mvhd/trak/tkhd boxes (no media data a player could decode;
// the hub reads only the headers).
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** An RGB PNG of `width` × `height` in one colour. */
export function pngImage(width: number, height: number, rgb: [number, number, number] = [200, 30, 60]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per sample, RGB, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from(rgb))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', pixels), pngChunk('IEND', Buffer.alloc(0))]);
}

/** SOI, a JFIF APP0, SOF0 (baseline, 3 components) and EOI: enough for a reader of its size. */
export function jpegImage(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof0 = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
  sof0.writeUInt16BE(height, 5);
  sof0.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof0, Buffer.from([0xff, 0xd9])]);
}

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(body.length + 8);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

/** mvhd, version 0: timescale and duration at bytes 12 and 16 of the body (100 bytes). */
function mvhd(timescale: number, duration: number): Buffer {
  const body = Buffer.alloc(100);
  body.writeUInt32BE(timescale, 12);
  body.writeUInt32BE(duration, 16);
  body.writeUInt32BE(0x00010000, 20); // rate 1.0
  body.writeUInt16BE(0x0100, 24); // volume 1.0
  body.writeUInt32BE(0x40000000, 36 + 32); // matrix w
  body.writeUInt32BE(2, 96); // next track id
  return box('mvhd', body);
}

/** tkhd, version 0 (84 bytes of body): width and height in 16.16 at 76 and 80. */
function tkhd(trackId: number, width: number, height: number): Buffer {
  const body = Buffer.alloc(84);
  body.writeUInt32BE(0x00000003, 0); // enabled, in movie
  body.writeUInt32BE(trackId, 12);
  body.writeUInt32BE(width * 65536, 76);
  body.writeUInt32BE(height * 65536, 80);
  return box('tkhd', body);
}

export interface Mp4Spec {
  width: number;
  height: number;
  durationMs: number;
  /** Units per second of the movie header (default 90,000, as encoders often write). */
  timescale?: number;
  /** moov after mdat, as a recorder writes it when not made "fast start". */
  moovAtEnd?: boolean;
}

/** ftyp, moov (mvhd, an audio track without picture, then the video track) and an mdat of filler. */
export function mp4Video(spec: Mp4Spec): Buffer {
  const timescale = spec.timescale ?? 90_000;
  const ftyp = box('ftyp', Buffer.from('isom', 'latin1'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2avc1mp41', 'latin1'));
  const moov = box('moov', mvhd(timescale, Math.round((spec.durationMs * timescale) / 1000)), box('trak', tkhd(1, 0, 0)), box('trak', tkhd(2, spec.width, spec.height)));
  const mdat = box('mdat', Buffer.alloc(4096, 0x11));
  return Buffer.concat(spec.moovAtEnd ? [ftyp, mdat, moov] : [ftyp, moov, mdat]);
}
