import type { Strings } from '../types.js';

export default {
  'sc.reply': 'Responder no Seller Central',
  'sc.remove-reply': 'Remover resposta no Seller Central',
  'sc.request-removal': 'Solicitar remoção no Seller Central',
  'sc.ask-buyer': 'Pedir ao comprador que remova no Seller Central',
  'sc.comment': 'Comentar no Seller Central',
  'sc.contact': 'Entrar em contato com o cliente no Seller Central',
  'sc.new-tab': '(abre em uma nova guia)',
  'feedback.ask-buyer': 'Pedir ao comprador que remova',
  'feedback.ask-buyer.title': 'Pedir ao comprador que remova esta avaliação?',
  'feedback.ask-buyer.body':
    'Somente depois de resolver o problema do comprador. A Amazon envia ao comprador uma mensagem própria pedindo a remoção da avaliação; você pode pedir uma vez por pedido e nunca deve oferecer nada em troca.',
  'feedback.ask-buyer.confirm': 'O problema foi resolvido: pedir ao comprador',
  'feedback.ask-buyer.asked-on': 'Pedido ao comprador para remover em {date}',
  'feedback.ask-buyer.done': 'O comprador recebeu o pedido para remover a avaliação.',
  // Refusals of Ask buyer to remove (SPEC §9) and of an action Amazon offers no API for, in words.
  'feedback.reason.not-offered-by-amazon':
    'A Amazon não oferece, para este pedido, a mensagem que pede ao comprador que remova a avaliação: pode ser tarde demais, ela já pode ter sido enviada ou não é mais oferecida.',
  'feedback.reason.manual-only': 'A Amazon não permite fazer isso por aqui: faça no Seller Central.',
} satisfies Strings;
