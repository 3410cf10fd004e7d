// One figure on the dashboard: a label, a big number, an optional line under it.
import type { ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';

export function StatCard({ label, value, sub, testId }: { label: string; value: ReactNode; sub?: ReactNode; testId: string }) {
  return (
    <Card sx={{ flex: '1 1 200px' }}>
      <CardContent>
        <Typography color="text.secondary" variant="body2">{label}</Typography>
        <Typography variant="h4" data-testid={testId}>{value ?? '…'}</Typography>
        {sub ? <Typography variant="body2" color="text.secondary">{sub}</Typography> : null}
      </CardContent>
    </Card>
  );
}
