import { ContactCustomerDialog } from '../components/contact-customer-dialog/contact-customer-dialog.js';
import { register } from './register.js';

register('contact-customer-dialog', ContactCustomerDialog);

export { ContactCustomerDialog };

declare global {
  interface HTMLElementTagNameMap {
    'contact-customer-dialog': ContactCustomerDialog;
  }
}
