import type { Plugin } from 'vite';

/**
 * What the built app may load: only its own files. No inline script and no eval (zod runs
 * `jitless`, see main.tsx). Styles come from the app's own CSS files; React's `style={…}`
 * props are set through the CSSOM (`element.style`), which CSP does not govern, so
 * `style-src-attr` needs no 'unsafe-inline'. `data:` images are the only non-file source.
 * `frame-ancestors` cannot be set from a meta tag; a host that can send headers should add it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The policy with the LRS origins a host allows (`LRS_ORIGINS=https://lrs.example.org npm run
 * build`, comma-separated): only there may the app send xAPI statements, and only when the
 * facilitator turns sending on. Each must be an https origin (http only for localhost), with no
 * path; anything else stops the build with the reason.
 */
export function policyWithLrs(
  origins: string | undefined,
  policy = CONTENT_SECURITY_POLICY,
): string {
  const list = (origins ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  if (list.length === 0) return policy;
  const allowed = list.map((o) => {
    let url: URL;
    try {
      url = new URL(o);
    } catch {
      throw new Error(`LRS_ORIGINS: "${o}" is not an address`);
    }
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
      throw new Error(`LRS_ORIGINS: "${o}" must be https (http only for localhost)`);
    }
    if (url.origin !== o.replace(/\/$/, '')) {
      throw new Error(`LRS_ORIGINS: "${o}" must be an origin only (scheme, host, port; no path)`);
    }
    return url.origin;
  });
  return policy.replace("connect-src 'self'", `connect-src 'self' ${allowed.join(' ')}`);
}

const CHARSET = /<meta charset="UTF-8" \/>/i;

/**
 * Puts the policy in the built index.html as a meta tag (static hosts cannot always send
 * headers), straight after the charset so it covers everything the page loads. The dev
 * server is left without it: Vite's hot reload injects inline scripts.
 */
export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'follow-up-call-trainer:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!CHARSET.test(html)) {
          throw new Error('index.html needs <meta charset="UTF-8" /> to place the CSP after it');
        }
        return html.replace(
          CHARSET,
          (charset) =>
            `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}
