import type { Clock } from './clock';

export interface Scheduler {
  /** Runs `fn` once the clock reaches `at`; returns a cancel function. */
  at(at: number, fn: () => void): () => void;
  /** Runs what is due now; called by the timer and after the clock is moved. */
  runDue(): void;
  stop(): void;
}

/**
 * Where a job due at `at` goes in the sorted queue: after every job due at the same time, so jobs
 * due together run in the order they were added. A binary search: at start every waiting reply's
 * deadline is queued (13,000 at a million customers), and a linear scan made that quadratic.
 */
function firstLaterThan(jobs: readonly { at: number }[], at: number): number {
  let lo = 0;
  let hi = jobs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (jobs[mid]!.at > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * One queue of timed jobs driven by the injected clock. It waits for the next due time with a
 * single real timer instead of polling, so ten thousand pending jobs cost nothing; moving a test
 * clock and calling runDue fires exactly what became due.
 */
export function createScheduler(clock: Clock, options: { realTimers: boolean } = { realTimers: true }): Scheduler {
  let jobs: { at: number; seq: number; fn: () => void }[] = [];
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!options.realTimers || stopped || jobs.length === 0) return;
    // Timers cap at ~24.8 days; re-arming on wake keeps far-off jobs correct.
    const wait = Math.min(Math.max(0, (jobs[0]?.at ?? 0) - clock.now()), 2_000_000_000);
    timer = setTimeout(runDue, wait);
    timer.unref?.();
  };

  function runDue(): void {
    const now = clock.now();
    while (jobs.length > 0 && (jobs[0]?.at ?? Infinity) <= now) {
      const job = jobs.shift()!;
      try {
        job.fn();
      } catch (err) {
        console.error('[scheduler] job failed', err);
      }
    }
    arm();
  }

  return {
    at(at, fn) {
      const job = { at, seq: seq++, fn };
      const i = firstLaterThan(jobs, at);
      if (i === jobs.length) jobs.push(job);
      else jobs.splice(i, 0, job);
      if (jobs[0] === job) arm();
      return () => {
        jobs = jobs.filter((j) => j !== job);
        arm();
      };
    },
    runDue,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      jobs = [];
    },
  };
}
