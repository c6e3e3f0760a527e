import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyFrame } from './support/story-frame.js';
import { html, nothing } from 'lit';
import { keptCopyOf } from './support/kept-copy-loader.js';
import '../src/visit-counter.js';

interface Args {
  src?: string;
  heading?: string;
  layout?: 'stacked' | 'inline';
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  width?: string;
}

const STATS = '/fixtures/visit-stats.json';

const meta: Meta<Args> = {
  title: 'Widgets/Visit counter',
  component: 'sen-visit-counter',
  args: { src: STATS, layout: 'stacked', width: '260px' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['stacked', 'inline'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: 'text', description: 'Width of the sidebar the widget sits in (story only)' },
  },
  render: ({ src, heading, layout, theme, lang }) => html`
    <sen-visit-counter
      src=${src ?? nothing}
      heading=${heading ?? nothing}
      layout=${layout ?? nothing}
      theme=${theme ?? nothing}
      lang=${lang ?? nothing}
      refresh="0"
    ></sen-visit-counter>
  `,
  decorators: [storyFrame],
  parameters: { expectState: 'ready' },
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = {};

export const Loading: Story = {
  args: { src: `${STATS}#never-answers` },
  parameters: { expectState: 'loading' },
};

export const ErrorState: Story = {
  name: 'Error (endpoint missing)',
  args: { src: '/fixtures/missing-endpoint.json' },
  parameters: { expectState: 'error' },
};

export const WrongShape: Story = {
  name: 'Error (not visit statistics)',
  args: { src: '/fixtures/not-stats.json' },
  parameters: { expectState: 'error' },
};

export const NotConfigured: Story = {
  name: 'Error (no src)',
  args: { src: undefined },
  parameters: { expectState: 'error' },
};

/** A copy kept from an earlier visit, shown with a note because the endpoint now fails. */
export const StaleCopy: Story = {
  name: 'Stale copy',
  args: { src: '/fixtures/endpoint-down.json' },
  loaders: [keptCopyOf(STATS, '/fixtures/endpoint-down.json')],
};

/** A bad figure is left out (and warned about in the console); the good ones stay. */
export const BadFigureDropped: Story = {
  name: 'Bad figures dropped',
  args: { src: '/fixtures/visit-stats-bad-figure.json' },
};

// The counter has no "empty" state: per the contract, a document without any figure is a schema error.

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Narrow: Story = { args: { width: '180px' } };

export const FooterLine: Story = {
  name: 'Footer line (layout="inline")',
  args: { layout: 'inline', width: 'none' },
};

export const CustomHeading: Story = { args: { heading: 'Lượt xem trang' } };

export const Themed: Story = {
  name: 'Themed with --sen-* properties',
  render: () => html`
    <div
      style="max-width: 260px; --sen-color-accent: #0b4f8a; --sen-color-border: #0b4f8a; --sen-radius: 0; --sen-font-family: Georgia, serif"
    >
      <sen-visit-counter src=${STATS} refresh="0"></sen-visit-counter>
    </div>
  `,
};

/** Opt-in `animate`: the figures change every three seconds and count up (not with reduced motion). */
export const CountingUp: Story = {
  name: 'Counting up (animate)',
  render: () => {
    let total = 11529;
    const next = () => ({ total, today: total - 11187, online: 12 + (total % 7), updatedAt: new Date().toISOString() });
    const start = (event: Event) => {
      const counter = event.currentTarget as HTMLElement & { data: unknown };
      if (counter.dataset.started) return;
      counter.dataset.started = 'yes';
      const tick = setInterval(() => {
        if (!counter.isConnected) return clearInterval(tick);
        total += 40 + Math.floor(Math.random() * 60);
        counter.data = next();
      }, 3000);
    };
    return html`<sen-visit-counter animate .data=${next()} @sen-load=${start}></sen-visit-counter>`;
  },
};
