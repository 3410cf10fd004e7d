// A scenario file: what the simulated fleet does. JSON, checked on load with
// reasons; everything but `screens` has a default. See simulator/scenarios/.
import { readFile } from 'node:fs/promises';

export interface Scenario {
  name: string;
  /** A running hub; when absent the CLI starts one (embedded database) and stops it at the end. */
  hub?: { httpUrl: string; mqttUrl: string; adminEmail: string; adminPassword: string };
  screens: number;
  /** Simulator processes; each holds at most 15,000 screens (the open-file limit is 20,000). */
  workers: number;
  durationSeconds: number;
  connect: { rampSeconds: number; reconnectInitialDelayMs: number; reconnectMaxDelayMs: number };
  payments: {
    /** Payments a screen takes in a (simulated) day. */
    perScreenPerDay: number;
    /** How long a simulated day lasts, seconds: the whole day curve plays in this time. */
    dayLengthSeconds: number;
    /** 24 relative weights, one per hour: lunch and dinner peaks by default. */
    hourlyWeights: number[];
    slowBuyerShare: number;
    declineShare: number;
    minFen: number;
    maxFen: number;
    /** The local Alipay gateway's latency, ms. */
    gatewayLatencyMs: number;
    /**
     * Its HTTPS port (0: any free one). With a `hub` section, that hub must trust simulator/fixtures/tls/ca.pem
     * (HUB_ACQUIRER_CA_FILE) and list https://127.0.0.1:<port>/gateway.do in HUB_ALIPAY_GATEWAYS, so fix the port.
     */
    gatewayPort: number;
  };
  /** An OTA campaign during the run (absent: none): a signed release of random bytes to every screen. */
  ota?: {
    /** When the campaign starts, seconds into the run. */
    atSeconds: number;
    packageKiB: number;
    /** Cumulative percentages, ending at 100. */
    waves: number[];
    soakSeconds: number;
    /** Share of screens whose new version does not boot (they roll back). */
    failureShare: number;
    failureThresholdPct: number;
    minFinished: number;
    /** 'any', or only outside the merchant's trading hours (the simulated merchant has none: 02:00-05:00). */
    installWindow: 'any' | 'outside_trading_hours';
  };
}

// A small shop's day: nothing at night, breakfast, a lunch peak at 12, an afternoon lull, a dinner peak at 18-19.
export const defaultHourlyWeights = [0.1, 0.05, 0.02, 0.02, 0.05, 0.2, 0.6, 1.2, 1.4, 1, 1, 2.2, 3, 2.2, 1, 0.8, 1, 1.8, 2.8, 2.6, 1.6, 1, 0.5, 0.2];

const defaults: Omit<Scenario, 'screens'> = {
  name: 'scenario',
  workers: 1,
  durationSeconds: 60,
  connect: { rampSeconds: 10, reconnectInitialDelayMs: 500, reconnectMaxDelayMs: 30_000 },
  payments: { perScreenPerDay: 60, dayLengthSeconds: 60, hourlyWeights: defaultHourlyWeights, slowBuyerShare: 0.1, declineShare: 0.02, minFen: 100, maxFen: 20_000, gatewayLatencyMs: 50, gatewayPort: 0 },
};

const defaultOta: NonNullable<Scenario['ota']> = { atSeconds: 10, packageKiB: 1024, waves: [10, 50, 100], soakSeconds: 10, failureShare: 0, failureThresholdPct: 20, minFinished: 5, installWindow: 'any' };

export class ScenarioError extends Error {}

export function parseScenario(raw: unknown): Scenario {
  if (typeof raw !== 'object' || raw === null) throw new ScenarioError('a scenario is a JSON object');
  const input = raw as Partial<Scenario>;
  const scenario: Scenario = {
    ...defaults,
    ...input,
    screens: input.screens as number,
    connect: { ...defaults.connect, ...input.connect },
    payments: { ...defaults.payments, ...input.payments },
  };
  const check = (ok: boolean, message: string) => {
    if (!ok) throw new ScenarioError(message);
  };
  const positiveInt = (value: unknown) => Number.isInteger(value) && (value as number) > 0;
  const share = (value: number) => value >= 0 && value <= 1;
  check(positiveInt(scenario.screens), 'screens: a positive whole number is required');
  check(positiveInt(scenario.workers), 'workers: a positive whole number');
  check(scenario.screens / scenario.workers <= 15_000, `workers: ${scenario.workers} processes cannot hold ${scenario.screens} screens (at most 15,000 each)`);
  check(positiveInt(scenario.durationSeconds), 'durationSeconds: a positive whole number');
  check(scenario.connect.rampSeconds >= 0, 'connect.rampSeconds: zero or more');
  check(scenario.payments.perScreenPerDay >= 0, 'payments.perScreenPerDay: zero or more');
  check(scenario.payments.dayLengthSeconds > 0, 'payments.dayLengthSeconds: more than zero');
  check(Array.isArray(scenario.payments.hourlyWeights) && scenario.payments.hourlyWeights.length === 24 && scenario.payments.hourlyWeights.every((w) => w >= 0), 'payments.hourlyWeights: 24 weights of zero or more');
  check(share(scenario.payments.slowBuyerShare) && share(scenario.payments.declineShare) && scenario.payments.slowBuyerShare + scenario.payments.declineShare <= 1, 'payments: the slow and declined shares are between 0 and 1 and add up to at most 1');
  check(positiveInt(scenario.payments.minFen) && scenario.payments.maxFen >= scenario.payments.minFen, 'payments: minFen and maxFen are whole fen, minFen ≤ maxFen');
  check(Number.isInteger(scenario.payments.gatewayPort) && scenario.payments.gatewayPort >= 0 && scenario.payments.gatewayPort <= 65535, 'payments.gatewayPort: a port number, or 0 for any');
  if (input.ota !== undefined) {
    const ota = (scenario.ota = { ...defaultOta, ...input.ota });
    check(ota.atSeconds >= 0 && ota.atSeconds < scenario.durationSeconds, 'ota.atSeconds: within the run');
    check(positiveInt(ota.packageKiB), 'ota.packageKiB: a positive whole number');
    check(Array.isArray(ota.waves) && ota.waves.length > 0 && ota.waves.every((w, i) => Number.isInteger(w) && w > 0 && (i === 0 || w > ota.waves[i - 1]!)) && ota.waves.at(-1) === 100, 'ota.waves: ascending percentages ending at 100');
    check(ota.soakSeconds >= 0, 'ota.soakSeconds: zero or more');
    check(share(ota.failureShare), 'ota.failureShare: between 0 and 1');
    check(['any', 'outside_trading_hours'].includes(ota.installWindow), 'ota.installWindow: any or outside_trading_hours');
  }
  if (scenario.hub) check(['httpUrl', 'mqttUrl', 'adminEmail', 'adminPassword'].every((k) => typeof (scenario.hub as Record<string, unknown>)[k] === 'string'), 'hub: httpUrl, mqttUrl, adminEmail and adminPassword');
  return scenario;
}

export async function loadScenario(path: string): Promise<Scenario> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new ScenarioError(`${path}: ${(err as Error).message}`);
  }
  return parseScenario(raw);
}

/** The fleet's payments per second `elapsedSeconds` into the run: the day curve, compressed into dayLengthSeconds. */
export function paymentRateAt(scenario: Scenario, elapsedSeconds: number): number {
  const { perScreenPerDay, dayLengthSeconds, hourlyWeights } = scenario.payments;
  const mean = hourlyWeights.reduce((a, b) => a + b, 0) / 24;
  if (mean === 0) return 0;
  const hour = Math.floor(((elapsedSeconds % dayLengthSeconds) / dayLengthSeconds) * 24);
  return ((scenario.screens * perScreenPerDay) / dayLengthSeconds) * (hourlyWeights[hour]! / mean);
}
