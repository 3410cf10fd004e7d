// Checks of the connection itself, with faults the hub in conformance mode
// plants: a command nobody signed put on the screen's down topic (a screen
// acts only on what the hub signed), and the screen's connection dropped
// while the hub refuses its CONNECTs for a while (it comes back, with backoff
// and jitter, without hammering the hub).
import { sleep, until, type ConformanceCheck } from './conformance-context.js';
import { dropConnection, forgeCommand, journalMark, plantFaults, readJournal } from './hub-journal.js';
import { judgeReconnects } from './reconnect-pattern.js';

const seconds = (ms: number) => (ms / 1000).toFixed(1);

export const ignoresForgedDownlinks: ConformanceCheck = {
  id: 'downlink-signature',
  title: 'ignores a downlink the hub did not sign',
  async run(ctx) {
    const since = await journalMark(ctx);
    const { commandId, connected } = await forgeCommand(ctx);
    if (!connected) return { passed: false, saw: 'the screen was not connected when the forged command was sent' };
    await sleep(ctx.timeoutMs);
    const acted = (await readJournal(ctx, since)).filter((e) => e.event === 'uplink' && e.kind === 'commandResult' && e.commandId === commandId);
    return acted.length === 0
      ? { passed: true, saw: `no result for the forged command ${commandId} in ${seconds(ctx.timeoutMs)} s` }
      : { passed: false, saw: `ran the forged command ${commandId}: reported ${acted.map((e) => e.status).join(', ')}` };
  },
};

export const reconnectsWithBackoff: ConformanceCheck = {
  id: 'reconnect',
  title: 'reconnects after a lost connection, with backoff and jitter',
  async run(ctx) {
    const windowMs = (ctx.reconnectWindowS ?? 20) * 1000;
    const since = await journalMark(ctx);
    await plantFaults(ctx, { refuseConnectsForMs: windowMs });
    await dropConnection(ctx);
    await sleep(windowMs);
    // Back within the longest wait a screen may have reached (twice the window), or the check's own timeout.
    const back = await until(
      () => readJournal(ctx, since),
      (journal) => journal.some((e) => e.event === 'connect'),
      Math.max(2 * windowMs, ctx.timeoutMs),
    );
    await plantFaults(ctx, { refuseConnectsForMs: 0 });
    const journal = back.value;
    const droppedAt = journal.find((e) => e.event === 'dropped')?.atMs ?? since;
    const refused = journal.filter((e) => e.event === 'connect_refused').map((e) => e.atMs);
    const judged = judgeReconnects(droppedAt, refused, windowMs);
    const backAt = journal.find((e) => e.event === 'connect')?.atMs;
    const shown = judged.waitsMs.slice(0, 10).map(seconds).join(', ');
    const waits = judged.waitsMs.length > 10 ? `${shown}, …` : shown;
    const saw = [
      `${judged.attempts} CONNECTs refused in ${seconds(windowMs)} s${waits ? ` (waits ${waits} s)` : ''}`,
      judged.hammering ? 'more than one attempt a second' : '',
      judged.jittered === false ? 'no jitter: the waits are equal or each double the last' : '',
      judged.jittered === undefined ? 'too few attempts to judge jitter (at least 4 expected)' : '',
      backAt ? `connected again ${seconds(backAt - droppedAt)} s after the drop` : 'not connected again',
    ];
    return { passed: !!backAt && !judged.hammering && judged.jittered === true, saw: saw.filter(Boolean).join('; ') };
  },
};
