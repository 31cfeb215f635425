import { isIPv6 } from 'node:net';

/**
 * The address a sign-in attempt is counted against: an IPv4 address as it is (an IPv4-mapped
 * IPv6 one as IPv4), an IPv6 address by its /64 network. A subscriber is routinely given a whole
 * /64 (RFC 6177), so counting each of its addresses alone would hand one attacker 2^64 fresh
 * allowances.
 */
export function throttledAddress(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1];
  const address = ip.split('%')[0]; // a zone id only names a local interface
  if (!isIPv6(address)) return ip;
  const [head, tail] = address.split('::');
  const before = head ? head.split(':') : [];
  const after = tail ? tail.split(':') : [];
  // An IPv4 tail ("::ffff:1.2.3.4" forms) fills two groups.
  const filled = before.length + after.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const groups = [
    ...before,
    ...Array<string>(tail === undefined ? 0 : 8 - filled).fill('0'),
    ...after,
  ];
  const network = groups.slice(0, 4).map((g) => Number.parseInt(g, 16).toString(16));
  return `${network.join(':')}::/64`;
}
