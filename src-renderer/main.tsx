import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startBoot } from './app/boot';
import { initI18n, localeFromNavigator } from './i18n';
import './styles.css';

startBoot();
initI18n(localeFromNavigator(navigator.language));
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
