// advertisers domain (work in progress).
import type { FastifyInstance } from 'fastify';

export default async function advertisersDomain(_fastify: FastifyInstance) {}
