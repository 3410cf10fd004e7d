// CSV for the ads exports (reports, statements): RFC 4180 quoting, and text
// cells that a spreadsheet would run as a formula are prefixed with a quote
// (advertiser and merchant names are typed by others).
import type { TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type CsvColumn<Row> = [header: string, value: (row: Row) => string | number | boolean | null];

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Row[]): string {
  const lines = [columns.map(([header]) => cell(header)).join(',')];
  for (const row of rows) lines.push(columns.map(([, value]) => cell(value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** CSV when asked with ?format=csv or Accept: text/csv (and not JSON first). */
export function wantsCsv(request: FastifyRequest, format: string | undefined): boolean {
  if (format !== undefined) return format === 'csv';
  const accept = request.headers.accept ?? '';
  return accept.includes('text/csv') && !accept.startsWith('application/json');
}

/** Sends `csv` as an attachment named `filename` (not through the route's JSON response schema). */
export function sendCsv(reply: FastifyReply, filename: string, csv: string): FastifyReply {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(csv);
}

/**
 * A 200 response that is `schema` as JSON or, when asked (wantsCsv), the same rows as CSV: both media types for
 * fastify (which serialises the JSON one) and for the OpenAPI document, with the CSV's Content-Disposition.
 */
export function jsonOrCsv(schema: TSchema) {
  return {
    description: 'JSON; or CSV with the same fields as columns, with ?format=csv or Accept: text/csv',
    headers: { 'content-disposition': { type: 'string', description: 'CSV only: attachment; filename="…csv"' } },
    content: { 'application/json': { schema }, 'text/csv': { schema: { type: 'string' } } },
  };
}
