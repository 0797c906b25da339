import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  policyWithLrs,
} from '../../../src/ui/shell/contentSecurityPolicy';

describe('the LRS origins a host allows in the content security policy', () => {
  it('leaves the policy as it is when none is given', () => {
    expect(policyWithLrs(undefined)).toBe(CONTENT_SECURITY_POLICY);
    expect(policyWithLrs(' , ')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('adds each https origin to connect-src only', () => {
    const policy = policyWithLrs('https://lrs.example.org, http://localhost:8080');
    expect(policy).toContain("connect-src 'self' https://lrs.example.org http://localhost:8080;");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("default-src 'self';");
  });

  it('refuses what is not an https origin, with the reason', () => {
    expect(() => policyWithLrs('http://lrs.example.org')).toThrow(/must be https/);
    expect(() => policyWithLrs('https://lrs.example.org/xapi')).toThrow(/origin only/);
    expect(() => policyWithLrs('lrs')).toThrow(/not an address/);
    expect(() => policyWithLrs("https://a.org 'unsafe-inline'")).toThrow();
  });
});
