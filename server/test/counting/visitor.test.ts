import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { clientAddress } from '../../src/counting/client-address.js';
import { isCountedAgent } from '../../src/counting/bots.js';
import { visitorId } from '../../src/counting/visitor.js';
import { BROWSER_UA } from '../helpers/requests.js';

describe('who a visitor is', () => {
  const salt = randomBytes(32);

  it('is the same id for the same salt, site, address and user agent, and another if any differs', () => {
    const id = visitorId(salt, 'snv-angiang', '203.0.113.7', BROWSER_UA);
    assert.equal(visitorId(salt, 'snv-angiang', '203.0.113.7', BROWSER_UA), id);
    assert.notEqual(visitorId(randomBytes(32), 'snv-angiang', '203.0.113.7', BROWSER_UA), id);
    assert.notEqual(visitorId(salt, 'sgd-angiang', '203.0.113.7', BROWSER_UA), id);
    assert.notEqual(visitorId(salt, 'snv-angiang', '203.0.113.8', BROWSER_UA), id);
    assert.notEqual(visitorId(salt, 'snv-angiang', '203.0.113.7', `${BROWSER_UA} Edg/131`), id);
  });

  it('holds neither the address nor the user agent', () => {
    const id = visitorId(salt, 'snv-angiang', '203.0.113.7', BROWSER_UA);
    assert.match(id, /^[A-Za-z0-9_-]{22}$/);
    assert.ok(!id.includes('203'));
  });

  it('takes the address from the socket unless the proxy is trusted', () => {
    assert.equal(clientAddress('10.0.0.2', '198.51.100.1', false), '10.0.0.2');
    assert.equal(clientAddress('::ffff:203.0.113.7', undefined, false), '203.0.113.7');
    assert.equal(clientAddress('2001:db8::1', undefined, false), '2001:db8::1');
  });

  it('behind a trusted proxy, takes the right-most X-Forwarded-For entry (the one the proxy saw)', () => {
    assert.equal(clientAddress('127.0.0.1', '198.51.100.1', true), '198.51.100.1');
    assert.equal(clientAddress('127.0.0.1', '6.6.6.6, 198.51.100.1', true), '198.51.100.1');
    assert.equal(clientAddress('127.0.0.1', ['6.6.6.6', '198.51.100.2'], true), '198.51.100.2');
    assert.equal(clientAddress('127.0.0.1', ' , ', true), '127.0.0.1');
    assert.equal(clientAddress('127.0.0.1', undefined, true), '127.0.0.1');
  });

  it('counts browsers, not bots, crawlers, headless browsers or requests without a user agent', () => {
    assert.equal(isCountedAgent(BROWSER_UA), true);
    assert.equal(
      isCountedAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
      true,
    );
    assert.equal(isCountedAgent('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'), false);
    assert.equal(
      isCountedAgent('Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)'),
      false,
    );
    assert.equal(
      isCountedAgent(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
      ),
      false,
    );
    assert.equal(isCountedAgent('curl/8.5.0'), false);
    assert.equal(isCountedAgent(undefined), false);
    assert.equal(isCountedAgent('  '), false);
  });
});
