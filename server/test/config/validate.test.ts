import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '../../src/config/config-error.js';
import { validateConfig } from '../../src/config/validate.js';

const site = { 'snv-angiang': { origins: ['https://snv.angiang.gov.vn'] } };

describe('reading the config', () => {
  it('fills in the defaults: port 8787, host 127.0.0.1, SQLite next to the config, 30 hits a minute', () => {
    const config = validateConfig({ sites: site }, '/etc/sen');
    assert.equal(config.port, 8787);
    assert.equal(config.host, '127.0.0.1');
    assert.deepEqual(config.store, { kind: 'sqlite', file: '/etc/sen/sen-data/counter.db' });
    assert.equal(config.trustProxy, false);
    assert.equal(config.rateLimit, 30);
    assert.equal(config.data, undefined);
    assert.deepEqual(config.sites.get('snv-angiang'), { origins: ['https://snv.angiang.gov.vn'], startTotal: 0 });
  });

  it('resolves relative paths against the config file’s folder and keeps absolute ones', () => {
    const config = validateConfig({ store: 'sqlite:../db/c.db', data: './data', sites: site }, '/etc/sen');
    assert.deepEqual(config.store, { kind: 'sqlite', file: '/etc/db/c.db' });
    assert.deepEqual(config.data, { dir: '/etc/sen/data', widgets: {} });
    assert.deepEqual(validateConfig({ store: 'sqlite:/var/lib/sen/c.db', sites: site }, '/etc/sen').store, {
      kind: 'sqlite',
      file: '/var/lib/sen/c.db',
    });
  });

  it('takes Redis URLs and a data folder with named widgets', () => {
    const config = validateConfig(
      {
        store: 'redis://10.0.0.5:6379/2',
        data: { dir: 'data', widgets: { 'phong-trao.json': 'campaign-list' } },
        sites: site,
      },
      '/srv',
    );
    assert.deepEqual(config.store, { kind: 'redis', url: 'redis://10.0.0.5:6379/2' });
    assert.deepEqual(config.data, { dir: '/srv/data', widgets: { 'phong-trao.json': 'campaign-list' } });
  });

  it('lets PORT and SEN_STORE override the file, and names them when they are wrong', () => {
    const config = validateConfig({ port: 80, sites: site }, '/srv', {
      PORT: '9000',
      SEN_STORE: 'redis://cache:6379/0',
    });
    assert.equal(config.port, 9000);
    assert.deepEqual(config.store, { kind: 'redis', url: 'redis://cache:6379/0' });
    assert.throws(() => validateConfig({ sites: site }, '/srv', { PORT: '80a' }), { field: 'PORT' });
    assert.throws(() => validateConfig({ sites: site }, '/srv', { SEN_STORE: 'mysql://x' }), { field: 'SEN_STORE' });
  });

  it('writes origins as browsers send them', () => {
    const config = validateConfig(
      { sites: { a: { origins: ['HTTPS://SNV.AnGiang.gov.vn/', 'http://localhost:5173'] } } },
      '/',
    );
    assert.deepEqual(config.sites.get('a')?.origins, ['https://snv.angiang.gov.vn', 'http://localhost:5173']);
  });

  const mistakes: [string, unknown, string][] = [
    ['not an object', [], '(config)'],
    ['a misspelt field', { sites: site, orgins: [] }, 'orgins'],
    ['a port as text', { port: '8787', sites: site }, 'port'],
    ['a port out of range', { port: 70000, sites: site }, 'port'],
    ['a host with a path', { host: 'http://x/', sites: site }, 'host'],
    ['an unknown store', { store: 'mysql://x', sites: site }, 'store'],
    ['sqlite without a file', { store: 'sqlite:', sites: site }, 'store'],
    ['trustProxy as text', { trustProxy: 'yes', sites: site }, 'trustProxy'],
    ['a zero rate limit', { rateLimit: 0, sites: site }, 'rateLimit'],
    ['data as a number', { data: 5, sites: site }, 'data'],
    ['an unknown widget', { data: { dir: 'd', widgets: { 'a.json': 'counter' } }, sites: site }, 'data.widgets.a.json'],
    ['no sites', { sites: {} }, 'sites'],
    ['a site id with a space', { sites: { 'snv angiang': { origins: ['https://a.vn'] } } }, 'sites.snv angiang'],
    ['a site without origins', { sites: { a: { origins: [] } } }, 'sites.a.origins'],
    [
      'an origin with a path',
      { sites: { a: { origins: ['https://a.vn', 'https://b.vn/tin-tuc'] } } },
      'sites.a.origins[1]',
    ],
    ['an origin that is not http', { sites: { a: { origins: ['ftp://a.vn'] } } }, 'sites.a.origins[0]'],
    ['a negative startTotal', { sites: { a: { origins: ['https://a.vn'], startTotal: -1 } } }, 'sites.a.startTotal'],
    ['a misspelt site field', { sites: { a: { origins: ['https://a.vn'], start: 1 } } }, 'sites.a.start'],
  ];
  for (const [what, raw, field] of mistakes) {
    it(`names the field of ${what}: ${field}`, () => {
      assert.throws(
        () => validateConfig(raw, '/srv'),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError);
          assert.equal(error.field, field);
          assert.ok(error.vi.length > 0 && error.en.length > 0);
          return true;
        },
      );
    });
  }
});
