import { useTranslation } from 'react-i18next';

/** The ring's middle: taken/due. Shown on its own while the ring's code loads. */
export function RingCentre({ taken, due }: { taken: number; due: number }) {
  const { t } = useTranslation();
  return (
    <span className="today-ring__centre">
      <strong>{t('history.ring.fraction', { taken, due })}</strong>
      <span>{t('history.ring.centre')}</span>
    </span>
  );
}
