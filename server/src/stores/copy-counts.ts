import type { StoreSpec } from '../config/config.js';
import { ConfigError } from '../config/config-error.js';
import { openStore } from './open-store.js';

/**
 * Moves the counts (total, days, months of every site) from one store to another, e.g. from the
 * SQLite file to Redis when a second instance is added. Visitor hashes, salts and "online" are
 * not moved: they live two days at most, so the first half-hour after the move may count a
 * returning visitor once more. The target must hold no counts yet.
 */
export async function copyCounts(
  from: StoreSpec,
  to: StoreSpec,
  toField: string,
): Promise<{ counters: number; sites: string[] }> {
  const ignore = () => {};
  const source = await openStore(from, ignore);
  try {
    const target = await openStore(to, ignore).catch((error: Error) => {
      throw new ConfigError(
        toField,
        `không mở được kho đích (${error.message})`,
        `cannot open the target store (${error.message})`,
      );
    });
    try {
      if ((await target.visitCounts()).length > 0) {
        throw new ConfigError(
          toField,
          'kho đích đã có số liệu; chỉ chép vào kho trống',
          'the target store already holds counts; copy into an empty one',
        );
      }
      const counts = await source.visitCounts();
      await target.setVisitCounts(counts);
      return { counters: counts.length, sites: [...new Set(counts.map((count) => count.site))] };
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
