// What a screen makes of a CONNACK that is not "accepted". Return code 3
// (server unavailable) means the hub is busy or its database is away: not a
// refusal of this screen, so it is an ordinary error and the close that follows
// retries with backoff. Every other code refuses this screen: ConnectRefusedError,
// which makes connect() reject and the screen stop trying.

/** CONNACK return code 3: the hub cannot take the screen now. */
const CONNACK_SERVER_UNAVAILABLE = 3;

/** A CONNACK refusal, with MQTT 3.1.1's return code (4 bad credentials, 5 not authorised, 2 id rejected). */
export class ConnectRefusedError extends Error {
  override readonly name = 'ConnectRefusedError';
  constructor(readonly returnCode: number) {
    super(`connection refused with return code ${returnCode}`);
  }
}

export function connackError(returnCode: number): Error {
  return returnCode === CONNACK_SERVER_UNAVAILABLE ? new Error('server unavailable (CONNACK 3)') : new ConnectRefusedError(returnCode);
}
