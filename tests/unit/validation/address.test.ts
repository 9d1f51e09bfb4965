import { describe, expect, it } from 'vitest';
import { badAddress } from '../../../lib/validation/address';

const at = (address: string) => badAddress(new URL(address, 'http://localhost'));

describe('badAddress', () => {
  it.each([
    ['/compare?a=%00&b=../../etc/passwd', 'compare'],
    ['/compare?a=hertsmere&b=Welwyn', 'compare'],
    [`/compare?a=${'x'.repeat(101)}&b=hertsmere`, 'compare'],
    ['/compare/%00/hertsmere', 'compare'],
    ['/compare/hertsmere/..%2Fetc', 'compare'],
    ['/councils/%00', 'council'],
    ['/councils/..%2F..%2Fetc%2Fpasswd', 'council'],
    ['/councils/Welwyn-Hatfield', 'council'],
    ['/councils/find?council=..%2Fetc', 'find'],
    [`/councils/find?council=${'x'.repeat(300)}`, 'find'],
    ['/sources/%E2%80%A6', 'source'],
    [`/councils?q=${'w'.repeat(101)}`, 'search'],
    ['/councils?q=welwyn%0A', 'search'],
    ['/councils?q=welwyn&q=%00', 'search'],
    ['/councils?sort=..%2Fetc', 'sort'],
    ['/councils?sort=Spend', 'sort'],
    ['/councils?q=welwyn&sort=%00', 'sort'],
  ])('finds %s malformed (%s)', (address, kind) => expect(at(address)).toBe(kind));

  it.each([
    '/compare',
    '/compare?a=hertsmere',
    '/compare?a=hertsmere&b=hertsmere',
    '/compare?a=hertsmere&b=atlantis&junk=%00',
    '/compare/welwyn-hatfield/hertsmere',
    '/councils',
    '/councils/atlantis',
    '/councils/find',
    '/councils/find?council=',
    '/councils/find?council=hertsmere',
    '/sources/nope',
    '/sources/000-306cc6ddef71cacb',
    '/councils/welwyn-hatfield/extra/parts',
    '/england',
    '/councils?q=welwyn',
    '/councils?q=',
    '/councils?q=%00&q=welwyn',
    '/councils?sort=spend',
    '/councils?sort=no-such-order',
    '/councils?sort=',
    '/councils/search?q=%00',
  ])('lets %s through to its page', (address) => expect(at(address)).toBeNull());
});
