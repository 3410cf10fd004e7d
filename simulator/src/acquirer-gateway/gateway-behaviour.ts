// How the local acquirer gateway behaves: fixed latency, and shares of buyers
// and failures drawn at random (for load), or forced by the auth code's last
// two digits (for tests that need one exact path).
export interface GatewayBehaviour {
  /** Added to every answer, ms. Default 0. */
  latencyMs: number;
  /** Share of payments where the buyer must enter a password first (WAIT_BUYER_PAY). Default 0. */
  passwordShare: number;
  /** How long such a buyer takes before paying, ms. Default 1500. */
  passwordDelayMs: number;
  /** Share of payments declined (insufficient balance). Default 0. */
  declineShare: number;
  /** Share of requests that hang past any client timeout (the payment still happens). Default 0. */
  timeoutShare: number;
  /** Share of requests answered 500 before doing anything. Default 0. */
  errorShare: number;
  /** Share of requests whose connection is dropped after the payment is made. Default 0. */
  dropShare: number;
}

export const defaultGatewayBehaviour: GatewayBehaviour = {
  latencyMs: 0,
  passwordShare: 0,
  passwordDelayMs: 1500,
  declineShare: 0,
  timeoutShare: 0,
  errorShare: 0,
  dropShare: 0,
};

export type PayScenario = 'pay' | 'password_then_pay' | 'password_never' | 'decline' | 'hang' | 'error_500' | 'drop_after_pay';

/**
 * Auth codes ending in these two digits force a path, so a test can ask for
 * exactly the behaviour it checks (real codes are 16–24 digits).
 */
export const forcedScenarios: Record<string, PayScenario> = {
  '91': 'decline',
  '92': 'password_then_pay',
  '93': 'password_never',
  '94': 'hang',
  '95': 'error_500',
  '96': 'drop_after_pay',
};

export function scenarioFor(authCode: string, behaviour: GatewayBehaviour, random = Math.random): PayScenario {
  const forced = forcedScenarios[authCode.slice(-2)];
  if (forced) return forced;
  const roll = random();
  let edge = 0;
  for (const [share, scenario] of [
    [behaviour.errorShare, 'error_500'],
    [behaviour.dropShare, 'drop_after_pay'],
    [behaviour.timeoutShare, 'hang'],
    [behaviour.declineShare, 'decline'],
    [behaviour.passwordShare, 'password_then_pay'],
  ] as const) {
    edge += share;
    if (roll < edge) return scenario;
  }
  return 'pay';
}
