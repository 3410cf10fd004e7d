// Shares the database handle with every domain as `app.db`.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../db/database.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

export default fp(
  async function databasePlugin(app: FastifyInstance, options: { db: Database }) {
    app.decorate('db', options.db);
  },
  { name: 'database' },
);
