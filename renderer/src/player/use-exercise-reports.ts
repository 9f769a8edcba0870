import { useCallback, useEffect, useRef } from 'react';
import type { PostureApi } from '@shared/ipc-contract';
import type { Feedback } from '@shared/program/progression';
import { reportFailure } from '../api';
import type { SessionEntry } from './session';

/**
 * Tells the backend about the break's exercises as they happen: each one the
 * moment its last hold or repetition runs out, by its place in the break's
 * session. The backend writes the record (electron/core/break-record.ts),
 * so nothing depends on this page living to the end of the break; what is
 * not reported done becomes "skipped" there when the break ends.
 *
 * Returns the "How was it?" sender: the answers, once the user is done with
 * them, after every done report already on its way (the backend takes
 * feedback only for an exercise it has as done).
 */
export function useExerciseReports(
  api: PostureApi,
  breakId: string,
  session: readonly SessionEntry[],
  done: readonly boolean[],
): (feedback: readonly (Feedback | null)[]) => Promise<void> {
  const reported = useRef(new Set<number>());
  // One call after another, in order: a done report always lands before its feedback.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const enqueue = useCallback((call: () => Promise<void>) => {
    queue.current = queue.current.then(call).catch((error: unknown) => console.warn('a report failed', error));
    return queue.current;
  }, []);

  useEffect(() => {
    done.forEach((isDone, index) => {
      const entry = session[index];
      if (!isDone || !entry || reported.current.has(index)) return;
      reported.current.add(index);
      void enqueue(async () => {
        const result = await api.recordExerciseDone({ breakId, itemIndex: entry.itemIndex });
        reportFailure(result, `record ${entry.exercise.id} as done`);
      });
    });
  }, [api, breakId, session, done, enqueue]);

  return useCallback(
    (feedback) =>
      enqueue(async () => {
        for (const [index, given] of feedback.entries()) {
          const entry = session[index];
          if (!given || !entry || !reported.current.has(index)) continue;
          const result = await api.recordExerciseFeedback({ breakId, itemIndex: entry.itemIndex, feedback: given });
          reportFailure(result, `record the feedback on ${entry.exercise.id}`);
        }
      }),
    [api, breakId, session, enqueue],
  );
}
