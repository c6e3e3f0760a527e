import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyFrame } from './support/story-frame.js';
import { html, nothing } from 'lit';
import { keptCopyOf } from './support/kept-copy-loader.js';
import '../src/campaign-list.js';

interface Args {
  src?: string;
  data?: unknown;
  heading?: string;
  layout?: 'full' | 'compact';
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  sort?: string;
  status?: string;
  level?: string;
  year?: number;
  pageSize?: number;
  width?: string;
}

const CAMPAIGNS = '/fixtures/campaigns.json';

const manyCampaigns = Array.from({ length: 120 }, (_, i) => ({
  id: i + 1,
  title: `Phong trào thi đua chuyên đề số ${i + 1} của ${['Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'UBND huyện Chợ Mới', 'Công an tỉnh'][i % 4]}`,
  launchedBy: ['UBND tỉnh An Giang', 'Thủ tướng Chính phủ'][i % 2],
  level: (['national', 'provincial', 'local'] as const)[i % 3],
  startDate: `${2015 + (i % 12)}-0${1 + (i % 9)}-15`,
  endDate: `${2016 + (i % 12)}-12-31`,
}));

const meta: Meta<Args> = {
  title: 'Widgets/Campaign list',
  component: 'sen-campaign-list',
  args: { src: CAMPAIGNS, layout: 'full', width: '760px' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    sort: { control: 'inline-radio', options: ['newest', 'ending-soon', 'title'] },
    status: { control: 'select', options: ['', 'upcoming', 'ongoing', 'ended', 'cancelled'] },
    level: { control: 'select', options: ['', 'national', 'provincial', 'local'] },
    width: { control: 'text', description: 'Width of the column the widget sits in (story only)' },
  },
  render: (args) => html`
    <sen-campaign-list
      src=${args.src ?? nothing}
      .data=${args.data}
      heading=${args.heading ?? nothing}
      layout=${args.layout ?? nothing}
      theme=${args.theme ?? nothing}
      lang=${args.lang ?? nothing}
      sort=${args.sort ?? nothing}
      status=${args.status ?? nothing}
      level=${args.level ?? nothing}
      year=${args.year ?? nothing}
      page-size=${args.pageSize ?? nothing}
    ></sen-campaign-list>
  `,
  decorators: [storyFrame],
  parameters: { expectState: 'ready' },
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = {};

export const Loading: Story = { args: { src: `${CAMPAIGNS}#never-answers` }, parameters: { expectState: 'loading' } };

export const Empty: Story = {
  name: 'Empty (no campaigns)',
  args: { src: undefined, data: [] },
  parameters: { expectState: 'empty' },
};

export const NoResults: Story = {
  name: 'No results (filters match nothing)',
  args: { status: 'cancelled' },
};

export const OnePage: Story = { name: 'One page', args: { pageSize: 20 } };

export const ManyPages: Story = { name: 'Many pages (120 campaigns)', args: { src: undefined, data: manyCampaigns } };

export const LongTitles: Story = {
  name: 'Long titles',
  args: {
    src: undefined,
    width: '420px',
    data: [
      {
        id: 'long',
        title:
          'Phong trào thi đua "Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch COVID-19, phục hồi và phát triển kinh tế - xã hội" giai đoạn 2021 - 2025 trên địa bàn tỉnh An Giang',
        summary: 'Một đoạn tóm tắt rất dài '.repeat(12),
        launchedBy: 'Ban Thi đua - Khen thưởng tỉnh An Giang phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        status: 'ongoing',
        document: 'Quyết định số 123/QĐ-UBND ngày 05 tháng 5 năm 2023',
      },
    ],
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { src: '/fixtures/missing-campaigns.json' },
  parameters: { expectState: 'error' },
};

export const StaleCopy: Story = {
  name: 'Stale copy',
  args: { src: '/fixtures/campaigns-endpoint-down.json' },
  loaders: [keptCopyOf(CAMPAIGNS, '/fixtures/campaigns-endpoint-down.json')],
};

export const BadRecordsDropped: Story = {
  name: 'Bad records dropped',
  args: { src: '/fixtures/campaigns-bad-records.json' },
};

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Compact: Story = {
  name: 'Compact (sidebar)',
  args: { layout: 'compact', width: '300px', status: 'ongoing', pageSize: 3, heading: 'Phong trào đang diễn ra' },
};
