import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { builtInLibrary } from './builtInScenarios';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App library={builtInLibrary()} />
    </StrictMode>,
  );
}
