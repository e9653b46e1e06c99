import type { Strings } from '../types.js';

/** Compliance linter strings (src/policy/lint.ts): finding messages and clause titles. They load with the linter. */
export default {
  'policy.lint.length': 'Longo demais: {length} caracteres, o limite é {limit}.',
  'policy.lint.email': 'Remova o endereço de e-mail.',
  'policy.lint.phone': 'Remova o número de telefone.',
  'policy.lint.phone-warning':
    'Números de telefone só são permitidos para contatos de garantia, transportadora ou fabricante.',
  'policy.lint.url': 'Remova o link.',
  'policy.lint.url-warning': 'Links só são permitidos quando necessários para concluir o pedido.',
  'policy.lint.html': 'Remova a marcação HTML.',
  'policy.lint.emoji': 'Remova o emoji: mensagens aos compradores não podem conter emojis.',
  'policy.lint.ask-positive': 'Não peça avaliações positivas nem peça só a compradores satisfeitos.',
  'policy.lint.review-change': 'Nunca peça a um cliente para alterar, atualizar ou remover uma avaliação.',
  'policy.lint.feedback-pressure':
    'Não peça ao comprador para alterar ou remover a avaliação. Você pode apenas dizer que ele pode atualizá-la.',
  'policy.lint.incentive': 'Não ofereça nada, nem mesmo reembolso, em troca de uma avaliação.',
  'policy.lint.refund-offer':
    'Um comentário público não pode oferecer reembolso nem qualquer outra coisa (uma substituição, um desconto, um produto grátis). Use Entrar em contato com o cliente ou o Serviço de mensagens entre comprador e vendedor.',
  'policy.lint.refund-offer-warning':
    'Uma resposta pública não é o lugar para oferecer reembolso ou qualquer outra coisa. Considere o Serviço de mensagens entre comprador e vendedor.',
  'policy.lint.marketing':
    'Remova o marketing: mensagens aos compradores e comentários públicos não podem promover produtos, pedir para seguir ou assinar, nem conter links de cancelamento de inscrição.',
  'policy.lint.contact-first':
    'Não peça aos compradores que entrem em contato antes ou em vez de deixarem uma avaliação.',
  'policy.lint.repeat-request': 'Peça uma avaliação só uma vez por pedido: sem lembretes.',
  'policy.lint.abuse': 'Seja profissional: sem ameaças, acusações ao comprador ou palavrões.',
  'policy.lint.personal-name': 'Remova o nome do comprador: textos públicos não podem conter dados pessoais.',
  'policy.lint.handle': 'Remova o nome de usuário de rede social.',
  'policy.lint.off-platform': 'Mantenha a conversa na Amazon: sem canais externos, ligações ou contas de pagamento.',
  'policy.lint.fix.apply': 'Aplicar',
  'policy.lint.fix.replace': 'Reescrita sugerida: “{replacement}”',
  'policy.lint.fix.remove': 'Correção sugerida: remover.',
  'policy.lint.fix.apply-replace': 'Aplicar: substituir “{text}” por “{replacement}”',
  'policy.lint.fix.apply-remove': 'Aplicar: remover “{text}”',
  'policy.lint.fix.applied': 'Sugestão aplicada; o texto foi verificado novamente.',
  'policy.clause.messaging.length': 'Mensagens aos compradores devem ter menos de 4.000 caracteres.',
  'policy.clause.messaging.no-email': 'Mensagens aos compradores não podem conter endereços de e-mail.',
  'policy.clause.messaging.phone': 'Números de telefone só para contatos de garantia, transportadora ou fabricante.',
  'policy.clause.messaging.links': 'Links só quando necessários para concluir o pedido.',
  'policy.clause.messaging.no-html': 'Mensagens aos compradores não podem conter HTML.',
  'policy.clause.messaging.no-emoji': 'Mensagens aos compradores não podem conter emojis.',
  'policy.clause.messaging.no-marketing':
    'Mensagens aos compradores não podem conter marketing nem links de cancelamento de inscrição.',
  'policy.clause.reviews.comment-length': 'Mantenha os comentários em avaliações curtos.',
  'policy.clause.reviews.comment-no-contact':
    'Comentários públicos não podem conter endereços de e-mail nem números de telefone.',
  'policy.clause.reviews.comment-no-promotion': 'Comentários públicos não podem conter promoções nem links.',
  'policy.clause.reviews.comment-no-refund':
    'Comentários públicos não podem oferecer reembolso nem qualquer outra coisa.',
  'policy.clause.reviews.no-positive-request': 'Nunca peça avaliações positivas nem peça só a compradores satisfeitos.',
  'policy.clause.reviews.no-change-request': 'Nunca peça a um cliente para alterar ou remover uma avaliação.',
  'policy.clause.reviews.no-incentives': 'Nunca ofereça nada por uma avaliação, nem mesmo reembolso.',
  'policy.clause.feedback.reply-length': 'Mantenha as respostas públicas às avaliações curtas.',
  'policy.clause.feedback.reply-public': 'Uma resposta pública não é o lugar para conversar com o comprador.',
  'policy.clause.feedback.no-pressure':
    'Você pode dizer que o comprador pode atualizar a avaliação; pressionar não é permitido.',
  'policy.clause.reviews.no-diverting':
    'Nunca peça aos compradores que entrem em contato antes ou em vez de deixarem uma avaliação.',
  'policy.clause.messaging.one-request': 'No máximo uma solicitação de avaliação por pedido.',
  'policy.clause.messaging.no-off-platform':
    'Mantenha o contato com compradores na Amazon: sem canais externos ou contas de pagamento.',
  'policy.clause.public.professional':
    'Comentários e respostas públicos continuam profissionais: sem ameaças, acusações ou palavrões.',
  'policy.clause.public.no-personal-data':
    'Textos públicos não podem nomear o comprador nem conter outros dados pessoais.',
} satisfies Strings;
