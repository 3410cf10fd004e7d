// Ad schedules domain: compiles each screen's next 24 hours of ads (only the
// screens a change touched, plus those running out), stores them once per
// distinct content, and delivers them as a versioned AdSchedule downlink; the
// screen acknowledges, and gets it again on Hello until it does.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HubConfig } from '../config.js';
import { ScheduleCompilerTask } from './schedule-compiler-task.js';
import { ScheduleInvalidation } from './schedule-invalidation-sql.js';
import { scheduleRoutes } from './schedule-routes.js';
import { perTurnBatch } from '../platform/per-turn-batch.js';
import { recordAck, unackedSchedules } from './schedule-sql.js';
import { describeScheduleEvents } from './live-events.js';

/** The settings this domain reads (config.ts); its options' type lets it read no others. */
export type AdSchedulesConfig = Pick<HubConfig, 'adCompileMs'>;

declare module 'fastify' {
  interface FastifyInstance {
    adSchedules: { invalidation: ScheduleInvalidation; compiler: ScheduleCompilerTask };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Creatives a screen may report missing in one ack: a schedule names far fewer; a longer list is a buggy or hostile screen. */
const MAX_MISSING_REPORTED = 100;

async function adSchedulesDomain(fastify: FastifyInstance, options: { config: AdSchedulesConfig }) {
  describeScheduleEvents(fastify);
  const logger = fastify.log.child({ component: 'ad-schedules' });
  // The creatives domain registers after this one; its URLs are only needed once the hub runs.
  const mediaUrl = (creative: { id: string; sha256: string }) => fastify.creatives.mediaUrl(creative);
  const compiler = new ScheduleCompilerTask(fastify.db, fastify.mqtt.broker, fastify.hubEvents, mediaUrl, logger, options.config.adCompileMs);
  fastify.decorate('adSchedules', { invalidation: new ScheduleInvalidation(fastify.db), compiler });

  // The Hellos of one event-loop turn ask for their schedules in one query.
  const unackedSchedule = perTurnBatch((deviceIds: string[]) => unackedSchedules(fastify.db, deviceIds));
  fastify.mqtt.uplinks.on('hello', async (event) => {
    const body = await unackedSchedule(event.identity.deviceId);
    if (body) await compiler.sendIfUnacked(event.identity.deviceId, body);
  });
  fastify.mqtt.uplinks.on('adScheduleAck', async (event) => {
    const ack = event.message.adScheduleAck!;
    const missing = (ack.missingCreativeIds ?? []).filter((id) => UUID.test(id)).slice(0, MAX_MISSING_REPORTED);
    const tenantId = await recordAck(fastify.db, event.identity.deviceId, ack.version ?? 0, missing);
    if (tenantId) fastify.hubEvents.publish(tenantId, 'ads.schedule.ack', { deviceId: event.identity.deviceId, version: ack.version, missingCreativeIds: missing });
  });
  fastify.addHook('onReady', async () => compiler.start());
  fastify.addHook('onClose', async () => compiler.stop());
  await fastify.register(scheduleRoutes, { compiler });
}

export default fp(adSchedulesDomain, { name: 'ad-schedules', dependencies: ['mqtt', 'devices'] });
