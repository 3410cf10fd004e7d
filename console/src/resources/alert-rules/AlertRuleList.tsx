// The tenant's alert rules (admins change them; everyone reads).
import { BooleanField, Datagrid, List, NumberField, TextField } from 'react-admin';
import { LabelField } from '../../common/LabelField';

export function AlertRuleList() {
  return (
    <List sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <LabelField source="kind" prefix="hub.alert_kind" sortable={false} />
        <NumberField source="threshold" sortable={false} />
        <LabelField source="severity" prefix="hub.severity" sortable={false} />
        <NumberField source="openAfterMinutes" sortable={false} />
        <NumberField source="clearAfterMinutes" sortable={false} />
        <BooleanField source="enabled" sortable={false} />
      </Datagrid>
    </List>
  );
}
