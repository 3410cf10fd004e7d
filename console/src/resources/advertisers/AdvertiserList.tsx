// Advertisers of the tenant (their API keys are managed through the API).
import { BooleanField, Datagrid, List, SearchInput, TextField } from 'react-admin';
import { HubDateField } from '../../common/HubDateField';

export function AdvertiserList() {
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="category" />
        <TextField source="contactEmail" sortable={false} emptyText="—" />
        <BooleanField source="disabled" sortable={false} />
        <HubDateField source="createdAt" />
      </Datagrid>
    </List>
  );
}
