import type { Strings } from '../types.js';

export default {
  'feedback.removal.intro':
    'Amazon elimina una opinión solo si contiene palabras obscenas o malsonantes, datos personales sobre ti (direcciones de correo, nombres completos, números de teléfono) o si es por completo una reseña del producto. Una opinión que trata por completo de una entrega gestionada por Amazon se tacha en su lugar. No se permiten solicitudes especulativas.',
  'feedback.removal.candidates': 'Lo que parece contener el comentario',
  'feedback.removal.no-candidates': 'El comentario no cumple claramente ninguno de los criterios de Amazon.',
  'feedback.removal.confidence.high': 'probabilidad alta',
  'feedback.removal.confidence.medium': 'probabilidad media',
  'feedback.removal.confidence.low': 'probabilidad baja',
  'feedback.removal.pick': '¿Qué criterio cumple la opinión?',
  'feedback.removal.reason.personal-data': 'Contiene datos personales',
  'feedback.removal.reason.obscene': 'Lenguaje obsceno o malsonante',
  'feedback.removal.reason.product-review': 'Es por completo una reseña del producto',
  'feedback.removal.reason.fba-delivery': 'Trata por completo de una entrega gestionada por Amazon',
  'feedback.removal.fba-only': 'Las opiniones sobre la entrega solo se tachan en pedidos gestionados por Amazon.',
  'feedback.removal.submit': 'Enviar solicitud',
  'feedback.removal.outcome.requested': 'Solicitud recibida. Amazon revisará la opinión.',
  'feedback.removal.outcome.denied': 'Conservada: Amazon no encontró ninguna infracción de las políticas.',
  'feedback.removal.outcome.struck-through': 'Tachada: la opinión ya no cuenta para tu valoración.',
  'feedback.removal.outcome.removed': 'Eliminada: la opinión ya no cuenta para tu valoración.',
  'feedback.local.removal':
    'Solicitud anotada solo en este navegador; Amazon no recibe nada. Solicita la eliminación en Seller Central.',
} satisfies Strings;
