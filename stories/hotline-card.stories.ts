import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyFrame } from './support/story-frame.js';
import { html, nothing } from 'lit';
import { keptCopyOf } from './support/kept-copy-loader.js';
import '../src/hotline-card.js';

interface Args {
  src?: string;
  data?: unknown;
  heading?: string;
  layout?: 'narrow' | 'wide';
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  width?: string;
}

/** Both cards of the seed page in one document: `{ title, groups: [{ title, contacts }] }`. */
const SEED = '/fixtures/hotline-seed.json';

const meta: Meta<Args> = {
  title: 'Widgets/Hotline card',
  component: 'sen-hotline-card',
  args: { src: SEED, layout: 'narrow', width: '280px' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['narrow', 'wide'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: 'text', description: 'Width of the column the widget sits in (story only)' },
  },
  render: (args) => html`
    <sen-hotline-card
      src=${args.src ?? nothing}
      .data=${args.data}
      heading=${args.heading ?? nothing}
      layout=${args.layout ?? nothing}
      theme=${args.theme ?? nothing}
      lang=${args.lang ?? nothing}
    ></sen-hotline-card>
  `,
  decorators: [storyFrame],
  parameters: { expectState: 'ready' },
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = {};

/** The seed page's sidebar: its two cards, each a `{ title, contacts }` document. */
export const SeedSidebar: Story = {
  name: 'Seed sidebar (two cards)',
  render: () => html`
    <div style="max-width: 280px; padding: 1rem; display: grid; gap: 1rem">
      <sen-hotline-card src="/fixtures/hotline-tthc.json"></sen-hotline-card>
      <sen-hotline-card src="/fixtures/hotline-noi-vu.json"></sen-hotline-card>
    </div>
  `,
};

export const Loading: Story = { args: { src: `${SEED}#never-answers` }, parameters: { expectState: 'loading' } };

export const Empty: Story = {
  name: 'Empty (no contacts)',
  args: { src: undefined, data: [] },
  parameters: { expectState: 'empty' },
};

export const ErrorState: Story = {
  name: 'Error (endpoint missing)',
  args: { src: '/fixtures/missing-hotlines.json' },
  parameters: { expectState: 'error' },
};

export const WrongShape: Story = {
  name: 'Error (not a contact list)',
  args: { src: '/fixtures/hotline-not-contacts.json' },
  parameters: { expectState: 'error' },
};

export const StaleCopy: Story = {
  name: 'Stale copy',
  args: { src: '/fixtures/hotline-endpoint-down.json' },
  loaders: [keptCopyOf(SEED, '/fixtures/hotline-endpoint-down.json')],
};

/** A contact without a name is left out (and warned about in the console); a bad field alone is dropped. */
export const BadRecordsDropped: Story = {
  name: 'Bad records dropped',
  args: { src: '/fixtures/hotline-bad-records.json' },
};

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const NarrowSidebar: Story = { name: 'Narrow sidebar (200px)', args: { width: '200px' } };

export const Wide: Story = { name: 'Wide page (layout="wide")', args: { layout: 'wide', width: '960px' } };

/** Every field, and numbers in the other formats the phone rules know. */
export const EveryField: Story = {
  name: 'Every field and number format',
  args: {
    src: undefined,
    width: '320px',
    data: {
      title: 'Liên hệ khẩn cấp',
      contacts: [
        {
          name: 'Ông Trương Long Hồ',
          position: 'Phó Giám đốc Sở',
          unit: 'Sở Nội vụ tỉnh An Giang',
          hours: 'Giờ hành chính, thứ Hai – thứ Sáu',
          phones: ['0983.570.009', '0296 3957 006 máy lẻ 12'],
          email: 'tlho@angiang.gov.vn',
          zalo: '0983.570.009',
        },
        { name: 'Công an, cứu hỏa, cấp cứu', phones: '113 - 114 - 115' },
        { name: 'Tổng đài dịch vụ công', phones: '1800 1096', email: 'đang cập nhật' },
      ],
    },
  },
};

export const LongNames: Story = {
  name: 'Long names',
  args: {
    src: undefined,
    width: '240px',
    data: [
      {
        name: 'Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục hành chính – Trung tâm Phục vụ hành chính công tỉnh An Giang',
        position:
          'Phó Trưởng Bộ phận phụ trách tiếp nhận phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính',
        phones: '02963.957.049 - 0378.247.247 - (0296) 3957 006 nhánh 105',
        email: 'tiepnhanphananhkiennghi.trungtamphucvuhanhchinhcong@angiang.gov.vn',
      },
    ],
  },
};

export const CustomHeading: Story = { args: { heading: 'Liên hệ Sở Nội vụ' } };
