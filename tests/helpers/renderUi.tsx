import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AnnouncerProvider } from '../../src/ui/announcer';
import { HistoryProvider } from '../../src/ui/history/HistoryProvider';
import { type Services, ServicesProvider } from '../../src/ui/services';
import { fakeServices } from './uiFakes';

/** Renders UI inside the app's providers, with fake services unless given. */
export function renderWithServices(ui: ReactElement, services: Services = fakeServices()) {
  const view = render(
    <ServicesProvider services={services}>
      <HistoryProvider store={services.history}>
        <AnnouncerProvider>{ui}</AnnouncerProvider>
      </HistoryProvider>
    </ServicesProvider>,
  );
  return { ...view, services };
}
