/** `seller-review-kit/mocks.js`: MSW handlers that serve the REST contract over any adapter. Needs `msw` 3. */
export {
  createHandlers,
  scenarioHandlers,
  errorToResponse,
  parseReviewQuery,
  parseFeedbackQuery,
  SCENARIOS,
  ENDPOINTS,
  ACCOUNT_ENDPOINTS,
  ROUTES,
  type EndpointName,
  type RouteName,
  type HandlerOptions,
  type MockScenario,
  type ScenarioName,
} from './handlers.js';
export { startMockWorker, type MockWorkerOptions } from './browser.js';
