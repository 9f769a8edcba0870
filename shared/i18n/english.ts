import { createInstance, type TFunction } from 'i18next';
import { I18N_OPTIONS } from './languages';
import { en } from './locales/en';

export type Translate = TFunction;

/**
 * English, synchronously, for code paths that have no language yet and as
 * the builders' default. Imports English only, so the renderer can use it.
 */
function createEnglish(): Translate {
  const instance = createInstance();
  void instance.init({ ...I18N_OPTIONS, lng: 'en', resources: { en: { translation: en } }, initAsync: false });
  return instance.t.bind(instance);
}

export const english: Translate = createEnglish();
