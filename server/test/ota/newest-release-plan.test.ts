// The planner's choices on their own (newest-release.ts): which release a
// screen gets out of several campaigns, through which required steps, and when
// it is left alone. The end-to-end flows are in newest-release.test.ts.
import { describe, expect, it } from 'vitest';
import { planRelease, type LiveRow, type StepRelease } from '../../src/ota/newest-release.js';

const screen = { model: 'P1', hardwareRevision: 'B', app: '1.0.0', firmware: '5.0.0' };
let n = 0;
const row = (version: string, extra: Partial<LiveRow> = {}): LiveRow => ({
  campaign_id: `c${++n}`, device_id: 'd', state: 'pending', offered_release_id: null, campaign_created_at: new Date(n * 1000),
  kind: 'app', version, target_models: [], target_hardware_revisions: [], min_version: null, ...extra,
});
const step = (id: string, version: string, extra: Partial<StepRelease> = {}): StepRelease => ({ id, kind: 'app', version, target_models: [], target_hardware_revisions: [], min_version: null, ...extra });

describe('the release plan', () => {
  it('offers the newest release that fits and supersedes the older ones', () => {
    const old = row('1.1.0', { state: 'offered' });
    const newest = row('1.3.0');
    const otherBoard = row('1.4.0', { target_hardware_revisions: ['A'] });
    const plan = planRelease(screen, [old, newest, otherBoard], []);
    expect(plan.offer).toEqual({ campaignId: newest.campaign_id, releaseId: null });
    expect(plan.supersede).toEqual([{ campaignId: old.campaign_id, reason: 'superseded by 1.3.0', wasOpen: true }]);
  });

  it('takes the lowest required step first, then the next', () => {
    const target = row('2.0.0', { min_version: '1.5.0' });
    const steps = [step('s2', '1.5.0', { min_version: '1.2.0' }), step('s1', '1.2.0'), step('later', '2.5.0')];
    expect(planRelease(screen, [target], steps).offer).toEqual({ campaignId: target.campaign_id, releaseId: 's1' });
    expect(planRelease({ ...screen, app: '1.2.0' }, [{ ...target, state: 'offered', offered_release_id: 's1' }], steps).offer).toEqual({ campaignId: target.campaign_id, releaseId: 's2' });
    // On the last step: the campaign's own release, switched on the same row.
    expect(planRelease({ ...screen, app: '1.5.0' }, [{ ...target, state: 'offered', offered_release_id: 's2' }], steps).offer).toEqual({ campaignId: target.campaign_id, releaseId: null });
  });

  it('offers nothing below a minimum no step leads to, and keeps the older offer then', () => {
    const old = row('1.1.0', { state: 'offered' });
    const plan = planRelease(screen, [old, row('3.0.0', { min_version: '2.0.0' })], []);
    expect(plan).toEqual({ supersede: [] });
  });

  it('leaves a screen alone while it installs, and marks releases it is already past', () => {
    expect(planRelease(screen, [row('1.1.0', { state: 'installing' }), row('1.2.0')], [])).toEqual({ supersede: [] });
    const past = row('0.9.0', { state: 'expired' });
    expect(planRelease(screen, [past], []).supersede).toEqual([{ campaignId: past.campaign_id, reason: 'already on 1.0.0', wasOpen: false }]);
  });

  it('serves the kind that holds the open offer first, else firmware before the app', () => {
    const app = row('1.1.0');
    const firmware = row('5.1.0', { kind: 'firmware' });
    expect(planRelease(screen, [app, firmware], []).offer?.campaignId).toBe(firmware.campaign_id);
    expect(planRelease(screen, [{ ...app, state: 'downloading' }, firmware], []).offer).toBeUndefined();
  });
});
