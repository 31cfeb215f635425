import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ragCssProperties } from '@pies/scoring';
import { App } from './app';
import './styles/main.scss';

// What govuk-frontend's inline snippet would do: this page runs JavaScript, so components may
// use their enhanced styles. (An inline script is not allowed by the Content-Security-Policy.)
document.body.classList.add('govuk-frontend-supported');
// The RAG bands' colours, from their one home in libs/scoring, for the stylesheets' var(--rag-…).
for (const [name, value] of ragCssProperties())
  document.documentElement.style.setProperty(name, value);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
