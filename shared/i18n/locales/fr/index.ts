import { en, type Resource } from '../en';
import { content } from './content';
import { core } from './core';
import { dashboard } from './dashboard';
import { history } from './history';
import { player } from './player';
import { program } from './program';
import { report } from './report';

// English first: areas not translated yet fall back to it;
// tests/unit/i18n-locales.test.ts lists what is translated.
export const resource: Resource = { ...en, ...core, content, player, dashboard, history, report, program };
