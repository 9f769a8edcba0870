// @ts-check
/**
 * The project's own ESLint plugin, registered as `layers` in eslint.config.mjs.
 * Plain ESM JavaScript so ESLint loads it without a TypeScript loader.
 */
import dependencyDirection from './dependency-direction.mjs';

/** @type {import('eslint').ESLint.Plugin} */
const plugin = {
  meta: { name: 'posture-breaks-layers', version: '1.0.0' },
  rules: { 'dependency-direction': dependencyDirection },
};

export default plugin;
