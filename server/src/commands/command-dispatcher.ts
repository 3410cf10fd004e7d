// Gets commands to screens: at once when the screen is connected here, else on
// its next connect (every open command is sent again then; the screen acts on
// each command id once). Results come back as CommandResult uplinks; commands
// without a final result expire.
import type { DeviceBroker, UplinkEvent } from '@screenhub/broker';
import { CommandStatus, CommandType as WireCommandType } from '@screenhub/protocol';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import type { HubEvents } from '../platform/hub-events.js';
import { perTurnBatch } from '../platform/per-turn-batch.js';
import { PeriodicTask } from '../platform/periodic-task.js';
import { expireCommands, markSent, openCommands, recordResult, uploadCommandTypes, type CommandRow } from './command-sql.js';

const wireType: Record<CommandRow['type'], number> = {
  reboot: WireCommandType.COMMAND_TYPE_REBOOT,
  set_volume: WireCommandType.COMMAND_TYPE_SET_VOLUME,
  play_test_announcement: WireCommandType.COMMAND_TYPE_PLAY_TEST_ANNOUNCEMENT,
  upload_logs: WireCommandType.COMMAND_TYPE_UPLOAD_LOGS,
  take_screenshot: WireCommandType.COMMAND_TYPE_TAKE_SCREENSHOT,
};

/** Where and with what token a screen uploads the file an upload command asks for. */
export type UploadLink = (commandId: string) => { url: string; token: string };
const resultState: Record<number, 'acked' | 'succeeded' | 'failed' | undefined> = {
  [CommandStatus.COMMAND_STATUS_ACKED]: 'acked',
  [CommandStatus.COMMAND_STATUS_SUCCEEDED]: 'succeeded',
  [CommandStatus.COMMAND_STATUS_FAILED]: 'failed',
};

export class CommandDispatcher {
  private readonly expiry: PeriodicTask;
  /** A screen's open commands; the Hellos of one event-loop turn ask in one query. */
  private readonly openCommands = perTurnBatch((deviceIds: string[]) => openCommands(this.db, deviceIds));
  private nextMessageId = 1;

  private readonly db: Database;
  private readonly broker: DeviceBroker;
  private readonly events: HubEvents;
  private readonly logger: FastifyBaseLogger;
  private readonly uploadLink: UploadLink;

  constructor(options: { db: Database; broker: DeviceBroker; events: HubEvents; logger: FastifyBaseLogger; expirySweepMs: number; uploadLink: UploadLink }) {
    const { expirySweepMs } = options;
    this.db = options.db;
    this.broker = options.broker;
    this.events = options.events;
    this.logger = options.logger;
    this.uploadLink = options.uploadLink;
    this.expiry = new PeriodicTask(() => this.expire(), expirySweepMs, (err) => this.logger.error({ err }, 'command expiry failed'));
  }

  start(): void {
    this.expiry.start();
  }

  stop(): Promise<void> {
    return this.expiry.stop();
  }

  /** Sends new commands now to those of their screens that may be connected (to this process, or to another one through Redis). */
  async dispatch(commands: CommandRow[]): Promise<void> {
    await this.send(commands.filter((command) => this.broker.mayReach(command.device_id)));
  }

  /** A screen connected: send everything still open for it. */
  async onConnect(deviceId: string): Promise<void> {
    await this.send((await this.openCommands(deviceId)) ?? []);
  }

  async onResult(event: UplinkEvent): Promise<void> {
    const result = event.message.commandResult!;
    const state = resultState[result.status ?? 0];
    if (!state || !result.commandId || !/^[0-9a-f-]{36}$/.test(result.commandId)) return;
    // Only the screen the command was for can report on it (device_id in the update).
    const updated = await recordResult(this.db, event.identity.deviceId, result.commandId, state, (result.message ?? '').slice(0, 500));
    if (updated) this.publish(updated);
  }

  /** Open commands past their expiry become `expired`, each announced once. */
  private async expire(): Promise<void> {
    for (const command of await expireCommands(this.db)) this.publish(command);
  }

  private async send(commands: CommandRow[]): Promise<void> {
    const handed: string[] = [];
    for (const command of commands) {
      const upload = uploadCommandTypes.has(command.type) ? this.uploadLink(command.id) : undefined;
      const sent = await this.broker.sendDownlink(command.device_id, {
        messageId: this.nextMessageId++,
        sentAtMs: Date.now(),
        command: {
          commandId: command.id,
          type: wireType[command.type],
          volume: command.args.volume ?? 0,
          text: command.args.text ?? '',
          expiresAtMs: command.expires_at.getTime(),
          uploadUrl: upload?.url ?? '',
          uploadToken: upload?.token ?? '',
        },
      });
      // `sent` means handed to a connection of the screen; one connected nowhere keeps it queued for its next Hello.
      if (sent && command.state === 'queued') handed.push(command.id);
    }
    await markSent(this.db, handed);
  }

  private publish(command: CommandRow): void {
    this.events.publish(command.tenant_id, `command.${command.state}`, {
      commandId: command.id,
      deviceId: command.device_id,
      type: command.type,
      message: command.result_message,
      bulkId: command.bulk_id,
    });
  }
}
