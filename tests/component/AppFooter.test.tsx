import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { AppFooter } from '../../src/ui/components/AppFooter';

describe('AppFooter', () => {
  it('credits the article and the politeness corpus with its licence', async () => {
    const { container } = render(<AppFooter />);
    expect(screen.getByText(/Post-Interview: Following Up with a Phone Call/)).toBeInTheDocument();
    expect(screen.getByText(/Stanford Politeness Corpus/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations).toEqual([]);
  });
});
