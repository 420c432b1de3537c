import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/panel/panel.css';
import '../../components/options/options.css';

// The page follows the browser's UI language, including its writing direction (Arabic, Hebrew: right to left).
const i18n = browser.i18n;
document.documentElement.lang = i18n?.getUILanguage?.() ?? 'en';
document.documentElement.dir = i18n?.getMessage?.('@@bidi_dir') || 'ltr';
document.title = i18n?.getMessage?.('optionsTitle') || document.title;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
