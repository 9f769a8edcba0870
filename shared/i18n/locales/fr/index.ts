import { en, type Resource } from '../en';
import { content } from './content';
import { core } from './core';
import { settings } from './settings';

// English first: areas not translated yet (the renderer's) fall back to it;
// tests/unit/i18n-locales.test.ts lists what is translated.
export const resource: Resource = { ...en, ...core, content, settings };
