// What the .proto cannot say about the screens' MQTT interface: for each body
// of the Uplink and Downlink envelopes, what it is for, the QoS it travels at,
// and what the hub answers to it. The AsyncAPI document (asyncapi-document.ts)
// joins this to the .proto's own schemas; a test fails if a body of the
// envelopes has no entry here, so a new body cannot go undocumented.

export interface BodyFacts {
  summary: string;
  /** QoS the sender uses (the reference screen's for uplinks; the hub takes 0 or 1, never needs 2). */
  qos: 0 | 1;
  /** Downlink bodies the hub answers with, `reply_to` set to the uplink's message_id. */
  replies?: string[];
  description?: string;
}

/** Uplink bodies (screen → hub, on dev/{deviceId}/up), by their field name in `Uplink.body`. */
export const UPLINK_BODIES: Record<string, BodyFacts> = {
  hello: {
    summary: 'The first message after every CONNECT: who the screen is and what it still waits for.',
    qos: 1,
    replies: ['welcome'],
    description:
      'Answered with Welcome (the hub clock and the heartbeat interval). The hub then offers again what the screen must ' +
      'receive and may have missed: the PayResult of every order number in awaiting_order_nos that has ended, pending ' +
      'commands, the config when its version differs, the current ad schedule and any OTA offer. Nothing else depends ' +
      'on the MQTT session: a screen may connect with a clean session every time.',
  },
  heartbeat: {
    summary: 'Health every Welcome.heartbeat_interval_s seconds.',
    qos: 1,
    description: 'No answer. Kept as the screen\'s live state and history; a screen silent for 1.5 × its keepalive is offline.',
  },
  pay_request: {
    summary: 'A barcode payment: the customer\'s payment code was scanned.',
    qos: 1,
    replies: ['pay_result'],
    description:
      'Signed with the payment key (protocol/src/payment-signature.ts). Exactly one PayResult per (screen, order_no), ' +
      'however often the request is delivered: send the same order number again after a lost answer, never a new one. ' +
      'A PayResult with PAY_STATUS_RETRY_LATER (QoS 0) is not an outcome: send the same request again after ' +
      'retry_after_ms. Refused (PAY_STATUS_FAILED with failure_reason) when the signature is wrong, the signed time is ' +
      'more than the allowed skew from the hub clock, or a field is out of range.',
  },
  qr_pay_request: {
    summary: 'A dynamic QR payment: the customer will scan a code the screen shows.',
    qos: 1,
    replies: ['qr_code', 'pay_result'],
    description: 'Answered with QrCode, then with exactly one PayResult when the customer paid or the code expired.',
  },
  command_result: { summary: 'The outcome of a Command, by its command_id.', qos: 1, description: 'No answer. A command is carried out once per id.' },
  config_report: { summary: 'The config the screen applied, with its version.', qos: 1, description: 'No answer; the hub records it as the reported twin.' },
  ota_status: {
    summary: 'Progress of an update offered by OtaOffer (OtaState), with the reason of a failure.',
    qos: 1,
    description: 'No answer. Drives the campaign\'s waves, pauses and rollbacks.',
  },
  ad_schedule_ack: { summary: 'The ad schedule version the screen holds, and the creatives it could not fetch.', qos: 1 },
  play_proofs: {
    summary: 'Proof of play: a batch of ad plays, in order, with a batch id unique for the screen.',
    qos: 1,
    replies: ['play_proofs_ack'],
    description: 'Answered with PlayProofsAck once the batch is written; a batch sent again (same id) is written once.',
  },
};

/** Downlink bodies (hub → screen, on dev/{deviceId}/down), by their field name in `Downlink.body`. */
export const DOWNLINK_BODIES: Record<string, BodyFacts> = {
  welcome: { summary: 'Answer to Hello: the hub clock, the heartbeat interval, the device id.', qos: 1 },
  pay_result: {
    summary: 'The outcome of a PayRequest or QrPayRequest, spoken by the screen (speech).',
    qos: 1,
    description: 'QoS 1 for outcomes; PAY_STATUS_RETRY_LATER, which is advice, at QoS 0.',
  },
  qr_code: { summary: 'The code to show for a QrPayRequest, until it expires.', qos: 1 },
  command: {
    summary: 'Do something (reboot, set the volume, play a test announcement, upload logs or a screenshot); answer with CommandResult.',
    qos: 1,
    description: 'Sent when an operator asks and again on Hello until a result arrives or it expires.',
  },
  config_update: { summary: 'The screen\'s effective config (JSON) and its version; answer with ConfigReport.', qos: 1 },
  ota_offer: {
    summary: 'An update to download (ranges may resume), verify (SHA-256 and the release\'s Ed25519 signature) and install in its window.',
    qos: 1,
    description: 'Never install during a payment, nor in trading hours unless force is set. withdrawn: true cancels the offer.',
  },
  ad_schedule: { summary: 'The screen\'s ad schedule: creatives, hours, layouts and triggers; answer with AdScheduleAck.', qos: 1 },
  reconnect: { summary: 'This hub process is stopping: reconnect after delay_ms plus a random part of spread_ms.', qos: 1 },
  play_proofs_ack: { summary: 'The proof-of-play batches now written: forget them.', qos: 1 },
};
