/**
 * Validation cost of 10,000 campaigns, the way <sen-campaign-list> validates a response: median
 * time of N runs and the heap allocated per run. A measurement, not a test: compare the figures
 * before and after a change on the same machine.
 *
 *   node --expose-gc --max-semi-space-size=512 --import tsx scripts/bench/validate.ts
 *
 * `--max-semi-space-size` keeps the young generation large enough that no garbage collection runs
 * during one validation, so the heap growth is what that validation allocated.
 */
import { campaignListSchema } from '../../src/campaign-list/campaign.schema.js';
import { validateDocument } from '../../src/data/schema.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const SIZE = Number(process.env.BENCH_SIZE ?? 10000);
const gc = (globalThis as { gc?: () => void }).gc;

/** Campaigns as a real feed has them: every field present; the grounding document as an object or a citation. */
function campaigns(size: number, citations: boolean): unknown[] {
  return Array.from({ length: size }, (_, i) => ({
    id: `phong-trao-${i}`,
    title: `Phong trào thi đua số ${i}: chung sức xây dựng nông thôn mới`,
    summary: 'Huy động sức mạnh của cả hệ thống chính trị và toàn xã hội.',
    launchedBy: 'UBND tỉnh An Giang',
    level: ['national', 'provincial', 'local'][i % 3],
    startDate: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
    endDate: `20${11 + (i % 15)}-12-31T17:00:00+07:00`,
    targets: ['collective', 'individual'],
    fields: ['Nông nghiệp', 'Văn hóa'],
    document: citations
      ? `Kế hoạch số ${i}/KH-UBND ngày 10/1/2023`
      : { type: 'Kế hoạch', number: `${i}/KH-UBND`, date: '2023-01-10', url: 'https://snv.angiang.gov.vn/' },
    url: `https://snv.angiang.gov.vn/phong-trao/${i}`,
  }));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measure(data: unknown[]): { ms: number; bytes: number | null } {
  const times: number[] = [];
  const bytes: number[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    const result = validateDocument(campaignListSchema, data);
    const elapsed = performance.now() - start;
    const heapAfter = process.memoryUsage().heapUsed;
    if (!result.ok || result.value.dropped.length) throw new Error('the benchmark data should all be valid');
    if (run < 2) continue; // warm-up: let the JIT settle
    times.push(elapsed);
    bytes.push(heapAfter - heapBefore);
  }
  return { ms: median(times), bytes: gc ? median(bytes) : null };
}

const rows = [
  ['document objects', measure(campaigns(SIZE, false))],
  ['citation strings', measure(campaigns(SIZE, true))],
] as const;

console.log(`Validating ${SIZE.toLocaleString('en')} campaigns, median of ${RUNS} runs (Node ${process.version})`);
console.log('| data | time | heap allocated | per campaign |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, { ms, bytes }] of rows) {
  const heap = bytes === null ? 'n/a (run with --expose-gc)' : `${(bytes / 1048576).toFixed(2)} MB`;
  const each = bytes === null ? 'n/a' : `${Math.round(bytes / SIZE)} B`;
  console.log(`| ${name} | ${ms.toFixed(2)} ms | ${heap} | ${each} |`);
}
