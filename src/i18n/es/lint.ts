import type { Strings } from '../types.js';

/** Compliance linter strings (src/policy/lint.ts): finding messages and clause titles. They load with the linter. */
export default {
  'policy.lint.length': 'Demasiado largo: {length} caracteres, el límite es {limit}.',
  'policy.lint.email': 'Elimina la dirección de correo electrónico.',
  'policy.lint.phone': 'Elimina el número de teléfono.',
  'policy.lint.phone-warning': 'Los números de teléfono solo se permiten para garantía, transportista o fabricante.',
  'policy.lint.url': 'Elimina el enlace.',
  'policy.lint.url-warning': 'Los enlaces solo se permiten si son necesarios para completar el pedido.',
  'policy.lint.html': 'Elimina el código HTML.',
  'policy.lint.emoji': 'Elimina los emojis: los mensajes a compradores no pueden contenerlos.',
  'policy.lint.ask-positive': 'No pidas reseñas o valoraciones positivas, ni solo a compradores satisfechos.',
  'policy.lint.review-change': 'Nunca pidas a un cliente que cambie, actualice o elimine una reseña.',
  'policy.lint.feedback-pressure':
    'No pidas al comprador que cambie o elimine su valoración. Solo puedes decirle que puede actualizarla.',
  'policy.lint.incentive': 'No ofrezcas nada, tampoco reembolsos, a cambio de una reseña o valoración.',
  'policy.lint.refund-offer':
    'Un comentario público no puede ofrecer un reembolso ni nada más (un reemplazo, un descuento, un producto gratis). Usa Contactar con el cliente o la mensajería comprador-vendedor.',
  'policy.lint.refund-offer-warning':
    'Una respuesta pública no es el lugar para ofrecer un reembolso ni nada más. Mejor usa la mensajería comprador-vendedor.',
  'policy.lint.marketing':
    'Elimina el contenido promocional: los mensajes a compradores y los comentarios públicos no pueden promocionar productos, invitar a seguir o suscribirse ni incluir enlaces para darse de baja.',
  'policy.lint.contact-first':
    'No pida a los compradores que le contacten antes de dejar una reseña o valoración, o en lugar de hacerlo.',
  'policy.lint.repeat-request': 'Pida una reseña o valoración solo una vez por pedido: sin recordatorios.',
  'policy.lint.abuse': 'Sea profesional: sin amenazas, acusaciones al comprador ni insultos.',
  'policy.lint.personal-name': 'Quite el nombre del comprador: un texto público no puede contener datos personales.',
  'policy.lint.handle': 'Quite la cuenta de redes sociales.',
  'policy.lint.off-platform': 'Mantenga la conversación en Amazon: sin otros canales, llamadas ni cuentas de pago.',
  'policy.lint.fix.apply': 'Aplicar',
  'policy.lint.fix.replace': 'Reescritura sugerida: «{replacement}»',
  'policy.lint.fix.remove': 'Corrección sugerida: eliminarlo.',
  'policy.lint.fix.apply-replace': 'Aplicar: sustituir «{text}» por «{replacement}»',
  'policy.lint.fix.apply-remove': 'Aplicar: eliminar «{text}»',
  'policy.lint.fix.applied': 'Sugerencia aplicada; el texto se ha vuelto a comprobar.',
  'policy.clause.messaging.length': 'Los mensajes a compradores deben tener menos de 4.000 caracteres.',
  'policy.clause.messaging.no-email': 'Los mensajes a compradores no pueden contener direcciones de correo.',
  'policy.clause.messaging.phone': 'Números de teléfono solo para garantía, transportista o fabricante.',
  'policy.clause.messaging.links': 'Enlaces solo si son necesarios para completar el pedido.',
  'policy.clause.messaging.no-html': 'Los mensajes a compradores no pueden contener HTML.',
  'policy.clause.messaging.no-emoji': 'Los mensajes a compradores no pueden contener emojis.',
  'policy.clause.messaging.no-marketing':
    'Los mensajes a compradores no pueden incluir marketing ni enlaces para darse de baja.',
  'policy.clause.reviews.comment-length': 'Los comentarios a reseñas deben ser breves.',
  'policy.clause.reviews.comment-no-contact':
    'Los comentarios públicos no pueden contener correos electrónicos ni números de teléfono.',
  'policy.clause.reviews.comment-no-promotion': 'Los comentarios públicos no pueden contener promociones ni enlaces.',
  'policy.clause.reviews.comment-no-refund': 'Los comentarios públicos no pueden ofrecer reembolsos ni nada más.',
  'policy.clause.reviews.no-positive-request':
    'Nunca pidas reseñas o valoraciones positivas, ni solo a clientes satisfechos.',
  'policy.clause.reviews.no-change-request': 'Nunca pidas que se cambie o elimine una reseña.',
  'policy.clause.reviews.no-incentives': 'Nunca ofrezcas nada por una reseña o valoración, reembolsos incluidos.',
  'policy.clause.feedback.reply-length': 'Las respuestas públicas a valoraciones deben ser breves.',
  'policy.clause.feedback.reply-public': 'Una respuesta pública no es el lugar para hablar con el comprador.',
  'policy.clause.feedback.no-pressure':
    'Puedes decir que el comprador puede actualizar su valoración; presionar no está permitido.',
  'policy.clause.reviews.no-diverting':
    'Nunca pida que le contacten antes de una reseña o valoración, o en lugar de ella.',
  'policy.clause.messaging.one-request': 'Como máximo una solicitud de reseña o valoración por pedido.',
  'policy.clause.messaging.no-off-platform':
    'El contacto con el comprador sigue en Amazon: sin otros canales ni cuentas de pago.',
  'policy.clause.public.professional':
    'Los comentarios y respuestas públicos son profesionales: sin amenazas, acusaciones ni insultos.',
  'policy.clause.public.no-personal-data':
    'Un texto público no puede nombrar al comprador ni contener otros datos personales.',
} satisfies Strings;
