// Ad schedules domain: compiles each screen's next 24 hours of ads and delivers
// them as a versioned AdSchedule downlink.
import type { FastifyInstance } from 'fastify';
import { ScheduleInvalidation } from './schedule-invalidation.js';

declare module 'fastify' {
  interface FastifyInstance {
    adSchedules: { invalidation: ScheduleInvalidation };
  }
}

export default async function adSchedulesDomain(fastify: FastifyInstance) {
  fastify.decorate('adSchedules', { invalidation: new ScheduleInvalidation(fastify.db) });
}
