'use client';

import { useEffect, useState, type ComponentType } from 'react';
import type { Cost } from '@/lib/graphics/kosten';

/**
 * Loads the calculator once the page is there: its code stays out of the lesson's first-load JavaScript (the
 * lesson route is shared by every lesson). Until it has loaded, and without JavaScript, the worked example
 * beside it stands; CSS hides the example once the calculator is shown.
 */
export function CostCalculatorLoader({ data }: { data: Cost }) {
  const [Calculator, setCalculator] = useState<ComponentType<{ data: Cost }> | null>(null);
  useEffect(() => {
    let mounted = true;
    void import('./CostCalculator').then((loaded) => {
      if (mounted) setCalculator(() => loaded.CostCalculator);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return Calculator ? (
    <div className="cost-live">
      <Calculator data={data} />
    </div>
  ) : null;
}
