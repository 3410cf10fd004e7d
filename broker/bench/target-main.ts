// Runs one benchmark target broker in this process: `tsx broker/bench/target-main.ts hub|aedes <port>`.
// Prints "ready" when listening; answers "count" on stdin with the uplinks it received.
import { startTarget, type TargetName } from './broker-targets.js';

const [name, port] = process.argv.slice(2);
const target = await startTarget(name as TargetName, Number(port));
process.stdout.write('ready\n');
process.stdin.on('data', () => process.stdout.write(`count ${target.uplinks()}\n`));
