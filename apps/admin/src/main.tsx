import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles/main.scss';

// What govuk-frontend's inline snippet would do: this page runs JavaScript, so components may
// use their enhanced styles. (An inline script is not allowed by the Content-Security-Policy.)
document.body.classList.add('govuk-frontend-supported');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
