// A screen registered through the API and placed at a merchant or store.
import type { ApiClient } from '../../../server/test/support/api-client.js';

export async function createDevice(operator: ApiClient, name: string, placement: { merchantId?: string; storeId?: string }): Promise<{ id: string; secret: string; paymentKey: string; name: string }> {
  const device = await operator.createDevice({ name });
  if (placement.merchantId || placement.storeId) {
    const placed = await operator.put(`/api/devices/${device.id}`, placement);
    if (placed.status !== 200) throw new Error(`place device: ${placed.status} ${JSON.stringify(placed.body)}`);
  }
  return { id: device.id, secret: device.secret, paymentKey: device.paymentKey, name };
}
