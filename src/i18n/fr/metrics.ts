import type { Strings } from '../types.js';

export default {
  'health.metric.orderDefectRate': 'Taux de commandes défectueuses',
  'health.metric.negativeFeedback': 'Commentaires négatifs',
  'health.metric.claims': 'Réclamations au titre de la garantie A à Z',
  'health.metric.chargebacks': 'Demandes de rétrofacturation',
  'health.metric.returnDissatisfactionRate': 'Taux d’insatisfaction liée aux retours',
  'health.metric.customerServiceDissatisfactionRate': 'Taux d’insatisfaction du service client',
  'health.metric.responseTimeUnder24Hours': 'Délais de réponse inférieurs à 24 heures',
  'health.metric.lateResponseRate': 'Réponses tardives',
  'health.metric.averageResponseTime': 'Délai de réponse moyen',
  'health.metric.lateShipmentRate': 'Taux d’expéditions en retard',
  'health.metric.preFulfillmentCancellationRate': 'Taux d’annulation avant traitement',
  'health.metric.validTrackingRate': 'Taux de suivi valide',
  'health.metric.onTimeDeliveryRate': 'Taux de livraison dans les délais',
  'health.metric.unitOnTimeDeliveryRate': 'Taux de livraison des unités dans les délais',
  'health.metric.invoiceDefectRate': 'Taux de factures défectueuses',
  'health.metric.receivedIntellectualPropertyComplaints':
    'Réclamations reçues pour atteinte à la propriété intellectuelle',
  'health.metric.suspectedIntellectualPropertyViolations': 'Violations présumées de la propriété intellectuelle',
  'health.metric.listingPolicyViolations': 'Violations de la politique relative aux offres',
  'health.metric.productAuthenticityCustomerComplaints': 'Réclamations clients sur l’authenticité des produits',
  'health.metric.productConditionCustomerComplaints': 'Réclamations clients sur l’état des produits',
  'health.metric.productSafetyCustomerComplaints': 'Réclamations clients sur la sécurité des produits',
  'health.metric.foodAndProductSafetyIssues': 'Problèmes de sécurité des aliments et des produits',
  'health.metric.restrictedProductPolicyViolations':
    'Violations de la politique relative aux produits soumis à restrictions',
  'health.metric.customerProductReviewsPolicyViolations': 'Violations de la politique relative aux commentaires client',
  'health.metric.otherPolicyViolations': 'Autres violations des politiques',
  'health.metric.documentRequests': 'Demandes de documents',
  'health.metric.policyViolationWarnings': 'Avertissements pour violation des politiques',
} satisfies Strings;
