import { describe, expect, it } from 'vitest';
import { durationMs, parseWrk } from '../../../tests/bench/wrk';

const REPORT = `Running 5s test @ http://127.0.0.1:8080/
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.52ms    2.01ms  40.11ms   91.00%
    Req/Sec    10.21k     1.12k   12.40k    70.00%
  Latency Distribution
     50%  820.00us
     75%    1.61ms
     90%    3.30ms
     99%    9.85ms
  101604 requests in 5.00s, 3.97GB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 7
Requests/sec:  20320.80
Transfer/sec:    812.35MB
`;

describe('wrk’s report', () => {
  it('gives throughput, median and 99th percentile latency, errors and non-2xx answers', () => {
    expect(parseWrk('http://x/', REPORT)).toEqual({
      url: 'http://x/',
      requestsPerSecond: 20320.8,
      p50: 0.82,
      p99: 9.85,
      errors: 5,
      non2xx: 7,
    });
  });

  it('counts no errors when wrk reports none', () => {
    const clean = REPORT.replace(/ {2}Socket errors.*\n {2}Non-2xx.*\n/, '');
    expect(parseWrk('http://x/', clean)).toMatchObject({ errors: 0, non2xx: 0 });
  });

  it('refuses a report it cannot read', () => {
    expect(() => parseWrk('http://x/', 'unable to connect to 127.0.0.1:9 Connection refused')).toThrow(
      /could not be read/,
    );
  });

  it('reads durations in microseconds, milliseconds, seconds and minutes', () => {
    expect([durationMs('390.00us'), durationMs('1.23ms'), durationMs('2.00s'), durationMs('1.50m')]).toEqual([
      0.39, 1.23, 2000, 90000,
    ]);
    expect(() => durationMs('fast')).toThrow(/not a wrk duration/);
  });
});
