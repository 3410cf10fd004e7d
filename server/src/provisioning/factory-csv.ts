// Reads a factory batch file: a header line `serial,claim_code`, then one
// screen per line. Every problem is reported with its line number; the caller
// imports nothing unless there are none.
import { DEVICE_ID_PATTERN } from '@screenhub/protocol';

export interface FactoryRow {
  line: number;
  serial: string;
  claimCode: string;
}

export interface RowError {
  line: number;
  serial?: string;
  reason: string;
}

export const MAX_ROWS = 100_000;

export function parseFactoryCsv(text: string): { rows: FactoryRow[]; errors: RowError[] } {
  const rows: FactoryRow[] = [];
  const errors: RowError[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
  if (header[0] !== 'serial' || header[1] !== 'claim_code') {
    return { rows, errors: [{ line: 1, reason: 'the first line must be the header "serial,claim_code"' }] };
  }
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const line = i + 1;
    const cells = raw.split(',').map((c) => c.trim());
    const [serial = '', claimCode = ''] = cells;
    if (cells.length !== 2) errors.push({ line, serial, reason: `expected 2 fields, found ${cells.length}` });
    else if (!DEVICE_ID_PATTERN.test(serial)) errors.push({ line, serial, reason: 'serial must be 1-64 characters of A-Z, a-z, 0-9, _ and -' });
    else if (!/^[A-Za-z0-9]{8,64}$/.test(claimCode)) errors.push({ line, serial, reason: 'claim code must be 8-64 letters and digits' });
    else if (seen.has(serial)) errors.push({ line, serial, reason: `serial repeats line ${seen.get(serial)}` });
    else {
      seen.set(serial, line);
      rows.push({ line, serial, claimCode });
    }
  }
  if (rows.length + errors.length === 0) errors.push({ line: 2, reason: 'the file lists no screens' });
  if (rows.length > MAX_ROWS) errors.push({ line: MAX_ROWS + 2, reason: `at most ${MAX_ROWS} screens per batch` });
  return { rows, errors };
}
