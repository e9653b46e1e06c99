import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical': 'Contactar con el cliente solo está disponible para reseñas de 1 a 3 estrellas.',
  'policy.reason.not-verified-purchase': 'La reseña no está vinculada a una compra verificada.',
  'policy.reason.not-seller-of-record': 'No eres el vendedor registrado del pedido de esta reseña.',
  'policy.reason.no-order-date': 'Se desconoce la fecha del pedido.',
  'policy.reason.order-too-old': 'El pedido se realizó hace más de un año.',
  'policy.reason.not-brand-representative': 'No tienes el rol de representante de la marca para esta marca.',
  'policy.reason.not-professional': 'Contactar con el cliente requiere una cuenta de vendedor Profesional.',
  'policy.reason.account-not-in-good-standing': 'Tu cuenta no está en regla.',
  'policy.reason.already-contacted': 'Ya se ha contactado con este cliente por esta reseña.',
  'policy.reason.no-edit-permission': 'Necesitas el permiso Ver y editar para las reseñas de clientes.',

  'policy.removal-reason.too-old':
    'La eliminación solo se puede solicitar en los {days} días siguientes a la valoración.',
  'policy.removal-reason.already-requested': 'Ya hay una solicitud de eliminación pendiente.',
  'policy.removal-reason.already-decided': 'Amazon ya ha resuelto sobre esta valoración.',

  'policy.criterion.personal-data': 'Contiene información personal',
  'policy.criterion.obscene': 'Contiene lenguaje obsceno o grosero',
  'policy.criterion.product-review': 'Es por completo una reseña del producto',
  'policy.criterion.fba-delivery': 'Trata por completo de una entrega gestionada por Amazon',

  'policy.removal.fba-message':
    'Este producto lo ha enviado Amazon, y asumimos la responsabilidad de esta experiencia de envío.',

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
    'Un comentario público no puede ofrecer un reembolso. Usa Contactar con el cliente o la mensajería comprador-vendedor.',
  'policy.lint.refund-offer-warning':
    'Una respuesta pública no es el lugar para ofrecer un reembolso. Mejor usa la mensajería comprador-vendedor.',

  'policy.clause.messaging.length': 'Los mensajes a compradores deben tener menos de 4.000 caracteres.',
  'policy.clause.messaging.no-email': 'Los mensajes a compradores no pueden contener direcciones de correo.',
  'policy.clause.messaging.phone': 'Números de teléfono solo para garantía, transportista o fabricante.',
  'policy.clause.messaging.links': 'Enlaces solo si son necesarios para completar el pedido.',
  'policy.clause.messaging.no-html': 'Los mensajes a compradores no pueden contener HTML.',
  'policy.clause.messaging.no-emoji': 'Los mensajes a compradores no pueden contener emojis.',
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

  'policy.template.courtesy-refund.subject': 'Un reembolso de cortesía para tu pedido',
  'policy.template.courtesy-refund.body':
    'Hola:\n\nLamentamos que tu compra de {productTitle} no haya cumplido tus expectativas. Como gesto de cortesía, queremos ofrecerte el reembolso completo de este pedido. Para aceptarlo, responde a este mensaje desde tu Centro de mensajes.\n\nUn saludo,\n{sellerName}',
  'policy.template.customer-support.subject': '¿Podemos ayudarte con tu compra?',
  'policy.template.customer-support.body':
    'Hola:\n\nHemos visto que quizá hayas tenido un problema con {productTitle}. Nos gustaría ayudarte. ¿Podemos contactarte a través de la mensajería comprador-vendedor? Si es así, responde a este mensaje desde tu Centro de mensajes.\n\nUn saludo,\n{sellerName}',
} satisfies Strings;
