import { describe, expect, it } from 'vitest';
import { parseCommand, parsePauseLength } from '@shared/command-line';

describe('parseCommand', () => {
  it.each([
    [['status'], { name: 'status' }],
    [['resume'], { name: 'resume' }],
    [['skip'], { name: 'skip' }],
    [['break', 'now'], { name: 'break-now' }],
    [['pause', '30m'], { name: 'pause', length: { minutes: 30 } }],
    [['pause', '1h'], { name: 'pause', length: { minutes: 60 } }],
    [['pause', '2h'], { name: 'pause', length: { minutes: 120 } }],
    [['pause', 'tomorrow'], { name: 'pause', length: { until: 'tomorrow' } }],
    [['pause', 'indefinitely'], { name: 'pause', length: { until: 'resumed' } }],
    [['--help'], { name: 'help' }],
  ])('%j', (argv, command) => {
    expect(parseCommand(argv)).toEqual({ ok: true, command });
  });

  it.each([
    [[], /no command/],
    [['dance'], /unknown command "dance"/],
    [['break'], /did you mean "break now"/],
    [['pause'], /pause needs one length/],
    [['pause', 'soon'], /"soon" is not a pause length/],
    [['pause', '0m'], /not a pause length/],
    [['pause', '25h'], /at most 24h/],
    [['status', 'please'], /takes no arguments/],
  ])('refuses %j clearly', (argv, message) => {
    const parsed = parseCommand(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('parsePauseLength', () => {
  it('reads minutes and hours in a few spellings', () => {
    expect(['45min', '90 minutes', '3 hours', '1hr'].map(parsePauseLength)).toEqual([
      { minutes: 45 },
      { minutes: 90 },
      { minutes: 180 },
      { minutes: 60 },
    ]);
  });
});
