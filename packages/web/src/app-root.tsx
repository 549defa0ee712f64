import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './app-routes';
import { ApiBridge } from './features/auth/components/api-bridge';
import { SessionProvider } from './features/auth/session-context';
import { LanguageProvider, useI18n } from './i18n/language-context';

/** A calm government back-office palette: deep blue, small radii, no flourish. */
const liuhenTheme = {
  algorithm: theme.defaultAlgorithm,
  token: { colorPrimary: '#1f5fae', borderRadius: 4, fontSize: 14, colorBgLayout: '#f0f2f5' },
  components: {
    Layout: { siderBg: '#0d2a4d', triggerBg: '#0a2240', headerBg: '#ffffff', headerPadding: '0 24px' },
    Menu: { darkItemBg: '#0d2a4d', darkSubMenuItemBg: '#0a2240', darkItemSelectedBg: '#1f5fae' },
  },
};

/** antd and dayjs follow the chosen language; buttons keep their text as written (登录, not 登 录). */
function LocalisedApp() {
  const { lang } = useI18n();
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={liuhenTheme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <BrowserRouter>
          <SessionProvider>
            <ApiBridge />
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function AppRoot() {
  return (
    <LanguageProvider>
      <LocalisedApp />
    </LanguageProvider>
  );
}
