import { expect } from '@open-wc/testing';
import { fetchDocument, parseJson } from '../../src/data/fetch-document.js';
import { LoadError } from '../../src/data/load-error.js';
import { settings } from '../../src/data/settings.js';
import { fault, fastRetries, requestsSeen, restoreSettings, uid } from '../support/helpers.js';

async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LoadError);
    return error as LoadError;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetchDocument (real HTTP)', () => {
  beforeEach(fastRetries);
  afterEach(restoreSettings);

  it('retries 5xx and 429, then succeeds', async () => {
    const id = uid();
    const document = await fetchDocument(fault({ id, status: '503,429,200', body: 'visit-stats' }));
    expect(JSON.parse(document.text).total).to.equal(11529);
    expect((await requestsSeen(id)).count).to.equal(3);
  });

  it('gives up after 2 retries with kind http and the status', async () => {
    const id = uid();
    const error = await failure(fetchDocument(fault({ id, status: 500 })));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect((await requestsSeen(id)).count).to.equal(3);
  });

  it('does not retry other 4xx', async () => {
    const id = uid();
    const error = await failure(fetchDocument(fault({ id, status: 404 })));
    expect(error).to.include({ kind: 'http', status: 404 });
    expect((await requestsSeen(id)).count).to.equal(1);
  });

  it('waits as long as Retry-After asks before retrying', async () => {
    const id = uid();
    const started = performance.now();
    await fetchDocument(fault({ id, status: '429,200', retryAfter: 1, body: 'visit-stats' }));
    // A lower bound only: honouring the header means never retrying sooner.
    expect(performance.now() - started).to.be.at.least(950);
    expect((await requestsSeen(id)).count).to.equal(2);
  });

  it('fails at once when Retry-After asks to wait past the time budget', async () => {
    const id = uid();
    settings.timeout = 2000;
    const error = await failure(fetchDocument(fault({ id, status: '503,200', retryAfter: 30, body: 'visit-stats' })));
    expect(error).to.include({ kind: 'http', status: 503 });
    expect((await requestsSeen(id)).count).to.equal(1);
  });

  it('retries a network failure twice, then reports kind network', async () => {
    const id = uid();
    const error = await failure(fetchDocument(fault({ id, status: 0 })));
    expect(error.kind).to.equal('network');
    expect((await requestsSeen(id)).count).to.equal(3); // the first try and two retries
  });

  it('gets the document when a retry after a dropped connection succeeds', async () => {
    const id = uid();
    const fetched = await fetchDocument(fault({ id, status: '0,200', body: 'visit-stats' }));
    expect(JSON.parse(fetched.text).total).to.equal(11529);
    expect((await requestsSeen(id)).count).to.equal(2);
  });

  it('reports a refused connection as kind network', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused.
    const error = await failure(fetchDocument('http://127.0.0.1:9/stats.json'));
    expect(error.kind).to.equal('network');
  });

  it('abandons a response that never ends once the time budget is spent (kind timeout)', async () => {
    settings.timeout = 800;
    const error = await failure(fetchDocument(fault({ id: uid() }, 'endless')));
    expect(error.kind).to.equal('timeout');
  });

  it('abandons a slow server, retries included, within the time budget', async () => {
    settings.timeout = 600;
    const error = await failure(fetchDocument(fault({ id: uid(), delay: 2000, body: 'visit-stats' })));
    expect(error.kind).to.equal('timeout');
  });

  it('reads a body whatever its content type, ignoring a UTF-8 byte-order mark', async () => {
    const document = await fetchDocument(
      fault({ id: uid(), body: 'visit-stats', bom: 1, type: 'text/plain; charset=utf-8' }),
    );
    expect(parseJson(document.text, 'x')).to.have.property('total', 11529);
  });

  it('refuses a body over 5 MB that declares its length (kind parse)', async () => {
    const error = await failure(fetchDocument(fault({ id: uid(), declared: 1 }, 'oversized')));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('5 MB');
  });

  it('refuses a streamed body over 5 MB without a length (kind parse)', async () => {
    const error = await failure(fetchDocument(fault({ id: uid() }, 'oversized')));
    expect(error.kind).to.equal('parse');
  });

  it('reports broken JSON as kind parse, with no stack trace in the message', () => {
    try {
      parseJson('{"total": 1,', 'stats.json');
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.include({ kind: 'parse' });
      expect((error as Error).message).to.match(/^stats\.json: not JSON \(/);
      expect((error as Error).message).not.to.contain('    at ');
    }
  });

  it('stops when the caller aborts, without waiting for the server', async () => {
    const controller = new AbortController();
    const pending = fetchDocument(fault({ id: uid(), delay: 3000, body: 'visit-stats' }), {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await pending.catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
    expect(performance.now() - started).to.be.below(2500);
  });
});
