import { en, type Resource } from './en';

// TODO(translation): filled in from English until translated; the locale test names what is missing.
export const es: Resource = en;
