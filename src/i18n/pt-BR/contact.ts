import type { Strings } from '../types.js';

export default {
  'contact.title': 'Entrar em contato com o cliente',
  'contact.reason.legend': 'Motivo do contato com o cliente',
  'contact.reason.courtesy-refund': 'Reembolso de cortesia',
  'contact.reason.courtesy-refund.hint': 'Oferece ao cliente um reembolso total.',
  'contact.reason.customer-support': 'Suporte ao cliente',
  'contact.reason.customer-support.hint':
    'Pede ao cliente permissão para contatá-lo pelo Serviço de mensagens entre comprador e vendedor.',
  'contact.preview.title': 'Prévia da mensagem',
  'contact.preview.note': 'A Amazon envia esta mensagem a partir de um modelo fixo. Ela não pode ser editada.',
  'contact.preview.subject': 'Assunto',
  'contact.preview.unavailable': 'O texto deste modelo não está disponível.',
  'contact.review.product': 'Produto',
  'contact.review.rating': 'Classificação',
  'contact.review.title': 'Título da avaliação',
  'contact.loading': 'Carregando a avaliação…',
  'contact.no-review': 'Nenhuma avaliação foi passada para esta caixa de diálogo.',
  'contact.ineligible.title': 'Não é possível entrar em contato com o cliente',
  'contact.ineligible.intro':
    'A Amazon só permite Entrar em contato com o cliente quando todas as condições são atendidas. Não atendidas:',
  'contact.sent.title': 'Mensagem enviada',
  'contact.sent.body':
    'A Amazon enviou a mensagem “{reason}” em {date}. O cliente a vê na Central de mensagens; as respostas chegam como mensagens entre comprador e vendedor.',
  'contact.failed.title': 'A mensagem não foi enviada',
  'contact.failed.retry':
    'Sua escolha foi mantida. Selecione Enviar para tentar novamente; a mensagem nunca será enviada duas vezes.',
  'contact.conflict.title': 'Cliente já contatado',
  'contact.conflict.body':
    'Este cliente já foi contatado sobre esta avaliação. A Amazon permite um contato por avaliação, então nada mais foi enviado.',
  'policy.template.courtesy-refund.subject': 'Um reembolso de cortesia para seu pedido',
  'policy.template.courtesy-refund.body':
    'Olá,\n\nLamentamos que sua compra de {productTitle} não tenha atendido às suas expectativas. Como cortesia, gostaríamos de oferecer um reembolso total deste pedido. Para aceitar, basta responder a esta mensagem na sua Central de mensagens.\n\nAtenciosamente,\n{sellerName}',
  'policy.template.customer-support.subject': 'Podemos ajudar com sua compra?',
  'policy.template.customer-support.body':
    'Olá,\n\nNotamos que você pode ter tido um problema com {productTitle}. Gostaríamos de ajudar. Podemos entrar em contato pelo Serviço de mensagens entre comprador e vendedor? Se sim, responda a esta mensagem na sua Central de mensagens.\n\nAtenciosamente,\n{sellerName}',
} satisfies Strings;
