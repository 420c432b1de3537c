import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from '../../components/panel/App';
import '../../components/panel/panel.css';

// The panel follows the browser's UI language, including its writing direction (Arabic, Hebrew: right to left).
const i18n = browser.i18n;
document.documentElement.lang = i18n?.getUILanguage?.() ?? 'en';
document.documentElement.dir = i18n?.getMessage?.('@@bidi_dir') || 'ltr';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
