import type { Strings } from '../types.js';

export default {
  'review-list.shortcuts.intro': 'レビュー上で（テキスト入力欄にフォーカスがないとき）：',
  'review-list.shortcuts.key': 'キー',
  'review-list.shortcuts.action': '操作',
  'review-list.shortcuts.next': '次のレビュー',
  'review-list.shortcuts.previous': '前のレビュー',
  'review-list.shortcuts.select': 'レビューを選択／選択解除',
  'review-list.shortcuts.done': '対応済みにする／元に戻す',
  'review-list.shortcuts.comment': 'コメント',
  'review-list.shortcuts.contact': '購入者に連絡',
  'review-list.shortcuts.help': 'このショートカット一覧を表示',
  'review-list.shortcuts.enable': '1キーのショートカットを使う',
  'review-list.shortcuts.close': '閉じる',
} satisfies Strings;
