import { parseArgs } from 'node:util';
import { localMoment } from '@shared/calendar';
import { seedHistory, type SeedOptions } from './synthetic-history';

/**
 * `npm run seed-history -- --data-dir DIR --years N`: writes realistic
 * synthetic history for demos and benchmarks: workdays with posture checks and
 * movement breaks taken, snoozed, skipped or missed, natural breaks, holidays,
 * pain check-ins with the odd flare-up, home programs and walks, and the DST
 * changes of the zone (Europe/Berlin by default). Deterministic for a seed.
 */
const USAGE = `Usage: npm run seed-history -- --data-dir DIR [--years N] [--end YYYY-MM-DD] [--zone IANA] [--seed N] [--devices N]`;

function parse(argv: string[]): SeedOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'data-dir': { type: 'string' },
      years: { type: 'string', default: '1' },
      end: { type: 'string' },
      zone: { type: 'string', default: 'Europe/Berlin' },
      seed: { type: 'string', default: '42' },
      devices: { type: 'string', default: '1' },
    },
  });
  if (!values['data-dir']) throw new Error('--data-dir is required');
  const years = Number(values.years);
  if (!Number.isInteger(years) || years < 1 || years > 20)
    throw new Error('--years must be a whole number from 1 to 20');
  const devices = Number(values.devices);
  if (!Number.isInteger(devices) || devices < 1 || devices > 5) throw new Error('--devices must be 1 to 5');
  const zone = values.zone ?? 'Europe/Berlin';
  // Today where the history is written (not in UTC, which is yesterday or tomorrow there at times).
  const end = values.end ?? localMoment(Date.now(), zone).date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(end)) throw new Error('--end must be a date, YYYY-MM-DD');
  return {
    dataDir: values['data-dir'],
    years,
    end,
    zone,
    seed: Number(values.seed),
    devices,
  };
}

function main(): void {
  let options: SeedOptions;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`seed-history: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
  const result = seedHistory(options);
  process.stdout.write(
    `wrote ${result.events} events over ${result.days} days into ${result.files} files under ${options.dataDir}/events\n`,
  );
}

main();
