// Advertisers of the tenant (their API keys are managed through the API).
import { BooleanField, Datagrid, DateField, List, SearchInput, TextField } from 'react-admin';

export function AdvertiserList() {
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="category" />
        <TextField source="contactEmail" sortable={false} emptyText="—" />
        <BooleanField source="disabled" sortable={false} />
        <DateField source="createdAt" />
      </Datagrid>
    </List>
  );
}
