import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../../lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <VisuallyHidden id={id}>{t('app.language')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={i18n.language === 'en' ? 'en' : 'vi'}
        onChange={(v) => void setLanguage(v as Language)}
        data={[
          {
            value: 'vi',
            label: (
              <span lang="vi" title="Tiếng Việt">
                VI
              </span>
            ),
          },
          {
            value: 'en',
            label: (
              <span lang="en" title="English">
                EN
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
