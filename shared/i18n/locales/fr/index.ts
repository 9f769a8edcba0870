import type { Resource } from '../en';
import { content } from './content';
import { core } from './core';
import { dashboard } from './dashboard';
import { history } from './history';
import { player } from './player';
import { program } from './program';
import { report } from './report';
import { settings } from './settings';

// Every area is translated: no English fallback, so the compiler (Resource) catches a missing key.
export const resource: Resource = { ...core, content, player, dashboard, history, report, program, settings };
