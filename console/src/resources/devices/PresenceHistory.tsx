// A screen's connects and disconnects, newest first, with why it left and from
// where it came (GET /api/devices/:id/presence), paged.
import { Chip } from '@mui/material';
import { Datagrid, FunctionField, Pagination, ReferenceManyField, TextField, useTranslate, type RaRecord } from 'react-admin';
import { HubDateField } from '../../common/HubDateField';

export function PresenceHistory() {
  const translate = useTranslate();
  return (
    <ReferenceManyField reference="presence" target="deviceId" sort={{ field: 'at', order: 'DESC' }} pagination={<Pagination />}>
      <Datagrid bulkActionButtons={false} rowClick={false} data-testid="presence-history">
        <HubDateField source="at" showTime sortable={false} />
        <FunctionField source="online" sortable={false} render={(r: RaRecord) => <Chip size="small" color={r.online ? 'success' : 'default'} label={translate(r.online ? 'hub.device.online' : 'hub.device.offline')} />} />
        <FunctionField source="reason" sortable={false} render={(r: RaRecord) => (r.reason ? translate(`hub.disconnect.${r.reason}`, { _: r.reason }) : '—')} />
        <TextField source="remoteAddress" sortable={false} emptyText="—" />
      </Datagrid>
    </ReferenceManyField>
  );
}
