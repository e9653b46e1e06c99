import type { Strings } from '../types.js';

export default {
  'review-list.comment.label': 'このレビューへの公開コメント',
  'review-list.comment.hint':
    '全員に公開されます。メールアドレス、電話番号、返金やその他の申し出は書かないでください。代わりに「購入者に連絡」を使用してください。',
  'review-list.comment.post': 'コメントを投稿',
  'review-list.comment.posting': '投稿しています…',
  'review-list.comment.blocked': '投稿する前に上記のエラーを修正してください。',
  'review-list.comment.empty': '投稿するにはコメントを入力してください。',
  'review-list.comment.posted': 'コメントを投稿しました。',
  'review-list.comment.failed': 'コメントは投稿されませんでした。入力内容は保持されています。{error}',
  'review-list.comment.no-findings': 'ポリシー上の問題は見つかりませんでした。',
  'review-list.severity.error': 'エラー（投稿できません）',
  'review-list.severity.warning': '警告',
} satisfies Strings;
