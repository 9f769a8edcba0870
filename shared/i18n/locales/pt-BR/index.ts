import { en, type Resource } from '../en';
import { content } from './content';
import { core } from './core';
import { settings } from './settings';

// Areas not translated yet fall back to English (`...en` first); tests/unit/i18n-locales.test.ts lists what is done.
export const resource: Resource = { ...en, ...core, content, settings };
