import i18n from '../../lib/i18n';

export const showcaseVi = {
  showcase: {
    title: 'Gương điển hình tiên tiến',
    subtitle: 'Hội Chữ thập đỏ tỉnh Tây Ninh — những tấm gương được tôn vinh',
    search: 'Tìm gương điển hình',
    empty: 'Chưa có gương điển hình nào được công bố.',
    all: 'Tất cả gương điển hình',
    photoOf: 'Ảnh của {{name}}',
    members: '{{count}} thành viên',
    honored: 'Tôn vinh: {{form}} ({{number}}, ngày {{date}})',
    replicated: 'Nhân rộng tại {{unit}} từ {{date}}',
  },
};

export const showcaseEn: typeof showcaseVi = {
  showcase: {
    title: 'Exemplary examples',
    subtitle: 'Red Cross Society of Tây Ninh province — the examples it has honoured',
    search: 'Search examples',
    empty: 'No examples have been published yet.',
    all: 'All examples',
    photoOf: 'Photo of {{name}}',
    members: '{{count}} members',
    honored: 'Honoured: {{form}} ({{number}}, {{date}})',
    replicated: 'Replicated at {{unit}} from {{date}}',
  },
};

i18n.addResourceBundle('vi', 'translation', showcaseVi, true, false);
i18n.addResourceBundle('en', 'translation', showcaseEn, true, false);
