// A screen's side of remote commands: acknowledge, carry out (an upload when
// the command asks for one), report the outcome. A command re-sent after a
// reconnect is carried out once and its outcome told again: the first report
// may have been lost with the connection, and the hub offers the command on
// every Hello until it hears one.
import { CommandStatus, type CommandBody, type UplinkProps } from '@screenhub/protocol';
import { uploadForCommand } from './screen-upload.js';

export class ScreenCommands {
  /** Commands taken, with their outcome once known. */
  private readonly taken = new Map<string, { status: number; message: string } | undefined>();

  constructor(
    private readonly publish: (body: Omit<UplinkProps, 'messageId' | 'sentAtMs'>) => Promise<void>,
    /** The text an upload command sends (the screen's "app log"). */
    private readonly appLog: () => string,
    private readonly onError: (err: Error) => void,
  ) {}

  onCommand(command: CommandBody): void {
    const id = command.commandId!;
    const report = (status: number, message = '') => {
      if (status !== CommandStatus.COMMAND_STATUS_ACKED) this.taken.set(id, { status, message });
      return this.publish({ commandResult: { commandId: id, status, message } });
    };
    if (this.taken.has(id)) {
      const outcome = this.taken.get(id);
      if (outcome) report(outcome.status, outcome.message).catch(this.onError);
      return;
    }
    this.taken.set(id, undefined);
    report(CommandStatus.COMMAND_STATUS_ACKED)
      .then(async () => {
        if (!command.uploadUrl) return report(CommandStatus.COMMAND_STATUS_SUCCEEDED, 'done');
        const status = await uploadForCommand(command, this.appLog());
        return status < 300 ? report(CommandStatus.COMMAND_STATUS_SUCCEEDED, 'uploaded') : report(CommandStatus.COMMAND_STATUS_FAILED, `upload answered ${status}`);
      })
      .catch(this.onError);
  }
}
