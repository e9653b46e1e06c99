/**
 * The shared test kit, one import for browser tests:
 * - `./queries.ts`: `byRole` / `queryByRole` / `allByRole` / `findByRole`, `accessibleName`, `roleOf`;
 * - `./dom.ts`: `typeInto` (an `InputEvent`, as typing sends), `settle`, deep walks through shadow roots;
 * - `./fixtures.ts`: `NOW`, `HOUR`, `DAY`, `ago`, `makeReview`, `manyReviews`, `makeFeedback`, `makeSession`;
 * - `./lifecycle.ts`, `./errors.ts`: shared suites, error collection;
 * - `./loaders.ts`: `stubLoader`, a lazy chunk that cannot load.
 */
export * from './queries.js';
export { deepQueryAll, deepTextRuns, deepTexts, settle, typeInto } from './dom.js';
export * from './fixtures.js';
export * from './lifecycle.js';
export * from './errors.js';
export * from './loaders.js';
