// Reads what a screen needs to know of an MP4 before playing it: its length
// (moov/mvhd timescale and duration) and its picture size (the first track
// whose tkhd has a width and height). Only the box headers and the moov box are
// read, wherever moov sits in the file (front or back).
import { open, type FileHandle } from 'node:fs/promises';

export interface Mp4Facts {
  durationMs: number;
  width: number;
  height: number;
}

export class Mp4ReadError extends Error {
  override readonly name = 'Mp4ReadError';
}

/** A moov beyond this is no ten-second ad; refuse rather than read it into memory. */
const MAX_MOOV_BYTES = 16 * 1024 * 1024;

interface Box {
  type: string;
  /** Where the body starts and ends (after the header). */
  start: number;
  end: number;
}

function* childBoxes(data: Buffer, start: number, end: number): Generator<Box> {
  let offset = start;
  while (offset + 8 <= end) {
    const size32 = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    let header = 8;
    let size = size32;
    if (size32 === 1) {
      if (offset + 16 > end) throw new Mp4ReadError(`the ${type} box is cut short`);
      size = Number(data.readBigUInt64BE(offset + 8));
      header = 16;
    } else if (size32 === 0) {
      size = end - offset;
    }
    if (size < header || offset + size > end) throw new Mp4ReadError(`the ${type} box has a size (${size}) that does not fit its parent`);
    yield { type, start: offset + header, end: offset + size };
    offset += size;
  }
}

async function findMoov(file: FileHandle, fileSize: number): Promise<Buffer> {
  const header = Buffer.alloc(16);
  let offset = 0;
  while (offset + 8 <= fileSize) {
    await file.read(header, 0, 16, offset);
    const size32 = header.readUInt32BE(0);
    const type = header.toString('latin1', 4, 8);
    let headerBytes = 8;
    let size = size32;
    if (size32 === 1) {
      size = Number(header.readBigUInt64BE(8));
      headerBytes = 16;
    } else if (size32 === 0) {
      size = fileSize - offset;
    }
    if (size < headerBytes || offset + size > fileSize) throw new Mp4ReadError(`the top-level ${type} box has a size (${size}) beyond the file`);
    if (type === 'moov') {
      if (size > MAX_MOOV_BYTES) throw new Mp4ReadError(`the moov box is ${size} bytes, more than ${MAX_MOOV_BYTES}`);
      const moov = Buffer.alloc(size - headerBytes);
      await file.read(moov, 0, moov.length, offset + headerBytes);
      return moov;
    }
    offset += size;
  }
  throw new Mp4ReadError('it has no moov box (a fragmented or truncated MP4?)');
}

function need(box: Box, bytes: number) {
  if (box.end - box.start < bytes) throw new Mp4ReadError(`the ${box.type} box is cut short`);
}

function movieDurationMs(moov: Buffer, mvhd: Box): number {
  const version = moov.readUInt8(mvhd.start);
  need(mvhd, version === 1 ? 32 : 20);
  // version(1) flags(3), then creation and modification times (4 or 8 bytes each), timescale, duration.
  const timescale = moov.readUInt32BE(mvhd.start + (version === 1 ? 20 : 12));
  const duration = version === 1 ? Number(moov.readBigUInt64BE(mvhd.start + 24)) : moov.readUInt32BE(mvhd.start + 16);
  if (timescale === 0 || duration === 0 || (version === 0 && duration === 0xffffffff)) throw new Mp4ReadError('its movie header gives no duration');
  return Math.round((duration * 1000) / timescale);
}

function trackSize(moov: Buffer, tkhd: Box): { width: number; height: number } {
  const version = moov.readUInt8(tkhd.start);
  // After the times, track id, duration, reserved, layer, group, volume and the 3x3 matrix: width, height (16.16 fixed point).
  const at = tkhd.start + (version === 1 ? 88 : 76);
  need(tkhd, at + 8 - tkhd.start);
  return { width: Math.round(moov.readUInt32BE(at) / 65536), height: Math.round(moov.readUInt32BE(at + 4) / 65536) };
}

export async function readMp4Facts(path: string): Promise<Mp4Facts> {
  const file = await open(path, 'r');
  try {
    const moov = await findMoov(file, (await file.stat()).size);
    let durationMs: number | undefined;
    let size: { width: number; height: number } | undefined;
    for (const box of childBoxes(moov, 0, moov.length)) {
      if (box.type === 'mvhd') durationMs = movieDurationMs(moov, box);
      if (box.type === 'trak' && !size) {
        for (const inner of childBoxes(moov, box.start, box.end)) {
          if (inner.type !== 'tkhd') continue;
          const candidate = trackSize(moov, inner);
          if (candidate.width > 0 && candidate.height > 0) size = candidate;
        }
      }
    }
    if (durationMs === undefined) throw new Mp4ReadError('its moov box has no movie header (mvhd)');
    if (!size) throw new Mp4ReadError('it has no video track (no tkhd with a width and height)');
    return { durationMs, ...size };
  } finally {
    await file.close();
  }
}
