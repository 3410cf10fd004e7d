// The tenant's thresholds for the activity figure and the early warnings
// (GET/PUT /api/insights/settings): the hub's ranges checked as they are typed,
// the hub's own refusal shown under its field if it still says no. Only an
// administrator may change them; others read them.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { HttpError, NumberInput, number, required, SaveButton, SimpleForm, Toolbar, useNotify, usePermissions, useTranslate, type Validator } from 'react-admin';
import { fenToYuan, yuanToFen } from '../common/MoneyField';
import { dataProvider } from '../dataProvider';

interface Setting {
  min: number;
  max: number;
  /** The hub takes an integer (the two factors may be fractions). */
  whole: boolean;
  /** Fen on the wire, typed and shown in yuan. */
  money?: true;
}

// The hub's ranges and types (server/src/insights/insight-settings.ts).
const SETTINGS: Record<string, Setting> = {
  activeMinPayments: { min: 1, max: 100_000, whole: true },
  dropPercent: { min: 1, max: 100, whole: true },
  dropMinBaselineFen: { min: 0, max: 1_000_000_000, whole: true, money: true },
  silentDays: { min: 1, max: 30, whole: true },
  silentOnlinePercent: { min: 1, max: 100, whole: true },
  silentMinPriorPayments: { min: 0, max: 100_000, whole: true },
  refundRatioPercent: { min: 1, max: 100, whole: true },
  refundRatioFactor: { min: 1, max: 100, whole: false },
  refundMinCount: { min: 1, max: 10_000, whole: true },
  roundMinTickets: { min: 1, max: 10_000, whole: true },
  roundTicketFactor: { min: 1, max: 1_000, whole: false },
  roundMaxUsualPercent: { min: 0, max: 100, whole: true },
};

/** The range in the unit the operator types (yuan for money), so the message names the figure they can type. */
const inRange =
  ({ min, max, money }: Setting): Validator =>
  (value: unknown) => {
    const shown = (n: number) => (money ? n / 100 : n);
    if (value === null || value === undefined || value === '') return undefined;
    if (Number(value) < min) return { message: 'ra.validation.minValue', args: { min: shown(min) } };
    if (Number(value) > max) return { message: 'ra.validation.maxValue', args: { max: shown(max) } };
    return undefined;
  };
const wholeNumber: Validator = (value: unknown) => (value !== null && value !== undefined && value !== '' && !Number.isInteger(Number(value)) ? 'hub.insights.whole_number' : undefined);

// Built once: react-hook-form re-validates on every render if the validators change.
const VALIDATORS: Record<string, Validator[]> = Object.fromEntries(
  Object.entries(SETTINGS).map(([key, setting]) => [key, [required(), number(), inRange(setting), ...(setting.whole && !setting.money ? [wholeNumber] : [])]]),
);

export function InsightThresholds() {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const { permissions } = usePermissions<string>();
  const settings = useQuery({ queryKey: ['insight-settings'], queryFn: async () => (await dataProvider.send<Record<string, number>>('GET', '/insights/settings')).data });
  if (!settings.data) return null;
  const mayChange = permissions === 'admin';
  const save = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.send('PUT', '/insights/settings', Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, Number(values[k])])));
      notify('hub.insights.saved', { type: 'success' });
      await client.invalidateQueries({ queryKey: ['insights-fleet'] });
      await client.invalidateQueries({ queryKey: ['insight-settings'] });
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
      // The hub's field errors (httpClient keys them by field): react-admin shows each under its input.
      if (err instanceof HttpError) return (err.body as { errors?: Record<string, unknown> } | undefined)?.errors;
    }
    return undefined;
  };
  return (
    <Card variant="outlined" data-testid="insight-thresholds">
      <CardContent>
        <Typography variant="subtitle2">{translate('hub.insights.thresholds')}</Typography>
        {mayChange ? null : <Typography variant="body2" color="text.secondary">{translate('hub.insights.admin_only')}</Typography>}
        {/* Outside a resource: a save button alone (the default toolbar's delete button needs a resource). */}
        <SimpleForm record={settings.data} onSubmit={save} mode="onBlur" reValidateMode="onBlur" toolbar={mayChange ? <Toolbar><SaveButton /></Toolbar> : false}>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', columnGap: 2, width: '100%' }}>
            {Object.entries(SETTINGS).map(([key, setting]) => (
              <NumberInput
                key={key}
                source={key}
                label={`hub.insights.setting.${key}`}
                validate={VALIDATORS[key]}
                disabled={!mayChange}
                {...(setting.money ? { format: fenToYuan, parse: yuanToFen } : {})}
              />
            ))}
          </Box>
        </SimpleForm>
      </CardContent>
    </Card>
  );
}
