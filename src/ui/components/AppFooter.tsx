import { ARTICLE_CREDIT } from '../../scoring/tips';

/** Credit for the tips, and the privacy promise. */
export function AppFooter() {
  return (
    <footer className="app-footer">
      <p>{ARTICLE_CREDIT}</p>
      <p>Everything you do here stays on this device.</p>
    </footer>
  );
}
