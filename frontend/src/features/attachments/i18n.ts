import i18n from '../../lib/i18n';

/** This feature's words, added to the shared bundle (Vietnamese first, English beside it). */
export const attachmentsVi = {
  attachments: {
    title: 'Minh chứng (ảnh, tài liệu)',
    takePhoto: 'Chụp ảnh',
    chooseFile: 'Chọn tệp',
    uploading: 'Đang tải lên…',
    uploaded: 'Đã tải lên {{name}}.',
    hint: 'Ảnh JPEG, PNG, WebP; tài liệu PDF, Word, Excel; tối đa 10 MB mỗi tệp. Vị trí GPS trong ảnh được xóa khi lưu.',
    tooLarge: 'Tệp {{name}} lớn hơn 10 MB.',
    empty: 'Chưa có minh chứng.',
    delete: 'Xóa {{name}}',
    deleted: 'Đã xóa tệp.',
    confirmDelete: 'Xóa tệp {{name}}?',
    open: 'Mở {{name}}',
    photoOf: 'Ảnh {{name}}',
    remove: 'Bỏ {{name}}',
    waiting: 'Ảnh, tài liệu chờ gửi',
    refused: 'Máy chủ không nhận tệp {{name}}',
  },
};

export const attachmentsEn: typeof attachmentsVi = {
  attachments: {
    title: 'Evidence (photos, documents)',
    takePhoto: 'Take a photo',
    chooseFile: 'Choose a file',
    uploading: 'Uploading…',
    uploaded: '{{name}} uploaded.',
    hint: 'JPEG, PNG, WebP photos; PDF, Word, Excel documents; at most 10 MB each. GPS positions in photos are removed when stored.',
    tooLarge: '{{name}} is larger than 10 MB.',
    empty: 'No evidence yet.',
    delete: 'Delete {{name}}',
    deleted: 'File deleted.',
    confirmDelete: 'Delete {{name}}?',
    open: 'Open {{name}}',
    photoOf: 'Photo {{name}}',
    remove: 'Remove {{name}}',
    waiting: 'Photos and documents waiting to be sent',
    refused: 'The server did not accept {{name}}',
  },
};

i18n.addResourceBundle('vi', 'translation', attachmentsVi, true, false);
i18n.addResourceBundle('en', 'translation', attachmentsEn, true, false);
