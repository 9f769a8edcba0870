// Types for dependency-direction.mjs, so TypeScript tests can import the rule.
import type { Rule } from 'eslint';

declare const rule: Rule.RuleModule;
export default rule;
