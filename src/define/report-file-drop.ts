import { ReportFileDrop } from '../components/report-file-drop/report-file-drop.js';
import { register } from './register.js';

register('report-file-drop', ReportFileDrop);

export { ReportFileDrop };

declare global {
  interface HTMLElementTagNameMap {
    'report-file-drop': ReportFileDrop;
  }
}
