/**
 * Long work in the server, run a few milliseconds at a time: between slices the event loop takes its
 * turn, so messages that arrived meanwhile (a keystroke, a request about another document) are
 * handled before the work goes on. The work is a generator of small steps from the core
 * (ParseCache.warm), which itself knows nothing of timers.
 */

/** How long one slice runs before the event loop gets a turn. */
export const SLICE_MS = 4;

/** Runs `steps` to the end, or until `stop()` says so (checked between slices). Resolves whether it ran to the end. */
export async function runInSteps(steps: Iterator<unknown>, stop: () => boolean = () => false, sliceMs = SLICE_MS): Promise<boolean> {
  for (;;) {
    if (stop()) return false;
    const started = performance.now();
    do {
      if (steps.next().done) return true;
    } while (performance.now() - started < sliceMs);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
