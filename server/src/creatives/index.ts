// creatives domain (work in progress).
import type { FastifyInstance } from 'fastify';

export default async function domain(_fastify: FastifyInstance) {}
