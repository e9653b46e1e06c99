import type { Strings } from '../types.js';

export default {
  'feedback.reply.field': '公開返信',
  'feedback.reply.hint': 'この返信はすべてのお客様が読めます。評価は変わらず、購入者とやり取りする場所ではありません。',
  'feedback.reply.length': '{count}／{limit}文字。',
  'feedback.reply.submit': '返信を投稿',
  'feedback.reply.confirm.title': 'この公開返信を投稿しますか？',
  'feedback.reply.confirm.body': '投稿した返信は変更できません。削除のみ可能です。',
  'feedback.reply.confirm.submit': '返信を投稿',
  'feedback.reply.remove.title': 'この返信を削除しますか？',
  'feedback.reply.remove.body': 'あなたの公開返信はこの評価の下に表示されなくなります。',
  'feedback.reply.remove.submit': '返信を削除',
  'feedback.reply.posted': '返信を投稿しました。',
  'feedback.reply.removed': '返信を削除しました。',
  'feedback.lint.error': '要修正：',
  'feedback.lint.warning': '要確認：',
  'feedback.local.reply.posted': '返信はこのブラウザにのみ保存されました。Amazonには送信されていません。',
  'feedback.local.reply.removed': '返信はこのブラウザでのみ削除されました。Amazonには送信されていません。',
} satisfies Strings;
