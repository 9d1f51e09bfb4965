import { describe, expect, it } from 'vitest';
import { failed } from '../../bench/attempts';
import { formatTable, measuredRow, notMeasuredValue, Report, summaryLine } from '../../bench/report';

describe('report', () => {
  it('reports a measure that could not be taken as not measured, with its reason, and not met', () => {
    const report = new Report();
    report.area('lighthouse').notMeasured('/ perf', '>= 95', 'no usable run in 6: no first contentful paint (x6)');
    expect(report.checks).toEqual([
      {
        area: 'lighthouse',
        what: '/ perf',
        value: 'not measured: no usable run in 6: no first contentful paint (x6)',
        target: '>= 95',
        met: false,
        notMeasured: 'no usable run in 6: no first contentful paint (x6)',
      },
    ]);
    expect(notMeasuredValue('x')).toBe('not measured: x');
  });

  it('makes a row a check when measured and not measured when not', () => {
    const report = new Report();
    const http = report.area('http');
    http.row('/ x same-size static', '>= 0.90', measuredRow('0.95', true));
    http.row('/england x same-size static', '>= 0.90', () => failed('/england answered 500'));
    expect(report.checks.map((c) => [c.area, c.value, c.met])).toEqual([
      ['http', '0.95', true],
      ['http', 'not measured: /england answered 500', false],
    ]);
  });

  it('prints a header and one line per check, ending in yes or NO', () => {
    const report = new Report();
    const js = report.area('js');
    js.check('/ first-load JS', '175.9 KB gzip', '<= 284.1 KB', true);
    js.notMeasured('/england first-load JS', '<= floor + 10 KB', '/england answered 500');
    const lines = formatTable(report.checks);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^area +measure +value +target +met$/);
    expect(lines[1]).toMatch(/^js +\/ first-load JS +175\.9 KB gzip +<= 284\.1 KB +yes$/);
    expect(lines[2]).toMatch(
      /^js +\/england first-load JS +not measured: \/england answered 500 +<= floor \+ 10 KB +NO$/,
    );
  });

  it('counts the targets met and says how many were not measured', () => {
    const report = new Report();
    const a = report.area('scale');
    a.check('x', '1', 'reported', true);
    a.check('y', '2', '<= 1', false);
    expect(summaryLine(report.checks)).toBe('1 of 2 targets met');
    a.notMeasured('z', '<= 1', 'why');
    expect(summaryLine(report.checks)).toBe('1 of 3 targets met (1 not measured)');
  });
});
