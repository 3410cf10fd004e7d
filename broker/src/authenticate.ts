// aedes `authenticate` hook: username = device id = client id, password = device secret.
import type { AuthenticateError, Client } from 'aedes';
import { DEVICE_ID_PATTERN } from '@screenhub/protocol';
import type { Logger } from 'pino';
import type { BrokerMetrics } from './broker-metrics.js';
import type { ConnectAdmission } from './connect-admission.js';
import type { DeviceSessions } from './device-session.js';
import type { DeviceAuthenticator } from './types.js';

// CONNACK return codes of MQTT 3.1.1 (aedes exports them only as an ambient const enum).
const IDENTIFIER_REJECTED = 2;
const SERVER_UNAVAILABLE = 3;
const BAD_USERNAME_OR_PASSWORD = 4;
const NOT_AUTHORIZED = 5;

type Done = (error: AuthenticateError | null, success: boolean | null) => void;

function refuse(done: Done, returnCode: number, message: string): void {
  const error = new Error(message) as AuthenticateError;
  error.returnCode = returnCode;
  done(error, false);
}

export function createAuthenticateHook(deps: {
  authenticator: DeviceAuthenticator;
  sessions: DeviceSessions;
  metrics: BrokerMetrics;
  logger: Logger;
  admission: ConnectAdmission;
  /** Called when an authenticated id already has a live connection: the old one is about to be taken over. */
  onTakeover: (deviceId: string) => void;
}) {
  const { authenticator, sessions, metrics, logger, admission } = deps;

  return function authenticate(client: Client, username: string | undefined, password: Buffer | undefined, done: Done): void {
    const clientId = client.id;
    // A screen that gave up while its CONNECT waited in the accept queue: nothing to answer, nothing to look up.
    if ((client.conn as { destroyed?: boolean }).destroyed) return refuse(done, SERVER_UNAVAILABLE, 'connection already closed');
    const admitted = admission.tryEnter(client);
    if (admitted !== 'admitted') {
      metrics.authFailures.inc({ reason: admitted });
      return refuse(done, SERVER_UNAVAILABLE, 'too many screens connecting; try again later');
    }
    if (!DEVICE_ID_PATTERN.test(clientId) || username !== clientId) {
      metrics.authFailures.inc({ reason: 'client_id_mismatch' });
      logger.warn({ clientId, username }, 'mqtt connect refused: client id must equal username and be a device id');
      return refuse(done, IDENTIFIER_REJECTED, 'client id must equal username');
    }
    if (!password || password.length === 0) {
      metrics.authFailures.inc({ reason: 'no_secret' });
      return refuse(done, BAD_USERNAME_OR_PASSWORD, 'secret required');
    }
    authenticator.verify(clientId, password).then(
      (decision) => {
        if (!decision.ok) {
          metrics.authFailures.inc({ reason: decision.reason });
          logger.warn({ deviceId: clientId, reason: decision.reason }, 'mqtt connect refused');
          return refuse(done, decision.reason === 'blocked' ? NOT_AUTHORIZED : BAD_USERNAME_OR_PASSWORD, decision.reason);
        }
        sessions.open(client, decision.identity);
        deps.onTakeover(clientId);
        done(null, true);
      },
      (err: unknown) => {
        // The database is down or slow: tell the screen to come back later rather than "bad password".
        metrics.authFailures.inc({ reason: 'unavailable' });
        logger.error({ deviceId: clientId, err }, 'device authentication failed');
        refuse(done, SERVER_UNAVAILABLE, 'authentication unavailable');
      },
    );
  };
}
