import { describe, expect, it } from 'vitest';
import { CallRouter, type Lane } from './call-router';

const readOnly = () =>
  Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });

/** A promise with its resolve, to play a call that takes as long as the test says. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('CallRouter', () => {
  it('runs ordinary calls on the writer when nothing long is running', async () => {
    const router = new CallRouter(() => true);
    expect(await router.run('shared', async (lane) => lane)).toBe('writer');
  });

  it('serves reads from the reader while an import holds the writer, and writes after it', async () => {
    const router = new CallRouter(() => true);
    const events: string[] = [];
    const importing = gate();
    const long = router.run('exclusive', async (lane) => {
      events.push(`import on ${lane}`);
      await importing.opened;
      events.push('import done');
    });
    await turn();
    const read = router.run('shared', async (lane) => {
      events.push(`read on ${lane}`);
      return lane;
    });
    const lanes: Lane[] = [];
    const write = router.run('shared', async (lane) => {
      lanes.push(lane);
      if (lane === 'reader') throw readOnly();
      events.push(`write on ${lane}`);
    });
    expect(await read).toBe('reader');
    await turn();
    expect(events).toEqual(['import on writer', 'read on reader']);
    importing.open();
    await Promise.all([long, write]);
    expect(events).toEqual(['import on writer', 'read on reader', 'import done', 'write on writer']);
    // Tried once on the reader, refused there before it changed anything, then run on the writer.
    expect(lanes).toEqual(['reader', 'writer']);
  });

  it('starts an import only when the calls already using the writer have finished', async () => {
    const router = new CallRouter(() => true);
    const events: string[] = [];
    const signingIn = gate();
    const login = router.run('shared', async (lane) => {
      events.push(`login starts on ${lane}`);
      await signingIn.opened;
      events.push('login done');
    });
    const long = router.run('exclusive', async () => {
      events.push('import');
    });
    await turn();
    expect(events).toEqual(['login starts on writer']);
    signingIn.open();
    await Promise.all([login, long]);
    expect(events).toEqual(['login starts on writer', 'login done', 'import']);
  });

  it('runs two imports one after the other', async () => {
    const router = new CallRouter(() => true);
    const events: string[] = [];
    const first = gate();
    const a = router.run('exclusive', async () => {
      events.push('a starts');
      await first.opened;
      events.push('a ends');
    });
    const b = router.run('exclusive', async () => {
      events.push('b');
    });
    await turn();
    expect(events).toEqual(['a starts']);
    first.open();
    await Promise.all([a, b]);
    expect(events).toEqual(['a starts', 'a ends', 'b']);
  });

  it('holds every call, reads too, while the connections are replaced', async () => {
    const router = new CallRouter(() => true);
    const events: string[] = [];
    const restoring = gate();
    const restore = router.run('offline', async () => {
      events.push('restore starts');
      await restoring.opened;
      events.push('restore ends');
    });
    await turn();
    const read = router.run('shared', async (lane) => {
      events.push(`read on ${lane}`);
    });
    await turn();
    expect(events).toEqual(['restore starts']);
    restoring.open();
    await Promise.all([restore, read]);
    expect(events).toEqual(['restore starts', 'restore ends', 'read on writer']);
  });

  it('without a reader (an in-memory database) a call waits for the import to end', async () => {
    const router = new CallRouter(() => false);
    const events: string[] = [];
    const importing = gate();
    const long = router.run('exclusive', async () => {
      await importing.opened;
      events.push('import done');
    });
    await turn();
    const read = router.run('shared', async (lane) => {
      events.push(`read on ${lane}`);
    });
    await turn();
    expect(events).toEqual([]);
    importing.open();
    await Promise.all([long, read]);
    expect(events).toEqual(['import done', 'read on writer']);
  });

  it('passes other errors of a reader call on without running it again', async () => {
    const router = new CallRouter(() => true);
    const importing = gate();
    const long = router.run('exclusive', () => importing.opened);
    await turn();
    let runs = 0;
    await expect(
      router.run('shared', async () => {
        runs += 1;
        throw new Error('not found');
      }),
    ).rejects.toThrow('not found');
    expect(runs).toBe(1);
    importing.open();
    await long;
  });

  it('runs a refused write on the writer when the import ended while it was being refused', async () => {
    const router = new CallRouter(() => true);
    const importing = gate();
    const long = router.run('exclusive', () => importing.opened);
    await turn();
    const lanes: Lane[] = [];
    const write = router.run('shared', async (lane) => {
      lanes.push(lane);
      if (lane === 'reader') {
        // The import ends while this call is still on the reader.
        importing.open();
        await long;
        throw readOnly();
      }
      return 'saved';
    });
    expect(await write).toBe('saved');
    expect(lanes).toEqual(['reader', 'writer']);
  });
});
