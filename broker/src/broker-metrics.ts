// Prometheus metrics of the MQTT layer, registered on the registry the embedder
// passes in (the server exposes that registry on /metrics).
import { Counter, Gauge, Registry } from 'prom-client';

export type DropReason = 'undecodable' | 'oversized' | 'rate_limited' | 'acl_denied' | 'retained' | 'sink_error';

export class BrokerMetrics {
  readonly connected: Gauge;
  readonly connecting: Gauge;
  readonly messagesIn: Counter<'kind'>;
  readonly messagesOut: Counter<'kind'>;
  readonly downlinksUnsent: Counter<'kind' | 'reason'>;
  readonly uplinksDropped: Counter<'reason'>;
  readonly authFailures: Counter<'reason'>;
  readonly aclDenials: Counter<'action'>;
  readonly connections: Counter<'transport'>;
  readonly disconnects: Counter<'reason'>;
  readonly clusterMessages: Counter<'type' | 'direction'>;

  constructor(registry: Registry, connectedCount: () => number, connectingCount: () => number) {
    const registers = [registry];
    this.connected = new Gauge({
      name: 'hub_mqtt_connected_devices',
      help: 'Screens with an authenticated MQTT session on this process',
      registers,
      collect() {
        this.set(connectedCount());
      },
    });
    this.connecting = new Gauge({
      name: 'hub_mqtt_connecting',
      help: 'CONNECT handshakes this process is working on (bounded by HUB_MQTT_MAX_CONNECTING)',
      registers,
      collect() {
        this.set(connectingCount());
      },
    });
    this.messagesIn = new Counter({ name: 'hub_mqtt_messages_in_total', help: 'Decoded uplinks by body kind', labelNames: ['kind'], registers });
    this.messagesOut = new Counter({ name: 'hub_mqtt_messages_out_total', help: 'Downlinks published by body kind', labelNames: ['kind'], registers });
    this.downlinksUnsent = new Counter({
      name: 'hub_mqtt_downlinks_unsent_total',
      help: 'Downlinks the hub did not publish, by body kind and reason (no_key: no downlink key to sign with; holder_gone: the process holding the screen is gone, or the screen left it)',
      labelNames: ['kind', 'reason'],
      registers,
    });
    this.uplinksDropped = new Counter({
      name: 'hub_mqtt_uplinks_dropped_total',
      help: 'Uplinks dropped before reaching the hub, by reason (undecodable counts decode failures)',
      labelNames: ['reason'],
      registers,
    });
    this.authFailures = new Counter({ name: 'hub_mqtt_auth_failures_total', help: 'CONNECTs refused, by reason', labelNames: ['reason'], registers });
    this.aclDenials = new Counter({ name: 'hub_mqtt_acl_denials_total', help: 'What a screen may not do, by action: publish or subscribe outside its own topics, set a will; forward: a message kept from a screen (retained, or not its own down topic)', labelNames: ['action'], registers });
    this.connections = new Counter({ name: 'hub_mqtt_connections_total', help: 'Authenticated sessions opened, by transport', labelNames: ['transport'], registers });
    this.disconnects = new Counter({ name: 'hub_mqtt_disconnects_total', help: 'Sessions closed, by reason', labelNames: ['reason'], registers });
    this.clusterMessages = new Counter({
      name: 'hub_mqtt_cluster_messages_total',
      help: 'Messages between hub processes over Redis (cluster-link.ts), by type (downlink, takeover, kick) and direction (sent, received)',
      labelNames: ['type', 'direction'],
      registers,
    });
  }
}
