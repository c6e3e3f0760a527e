import type { Messages } from './vi.js';

export const en: Messages = {
  locale: 'en-GB',
  loading: 'Loading…',
  retry: 'Try again',
  staleNote: (when: string) => `This may be out of date (copy saved ${when}).`,
  errors: {
    network: 'Could not reach the data source.',
    timeout: 'The data source did not answer in time.',
    http: 'The data source reported an error.',
    parse: 'The data received could not be read.',
    schema: 'The data received is not in the expected format.',
    config: 'This widget is not set up yet: set its src attribute to a JSON endpoint.',
  },
};
