import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/panel/App';
import '../../components/panel/panel.css';

document.documentElement.lang = chrome.i18n?.getUILanguage?.() ?? 'en';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
