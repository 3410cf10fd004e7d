// A picker's choices read from the hub: the first page matching a filter, sorted by name.
import { useQuery } from '@tanstack/react-query';
import { dataProvider } from '../../dataProvider';

export function useChoices(resource: string, filter: Record<string, unknown>, enabled = true) {
  return useQuery({
    queryKey: [resource, 'choices', filter],
    enabled,
    queryFn: async () => (await dataProvider.getList(resource, { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' }, filter })).data as Array<{ id: string; name: string; kind?: string }>,
  });
}
