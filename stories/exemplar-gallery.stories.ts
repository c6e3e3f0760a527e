import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyFrame } from './support/story-frame.js';
import { html, nothing } from 'lit';
import { keptCopyOf } from './support/kept-copy-loader.js';
import '../src/exemplar-gallery.js';

interface Args {
  src?: string;
  data?: unknown;
  heading?: string;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  deepLink?: boolean;
  width?: string;
}

// Invented people with placeholder silhouettes (stories/fixtures/photos): no real person is shown.
const EXEMPLARS = '/fixtures/exemplars-sample.json';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi'];
const GIVEN = [
  'Văn An',
  'Thị Bích',
  'Minh Tâm',
  'Thanh Sơn',
  'Ngọc Ánh',
  'Văn Đạt',
  'Thị Hồng Nhung',
  'Quốc Bảo',
  'Hoàng Phúc',
];
const UNITS = ['Xã Mỹ Hòa Hưng', 'Phường Mỹ Bình', 'Xã Vĩnh Trạch', 'Thị trấn Núi Sập', 'Sở Nội vụ', 'Xã Phú Hiệp'];

const many = Array.from({ length: 36 }, (_, i) => ({
  id: i + 1,
  name:
    i % 7 === 3
      ? `Tổ dân phố số ${i + 1}, ${UNITS[i % UNITS.length].toLowerCase()}`
      : `${FAMILY[i % 8]} ${GIVEN[i % 9]}`,
  kind: i % 7 === 3 ? 'collective' : 'individual',
  position: i % 7 === 3 ? undefined : ['Giáo viên', 'Trưởng ấp', 'Bác sĩ', 'Công an viên', 'Nông dân'][i % 5],
  unit: UNITS[i % UNITS.length],
  photo: i % 5 === 4 ? undefined : `/fixtures/photos/silhouette-${(i % 8) + 1}.svg`,
  achievement: 'Gương người tốt việc tốt trong phong trào thi đua yêu nước (dữ liệu minh họa).',
  award: {
    title: ['Bằng khen của Chủ tịch UBND tỉnh', 'Giấy khen của Chủ tịch UBND huyện', 'Chiến sĩ thi đua cơ sở'][i % 3],
  },
  year: 2022 + (i % 3),
}));

const meta: Meta<Args> = {
  title: 'Widgets/Exemplar gallery',
  component: 'sen-exemplar-gallery',
  args: { src: EXEMPLARS, width: '960px' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    deepLink: { control: 'boolean', description: 'The deep-link attribute: the open record goes into the URL hash' },
    width: { control: 'text', description: 'Width of the column the widget sits in (story only)' },
  },
  render: (args) => html`
    <sen-exemplar-gallery
      src=${args.src ?? nothing}
      .data=${args.data}
      heading=${args.heading ?? nothing}
      theme=${args.theme ?? nothing}
      lang=${args.lang ?? nothing}
      ?deep-link=${args.deepLink}
    ></sen-exemplar-gallery>
  `,
  decorators: [storyFrame],
  parameters: { expectState: 'ready' },
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = {};

export const Many: Story = { name: 'Many (36 exemplars)', args: { src: undefined, data: many } };

export const OneRecord: Story = {
  name: 'One record',
  args: {
    src: undefined,
    data: [
      {
        id: 1,
        name: 'Nguyễn Thị Lan',
        kind: 'individual',
        position: 'Giáo viên',
        unit: 'Trường Tiểu học Mỹ Thới',
        photo: '/fixtures/photos/silhouette-1.svg',
        year: 2024,
      },
    ],
  },
};

export const Loading: Story = { args: { src: `${EXEMPLARS}#never-answers` }, parameters: { expectState: 'loading' } };

export const Empty: Story = {
  name: 'Empty (no exemplars)',
  args: { src: undefined, data: { exemplars: [] } },
  parameters: { expectState: 'empty' },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { src: '/fixtures/missing-exemplars.json' },
  parameters: { expectState: 'error' },
};

export const StaleCopy: Story = {
  name: 'Stale copy',
  args: { src: '/fixtures/exemplars-endpoint-down.json' },
  loaders: [keptCopyOf(EXEMPLARS, '/fixtures/exemplars-endpoint-down.json')],
};

export const NoPhotos: Story = {
  name: 'No photos (initials)',
  args: { src: undefined, data: many.slice(0, 8).map(({ photo: _photo, ...rest }) => rest) },
};

export const BrokenPhotos: Story = {
  name: 'Broken and unsafe photos',
  args: {
    src: undefined,
    data: [
      { id: 1, name: 'Trần Văn Hùng', photo: '/fixtures/photos/missing-1.jpg', unit: 'Ấp Hòa Thạnh' },
      { id: 2, name: 'Lê Minh Tâm', photo: 'javascript:alert(1)', unit: 'Trung tâm Y tế huyện Tri Tôn' },
      {
        id: 3,
        name: 'Võ Thị Ngọc Ánh',
        photo: { src: '/fixtures/photos/missing-2.jpg', alt: 'Ảnh minh họa' },
        unit: 'Sở Nội vụ',
      },
      { id: 4, name: 'Phạm Thanh Sơn', photo: '/fixtures/photos/silhouette-4.svg', unit: 'Xã Phú Hiệp' },
    ],
  },
};

export const LongTexts: Story = {
  name: 'Long texts',
  args: {
    src: undefined,
    width: '640px',
    data: [
      {
        id: 'long',
        name: 'Hội Liên hiệp Phụ nữ và Chi đoàn Thanh niên liên ấp Hòa Thạnh - Hòa Long - Hòa Phú (tập thể minh họa)',
        kind: 'collective',
        position: 'Tập thể tiêu biểu trong phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025',
        unit: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Mỹ Hòa Hưng, thành phố Long Xuyên, tỉnh An Giang',
        achievement: 'Một thành tích rất dài, kể lại nhiều năm vận động nhân dân. '.repeat(10),
        award: {
          title: 'Bằng khen của Thủ tướng Chính phủ vì đã có thành tích xuất sắc trong công tác xây dựng nông thôn mới',
          decision: '1234/QĐ-TTg',
          date: '2024-09-02',
        },
        year: 2024,
        photo: '/fixtures/photos/silhouette-3.svg',
      },
      { id: 'short', name: 'Bùi Ánh', year: 2023 },
    ],
  },
};

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Narrow: Story = { name: 'Narrow (sidebar)', args: { width: '240px' } };

export const DeepLink: Story = { name: 'Deep link (open one: the URL hash follows)', args: { deepLink: true } };
