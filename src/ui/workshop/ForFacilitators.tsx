/** The facilitator's pages, in one chunk: the pack builder and the guide it links to. */
import type { ScenarioCard } from '../../scenario/card';
import FacilitatorGuide from './FacilitatorGuide';
import PackBuilder from './PackBuilder';

export interface ForFacilitatorsProps {
  page: 'workshop' | 'workshopGuide';
  scenarios: readonly ScenarioCard[];
}

export default function ForFacilitators({ page, scenarios }: ForFacilitatorsProps) {
  return page === 'workshop' ? <PackBuilder scenarios={scenarios} /> : <FacilitatorGuide />;
}
