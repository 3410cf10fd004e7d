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
  /** For auth codes ending in 98: how many cancels are answered "try again" (retry_flag=Y) before one succeeds. Default 2. */
  cancelBusyAnswers: number;
  /**
   * How long after a China Standard Time day ends its bill can be downloaded, ms. Default: the acquirer's own
   * (Alipay 9 h, WeChat Pay 10 h). A negative value publishes earlier: -86,400,000 makes today's bill ready now.
   */
  billDelayMs?: number;
  /**
   * Added to the payment time the gateway reports (Alipay's gmt_payment, send_pay_date), ms. Default 0. A payment made
   * seconds before midnight is often reported after it; tests move whole payments to an earlier day this way.
   */
  paidAtOffsetMs?: number;
}

export const defaultGatewayBehaviour: GatewayBehaviour = {
  latencyMs: 0,
  passwordShare: 0,
  passwordDelayMs: 1500,
  declineShare: 0,
  timeoutShare: 0,
  errorShare: 0,
  dropShare: 0,
  cancelBusyAnswers: 2,
};

export type PayScenario =
  | 'pay'
  | 'password_then_pay'
  | 'password_never'
  | 'decline'
  | 'hang'
  | 'error_500'
  | 'drop_after_pay'
  | 'number_taken'
  | 'password_never_cancel_refused'
  | 'password_never_cancel_busy'
  | 'delivered_twice';

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
  // Another order of the merchant (another system on the same account) already
  // holds this out_trade_no, paid, for one yuan more.
  '90': 'number_taken',
  // The buyer never confirms, and the cancel is refused (Alipay retry_flag=N).
  '97': 'password_never_cancel_refused',
  // The buyer never confirms, and the cancel is answered "try again" (retry_flag=Y)
  // `cancelBusyAnswers` times before it succeeds.
  '98': 'password_never_cancel_busy',
  // The request reaches the acquirer twice (a retrying proxy): the first pays, the
  // client sees the answer to the second (ACQ.TRADE_HAS_SUCCESS, ORDERPAID).
  '99': 'delivered_twice',
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
