import type { Strings } from '../types.js';

export default {
  'review-list.done.hidden':
    'レビューを対応済みにして非表示にしました。表示するには「対応済みを含める」をオンにしてください。',
  'review-list.done.marked': 'レビューを対応済みにしました。',
  'review-list.done.unmarked': 'レビューを未対応に戻しました。',
  'review-list.bulk.saving': { other: '{count}件を保存しています…' },
  'review-list.bulk.marked': { other: '{count}件のレビューを対応済みにしました。' },
  'review-list.bulk.restored': { other: '{count}件のレビューを元に戻しました。' },
  'review-list.bulk.failed': { other: '{count}件は保存できなかったため、変更していません。' },
  'review-list.bulk.undone': { other: '取り消しました：{count}件のレビューを元の状態に戻しました。' },
} satisfies Strings;
