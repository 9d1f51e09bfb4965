/** The pages the js and lighthouse sections measure; `chart` pages may load the chart's code after the page. */
export const PAGES = [
  { path: '/', chart: true },
  { path: '/councils/welwyn-hatfield', chart: true },
  { path: '/compare?a=welwyn-hatfield&b=hertsmere', chart: true },
  { path: '/compare?a=welwyn-hatfield&b=hertsmere&per=resident', chart: true },
  { path: '/councils', chart: false },
  { path: '/england', chart: false },
  { path: '/sources/welwyn-hatfield-times-9c7b9525', chart: false },
];
