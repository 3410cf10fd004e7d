// What a simulated screen uploads for an upload command: its recent log as
// text, or a screenshot (a 1×1 PNG), POSTed to the command's upload URL with
// its upload token.
import { CommandType, type CommandBody } from '@screenhub/protocol';

const SCREENSHOT_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Uploads the file the command asks for; resolves with the hub's HTTP status. */
export async function uploadForCommand(command: CommandBody, logLine: string): Promise<number> {
  const screenshot = command.type === CommandType.COMMAND_TYPE_TAKE_SCREENSHOT;
  const response = await fetch(command.uploadUrl!, {
    method: 'POST',
    headers: { authorization: `Bearer ${command.uploadToken}`, 'content-type': screenshot ? 'image/png' : 'text/plain; charset=utf-8' },
    body: screenshot ? SCREENSHOT_PNG : Buffer.from(`${new Date().toISOString()} ${logLine}\n`),
  });
  await response.body?.cancel();
  return response.status;
}
