import type { AdapterCapabilities, CapabilityAction, CapabilityMode } from '../data/models.js';

/**
 * How an element offers `action` (SPEC §9): the adapter's `capabilities[action]` when given, else `'api'` for
 * SPEC §4's methods. `askBuyerToRemoveFeedback` is `'none'` when the adapter lacks the method (`hasMethod` false)
 * unless its capability says `'manual'`.
 */
export function capabilityMode(
  capabilities: AdapterCapabilities | undefined,
  action: CapabilityAction,
  hasMethod = true,
): CapabilityMode {
  const given = capabilities?.[action];
  if (given === 'manual' || given === 'none') return given;
  return hasMethod ? 'api' : 'none';
}
