// The discounts' use cases for operators: campaigns created and changed (with
// the checks a schema cannot make), and the bank's closed statements with the
// payments behind each figure.
import type { Queryable } from '../db/database.js';
import { ConflictError, invalidField, NotFoundError } from '../platform/errors.js';
import { findCampaign, insertCampaign, listCampaigns, updateCampaign, type CampaignChanges, type CampaignRow, type CampaignValues } from './campaign-sql.js';
import type { DiscountDesk } from './discount-desk.js';
import { campaignFigures, statementDay, statementDays, statementLines, statementPayments, tenantMerchantIds } from './statement-sql.js';

export class DiscountService {
  constructor(
    private readonly db: Queryable,
    private readonly desk: DiscountDesk,
  ) {}

  async create(tenantId: string, values: CampaignValues): Promise<CampaignRow> {
    if (values.startsOn > values.endsOn) throw invalidField('/endsOn', 'must not be before startsOn');
    if (values.rule === 'threshold' && values.offFen == null) throw invalidField('/offFen', 'is required for a threshold rule');
    if (values.rule === 'threshold' && values.offFen! > (values.minSpendFen ?? 0) && (values.minSpendFen ?? 0) > 0) {
      throw invalidField('/offFen', 'must not be more than minSpendFen');
    }
    if (values.rule === 'percent' && values.percent == null) throw invalidField('/percent', 'is required for a percent rule');
    if (values.rule === 'percent' && values.capFen == null) throw invalidField('/capFen', 'is required for a percent rule');
    const ids = values.merchants.merchantIds;
    if (ids && Object.keys(values.merchants).length > 1) throw invalidField('/merchants/merchantIds', 'is a list of merchants: give it alone, not with a query');
    if (ids) {
      const known = new Set(await tenantMerchantIds(this.db, tenantId, ids));
      const unknown = ids.find((id) => !known.has(id));
      if (unknown) throw invalidField('/merchants/merchantIds', `has ${unknown}, not a merchant of this tenant`);
    }
    const row = await insertCampaign(this.db, tenantId, values);
    this.desk.forget(tenantId);
    return row;
  }

  async update(tenantId: string, id: string, changes: CampaignChanges): Promise<CampaignRow> {
    const found = await findCampaign(this.db, tenantId, id);
    if (!found) throw new NotFoundError('discount campaign');
    if (changes.endsOn !== undefined && changes.endsOn < found.starts_on) throw invalidField('/endsOn', 'must not be before startsOn');
    const row = await updateCampaign(this.db, tenantId, id, changes);
    if (!row) throw new NotFoundError('discount campaign');
    if ('belowReserved' in row) throw new ConflictError('budgetFen is below what the campaign has already reserved or given');
    this.desk.forget(tenantId);
    return row;
  }

  async get(tenantId: string, id: string) {
    const row = await findCampaign(this.db, tenantId, id);
    if (!row) throw new NotFoundError('discount campaign');
    return { row, figures: await campaignFigures(this.db, id) };
  }

  list(tenantId: string, page: { limit: number; offset: number }) {
    return listCampaigns(this.db, tenantId, page);
  }

  statementDays(tenantId: string, from: string, to: string) {
    if (from > to) throw invalidField('/from', 'must not be after to');
    return statementDays(this.db, tenantId, from, to);
  }

  async statement(tenantId: string, day: string) {
    const closed = await statementDay(this.db, tenantId, day);
    if (!closed) throw new NotFoundError('discount statement');
    return { ...closed, lines: await statementLines(this.db, tenantId, day) };
  }

  async statementPayments(tenantId: string, day: string, filter: { campaignId?: string; merchantId?: string }) {
    if (!(await statementDay(this.db, tenantId, day))) throw new NotFoundError('discount statement');
    return statementPayments(this.db, tenantId, day, filter);
  }
}
