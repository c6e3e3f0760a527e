import type { Plugin } from 'vite';

/**
 * `npm start` only: a live visit-statistics endpoint, so the demo counter really moves.
 * GET /demo-api/visit-stats answers the figures; POST /demo-api/hit counts a visit and answers
 * them too (the counter's `hit` attribute). Figures start from plausible values for the seed site.
 */
export function demoApi(): Plugin {
  const stats = { total: 11529, today: 342, yesterday: 401, month: 9120 };
  const answer = () =>
    JSON.stringify({ ...stats, online: 12 + Math.floor(Math.random() * 9), updatedAt: new Date().toISOString() });
  return {
    name: 'sen-demo-api',
    configureServer(server) {
      server.middlewares.use('/demo-api/', (request, response, next) => {
        if (request.url?.startsWith('/visit-stats') && request.method === 'GET') {
          stats.total += Math.floor(Math.random() * 3); // other visitors
          stats.today = stats.total - 11187;
        } else if (request.url?.startsWith('/hit') && request.method === 'POST') {
          stats.total += 1;
          stats.today += 1;
          stats.month += 1;
        } else return next();
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.setHeader('cache-control', 'no-store');
        response.end(answer());
      });
    },
  };
}
