// js-yaml ships no types of its own; the tests only load YAML.
declare module 'js-yaml' {
  export function load(text: string): unknown;
  const yaml: { load: typeof load };
  export default yaml;
}
