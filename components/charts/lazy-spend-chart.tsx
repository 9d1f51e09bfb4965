'use client';

import dynamic from 'next/dynamic';

/**
 * The chart, loaded after the page is interactive: Recharts is most of a chart page's script,
 * and on the server it draws nothing anyway (its size comes from the browser). The frame keeps
 * the height, and the table beside it already has the numbers, so nothing waits and nothing
 * moves. `ssr: false` is only allowed in a client component, hence this small one.
 */
export const SpendChart = dynamic(() => import('./spend-chart').then((m) => m.SpendChart), { ssr: false });
