// Amounts travel as integer fen; operators read yuan.
import { useRecordContext, type FieldProps } from 'react-admin';
import { Typography } from '@mui/material';

export const formatFen = (fen: number | string | null | undefined) => (fen === null || fen === undefined ? '' : `¥${(Number(fen) / 100).toFixed(2)}`);

export function MoneyField({ source }: FieldProps & { source: string }) {
  const record = useRecordContext();
  return <Typography variant="body2" component="span">{formatFen(record?.[source] as number | undefined)}</Typography>;
}
