import { useEffect, useState } from 'react';
import type { Diagnostics, PostureApi } from '@shared/ipc-contract';
import { reportFailure } from '../api';
import { NotMedicalAdvice } from './SafetyNotice';

/** Version, where the data lives, the log file, and diagnostics to copy into a bug report. */
export function diagnosticsText(d: Diagnostics): string {
  return [
    `Posture Breaks ${d.appVersion} (${d.host} host)`,
    `Platform: ${d.platform}, OS ${d.osRelease}`,
    `Node ${d.nodeVersion}${d.electronVersion ? `, Electron ${d.electronVersion}, Chrome ${d.chromeVersion}` : ''}`,
    `Data folder: ${d.dataDir}`,
    `Log file: ${d.logFile ?? 'none'}`,
    `Settings version: ${d.settingsVersion}`,
    `Idle time: ${d.idleSource}`,
    `Busy detection: ${d.busyDetection}`,
    `Start at login: ${d.autostart}`,
    `Time zone: ${d.timeZone}`,
  ].join('\n');
}

export function AboutSection({ api }: { api: PostureApi }) {
  const [about, setAbout] = useState<Diagnostics | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    void api.getDiagnostics().then((result) => setAbout(reportFailure(result, 'load diagnostics')));
  }, [api]);
  return (
    <fieldset>
      <legend>About</legend>
      {about && (
        <dl className="about">
          <dt>Version</dt>
          <dd data-testid="about-version">{about.appVersion}</dd>
          <dt>Runs on</dt>
          <dd>
            {about.electronVersion ? `Electron ${about.electronVersion}` : 'the web host'}, Node {about.nodeVersion}
          </dd>
          <dt>Data folder</dt>
          <dd>
            <code>{about.dataDir}</code>
          </dd>
          <dt>Log file</dt>
          <dd>
            <code>{about.logFile ?? 'none'}</code>
          </dd>
        </dl>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={async () => reportFailure(await api.openDataFolder(), 'open the data folder')}
        >
          Open data folder
        </button>
        <button
          type="button"
          className="button"
          disabled={!about}
          onClick={async () => {
            if (!about) return;
            await navigator.clipboard.writeText(diagnosticsText(about));
            setCopied(true);
          }}
        >
          {copied ? 'Copied' : 'Copy diagnostics'}
        </button>
      </div>
      <NotMedicalAdvice />
    </fieldset>
  );
}
