// The config layer of a merchant, group or screen as a form, a field per key
// (the hub's DeviceConfigSchema): what is left empty is not part of the layer,
// so a lower layer's value shows through. Saved with PUT /api/config-layers;
// "remove" deletes the layer. The app's free-form `custom` keys are kept as they are.
import { Box, Button, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { maxValue, NullableBooleanInput, minValue, NumberInput, SaveButton, SelectInput, SimpleForm, Toolbar, useNotify, useTranslate } from 'react-admin';
import { dataProvider } from '../../dataProvider';
import { TradingHoursInput } from '../merchants/TradingHoursInput';

type Scope = 'merchant' | 'group' | 'device';
type Config = Record<string, unknown>;

/** Drops what the form left empty (null, '', [] and objects left with nothing), so only set keys are sent. */
export function setKeysOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  if (value && typeof value === 'object') {
    const kept = Object.entries(value).map(([k, v]) => [k, setKeysOnly(v)] as const).filter(([, v]) => v !== undefined);
    return kept.length === 0 ? undefined : Object.fromEntries(kept);
  }
  return value === null || value === '' ? undefined : value;
}

export function ConfigLayerForm({ scope, scopeId }: { scope: Scope; scopeId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const path = `/config-layers/${scope}/${encodeURIComponent(scopeId)}`;
  const layer = useQuery({
    queryKey: ['devices', 'config-layer', scope, scopeId],
    queryFn: async () => {
      try {
        return (await dataProvider.send<{ config: Config }>('GET', path)).data.config;
      } catch (err) {
        if ((err as { status?: number }).status === 404) return {};
        throw err;
      }
    },
  });
  if (!layer.data) return null;
  const save = async (values: Config) => {
    try {
      const config = (setKeysOnly({ ...values, custom: layer.data.custom }) ?? {}) as Config;
      const { data } = await dataProvider.send<{ devicesChanged: number }>('PUT', path, { config });
      notify(translate('hub.config.saved', { smart_count: data.devicesChanged }), { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['devices'] });
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    }
  };
  const remove = async () => {
    try {
      await dataProvider.send('DELETE', path);
      notify(translate('hub.action.done'), { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['devices'] });
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    }
  };
  const languages = ['zh-CN', 'zh-HK', 'en-US'].map((id) => ({ id, name: translate(`hub.config.language.${id}`) }));
  return (
    <Box data-testid="config-layer-form">
      <Typography variant="subtitle2">{translate(`hub.config.layer_${scope}`)}</Typography>
      <SimpleForm record={layer.data} onSubmit={save} mode="onBlur" toolbar={
        <Toolbar>
          <SaveButton label="ra.action.save" alwaysEnable />
          <Button color="error" onClick={remove} sx={{ ml: 2 }} data-testid="config-layer-remove">{translate('hub.config.remove')}</Button>
        </Toolbar>
      }>
        <NumberInput source="volume" label="hub.config.volume" validate={[minValue(0), maxValue(100)]} />
        <NumberInput source="brightness" label="hub.config.brightness" validate={[minValue(0), maxValue(100)]} />
        <NumberInput source="heartbeatIntervalS" label="hub.config.heartbeat" validate={[minValue(10), maxValue(3600)]} />
        <SelectInput source="voiceLanguage" label="hub.config.voice_language" choices={languages} emptyText="—" />
        {/* Three states: not set (a lower layer's value shows through), yes, no. */}
        <NullableBooleanInput source="ads.enabled" label="hub.config.ads_enabled" nullLabel="hub.config.not_set" trueLabel="ra.boolean.true" falseLabel="ra.boolean.false" />
        <NumberInput source="ads.maxPerHour" label="hub.config.ads_max_per_hour" validate={[minValue(0), maxValue(120)]} />
        <NullableBooleanInput source="ads.showDuringPayment" label="hub.config.ads_during_payment" nullLabel="hub.config.not_set" trueLabel="ra.boolean.true" falseLabel="ra.boolean.false" />
        <TradingHoursInput />
      </SimpleForm>
    </Box>
  );
}
