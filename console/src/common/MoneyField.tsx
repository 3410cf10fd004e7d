// Amounts travel as integer fen; operators read yuan.
import { useRecordContext, type FieldProps } from 'react-admin';
import { Typography } from '@mui/material';

export const formatFen = (fen: number | string | null | undefined) => (fen === null || fen === undefined ? '' : `¥${(Number(fen) / 100).toFixed(2)}`);

/** A yuan amount an operator typed as fen (undefined when empty): a NumberInput's `parse`. */
export const yuanToFen = (yuan: string | number | null) => (yuan === null || yuan === '' ? undefined : Math.round(Number(yuan) * 100));
/** Fen shown as yuan in an input: a NumberInput's `format`. */
export const fenToYuan = (fen: number | undefined | null) => (fen === undefined || fen === null ? '' : fen / 100);

export function MoneyField({ source }: FieldProps & { source: string }) {
  const record = useRecordContext();
  return <Typography variant="body2" component="span">{formatFen(record?.[source] as number | undefined)}</Typography>;
}
