/**
 * `seller-review-kit/mocks.js`: MSW handlers that serve the REST contract over any adapter — a thin wrapper over
 * `createRequestHandler` of `seller-review-kit/server.js`. Needs `msw` 3.
 */
export {
  createHandlers,
  scenarioHandlers,
  errorToResponse,
  parseReviewQuery,
  parseFeedbackQuery,
  parseActivityQuery,
  SCENARIOS,
  ENDPOINTS,
  OPTIONAL_ENDPOINTS,
  ACCOUNT_ENDPOINTS,
  ACCOUNT_OPTIONAL_ENDPOINTS,
  ROUTES,
  ALL_ROUTES,
  type EndpointName,
  type OptionalEndpointName,
  type RouteName,
  type HandlerOptions,
  type MockScenario,
  type ScenarioName,
} from './handlers.js';
export { startMockWorker, type MockWorkerOptions } from './browser.js';
