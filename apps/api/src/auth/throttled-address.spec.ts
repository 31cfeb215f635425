import { throttledAddress } from './throttled-address';

describe('throttledAddress', () => {
  it('keeps an IPv4 address, and reads an IPv4-mapped IPv6 one as IPv4', () => {
    expect(throttledAddress('192.0.2.1')).toBe('192.0.2.1');
    expect(throttledAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(throttledAddress('::FFFF:192.0.2.1')).toBe('192.0.2.1');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    const network = '2001:db8:1:2::/64';
    for (const ip of [
      '2001:db8:1:2:3:4:5:6',
      '2001:0db8:0001:0002::ab',
      '2001:DB8:1:2::',
      '2001:db8:1:2:ffff:ffff:ffff:ffff',
      '2001:db8:1:2::1%eth0',
    ])
      expect(throttledAddress(ip)).toBe(network);
    expect(throttledAddress('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(throttledAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(throttledAddress('::1')).toBe('0:0:0:0::/64');
    expect(throttledAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(throttledAddress('1:2:3:4:5:6:192.0.2.1')).toBe('1:2:3:4::/64');
    expect(throttledAddress('1::5:6:192.0.2.1')).toBe('1:0:0:0::/64');
  });

  it('leaves what is not an address as it is', () => {
    expect(throttledAddress('unknown')).toBe('unknown');
  });
});
