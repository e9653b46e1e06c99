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
  'policy.reason.empty': 'El texto está vacío.',
  'policy.reason.length': 'El texto supera la longitud que permite Amazon.',
  'policy.reason.retention-expired':
    'Esta reseña ya no aparece en las reseñas de clientes: su periodo de visualización ha terminado.',
  'policy.reason.invalid-reason': 'Amazon no acepta este motivo.',
} satisfies Strings;
