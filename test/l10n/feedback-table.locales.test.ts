/** <feedback-table> in each of the twelve UI locales, with demo data: no English left (see ./l10n-helpers.ts). */
import { describeLocales } from './l10n-helpers.js';

describeLocales('feedback-table');
