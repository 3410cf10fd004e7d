// The tenant's thresholds for the activity figure and the early warnings
// (GET/PUT /api/insights/settings), with the hub's ranges checked as they are
// typed and the hub's own refusal shown if it still says no.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, CardContent, Typography } from '@mui/material';
import { maxValue, minValue, NumberInput, number, required, SaveButton, SimpleForm, Toolbar, useNotify, useTranslate } from 'react-admin';
import { dataProvider } from '../dataProvider';

// The hub's ranges (server/src/insights/insight-settings.ts).
const RANGES: Record<string, [number, number]> = {
  activeMinPayments: [1, 100_000],
  dropPercent: [1, 100],
  dropMinBaselineFen: [0, 1_000_000_000],
  silentDays: [1, 30],
  silentOnlinePercent: [1, 100],
  silentMinPriorPayments: [0, 100_000],
  refundRatioPercent: [1, 100],
  refundRatioFactor: [1, 100],
  refundMinCount: [1, 10_000],
  roundMinTickets: [1, 10_000],
  roundTicketFactor: [1, 1_000],
  roundMaxUsualPercent: [0, 100],
};

export function InsightThresholds() {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const settings = useQuery({ queryKey: ['insight-settings'], queryFn: async () => (await dataProvider.send<Record<string, number>>('GET', '/insights/settings')).data });
  if (!settings.data) return null;
  const save = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.send('PUT', '/insights/settings', Object.fromEntries(Object.keys(RANGES).map((k) => [k, Number(values[k])])));
      notify('hub.insights.saved', { type: 'success' });
      await client.invalidateQueries({ queryKey: ['insights-fleet'] });
      await client.invalidateQueries({ queryKey: ['insight-settings'] });
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    }
  };
  return (
    <Card variant="outlined" data-testid="insight-thresholds">
      <CardContent>
        <Typography variant="subtitle2">{translate('hub.insights.thresholds')}</Typography>
        {/* Outside a resource: a save button alone (the default toolbar's delete button needs a resource). */}
        <SimpleForm record={settings.data} onSubmit={save} mode="onBlur" reValidateMode="onBlur" toolbar={<Toolbar><SaveButton /></Toolbar>}>
          {Object.entries(RANGES).map(([key, [min, max]]) => (
            <NumberInput key={key} source={key} label={`hub.insights.setting.${key}`} validate={[required(), number(), minValue(min), maxValue(max)]} />
          ))}
        </SimpleForm>
      </CardContent>
    </Card>
  );
}
