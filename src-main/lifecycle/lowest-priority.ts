import { setPriority } from 'node:os';

// Lowest CPU priority for the thread that imports this first, before it loads anything else: the
// maintenance thread's own start (loading its modules) then no more competes with the sign-in's
// password hash and the first dashboard than its 1 GB check does. On Linux a priority set from a
// thread is that thread's alone; elsewhere it would be the whole app's, so it is left as it is there.
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // Not allowed here (a container's policy): the thread runs at normal priority.
  }
}
