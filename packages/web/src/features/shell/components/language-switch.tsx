import { Segmented } from 'antd';
import { type Lang, useI18n } from '../../../i18n/language-context';

/** 中文 / English; the choice is kept in localStorage. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { label: t('lang.zh'), value: 'zh' },
        { label: t('lang.en'), value: 'en' },
      ]}
      data-testid="lang-switch"
    />
  );
}
