import { describe, expect, it } from 'vitest';
import { apiSecurityHeaders, computeSecurityHeaders } from './security-headers.ts';

describe('security headers', () => {
  it('documents get a strict CSP, nosniff and framing protection', () => {
    const h = computeSecurityHeaders(false);
    expect(h['content-security-policy']).toContain("default-src 'self'");
    expect(h['content-security-policy']).toContain("script-src 'self'");
    expect(h['content-security-policy']).toContain("object-src 'none'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('SAMEORIGIN');
    expect(h['strict-transport-security']).toBeUndefined();
  });
  it('production adds HSTS and upgrade-insecure-requests', () => {
    const h = computeSecurityHeaders(true);
    expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(h['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(apiSecurityHeaders(true)['strict-transport-security']).toMatch(/max-age=\d+/);
  });
  it('API responses are never cached and cannot be framed or sniffed', () => {
    expect(apiSecurityHeaders(false)).toEqual({
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    });
  });
});
