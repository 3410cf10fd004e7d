// Reports are reached from their merchant (the hub lists them per merchant), so no list here.
import { ReconciliationShow } from './ReconciliationShow';

export default { show: ReconciliationShow };
