import { useEffect, useState } from 'react';
import type { Diagnostics, PostureApi } from '@shared/ipc-contract';
import { reportFailure } from '../api';

/** What the app knows about itself and where its data lives (About, Data & privacy). */
export function useDiagnostics(api: PostureApi): Diagnostics | null {
  const [about, setAbout] = useState<Diagnostics | null>(null);
  useEffect(() => {
    let live = true;
    void api.getDiagnostics().then((result) => {
      if (live) setAbout(reportFailure(result, 'load diagnostics'));
    });
    return () => {
      live = false;
    };
  }, [api]);
  return about;
}
