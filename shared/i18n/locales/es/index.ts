import { en, type Resource } from '../en';
import { content } from './content';
import { core } from './core';
import { dashboard } from './dashboard';
import { history } from './history';
import { player } from './player';
import { program } from './program';
import { report } from './report';

// Areas not translated yet fall back to English (`...en` first); tests/unit/i18n-locales.test.ts lists what is done.
export const resource: Resource = { ...en, ...core, content, player, dashboard, history, report, program };
