import { useTranslation } from 'react-i18next';
import type { AppSnapshot, PostureApi } from '@shared/ipc-contract';
import { handleAsync, reportFailure } from '../api';

/** Messages the backend wants seen once, such as a recovered settings file. */
export function NoticeBanner({ api, notices }: { api: PostureApi; notices: AppSnapshot['notices'] }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notices.region')}>
      {notices.map((notice) => (
        <div className="notice" role="alert" key={notice.id}>
          <p>{notice.message}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={handleAsync(async () =>
              reportFailure(await api.dismissNotice({ id: notice.id }), 'dismiss notice'),
            )}
          >
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
