import { en, type Resource } from '../en';

// TODO(translation): English until translated; tests/unit/i18n-locales.test.ts lists what is left.
export const resource: Resource = en;
