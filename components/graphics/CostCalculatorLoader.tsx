'use client';

import { late } from '@/components/site/late';

/**
 * Loads the calculator once the page is there: its code stays out of the lesson's first-load JavaScript (the
 * lesson route is shared by every lesson). Until it has loaded, and without JavaScript, the worked example
 * beside it stands; CSS hides the example once the calculator is shown.
 */
export const CostCalculatorLoader = late(() => import('./CostCalculator').then((module) => module.CostCalculator));
